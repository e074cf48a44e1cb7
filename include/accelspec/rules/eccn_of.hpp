// eccn_of(): the lean form of classify() for hot loops (design-space sweeps, schedulers). It
// answers the ECCN paragraph, the clauses met and undecided and NAC/ACA eligibility, and skips
// what classify() adds for explanations: the findings with their comparisons and the metrics.
//
// The decision itself lives in decide.hpp and is shared with classify(), so eccn_of(chip, r)
// equals the matching fields of classify(chip, r) by construction (tests/perf checks it on a sweep
// and on hand-picked edge cases). A spec that classify() rejects is rejected here too.
#pragma once

#include <chrono>

#include "../metrics/density.hpp"
#include "../metrics/tpp.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/validate.hpp"
#include "classify.hpp"
#include "decide.hpp"
#include "rule.hpp"

namespace accelspec {

// The ECCN paragraph for metrics given directly (TPP, applicable die area, market and, for the
// 2022 text, I/O bandwidth). A negative TPP, area or I/O rate is an error, as it is in a spec.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer eccn_of(const decision_inputs& in, const rule& r) {
  // The common case: every input known and a positive area.
  const bool common = in.tpp && in.tpp->count() >= 0 && in.applicable_die_area && in.applicable_die_area->count() > 0 &&
                      in.market != market::unknown;
  if (common && r.text == rule_text::revised_2023) return detail::decide_2023<detail::common_logic>(r.revised, in);
  if (common && r.text == rule_text::original_2022 && in.io_bandwidth && in.io_bandwidth->count() >= 0) {
    return detail::decide_2022<detail::common_logic>(r.original, in);
  }
  return detail::decide_general(in, r);
}

// The ECCN paragraph of a chip under one vintage of the rule, without the explanation.
constexpr eccn_answer eccn_of(const accelerator& chip, const rule& r, classify_options options = {}) {
  require_valid(chip);
  return eccn_of(decision_inputs{.tpp = detail::tpp_details_unchecked(chip, {.tf32 = options.tf32}).total,
                                 .applicable_die_area = detail::applicable_die_area_unchecked(chip),
                                 .io_bandwidth = chip.io_bandwidth,
                                 .market = chip.market},
                 r);
}

// Under the vintage in force on a date; `none` before 2022-10-07, when no 3A090 existed.
constexpr eccn_answer eccn_of(const accelerator& chip, std::chrono::year_month_day date,
                              classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return eccn_of(chip, *r, options);
  require_valid(chip);
  return {};
}

// Under the newest vintage.
constexpr eccn_answer eccn_of(const accelerator& chip, classify_options options = {}) {
  return eccn_of(chip, rules::latest, options);
}

}  // namespace accelspec
