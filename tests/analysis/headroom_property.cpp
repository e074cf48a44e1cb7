// The headroom solver must agree with classify() everywhere: a sweep over die areas, markets,
// rules and number formats checks that the largest rate under the bound classifies outside 3A090.a
// and .b, one count more classifies inside, a chip exactly at the bound meets the binding clauses,
// and every TPP above the bound is inside (the outside set is exactly [0, bound)). The bound itself
// and every classification are also checked against an independent reference written from the
// rule text (support/reference_3a090.hpp), so a wrong threshold shared by headroom() and
// classify() fails here.
#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "reference_3a090.hpp"

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

// Bit lengths from the TPP definition (container width; TF32 as a 32-bit container), written here
// rather than read from the library.
int reference_bits(as::number_format f) {
  if (f == as::fp8) return 8;
  if (f == as::fp16) return 16;
  if (f == as::int4) return 4;
  if (f == as::fp64) return 64;
  if (f == as::tf32 || f == as::int32) return 32;
  if (f == as::fp6) return 6;
  return -1;
}

reference::market reference_market(as::market m) {
  return m == as::market::datacenter ? reference::market::datacenter : reference::market::other;
}

bool reference_inside(std::int64_t tpp_count, std::int64_t area_um2, as::market m, const as::rule& r,
                      std::optional<as::data_rate> io, std::int64_t q = 1) {
  if (r.text == as::rule_text::original_2022) {
    return io && io->count() >= reference::io_600 &&
           static_cast<reference::i128>(tpp_count) >= static_cast<reference::i128>(4800) * reference::tpp_unit * q;
  }
  const reference::answer a = reference::decide_2023(tpp_count, area_um2, reference_market(m), q);
  return a.eccn == as::eccn::a || a.eccn == as::eccn::b;
}

// The reference bound: inside-ness changes only at the rule's lines, TPP 1600, 2400, 4800 and
// density x area for 1.6, 3.2, 5.92, so the smallest line at which the reference is inside is
// the bound (a TPP of p / q counts, as a fraction). nullopt: nothing is inside.
std::optional<std::pair<std::int64_t, std::int64_t>> reference_bound(std::int64_t area_um2, as::market m,
                                                                     const as::rule& r,
                                                                     std::optional<as::data_rate> io) {
  std::vector<std::pair<std::int64_t, std::int64_t>> lines{
      {1600 * reference::tpp_unit, 1}, {2400 * reference::tpp_unit, 1}, {4800 * reference::tpp_unit, 1}};
  for (const reference::fraction f : {reference::d_1_6, reference::d_3_2, reference::d_5_92}) {
    lines.emplace_back(f.num * area_um2, f.den);  // density f at this area: TPP = f x area
  }
  std::optional<std::pair<std::int64_t, std::int64_t>> best;
  for (const auto& [p, q] : lines) {
    if (!reference_inside(p, area_um2, m, r, io, q)) continue;
    if (!best || static_cast<reference::i128>(p) * best->second < static_cast<reference::i128>(best->first) * q) {
      best = {p, q};
    }
  }
  return best;
}

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
        const auto ref_bound = reference_bound(count, m, *cr.rule, cr.io);
        REQUIRE(h.bounded == ref_bound.has_value());
        if (ref_bound) {
          // tpp_limit is in TPP; the reference bound is p / q counts of 10^-6 TPP.
          CHECK(h.tpp_limit == as::rational{ref_bound->first, ref_bound->second} / as::rational{reference::tpp_unit});
        }
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
          // headroom() reads TF32 as 32 bits (its default), so classify reads it the same way.
          constexpr as::classify_options as32{.tf32 = as::tf32_reading::container_32};
          CHECK(as::classify(chip_with(f, below, a, m, cr.io), *cr.rule, as32).eccn == as::eccn::none);
          CHECK(inside(as::classify(chip_with(f, next, a, m, cr.io), *cr.rule, as32)));
          // The reference: the largest rate under the bound is outside, one count more inside.
          const int bits = reference_bits(f);
          REQUIRE(bits > 0);
          CHECK_FALSE(reference_inside(below.count() * bits, count, m, *cr.rule, cr.io));
          CHECK(reference_inside(next.count() * bits, count, m, *cr.rule, cr.io));
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
        // The same question put to the reference, with the TPP written as rate x 8 here.
        const auto reference_outside = [&](std::int64_t area_um2) {
          const as::eccn e = reference::decide_2023(r.count() * 8, area_um2, reference_market(m)).eccn;
          return goal == as::outside_of::a_and_b ? e == as::eccn::none : e != as::eccn::a;
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
        CHECK(reference_outside(smallest.count()));
        CHECK_FALSE(reference_outside(smallest.count() - 1));
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
