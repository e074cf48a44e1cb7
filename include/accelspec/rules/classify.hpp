// classify(): from a spec and a rule (or a date) to a determination, in a constant expression
// or at run time. The clauses are evaluated in three-valued logic, so an unknown input makes
// exactly the clauses that need it undecided and no more.
//
// The decision comes from the rule's text (rules/rule.hpp) through the decider eccn_of() uses;
// the explanation, clause by clause, is built from the determination when asked
// (determination::findings(), rules/findings.hpp).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <utility>
#include "../maybe.hpp"

#include "../metrics/checked_accelerator.hpp"
#include "../metrics/density.hpp"
#include "../metrics/measure.hpp"
#include "../metrics/tpp.hpp"
#include "../spec/accelerator.hpp"
#include "decide.hpp"
#include "determination.hpp"
#include "rule.hpp"

namespace accelspec {

struct classify_options {
  // The bit length of TF32, which the regulation does not settle. nullopt: both readings, and
  // where they give different answers the answer is undecided there and carries both
  // (determination::tf32_readings, eccn_answer::tf32_dependent).
  maybe<tf32_reading> tf32{};
};

namespace detail {

// The determinations below are filled in place, each built once by its caller, not returned
// from helper to helper: a constant evaluation copies a returned local whole. At run time the
// copies are elided.

// The determination's metrics, from the one pass's measurement. measure_into() and decide_into()
// are forced inline: measured together, 90 (g++ 12) and 127 (clang 19) instructions fewer per
// classification than ordinary calls (736 / 782 against 826 / 909; docs/performance.md).
ACCELSPEC_DETAIL_HOT constexpr void measure_into(determination& d, const accelerator& chip, const lean_measure& m) {
  d.tpp = m.tpp;
  d.tpp_bits = m.tpp_bits;
  d.applicable_die_area = m.applicable_die_area;
  d.performance_density = m.has_density ? m.density : density_of(d.tpp, d.applicable_die_area);
  d.io_bandwidth = chip.io_bandwidth;
  d.market = chip.market;
}

// The determination's metrics alone, with no rule applied (a date before the first rule).
constexpr determination measured(const accelerator& chip, const lean_measure& m) {
  determination d;
  measure_into(d, chip, m);
  return d;
}

// The determination under one measurement (one reading of TF32), decided, into a determination
// just built: the decider eccn_of() uses, which also gives the note's verdict. The findings are
// not built here (determination::findings() builds them when asked).
ACCELSPEC_DETAIL_HOT constexpr void decide_into(determination& d, const accelerator& chip, const lean_measure& m,
                                                const rule& r) {
  measure_into(d, chip, m);
  d.applied = &r;
  const eccn_answer answer = decide_measured(d.inputs(), r, d.non_datacenter_note);
  d.eccn = answer.eccn;
  d.clauses = answer.clauses;
  d.undecided = answer.undecided;
  d.nac_aca = answer.nac_aca;
}

constexpr eccn_answer answer_of(const determination& d) {
  return {.eccn = d.eccn, .clauses = d.clauses, .undecided = d.undecided, .nac_aca = d.nac_aca};
}
constexpr tf32_result result_of(tf32_reading reading, const eccn_answer& a, const maybe<tpp_value>& tpp, int bits) {
  return {reading, a.eccn, a.clauses, a.undecided, a.nac_aca, tpp, bits};
}

// The classification from the one pass's measurement `m` (with no TF32 reading chosen, both
// readings: tf32_split and tpp_19 set). The determination's metrics, and so its findings, are
// those of the 32-bit reading; where the 19-bit reading's TPP differs, its answer is decided too
// and, if it differs, both answers are kept and the decision fields merged.
ACCELSPEC_DETAIL_HOT constexpr determination classify_measured(const accelerator& chip, const lean_measure& m,
                                                               const rule& r) {
  determination d;
  decide_into(d, chip, m, r);
  if (!m.tf32_split) return d;
  const decision_inputs in_19{.tpp = m.tpp_19,
                              .applicable_die_area = d.applicable_die_area,
                              .io_bandwidth = d.io_bandwidth,
                              .market = d.market};
  truth note_19 = truth::no;
  const eccn_answer answer_19 = decide_measured(in_19, r, note_19);
  const eccn_answer merged = merge_tf32(answer_of(d), answer_19);
  if (!merged.tf32_dependent) return d;
  d.tf32_readings.push_back(result_of(tf32_reading::container_32, answer_of(d), d.tpp, d.tpp_bits));
  d.tf32_readings.push_back(result_of(tf32_reading::significant_19, answer_19, m.tpp_19, m.tpp_19_bits));
  d.eccn = merged.eccn;
  d.clauses = merged.clauses;
  d.undecided = merged.undecided;
  d.nac_aca = merged.nac_aca;
  if (d.non_datacenter_note != note_19) d.non_datacenter_note = truth::unknown;
  return d;
}

}  // namespace detail

// Classifies a chip under one vintage of the rule. With no TF32 reading chosen and a spec whose
// two readings give different answers, both are decided and the answer merged (rare: only a spec
// that lists TF32 pays for a second look; both readings come from the one pass).
// Forced inline, as eccn_of() is: where the rule is a constant at the call
// (classify(chip, rules::eccn_3a090_2023)) the compiler then folds the text's clauses and its
// thresholds: 736 / 782 instructions a call (g++ 12 / clang 19) against 875 / 887 for an ordinary
// call (docs/performance.md).
ACCELSPEC_DETAIL_HOT constexpr determination classify(const accelerator& chip, const rule& r,
                                                      classify_options options = {}) {
  return detail::classify_measured(
      chip,
      detail::measure_pass<false>(chip, options.tf32.value_or(tf32_reading::container_32), !options.tf32.has_value()),
      r);
}

// The same on a spec checked and measured once (metrics/checked_accelerator.hpp): the same
// answer, without the pass.
ACCELSPEC_DETAIL_HOT constexpr determination classify(const checked_accelerator& chip, const rule& r,
                                                      classify_options options = {}) {
  return detail::classify_measured(chip.chip(), options.tf32 ? chip.measured(*options.tf32) : chip.measured_both(), r);
}

// Classifies a chip under the vintage in force on a date. Before 2022-10-07 no 3A090 existed:
// the determination is `none` with no rule applied.
constexpr determination classify(const accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  return detail::measured(chip, detail::measure_pass<false>(chip, options.tf32.value_or(tf32_reading::container_32)));
}
constexpr determination classify(const checked_accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  return detail::measured(chip.chip(), chip.measured(options.tf32.value_or(tf32_reading::container_32)));
}

// Classifies a chip under the newest vintage.
constexpr determination classify(const accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}
constexpr determination classify(const checked_accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}

}  // namespace accelspec
