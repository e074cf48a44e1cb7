// Who the end user is (issue 16): the named parties (Entity List entries, the UAE rule of July
// 2026), General Prohibition 10 for PRC-designed 3A090 ICs, the HBM headquarters prong, dates
// outside what is modelled, review policies no more certain than their source, raw specs. Each case
// of the issue is a static_assert here, with the day before and the day of each date it adds, and
// runs through the CLI in policy_cli.cpp.
#include "catch.hpp"
#include "specs.hpp"

namespace {
using namespace accelspec;
using namespace accelspec::literals;
using namespace accelspec::policy;
using namespace std::chrono_literals;
namespace cat = accelspec::catalog;

constexpr destination ae = require_destination("AE");
constexpr destination my = require_destination("MY");
constexpr destination cn = require_destination("CN");

constexpr bool has_need(const assessment& a, std::string_view prefix) {
  for (std::string_view n : a.needs) {
    if (n.starts_with(prefix)) return true;
  }
  return false;
}
constexpr bool has_text(const auto& list, std::string_view part) {
  for (std::string_view x : list) {
    if (x.find(part) != std::string_view::npos) return true;
  }
  return false;
}

// --- Names: one normalisation, exact vs possible ------------------------------------------------
static_assert(match_name("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES") == name_match::exact);
static_assert(match_name("huawei-technologies co ltd", "Huawei Technologies Co., Ltd.") == name_match::exact);
static_assert(match_name("MooreThreads", "Moore Threads") == name_match::exact);
static_assert(match_name("Huawei Cloud Dubai", "Huawei Technologies Co., Ltd.") == name_match::possible);
static_assert(match_name("Huawai Technologies", "Huawei Technologies") == name_match::possible);  // one slip
static_assert(match_name("Beijing Academy", "Beijing Zhipu Huazhang Technology") == name_match::none);
static_assert(match_name("Technologies Co., Ltd.", "Huawei Technologies Co., Ltd.") == name_match::none);
static_assert(match_name("Acme Trading LLC", "Sophgo Technologies Ltd.") == name_match::none);
static_assert(parties::huawei.match("HiSilicon") == name_match::exact);
static_assert(parties::us_subsidiaries.match("Microsoft Gulf FZ-LLC") == name_match::possible);
static_assert(parties::us_subsidiaries.match("Microsoft") == name_match::possible);  // never exact
static_assert(parties::us_subsidiaries.match("Metaverse Labs") == name_match::none);

// --- GP10: Ascend 910B to Malaysia (a false clearance before) --------------------------------------
constexpr assessment ascend_my = assess(cat::huawei::ascend_910b, my, 2025y / 6 / 1);
static_assert(ascend_my.license_required == truth::yes);
static_assert(ascend_my.review == review_policy::not_public);
static_assert(ascend_my.has_measure("gp10-prc-3a090-2025"));
static_assert(ascend_my.license_exceptions.empty());
static_assert(assess(cat::huawei::ascend_910b, my, 2025y / 5 / 12).license_required == truth::no);
// Any 3A090 chip of a designer headquartered in China, not only the three named.
constexpr accelerator by(std::string_view vendor) {
  accelerator c = cat::nvidia::h100_sxm;
  c.name = "a 3A090.a chip";
  c.vendor = vendor;
  return c;
}
static_assert(assess(by("Cambricon"), "SG", 2025y / 6 / 1).license_required == truth::yes);
static_assert(assess(by("Cambricon Technologies"), "SG", 2025y / 6 / 1).license_required == truth::unknown);
static_assert(assess(by("NVIDIA"), "SG", 2025y / 6 / 1).license_required == truth::no);
// Below 3A090 the guidance does not reach the chip.
static_assert(assess(cat::cambricon::mlu370, "SG", 2025y / 6 / 1).license_required == truth::no);
// A spec that names no vendor (a raw spec) has no known designer: a 3A090 IC is open from the
// guidance's date (it may be PRC-designed), never "not required"; below 3A090 it stays clear.
static_assert(assess(by(""), "SG", 2025y / 6 / 1).license_required == truth::unknown);
static_assert(has_need(assess(by(""), "SG", 2025y / 6 / 1), "the chip's designer"));
static_assert(assess(by(""), "SG", 2025y / 5 / 12).license_required == truth::no);
constexpr accelerator unnamed_small{.name = "raw",
                                    .market = market::datacenter,
                                    .compute = {dense(fp16, 100_tflops)},
                                    .dies = {{.name = "d", .area = 600_mm2, .transistors = non_planar}}};
static_assert(assess(unnamed_small, "SG", 2025y / 6 / 1).license_required == truth::no);

// --- The UAE rule of July 2026 ---------------------------------------------------------------------
constexpr assessment b300_ae =
    assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.headquarters = require_destination("US")});
