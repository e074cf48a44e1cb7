// The policy layer at run time: every threshold at, just below and just above; every effective
// date on the day before and the day of; destinations; citations and unverified items.
#include <string>

#include "catch.hpp"
#include "specs.hpp"

namespace {
using namespace accelspec;
using namespace accelspec::literals;
using namespace accelspec::policy;
using namespace std::chrono_literals;
namespace ts = accelspec::test_specs;
using std::chrono::year_month_day;

destination dest(std::string_view code) { return require_destination(code); }
year_month_day ymd(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
const assess_options us_yes{.us_available = truth::yes};
bool lists(const assessment& a, std::string_view needle) {
  for (std::string_view u : a.unverified) {
    if (u.find(needle) != std::string_view::npos) return true;
  }
  return false;
}

TEST_CASE("destinations are ISO 3166-1 alpha-2 codes; unknown codes are errors", "[policy][destination]") {
  int n = 0;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) {
      const char code[2] = {a, b};
      if (find_destination(std::string_view(code, 2))) ++n;
    }
  }
  CHECK(n == 249);
  CHECK((find_destination("cn")->code == "CN"));  // parenthesised: no string_view StringMaker
  CHECK_FALSE(find_destination("XX"));
  CHECK_FALSE(find_destination("UK"));  // the United Kingdom is GB
  CHECK_FALSE(find_destination("CHN"));
  CHECK_FALSE(find_destination(""));
  CHECK_THROWS_AS(require_destination("ZZ"), accelspec::error);
  CHECK_THROWS_AS(assess(ts::h200, "QQ", ymd(2024, 1, 1)), accelspec::error);
  // Hong Kong is looked up as China; Macau is not D:5 but is D:1 and D:4.
  CHECK(in_group(dest("HK"), country_group::d5, ymd(2024, 1, 1)));
  CHECK_FALSE(in_group(dest("MO"), country_group::d5, ymd(2024, 1, 1)));
  CHECK(in_group(dest("MO"), country_group::d1, ymd(2024, 1, 1)));
  CHECK(d5_or_macau(dest("MO"), ymd(2024, 1, 1)));
  CHECK(in_d1_d4_d5_scope(dest("CN"), ymd(2024, 1, 1)));
  CHECK_FALSE(in_d1_d4_d5_scope(dest("IL"), ymd(2024, 1, 1)));  // D:4 but also A:6
  CHECK_FALSE(in_d1_d4_d5_scope(dest("BR"), ymd(2024, 1, 1)));
}

TEST_CASE("Country Group changes: the day before and the day of", "[policy][destination][dates]") {
  CHECK_FALSE(in_group(dest("NI"), country_group::d5, ymd(2024, 3, 14)));
  CHECK(in_group(dest("NI"), country_group::d5, ymd(2024, 3, 15)));
  CHECK(in_group(dest("CY"), country_group::d5, ymd(2024, 5, 29)));
  CHECK_FALSE(in_group(dest("CY"), country_group::d5, ymd(2024, 5, 30)));
  CHECK(in_group(dest("KH"), country_group::d5, ymd(2025, 11, 6)));
  CHECK_FALSE(in_group(dest("KH"), country_group::d5, ymd(2025, 11, 7)));
  // The UAE rule of July 2026 (FR Doc 2026-14132), effective 2026-07-10.
  CHECK(in_group(dest("AE"), country_group::d4, ymd(2026, 7, 9)));
  CHECK_FALSE(in_group(dest("AE"), country_group::d4, ymd(2026, 7, 10)));
  CHECK_FALSE(in_group(dest("AE"), country_group::a5, ymd(2026, 7, 9)));
  CHECK(in_group(dest("AE"), country_group::a5, ymd(2026, 7, 10)));
  CHECK(tier(dest("FR"), ymd(2025, 1, 12)) == diffusion_tier::none);
  CHECK(tier(dest("FR"), ymd(2025, 1, 13)) == diffusion_tier::tier1);
  CHECK(tier(dest("US"), ymd(2025, 1, 13)) == diffusion_tier::tier1);
  CHECK(tier(dest("BR"), ymd(2025, 1, 13)) == diffusion_tier::tier2);
  CHECK(tier(dest("MO"), ymd(2025, 1, 13)) == diffusion_tier::tier3);
  CHECK(tier(dest("KH"), ymd(2025, 11, 6)) == diffusion_tier::tier3);
  CHECK(tier(dest("KH"), ymd(2025, 11, 7)) == diffusion_tier::tier2);
}

