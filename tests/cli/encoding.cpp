// Names with every awkward character (every control character, quotes, commas, CR and LF, non-ASCII)
// in a batch file, through the real binary: they come back intact in --json (read by a strict
// parser) and --output-csv (read by the command's own CSV reader), and the text output keeps one
// row per line with no raw control character. The writers themselves: encoding_units.cpp.
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "batch.hpp"
#include "catch.hpp"
#include "csv_check.hpp"
#include "json_check.hpp"
#include "run_cli.hpp"

namespace {
namespace json = accelspec::test::json;
namespace batch = accelspec::cli::batch;

using accelspec::test::read_csv;

}  // namespace

TEST_CASE("names with every awkward character survive the real binary's JSON, CSV and text outputs") {
  using accelspec::test::run_cli;
  std::vector<std::string> names{"a,b",
                                 "say \"hi\"",
                                 "cr\rcr",
                                 "lf\nlf",
                                 "crlf\r\nx",
                                 "tab\tx",
                                 "nul-free \x01\x1f",
                                 "del\x7f",
                                 "\xc3\xa9t\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80",
                                 "back\\slash"};
  for (unsigned c = 1; c < 0x20; ++c) names.push_back("c" + std::string(1, static_cast<char>(c)) + "c");
  std::string csv = "id,name,dense_rates,market\n";
  for (const std::string& n : names) csv += "," + batch::csv_cell(n) + ",fp8=1000,datacenter\n";
  const std::string path = std::string(ACCELSPEC_TEST_TMPDIR) + "/encoding_names.csv";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  std::fwrite(csv.data(), 1, csv.size(), f);
  std::fclose(f);

  for (const char* command : {"classify", "assess --destination CN --date 2026-06-01"}) {
    INFO(command);
    const auto j = run_cli(std::string(command) + " --csv \"" + path + "\" --json");
    REQUIRE(j.status == 0);
    std::string error;
    const json::value v = json::parse(j.out, error);
    INFO(error);
    REQUIRE(error.empty());
    REQUIRE(v.items.size() == names.size());
    for (std::size_t i = 0; i < names.size(); ++i) CHECK(v.items[i].get("name")->text == names[i]);

    const auto c = run_cli(std::string(command) + " --csv \"" + path + "\" --output-csv");
    REQUIRE(c.status == 0);
    const auto records = read_csv(c.out);
    REQUIRE(records.size() == names.size() + 1);
    // Batch CSV writes a name's control characters as escapes (docs/cli.md), so a row is one line.
    for (std::size_t i = 0; i < names.size(); ++i) {
      CHECK(records[i + 1].at(1) == accelspec::cli::escape_controls(names[i]));
    }

    // Text: one row per line, whatever the name holds.
    const auto t = run_cli(std::string(command) + " --csv \"" + path + "\"");
    REQUIRE(t.status == 0);
    std::size_t lines = 0, raw_controls = 0;
    for (const char x : t.out) {
      lines += x == '\n' ? 1 : 0;
      const auto u = static_cast<unsigned char>(x);
      raw_controls += (u < 0x20 && x != '\n') || u == 0x7f ? 1 : 0;
    }
    CHECK(lines == names.size());
    CHECK(raw_controls == 0);
  }
}
