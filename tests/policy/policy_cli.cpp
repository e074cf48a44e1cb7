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
  // The same key as classify, show and catalog for the same fact (4,800 GB/s of HBM3e).
  CHECK(has(r.out, "\"dram_bandwidth_gbps\":4800,"));
  CHECK_FALSE(has(r.out, "total_dram_bandwidth"));
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
  // Raw spec flags: whether the product was commercially available in the US is not known unless given.
  const auto raw = run_cli("assess --dense fp8=2614.9 --dram-bandwidth 6000 --destination cn --date 2026-02-01 --json");
  CHECK(raw.status == 0);
  CHECK(has(raw.out, "\"review_policy\":null"));
  CHECK(has(raw.out, "\"review\":\"case-by-case only if commercially available"));
  CHECK(has(raw.out, "--us-available yes|no"));
  const auto raw_yes = run_cli(
      "assess --dense fp8=2614.9 --dram-bandwidth 6000 --destination cn --date 2026-02-01 --us-available yes --json");
  CHECK(has(raw_yes.out, "\"review_policy\":\"case-by-case\""));
  const auto raw_no = run_cli(
      "assess --dense fp8=2614.9 --dram-bandwidth 6000 --destination cn --date 2026-02-01 --us-available no --json");
  CHECK(has(raw_no.out, "\"review_policy\":\"presumption of denial\""));
  CHECK(has(run_cli("assess --chip nvidia-h200-sxm --system 8 --destination CN --date 2024-01-01 --json").out,
            "\"eccn\":\"4A090.a\""));
  // The AI Diffusion window: never complied with, so no license and no AIA.
  const auto text = run_cli("assess --chip nvidia-h200-sxm --destination FR --date 2025-02-01");
  CHECK(has(text.out, "License required: no."));
  CHECK_FALSE(has(text.out, "License Exception AIA"));
  CHECK(has(text.out, "compliance was due from 2025-05-15"));
  CHECK(has(text.out, "Not checked:"));
  CHECK(has(text.out, "Citations:"));
}

TEST_CASE("timeline: H200 to China", "[policy][cli]") {
  const auto r = run_cli("timeline --chip nvidia-h200-sxm --destination CN");
  REQUIRE(r.status == 0);
  // The H200 was announced on 2023-11-13: no row before that.
  CHECK_FALSE(has(r.out, "2022-10-07"));
  CHECK(has(r.out, "2023-11-13  released: 3A090.a, license required, presumption of denial"));
  CHECK(has(r.out, "2023-11-17  3A090.a"));
  CHECK(has(r.out, "2026-01-15  3A090.a, license required, case-by-case"));
  CHECK(has(r.out, "event: the President announces H200 sales"));
  CHECK(lines(r.out) >= 4);
  const auto j = run_cli("timeline --chip nvidia-h200-sxm --destination CN --json");
  CHECK(has(j.out, "\"events\":[{"));
  CHECK(has(j.out, "\"took_effect\":[{\"key\":\"china-case-by-case-2026\""));
}

namespace {
std::string field(const std::string& json, const std::string& key) {
  const std::string k = "\"" + key + "\":";
  const std::size_t i = json.find(k);
  if (i == std::string::npos) return "";
  std::size_t j = i + k.size();
  std::size_t end = json.find_first_of(",}", j);
  if (json[j] == '"') end = json.find('"', j + 1) + 1;
  return json.substr(j, end - j);
}
}  // namespace

