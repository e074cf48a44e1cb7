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

constexpr determination classify_2022(const accelerator& chip, const rule& r, const determination& base) {
  determination d = base;
  const thresholds_2022& th = r.original;
  comparison io{measure::io_bandwidth, relation::at_least, std::nullopt, th.io_bandwidth.in_display_units(),
                truth::unknown};
  if (chip.io_bandwidth) {
    io.value = chip.io_bandwidth->in_display_units();
    io.holds = to_truth(*chip.io_bandwidth >= th.io_bandwidth);
  }
  const clause_finding a = make_finding(clause::a_2022, {io, compare_tpp(d.tpp, relation::at_least, th.tpp)});
  d.findings.push_back(a);
  if (a.holds == truth::yes) {
    d.eccn = eccn::a;
    d.clauses.insert(clause::a_2022);
  } else if (a.holds == truth::unknown) {
    d.eccn = eccn::undecided;
    d.undecided.insert(clause::a_2022);
  }
  return d;
}

constexpr determination classify_2023(const rule& r, const determination& base) {
  determination d = base;
  const thresholds_2023& th = r.revised;
  const std::optional<tpp_value>& t = d.tpp;
  const std::optional<rational>& pd = d.performance_density;
  const bool no_area = d.applicable_die_area && d.applicable_die_area->count() == 0;

  const clause_finding a1 = make_finding(clause::a_1, {compare_tpp(t, relation::at_least, th.a1_tpp)});
  const clause_finding a2 = make_finding(
      clause::a_2,
      {compare_tpp(t, relation::at_least, th.a2_tpp), compare_density(pd, no_area, relation::at_least, th.a2_density)});
  const clause_finding b1 = make_finding(
      clause::b_1, {compare_tpp(t, relation::at_least, th.b1_tpp_min), compare_tpp(t, relation::below, th.b1_tpp_max),
                    compare_density(pd, no_area, relation::at_least, th.b1_density_min),
                    compare_density(pd, no_area, relation::below, th.b1_density_max)});
  const clause_finding b2 =
      make_finding(clause::b_2, {compare_tpp(t, relation::at_least, th.b2_tpp),
                                 compare_density(pd, no_area, relation::at_least, th.b2_density_min),
                                 compare_density(pd, no_area, relation::below, th.b2_density_max)});
  // The note: "not designed or marketed for use in datacenters" and TPP below 4800.
  const truth not_datacenter = d.market == market::unknown ? truth::unknown : to_truth(d.market == market::other);
  const clause_finding note =
      make_finding(clause::non_datacenter_note,
                   {comparison{measure::datacenter_market, relation::is_not, std::nullopt, rational{}, not_datacenter},
                    compare_tpp(t, relation::below, th.note_tpp)});

  for (const clause_finding& f : {a1, a2, b1, b2, note}) d.findings.push_back(f);
  d.non_datacenter_note = note.holds;

  const truth in_a = a1.holds || a2.holds;
  // .a is evaluated first; .b describes only what .a does not.
  const truth b1_effective = b1.holds && !in_a;
  const truth b2_effective = b2.holds && !in_a;
  const truth in_b = b1_effective || b2_effective;
  const truth controlled_a = in_a && !note.holds;
  const truth controlled_b = in_b && !note.holds;

  if (controlled_a == truth::yes) {
    d.eccn = eccn::a;
    if (a1.holds == truth::yes) d.clauses.insert(clause::a_1);
    if (a2.holds == truth::yes) d.clauses.insert(clause::a_2);
    // LE NAC/ACA line: 3A090.a items not designed or marketed for datacenters (TPP >= 4800).
    d.nac_aca = d.market == market::other;
  } else if (controlled_a == truth::unknown) {
    d.eccn = eccn::undecided;
  } else if (controlled_b == truth::yes) {
    d.eccn = eccn::b;
    if (b1_effective == truth::yes) d.clauses.insert(clause::b_1);
    if (b2_effective == truth::yes) d.clauses.insert(clause::b_2);
    // LE NAC/ACA line: 3A090.b items designed or marketed for datacenters.
    d.nac_aca = d.market == market::datacenter;
  } else if (controlled_b == truth::unknown) {
    d.eccn = eccn::undecided;
  } else {
    d.eccn = eccn::none;
  }
  if (a1.holds == truth::unknown) d.undecided.insert(clause::a_1);
  if (a2.holds == truth::unknown) d.undecided.insert(clause::a_2);
  if (b1_effective == truth::unknown) d.undecided.insert(clause::b_1);
  if (b2_effective == truth::unknown) d.undecided.insert(clause::b_2);
  if (note.holds == truth::unknown && (in_a != truth::no || in_b != truth::no)) {
    d.undecided.insert(clause::non_datacenter_note);
  }
  return d;
}

}  // namespace detail

// Classifies a chip under one vintage of the rule.
constexpr determination classify(const accelerator& chip, const rule& r, classify_options options = {}) {
  require_valid(chip);
  determination base;
  base.applied = &r;
  const tpp_breakdown t = tpp_details(chip, {.tf32 = options.tf32});
  base.tpp = t.total;
  base.tpp_bits = t.bits;
  base.applicable_die_area = applicable_die_area(chip);
  base.performance_density = performance_density(chip, {.tf32 = options.tf32});
  base.io_bandwidth = chip.io_bandwidth;
  base.market = chip.market;
  return r.text == rule_text::original_2022 ? detail::classify_2022(chip, r, base) : detail::classify_2023(r, base);
}

// Classifies a chip under the vintage in force on a date. Before 2022-10-07 no 3A090 existed:
// the determination is `none` with no rule applied.
constexpr determination classify(const accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  require_valid(chip);
  determination d;
  d.tpp = tpp(chip, {.tf32 = options.tf32});
  d.applicable_die_area = applicable_die_area(chip);
  d.performance_density = performance_density(chip, {.tf32 = options.tf32});
  d.io_bandwidth = chip.io_bandwidth;
  d.market = chip.market;
  return d;
}

// Classifies a chip under the newest vintage.
constexpr determination classify(const accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}

}  // namespace accelspec
