// --screening-list FILE: the Consolidated Screening List CSV export, read by io/screening.hpp and
// searched for the end user. The fixtures under fixtures/ are written in the export's column layout
// with fictitious parties.
#include <algorithm>
#include <sstream>
#include <string>

#include <accelspec/catalog.hpp>
#include <accelspec/io/screening.hpp>

#include "catch.hpp"
#include "run_cli.hpp"

namespace {
using namespace accelspec;
using namespace std::chrono_literals;
using accelspec::test::run_cli;

bool has(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }
const std::string fixtures = std::string(ACCELSPEC_SOURCE_DIR) + "/tests/policy/fixtures/";

TEST_CASE("screening list: read, match exactly, by alias, possibly", "[policy][screening]") {
  std::istringstream in(
      "_id,source,entity_number,type,programs,name,alt_names\n"
      "1,Entity List (EL) - Bureau of Industry and Security,,,,\"Example Compute Technology Co., Ltd.\",\"Example "
      "Compute; ECT Shenzhen\"\n"
      "2,Specially Designated Nationals (SDN) - Treasury Department,12345,Entity,RUSSIA-EO14024,Sample Trading "
      "LLC,\n");
  const io::screening_list list = io::read_screening_list(in, "csl.csv");
  REQUIRE(list.rows.size() == 2);
  CHECK(list.rows[0].alt_names.size() == 2);
  CHECK(io::screen(list, "EXAMPLE COMPUTE TECHNOLOGY").at(0).match == policy::name_match::exact);
  CHECK(io::screen(list, "ECT Shenzhen").at(0).by_alias);
  CHECK(io::screen(list, "Example Compute Cloud").at(0).match == policy::name_match::possible);
  CHECK(io::screen(list, "Unrelated Robotics").empty());
  // A match changes the answer: an item outside 3A090 to Germany needs a license for a listed buyer.
  const io::screening_measures m(list, "Sample Trading LLC");
  const policy::assessment a = policy::assess(catalog::nvidia::t4, policy::require_destination("DE"), 2026y / 3 / 1,
                                              m.apply({.end_user = "Sample Trading LLC"}));
  CHECK(a.license_required == truth::yes);
  CHECK(a.has_measure("screening-list"));
  // No match: cleared only for what the file covers, and said.
  const io::screening_measures none(list, "Unrelated Robotics");
  const policy::assessment b = policy::assess(catalog::nvidia::t4, policy::require_destination("DE"), 2026y / 3 / 1,
                                              none.apply({.end_user = "Unrelated Robotics"}));
  CHECK(b.license_required == truth::no);
  CHECK(has(std::string(b.not_checked[0]), "every party other than the end user"));
}

TEST_CASE("screening list: up to 8 matching rows are folded, more are an error", "[policy][screening]") {
  const auto file = [](int rows) {
    std::string text = "_id,source,name\n";
    for (int i = 0; i < rows; ++i)
      text += std::to_string(i) + ",Unverified List (UVL) - Bureau of Industry and Security,Same Name Ltd\n";
    return text;
  };
  std::istringstream eight(file(8));
  const io::screening_list list8 = io::read_screening_list(eight, "eight.csv");
  const io::screening_measures m(list8, "Same Name");
  const policy::assessment a = policy::assess(catalog::nvidia::t4, policy::require_destination("DE"), 2026y / 3 / 1,
                                              m.apply({.end_user = "Same Name"}));
  CHECK(a.license_required == truth::no);  // the Unverified List requires no license: a warning each
  CHECK(a.warnings.size() == 8);
  std::istringstream nine(file(9));
  const io::screening_list list9 = io::read_screening_list(nine, "nine.csv");
  CHECK_THROWS_AS(io::screening_measures(list9, "Same Name"), io::screening_error);
}

TEST_CASE("screening list: a malformed file is an error naming the line", "[policy][screening]") {
  std::istringstream no_header("id,company\n1,X\n");
  CHECK_THROWS_AS(io::read_screening_list(no_header, "f.csv"), io::screening_error);
  std::istringstream short_row("_id,source,name\n1,Entity List (EL) - Bureau of Industry and Security\n");
  CHECK_THROWS_WITH(io::read_screening_list(short_row, "f.csv"), Catch::Matchers::Contains("line 2"));
  // The CSV itself, read by io::csv_reader as the CLI's batch input is: the file and the line.
  std::istringstream open_quote("_id,source,name\n1,\"Entity List, BIS\",X\n2,EL,\"Y\n");
  CHECK_THROWS_WITH(io::read_screening_list(open_quote, "f.csv"),
                    "f.csv: line 3: a quoted field is not closed before the end of the file");
  std::istringstream after_quote("_id,source,name\n1,EL,\"X\"Y\n");
  CHECK_THROWS_WITH(io::read_screening_list(after_quote, "f.csv"), "f.csv: line 2: text after a closing quote");
  std::istringstream empty("\n\n");
  CHECK_THROWS_WITH(io::read_screening_list(empty, "f.csv"),
                    "f.csv: empty (expected the Consolidated Screening List CSV export)");
}

TEST_CASE("screening list: a spreadsheet's export (byte-order mark, CRLF, quoted line breaks)", "[policy][screening]") {
  // The byte-order mark stands before the first column, here `source`: skipped, it is found.
  std::istringstream in(
      "\xEF\xBB\xBFsource,name,alt_names\r\n"
      "Entity List (EL) - Bureau of Industry and Security,\"Example Compute\r\nTechnology\",ECT\r\n"
      "\r\n"
      "Unverified List (UVL) - Bureau of Industry and Security,Sample Trading,\r\n");
  const io::screening_list list = io::read_screening_list(in, "sheet.csv");
  REQUIRE(list.rows.size() == 2);
  CHECK(list.rows[0].name == "Example Compute\r\nTechnology");
  CHECK(list.rows[0].line == 2);
  CHECK(list.rows[0].list == io::screening_source::entity_list);
  CHECK(list.rows[1].line == 5);  // the quoted line break and the blank line counted
  CHECK(list.rows[1].list == io::screening_source::uvl);
}

TEST_CASE("assess --screening-list through the CLI", "[policy][screening][cli]") {
  const std::string file = fixtures + "csl_sample.csv";
  const auto hit = run_cli(
      "assess --chip nvidia-t4 --destination DE --date 2026-03-01 --end-user 'Example Compute' "
      "--screening-list '" +
      file + "' --json");
  REQUIRE(hit.status == 0);
  CHECK(has(hit.out, "\"license_required\":true"));
  CHECK(has(hit.out, "\"screening_matches\":[{\"name\":\"Example Compute Technology Co., Ltd.\""));
  CHECK(has(hit.out, "\"list\":\"Entity List (EL) - Bureau of Industry and Security\""));
  CHECK(has(hit.out, "\"review\":\"presumption of denial\""));
  const auto miss = run_cli(
      "assess --chip nvidia-t4 --destination DE --date 2026-03-01 --end-user 'Unrelated Robotics' "
      "--screening-list '" +
      file + "' --json");
  CHECK(has(miss.out, "\"license_required\":false"));
  CHECK(has(miss.out, "\"checked\":[\"screening list"));
  CHECK(has(miss.out, ": 3 rows, newest entry 2025-01-16"));
  CHECK_FALSE(has(miss.out, "Entity List and other lists beyond the curated entries"));
  const auto bad = run_cli("assess --chip nvidia-t4 --destination DE --end-user X --screening-list '" + fixtures +
                           "csl_malformed.csv'");
  CHECK(bad.status == 2);
  CHECK(has(bad.err, "--screening-list"));
  CHECK(has(bad.err, "line 2"));
  CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 1);
  const auto missing = run_cli("assess --chip nvidia-t4 --destination DE --screening-list '" + file + "'");
  CHECK(missing.status == 2);
}

}  // namespace
