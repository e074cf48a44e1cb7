// The answer of a classification: the ECCN paragraph, the clauses met and undecided, the
// exception eligibility, the metrics it used and, for every clause, the comparisons with their
// numbers. The io layer turns the comparisons into sentences and JSON; nothing here allocates.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

#include "../detail/fixed_list.hpp"
#include "../metrics/tpp.hpp"
#include "../spec/accelerator.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "eccn.hpp"
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
// bytes rather than 56: a determination holds twenty comparisons, cleared or written on every
// classify()).
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
  // One finding per clause of the text applied: five in the 2023 text (.a.1, .a.2, .b.1, .b.2 and
  // the note), one in 2022's. No more room than that: a determination is copied and, in
  // classify(), constructed on every call, and each finding is a few hundred bytes.
  detail::fixed_list<clause_finding, 5> findings{};
  // When no TF32 reading was chosen and the two give different answers: the answer under each
  // (32-bit first). The decision fields above are then undecided where they differ, and the
  // metrics and findings are those of the 32-bit reading. Empty otherwise.
  detail::fixed_list<tf32_result, 2> tf32_readings{};
};

}  // namespace accelspec
