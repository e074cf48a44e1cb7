// classify --csv and assess --csv: Epoch AI's ML hardware CSV (a sample with their column names,
// RFC 4180 quoting, scientific notation, empty and inf cells) and the round trip of accelspec's
// own catalog CSV. Each Epoch row must give the TPP the library gives for the same rates typed
// with --dense.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "json_check.hpp"
#include "run_cli.hpp"

using accelspec::test::run_cli;
namespace json = accelspec::test::json;

namespace {

const std::string sample = "\"" + std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/epoch_sample.csv\"";

json::value parsed(const std::string& text) {
  std::string error;
  json::value v = json::parse(text, error);
  INFO(error);
  REQUIRE(error.empty());
  return v;
}

std::string member(const json::value& o, const char* key) {
  const json::value* m = o.get(key);
  REQUIRE(m != nullptr);
  return m->type == json::value::kind::null ? "null" : m->text;
}

std::size_t lines(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += c == '\n' ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("classify --csv reads Epoch AI's CSV exactly, row by row", "[cli][batch]") {
  const auto r = run_cli("classify --csv " + sample + " --json");
  CHECK(r.status == 3);  // one row failed
  // The failing row: one line on stderr naming row, line, name and column.
  CHECK(lines(r.err) == 1);
  CHECK(r.err.rfind("accelspec classify: --csv: row 4 (line 6, Broken row): FP64 (double precision) performance "
                    "(FLOP/s): 'inf' is not a finite number\n",
                    0) == 0);
  const json::value rows = parsed(r.out);
  REQUIRE(rows.items.size() == 6);
  for (std::size_t i = 0; i < rows.items.size(); ++i) CHECK(member(rows.items[i], "row") == std::to_string(i + 1));
  // Row 1: 9.895e+14 FLOP/s is exactly 989.5 TOPS; the same rates typed with --dense give the same TPP.
  const auto typed = run_cli(
      "classify --dense fp64=67 --dense fp32=67 --dense tf32=494.7 --dense fp16=989.5 --dense int8=1979 "
      "--dense fp8=1979 --die 814 --dram-bandwidth 3350 --json");
  REQUIRE(typed.status == 0);
  const json::value t = parsed(typed.out);
  const json::value& h100 = rows.items[0];
  CHECK(member(h100, "name") == "NVIDIA H100 SXM5 80GB");
  CHECK(member(h100, "chip") == "null");
  CHECK(member(h100, "error") == "null");
  for (const char* k : {"tpp", "tpp_bit_length", "applicable_die_area_mm2", "performance_density", "eccn"}) {
    INFO(k);
    CHECK(member(h100, k) == member(t, k));
  }
  CHECK(member(h100, "tpp") == "15832");
  // Row 2: a quoted name, a quoted note with a comma and a line break; the H20's published TPP.
  CHECK(member(rows.items[1], "name") == "NVIDIA H20");
  CHECK(member(rows.items[1], "tpp") == "2368");
  CHECK(member(rows.items[1], "eccn") == "none");
  // Row 3: 28 nm is not FinFET-era: area unknown, so density unknown; the assumption says so.
  CHECK(member(rows.items[2], "applicable_die_area_mm2") == "null");
  CHECK(member(rows.items[2], "tpp") == "124.8");
  std::string assumptions3;
  for (const json::value& a : rows.items[2].get("input_assumptions")->items) assumptions3 += a.text + "\n";
  CHECK(assumptions3.find("die: area unknown (process 28 nm does not establish non-planar") != std::string::npos);
  // Row 4: inf is an error for that row only.
  CHECK(member(rows.items[3], "error").find("'inf' is not a finite number") != std::string::npos);
  CHECK(rows.items[3].get("tpp") == nullptr);
  // Row 5: every cell empty: unknown, so undecided (never "none").
  CHECK(member(rows.items[4], "tpp") == "null");
  CHECK(member(rows.items[4], "eccn") == "undecided");
  // Row 6: 1.0000005e+14 FLOP/s is exactly 100.00005 TOPS; x 16 bits = 1600.0008, just above 1,600.
  CHECK(member(rows.items[5], "error") == "null");
  CHECK(member(rows.items[5], "tpp") == "1600.0008");
  CHECK(member(rows.items[5], "applicable_die_area_mm2") == "100.5");
}

TEST_CASE("classify --csv: market override, CSV output, precision and header errors", "[cli][batch]") {
  const auto other = run_cli("classify --csv " + sample + " --market other --json");
  const json::value rows = parsed(other.out);
  CHECK(member(rows.items[0], "market") == "other");
  const auto csv = run_cli("classify --csv " + sample + " --output-csv");
  CHECK(csv.status == 3);
  CHECK(csv.out.rfind("row,name,chip_id,tpp,tpp_bit_length,applicable_die_area_mm2,performance_density,"
                      "performance_density_exact,eccn,",
                      0) == 0);
  CHECK(csv.out.find("\n1,NVIDIA H100 SXM5 80GB,,15832,8,814,19.449631449,false,3A090.a,3A090.a.1;3A090.a.2,") !=
        std::string::npos);
  CHECK(csv.out.find("\n4,Broken row,,,,,,,,,,,") != std::string::npos);
  // A rate that rounds to nothing at the 10^-6 TOPS resolution is an error for its row.
  const std::string path = std::string(ACCELSPEC_TEST_TMPDIR) + "/precise.csv";
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fputs("Hardware name,FP16 (half precision) performance (FLOP/s)\nA,1.5e+16\nB,1.23456789e+5\nC,1e401\n", f);
    std::fclose(f);
  }
  const auto precise = run_cli("classify --csv \"" + path + "\" --json");
  CHECK(precise.status == 3);
  CHECK(lines(precise.err) == 2);
  const json::value p = parsed(precise.out);
  REQUIRE(p.items.size() == 3);
  CHECK(member(p.items[0], "tpp") == "240000");  // 1.5e+16 FLOP/s = 15,000 TOPS x 16
  CHECK(member(p.items[1], "error").find("is below the smallest value held") != std::string::npos);
  CHECK(member(p.items[2], "error") != "null");
  // Not a CSV we know, an open quote, an empty file: one line, status 2.
  for (const auto& [text, message] : std::vector<std::pair<std::string, std::string>>{
           {"a,b\n1,2\n", "--csv: unrecognised header"},
           {"id,name,dense_rates\n\"x,y\n", "--csv: line 2: a quoted field is not closed"},
           {"Hardware name,FP16 (half precision) performance (FLOP/s)\n\"A\"x,1\n", "text after a closing quote"}}) {
    INFO(text);
    std::FILE* f = std::fopen(path.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fputs(text.c_str(), f);
    std::fclose(f);
    const auto bad = run_cli("classify --csv \"" + path + "\"");
    CHECK(bad.status == 2);
    CHECK(lines(bad.err) == 1);
    CHECK(bad.err.find(message) != std::string::npos);
  }
  const auto unknown = run_cli("classify --csv /dev/null");
  CHECK(unknown.status == 2);
  CHECK(lines(unknown.err) == 1);
  CHECK(unknown.err.find("--csv: the file is empty") != std::string::npos);
}

TEST_CASE("catalog --csv | classify --csv - gives the catalog's own figures for every chip", "[cli][batch]") {
  const auto catalog = run_cli("catalog --json");
  REQUIRE(catalog.status == 0);
  const json::value cat = parsed(catalog.out);
  const json::value* entries = cat.get("entries");
  REQUIRE(entries != nullptr);
  const auto r = run_cli("catalog --csv | \"" ACCELSPEC_CLI_PATH "\" classify --csv - --json");
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  const json::value rows = parsed(r.out);
  REQUIRE(rows.items.size() == entries->items.size());
  for (std::size_t i = 0; i < rows.items.size(); ++i) {
    const json::value& e = entries->items[i];
    const json::value& row = rows.items[i];
    INFO(member(*e.get("chip"), "id"));
    CHECK(member(*row.get("chip"), "id") == member(*e.get("chip"), "id"));
    CHECK(member(row, "tpp") == member(e, "tpp"));
    CHECK(member(row, "performance_density") == member(e, "performance_density"));
    CHECK(member(row, "eccn") == member(*e.get("classification"), "eccn"));
  }
}

TEST_CASE("assess --csv: one assessment per row, company measures by product name", "[cli][batch]") {
  const auto r = run_cli("catalog --csv | \"" ACCELSPEC_CLI_PATH
                         "\" assess --csv - --destination CN --date 2026-02-01 --output-csv");
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("row,name,chip_id,destination,date,end_user,eccn,license_required,review,error,input_exact,"
                    "input_assumptions\n",
                    0) == 0);
  // The H20 is licensed by an is-informed letter that names the product: the batch must see it.
  CHECK(r.out.find(",NVIDIA H20,nvidia-h20,CN,2026-02-01,,none,required,") != std::string::npos);
  const auto missing = run_cli("assess --csv " + sample);
  CHECK(missing.status == 2);
  CHECK(missing.err.find("--destination: missing") != std::string::npos);
}

TEST_CASE("assess --csv: a row's end_user cell is that row's end user", "[cli][batch][end_user]") {
  // Four shipments of the H200 to China on 2026-02-01, one buyer a row: the catalog's own CSV row
  // with an end_user column added.
  const auto catalog = run_cli("catalog --csv");
  REQUIRE(catalog.status == 0);
  const std::string header = catalog.out.substr(0, catalog.out.find('\n'));
  const std::size_t at = catalog.out.find("\nnvidia-h200-sxm,");
  REQUIRE(at != std::string::npos);
  const std::string h200 = catalog.out.substr(at + 1, catalog.out.find('\n', at + 1) - at - 1);
  const std::string path = std::string(ACCELSPEC_TEST_TMPDIR) + "/end_users.csv";
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    REQUIRE(f != nullptr);
    const std::string text =
        header + ",end_user\n" + h200 + ",Alibaba\n" + h200 + ",\n" + h200 + ",Baidu\n" + h200 + ",...\n";
    std::fputs(text.c_str(), f);
    std::fclose(f);
  }
  const std::string args = "assess --csv \"" + path + "\" --destination CN --date 2026-02-01";
  const auto r = run_cli(args + " --json");
  CHECK(r.status == 3);  // the fourth row names no one
  CHECK(lines(r.err) == 1);
  CHECK(r.err.find("end_user: expected a company name, got '...'") != std::string::npos);
  const json::value v = parsed(r.out);
  REQUIRE(v.items.size() == 4);
  const auto allowed = [&](std::size_t i) -> std::string {
    const json::value* side = v.items[i].get("destination_side");
    if (side == nullptr || side->get("import_allowed") == nullptr) return "missing";
    const json::value& x = *side->get("import_allowed");
    return x.type == json::value::kind::null ? "null" : (x.b ? "true" : "false");
  };
  CHECK(allowed(0) == "true");  // a buyer China's reported approval names
  CHECK(allowed(1) == "null");  // no buyer: the approval cannot be applied
  CHECK(allowed(2) == "false");
  CHECK(v.items[0].get("end_user")->text == "Alibaba");
  CHECK(v.items[1].get("end_user")->type == json::value::kind::null);
  CHECK(v.items[3].get("error")->text.find("end_user") != std::string::npos);
  // The US answer is the same for every buyer here (none is a listed party).
  CHECK(v.items[0].get("license_required")->b);
  CHECK(v.items[2].get("license_required")->b);

