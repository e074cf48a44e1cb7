// The decider: the evaluator that runs a rule text's clauses (rules/rule.hpp) as comparisons only,
// for eccn_of(), and the inequalities that classify()'s explainer reuses for its verdicts.
//
// The logic is a template parameter: Kleene three-valued logic, as the `truth` enumeration or as
// two flags (`kleene_bits`), so that unknown inputs make exactly the clauses that need them
// undecided, and eccn_of() decides known and unknown inputs on one branch-free path.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <type_traits>
#include "../maybe.hpp"

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
  maybe<tpp_value> tpp{};
  maybe<area> applicable_die_area{};  // a known zero: all logic is planar (no density)
  maybe<data_rate> io_bandwidth{};    // read by the 2022 text only
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

// The same, first trying 64-bit products: when a and d are below 2^40 and b and c below 2^22
// (a real chip's TPP and area against a threshold's numerator and denominator; with b and c
// constants the test is one shift) the products fit; a negative operand fails the test too. For
// eccn_of's decider, where it saves a wide multiplication per density comparison; classify's
// explainer keeps the plain form, where the test would be one more step of a constant evaluation
// and the compiler's inlining of the explainer changes for the worse.
ACCELSPEC_DETAIL_HOT constexpr bool product_at_least_narrow_first(std::int64_t a, std::int64_t b, std::int64_t c,
                                                                  std::int64_t d) noexcept {
  if (((a | d) >> 40 | (b | c) >> 22) == 0) return a * b >= c * d;
  return product_at_least(a, b, c, d);
}

// The evaluator that decides, in `truth` (for classify's explainer) or `kleene_bits` (for
// eccn_of: the same three-valued logic without a branch). The inputs are unpacked once into plain
// integers and flags, so each inequality is a comparison or two, in a constant evaluation as at
// run time.
//
// known_bit (two-valued): the caller has checked that TPP, a positive area, the market and the I/O
// rate the text reads are known, so every verdict is a plain comparison, one flag.
template <class Logic>
struct decider {
  static_assert(std::is_same_v<Logic, truth> || std::is_same_v<Logic, kleene_bits> || std::is_same_v<Logic, known_bit>);
  static constexpr bool all_known = std::is_same_v<Logic, known_bit>;
  bool tpp_known = false, area_known = false, io_known = false;
  std::int64_t tpp = 0, area = 0, io = 0;  // counts: 10^-6 TPP, µm², B/s
  accelspec::market chip_market = accelspec::market::unknown;

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

  // Unknown when `known` is false, else the verdict; one expression per logic (in a constant
  // evaluation every statement and call is a step against the compiler's limit).
  static constexpr Logic given(bool known, bool holds) noexcept {
    if constexpr (std::is_same_v<Logic, truth>) {
      // no = 0, yes = 1, unknown = 2 (rules/truth.hpp): the verdict's bit when known, else 2
      return static_cast<truth>(known ? static_cast<unsigned>(holds) : 2u);
    } else if constexpr (all_known) {
      return {holds};
    } else {
      return {static_cast<bool>(known & holds), static_cast<bool>(known & !holds)};
    }
  }
  // A density verdict: a known zero area (all logic planar) has no density and meets no density
  // clause, neither "at least" nor "below".
  [[nodiscard]] constexpr Logic density(bool holds) const noexcept {
    const bool zero = area_known & (area == 0);
    if constexpr (std::is_same_v<Logic, truth>) {
      return zero ? truth::no : given(tpp_known && area_known, holds);
    } else if constexpr (all_known) {
      return {holds};  // the caller checked that the area is positive
    } else {
      const bool known = tpp_known & area_known & !zero;
      return {static_cast<bool>(known & holds), static_cast<bool>((known & !holds) | zero)};
    }
  }

  [[nodiscard]] constexpr Logic tpp_at_least(tpp_value threshold) const noexcept {
    return given(tpp_known, tpp >= threshold.count());
  }
  [[nodiscard]] constexpr Logic tpp_below(tpp_value threshold) const noexcept {
    return given(tpp_known, tpp < threshold.count());
  }