static_assert(b300_ae.license_required == truth::unknown);
static_assert(has_need(b300_ae, "end_user"));
static_assert(b300_ae.cites(regulations::uae_2026));
// The day before the rule: a license (review not public since 2025-01-13); the day of it: undecided.
static_assert(assess(cat::nvidia::b300, ae, 2026y / 7 / 9).license_required == truth::yes);
static_assert(assess(cat::nvidia::b300, ae, 2026y / 7 / 9).review == review_policy::not_public);
static_assert(!has_need(assess(cat::nvidia::b300, ae, 2026y / 7 / 9), "end_user"));
static_assert(assess(cat::nvidia::b300, ae, 2026y / 7 / 10).license_required == truth::unknown);
static_assert(in_group(ae, country_group::a5, 2026y / 7 / 10) && !in_group(ae, country_group::a5, 2026y / 7 / 9));
static_assert(!in_group(ae, country_group::d4, 2026y / 7 / 10) && in_group(ae, country_group::d4, 2026y / 7 / 9));
// Named end users: license-free; G42/Core42 until the lapse (the day before and the day of).
static_assert(assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.end_user = "G42"}).license_required == truth::no);
static_assert(assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.end_user = "Core42"}).license_required == truth::no);
static_assert(assess(cat::nvidia::b300, ae, 2027y / 4 / 5, {.end_user = "Core42"}).license_required == truth::no);
static_assert(assess(cat::nvidia::b300, ae, 2027y / 4 / 6, {.end_user = "Core42"}).license_required == truth::yes);
static_assert(assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.end_user = "Government of the UAE"}).license_required ==
              truth::no);
// A US company's UAE subsidiary is a possible match only: to review, never cleared by its name.
constexpr assessment msft = assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.end_user = "Microsoft Gulf FZ-LLC"});
static_assert(msft.license_required == truth::unknown && has_need(msft, "end_user"));
// Anyone else: a license, review not public.
constexpr assessment other_ae = assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.end_user = "Acme Trading LLC"});
static_assert(other_ae.license_required == truth::yes && other_ae.review == review_policy::not_public);
// The Macau/D:5 headquarters rule stays for named end users.
static_assert(assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.headquarters = cn, .end_user = "G42"}).license_required ==
              truth::yes);
// An item outside 3A090: nothing to decide.
static_assert(assess(cat::nvidia::t4, ae, 2026y / 9 / 1).license_required == truth::no);

// --- The Entity List -----------------------------------------------------------------------------
constexpr assessment h20_huawei = assess(cat::nvidia::h20, my, 2025y / 6 / 1, {.end_user = "Huawei"});
static_assert(h20_huawei.license_required == truth::yes);
static_assert(h20_huawei.review == review_policy::presumption_of_denial);
static_assert(h20_huawei.has_measure("entity-list-huawei"));
static_assert(h20_huawei.cites(regulations::entity_list_huawei_2019));
static_assert(has_text(h20_huawei.not_checked, "beyond the curated entries"));
constexpr assessment h20_zhipu = assess(cat::nvidia::h20, my, 2025y / 6 / 1, {.end_user = "Zhipu AI"});
static_assert(h20_zhipu.license_required == truth::yes && h20_zhipu.has_measure("entity-list-zhipu"));
// Zhipu AI's entry took effect on 2025-01-16: the day before and the day of.
static_assert(assess(cat::nvidia::h20, my, 2025y / 1 / 15, {.end_user = "Zhipu AI"}).license_required == truth::no);
static_assert(assess(cat::nvidia::h20, my, 2025y / 1 / 16, {.end_user = "Zhipu AI"}).license_required == truth::yes);
// A possible match is to review: undecided, never cleared.
constexpr assessment h20_maybe = assess(cat::nvidia::h20, my, 2025y / 6 / 1, {.end_user = "Huawei Cloud Dubai"});
static_assert(h20_maybe.license_required == truth::unknown && has_need(h20_maybe, "end_user"));
// No end user: the answer says the lists were not checked.
static_assert(has_text(assess(cat::nvidia::h20, my, 2025y / 6 / 1).not_checked, "Entity List"));
// The Entity List reaches an item outside 3A090 too, and no license exception overcomes it.
static_assert(assess(cat::nvidia::l4, "DE", 2024y / 1 / 1, {.end_user = "SMIC"}).license_required == truth::yes);
static_assert(assess(cat::nvidia::l4, "DE", 2024y / 1 / 1, {.end_user = "SMIC"}).review == review_policy::case_by_case);

// --- HBM: the headquarters prong --------------------------------------------------------------------
constexpr hbm_device stack{.bandwidth = 1229_GBps, .footprint = 121_mm2};
static_assert(assess(stack, my, 2025y / 6 / 1, {.headquarters = cn}).license_required == truth::yes);
static_assert(assess(stack, my, 2025y / 6 / 1, {.headquarters = cn}).has_measure("hbm-headquarters-2024"));
static_assert(assess(stack, my, 2025y / 6 / 1).license_required == truth::no);
static_assert(assess(stack, my, 2024y / 12 / 1, {.headquarters = cn}).license_required == truth::no);
static_assert(assess(stack, my, 2024y / 12 / 2, {.headquarters = cn}).license_required == truth::yes);
static_assert(has_text(assess(stack, my, 2025y / 6 / 1, {.headquarters = cn}).unverified, "2024-12-31"));