TEST_CASE("H200 to China: 2022 text, 2023 text, January 2026 case-by-case", "[policy][assess][dates]") {
  const destination cn = dest("CN");
  const assessment before = assess(ts::h200, cn, ymd(2022, 10, 6));
  CHECK(before.eccn == control::none);
  CHECK(before.license_required == truth::no);
  CHECK(before.cites(regulations::eccn_3a090_2022));

  const assessment first = assess(ts::h200, cn, ymd(2022, 10, 7));
  CHECK(first.eccn == control::c3a090_a);
  CHECK(first.classification.applied == &rules::eccn_3a090_2022);
  CHECK(first.license_required == truth::yes);
  CHECK(first.review == review_policy::presumption_of_denial);
  CHECK(lists(first, "secondary"));

  CHECK(assess(ts::h200, cn, ymd(2023, 11, 16)).classification.applied == &rules::eccn_3a090_2022);
  const assessment revised = assess(ts::h200, cn, ymd(2023, 11, 17));
  CHECK(revised.classification.applied == &rules::eccn_3a090_2023);
  CHECK(revised.review == review_policy::presumption_of_denial);
  CHECK(revised.license_exceptions.empty());  // a datacenter 3A090.a item: no NAC

  // AI Diffusion: China is Tier 3, still a presumption of denial.
  CHECK(assess(ts::h200, cn, ymd(2025, 2, 1)).review == review_policy::presumption_of_denial);

  const assessment eve = assess(ts::h200, cn, ymd(2026, 1, 14));
  CHECK(eve.review == review_policy::presumption_of_denial);
  CHECK(eve.tariff.band == nullptr);
  const assessment day = assess(ts::h200, cn, ymd(2026, 1, 15), us_yes);
  CHECK(day.license_required == truth::yes);
  CHECK(day.review == review_policy::case_by_case);
  CHECK(day.china_zone == truth::yes);
  CHECK(day.conditions.size() >= 6);
  CHECK(day.cites(regulations::china_case_by_case_2026));
  CHECK(lists(day, "50% volume cap"));
  CHECK(day.tariff.band->number == 1);

  // Hong Kong follows China; a reexport stays under a presumption of denial.
  CHECK(assess(ts::h200, dest("HK"), ymd(2026, 1, 15), us_yes).review == review_policy::case_by_case);
  CHECK(assess(ts::h200, cn, ymd(2026, 1, 15), {.export_from_us = false, .us_available = truth::yes}).review ==
        review_policy::presumption_of_denial);
  // The rule's own conditions are listed, including the two the summary leaves out.
  bool units = false, end_use = false;
  for (std::string_view c : day.conditions) {
    units = units || c.find("units of the product already shipped") != std::string_view::npos;
    end_use = end_use || c.find("not barred by an end-use or end-user control") != std::string_view::npos;
  }
  CHECK(units);
  CHECK(end_use);
}

TEST_CASE("B200 stays under a presumption of denial; Macau from 2023-01-17", "[policy][assess]") {
  const assessment b = assess(ts::b200, dest("CN"), ymd(2026, 6, 1));
  CHECK(b.eccn == control::c3a090_a);
  CHECK(b.review == review_policy::presumption_of_denial);
  CHECK(b.china_zone == truth::no);
  CHECK(b.tariff.band == nullptr);
  CHECK(assess(ts::h200, dest("MO"), ymd(2023, 1, 16)).license_required == truth::no);
  const assessment mo = assess(ts::h200, dest("MO"), ymd(2023, 1, 17));
  CHECK(mo.license_required == truth::yes);
  CHECK(mo.cites(regulations::macau_2023));
  CHECK(lists(mo, "88 FR 2821"));
  CHECK(assess(ts::h200, dest("MO"), ymd(2026, 1, 15), us_yes).review == review_policy::case_by_case);
}