// Every case of issue 10, as a user runs it.
TEST_CASE("assess --json: the cases of issue 10", "[policy][cli][issue10]") {
  struct expect {
    const char* args;
    const char* license;  // "true", "false" or "null"
    const char* review;   // the "review" field
    const char* contains;
  };
  const expect cases[] = {
      // The party: a buyer headquartered in China, in Malaysia.
      {"--chip nvidia-h100-sxm --destination MY --date 2026-06-01 --headquarters CN", "true",
       "\"presumption of denial\"", "\"key\":\"headquarters-2025-a\""},
      {"--chip nvidia-h100-sxm --destination MY --date 2026-06-01", "false", "\"none\"",
       "headquartered in the destination"},
      {"--chip nvidia-h100-sxm --destination MY --date 2026-06-01 --headquarters MO", "true",
       "\"presumption of denial\"", "742.6(a)(6)(iii)(A)"},
      {"--chip nvidia-h100-sxm --destination MY --date 2023-11-16 --headquarters CN", "false", "\"none\"", ""},
      {"--chip nvidia-h100-sxm --destination MY --date 2023-11-17 --headquarters CN", "true",
       "\"presumption of denial\"", "744.23(a)(3)(i)"},
      // Embargoes.
      {"--chip nvidia-l20 --destination RU --date 2026-06-01", "true", "\"presumption of denial\"", "746.8(a)(1)"},
      {"--chip nvidia-l20 --destination RU --date 2022-02-23", "null", "\"undecided\"",
       "\"covered_from\":\"2022-02-24\""},
      {"--chip nvidia-l20 --destination RU --date 2022-02-24", "true", "\"presumption of denial\"", ""},
      {"--chip nvidia-rtx-4090d --destination KP --date 2026-06-01", "true", "\"presumption of denial\"", "746.4(a)"},
      {"--chip nvidia-h100-sxm --destination IR --date 2026-06-01", "true", "\"presumption of denial\"", "746.7"},
      {"--chip nvidia-h100-sxm --destination CU --date 2026-06-01", "true", "\"presumption of denial\"", "746.2"},
      {"--chip nvidia-l20 --destination SY --date 2025-09-02", "true", "\"undecided\"", "Relaxing"},
      // Company notices.
      {"--chip nvidia-a100-sxm --destination CN --date 2022-09-15", "true", "\"not public\"",
       "\"key\":\"nvidia-notice-2022\""},
      {"--chip nvidia-a100-sxm --destination CN --date 2022-08-25", "null", "\"undecided\"",
       "\"covered_from\":\"2022-08-26\""},
      {"--chip amd-mi250 --destination CN --date 2022-09-15", "true", "\"not public\"", "amd-notice-2022"},
      {"--chip nvidia-a800-sxm --destination CN --date 2023-11-01", "true", "\"presumption of denial\"",
       "nvidia-notice-2023"},
      {"--chip nvidia-h800-sxm --destination CN --date 2023-11-01", "true", "\"presumption of denial\"",
       "nvidia-notice-2023"},
      {"--chip nvidia-l40s --destination CN --date 2023-11-01", "true", "\"presumption of denial\"",
       "applies to NVIDIA's items only"},
      {"--chip nvidia-l40s --destination CN --date 2023-10-22", "false", "\"none\"", ""},
      // The January 2026 conditions.
      {"--chip nvidia-a800-sxm --destination CN --date 2026-02-01", "true", "\"presumption of denial\"",
       "not commercially available in the United States"},
      {"--chip nvidia-h800-sxm --destination CN --date 2026-02-01", "true", "\"presumption of denial\"", ""},
      {"--chip intel-gaudi2-hl-225b --destination CN --date 2026-02-01", "true", "\"presumption of denial\"", ""},
      {"--chip nvidia-a800-sxm --destination CN --date 2026-02-01 --us-available yes", "true", "\"case-by-case\"",
       "units of the product already shipped"},
      {"--chip nvidia-h200-sxm --destination CN --date 2026-02-01", "true", "\"case-by-case\"",
       "not barred by an end-use or end-user control"},
      // AI Diffusion: never complied with.
      {"--chip nvidia-h100-sxm --destination IN --date 2025-03-01", "false", "\"none\"", "2025-05-15"},
      {"--chip nvidia-h100-sxm --destination FR --date 2025-03-01", "false", "\"none\"", "2025-05-13"},
      {"--chip nvidia-h100-sxm --destination MY --date 2025-03-01", "false", "\"none\"", ""},
      {"--chip nvidia-h100-sxm --destination FR --date 2026-06-01", "false", "\"none\"", "GAO B-337935"},
      // General Prohibition 10.
      {"--chip huawei-ascend-910b --destination MY --date 2025-06-01", "true", "\"not public\"",
       "BIS authorization required (General Prohibition 10)"},
      // TF32.
      {"--chip aws-trainium2 --destination CN --date 2026-02-01 --us-available yes", "true", "\"undecided\"",
       "\"tf32_readings\":[{\"tf32_bits\":32"},
      {"--chip aws-trainium2 --destination CN --date 2026-02-01 --us-available yes --tf32-bits 32", "true",
       "\"presumption of denial\"", "\"tf32_readings\":[]"},
      {"--chip aws-trainium2 --destination CN --date 2026-02-01 --us-available yes --tf32-bits 19", "true",
       "\"case-by-case\"", "\"tf32_readings\":[]"},
      // Tariff: the annex's wording and articles.
      {"--chip nvidia-h200-sxm --destination CN --date 2026-02-01", "true", "\"case-by-case\"",
       "\"endpoints_excluded\":true"},
      {"--chip nvidia-h200-sxm --destination CN --date 2026-02-01", "true", "\"case-by-case\"", "HTS 8473.30"},
  };
  for (const expect& c : cases) {
    INFO(c.args);
    const auto r = run_cli(std::string("assess ") + c.args + " --json");
    REQUIRE(r.status == 0);
    CHECK(field(r.out, "license_required") == c.license);
    CHECK(field(r.out, "review") == c.review);
    CHECK(has(r.out, c.contains));
    CHECK(has(r.out, "\"not_checked\":[\""));
    CHECK(has(r.out, "\"assumptions\":[\""));
  }
  // RTX 4090 and L40S under the 2022 text: decided by their PCIe I/O, no longer undecided.
  CHECK(
      has(run_cli("assess --chip nvidia-rtx-4090 --destination CN --date 2023-01-01 --json").out, "\"eccn\":\"none\""));
  CHECK(has(run_cli("assess --chip nvidia-l40s --destination CN --date 2023-01-01 --json").out, "\"eccn\":\"none\""));
}