// --- Review policies after 2025-01-13: no more certain than their source ----------------------------
static_assert(assess(cat::nvidia::h100_sxm, "SA", 2025y / 1 / 12).review == review_policy::presumption_of_approval);
static_assert(assess(cat::nvidia::h100_sxm, "SA", 2025y / 1 / 13).review == review_policy::not_public);
static_assert(has_text(assess(cat::nvidia::h100_sxm, "VN", 2026y / 3 / 1).unverified, "not public"));
// Cambodia left D:5 on 2025-11-07: denial before, not public after.
static_assert(assess(cat::nvidia::h100_sxm, "KH", 2025y / 11 / 6).review == review_policy::presumption_of_denial);
static_assert(assess(cat::nvidia::h100_sxm, "KH", 2025y / 11 / 7).review == review_policy::not_public);

// 744.23(d) for .b items of D:5-headquartered buyers: case-by-case in its 2024 text, not public since.
constexpr accelerator b_item = accelspec::test_specs::at(3000_tpp, 2000_GBps);  // density 3.75: .b
static_assert(classify(b_item, 2025y / 6 / 1).eccn == eccn::b);
static_assert(assess(b_item, my, 2024y / 6 / 1, {.headquarters = cn}).review == review_policy::case_by_case);
static_assert(assess(b_item, my, 2025y / 6 / 1, {.headquarters = cn}).review == review_policy::not_public);

// --- Dates outside coverage ---------------------------------------------------------------------------
static_assert(assess(cat::nvidia::h20, "CU", 1990y / 1 / 1).license_required == truth::unknown);
static_assert(assess(cat::nvidia::h100_sxm, "KP", 2000y / 1 / 1).license_required == truth::unknown);
static_assert(assess(cat::nvidia::h20, "CU", 1996y / 3 / 24).license_required == truth::unknown);
static_assert(assess(cat::nvidia::h20, "CU", 1996y / 3 / 25).license_required == truth::yes);
static_assert(assess(cat::nvidia::h100_sxm, "MY", 2022y / 10 / 6).license_required == truth::unknown);
static_assert(assess(cat::nvidia::h100_sxm, "MY", 2022y / 10 / 7).license_required == truth::no);
// The United States is no export at any date.
static_assert(assess(cat::nvidia::h100_sxm, "US", 2020y / 1 / 1).license_required == truth::no);
// A requirement known before coverage stays (the Entity List since 2019).
static_assert(assess(cat::nvidia::h100_sxm, "MY", 2020y / 1 / 1, {.end_user = "Huawei"}).license_required ==
              truth::yes);
// Before the product's release: a warning.
static_assert(has_text(assess(cat::nvidia::h200_sxm, "FR", 2023y / 1 / 1).warnings, "release"));
static_assert(assess(cat::nvidia::h200_sxm, "FR", 2023y / 11 / 13).warnings.empty());
static_assert(timeline(cat::nvidia::h20, "CU").covered_from == 1996y / 3 / 25);

// --- Raw specs: company notices apply to named products ------------------------------------------------
constexpr accelerator h20_raw{
    .name = "command-line spec",
    .compute = {dense(fp16, 148_tflops), dense(fp8, 296_tflops)},
    .dies = {die{.name = "die", .area = 814_mm2, .transistors = non_planar}},
};
constexpr assessment raw_cn = assess(h20_raw, cn, 2025y / 6 / 1);
static_assert(raw_cn.license_required == truth::no);
static_assert(has_text(raw_cn.not_checked, "company notices"));
constexpr accelerator h20_variant = [] {
  accelerator c = h20_raw;
  c.name = cat::nvidia::h20.name;
  c.vendor = cat::nvidia::h20.vendor;
  return c;
}();
static_assert(assess(h20_variant, cn, 2025y / 6 / 1).license_required == truth::yes);
static_assert(!has_text(assess(h20_variant, cn, 2025y / 6 / 1).not_checked, "company notices"));

TEST_CASE("end-user policy: compile-time checks hold", "[policy][static][end_user]") {
  SUCCEED("checked by static_assert");
}

TEST_CASE("end-user policy: the same answers at run time", "[policy][end_user]") {
  const std::string name = "huawei technologies co. ltd";  // a run-time string
  const assessment a = assess(cat::nvidia::h20, my, 2025y / 6 / 1, {.end_user = name});
  CHECK(a.license_required == truth::yes);
  CHECK(a.has_measure("entity-list-huawei"));
  CHECK(assess(cat::nvidia::b300, ae, 2026y / 9 / 1).license_required == truth::unknown);
}

}  // namespace
