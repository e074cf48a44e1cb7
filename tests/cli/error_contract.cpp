// The CLI's error contract as a table: error classes (bad option, bad value, library error, I/O
// error, partial batch) x every command, each run through the real binary and checked for its exit
// status and exactly one line on stderr; and the thresholds that are ours, not the regulation's,
// through the binary: did-you-mean, --sparse values that do not halve exactly, the capacities of a
// spec (24 rates, 16 dies), the first date a rule is in force, calendar dates. The top-level
// handler, the echo limits and did-you-mean in-process: error_contract_units.cpp.
#include <accelspec/accelspec.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "run_cli.hpp"

namespace {

using accelspec::test::run_cli;

std::size_t lines(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += c == '\n' ? 1 : 0;
  return n;
}
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Exit status `status`, exactly one line on stderr with the command's prefix, nothing on stdout.
void expect_error(const std::string& args, int status, const std::string& command, const std::string& part = {}) {
  INFO(args);
  const auto r = run_cli(args);
  CHECK(r.status == status);
  CHECK(r.out.empty());
  CHECK(lines(r.err) == 1);
  CHECK(r.err.rfind("accelspec " + command + ": ", 0) == 0);
  CHECK_FALSE(has(r.err, "internal error"));
  if (!part.empty()) CHECK(has(r.err, part));
}

struct row {
  std::string command;
  std::string valid;      // a successful invocation (its output goes to a full device for the I/O class)
  std::string bad_value;  // an option given a value it does not take
  std::string library;    // a value the library itself rejects; empty: no such input reaches the library
  std::string io;         // a file that cannot be read or written; empty: the command writes stdout only
};

// Every command. A command without a library error has no input the library can reject (the
// catalog's figures are fixed; `demo` takes no input).
const std::vector<row> table{
    {"classify", "--chip h20", "--chip h20 --date 2026-13-01", "--dense fp16=999999999999",
     "--csv /nonexistent/rows.csv"},
    {"assess", "--chip h20 --destination CN --date 2026-02-01", "--chip h20 --destination XX",
     "--dense fp16=999999999999 --destination CN", "--csv /nonexistent/rows.csv --destination CN"},
    {"timeline", "--chip h20 --destination CN", "--chip h20 --destination CN --tf32-bits 20",
     "--dense fp16=999999999999 --destination CN", ""},
    {"show", "h20", "nope-chip", "", ""},
    {"catalog", "", "--chip nope", "", ""},
    {"demo", "", "extra", "", ""},
    {"hbm", "--bandwidth 1000 --area 100", "--bandwidth x --area 1", "", ""},
    {"headroom", "--chip h20", "--die -1", "", ""},
    {"map", "--svg -", "--svg - --date 2026-13-01", "--svg - --date 2022-10-06", "--svg /nonexistent/dir/map.svg"},
    {"report", "--html -", "--html - --rule nope", "--html - --date 2022-10-06", "--html /nonexistent/dir/report.html"},
};

}  // namespace

TEST_CASE("error classes x every command, through the real binary", "[cli][errors]") {
  const bool full_device = std::filesystem::exists("/dev/full");
  for (const row& r : table) {
    INFO(r.command);
    const auto ok = run_cli(r.command + " " + r.valid);
    CHECK(ok.status == 0);
    CHECK_FALSE(ok.out.empty());
    // Bad option and bad value: status 2, one line.
    expect_error(r.command + " " + r.valid + " --no-such-option", 2, r.command, "--no-such-option: unknown option");
    expect_error(r.command + " " + r.bad_value, 2, r.command);
    // A library error reaches the top-level handler as bad input (2), never as an internal error (1).
    if (!r.library.empty()) expect_error(r.command + " " + r.library, 2, r.command);
    // I/O: a file that cannot be read or written names the option; output that cannot be written
    // (a full device) is an error, not a silent success.
    if (!r.io.empty()) expect_error(r.command + " " + r.io, 2, r.command, "cannot ");
    if (full_device) {
      const auto full = run_cli(r.command + " " + r.valid + " >/dev/full");
      CHECK(full.status == 1);  // docs/cli.md: output that could not be written is exit 1
      CHECK(lines(full.err) == 1);
      CHECK(has(full.err, "accelspec " + r.command + ": "));
      CHECK(has(full.err, "cannot write"));
    }
  }
  if (full_device) {
    for (const char* general : {"--help", "--version", "--man", "--bash-completion", "help classify"}) {
      INFO(general);
      const auto full = run_cli(std::string(general) + " >/dev/full");
      CHECK(full.status == 1);  // docs/cli.md: output that could not be written is exit 1
      CHECK(lines(full.err) == 1);
    }
  }
}

