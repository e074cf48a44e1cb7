// accelspec assess / timeline / hbm as a user runs them: the JSON contracts, the done-when
// answers, and exit status 2 with one line for bad input.
#include <string>

#include "catch.hpp"
#include "run_cli.hpp"

namespace {
using accelspec::test::run_cli;

bool has(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }
int lines(const std::string& s) {
  int n = 0;
  for (const char c : s) n += c == '\n';
  return n;
}

TEST_CASE("assess --json: the contract", "[policy][cli]") {
  const auto r = run_cli("assess --chip nvidia-h200-sxm --destination CN --date 2026-01-15 --json");
  REQUIRE(r.status == 0);
  for (const char* k : {"\"eccn\":\"3A090.a\"", "\"license_required\":true", "\"review_policy\":\"case-by-case\"",
                        "\"license_exceptions\":[", "\"conditions\":[\"", "\"measures\":[", "\"citations\":[{",
                        "\"unverified\":[\"", "91 FR 1684", "\"tariff\":{\"band\":1"}) {
    CHECK(has(r.out, k));
  }
  const auto before = run_cli("assess --chip nvidia-h200-sxm --destination CN --date 2026-01-14 --json");
  CHECK(has(before.out, "\"review_policy\":\"presumption of denial\""));
  CHECK(has(before.out, "\"tariff\":null"));
}

TEST_CASE("assess: B200 denied, MI325X case-by-case, H20 letter, raw flags, systems", "[policy][cli]") {
  CHECK(has(run_cli("assess --chip nvidia-b200 --destination CN --date 2026-03-01 --json").out,
            "\"review_policy\":\"presumption of denial\""));
  const auto mi = run_cli("assess --chip amd-mi325x --destination CN --date 2026-03-01 --json");
  CHECK(has(mi.out, "\"review_policy\":\"case-by-case\""));
  const auto h20 = run_cli("assess --chip nvidia-h20 --destination CN --date 2025-04-09 --json");
  CHECK(has(h20.out, "\"eccn\":\"none\""));
  CHECK(has(h20.out, "\"license_required\":true"));
  CHECK(has(h20.out, "\"key\":\"h20-notice-2025\""));
  CHECK(has(h20.out, "\"review_policy\":null"));
  const auto raw = run_cli("assess --dense fp8=2614.9 --dram-bandwidth 6000 --destination cn --date 2026-02-01 --json");
  CHECK(raw.status == 0);
  CHECK(has(raw.out, "\"review_policy\":\"case-by-case\""));
  CHECK(has(run_cli("assess --chip nvidia-h200-sxm --system 8 --destination CN --date 2024-01-01 --json").out,
            "\"eccn\":\"4A090.a\""));
  const auto text = run_cli("assess --chip nvidia-h200-sxm --destination FR --date 2025-02-01");
  CHECK(has(text.out, "May use License Exception AIA"));
  CHECK(has(text.out, "Citations:"));
}

TEST_CASE("timeline: H200 to China", "[policy][cli]") {
  const auto r = run_cli("timeline --chip nvidia-h200-sxm --destination CN");
  REQUIRE(r.status == 0);
  CHECK(has(r.out, "2022-10-07  3A090.a, license required, presumption of denial"));
  CHECK(has(r.out, "2023-11-17  3A090.a"));
  CHECK(has(r.out, "2026-01-15  3A090.a, license required, case-by-case"));
  CHECK(lines(r.out) >= 4);
  const auto j = run_cli("timeline --chip nvidia-h200-sxm --destination CN --json");
  CHECK(has(j.out, "\"events\":[{"));
  CHECK(has(j.out, "\"took_effect\":[{\"key\":\"china-case-by-case-2026\""));
}

TEST_CASE("hbm: the 3A090.c boundary and LE HBM", "[policy][cli]") {
  const auto at2 = run_cli("hbm --bandwidth 200 --area 100 --date 2025-01-01 --json");
  CHECK(has(at2.out, "\"memory_bandwidth_density\":2,"));
  CHECK(has(at2.out, "\"eccn\":\"none\""));
  CHECK(has(at2.out, "\"license_exception_hbm\":false"));
  const auto above = run_cli("hbm --bandwidth 200.000001 --area 100 --date 2025-01-01 --json");
  CHECK(has(above.out, "\"eccn\":\"3A090.c\""));
  CHECK(has(above.out, "\"license_exception_hbm\":true"));
  const auto tricky = run_cli("hbm --bandwidth 428.34 --area 129.8 --date 2025-01-01 --json");
  CHECK(has(tricky.out, "\"memory_bandwidth_density\":3.3,"));
  CHECK(has(tricky.out, "\"license_exception_hbm\":false"));
  CHECK(has(run_cli("hbm --bandwidth 819 --area 121 --date 2024-12-01 --json").out, "\"eccn\":\"none\""));
  CHECK(has(run_cli("hbm --bandwidth 819 --area 121 --date 2024-12-02 --json").out, "\"eccn\":\"3A090.c\""));
}

TEST_CASE("bad input: exit 2 and one line naming the problem", "[policy][cli]") {
  const char* cases[][2] = {
      {"assess --chip nvidia-h200-sxm --destination XX", "--destination"},
      {"assess --chip nvidia-h200-sxm --destination CHN", "--destination"},
      {"assess --chip nvidia-h200-sxm", "--destination"},
      {"assess --chip nope --destination CN", "--chip"},
      {"assess --chip nvidia-h200-sxm --destination CN --date 2026-02-30", "--date"},
      {"assess --chip nvidia-h200-sxm --dense fp8=1 --destination CN", "--chip"},
      {"assess --chip nvidia-h200-sxm --destination CN --system 0", "--system"},
      {"timeline --destination CN", "nothing to assess"},
      {"timeline --chip nvidia-h200-sxm --destination 12", "--destination"},
      {"hbm --bandwidth 200", "--area"},
      {"hbm --bandwidth abc --area 100", "--bandwidth"},
      {"hbm --bandwidth 200 --area 0", "--area"},
      {"hbm --bandwidth 200 --area 100 --bogus", "--bogus"},
  };
  for (const auto& c : cases) {
    INFO(c[0]);
    const auto r = run_cli(c[0]);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
    CHECK(has(r.err, c[1]));
  }
}

}  // namespace
