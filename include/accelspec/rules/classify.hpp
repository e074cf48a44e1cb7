// classify(): from a spec and a rule (or a date) to a determination, in a constant expression
// or at run time. The clauses are evaluated in three-valued logic, so an unknown input makes
// exactly the clauses that need it undecided and no more.
//
// The decision and its explanation come from one evaluation of the rule's text (rules/rule.hpp)
// through the explainer below: each inequality is decided by the same decider eccn_of() uses and
// recorded with its numbers, and each clause becomes a finding.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <optional>
#include <utility>

#include "../metrics/density.hpp"
#include "../metrics/measure.hpp"
#include "../metrics/tpp.hpp"
#include "../spec/accelerator.hpp"
#include "decide.hpp"
#include "determination.hpp"
#include "rule.hpp"

namespace accelspec {

struct classify_options {
  tf32_reading tf32 = tf32_reading::container_32;
};

namespace detail {

// The evaluator that explains: every inequality becomes a comparison (value and threshold in
// display units, and whether it holds), every clause a finding in the determination.
struct explainer {
  determination& d;
  decider<truth> decide;
  std::optional<rational> tpp_shown{};  // the TPP in display units, derived once

  [[nodiscard]] constexpr comparison tpp_at_least(tpp_value threshold) const {
    return {measure::tpp, relation::at_least, tpp_shown, threshold.value(), decide.tpp_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison tpp_below(tpp_value threshold) const {
    return {measure::tpp, relation::below, tpp_shown, threshold.value(), decide.tpp_below(threshold)};
  }
  [[nodiscard]] constexpr comparison density_at_least(const rational& threshold) const {
    return {measure::performance_density, relation::at_least, d.performance_density, threshold,
            decide.density_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison density_below(const rational& threshold) const {
    return {measure::performance_density, relation::below, d.performance_density, threshold,
            decide.density_below(threshold)};
  }
  [[nodiscard]] constexpr comparison io_at_least(data_rate threshold) {
    std::optional<rational> shown{};
    if (d.io_bandwidth) shown = d.io_bandwidth->in_display_units();
    return {measure::io_bandwidth, relation::at_least, shown, threshold.in_display_units(),
            decide.io_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison not_datacenter() const {
    return {measure::datacenter_market, relation::is_not, std::nullopt, rational{}, decide.not_datacenter()};
  }
  [[nodiscard]] constexpr accelspec::market market() const noexcept { return d.market; }

  template <class... Parts>
  constexpr truth clause(accelspec::clause c, const Parts&... parts) {
    const truth holds = (parts.holds && ...);
    d.findings.push_back(clause_finding{c, holds, detail::fixed_list<comparison, 4>(std::in_place, parts...)});
    if (c == accelspec::clause::non_datacenter_note) d.non_datacenter_note = holds;
    return holds;
  }
};

// The metrics of a spec, from the one pass (which also validates it).
constexpr determination measured(const accelerator& chip, classify_options options) {
  const spec_measure m = measure_spec(chip, options.tf32);
  determination d;
  d.tpp = m.tpp;
  d.tpp_bits = m.tpp_bits;
  d.applicable_die_area = m.applicable_die_area;
  d.performance_density = density_of(d.tpp, d.applicable_die_area);
  d.io_bandwidth = chip.io_bandwidth;
  d.market = chip.market;
  return d;
}

}  // namespace detail

// Classifies a chip under one vintage of the rule.
constexpr determination classify(const accelerator& chip, const rule& r, classify_options options = {}) {
  determination d = detail::measured(chip, options);
  d.applied = &r;
  const decision_inputs in{
      .tpp = d.tpp, .applicable_die_area = d.applicable_die_area, .io_bandwidth = d.io_bandwidth, .market = d.market};
  detail::explainer e{d, detail::decider<truth>(in)};
  if (d.tpp) e.tpp_shown = d.tpp->value();
  const eccn_answer answer = detail::apply_text(r, e);
  d.eccn = answer.eccn;
  d.clauses = answer.clauses;
  d.undecided = answer.undecided;
  d.nac_aca = answer.nac_aca;
  return d;
}

// Classifies a chip under the vintage in force on a date. Before 2022-10-07 no 3A090 existed:
// the determination is `none` with no rule applied.
constexpr determination classify(const accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  return detail::measured(chip, options);
}

// Classifies a chip under the newest vintage.
constexpr determination classify(const accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}

}  // namespace accelspec
