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

}  // namespace

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
  validates("headroom --die 814 --json", "headroom.json");
  validates("headroom --tpp 2368 --json", "headroom.json");
  validates("hbm --bandwidth 819 --area 110 --destination CN --date 2025-06-01 --json", "hbm.json");
}

TEST_CASE("batch --json validates, with a row that fails", "[cli][schema]") {
  const std::string sample = "\"" + std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/epoch_sample.csv\"";
  validates("classify --csv " + sample + " --json", "classify-batch.json", 3);
  validates("assess --csv " + sample + " --destination CN --date 2026-02-01 --json", "assess-batch.json", 3);
}