TEST_CASE("partial batch: the readable rows print, each bad row is one stderr line, status 3", "[cli][errors]") {
  const std::string path = std::string(ACCELSPEC_TEST_TMPDIR) + "/error_contract_rows.csv";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  const std::string csv =
      "id,name,dense_rates,market\n,good,fp16=1000,datacenter\n,bad1,zz=1,datacenter\n,good2,fp8=10,other\n"
      ",bad2,fp16=-1,datacenter\n";
  std::fwrite(csv.data(), 1, csv.size(), f);
  std::fclose(f);
  for (const std::string command : {"classify", "assess --destination CN --date 2026-02-01"}) {
    for (const std::string format : {"", " --json", " --output-csv"}) {
      if (command != "classify" && format == " --output-csv") continue;
      INFO(command << format);
      const auto r = run_cli(command + " --csv \"" + path + "\"" + format);
      CHECK(r.status == 3);
      CHECK(lines(r.err) == 2);
      CHECK(has(r.err, "row 2 (line 3, bad1)"));
      CHECK(has(r.err, "row 4 (line 5, bad2)"));
      CHECK(has(r.out, "good2"));
    }
  }
  // Every row bad: still status 3 (the file was read), not 0.
  std::FILE* g = std::fopen(path.c_str(), "wb");
  REQUIRE(g != nullptr);
  const std::string bad = "id,name,dense_rates,market\n,bad,zz=1,datacenter\n";
  std::fwrite(bad.data(), 1, bad.size(), g);
  std::fclose(g);
  const auto all_bad = run_cli("classify --csv \"" + path + "\"");
  CHECK(all_bad.status == 3);
  CHECK(lines(all_bad.err) == 1);
}

TEST_CASE("did-you-mean through the binary", "[cli][errors][boundary]") {
  // Through the binary: a chip id of 5+ characters two edits away, and one of 4 two edits away.
  CHECK(has(run_cli("classify --chip nvidia-h2xx").err, "did you mean"));
  CHECK_FALSE(has(run_cli("classify --chip qqqq").err, "did you mean"));
}

TEST_CASE("--sparse halves exactly or is an error; capacities; dates", "[cli][errors][boundary]") {
  // 2:4 sparsity halves the headline: 0.000002 TOPS is 0.000001 dense (TPP 0.000016 at FP16);
  // an odd count of 10^-6 TOPS has no exact half.
  const auto even = run_cli("classify --sparse fp16=0.000002 --json");
  REQUIRE(even.status == 0);
  CHECK(has(even.out, "\"tpp\":0.000016"));
  for (const char* odd : {"0.000001", "0.000003", "1.000001", "9223372036854.775807"}) {
    expect_error(std::string("classify --sparse fp16=") + odd, 2, "classify", "has no exact dense half");
  }
  const auto big_even = run_cli("classify --sparse fp8=2305843009213.693950 --json");
  CHECK(big_even.status == 0);
  // 24 rates and 16 dies fit; one more is an error naming the limit.
  std::string rates, dies;
  for (int i = 0; i < 24; ++i) rates += " --dense fp16=1";
  for (int i = 0; i < 16; ++i) dies += " --die 10";
  CHECK(run_cli("classify" + rates).status == 0);
  expect_error("classify" + rates + " --dense fp16=1", 2, "classify", "(at most 24 units)");
  CHECK(run_cli("classify --dense fp16=1" + dies).status == 0);
  expect_error("classify --dense fp16=1" + dies + " --die 10", 2, "classify", "too many dies (at most 16)");
  // The first rule is in force from 2022-10-07: the day before has none.
  CHECK(run_cli("map --svg - --date 2022-10-07").status == 0);
  expect_error("map --svg - --date 2022-10-06", 2, "map", "first: 2022-10-07");
  CHECK(has(run_cli("classify --chip h20 --date 2022-10-07").out, "October 2022"));
  // Calendar dates: a leap day exists in 2024, not in 2023; two digits for month and day.
  CHECK(run_cli("classify --chip h20 --date 2024-02-29").status == 0);
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "2024-01-32", "24-01-01"}) {
    expect_error(std::string("classify --chip h20 --date ") + bad, 2, "classify", "--date");
  }
}
