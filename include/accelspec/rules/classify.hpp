// classify(): from a spec and a rule (or a date) to a determination, in a constant expression
// or at run time. The clauses are evaluated in three-valued logic, so an unknown input makes
// exactly the clauses that need it undecided and no more.
#pragma once

#include <chrono>
#include <optional>

#include "../metrics/density.hpp"
#include "../metrics/tpp.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/validate.hpp"
#include "decide.hpp"
#include "determination.hpp"
#include "rule.hpp"

namespace accelspec {

struct classify_options {
  tf32_reading tf32 = tf32_reading::container_32;
};

namespace detail {

constexpr comparison compare_tpp(const std::optional<tpp_value>& t, relation rel, tpp_value threshold) {
  const rational th = threshold.value();
  if (!t) return {measure::tpp, rel, std::nullopt, th, truth::unknown};
  const bool holds = rel == relation::at_least ? *t >= threshold : *t < threshold;
  return {measure::tpp, rel, t->value(), th, to_truth(holds)};
}

// `no_area` is true when the applicable die area is known to be zero: a chip whose logic is all
// planar has no performance density, and no density clause can be met.
constexpr comparison compare_density(const std::optional<rational>& d, bool no_area, relation rel, rational threshold) {
  if (no_area) return {measure::performance_density, rel, std::nullopt, threshold, truth::no};
  if (!d) return {measure::performance_density, rel, std::nullopt, threshold, truth::unknown};
  const bool holds = rel == relation::at_least ? *d >= threshold : *d < threshold;
  return {measure::performance_density, rel, d, threshold, to_truth(holds)};
}

constexpr clause_finding make_finding(clause c, std::initializer_list<comparison> parts) {
  clause_finding f{c, truth::yes, {}};
  for (const comparison& p : parts) {
    f.parts.push_back(p);
    f.holds = f.holds && p.holds;
  }
  return f;
}

// The findings of the 2022 text: one clause, the I/O prong and the TOPS prong.
constexpr void explain_2022(const thresholds_2022& th, determination& d) {
  comparison io{measure::io_bandwidth, relation::at_least, std::nullopt, th.io_bandwidth.in_display_units(),
                truth::unknown};
  if (d.io_bandwidth) {
    io.value = d.io_bandwidth->in_display_units();
    io.holds = to_truth(*d.io_bandwidth >= th.io_bandwidth);
  }
  d.findings.push_back(make_finding(clause::a_2022, {io, compare_tpp(d.tpp, relation::at_least, th.tpp)}));
}

// The findings of the 2023 text: every clause with its comparisons, and the note.
constexpr void explain_2023(const thresholds_2023& th, determination& d) {
  const std::optional<tpp_value>& t = d.tpp;
  const std::optional<rational>& pd = d.performance_density;
  const bool no_area = d.applicable_die_area && d.applicable_die_area->count() == 0;
  d.findings.push_back(make_finding(clause::a_1, {compare_tpp(t, relation::at_least, th.a1_tpp)}));
  d.findings.push_back(make_finding(clause::a_2, {compare_tpp(t, relation::at_least, th.a2_tpp),
                                                  compare_density(pd, no_area, relation::at_least, th.a2_density)}));
  d.findings.push_back(make_finding(
      clause::b_1, {compare_tpp(t, relation::at_least, th.b1_tpp_min), compare_tpp(t, relation::below, th.b1_tpp_max),
                    compare_density(pd, no_area, relation::at_least, th.b1_density_min),
                    compare_density(pd, no_area, relation::below, th.b1_density_max)}));
  d.findings.push_back(make_finding(clause::b_2, {compare_tpp(t, relation::at_least, th.b2_tpp),
                                                  compare_density(pd, no_area, relation::at_least, th.b2_density_min),
                                                  compare_density(pd, no_area, relation::below, th.b2_density_max)}));
  // The note: "not designed or marketed for use in datacenters" and TPP below 4800.
  const truth not_datacenter = d.market == market::unknown ? truth::unknown : to_truth(d.market == market::other);
  const clause_finding note =
      make_finding(clause::non_datacenter_note,
                   {comparison{measure::datacenter_market, relation::is_not, std::nullopt, rational{}, not_datacenter},
                    compare_tpp(t, relation::below, th.note_tpp)});
  d.findings.push_back(note);
  d.non_datacenter_note = note.holds;
}

// The metrics of a validated spec, each derived once.
constexpr determination measured(const accelerator& chip, classify_options options) {
  determination d;
  const tpp_breakdown t = tpp_details_unchecked(chip, {.tf32 = options.tf32});
  d.tpp = t.total;
  d.tpp_bits = t.bits;
  d.applicable_die_area = applicable_die_area_unchecked(chip);
  d.performance_density = density_of(d.tpp, d.applicable_die_area);
  d.io_bandwidth = chip.io_bandwidth;
  d.market = chip.market;
  return d;
}

}  // namespace detail

// Classifies a chip under one vintage of the rule. The decision comes from decide.hpp (shared
// with eccn_of); the findings only explain it.
constexpr determination classify(const accelerator& chip, const rule& r, classify_options options = {}) {
  require_valid(chip);
  determination d = detail::measured(chip, options);
  d.applied = &r;
  const eccn_answer answer = detail::decide_general(decision_inputs{.tpp = d.tpp,
                                                                    .applicable_die_area = d.applicable_die_area,
                                                                    .io_bandwidth = d.io_bandwidth,
                                                                    .market = d.market},
                                                    r);
  d.eccn = answer.eccn;
  d.clauses = answer.clauses;
  d.undecided = answer.undecided;
  d.nac_aca = answer.nac_aca;
  if (r.text == rule_text::original_2022) {
    detail::explain_2022(r.original, d);
  } else {
    detail::explain_2023(r.revised, d);
  }
  return d;
}

// Classifies a chip under the vintage in force on a date. Before 2022-10-07 no 3A090 existed:
// the determination is `none` with no rule applied.
constexpr determination classify(const accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  require_valid(chip);
  return detail::measured(chip, options);
}

// Classifies a chip under the newest vintage.
constexpr determination classify(const accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}

}  // namespace accelspec
