// Design headroom: classification run backwards.
//
// A designer holding a die asks "how much dense compute may it have and stay outside 3A090.a
// and .b?"; one holding a compute target asks "how large must the die be?". Both answers follow
// from the clauses of the rule and nothing else, so they are computed from the rule's thresholds,
// exactly, and must agree with classify() at every point (tests/analysis checks this by sweeping).
//
// How the staircase arises (88 FR 73458, 3A090.a and .b as revised in October 2023). For a fixed
// applicable die area A, performance density is TPP / A, so every density condition "d_min <=
// TPP/A < d_max" is the TPP interval [d_min*A, d_max*A). Each clause is then one half-open TPP
// interval (its TPP interval intersected with its density interval):
//   a.1  [4800, inf)
//   a.2  [max(1600, 5.92 A), inf)
//   b.1  [max(2400, 1.6 A), min(4800, 5.92 A))
//   b.2  [max(1600, 3.2 A), 5.92 A)
// A chip is outside .a and .b below the lowest start of a non-empty interval, and inside at that
// start. That start is the exclusive TPP bound; for a datacenter die it climbs in steps with A:
// 1600 below 500 mm², then 3.2 A up to 750 mm², 2400 up to 1500 mm², 1.6 A up to 3000 mm², and
// 4800 beyond. An 814 mm² die therefore has a bound of 2400, which the H20 (TPP 2368) meets.
// The note to 3A090.a and .b (not designed or marketed for datacenters, TPP below 4800) moves the
// start of every interval to 4800 for such chips, and .a is read before .b, as classify() does.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstdint>
#include <optional>

#include "../metrics/tpp.hpp"
#include "../rules/eccn.hpp"
#include "../rules/rule.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/number_format.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"

namespace accelspec {

namespace detail {

inline constexpr std::int64_t um2_per_mm2 = 1'000'000;

constexpr rational area_in_mm2(area a) { return rational{a.count(), um2_per_mm2}; }

// The smallest whole count strictly above a value, and the largest strictly below it.
constexpr std::int64_t count_above(const rational& r) { return checked_add(r.floor(), 1); }
constexpr std::int64_t count_below(const rational& r) { return checked_sub(r.ceil(), 1); }

// One clause as a half-open interval [lo, hi) of TPP (hi absent: unbounded above).
struct tpp_interval {
  clause which{};
  bool is_a = false;  // a paragraph .a clause (read before .b)
  rational lo{};
  std::optional<rational> hi{};
  bool possible = true;  // false: the clause cannot be met at all (e.g. a density clause without area)

  [[nodiscard]] constexpr bool empty() const { return !possible || (hi && !(lo < *hi)); }
  [[nodiscard]] constexpr bool contains(const rational& t) const { return !empty() && lo <= t && (!hi || t < *hi); }
};

constexpr rational max_of(const rational& x, const rational& y) { return x < y ? y : x; }
constexpr rational min_of(const rational& x, const rational& y) { return x < y ? x : y; }

struct clause_intervals {
  tpp_interval items[4]{};
  int size = 0;
};

// The clauses of a rule as TPP intervals for one applicable area (in mm²) and market. `io_prong` is whether the
// 2022 text's I/O condition holds (only that text has one).
constexpr clause_intervals intervals_for(const rule& r, const rational& a_mm2, bool has_density, market m,
                                         bool io_prong) {
  clause_intervals out;
  if (r.text == rule_text::original_2022) {
    // 87 FR 62186, 3A090.a: I/O of 600 GB/s or more AND bit length x TOPS of 4800 or more.
    out.items[out.size++] = {clause::a_2022, true, r.original.tpp.value(), std::nullopt, io_prong};
    return out;
  }
  const thresholds_2023& th = r.revised;
  out.items[out.size++] = {clause::a_1, true, th.a1_tpp.value(), std::nullopt, true};
  out.items[out.size++] = {clause::a_2, true, max_of(th.a2_tpp.value(), th.a2_density * a_mm2), std::nullopt,
                           has_density};
  out.items[out.size++] = {clause::b_1, false, max_of(th.b1_tpp_min.value(), th.b1_density_min * a_mm2),
                           min_of(th.b1_tpp_max.value(), th.b1_density_max * a_mm2), has_density};
  out.items[out.size++] = {clause::b_2, false, max_of(th.b2_tpp.value(), th.b2_density_min * a_mm2),
                           th.b2_density_max * a_mm2, has_density};
  if (m == market::other) {
    // Note to 3A090.a and .b: a chip not designed or marketed for datacenters with TPP below
    // 4800 is not described by .a or .b, so only TPP at or above 4800 can be inside.
    for (int i = 0; i < out.size; ++i) out.items[i].lo = max_of(out.items[i].lo, th.note_tpp.value());
  }
  return out;
}

// The clauses a chip at TPP t meets, .a first: when an .a clause holds, .b clauses are not
// reported (3A090.b describes only items not described by .a).
constexpr clause_set clauses_at(const clause_intervals& iv, const rational& t) {
  clause_set a, b;
  for (int i = 0; i < iv.size; ++i) {
    if (!iv.items[i].contains(t)) continue;
    (iv.items[i].is_a ? a : b).insert(iv.items[i].which);
  }
  return a.empty() ? b : a;
}

}  // namespace detail

// The answer to "how much TPP may a die of this area have and stay outside 3A090.a and .b?".
struct tpp_headroom {
  const rule* applied = nullptr;  // nullptr: no 3A090 rule in force on the date asked
  area applicable_die_area{};
  accelspec::market market = accelspec::market::datacenter;
  // false: no TPP brings the chip inside (no rule in force, or the 2022 text with I/O below
  // 600 GB/s: the A800's design).
  bool bounded = false;
  // Exclusive bound: every TPP below it is outside .a and .b, a TPP equal to it is inside.
  rational tpp_limit{};
  clause_set binding{};  // the clauses a chip with TPP exactly tpp_limit meets

