// A die inside an accelerator package.
//
// Technical Note to 3A090 (performance density): 'applicable die area' is the area of all logic
// dies made on a process node with a non-planar transistor architecture (FinFET, GAA). So each
// die records its area, its transistor architecture and its role; memory dies never count.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

#include "../units/quantity.hpp"

namespace accelspec {

enum class transistor_architecture : std::uint8_t {
  unknown,     // not known: the die's area cannot be placed in or out of the applicable area
  planar,      // planar transistors: excluded from applicable die area
  non_planar,  // FinFET, gate-all-around, ...: included when the die is a logic die
};
inline constexpr transistor_architecture planar = transistor_architecture::planar;
inline constexpr transistor_architecture non_planar = transistor_architecture::non_planar;

enum class die_role : std::uint8_t {
  logic,   // compute die
  io,      // I/O or base die made on a logic process; a logic die for the rule (see docs/limitations.md)
  memory,  // DRAM/HBM die: never part of the applicable area
};

struct die {
  std::string_view name{};
  maybe<accelspec::area> area{};  // nullopt: unknown, never zero
  transistor_architecture transistors = transistor_architecture::unknown;
  die_role role = die_role::logic;
  int count = 1;  // identical dies in the package (e.g. 8 compute chiplets)
  // Where and on what process the die is made, as the foundry names it ("TSMC", "4N"); empty:
  // unknown. Analysts compare chips by node; the rule itself reads only the transistor
  // architecture above, which the node implies but which stays a separate, sourced input.
  std::string_view foundry{};
  std::string_view process{};
};

}  // namespace accelspec