  // --end-user is every row's end user unless the row names its own.
  const auto csv = run_cli(args + " --end-user Tencent --output-csv");
  CHECK(csv.out.find("\n1,NVIDIA H200 SXM,nvidia-h200-sxm,CN,2026-02-01,Alibaba,") != std::string::npos);
  CHECK(csv.out.find("\n2,NVIDIA H200 SXM,nvidia-h200-sxm,CN,2026-02-01,Tencent,") != std::string::npos);

  // With a screening-list file, each row that names its own end user is searched for that name; the
  // rows that do not are searched for --end-user, or not at all without it.
  const std::string list = std::string(ACCELSPEC_TEST_TMPDIR) + "/end_users_csl.csv";
  {
    std::FILE* f = std::fopen(list.c_str(), "w");
    REQUIRE(f != nullptr);
    std::string text =
        "_id,source,entity_number,type,programs,name,alt_names,license_requirement,license_policy\n"
        "1,Entity List (EL) - Bureau of Industry and Security,,Entity,,\"Baidu, Inc.\",,For all items subject to "
        "the EAR.,Presumption of denial.\n";
    // Nine rows that all match a name too short to tell them apart (at most eight may match).
    for (int i = 0; i < 9; ++i)
      text += std::to_string(2 + i) + ",Unverified List (UVL) - Bureau of Industry and Security,,Entity,,Alibaba " +
              std::string(1, static_cast<char>('A' + i)) + " Trading,,,\n";
    std::fputs(text.c_str(), f);
    std::fclose(f);
  }
  const auto screened = run_cli(args + " --end-user Tencent --screening-list \"" + list + "\" --json");
  CHECK(screened.status == 3);
  CHECK(lines(screened.err) == 2);  // the row naming Alibaba, and the row naming '...'
  CHECK(screened.err.find("row 1 (line 2, NVIDIA H200 SXM): end_user: ") != std::string::npos);
  CHECK(screened.err.find("9 rows match the end user 'Alibaba' (at most 8): give the full name") != std::string::npos);
  const json::value s = parsed(screened.out);
  REQUIRE(s.items.size() == 4);
  CHECK(s.items[0].get("error")->text.find("give the full name") != std::string::npos);
  // The row without its own end user: the file searched for Tencent, which it does not list.
  CHECK(s.items[1].get("error")->type == json::value::kind::null);
  CHECK(s.items[1].get("end_user")->text == "Tencent");
  REQUIRE(s.items[1].get("checked") != nullptr);
  CHECK(s.items[1].get("checked")->items.at(0).text.find("end_users_csl.csv: 10 rows") != std::string::npos);
  CHECK(s.items[1].get("screening_matches")->items.empty());
  // Baidu's own row: the file searched for Baidu, an exact match on the Entity List.
  CHECK(s.items[2].get("end_user")->text == "Baidu");
  REQUIRE(s.items[2].get("screening_matches") != nullptr);
  REQUIRE(s.items[2].get("screening_matches")->items.size() == 1);
  CHECK(s.items[2].get("screening_matches")->items[0].get("name")->text == "Baidu, Inc.");
  CHECK(s.items[2].get("screening_matches")->items[0].get("match")->text == "exact");
  CHECK(s.items[2].get("license_required")->b);
  CHECK(s.items[2].get("review")->text == "presumption of denial");