  // Whether a TPP stays outside .a and .b.
  [[nodiscard]] constexpr bool keeps_outside(tpp_value t) const { return !bounded || t < tpp_limit; }

  // The largest TPP (at the library's resolution of 10^-6) that stays outside.
  [[nodiscard]] constexpr std::optional<tpp_value> max_tpp() const {
    if (!bounded) return std::nullopt;
    return tpp_value::from_count(detail::count_below(tpp_limit * rational{tpp_value::per_unit}));
  }

  // The exclusive bound on the dense rate of one format, in TOPS: tpp_limit / bit length.
  [[nodiscard]] constexpr std::optional<rational> dense_limit(number_format f,
                                                              tf32_reading tf32 = tf32_reading::container_32) const {
    if (!bounded) return std::nullopt;
    return tpp_limit / rational{bit_length(f, tf32)};
  }

  // The largest dense rate of one format (at 10^-6 TOPS) whose TPP stays below the bound: the
  // most a single matrix unit running that format may deliver.
  [[nodiscard]] constexpr std::optional<dense_rate> max_dense_rate(
      number_format f, tf32_reading tf32 = tf32_reading::container_32) const {
    if (!bounded) return std::nullopt;
    const rational counts = tpp_limit * rational{dense_rate::kind::per_display} / rational{bit_length(f, tf32)};
    return dense_rate::from_count(detail::count_below(counts));
  }
};

// Headroom of a die under a rule. `applicable_die_area` is the non-planar logic area (zero for a
// chip whose logic is all planar). `io_bandwidth` matters only under the 2022 text; unknown is
// read as meeting its 600 GB/s prong, the reading that never overstates the headroom.
constexpr tpp_headroom headroom(area applicable_die_area, market m, const rule& r = rules::latest,
                                std::optional<data_rate> io_bandwidth = std::nullopt) {
  if (applicable_die_area.count() < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: headroom needs an area >= 0");
  if (m == market::unknown) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: headroom needs a market (datacenter or other), not unknown");
  }
  tpp_headroom h{.applied = &r, .applicable_die_area = applicable_die_area, .market = m};
  const bool io_prong = !io_bandwidth || *io_bandwidth >= r.original.io_bandwidth;
  // An applicable area of zero (planar logic only) has no density: no density clause is met.
  const detail::clause_intervals iv =
      detail::intervals_for(r, detail::area_in_mm2(applicable_die_area), applicable_die_area.count() > 0, m, io_prong);
  for (int i = 0; i < iv.size; ++i) {
    const detail::tpp_interval& c = iv.items[i];
    if (c.empty()) continue;
    if (!h.bounded || c.lo < h.tpp_limit) h.tpp_limit = c.lo;
    h.bounded = true;
  }
  if (h.bounded) h.binding = detail::clauses_at(iv, h.tpp_limit);
  return h;
}

// Headroom under the rule in force on a date (unbounded before the first 3A090 took effect).
constexpr tpp_headroom headroom(area applicable_die_area, market m, std::chrono::year_month_day date,
                                std::optional<data_rate> io_bandwidth = std::nullopt) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return headroom(applicable_die_area, m, *r, io_bandwidth);
  if (applicable_die_area.count() < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: headroom needs an area >= 0");
  return tpp_headroom{.applied = nullptr, .applicable_die_area = applicable_die_area, .market = m};
}

// Which paragraphs the inverse question keeps a chip out of.
enum class outside_of : std::uint8_t {
  paragraph_a,  // outside 3A090.a (it may still be 3A090.b)
  a_and_b,      // outside both
};

// The answer to "how large must the applicable die area be for this TPP to stay outside?".
// For a fixed TPP T each density clause holds on the area interval (T/d_max, T/d_min] (larger
// dies are less dense), so the smallest area that keeps the chip outside lies just above the
// largest T/d_min among the clauses whose TPP condition T meets.
struct area_headroom {
  enum class kind : std::uint8_t {
    any_area,    // every applicable area keeps it outside
    area_above,  // outside at every area above min_area_mm2, inside at exactly that area
    no_area,     // no area keeps it outside (a clause without a density condition holds)
  };
  const rule* applied = nullptr;
  tpp_value tpp{};
  accelspec::market market = accelspec::market::datacenter;
  outside_of goal = outside_of::a_and_b;
  kind result = kind::any_area;
  rational min_area_mm2{};  // area_above: exclusive lower bound, in mm²
  clause_set binding{};     // area_above: clauses met at exactly min_area_mm2; no_area: the clauses that hold
  bool io_prong = true;     // 2022 text: whether the I/O prong was taken as met