TEST_CASE("timeline: the A100 to China starts at the August 2022 letter", "[policy][cli][issue10]") {
  const auto r = run_cli("timeline --chip nvidia-a100-sxm --destination CN");
  REQUIRE(r.status == 0);
  const std::size_t first = r.out.find('\n');
  CHECK(r.out.substr(first + 1, 10) == "2022-08-26");
  CHECK(has(r.out, "company notice nvidia-notice-2022"));
  CHECK(has(r.out, "2022-10-07  3A090.a"));
  const auto j = run_cli("timeline --chip nvidia-a100-sxm --destination CN --json");
  CHECK(has(j.out, "\"released\":\"2020-05-14\""));
  // The buyer's headquarters in a timeline: the headquarters rule from 2023-11-17.
  const auto hq = run_cli("timeline --chip nvidia-h100-sxm --destination MY --headquarters CN");
  CHECK(has(hq.out, "2023-11-17  3A090.a, license required, presumption of denial, party rule headquarters-2023"));
  CHECK(has(hq.out, "2025-01-13  3A090.a, license required, presumption of denial, party rule headquarters-2025-a"));
  const auto ru = run_cli("timeline --chip nvidia-l20 --destination RU");
  CHECK(has(ru.out, "released: none, license required, presumption of denial, embargo embargo-russia"));
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
      {"assess --chip nvidia-h200-sxm --destination CN --headquarters XX", "--headquarters"},
      {"assess --chip nvidia-h200-sxm --destination CN --us-available maybe", "--us-available"},
      {"assess --chip nvidia-h200-sxm --destination CN --tf32-bits 16", "--tf32-bits"},
      {"timeline --chip nvidia-h200-sxm --destination CN --tf32-bits", "--tf32-bits"},
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

TEST_CASE("help says what assess does without --headquarters, --us-available and --tf32-bits", "[policy][cli]") {
  for (const char* command : {"assess", "timeline"}) {
    INFO(command);
    auto help = run_cli(std::string("help ") + command);
    REQUIRE(help.status == 0);
    // Help is wrapped to 100 columns: read it with each line break and its indent as one space.
    std::string unwrapped;
    for (std::size_t i = 0; i < help.out.size(); ++i) {
      if (help.out[i] != '\n') {
        unwrapped += help.out[i];
        continue;
      }
      unwrapped += ' ';
      while (i + 1 < help.out.size() && help.out[i + 1] == ' ') ++i;
    }
    help.out = unwrapped;
    CHECK(has(help.out, "(default: the destination, assumed and listed in the answer's assumptions)"));
    CHECK(has(help.out, "(default: the catalog entry's own fact when the chip is from the catalog, else unknown"));
    CHECK(has(help.out, "(default: both readings: where they give different answers, the answer is undecided"));
  }
  // And that is what happens: the headquarters is the destination and said to be assumed ...
  const auto h20 = run_cli("assess --chip h20 --destination CN --date 2026-02-01 --json");
  REQUIRE(h20.status == 0);
  CHECK(has(h20.out, "\"headquarters\":\"CN\",\"headquarters_given\":false,"));
  CHECK(has(h20.out, "\"assumptions\":[\"the end user and its ultimate parent are headquartered in the destination"));
  // ... US availability is the catalog's fact (the H20: China only), unknown for a raw spec ...
  CHECK(has(h20.out, "\"us_available\":false,"));
  const auto raw = run_cli("assess --dense fp8=296 --die 814 --destination CN --date 2026-02-01 --json");
  CHECK(has(raw.out, "\"us_available\":null,"));
  CHECK(has(run_cli("assess --chip h20 --destination CN --date 2026-02-01 --us-available yes --json").out,
            "\"us_available\":true,"));
  // ... and Trainium2, whose TF32 reading changes the answer, gets both readings.
  const auto trn = run_cli("assess --chip aws-trainium2 --destination CN --date 2026-02-01 --json");
  CHECK(has(trn.out, "\"tf32_readings\":[{\"tf32_bits\":32,"));
  CHECK(has(trn.out, "{\"tf32_bits\":19,"));
}

namespace {
using accelspec::test::run_cli;
bool contains(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }
}  // namespace

TEST_CASE("assess --json: the cases of issue 16 (who the end user is)", "[policy][cli][end_user]") {
  // General Prohibition 10: the Ascend 910B is never cleared.
  const auto ascend = run_cli("assess --chip huawei-ascend-910b --destination MY --date 2025-06-01 --json");
  REQUIRE(ascend.status == 0);
  CHECK(contains(ascend.out, "\"license_required\":true"));
  CHECK(contains(ascend.out, "\"key\":\"gp10-prc-3a090-2025\""));
  // The UAE after 2026-07-10: undecided without --end-user, naming end_user.
  const auto uae = run_cli("assess --chip nvidia-b300 --destination AE --date 2026-09-01 --headquarters US --json");
  CHECK(contains(uae.out, "\"license_required\":null"));
  CHECK(contains(uae.out, "\"needs\":[\"end_user:"));
  CHECK(contains(uae.out, "91 FR 43034 (FR Doc 2026-14132)"));
  CHECK(contains(run_cli("assess --chip nvidia-b300 --destination AE --date 2026-09-01 --end-user G42 --json").out,
                 "\"license_required\":false"));
  CHECK(
      contains(run_cli("assess --chip nvidia-b300 --destination AE --date 2026-09-01 --end-user 'Acme LLC' --json").out,
               "\"license_required\":true"));
  // The Entity List: Huawei and Zhipu AI, whatever the chip.
  const auto huawei = run_cli("assess --chip nvidia-h20 --destination MY --date 2025-06-01 --end-user Huawei --json");
  CHECK(contains(huawei.out, "\"license_required\":true"));
  CHECK(contains(huawei.out, "\"key\":\"entity-list-huawei\""));
  CHECK(contains(huawei.out, "\"end_user\":\"Huawei\""));
  CHECK(
      contains(run_cli("assess --chip nvidia-h20 --destination MY --date 2025-06-01 --end-user 'Zhipu AI' --json").out,
               "\"key\":\"entity-list-zhipu\""));
  const auto maybe =
      run_cli("assess --chip nvidia-h20 --destination MY --date 2025-06-01 --end-user 'Huawei Cloud Dubai' --json");
  CHECK(contains(maybe.out, "\"license_required\":null"));
  CHECK(contains(maybe.out, "possible match"));
  // Review policies after 2025-01-13: not public, and said.
  const auto sa = run_cli("assess --chip nvidia-h100-sxm --destination SA --date 2025-06-01 --json");
  CHECK(contains(sa.out, "\"review\":\"not public\""));
  CHECK(contains(sa.out, "no source read states how BIS reviews"));
  // Dates outside coverage: never "not required".
  for (const char* c : {"assess --chip nvidia-h20 --destination CU --date 1990-01-01 --json",
                        "assess --chip nvidia-h100-sxm --destination KP --date 2000-01-01 --json"}) {
    const auto r = run_cli(c);
    CHECK(r.status == 0);
    CHECK(contains(r.out, "\"license_required\":null"));
    CHECK_FALSE(contains(r.out, "\"license_required\":false"));
    CHECK(contains(r.out, "\"covered_from\":\""));
  }
  CHECK(contains(run_cli("assess --chip nvidia-h20 --destination CU --date 1990-01-01").out,
                 "Modelled for this destination from 1996-03-25."));
  // Raw specs: company notices need a product name; --product gives one.
  const auto raw =
      run_cli("assess --dense fp16=148 --dense fp8=296 --die 814 --destination CN --date 2025-06-01 --json");
  CHECK(contains(raw.out, "\"license_required\":false"));
  CHECK(contains(raw.out, "company notices (is-informed letters) apply to the products they name"));
  const auto as_h20 = run_cli(
      "assess --dense fp16=148 --dense fp8=296 --die 814 --product nvidia-h20 --destination CN --date 2025-06-01 "
      "--json");
  CHECK(contains(as_h20.out, "\"license_required\":true"));
  CHECK(contains(as_h20.out, "\"product\":\"nvidia-h20\""));
  CHECK(run_cli("assess --chip nvidia-h20 --product nvidia-h20 --destination CN").status == 2);
  // timeline --product: the same figures as the H20's variant gain the row of NVIDIA's April 2025
  // notice, which the raw spec alone never has.
  const std::string h20_figures = "timeline --dense fp16=148 --dense fp8=296 --die 814 --destination CN";
  const auto raw_timeline = run_cli(h20_figures + " --json");
  REQUIRE(raw_timeline.status == 0);
  CHECK_FALSE(contains(raw_timeline.out, "h20-notice"));
  CHECK_FALSE(contains(raw_timeline.out, "\"product\""));
  const auto variant_timeline = run_cli(h20_figures + " --product h20 --json");
  REQUIRE(variant_timeline.status == 0);
  CHECK(contains(variant_timeline.out, "\"product\":\"nvidia-h20\""));
  CHECK(contains(variant_timeline.out, "h20-notice"));
  CHECK(contains(variant_timeline.out, "\"released\":\"2024-"));
  const auto variant_text = run_cli(h20_figures + " --product h20");
  CHECK(variant_text.out.rfind("NVIDIA H20 to CN:\n", 0) == 0);
  const auto both = run_cli("timeline --chip h200 --product h20 --destination CN");
  CHECK(both.status == 2);
  CHECK(both.err == "accelspec timeline: --product: only with the raw spec flags, not --chip\n");
  CHECK(run_cli(h20_figures + " --product no-such-chip").status == 2);
  const auto empty = run_cli("assess --chip nvidia-h20 --destination CN --end-user ' '");
  CHECK(empty.status == 2);
  CHECK(lines(empty.err) == 1);
}

TEST_CASE("hbm --headquarters: the HBM headquarters prong", "[policy][cli][hbm]") {
  const auto r = run_cli("hbm --bandwidth 1229 --area 121 --destination MY --headquarters CN --date 2025-06-01 --json");
  REQUIRE(r.status == 0);
  CHECK(contains(r.out, "\"key\":\"hbm-headquarters-2024\""));
  CHECK(contains(r.out, "\"license_required\":true"));
  const auto without = run_cli("hbm --bandwidth 1229 --area 121 --destination MY --date 2025-06-01 --json");
  CHECK(contains(without.out, "\"license_required\":false"));
  const auto no_destination = run_cli("hbm --bandwidth 1229 --area 121 --headquarters CN");
  CHECK(no_destination.status == 2);
  CHECK(lines(no_destination.err) == 1);
}

TEST_CASE("timeline --end-user and covered_from", "[policy][cli][end_user]") {
  const auto t = run_cli("timeline --chip nvidia-b300 --destination AE --json");
  REQUIRE(t.status == 0);
  CHECK(contains(t.out, "\"covered_from\":\""));
  const auto g42 = run_cli("timeline --chip nvidia-b300 --destination AE --end-user G42");
  CHECK(contains(g42.out, "2026-07-10"));
  // A source that gives a month is printed as a month.
  const auto h200 = run_cli("timeline --chip nvidia-h200-sxm --destination CN");
  CHECK(contains(h200.out, "2026-02       event: licenses granted to ship small amounts of H200"));
  CHECK(contains(run_cli("timeline --chip nvidia-h200-sxm --destination CN --json").out, "\"date\":\"2026-02\""));
}

TEST_CASE("assess: a raw 3A090 spec names no designer, so General Prohibition 10 leaves it open", "[policy][cli]") {
  // TPP 6,400 (3A090.a) to Germany, where no destination rule applies: before the 2025-05-13
  // guidance no license; from it, a chip of unknown designer may be PRC-designed.
  const std::string raw = "assess --dense fp16=400 --die 600 --destination DE --json --date ";
  CHECK(has(run_cli(raw + "2025-05-12").out, "\"license_required\":false"));
  const auto open = run_cli(raw + "2025-06-01");
  CHECK(open.status == 0);
  CHECK(has(open.out, "\"license_required\":null"));
  CHECK(has(open.out, "the chip's designer: a spec that names no vendor"));
  // As a catalog product's variant the designer is known: NVIDIA, outside the guidance.
  CHECK(has(run_cli(raw + "2025-06-01 --product h100").out, "\"license_required\":false"));
}
