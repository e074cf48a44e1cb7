// The headroom solver must agree with classify() everywhere: a sweep over die areas, markets,
// rules and number formats checks that the largest rate under the bound classifies outside 3A090.a
// and .b, one count more classifies inside, a chip exactly at the bound meets the binding clauses,
// and every TPP above the bound is inside (the outside set is exactly [0, bound)).
#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>

#include <cstdint>
#include <random>

#include "catch.hpp"

namespace as = accelspec;
using namespace as::literals;

namespace {

as::accelerator chip_with(as::number_format f, as::dense_rate rate, as::area die_area, as::market m,
                          std::optional<as::data_rate> io = std::nullopt) {
  as::accelerator c{.name = "swept", .market = m, .compute = {as::dense(f, rate)}, .io_bandwidth = io};
  if (die_area.count() > 0) {
    c.dies.push_back(as::die{.name = "logic", .area = die_area, .transistors = as::non_planar});
  } else {
    c.dies.push_back(as::die{.name = "logic", .area = 500_mm2, .transistors = as::planar});
  }
  return c;
}

bool inside(const as::determination& d) { return d.eccn == as::eccn::a || d.eccn == as::eccn::b; }

struct case_rule {
  const as::rule* rule;
  std::optional<as::data_rate> io;
};

}  // namespace