  // The smallest whole number of µm² above the bound (area_above), zero (any_area) or nullopt.
  [[nodiscard]] constexpr std::optional<area> smallest_area() const {
    if (result == kind::no_area) return std::nullopt;
    if (result == kind::any_area) return area{};
    return area::from_count(detail::count_above(min_area_mm2 * rational{detail::um2_per_mm2}));
  }
};

namespace detail {

// The upper end T/d_min of the area interval on which a density clause holds; nullopt when the
// clause has no density condition (it then holds at every area, zero included).
struct area_condition {
  clause which{};
  bool tpp_met = false;
  std::optional<rational> density_min{};
};

constexpr area_headroom area_headroom_for(const rule& r, tpp_value t, market m, outside_of goal, bool io_prong) {
  area_headroom out{.applied = &r, .tpp = t, .market = m, .goal = goal, .io_prong = io_prong};
  area_condition conds[4]{};
  int n = 0;
  if (r.text == rule_text::original_2022) {
    conds[n++] = {clause::a_2022, io_prong && t >= r.original.tpp, std::nullopt};
  } else {
    const thresholds_2023& th = r.revised;
    // The note takes a non-datacenter chip below 4800 out of .a and .b whatever its area.
    const bool note = m == market::other && t < th.note_tpp;
    conds[n++] = {clause::a_1, !note && t >= th.a1_tpp, std::nullopt};
    conds[n++] = {clause::a_2, !note && t >= th.a2_tpp, th.a2_density};
    if (goal == outside_of::a_and_b) {
      conds[n++] = {clause::b_1, !note && t >= th.b1_tpp_min && t < th.b1_tpp_max, th.b1_density_min};
      conds[n++] = {clause::b_2, !note && t >= th.b2_tpp, th.b2_density_min};
    }
  }
  bool bounded = false;
  for (int i = 0; i < n; ++i) {
    const area_condition& c = conds[i];
    // A density below d_min needs T > 0; a zero TPP has density zero and meets no density clause.
    if (!c.tpp_met || (c.density_min && t.count() == 0)) continue;
    if (!c.density_min) {
      out.result = area_headroom::kind::no_area;
      out.binding.insert(c.which);
      continue;
    }
    const rational upper = t.value() / *c.density_min;
    if (!bounded || out.min_area_mm2 < upper) out.min_area_mm2 = upper;
    bounded = true;
  }
  if (out.result == area_headroom::kind::no_area) {
    out.min_area_mm2 = rational{};
    return out;
  }
  if (!bounded) return out;
  out.result = area_headroom::kind::area_above;
  // What a chip of exactly that area meets, read through the same intervals as headroom().
  const clause_intervals iv = intervals_for(r, out.min_area_mm2, true, m, io_prong);
  const clause_set at = clauses_at(iv, t.value());
  for (const clause c : clause_set::all) {
    const bool counts = goal == outside_of::a_and_b || c == clause::a_1 || c == clause::a_2 || c == clause::a_2022;
    if (counts && at.contains(c)) out.binding.insert(c);
  }
  return out;
}

// Whether a TPP at an applicable area meets none of the clauses `goal` names.
constexpr bool outside_at(const rule& r, tpp_value t, area a, market m, outside_of goal, bool io_prong) {
  const clause_intervals iv = intervals_for(r, area_in_mm2(a), a.count() > 0, m, io_prong);
  for (int i = 0; i < iv.size; ++i) {
    if ((goal == outside_of::a_and_b || iv.items[i].is_a) && iv.items[i].contains(t.value())) return false;
  }
  return true;
}

}  // namespace detail

// Whether the chip of an inverse question stays outside at a given applicable area, decided by
// the clauses themselves (an area of zero, planar logic only, has no density).
constexpr bool keeps_outside(const area_headroom& h, area a) {
  if (h.applied == nullptr) return true;
  return detail::outside_at(*h.applied, h.tpp, a, h.market, h.goal, h.io_prong);
}

// The smallest applicable die area that keeps a TPP outside .a, or outside .a and .b.
constexpr area_headroom min_die_area(tpp_value t, market m, outside_of goal = outside_of::a_and_b,
                                     const rule& r = rules::latest,
                                     std::optional<data_rate> io_bandwidth = std::nullopt) {
  if (t.count() < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: min_die_area needs a TPP >= 0");
  if (m == market::unknown) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: min_die_area needs a market (datacenter or other), not unknown");
  }
  const bool io_prong = !io_bandwidth || *io_bandwidth >= r.original.io_bandwidth;
  return detail::area_headroom_for(r, t, m, goal, io_prong);
}

}  // namespace accelspec