TEST_CASE("January 2026 zone: TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s, both strict", "[policy][zone]") {
  const destination cn = dest("CN");
  const year_month_day d = ymd(2026, 2, 1);
  CHECK(assess(ts::at(21000_tpp, 6000_GBps), cn, d, us_yes).review == review_policy::presumption_of_denial);
  CHECK(assess(ts::at(20999.999992_tpp, 6000_GBps), cn, d, us_yes).review == review_policy::case_by_case);
  CHECK(assess(ts::at(21000.000008_tpp, 6000_GBps), cn, d, us_yes).review == review_policy::presumption_of_denial);
  CHECK(assess(ts::at(20000_tpp, 6500_GBps), cn, d, us_yes).review == review_policy::presumption_of_denial);
  CHECK(assess(ts::at(20000_tpp, data_rate::from_count(6'499'999'999'999)), cn, d, us_yes).review ==
        review_policy::case_by_case);
  CHECK(assess(ts::at(20000_tpp, data_rate::from_count(6'500'000'000'001)), cn, d, us_yes).review ==
        review_policy::presumption_of_denial);
  // An unknown DRAM bandwidth leaves the review undecided rather than guessing.
  accelerator unknown_dram = ts::at(20000_tpp, 6000_GBps);
  unknown_dram.memory = {};
  const assessment u = assess(unknown_dram, cn, d);
  CHECK(u.license_required == truth::yes);
  CHECK(u.review == review_policy::undecided);
  // Outside China and Macau the zone does not apply: Russia is D:5, presumption of denial.
  CHECK(assess(ts::h200, dest("RU"), d).review == review_policy::presumption_of_denial);
}

TEST_CASE("Section 232 bands: strictly inside, both endpoints excluded", "[policy][tariff]") {
  const year_month_day d = ymd(2026, 2, 1);
  CHECK(section_232(15832_tpp, 4800_GBps, ymd(2026, 1, 14)).band == nullptr);
  CHECK(section_232(15832_tpp, 4800_GBps, d).in_band == truth::yes);
  CHECK(section_232(20919.2_tpp, 6000_GBps, d).band->number == 2);
  // "greater than 14,000 and less than 17,500": the endpoints are outside.
  CHECK(section_232(14000_tpp, 4800_GBps, d).band == nullptr);
  CHECK(section_232(13999.999999_tpp, 4800_GBps, d).band == nullptr);
  CHECK(section_232(14000.000001_tpp, 4800_GBps, d).in_band == truth::yes);
  CHECK(section_232(17500_tpp, 4800_GBps, d).band == nullptr);
  CHECK(section_232(17499.999999_tpp, 4800_GBps, d).in_band == truth::yes);
  CHECK(section_232(17500.000001_tpp, 4800_GBps, d).band == nullptr);
  CHECK(section_232(15000_tpp, 5000_GBps, d).band == nullptr);
  CHECK(section_232(15000_tpp, data_rate::from_count(4'999'999'999'999), d).in_band == truth::yes);
  CHECK(section_232(15000_tpp, 4500_GBps, d).band == nullptr);
  CHECK(section_232(15000_tpp, data_rate::from_count(4'500'000'000'001), d).in_band == truth::yes);
  CHECK(section_232(21100_tpp, 6000_GBps, d).band == nullptr);
  CHECK(section_232(21099.999999_tpp, 6000_GBps, d).band->number == 2);
  CHECK(section_232(21000_tpp, 6200_GBps, d).band == nullptr);
  CHECK(section_232(21000_tpp, 5800_GBps, d).band == nullptr);
  // An unknown input leaves the band open, never silently out.
  CHECK(section_232(std::nullopt, 4800_GBps, d).in_band == truth::unknown);
  const assessment edge = assess(ts::at(14000_tpp, 4800_GBps), dest("CN"), d);
  CHECK(edge.tariff.band == nullptr);
  CHECK(section_232_articles.size() == 3);
  CHECK(section_232_exemptions.size() >= 3);
}

TEST_CASE("3A090.c: greater than 2 GB/s/mm² (strict); LE HBM below 3.3; co-packaged excluded", "[policy][hbm]") {
  const year_month_day d = ymd(2025, 6, 1);
  CHECK(classify_hbm({.bandwidth = 200_GBps, .footprint = 100_mm2}, d).status == hbm_status::not_controlled);
  CHECK(classify_hbm({.bandwidth = 199.999999_GBps, .footprint = 100_mm2}, d).status == hbm_status::not_controlled);
  const hbm_determination above = classify_hbm({.bandwidth = 200.000001_GBps, .footprint = 100_mm2}, d);
  CHECK(above.is_3a090c());
  CHECK(above.license_exception_hbm);
  CHECK(classify_hbm({.bandwidth = 330_GBps, .footprint = 100_mm2}, d).license_exception_hbm == false);
  CHECK(classify_hbm({.bandwidth = 329.999999_GBps, .footprint = 100_mm2}, d).license_exception_hbm);
  // 428.34 / 129.8 is exactly 3.3; in double it is 3.2999999999999994, which would wrongly grant LE HBM.
  const hbm_determination tricky = classify_hbm({.bandwidth = 428.34_GBps, .footprint = 129.8_mm2}, d);
  CHECK(tricky.density == rational::from_decimal(33, 1));
  CHECK(tricky.is_3a090c());
  CHECK_FALSE(tricky.license_exception_hbm);
  CHECK(classify_hbm({.bandwidth = 819_GBps, .footprint = 121_mm2, .processing_dominant = true}, d).status ==
        hbm_status::excluded);
  // Effective 2024-12-02.
  CHECK(classify_hbm({.bandwidth = 819_GBps, .footprint = 121_mm2}, ymd(2024, 12, 1)).status ==
        hbm_status::not_in_force);
  CHECK(classify_hbm({.bandwidth = 819_GBps, .footprint = 121_mm2}, ymd(2024, 12, 2)).is_3a090c());
  CHECK_THROWS_AS(memory_bandwidth_density(819_GBps, area{}), accelspec::error);
  // Destinations: Macau and D:5 only.
  const hbm_device hbm2{.bandwidth = 307_GBps, .footprint = 100_mm2};
  const assessment cn = assess(hbm2, dest("CN"), d);
  CHECK(cn.eccn == control::c3a090_c);
  CHECK(cn.license_required == truth::yes);
  CHECK(cn.has_exception(license_exception::hbm));
  CHECK(assess(hbm2, dest("VN"), d).license_required == truth::no);  // D:1, not D:5
  CHECK(assess(hbm2, dest("MO"), d).license_required == truth::yes);
}