  // Outside China (DE, where the H200 needs no license by destination), the listed buyer decides.
  const std::string de =
      "assess --csv \"" + path + "\" --destination DE --date 2026-02-01 --screening-list \"" + list + "\"";
  const auto in_de = run_cli(de + " --output-csv");
  CHECK(in_de.status == 3);  // rows 1 (too many matches), 2 (no end user to search for) and 4 ('...')
  CHECK(in_de.out.find(
            "\n3,NVIDIA H200 SXM,nvidia-h200-sxm,DE,2026-02-01,Baidu,3A090.a,required,presumption of denial,") !=
        std::string::npos);
  // Row 2 names no end user and no --end-user was given: the file cannot be searched for it, so it
  // gets no answer (one that skipped the file would read as a buyer screened and cleared).
  CHECK(in_de.out.find("\n2,NVIDIA H200 SXM,nvidia-h200-sxm,DE,2026-02-01,,,,,\"end_user: the row names no end "
                       "user and --end-user is not given, so --screening-list was not searched for it") !=
        std::string::npos);
  CHECK(in_de.err.find("row 2 (line 3, NVIDIA H200 SXM): end_user: the row names no end user") != std::string::npos);
  const json::value d = parsed(run_cli(de + " --json").out);
  REQUIRE(d.items.size() == 4);
  CHECK(d.items[1].get("error")->text.find("--screening-list was not searched") != std::string::npos);
  CHECK(d.items[1].get("checked") == nullptr);
  CHECK(d.items[1].get("license_required") == nullptr);
  CHECK(d.items[2].get("checked") != nullptr);

  // One chip (no --csv): the file needs --end-user.
  const auto one = run_cli("assess --chip nvidia-h200-sxm --destination DE --screening-list \"" + list + "\"");
  CHECK(one.status == 2);
  CHECK(one.err == "accelspec assess: --screening-list: give --end-user NAME (the name to search for)\n");
}