  // Density (TPP count / area count, both in 10^-6 units) >= threshold, without forming the
  // reduced rational: t * den >= num * a, exact.
  // eccn_of's all-known decider tries 64-bit products first; the others compare in 128 bits. Two
  // constrained overloads each, not one with `if constexpr`: clang counts that statement as a
  // step of a constant evaluation, eight times a classification.
  [[nodiscard]] constexpr Logic density_at_least(const rational& threshold) const noexcept
    requires(!all_known)
  {
    return density(product_at_least(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic density_at_least(const rational& threshold) const noexcept
    requires(all_known)
  {
    return density(product_at_least_narrow_first(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic density_below(const rational& threshold) const noexcept
    requires(!all_known)
  {
    return density(!product_at_least(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic density_below(const rational& threshold) const noexcept
    requires(all_known)
  {
    return density(!product_at_least_narrow_first(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic io_at_least(data_rate threshold) const noexcept {
    return given(io_known, io >= threshold.count());
  }
  [[nodiscard]] constexpr Logic not_datacenter() const noexcept {
    return given(chip_market != market::unknown, chip_market == market::other);
  }
  [[nodiscard]] constexpr accelspec::market market() const noexcept { return chip_market; }

  // The verdict of the note for items not designed or marketed for datacenters (2023 text), kept
  // once the text has been applied: a determination reports it beside the answer. Under 2022's
  // text, which has no note, it stays `no`.
  truth note = truth::no;

  // A clause holds when every one of its inequalities holds.
  template <class... Parts>
  [[nodiscard]] constexpr Logic clause(accelspec::clause c, Parts... parts) noexcept {
    const Logic holds = (parts && ...);
    if (c == accelspec::clause::non_datacenter_note) {
      note = is_yes(holds) ? truth::yes : is_unknown(holds) ? truth::unknown : truth::no;
    }
    return holds;
  }
};

// Every input the text reads is known and the area positive: then every verdict is a bare
// comparison (decider<known_bit>). The inputs are not negative (checked by the caller).
constexpr bool all_inputs_known(const decision_inputs& in, const rule& r) noexcept {
  return in.tpp.has_value() && in.applicable_die_area.has_value() && in.applicable_die_area->count() != 0 &&
         in.market != market::unknown && (r.text != rule_text::original_2022 || in.io_bandwidth.has_value());
}

// The rule's text applied by a decider in one logic, with the note's verdict.
template <class Logic>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_noting(const decision_inputs& in, const rule& r, truth& note) {
  decider<Logic> e(in);
  const eccn_answer answer = apply_text(r, e);
  note = e.note;
  return answer;
}

// The decision of classify() and eccn_of() on a spec, whose inputs come from a validated spec
// (none negative), with the note's verdict: bare comparisons when every input is known (most
// specs), else the three-valued path, which is branch-free (two flags per verdict). The one
// branch between them costs a misprediction where unknowns fall at random, and saves about a
// hundred instructions on every known spec. In a constant evaluation the verdicts are `truth`,
// the findings' logic: clang evaluates them in fewer steps than the two flags (the catalog loop's
// classifications, 26 -> 21 ms), and the answer is the same: tests/perf/eccn_of_agrees.cpp checks
// it against the two flags of eccn_of(decision_inputs) on every catalog entry at compile time, and
// the findings' verdicts against the two flags at run time. One instantiation of the text per
// logic, which every caller shares (each one more costs the core's include time).
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_measured(const decision_inputs& in, const rule& r, truth& note) {
  if (std::is_constant_evaluated()) return decide_noting<truth>(in, r, note);
  if (all_inputs_known(in, r)) return decide_noting<known_bit>(in, r, note);
  return decide_noting<kleene_bits>(in, r, note);
}

// The same without the note (eccn_of()); at run time the note's store is dropped as unread.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_measured(const decision_inputs& in, const rule& r) {
  truth note = truth::no;
  return decide_measured(in, r, note);
}

// The same on metrics given by a caller, which are checked first.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide(const decision_inputs& in, const rule& r) {
  if ((in.tpp && in.tpp->count() < 0) || (in.applicable_die_area && in.applicable_die_area->count() < 0) ||
      (in.io_bandwidth && in.io_bandwidth->count() < 0)) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: TPP, die area and I/O bandwidth must not be negative");
  }
  decider<kleene_bits> e(in);
  return apply_text(r, e);
}

// The decision of eccn_of() on metrics given directly: a caller that passes metrics usually knows
// them all, and then every verdict is a bare comparison; otherwise the general path above.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_metrics(const decision_inputs& in, const rule& r) {
  const bool all_known = in.tpp && in.tpp->count() >= 0 && in.applicable_die_area &&
                         in.applicable_die_area->count() > 0 && in.market != market::unknown &&
                         (r.text != rule_text::original_2022 || in.io_bandwidth.has_value()) &&
                         (!in.io_bandwidth || in.io_bandwidth->count() >= 0);
  if (all_known) {
    decider<known_bit> e(in);
    return apply_text(r, e);
  }
  return decide(in, r);
}

}  // namespace detail
}  // namespace accelspec
