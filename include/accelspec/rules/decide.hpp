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

// The evaluator that decides. The inputs are unpacked once into plain integers and flags, so
// each inequality is a comparison or two, in a constant expression as at run time. With a
// two-valued Logic the caller guarantees that TPP, a positive area and the market are known; an
// unknown I/O rate (read by the 2022 text only) sets `incomplete`, and the caller decides again
// in three-valued logic.
template <class Logic>
struct decider {
  static constexpr bool kleene = std::is_same_v<Logic, truth>;
  bool tpp_known = false, area_known = false, io_known = false;
  std::int64_t tpp = 0, area = 0, io = 0;  // counts: 10^-6 TPP, µm², B/s
  accelspec::market chip_market = accelspec::market::unknown;
  bool incomplete = false;

  constexpr explicit decider(const decision_inputs& in) noexcept : chip_market(in.market) {
    if (in.tpp) {
      tpp_known = true;
      tpp = in.tpp->count();
    }
    if (in.applicable_die_area) {
      area_known = true;
      area = in.applicable_die_area->count();
    }
    if (in.io_bandwidth) {
      io_known = true;
      io = in.io_bandwidth->count();
    }
  }

  // Each inequality is one expression per logic: in a constant evaluation every statement and
  // call is a step against the compiler's limit.
  static constexpr Logic of(bool holds) noexcept {
    if constexpr (kleene) {
      return holds ? truth::yes : truth::no;
    } else {
      return Logic{holds};
    }
  }
  // Kleene: unknown when `known` is false, else the verdict.
  static constexpr Logic given(bool known, bool holds) noexcept {
    if constexpr (kleene) {
      return !known ? truth::unknown : holds ? truth::yes : truth::no;
    } else {
      return Logic{holds};
    }
  }

  [[nodiscard]] constexpr Logic tpp_at_least(tpp_value threshold) const noexcept {
    return given(tpp_known, tpp >= threshold.count());
  }
  [[nodiscard]] constexpr Logic tpp_below(tpp_value threshold) const noexcept {
    return given(tpp_known, tpp < threshold.count());
  }

  // Density (TPP count / area count, both in 10^-6 units) >= threshold, without forming the
  // reduced rational: t * den >= num * a, exact. A known zero area (all logic planar) has no
  // density and meets no density clause, neither "at least" nor "below".
  [[nodiscard]] constexpr Logic density_at_least(const rational& threshold) const noexcept {
    if constexpr (kleene) {
      if (area_known && area == 0) return truth::no;
    }
    return given(tpp_known && area_known,
                 product_at_least(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic density_below(const rational& threshold) const noexcept {
    if constexpr (kleene) {
      if (area_known && area == 0) return truth::no;
    }
    return given(tpp_known && area_known,
                 !product_at_least(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic io_at_least(data_rate threshold) noexcept {
    if constexpr (!kleene) incomplete = incomplete || !io_known;
    return given(io_known, io >= threshold.count());
  }
  [[nodiscard]] constexpr Logic not_datacenter() const noexcept {
    return given(chip_market != market::unknown, chip_market == market::other);
  }
  [[nodiscard]] constexpr accelspec::market market() const noexcept { return chip_market; }

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
  decider<truth> e(in);
  return apply_text(r, e);
}

// The decision: two-valued when TPP, a positive area and the market are known, else three-valued.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide(const decision_inputs& in, const rule& r) {
  const bool common = in.tpp && in.tpp->count() >= 0 && in.applicable_die_area && in.applicable_die_area->count() > 0 &&
                      in.market != market::unknown && (!in.io_bandwidth || in.io_bandwidth->count() >= 0);
  if (common) {
    decider<common_logic> e(in);
    const eccn_answer out = apply_text(r, e);
    if (!e.incomplete) return out;
  }
  return decide_general(in, r);
}

}  // namespace detail
}  // namespace accelspec