TEST_CASE("NAC and ACA: one exception before 2024-04-04, two from that day", "[policy][exceptions][dates]") {
  // A gaming-class chip (not for datacenters) above TPP 4800: 3A090.a with the NAC/ACA line.
  const accelerator consumer = ts::at(5285_tpp, 1008_GBps, market::other);
  const assessment cn_before = assess(consumer, dest("CN"), ymd(2024, 4, 3));
  REQUIRE(cn_before.license_exceptions.size() == 1);
  CHECK(cn_before.license_exceptions[0].which == license_exception::nac);
  const assessment vn_before = assess(consumer, dest("VN"), ymd(2024, 4, 3));
  CHECK(vn_before.has_exception(license_exception::nac));
  const assessment vn_after = assess(consumer, dest("VN"), ymd(2024, 4, 4));
  CHECK(vn_after.has_exception(license_exception::aca));
  CHECK_FALSE(vn_after.has_exception(license_exception::nac));
  CHECK(vn_after.review == review_policy::presumption_of_approval);
  CHECK(assess(consumer, dest("CN"), ymd(2024, 4, 4)).has_exception(license_exception::nac));
  // NAC did not exist under the 2022 text.
  CHECK(assess(consumer, dest("CN"), ymd(2023, 11, 16)).license_exceptions.empty());
  // A 3A090.b datacenter chip: TPP 3000 on 800 mm² (density 3.75).
  const accelerator mid = ts::at(3000_tpp, 1600_GBps);
  const assessment b = assess(mid, dest("SA"), ymd(2024, 6, 1));
  CHECK(b.eccn == control::c3a090_b);
  CHECK(b.license_required == truth::yes);
  CHECK(b.has_exception(license_exception::aca));
  CHECK(assess(mid, dest("FR"), ymd(2024, 6, 1)).license_required == truth::no);
}

