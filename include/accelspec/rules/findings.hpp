// The explanation of a classification: for every clause of the rule's text, whether it holds and
// the comparisons it is made of, each with its numbers (value and threshold in display units).
//
// Built on demand from the metrics a determination keeps (determination::findings()), not by
// classify() itself: the decision needs none of it, and a whole explanation is about a kilobyte
// written and twelve comparisons formed on every call. Each inequality is decided by the decider
// that makes the answer (rules/decide.hpp), in `truth` logic, and each clause combines them as the
// decider does; tests/perf/eccn_of_agrees.cpp replays the rule's text on the findings' verdicts
// and checks that it gives the determination's answer.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

#include "../detail/fixed_list.hpp"
#include "../metrics/tpp_value.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "decide.hpp"
#include "rule.hpp"
#include "truth.hpp"

namespace accelspec {

// What a comparison measures.
enum class measure : std::uint8_t { tpp, performance_density, io_bandwidth, datacenter_market };

constexpr std::string_view key(measure m) noexcept {
  switch (m) {
    case measure::tpp:
      return "TPP";
    case measure::performance_density:
      return "performance density";
    case measure::io_bandwidth:
      return "aggregate bidirectional I/O";
    case measure::datacenter_market:
      return "designed or marketed for datacenters";
  }
  return "";
}

enum class relation : std::uint8_t { at_least, below, is_not };

// One inequality of a clause: value (in display units: TPP, TPP/mm², GB/s) against a threshold.
// The members after the two rationals, so that the three one-byte members share one word (48
// bytes rather than 56).
struct comparison {
  maybe<rational> value{};  // nullopt: the input is unknown
  rational threshold{};     // for datacenter_market: unused
  accelspec::measure measure{};
  accelspec::relation relation{};
  truth holds{};
};

// One clause: whether it holds, and the comparisons it is made of.
struct clause_finding {
  accelspec::clause clause{};
  truth holds{};
  detail::fixed_list<comparison, 4> parts{};
};

// One finding per clause of the text applied: five in the 2023 text (.a.1, .a.2, .b.1, .b.2 and
// the note), one in 2022's.
class findings_list : public detail::fixed_list<clause_finding, 5> {
 public:
  constexpr findings_list() = default;
  // The findings of a rule's text on the metrics the rules read, with the density as the
  // determination reports it (reduced once, when the determination was made). A constructor, so
  // that a list returned by value is built where it lands: a constant evaluation copies a
  // returned local whole, here a kilobyte.
  constexpr findings_list(const rule& r, const decision_inputs& in, const maybe<rational>& density);
};

namespace detail {

// The evaluator that explains: every inequality becomes a comparison (value and threshold in
// display units, and whether it holds), every clause a finding.
struct explainer {
  findings_list& out;
  const maybe<rational>& density;
  decider<truth> decide;
  maybe<rational> tpp_shown{};  // the TPP in display units, derived once

  [[nodiscard]] constexpr comparison tpp_at_least(tpp_value threshold) const {
    return {tpp_shown, threshold.value(), measure::tpp, relation::at_least, decide.tpp_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison tpp_below(tpp_value threshold) const {
    return {tpp_shown, threshold.value(), measure::tpp, relation::below, decide.tpp_below(threshold)};
  }
  [[nodiscard]] constexpr comparison density_at_least(const rational& threshold) const {
    return {density, threshold, measure::performance_density, relation::at_least, decide.density_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison density_below(const rational& threshold) const {
    return {density, threshold, measure::performance_density, relation::below, decide.density_below(threshold)};
  }
  [[nodiscard]] constexpr comparison io_at_least(data_rate threshold) const {
    maybe<rational> shown{};  // read by the 2022 text only, so derived here
    if (decide.io_known) shown = data_rate::from_count(decide.io).in_display_units();
    return {shown, threshold.in_display_units(), measure::io_bandwidth, relation::at_least,
            decide.io_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison not_datacenter() const {
    return {std::nullopt, rational{}, measure::datacenter_market, relation::is_not, decide.not_datacenter()};
  }
  [[nodiscard]] constexpr accelspec::market market() const noexcept { return decide.market(); }

  template <class... Parts>
  constexpr truth clause(accelspec::clause c, const Parts&... parts) {
    const truth holds = (parts.holds && ...);
    // Filled in place: a finding is a few hundred bytes, most of them unused capacity.
    clause_finding& f = out.append();
    f.clause = c;
    f.holds = holds;
    f.parts.assign(parts...);
    return holds;
  }
};

}  // namespace detail

constexpr findings_list::findings_list(const rule& r, const decision_inputs& in, const maybe<rational>& density) {
  detail::explainer e{*this, density, detail::decider<truth>(in)};
  if (in.tpp) e.tpp_shown = in.tpp->value();
  (void)detail::apply_text(r, e);
}

}  // namespace accelspec
