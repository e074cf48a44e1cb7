// The answer of a classification: the ECCN paragraph, the clauses met and undecided, the
// exception eligibility and the metrics it used; and, asked for, the findings: for every clause,
// the comparisons with their numbers, built from those metrics (rules/findings.hpp). The io layer
// turns the findings into sentences and JSON; nothing here allocates.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include "../maybe.hpp"

#include "../detail/fixed_list.hpp"
#include "../metrics/tpp.hpp"
#include "../spec/accelerator.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "decide.hpp"
#include "eccn.hpp"
#include "findings.hpp"
#include "rule.hpp"
#include "truth.hpp"

namespace accelspec {

// The answer under one reading of TF32's bit length, when the two readings differ.
struct tf32_result {
  tf32_reading reading{};
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};
  clause_set undecided{};
  bool nac_aca = false;
  maybe<tpp_value> tpp{};
  int tpp_bits = 0;
};

struct determination {
  const rule* applied = nullptr;  // nullptr: no 3A090 rule in force on the date asked
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};                   // clauses of the determined paragraph that are met
  clause_set undecided{};                 // clauses that cannot be decided because an input is unknown
  truth non_datacenter_note = truth::no;  // whether the note takes the chip out of .a/.b
  bool nac_aca = false;                   // eligible for License Exception NAC/ACA (per the paragraph's LE line)
  // The metrics the answer used.
  maybe<tpp_value> tpp{};
  int tpp_bits = 0;
  maybe<area> applicable_die_area{};
  maybe<rational> performance_density{};
  maybe<data_rate> io_bandwidth{};
  accelspec::market market = accelspec::market::unknown;
  // When no TF32 reading was chosen and the two give different answers: the answer under each
  // (32-bit first). The decision fields above are then undecided where they differ, and the
  // metrics and findings are those of the 32-bit reading. Empty otherwise.
  detail::fixed_list<tf32_result, 2> tf32_readings{};

  // The metrics the rules read, as eccn_of(decision_inputs) takes them.
  [[nodiscard]] constexpr decision_inputs inputs() const noexcept {
    return {.tpp = tpp, .applicable_die_area = applicable_die_area, .io_bandwidth = io_bandwidth, .market = market};
  }

  // One finding per clause of the text applied (five in the 2023 text: .a.1, .a.2, .b.1, .b.2
  // and the note; one in 2022's), each with its comparisons; none when no rule was applied.
  // Built on each call from the metrics above, each inequality decided by the decider that made
  // the answer, in `truth` logic (rules/findings.hpp): classify() does not build them, since most
  // callers read the answer only (a kilobyte of findings was most of the cost of a
  // classification; docs/performance.md).
  [[nodiscard]] constexpr findings_list findings() const {
    return applied == nullptr ? findings_list() : findings_list(*applied, inputs(), performance_density);
  }
};

}  // namespace accelspec
