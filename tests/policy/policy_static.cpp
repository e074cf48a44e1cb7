// Compile-time checks of the policy layer (each also runs as a Catch2 case).
#include "catch.hpp"
#include "specs.hpp"

namespace {
using namespace accelspec;
using namespace accelspec::literals;
using namespace accelspec::policy;
using namespace std::chrono_literals;
namespace ts = accelspec::test_specs;

constexpr destination cn = require_destination("CN");

// H200 to China: the story.
constexpr assessment h200_2023 = assess(ts::h200, cn, 2024y / 6 / 1);
static_assert(h200_2023.eccn == control::c3a090_a);
static_assert(h200_2023.license_required == truth::yes);
static_assert(h200_2023.review == review_policy::presumption_of_denial);
static_assert(h200_2023.cites(regulations::eccn_3a090_2023));

constexpr assessment h200_2026 = assess(ts::h200, "cn", 2026y / 1 / 15);
static_assert(h200_2026.review == review_policy::case_by_case);
static_assert(h200_2026.cites(regulations::china_case_by_case_2026));
static_assert(h200_2026.tariff.band->number == 1);
static_assert(h200_2026.tariff.in_band == truth::yes);

constexpr assessment b200_2026 = assess(ts::b200, cn, 2026y / 3 / 1);
static_assert(b200_2026.review == review_policy::presumption_of_denial);
static_assert(b200_2026.china_zone == truth::no);

constexpr timeline_result h200_cn = timeline(ts::h200, cn);
static_assert(h200_cn.events.size() == 3);
static_assert(h200_cn.events[0].date == 2022y / 10 / 7);
static_assert(h200_cn.events[1].date == 2023y / 11 / 17);
static_assert(h200_cn.events[2].date == 2026y / 1 / 15);

// 3A090.c boundary: 2.0 GB/s/mm² is not controlled.
static_assert(classify_hbm({.bandwidth = 200_GBps, .footprint = 100_mm2}, 2025y / 1 / 1).status ==
              hbm_status::not_controlled);
static_assert(classify_hbm({.bandwidth = 200.000001_GBps, .footprint = 100_mm2}, 2025y / 1 / 1).is_3a090c());

// The same answers for the catalog's entries.
namespace cat = accelspec::catalog;
static_assert(timeline(cat::nvidia::h200_sxm, cn).events.size() == 3);
static_assert(timeline(cat::nvidia::h200_sxm, cn).events[2].answer.review == review_policy::case_by_case);
static_assert(assess(cat::nvidia::b200, cn, 2026y / 1 / 15).review == review_policy::presumption_of_denial);
static_assert(assess(cat::amd::mi325x, cn, 2026y / 1 / 15).review == review_policy::case_by_case);
static_assert(assess(*cat::find("nvidia-h200-sxm")->spec, cn, 2026y / 1 / 15).tariff.band->number == 1);
static_assert(assess(cat::nvidia::h20, cn, 2025y / 4 / 9).has_measure("h20-notice-2025"));
static_assert(!assess(cat::nvidia::h20, cn, 2025y / 4 / 8).has_measure("h20-notice-2025"));
static_assert(!assess(cat::nvidia::h200_sxm, cn, 2026y / 1 / 15).citations.empty());

TEST_CASE("policy compile-time checks hold", "[policy][static]") { SUCCEED("checked by static_assert"); }

}  // namespace
