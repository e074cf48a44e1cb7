// The decision of ECCN 3A090 from its metrics: the clause logic of every vintage, written once.
//
// Both classify() (which adds the explanation) and eccn_of() (the lean form for hot loops) call
// these templates, so the two can never disagree. The logic is a template over its logic type:
// `truth` (Kleene three-valued logic, for inputs that may be unknown) or a two-valued logic when
// every input is known, the common case in a design-space sweep.
#pragma once

#include <cstdint>
#include <optional>
#include <type_traits>

#include "../detail/arith.hpp"
#include "../metrics/tpp.hpp"
#include "../spec/accelerator.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "eccn.hpp"
#include "rule.hpp"
#include "truth.hpp"

// The common-case decision is a few integer comparisons; forcing it inline into the caller's loop
// lets the compiler fold the rule's thresholds into immediates, which is most of the gap to
// hand-written code (see docs/performance.md). Without the attribute it is an ordinary inline.
// ACCELSPEC_PORTABLE selects the standard-C++ branch of every compiler-specific #if (CI builds
// and tests that configuration: the gcc12-portable preset).
#if (defined(__GNUC__) || defined(__clang__)) && !defined(ACCELSPEC_PORTABLE)
#define ACCELSPEC_DETAIL_HOT [[gnu::always_inline]]
#else
#define ACCELSPEC_DETAIL_HOT
#endif

namespace accelspec {

// The decision of a classification without its explanation.
struct eccn_answer {
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};    // clauses of the determined paragraph that are met
  clause_set undecided{};  // clauses that cannot be decided because an input is unknown
  bool nac_aca = false;    // eligible for License Exception NAC/ACA
  friend constexpr bool operator==(const eccn_answer&, const eccn_answer&) = default;
};

// The metrics the rules read, each possibly unknown: what a design-space sweep varies directly
// when it explores TPP and die area rather than whole specs.
struct decision_inputs {
  std::optional<tpp_value> tpp{};
  std::optional<area> applicable_die_area{};  // a known zero: all logic is planar (no density)
  std::optional<data_rate> io_bandwidth{};    // read by the 2022 text only
  accelspec::market market = accelspec::market::unknown;
};

namespace detail {

// a * b >= c * d, exact. With a native 128-bit integer this is two multiplications; elsewhere
// the portable compare_products() gives the same answer.
constexpr bool product_at_least(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) noexcept {
#if defined(__SIZEOF_INT128__) && !defined(ACCELSPEC_PORTABLE)
  __extension__ using wide = __int128;
  return static_cast<wide>(a) * b >= static_cast<wide>(c) * d;
#else
  return compare_products(a, b, c, d) >= 0;
#endif
}

// The clause logic is written once, as a template over its logic type: `truth` (Kleene logic,
// for inputs that may be unknown) or a two-valued logic when every input is known (the common case
// in a sweep). The same expressions decide all of them. `known` is two-valued logic whose && and ||
// do not short-circuit (overloaded operators never do), so the decision compiles to integer
// comparisons combined without branches.
struct known {
  bool value = false;
  friend constexpr known operator&&(known a, known b) noexcept { return {static_cast<bool>(a.value & b.value)}; }
  friend constexpr known operator||(known a, known b) noexcept { return {static_cast<bool>(a.value | b.value)}; }
  friend constexpr known operator!(known a) noexcept { return {!a.value}; }
};
// Which two-valued logic the common case uses. Measured (docs/performance.md): g++ gains from the
// branch-free form, clang 14 is faster with plain short-circuit `bool`. Both run the same template.
#if defined(__clang__)
using common_logic = bool;
#else
using common_logic = known;
#endif

constexpr bool is_yes(bool b) noexcept { return b; }
constexpr bool is_unknown(bool) noexcept { return false; }
constexpr bool is_no(bool b) noexcept { return !b; }
constexpr bool is_yes(known k) noexcept { return k.value; }
constexpr bool is_yes(truth t) noexcept { return t == truth::yes; }
constexpr bool is_unknown(known) noexcept { return false; }
constexpr bool is_unknown(truth t) noexcept { return t == truth::unknown; }
constexpr bool is_no(known k) noexcept { return !k.value; }
constexpr bool is_no(truth t) noexcept { return t == truth::no; }

// The inequalities of the rule on the inputs. With a two-valued Logic (`known` or `bool`) the
// caller guarantees that TPP, a positive area and the market are known.
template <class Logic>
struct comparisons {
  const decision_inputs& in;

  [[nodiscard]] constexpr Logic tpp_at_least(tpp_value threshold) const noexcept {
    if constexpr (!std::is_same_v<Logic, truth>) {
      return Logic{*in.tpp >= threshold};
    } else {
      return in.tpp ? to_truth(*in.tpp >= threshold) : truth::unknown;
    }
  }
  [[nodiscard]] constexpr Logic tpp_below(tpp_value threshold) const noexcept { return !tpp_at_least(threshold); }

