// Every command's JSON, as the binary prints it, validated against its schema in docs/schemas/
// (and the validator itself checked on documents that must fail).
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_check.hpp"
#include "run_cli.hpp"

using accelspec::test::read_file;
using accelspec::test::run_cli;
namespace json = accelspec::test::json;

namespace {

std::string schema(const std::string& name) {
  return read_file(std::string(ACCELSPEC_SOURCE_DIR) + "/docs/schemas/" + name);
}

void validates(const std::string& args, const std::string& schema_name, int status = 0) {
  INFO(args);
  const auto r = run_cli(args);
  REQUIRE(r.status == status);
  const std::string s = schema(schema_name);
  REQUIRE_FALSE(s.empty());
  const std::vector<std::string> problems = json::validate(r.out, s);
  for (const std::string& p : problems) FAIL_CHECK(p);
  CHECK(problems.empty());
}

TEST_CASE("the validator rejects what the schemas forbid", "[cli][schema]") {
  const std::string s = schema("classify.json");
  const auto good = run_cli("classify --chip h20 --json");
  REQUIRE(json::validate(good.out, s).empty());
  std::string renamed = good.out;
  renamed.replace(renamed.find("\"tpp\""), 5, "\"TPP\"");
  CHECK_FALSE(json::validate(renamed, s).empty());  // a missing member and an unknown one
  std::string typed = good.out;
  typed.replace(typed.find("\"eccn\":\"none\""), 13, "\"eccn\":false");
  CHECK_FALSE(json::validate(typed, s).empty());
  CHECK_FALSE(json::validate("{\"chip\":\"nvidia-h20\"}", s).empty());  // the old string form of chip
  CHECK_FALSE(json::validate("{", s).empty());
  CHECK_FALSE(json::validate("{\"a\":1} x", s).empty());
  CHECK_FALSE(json::validate("[1,]", s).empty());
}

// Every object a schema describes is closed and every member is described: a key the CLI prints
// that no schema documents fails validation, and no documented key goes without its meaning.
void check_schema_node(const json::value& node, const std::string& path, std::vector<std::string>& problems) {
  if (node.type == json::value::kind::array) {
    for (std::size_t i = 0; i < node.items.size(); ++i)
      check_schema_node(node.items[i], path + "[" + std::to_string(i) + "]", problems);
    return;
  }
  if (node.type != json::value::kind::object) return;
  if (const json::value* props = node.get("properties")) {
    const json::value* extra = node.get("additionalProperties");
    if (extra == nullptr || extra->type != json::value::kind::boolean || extra->b)
      problems.push_back(path + ": an object with properties but not additionalProperties false");
    for (std::size_t i = 0; i < props->keys.size(); ++i) {
      const json::value& p = props->values[i];
      const std::string where = path + ".properties." + props->keys[i];
      if (p.get("$ref") != nullptr) continue;  // described where it is defined
      if (p.get("type") == nullptr) problems.push_back(where + ": no type");
      const json::value* d = p.get("description");
      if (d == nullptr || d->type != json::value::kind::string || d->text.empty())
        problems.push_back(where + ": no description");
    }
  }
  for (std::size_t i = 0; i < node.keys.size(); ++i)
    check_schema_node(node.values[i], path + "." + node.keys[i], problems);
}

}  // namespace

TEST_CASE("every schema is closed and describes every member", "[cli][schema]") {
  for (const char* name : {"assess.json", "assess-batch.json", "catalog.json", "classify.json", "classify-batch.json",
                           "hbm.json", "headroom.json", "show.json", "timeline.json"}) {
    INFO(name);
    std::string error;
    const json::value s = json::parse(schema(name), error);
    REQUIRE(error.empty());
    std::vector<std::string> problems;
    check_schema_node(s, "$", problems);
    for (const std::string& p : problems) FAIL_CHECK(p);
    CHECK(problems.empty());
  }
}

TEST_CASE("an undocumented key fails, at the top and inside a described object", "[cli][schema]") {
  const auto r = run_cli("assess --chip nvidia-h200-sxm --destination CN --date 2026-02-01 --json");
  REQUIRE(r.status == 0);
  const std::string s = schema("assess.json");
  REQUIRE(json::validate(r.out, s).empty());
  std::string top = r.out;
  top.insert(1, "\"undocumented\":1,");
  CHECK_FALSE(json::validate(top, s).empty());
  for (const std::string member : {"\"measures\":[{", "\"citations\":[{", "\"tariff\":{", "\"classification\":{",
                                   "\"destination_side\":{", "\"sources\":[{"}) {
    INFO(member);
    std::string inner = r.out;
    const std::size_t at = inner.find(member);
    REQUIRE(at != std::string::npos);
    inner.insert(at + member.size(), "\"undocumented\":1,");
    CHECK_FALSE(json::validate(inner, s).empty());
  }
  const auto t = run_cli("timeline --chip nvidia-h20 --destination CN --json");
  REQUIRE(t.status == 0);
  std::string event = t.out;
  event.insert(event.find("\"events\":[{") + 11, "\"undocumented\":1,");
  CHECK_FALSE(json::validate(event, schema("timeline.json")).empty());
}

