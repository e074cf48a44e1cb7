// Compile-time checks of the headroom solver: the staircase at its corners and the H20's sizing.
#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>

#include "catch.hpp"

namespace as = accelspec;
using namespace as::literals;

namespace {

constexpr as::rational r(std::int64_t n, std::int64_t d = 1) { return as::rational{n, d}; }

// The H20's die: 814 mm² in a datacenter gets 2,400 (b.1 binds), and the H20's 2,368 fits.
constexpr as::tpp_headroom h814 = as::headroom(814_mm2, as::market::datacenter);
static_assert(h814.bounded && h814.tpp_limit == r(2400));
static_assert(h814.binding.contains(as::clause::b_1) && h814.binding.size() == 1);
static_assert(h814.keeps_outside(2368_tpp) && !h814.keeps_outside(2400_tpp) && h814.keeps_outside(2399.999999_tpp));
static_assert(*h814.max_dense_rate(as::fp8) == 299.999999_tflops);
static_assert(*h814.dense_limit(as::fp8) == r(300));
static_assert(*h814.max_dense_rate(as::fp16) == 149.999999_tflops);
static_assert(*h814.max_tpp() == 2399.999999_tpp);

// The steps of the staircase for a datacenter die.
static_assert(as::headroom(400_mm2, as::market::datacenter).tpp_limit == r(1600));
static_assert(as::headroom(200_mm2, as::market::datacenter).binding.contains(as::clause::a_2));  // 1600/200 = 8 >= 5.92
static_assert(as::headroom(400_mm2, as::market::datacenter).binding.contains(as::clause::b_2));  // 1600/400 = 4
static_assert(as::headroom(500_mm2, as::market::datacenter).tpp_limit == r(1600));
static_assert(as::headroom(600_mm2, as::market::datacenter).tpp_limit == r(1920));  // 3.2 x 600
static_assert(as::headroom(600.000001_mm2, as::market::datacenter).tpp_limit == r(19200000032, 10000000));
static_assert(as::headroom(740_mm2, as::market::datacenter).tpp_limit == r(2368));  // the H20's TPP exactly
static_assert(as::headroom(750_mm2, as::market::datacenter).tpp_limit == r(2400));
static_assert(as::headroom(1500_mm2, as::market::datacenter).tpp_limit == r(2400));
static_assert(as::headroom(2000_mm2, as::market::datacenter).tpp_limit == r(3200));  // 1.6 x 2000
static_assert(as::headroom(3000_mm2, as::market::datacenter).tpp_limit == r(4800));
static_assert(as::headroom(5000_mm2, as::market::datacenter).binding.contains(as::clause::a_1));
// Planar logic only: no density, only a.1 remains.
static_assert(as::headroom(as::area{}, as::market::datacenter).tpp_limit == r(4800));
// Not for datacenters: the note lifts every die to 4,800.
static_assert(as::headroom(100_mm2, as::market::other).tpp_limit == r(4800));
static_assert(as::headroom(608.5_mm2, as::market::other).binding.contains(as::clause::a_1));
// The 2022 text: 4,800 when the I/O prong holds, no bound when I/O stays below 600 GB/s.
static_assert(as::headroom(826_mm2, as::market::datacenter, as::rules::eccn_3a090_2022).tpp_limit == r(4800));
static_assert(!as::headroom(826_mm2, as::market::datacenter, as::rules::eccn_3a090_2022, 400_GBps).bounded);
static_assert(as::headroom(826_mm2, as::market::datacenter, as::rules::eccn_3a090_2022, 600_GBps).bounded);

// The inverse: the smallest die that keeps the H20's TPP outside both paragraphs is just above
// 740 mm² (2368 / 3.2); outside .a alone it is 2368 / 5.92 = 400 mm².
constexpr as::area_headroom inv = as::min_die_area(2368_tpp, as::market::datacenter);
static_assert(inv.result == as::area_headroom::kind::area_above && inv.min_area_mm2 == r(740));
static_assert(*inv.smallest_area() == 740.000001_mm2);
static_assert(inv.binding.contains(as::clause::b_2));
static_assert(as::min_die_area(2368_tpp, as::market::datacenter, as::outside_of::paragraph_a).min_area_mm2 == r(400));
static_assert(as::min_die_area(2400_tpp, as::market::datacenter).min_area_mm2 == r(1500));  // 2400 / 1.6
static_assert(as::min_die_area(1599.999999_tpp, as::market::datacenter).result == as::area_headroom::kind::any_area);
static_assert(as::min_die_area(4800_tpp, as::market::datacenter).result == as::area_headroom::kind::no_area);
static_assert(as::min_die_area(4799_tpp, as::market::other).result == as::area_headroom::kind::any_area);

}  // namespace

TEST_CASE("headroom: compile-time staircase", "[analysis]") { SUCCEED("checked by static_assert"); }
