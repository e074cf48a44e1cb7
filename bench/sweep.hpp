// The design-space sweeps shared by the run-time benchmark and its ctest pass: the points, the
// bare hand-written classifier (the floor) and the public-API paths, all answering an
// eccn_answer so that every point can be checked for agreement.
#pragma once

#include <accelspec/accelspec.hpp>

#include <cstdint>

namespace accelspec::bench {

// A point of the metrics sweep: what a designer varies when asking "how much TPP on how much
// area": a TPP count (10^-6 TPP), an applicable die area in µm² and the market.
struct metrics_point {
  std::int64_t tpp_count = 0;
  std::int64_t area_um2 = 0;
  bool datacenter = true;
};

// A point of the spec sweep: a chip with a 16-bit matrix unit, an 8-bit integer unit, one
// non-planar logic die and a market. Rates are dense rate counts (10^6 op/s).
struct spec_point {
  std::int64_t fp16_count = 0;
  std::int64_t int8_count = 0;
  std::int64_t area_um2 = 0;
  bool datacenter = true;
};

// The i-th spec point. A cheap integer mix spreads the points over FP16 20..420 TOPS, INT8 at
// 0.5..2.5 x the FP16 rate, 100..900 mm² and both markets (one in four not for datacenters), so
// every outcome of the 2023 text (none, .a.1, .a.2, .b.1, .b.2, the note) occurs many times.
constexpr spec_point sweep_spec(std::uint64_t i) noexcept {
  std::uint64_t x = (i + 1) * 0x9E3779B97F4A7C15ull;
  x ^= x >> 29;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 32;
  spec_point p;
  p.fp16_count = 20'000'000 + static_cast<std::int64_t>(x % 400'001u) * 1000;
  x /= 400'001u;
  p.int8_count = p.fp16_count / 2 + static_cast<std::int64_t>(x % 5u) * (p.fp16_count / 2);
  x /= 5u;
  p.area_um2 = 100'000'000 + static_cast<std::int64_t>(x % 800'001u) * 1000;
  x /= 800'001u;
  p.datacenter = x % 4u != 0;
  return p;
}

// The TPP of a spec point by hand: each unit's rate times its bit length, the higher one counts.
constexpr std::int64_t tpp_by_hand(const spec_point& p) noexcept {
  const std::int64_t t16 = p.fp16_count * 16, t8 = p.int8_count * 8;
  return t16 > t8 ? t16 : t8;
}

// The i-th metrics point: the TPP and area of the i-th spec point (TPP 320..8400, 100..900 mm²).
constexpr metrics_point sweep_metrics(std::uint64_t i) noexcept {
  const spec_point s = sweep_spec(i);
  return {tpp_by_hand(s), s.area_um2, s.datacenter};
}

// The floor: the 2023 text's inequalities written by hand on integers, answering in the same
// type as eccn_of() so that no path pays for a conversion. TPP counts are 10^-6 TPP and areas µm²,
// so density >= n/d is tpp * d >= n * area (no overflow in the sweep's range).
constexpr eccn_answer classify_by_hand(const metrics_point& p) noexcept {
  const std::int64_t tpp = p.tpp_count, a = p.area_um2;
  constexpr std::int64_t m = 1'000'000;  // counts per TPP
  const bool d_592 = tpp * 25 >= 148 * a, d_32 = tpp * 5 >= 16 * a, d_16 = tpp * 5 >= 8 * a;
  const bool a1 = tpp >= 4800 * m;
  const bool a2 = tpp >= 1600 * m && d_592;
  const bool b1 = tpp >= 2400 * m && tpp < 4800 * m && d_16 && !d_592;
  const bool b2 = tpp >= 1600 * m && d_32 && !d_592;
  const bool note = !p.datacenter && tpp < 4800 * m;
  const bool in_a = a1 || a2;
  eccn_answer out;
  if (in_a && !note) {
    out.eccn = eccn::a;
    if (a1) out.clauses.insert(clause::a_1);
    if (a2) out.clauses.insert(clause::a_2);
    out.nac_aca = !p.datacenter;
  } else if (!in_a && (b1 || b2) && !note) {
    out.eccn = eccn::b;
    if (b1) out.clauses.insert(clause::b_1);
    if (b2) out.clauses.insert(clause::b_2);
    out.nac_aca = p.datacenter;
  }
  return out;
}

constexpr eccn_answer classify_by_hand(const spec_point& p) noexcept {
  return classify_by_hand(metrics_point{tpp_by_hand(p), p.area_um2, p.datacenter});
}

// The spec of a point, as a user's sweep would write it.
constexpr accelerator chip_of(const spec_point& p) {
  return accelerator{
      .market = p.datacenter ? market::datacenter : market::other,
      .compute = {dense(number_format::fp16, dense_rate::from_count(p.fp16_count)),
                  dense(number_format::int8, dense_rate::from_count(p.int8_count))},
      .dies = {die{.area = area::from_count(p.area_um2), .transistors = transistor_architecture::non_planar}},
  };
}

// The public API on a spec: classify() with its full determination (its decision fields kept).
constexpr eccn_answer classify_by_api(const spec_point& p) {
  const determination d = classify(chip_of(p), rules::eccn_3a090_2023);
  return {.eccn = d.eccn, .clauses = d.clauses, .undecided = d.undecided, .nac_aca = d.nac_aca};
}

// The lean public path on a spec: eccn_of() (no findings, no reasons).
constexpr eccn_answer classify_by_fast_path(const spec_point& p) { return eccn_of(chip_of(p), rules::eccn_3a090_2023); }

// The lean public path on metrics: eccn_of() on TPP, applicable die area and market.
constexpr eccn_answer classify_by_fast_path(const metrics_point& p) {
  return eccn_of(decision_inputs{.tpp = tpp_value::from_count(p.tpp_count),
                                 .applicable_die_area = area::from_count(p.area_um2),
                                 .market = p.datacenter ? market::datacenter : market::other},
                 rules::eccn_3a090_2023);
}

}  // namespace accelspec::bench