TEST_CASE("headroom agrees with classify across areas, markets, rules and formats", "[analysis][property]") {
  std::mt19937_64 rng(20231017);
  // Areas from 0 (planar only) to 6,000 mm², denser near the steps at 500, 750, 1500 and 3000 mm².
  std::uniform_int_distribution<std::int64_t> any_area(1, 6'000'000'000);
  std::uniform_int_distribution<std::int64_t> near_step(-2'000, 2'000);
  const std::int64_t steps[] = {270'270'270, 500'000'000, 750'000'000, 1'500'000'000, 3'000'000'000};
  const as::number_format formats[] = {as::fp8, as::fp16, as::int4, as::fp64, as::tf32, as::fp6, as::int32};
  const case_rule rules[] = {{&as::rules::eccn_3a090_2023, std::nullopt},
                             {&as::rules::eccn_3a090_2022, 900_GBps},
                             {&as::rules::eccn_3a090_2022, 400_GBps}};
  int checked = 0, at_bound = 0;
  for (int i = 0; i < 1200; ++i) {
    std::int64_t count = i == 0 ? 0 : (i % 3 == 0 ? steps[i % 5] + near_step(rng) : any_area(rng));
    if (i % 2 == 0) count -= count % 5;  // multiples of 5 µm²: the bound is a whole multiple of 8e-6 TPP
    const as::area a = as::area::from_count(count);
    for (const as::market m : {as::market::datacenter, as::market::other}) {
      for (const case_rule& cr : rules) {
        const as::tpp_headroom h = as::headroom(a, m, *cr.rule, cr.io);
        if (!h.bounded) {
          // 2022 text, I/O below 600 GB/s: nothing is inside, however fast.
          REQUIRE(cr.io);
          CHECK(as::classify(chip_with(as::fp8, 100'000_tops, a, m, cr.io), *cr.rule).eccn == as::eccn::none);
          continue;
        }
        for (const as::number_format f : formats) {
          const as::dense_rate below = *h.max_dense_rate(f);
          const as::dense_rate next = below + as::dense_rate::from_count(1);
          INFO("area count " << count << ", market " << as::key(m) << ", rule " << cr.rule->key << ", format "
                             << as::key(f));
          CHECK(as::classify(chip_with(f, below, a, m, cr.io), *cr.rule).eccn == as::eccn::none);
          CHECK(inside(as::classify(chip_with(f, next, a, m, cr.io), *cr.rule)));
          ++checked;
        }
        // Exactly at the bound, when the bound is a whole number of 8-bit counts.
        const as::rational counts = h.tpp_limit * as::rational{as::tpp_value::per_unit} / as::rational{8};
        if (counts.denominator() == 1) {
          const as::determination d =
              as::classify(chip_with(as::fp8, as::dense_rate::from_count(counts.numerator()), a, m, cr.io), *cr.rule);
          CHECK(inside(d));
          CHECK(d.clauses == h.binding);
          ++at_bound;
        }
        // Anywhere above the bound is inside: the outside set has no gaps.
        std::uniform_int_distribution<std::int64_t> above(counts.ceil(), counts.ceil() + 3'000'000'000);
        CHECK(inside(as::classify(chip_with(as::fp8, as::dense_rate::from_count(above(rng)), a, m, cr.io), *cr.rule)));
      }
    }
  }
  CHECK(checked > 10'000);
  CHECK(at_bound > 1'000);
}

TEST_CASE("inverse headroom agrees with classify", "[analysis][property]") {
  std::mt19937_64 rng(88'73458);
  std::uniform_int_distribution<std::int64_t> rate(1, 700'000'000);  // fp8 up to 700 TOPS: TPP up to 5,600
  int checked = 0;
  for (int i = 0; i < 3000; ++i) {
    const as::dense_rate r = as::dense_rate::from_count(rate(rng));
    const as::tpp_value t = as::tpp_of(r, 8);
    for (const as::market m : {as::market::datacenter, as::market::other}) {
      for (const as::outside_of goal : {as::outside_of::a_and_b, as::outside_of::paragraph_a}) {
        const as::area_headroom h = as::min_die_area(t, m, goal);
        INFO("TPP count " << t.count() << ", market " << as::key(m));
        const auto outside_goal = [&](const as::determination& d) {
          return goal == as::outside_of::a_and_b ? d.eccn == as::eccn::none : d.eccn != as::eccn::a;
        };
        if (h.result == as::area_headroom::kind::no_area) {
          CHECK(!outside_goal(as::classify(chip_with(as::fp8, r, 100'000_mm2, m))));
          continue;
        }
        const as::area smallest = *h.smallest_area();
        if (h.result == as::area_headroom::kind::any_area) {
          CHECK(outside_goal(as::classify(chip_with(as::fp8, r, 1_mm2, m))));
          continue;
        }
        CHECK(outside_goal(as::classify(chip_with(as::fp8, r, smallest, m))));
        CHECK(as::keeps_outside(h, smallest));
        const as::area just_below = smallest - as::area::from_count(1);
        CHECK_FALSE(outside_goal(as::classify(chip_with(as::fp8, r, just_below, m))));
        CHECK_FALSE(as::keeps_outside(h, just_below));
        // The forward solver says the same: at the smallest area the TPP is under its bound.
        CHECK(as::headroom(smallest, m).keeps_outside(t) == (goal == as::outside_of::a_and_b));
        ++checked;
      }
    }
  }
  CHECK(checked > 2000);
}

TEST_CASE("headroom decides where a double would not", "[analysis]") {
  // A 500.039595 mm² die: 3.2 x area = 1600.126704 exactly, so an FP8 rate of 200.015838 TOPS
  // has density exactly 3.2 (3A090.b.2). In double, 1600.126704 / 500.039595 = 3.1999999999999997,
  // and a floating-point check would wrongly call the chip outside.
  const as::area a = 500.039595_mm2;
  const as::tpp_headroom h = as::headroom(a, as::market::datacenter);
  CHECK(h.tpp_limit == as::rational{1600126704, 1000000});
  CHECK(*h.max_dense_rate(as::fp8) == 200.015837_tflops);
  const double naive = 1600.126704 / 500.039595;
  CHECK(naive < 3.2);  // the trap the exact arithmetic avoids
  const as::determination at = as::classify(chip_with(as::fp8, 200.015838_tflops, a, as::market::datacenter));
  CHECK(at.eccn == as::eccn::b);
  CHECK(at.clauses.contains(as::clause::b_2));
  CHECK(as::classify(chip_with(as::fp8, 200.015837_tflops, a, as::market::datacenter)).eccn == as::eccn::none);
}

TEST_CASE("headroom rejects bad input and follows the date", "[analysis]") {
  CHECK_THROWS_AS(as::headroom(as::area::from_count(-1), as::market::datacenter), as::error);
  CHECK_THROWS_AS(as::headroom(814_mm2, as::market::unknown), as::error);
  CHECK_THROWS_AS(as::min_die_area(as::tpp_value::from_count(-1), as::market::datacenter), as::error);
  using namespace std::chrono_literals;
  CHECK_FALSE(as::headroom(814_mm2, as::market::datacenter, 2022y / 1 / 1).bounded);
  CHECK(as::headroom(814_mm2, as::market::datacenter, 2023y / 1 / 1).applied == &as::rules::eccn_3a090_2022);
  CHECK(as::headroom(814_mm2, as::market::datacenter, 2024y / 1 / 1).tpp_limit == as::rational{2400});
}
