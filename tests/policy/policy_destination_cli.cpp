// The destination's side through the CLI (issue 22): assess --end-user and destination_side, the
// text section "At the destination", timeline rows marked as the destination's, each dated record
// the day before and the day of, and bad input.
#include <fstream>
#include <string>

#include "catch.hpp"
#include "run_cli.hpp"

namespace {
using accelspec::test::run_cli;

bool has(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

// The destination_side object of an assess --json answer (up to the member after it).
std::string side_of(const std::string& json) {
  const std::size_t at = json.find("\"destination_side\":{");
  if (at == std::string::npos) return {};
  const std::size_t end = json.find(",\"tpp\":", at);
  return json.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

std::string assess(const std::string& args) {
  const auto r = run_cli("assess " + args + " --json");
  INFO(args << ": " << r.err);
  REQUIRE(r.status == 0);
  return r.out;
}

TEST_CASE("assess: the done-when of issue 22", "[policy][cli][destination]") {
  const std::string named = assess("--chip h200 --destination CN --date 2026-02-01 --end-user Alibaba");
  const std::string side = side_of(named);
  CHECK(has(side, "\"modelled\":true,\"import_allowed\":true,\"end_user\":\"Alibaba\""));
  CHECK(has(side, "\"applies\":true,\"key\":\"cn-h200-approval-2026\""));
  // The approval is marked as reported, with its outlet, date and address.
  const std::string approval = side.substr(side.find("\"key\":\"cn-h200-approval-2026\""));
  CHECK(has(approval, "\"status\":\"reported\",\"verified\":false"));
  CHECK(has(approval, "{\"outlet\":\"The Business Times (Reuters)\",\"date\":\"2026-01-28\",\"url\":\"https://"));
  CHECK(has(approval, "\"from\":\"2026-01-28\",\"date_basis\":\"report date\""));

  const std::string unnamed = assess("--chip h200 --destination CN --date 2026-02-01");
  CHECK(has(side_of(unnamed), "\"import_allowed\":null,\"end_user\":null"));
  CHECK(has(side_of(unnamed), "\"needs\":[\"the end user's name (--end-user NAME): the approval names its buyers\"]"));
  const std::string other = assess("--chip h200 --destination CN --date 2026-02-01 --end-user Baidu");
  CHECK(has(side_of(other), "\"import_allowed\":false"));
  CHECK(has(side_of(assess("--chip h200 --destination CN --date 2026-01-20 --end-user Alibaba")),
            "\"import_allowed\":false"));
  CHECK(has(side_of(assess("--chip h200 --destination CN --date 2026-01-20")), "\"import_allowed\":false"));
  CHECK(has(side_of(assess("--chip h200 --destination CN --date 2026-02-01 --end-user 'Alibaba Group Holding Ltd.'")),
            "\"import_allowed\":true"));

  // The US answer (control, license, review, exceptions, conditions, measures) is the same with or
  // without a buyer the destination names.
  const auto us_part = [](const std::string& json) {
    const std::size_t from = json.find("\"eccn\":");
    return json.substr(from, json.find("\"citations\":") - from);
  };
  CHECK(us_part(named) == us_part(unnamed));
  CHECK(us_part(named) == us_part(other));
  CHECK(has(named, "\"license_required\":true,\"review_policy\":\"case-by-case\""));
}

TEST_CASE("assess: each dated record, the day before and the day of", "[policy][cli][destination]") {
  struct record {
    const char* key;
    const char* chip;
    const char* before;
    const char* on;
  };
  for (const record& r : {record{"cn-h20-summons-2025", "h20", "2025-07-30", "2025-07-31"},
                          record{"cn-h20-discouraged-2025", "h20", "2025-08-11", "2025-08-12"},
                          record{"cn-state-datacentres-2025", "h100-sxm", "2025-11-04", "2025-11-05"},
                          record{"cn-h200-pause-2026", "h200", "2026-01-06", "2026-01-07"},
                          record{"cn-h200-customs-2026", "h200", "2026-01-13", "2026-01-14"},
                          record{"cn-h200-approval-2026", "h200", "2026-01-27", "2026-01-28"}}) {
    INFO(r.key);
    const std::string key = std::string("\"key\":\"") + r.key + "\"";
    const std::string chip = std::string("--chip ") + r.chip + " --destination CN --end-user Alibaba --date ";
    CHECK_FALSE(has(side_of(assess(chip + r.before)), key));
    CHECK(has(side_of(assess(chip + r.on)), key));
  }
  // The approval, for Alibaba: not allowed the day before (customs), allowed the day of.
  CHECK(has(side_of(assess("--chip h200 --destination CN --date 2026-01-27 --end-user Alibaba")),
            "\"import_allowed\":false"));
  CHECK(has(side_of(assess("--chip h200 --destination CN --date 2026-01-28 --end-user Alibaba")),
            "\"import_allowed\":true"));
  // The RTX Pro 6000D is not in the catalog: a CSV row (Epoch AI's columns) names it.
  const std::string csv = std::string(ACCELSPEC_TEST_TMPDIR) + "/rtx_pro_6000d.csv";
  std::ofstream(csv) << "Hardware name,Manufacturer,Type,Release date,Tensor-FP16/BF16 performance (FLOP/s)\n"
                        "NVIDIA RTX Pro 6000D,NVIDIA,GPU,2025-09-01,5e+14\n";
  const std::string args = "assess --csv " + csv + " --destination CN --json --end-user ";
  CHECK_FALSE(has(run_cli(args + "ByteDance --date 2025-09-16").out, "cn-rtx-pro-6000d-2025"));
  const auto named = run_cli(args + "ByteDance --date 2025-09-17");
  REQUIRE(named.status == 0);
  CHECK(has(named.out, "\"applies\":true,\"key\":\"cn-rtx-pro-6000d-2025\""));
  CHECK(has(side_of(named.out), "\"import_allowed\":false"));
  // Another buyer: the reports name the firms "among others", so it is undecided, never allowed.
  const auto other = run_cli(args + "Baidu --date 2025-09-17");
  REQUIRE(other.status == 0);
  CHECK(has(other.out, "\"applies\":null,\"needs\":\"whether the buyer was among the firms told"));
  CHECK(has(side_of(other.out), "\"import_allowed\":null"));
  // The RTX Pro 6000D record names the 6000D, not the RTX Pro 6000 (Blackwell) of the catalog.
  CHECK_FALSE(has(assess("--chip nvidia-rtx-pro-6000-server --destination CN --date 2025-10-01 --end-user ByteDance"),
                  "cn-rtx-pro-6000d-2025"));
  // A domestic chip is outside the state-funded data-centre rule.
  CHECK_FALSE(has(assess("--chip huawei-ascend-910b --destination CN --date 2026-02-01"), "cn-state-datacentres"));
}

TEST_CASE("assess: a destination with nothing modelled says so", "[policy][cli][destination]") {
  for (const char* code : {"FR", "HK", "MO", "AE"}) {
    INFO(code);
    const std::string out =
        assess(std::string("--chip h200 --destination ") + code + " --date 2026-02-01 --end-user Alibaba");
    CHECK(has(side_of(out), "\"modelled\":false,\"import_allowed\":null,\"end_user\":\"Alibaba\",\"measures\":[]"));
  }
  const auto text = run_cli("assess --chip h200 --destination FR --date 2026-02-01");
  REQUIRE(text.status == 0);
  CHECK(has(text.out, "At the destination (FR):\n  Not modelled: no import measure of FR is in the library"));
}

TEST_CASE("assess: the text section 'At the destination'", "[policy][cli][destination]") {
  const auto r = run_cli("assess --chip h200 --destination CN --date 2026-02-01 --end-user Alibaba");
  REQUIRE(r.status == 0);
  const std::size_t at = r.out.find("At the destination (CN):\n  Import: allowed for end user Alibaba.\n");
  REQUIRE(at != std::string::npos);
  CHECK(at > r.out.find("License required: yes."));
  CHECK(has(r.out.substr(at),
            "cn-h200-approval-2026 (government (agency not named), from 2026-01-28, the report's "
            "date): allowed: "));
  CHECK(has(r.out.substr(at), "[reported: The Business Times (Reuters), 2026-01-28]"));
  CHECK(has(r.out.substr(at), "condition: domestic chips required for some AI training and most inference workloads"));
  const auto unnamed = run_cli("assess --chip h200 --destination CN --date 2026-02-01");
  CHECK(has(unnamed.out, "  Import: undecided (no end user given).\n"));
  CHECK(has(unnamed.out, "  to decide, give: the end user's name (--end-user NAME)"));
}

TEST_CASE("timeline: rows for the destination's changes, marked as such", "[policy][cli][destination]") {
  const auto r = run_cli("timeline --chip h200 --destination CN");
  REQUIRE(r.status == 0);
  CHECK(has(r.out,
            "2026-01-14  3A090.a, license required, presumption of denial; at the destination: import not "
            "allowed\n            at the destination: customs told customs agents"));
  CHECK(has(r.out,
            "2026-01-28  3A090.a, license required, case-by-case, Section 232 band 1; at the destination: "
            "import undecided\n            at the destination: China approved its first batch of H200 "
            "imports"));
  CHECK(has(r.out, "[reported: The Business Times (Reuters), 2026-01-28]"));
  const auto named = run_cli("timeline --chip h200 --destination CN --end-user Alibaba");
  CHECK(has(named.out,
            "2026-01-28  3A090.a, license required, case-by-case, Section 232 band 1; at the destination: "
            "import allowed\n"));
  const auto j = run_cli("timeline --chip h200 --destination CN --json");
  REQUIRE(j.status == 0);
  CHECK(has(j.out, "\"destination_took_effect\":[{\"key\":\"cn-h200-approval-2026\""));
  // A destination with nothing modelled gets no destination row.
  CHECK_FALSE(has(run_cli("timeline --chip h200 --destination FR").out, "at the destination"));
}

TEST_CASE("--end-user: bad input exits 2 with one line", "[policy][cli][destination]") {
  for (const char* args : {"assess --chip h200 --destination CN --end-user",
                           "assess --chip h200 --destination CN "
                           "--end-user ''",
                           "timeline --chip h200 --destination CN --end-user '...'"}) {
    INFO(args);
    const auto r = run_cli(args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(has(r.err, "--end-user"));
  }
}

}  // namespace