TEST_CASE("AI Diffusion: codified from 2025-01-13, compliance from 2025-05-15, not enforced from 2025-05-13",
          "[policy][diffusion][dates]") {
  // Nobody ever had to comply: non-enforcement was announced two days before the compliance date.
  // (Until this change the library answered "license required" from 2025-01-13 to 2025-05-12.)
  const destination fr = dest("FR"), br = dest("BR");
  CHECK(assess(ts::h200, fr, ymd(2025, 1, 12)).license_required == truth::no);
  for (const year_month_day d : {ymd(2025, 1, 13), ymd(2025, 3, 1), ymd(2025, 5, 12), ymd(2025, 5, 13),
                                 ymd(2025, 5, 14), ymd(2025, 5, 15), ymd(2025, 5, 16), ymd(2026, 1, 1)}) {
    for (const destination to : {fr, br, dest("IN"), dest("MY")}) {
      const assessment a = assess(ts::h200, to, d);
      CHECK(a.license_required == truth::no);
      CHECK(a.cites(regulations::ai_diffusion_2025));
      CHECK_FALSE(a.has_exception(license_exception::aia));
    }
  }
  CHECK(regulations::ai_diffusion_2025.compliance_from == ymd(2025, 5, 15));
  CHECK(regulations::ai_diffusion_2025.not_enforced_from == ymd(2025, 5, 13));
  // The GAO decision is a dated, unverified note: cited from 2026-05-12, the answer unchanged.
  CHECK_FALSE(assess(ts::h200, fr, ymd(2026, 5, 11)).cites(regulations::gao_b337935));
  const assessment gao = assess(ts::h200, fr, ymd(2026, 5, 12));
  CHECK(gao.cites(regulations::gao_b337935));
  CHECK(lists(gao, "legal doubt"));
  CHECK(gao.license_required == truth::no);
  // China was Tier 3 and under the 2023 rule anyway: a presumption of denial.
  CHECK(assess(ts::h200, dest("CN"), ymd(2025, 2, 1)).review == review_policy::presumption_of_denial);
  // The allowances as chip counts.
  CHECK(chips_within(diffusion_country_cap, 15832_tpp) == 49'898);  // 49,898.9: whole chips only
  CHECK(chips_within(lpp_allowance, 15832_tpp) == 1'699);
  CHECK_FALSE(is_verified(lpp_allowance.status));
}

TEST_CASE("Country Group changes move destinations in and out of the license requirement", "[policy][dates]") {
  CHECK(assess(ts::h200, dest("NI"), ymd(2024, 3, 14)).license_required == truth::no);
  const assessment ni = assess(ts::h200, dest("NI"), ymd(2024, 3, 15));
  CHECK(ni.license_required == truth::yes);
  CHECK(ni.review == review_policy::presumption_of_denial);
  CHECK(ni.cites(regulations::nicaragua_2024));
  CHECK(assess(ts::h200, dest("KH"), ymd(2025, 11, 6)).review == review_policy::presumption_of_denial);
  // Outside D:5 after 2025-01-13 the review policy is not public (no source states it).
  CHECK(assess(ts::h200, dest("KH"), ymd(2025, 11, 7)).review == review_policy::not_public);
  // The UAE: D:4 until the July 2026 rule, then named in the scope explicitly and license-free for
  // the end users it names: undecided without the end user.
  const assessment ae_before = assess(ts::h200, dest("AE"), ymd(2026, 7, 9));
  const assessment ae_after = assess(ts::h200, dest("AE"), ymd(2026, 7, 10));
  CHECK(ae_before.license_required == truth::yes);
  CHECK(ae_after.license_required == truth::unknown);
  CHECK(ae_after.cites(regulations::uae_2026));
  CHECK(lists(ae_after, "Supplement No. 8"));
  CHECK(assess(ts::h200, dest("AE"), ymd(2026, 7, 10), {.end_user = "Acme Data Centres"}).license_required ==
        truth::yes);
  CHECK(assess(ts::h200, dest("US"), ymd(2026, 2, 1)).license_required == truth::no);
}

TEST_CASE("April 2025 letters: named products only, no invented thresholds", "[policy][measures][dates]") {
  const destination cn = dest("CN");
  const assessment before = assess(ts::h20, cn, ymd(2025, 4, 8));
  CHECK(before.eccn == control::none);
  CHECK(before.license_required == truth::no);
  const assessment on = assess(ts::h20, cn, ymd(2025, 4, 9));
  CHECK(on.license_required == truth::yes);
  CHECK(on.has_measure("h20-notice-2025"));
  CHECK(on.review == review_policy::not_public);
  CHECK(on.cites(regulations::h20_notice_2025));
  CHECK(assess(ts::h20, dest("MO"), ymd(2025, 4, 9)).has_measure("h20-notice-2025"));
  CHECK(assess(ts::h20, dest("FR"), ymd(2025, 6, 1)).license_required == truth::no);
  // "H20" is a whole word: the H200 is not named by the letter.
  accelerator h200 = ts::h200;
  h200.name = "NVIDIA H200 SXM";
  h200.vendor = "NVIDIA";
  CHECK_FALSE(assess(h200, cn, ymd(2025, 6, 1)).has_measure("h20-notice-2025"));
  // Another NVIDIA chip below 3A090 to China is not declared free of the letter's bandwidth clause;
  // another company's chip is not named by a letter addressed to NVIDIA.
  accelerator other = ts::at(2000_tpp, 1400_GBps);
  other.vendor = "NVIDIA";
  const assessment o = assess(other, cn, ymd(2025, 6, 1));
  CHECK(o.license_required == truth::no);
  CHECK(lists(o, "no public threshold"));
  CHECK_FALSE(lists(assess(ts::at(2000_tpp, 1400_GBps), cn, ymd(2025, 6, 1)), "no public threshold"));
  // The letter also reaches buyers headquartered in Macau or D:5, wherever located.
  CHECK(assess(ts::h20, dest("MY"), ymd(2025, 6, 1), {.headquarters = cn}).has_measure("h20-notice-2025"));
  CHECK_FALSE(assess(ts::h20, dest("MY"), ymd(2025, 6, 1)).has_measure("h20-notice-2025"));
  accelerator mi308 = ts::at(2000_tpp, 4000_GBps);
  mi308.name = "AMD Instinct MI308X";
  mi308.vendor = "AMD";
  CHECK_FALSE(assess(mi308, cn, ymd(2025, 4, 14)).has_measure("mi308-notice-2025"));
  const assessment m = assess(mi308, cn, ymd(2025, 4, 15));
  CHECK(m.has_measure("mi308-notice-2025"));
  CHECK(lists(m, "not verified"));
}

TEST_CASE("4A090: a system is controlled through any one IC; ICs are not summed", "[policy][system]") {
  const system_spec hgx{.name = "8-GPU server", .parts = {system_part{&ts::h200, 8}}};
  const assessment s = assess(hgx, dest("CN"), ymd(2024, 6, 1));
  CHECK(s.eccn == control::c4a090_a);
  CHECK(s.license_required == truth::yes);
  // Eight H20s: 8 x 2,368 would exceed 4,800, but 4A090 looks at each IC.
  const system_spec h20s{.name = "8 x H20", .parts = {system_part{&ts::h20, 8}}};
  CHECK(assess(h20s, dest("VN"), ymd(2024, 6, 1)).eccn == control::none);
  const accelerator mid = ts::at(3000_tpp, 1600_GBps);
  const system_spec mixed{.name = "mixed", .parts = {system_part{&ts::h20, 4}, system_part{&mid, 1}}};
  CHECK(assess(mixed, dest("VN"), ymd(2024, 6, 1)).eccn == control::c4a090_b);
  const system_spec with_a{.name = "mixed", .parts = {system_part{&mid, 4}, system_part{&ts::h200, 1}}};
  CHECK(classify_system(with_a, ymd(2024, 6, 1)).deciding_part == 1);
  CHECK(assess(hgx, dest("CN"), ymd(2026, 2, 1), us_yes).review == review_policy::case_by_case);
  const system_spec empty{};
  CHECK_THROWS_AS(classify_system(empty, ymd(2024, 6, 1)), accelspec::error);
}

TEST_CASE("4E091 at 10^26 operations and the derived-model carve-back", "[policy][diffusion]") {
  CHECK(meets_4e091({1, 26}));
  CHECK(meets_4e091({10, 25}));
  CHECK_FALSE(meets_4e091({9'999'999'999, 15}));
  CHECK(meets_4e091({1'000'000'001, 17}));
  CHECK_FALSE(meets_4e091({999'999'999'999'999'999, 7}));
  CHECK(derived_model_controlled({2'500'000'001, 16}, {1, 26}));
  CHECK_FALSE(derived_model_controlled({25, 24}, {1, 26}));  // exactly the higher of the two: not more
  CHECK_FALSE(derived_model_controlled({4, 25}, {2, 26}));   // 25% of 2e26 is 5e25
  CHECK(derived_model_controlled({5'000'000'001, 16}, {2, 26}));
}

TEST_CASE("Foundry presumption: transistor counts 30, 35 (2027), 40 (2029+) billion", "[policy][foundry]") {
  using std::chrono::year;
  CHECK(presumption_overcome({29'999'999'999, true}, year{2026}) == truth::yes);
  CHECK(presumption_overcome({30'000'000'000, true}, year{2027}) == truth::no);
  CHECK(presumption_overcome({30'000'000'000, false}, year{2026}) == truth::no);
  CHECK(presumption_overcome({34'999'999'999, false}, year{2027}) == truth::yes);
  CHECK(presumption_overcome({35'000'000'000, false}, year{2027}) == truth::no);
  CHECK(presumption_overcome({32'000'000'000, false}, year{2028}) == truth::unknown);
  CHECK(presumption_overcome({39'999'999'999, false}, year{2029}) == truth::yes);
  CHECK(presumption_overcome({40'000'000'000, false}, year{2030}) == truth::no);
  CHECK_FALSE(regulations::foundry_2025.applies_on(ymd(2025, 1, 15)));
  CHECK(regulations::foundry_2025.applies_on(ymd(2025, 1, 16)));
  CHECK_FALSE(regulations::foundry_correction_2025.applies_on(ymd(2025, 2, 10)));
  CHECK(regulations::foundry_correction_2025.applies_on(ymd(2025, 2, 11)));
}

TEST_CASE("every answer carries citations; every unverified entry is reported", "[policy][citations]") {
  const accelerator* chips[] = {&ts::h200, &ts::b200, &ts::h20};
  for (const accelerator* c : chips) {
    for (std::string_view code : {"CN", "MO", "HK", "VN", "SA", "FR", "BR", "US", "AE", "NI", "KH"}) {
      for (const year_month_day d : {ymd(2021, 1, 1), ymd(2022, 10, 7), ymd(2023, 11, 17), ymd(2025, 2, 1),
                                     ymd(2025, 6, 1), ymd(2026, 1, 15), ymd(2026, 8, 1)}) {
        const assessment a = assess(*c, code, d);
        CHECK_FALSE(a.citations.empty());
        CHECK_FALSE(a.reasons.empty());
        for (const regulation* r : a.citations) {
          if (!is_verified(r->status)) CHECK(lists(a, r->doubt));
        }
      }
    }
  }
  // Each regulation's record is complete.
  for (const regulation* r : regulations::all) {
    CHECK_FALSE(r->key.empty());
    CHECK_FALSE((r->source.document_number.empty() && r->source.federal_register.empty()));
    CHECK(r->effective.ok());
    CHECK(regulations::find(r->key) == r);
    if (!is_verified(r->status)) CHECK_FALSE(r->doubt.empty());
  }
}

TEST_CASE("timeline: every date the answer changes, with what took effect", "[policy][timeline]") {
  const timeline_result t = timeline(ts::h200, "CN", us_yes);
  REQUIRE(t.events.size() == 4);
  CHECK_FALSE(t.released);
  CHECK(t.events[0].date == ymd(2022, 10, 7));
  CHECK(t.events[0].took_effect[0] == &regulations::eccn_3a090_2022);
  CHECK(t.events[1].date == ymd(2023, 11, 17));
  // The destination's row (China's state-funded data centres, reported), the US answer unchanged.
  CHECK(t.events[2].date == ymd(2025, 11, 5));
  CHECK(t.events[2].destination_started[0]->key == "cn-state-datacentres-2025");
  CHECK(t.events[2].answer.review == t.events[1].answer.review);
  CHECK(t.events[3].date == ymd(2026, 1, 15));
  CHECK(t.events[3].answer.review == review_policy::case_by_case);
  // The H20: the US letter, then China's summons, discouragement and data-centre rule.
  const timeline_result h20 = timeline(ts::h20, "CN");
  REQUIRE(h20.events.size() == 4);
  CHECK(h20.events[0].date == ymd(2025, 4, 9));
  CHECK(h20.events[1].date == ymd(2025, 7, 31));
  CHECK(h20.events[2].date == ymd(2025, 8, 12));
  CHECK(h20.events[3].date == ymd(2025, 11, 5));
  for (std::size_t i = 1; i < 4; ++i) CHECK(h20.events[i].destination_started.size() == 1);
  // France: classified from 2022 without a license; the AI Diffusion window changed nothing (never
  // complied with); the tariff band from 2026-01-15.
  const timeline_result fr = timeline(ts::h200, "FR");
  REQUIRE(fr.events.size() == 3);
  CHECK(fr.events[0].date == ymd(2022, 10, 7));
  CHECK(fr.events[0].answer.license_required == truth::no);
  CHECK(fr.events[1].date == ymd(2023, 11, 17));
  CHECK(fr.events[2].date == ymd(2026, 1, 15));
  CHECK(fr.events[2].answer.tariff.band->number == 1);
  // A catalog chip starts at its release date; the A100 to China at the August 2022 letter.
  namespace cat = accelspec::catalog;
  const timeline_result a100 = cat::timeline(cat::nvidia::a100_sxm_entry, dest("CN"));
  REQUIRE(a100.events.size() >= 3);
  CHECK(a100.events[0].date == ymd(2022, 8, 26));
  CHECK(a100.events[0].answer.has_measure("nvidia-notice-2022"));
  CHECK(a100.events[1].date == ymd(2022, 10, 7));
  const timeline_result h200 = cat::timeline(cat::nvidia::h200_sxm_entry, dest("CN"));
  CHECK(h200.released == ymd(2023, 11, 13));
  CHECK(h200.events[0].date == ymd(2023, 11, 13));
  CHECK(h200.events[0].release);
  for (const timeline_event& e : h200.events) CHECK(e.date >= ymd(2023, 11, 13));
  // Events (licences and their terms) are listed, not treated as rules.
  bool announced = false;
  for (const timeline_note& n : h200.notes) announced = announced || n.event->key == "h200-announcement-2025";
  CHECK(announced);
  // An embargoed destination: a row at the release date, license required.
  const timeline_result ru = cat::timeline(cat::nvidia::l20_entry, dest("RU"));
  REQUIRE_FALSE(ru.events.empty());
  CHECK(ru.events[0].release);
  CHECK(ru.events[0].answer.license_required == truth::yes);
}

TEST_CASE("Part 746: an embargoed destination never answers 'not required'", "[policy][embargo]") {
  namespace cat = accelspec::catalog;
  struct window {
    const char* code;
    year_month_day from;
  };
  const window embargoed[] = {{"CU", ymd(2020, 1, 1)}, {"KP", ymd(2020, 1, 1)},  {"IR", ymd(2020, 1, 1)},
                              {"SY", ymd(2020, 1, 1)}, {"RU", ymd(2022, 2, 24)}, {"BY", ymd(2022, 3, 2)}};
  for (const window& w : embargoed) {
    for (const cat::entry* e : cat::all) {
      for (const year_month_day d : {w.from, ymd(2022, 10, 7), ymd(2023, 11, 17), ymd(2025, 3, 1), ymd(2025, 9, 2),
                                     ymd(2026, 1, 15), ymd(2026, 12, 1)}) {
        if (d < w.from) continue;
        const assessment a = assess(e->chip(), w.code, d);
        INFO(e->id << " to " << w.code);
        CHECK(a.license_required == truth::yes);
        CHECK(a.review != review_policy::none);
        CHECK(a.license_exceptions.empty());
      }
    }
    // Memories too: every item subject to the EAR.
    CHECK(assess(hbm_device{.bandwidth = 819_GBps, .footprint = 121_mm2}, dest(w.code), ymd(2026, 6, 1))
              .license_required == truth::yes);
  }
  // Ukraine: the covered regions are not a country code; the answer says what it assumed.
  const assessment ua = assess(ts::h200, dest("UA"), ymd(2026, 6, 1));
  bool said = false;
  for (std::string_view x : ua.assumptions) said = said || x.find("746.6") != std::string_view::npos;
  CHECK(said);
}

TEST_CASE("every answer lists assumptions and what it does not check", "[policy][not-checked]") {
  namespace cat = accelspec::catalog;
  for (const cat::entry* e : cat::all) {
    for (std::string_view code : {"CN", "MY", "FR", "RU", "US"}) {
      const assessment a = assess(e->chip(), code, ymd(2026, 6, 1));
      CHECK(a.not_checked.size() >= 3);
      CHECK_FALSE(a.assumptions.empty());
    }
  }
  const assessment given = assess(ts::h200, dest("MY"), ymd(2026, 6, 1), {.headquarters = dest("DE")});
  CHECK(given.headquarters_given);
  for (std::string_view x : given.assumptions)
    CHECK(x.find("headquartered in the destination") == std::string_view::npos);
}

TEST_CASE("no combination of item, destination, date and buyer overflows an answer", "[policy][robust]") {
  namespace cat = accelspec::catalog;
  const char* codes[] = {"CN", "HK", "MO", "RU", "BY", "CU", "IR", "KP", "SY", "VN", "SA", "AE", "IL",
                         "IN", "MY", "FR", "DE", "US", "UA", "NI", "KH", "CY", "BR", "SG", "TW"};
  const year_month_day dates[] = {ymd(2022, 8, 26),  ymd(2022, 10, 7), ymd(2023, 1, 17), ymd(2023, 10, 23),
                                  ymd(2023, 11, 17), ymd(2025, 1, 13), ymd(2025, 4, 9),  ymd(2025, 5, 13),
                                  ymd(2025, 9, 2),   ymd(2026, 1, 15), ymd(2026, 5, 12), ymd(2026, 7, 23)};
  int answers = 0;
  for (const cat::entry* e : cat::all) {
    for (const char* code : codes) {
      for (const year_month_day d : dates) {
        for (const char* hq : {"", "CN", "DE"}) {
          assess_options o;
          if (hq[0] != '\0') o.headquarters = dest(hq);
          const assessment a = assess(e->chip(), dest(code), d, o);
          // An open answer always says what would decide it.
          if (a.license_required == truth::unknown || a.review == review_policy::undecided) {
            INFO(e->id << " to " << code);
            CHECK_FALSE(a.needs.empty());
          }
          ++answers;
        }
      }
    }
  }
  CHECK(answers > 40'000);
}

}  // namespace
