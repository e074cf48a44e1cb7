// The decider: the evaluator that runs a rule text's clauses (rules/rule.hpp) as comparisons only,
// for eccn_of(), and the inequalities that classify()'s explainer reuses for its verdicts.
//
// The logic is a template parameter: `truth` (Kleene three-valued logic, for inputs that may be
// unknown) or a two-valued logic when every input is known, the common case in a design-space
// sweep, where the clauses compile to a few integer comparisons.
#pragma once

#include <cstdint>
#include <optional>
#include <type_traits>

#include "../detail/arith.hpp"
#include "../metrics/tpp_value.hpp"
#include "../spec/accelerator.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "eccn.hpp"
#include "rule.hpp"
#include "truth.hpp"

namespace accelspec {

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

// Which two-valued logic the common case uses. Measured (docs/performance.md): g++ gains from the
// branch-free `known`, clang is faster with plain short-circuit `bool`. Both run the same texts.
#if defined(__clang__)
using common_logic = bool;
#else
using common_logic = known;
#endif

// The evaluator that decides. With a two-valued Logic the caller guarantees that TPP, a positive
// area and the market are known; an unknown I/O rate (read by the 2022 text only) sets
// `incomplete`, and the caller decides again in three-valued logic.
template <class Logic>
struct decider {
  static constexpr bool kleene = std::is_same_v<Logic, truth>;
  const decision_inputs& in;
  bool incomplete = false;

  [[nodiscard]] constexpr Logic tpp_at_least(tpp_value threshold) const noexcept {
    if constexpr (!kleene) {
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
    if constexpr (!kleene) {
      return Logic{density_holds(threshold)};
    } else {
      if (in.applicable_die_area && in.applicable_die_area->count() == 0) return truth::no;
      if (!in.tpp || !in.applicable_die_area) return truth::unknown;
      return to_truth(density_holds(threshold));
    }
  }
  [[nodiscard]] constexpr Logic density_below(const rational& threshold) const noexcept {
    if constexpr (kleene) {
      if (in.applicable_die_area && in.applicable_die_area->count() == 0) return truth::no;
    }
    return !density_at_least(threshold);
  }
  [[nodiscard]] constexpr Logic io_at_least(data_rate threshold) noexcept {
    if constexpr (!kleene) {
      incomplete = incomplete || !in.io_bandwidth;
      return Logic{in.io_bandwidth && *in.io_bandwidth >= threshold};
    } else {
      return in.io_bandwidth ? to_truth(*in.io_bandwidth >= threshold) : truth::unknown;
    }
  }
  [[nodiscard]] constexpr Logic not_datacenter() const noexcept {
    if constexpr (!kleene) {
      return Logic{in.market == market::other};
    } else {
      return in.market == market::unknown ? truth::unknown : to_truth(in.market == market::other);
    }
  }
  [[nodiscard]] constexpr accelspec::market market() const noexcept { return in.market; }

  // A clause holds when every one of its inequalities holds.
  template <class... Parts>
  [[nodiscard]] constexpr Logic clause(accelspec::clause, Parts... parts) const noexcept {
    return (parts && ...);
  }
};

// Inputs that may be unknown, or a zero area, or a negative value: the general path, out of the
// way of the common one so that the latter stays small enough to inline into a caller's loop.
constexpr eccn_answer decide_general(const decision_inputs& in, const rule& r) {
  if ((in.tpp && in.tpp->count() < 0) || (in.applicable_die_area && in.applicable_die_area->count() < 0) ||
      (in.io_bandwidth && in.io_bandwidth->count() < 0)) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: TPP, die area and I/O bandwidth must not be negative");
  }
  decider<truth> e{in};
  return apply_text(r, e);
}

// The decision: two-valued when TPP, a positive area and the market are known, else three-valued.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide(const decision_inputs& in, const rule& r) {
  const bool common = in.tpp && in.tpp->count() >= 0 && in.applicable_die_area && in.applicable_die_area->count() > 0 &&
                      in.market != market::unknown && (!in.io_bandwidth || in.io_bandwidth->count() >= 0);
  if (common) {
    decider<common_logic> e{in};
    const eccn_answer out = apply_text(r, e);
    if (!e.incomplete) return out;
  }
  return decide_general(in, r);
}

}  // namespace detail
}  // namespace accelspec