TEST_CASE("classify --json validates for a catalog chip, a raw spec and every rule", "[cli][schema]") {
  validates("classify --chip nvidia-h20 --json", "classify.json");
  validates("classify --chip cerebras-wse-3 --json", "classify.json");
  validates("classify --dense fp16=148 --dense fp8=296 --die 814 --json", "classify.json");
  validates("classify --dense fp8=588.4 --die 608.5 --market other --rule 3a090-2022 --json", "classify.json");
  validates("classify --dense int8=600 --date 2021-01-01 --json", "classify.json");
}

TEST_CASE("show, catalog, assess, timeline, headroom and hbm --json validate", "[cli][schema]") {
  validates("show nvidia-h100-sxm --json", "show.json");
  validates("show --chip aws-trainium2 --json", "show.json");
  validates("catalog --json", "catalog.json");
  validates("assess --chip nvidia-h200-sxm --destination CN --date 2026-02-01 --json", "assess.json");
  validates("assess --dense fp8=296 --die 814 --destination AE --date 2025-06-01 --json", "assess.json");
  validates("timeline --chip nvidia-h20 --destination CN --json", "timeline.json");
  validates("hbm --bandwidth 1 --area 3 --destination RU --json", "hbm.json");
  validates("headroom --die 814 --rule 3a090-2022 --json", "headroom.json");
  validates("headroom --tpp 2368 --market other --json", "headroom.json");
  validates("headroom --die 814 --json", "headroom.json");
  validates("headroom --tpp 2368 --json", "headroom.json");
  validates("hbm --bandwidth 819 --area 110 --destination CN --date 2025-06-01 --json", "hbm.json");
}

TEST_CASE("assess and timeline --json validate across chips, destinations, dates and inputs", "[cli][schema]") {
  for (const char* args : {
           "assess --chip aws-trainium2 --destination CN --date 2026-02-01 --json",  // both TF32 readings
           "assess --chip aws-trainium2 --destination CN --date 2026-02-01 --tf32-bits 19 --json",
           "assess --chip nvidia-h100-sxm --destination MY --date 2026-06-01 --headquarters CN --json",
           "assess --chip nvidia-h100-sxm --destination IR --date 2024-06-01 --json",     // an embargo
           "assess --chip nvidia-a100-sxm --destination CN --date 2022-09-15 --json",     // a company notice
           "assess --chip huawei-ascend-910b --destination MY --date 2025-06-01 --json",  // a warning
           "assess --chip nvidia-h800-sxm --destination CN --date 2026-02-01 --us-available yes --json",
           "assess --chip nvidia-h100-sxm --destination AE --date 2025-03-01 --system 8 --json",
           "assess --chip nvidia-b200 --destination UA --date 2026-02-01 --reexport --json",
           "assess --dense fp16=100 --destination CN --date 2021-06-01 --json",                // before any rule
           "assess --chip h200 --destination CN --date 2026-02-01 --end-user Alibaba --json",  // the destination's side
           "assess --chip h200 --destination CN --date 2026-01-20 --json",
           "assess --chip h200 --destination FR --date 2026-02-01 --end-user Alibaba --json",  // nothing modelled
       }) {
    validates(args, "assess.json");
  }
  for (const char* args : {"timeline --chip nvidia-a100-sxm --destination CN --json",
                           "timeline --chip nvidia-h200-sxm --destination CN --json",
                           "timeline --chip nvidia-h200-sxm --destination CN --end-user Tencent --json",
                           "timeline --chip aws-trainium2 --destination CN --json",
                           "timeline --dense fp8=296 --die 814 --destination AE --headquarters MO --json",
                           "timeline --dense fp8=296 --die 814 --destination CN --product nvidia-h20 --json"}) {
    validates(args, "timeline.json");
  }
}

TEST_CASE("batch --json validates, with a row that fails", "[cli][schema]") {
  const std::string sample = "\"" + std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/epoch_sample.csv\"";
  validates("classify --csv " + sample + " --json", "classify-batch.json", 3);
  validates("assess --csv " + sample + " --destination CN --date 2026-02-01 --json", "assess-batch.json", 3);
  // A spreadsheet's export: byte-order mark, CRLF, float artefacts rounded (input_exact false).
  const std::string sheet = "\"" + std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/epoch_spreadsheet.csv\"";
  validates("classify --csv " + sheet + " --json", "classify-batch.json", 0);
  validates("assess --csv " + sheet + " --destination CN --date 2026-02-01 --json", "assess-batch.json", 0);
  // Rows that name their end users, searched for in a screening-list file (checked and
  // screening_matches on the rows searched), one row that fails.
  const std::string buyers = "\"" + std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/epoch_buyers.csv\"";
  const std::string list = "\"" + std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/screening_sample.csv\"";
  validates("assess --csv " + buyers + " --destination DE --date 2026-02-01 --screening-list " + list + " --json",
            "assess-batch.json", 3);
  validates("assess --csv " + buyers + " --destination CN --date 2026-02-01 --screening-list " + list +
                " --end-user Tencent --json",
            "assess-batch.json", 3);
}

TEST_CASE("assess --json with a screening-list file validates", "[cli][schema]") {
  const std::string list = "\"" + std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/screening_sample.csv\"";
  validates("assess --chip h200 --destination DE --date 2026-02-01 --end-user \"Example Listed Co\" --screening-list " +
                list + " --json",
            "assess.json");
  validates(
      "assess --chip h200 --destination DE --date 2026-02-01 --end-user Tencent --screening-list " + list + " --json",
      "assess.json");
}
