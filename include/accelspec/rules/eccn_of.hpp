// eccn_of(): the lean form of classify() for hot loops (design-space sweeps, schedulers). It
// answers the ECCN paragraph, the clauses met and undecided and NAC/ACA eligibility, and skips
// what classify() adds for explanations: the findings with their comparisons and the metrics.
//
// Both run the rule's clauses as written once in rules/rule.hpp, eccn_of() through the decider
// and classify() through the explainer, so eccn_of(chip, r) equals the matching fields of
// classify(chip, r) by construction (tests/perf checks it on a sweep and on hand-picked edge
// cases). A spec that classify() rejects is rejected here too, with the same message.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../metrics/checked_accelerator.hpp"
#include "../metrics/measure.hpp"
#include "../spec/accelerator.hpp"
#include "classify.hpp"
#include "decide.hpp"
#include "rule.hpp"

namespace accelspec {

// The ECCN paragraph for metrics given directly (TPP, applicable die area, market and, for the
// 2022 text, I/O bandwidth). A negative TPP, area or I/O rate is an error, as it is in a spec.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer eccn_of(const decision_inputs& in, const rule& r) {
  return detail::decide_metrics(in, r);
}

namespace detail {

// The ECCN paragraph from the one pass's measurement (both readings when no TF32 reading is
// chosen: the answers merged where they differ).
ACCELSPEC_DETAIL_HOT constexpr eccn_answer eccn_of_measured(const accelerator& chip, const lean_measure& m,
                                                            const rule& r) {
  decision_inputs in{.tpp = m.tpp,
                     .applicable_die_area = m.applicable_die_area,
                     .io_bandwidth = chip.io_bandwidth,
                     .market = chip.market};
  const eccn_answer answer = decide_measured(in, r);
  if (!m.tf32_split) return answer;
  in.tpp = m.tpp_19;
  return merge_tf32(answer, decide_measured(in, r));
}

}  // namespace detail

// The ECCN paragraph of a chip under one vintage of the rule, without the explanation: the one
// pass over the spec (metrics/measure.hpp), then the decision.
// With no TF32 reading chosen, a spec that lists TF32 is decided under both readings (from the
// same pass) and the answers merged; a spec without TF32 takes no extra step.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer eccn_of(const accelerator& chip, const rule& r,
                                                   classify_options options = {}) {
  return detail::eccn_of_measured(
      chip,
      detail::measure_pass<false>(chip, options.tf32.value_or(tf32_reading::container_32), !options.tf32.has_value()),
      r);
}
// The same on a spec checked and measured once (metrics/checked_accelerator.hpp): the decision only.
constexpr eccn_answer eccn_of(const checked_accelerator& chip, const rule& r, classify_options options = {}) {
  return detail::eccn_of_measured(chip.chip(), options.tf32 ? chip.measured(*options.tf32) : chip.measured_both(), r);
}

// Under the vintage in force on a date; `none` before 2022-10-07, when no 3A090 existed.
constexpr eccn_answer eccn_of(const accelerator& chip, std::chrono::year_month_day date,
                              classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return eccn_of(chip, *r, options);
  detail::measure_spec(chip, options.tf32.value_or(tf32_reading::container_32));  // validates
  return {};
}
constexpr eccn_answer eccn_of(const checked_accelerator& chip, std::chrono::year_month_day date,
                              classify_options options = {}) {
  const rule* r = rules::in_force(date);
  return r != nullptr ? eccn_of(chip, *r, options) : eccn_answer{};  // checked when it was built
}

// Under the newest vintage.
constexpr eccn_answer eccn_of(const accelerator& chip, classify_options options = {}) {
  return eccn_of(chip, rules::latest, options);
}
constexpr eccn_answer eccn_of(const checked_accelerator& chip, classify_options options = {}) {
  return eccn_of(chip, rules::latest, options);
}

}  // namespace accelspec