  // Density (TPP count / area count, both in 10^-6 units) >= threshold, without forming the
  // reduced rational: t * den >= num * a, exact. A known zero area (all logic planar) has no
  // density and meets no density clause, neither "at least" nor "below".
  [[nodiscard]] constexpr bool density_holds(const rational& threshold) const noexcept {
    return product_at_least(in.tpp->count(), threshold.denominator(), threshold.numerator(),
                            in.applicable_die_area->count());
  }
  [[nodiscard]] constexpr Logic density_at_least(const rational& threshold) const noexcept {
    if constexpr (!std::is_same_v<Logic, truth>) {
      return Logic{density_holds(threshold)};
    } else {
      if (in.applicable_die_area && in.applicable_die_area->count() == 0) return truth::no;
      if (!in.tpp || !in.applicable_die_area) return truth::unknown;
      return to_truth(density_holds(threshold));
    }
  }
  [[nodiscard]] constexpr Logic density_below(const rational& threshold) const noexcept {
    if constexpr (std::is_same_v<Logic, truth>) {
      if (in.applicable_die_area && in.applicable_die_area->count() == 0) return truth::no;
    }
    return !density_at_least(threshold);
  }
  [[nodiscard]] constexpr Logic not_datacenter() const noexcept {
    if constexpr (!std::is_same_v<Logic, truth>) {
      return Logic{in.market == market::other};
    } else {
      return in.market == market::unknown ? truth::unknown : to_truth(in.market == market::other);
    }
  }
};

template <class Logic>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_2022(const thresholds_2022& th, const decision_inputs& in) noexcept {
  const comparisons<Logic> c{in};
  Logic io{};
  if constexpr (!std::is_same_v<Logic, truth>) {
    io = Logic{*in.io_bandwidth >= th.io_bandwidth};
  } else {
    io = in.io_bandwidth ? to_truth(*in.io_bandwidth >= th.io_bandwidth) : truth::unknown;
  }
  const Logic a = io && c.tpp_at_least(th.tpp);
  eccn_answer out;
  if (is_yes(a)) {
    out.eccn = eccn::a;
    out.clauses.insert(clause::a_2022);
  } else if (is_unknown(a)) {
    out.eccn = eccn::undecided;
    out.undecided.insert(clause::a_2022);
  }
  return out;
}

template <class Logic>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_2023(const thresholds_2023& th, const decision_inputs& in) noexcept {
  const comparisons<Logic> c{in};
  const Logic a1 = c.tpp_at_least(th.a1_tpp);
  const Logic a2 = c.tpp_at_least(th.a2_tpp) && c.density_at_least(th.a2_density);
  const Logic b1 = c.tpp_at_least(th.b1_tpp_min) && c.tpp_below(th.b1_tpp_max) &&
                   c.density_at_least(th.b1_density_min) && c.density_below(th.b1_density_max);
  const Logic b2 =
      c.tpp_at_least(th.b2_tpp) && c.density_at_least(th.b2_density_min) && c.density_below(th.b2_density_max);
  // The note: "not designed or marketed for use in datacenters" and TPP below 4800.
  const Logic note = c.not_datacenter() && c.tpp_below(th.note_tpp);

  // .a is evaluated first; .b describes only what .a does not; the note takes a chip out of both.
  const Logic in_a = a1 || a2;
  const Logic b1_effective = b1 && !in_a;
  const Logic b2_effective = b2 && !in_a;
  const Logic in_b = b1_effective || b2_effective;
  const Logic controlled_a = in_a && !note;
  const Logic controlled_b = in_b && !note;

  eccn_answer out;
  if (is_yes(controlled_a)) {
    out.eccn = eccn::a;
    if (is_yes(a1)) out.clauses.insert(clause::a_1);
    if (is_yes(a2)) out.clauses.insert(clause::a_2);
    // LE NAC/ACA line: 3A090.a items not designed or marketed for datacenters.
    out.nac_aca = in.market == market::other;
  } else if (is_unknown(controlled_a)) {
    out.eccn = eccn::undecided;
  } else if (is_yes(controlled_b)) {
    out.eccn = eccn::b;
    if (is_yes(b1_effective)) out.clauses.insert(clause::b_1);
    if (is_yes(b2_effective)) out.clauses.insert(clause::b_2);
    // LE NAC/ACA line: 3A090.b items designed or marketed for datacenters.
    out.nac_aca = in.market == market::datacenter;
  } else if (is_unknown(controlled_b)) {
    out.eccn = eccn::undecided;
  }
  if (is_unknown(a1)) out.undecided.insert(clause::a_1);
  if (is_unknown(a2)) out.undecided.insert(clause::a_2);
  if (is_unknown(b1_effective)) out.undecided.insert(clause::b_1);
  if (is_unknown(b2_effective)) out.undecided.insert(clause::b_2);
  if (is_unknown(note) && (!is_no(in_a) || !is_no(in_b))) out.undecided.insert(clause::non_datacenter_note);
  return out;
}

// Inputs that may be unknown, or a zero area, or a negative value: the general path, out of the
// way of the common one so that the latter stays small enough to inline into a caller's loop.
constexpr eccn_answer decide_general(const decision_inputs& in, const rule& r) {
  if ((in.tpp && in.tpp->count() < 0) || (in.applicable_die_area && in.applicable_die_area->count() < 0) ||
      (in.io_bandwidth && in.io_bandwidth->count() < 0)) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: TPP, die area and I/O bandwidth must not be negative");
  }
  return r.text == rule_text::original_2022 ? decide_2022<truth>(r.original, in) : decide_2023<truth>(r.revised, in);
}
}  // namespace detail
}  // namespace accelspec
