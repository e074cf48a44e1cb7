// The memory system of an accelerator: technology, stacks (or packages/channels), per-stack
// capacity and bandwidth, and the totals the product is sold with.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

#include "../units/quantity.hpp"

namespace accelspec {

enum class memory_technology : std::uint8_t {
  unknown,
  dram,
  hbm,
  hbm2,
  hbm2e,
  hbm3,
  hbm3e,
  hbm4,
  gddr6,
  gddr6x,
  gddr7,
  lpddr4x,
  lpddr5,
  lpddr5x,
  ddr5,
  sram,
};

constexpr std::string_view key(memory_technology t) noexcept {
  constexpr std::string_view keys[] = {"unknown", "dram",   "hbm",   "hbm2",    "hbm2e",  "hbm3",    "hbm3e", "hbm4",
                                       "gddr6",   "gddr6x", "gddr7", "lpddr4x", "lpddr5", "lpddr5x", "ddr5",  "sram"};
  return keys[static_cast<std::size_t>(t)];
}

// Whether the technology is DRAM ("total DRAM bandwidth" of the January 2026 rule counts only
// DRAM). nullopt when the technology is unknown.
constexpr maybe<bool> is_dram(memory_technology t) noexcept {
  if (t == memory_technology::unknown) return std::nullopt;
  return t != memory_technology::sram;
}

constexpr bool is_hbm(memory_technology t) noexcept {
  return t == memory_technology::hbm || t == memory_technology::hbm2 || t == memory_technology::hbm2e ||
         t == memory_technology::hbm3 || t == memory_technology::hbm3e || t == memory_technology::hbm4;
}

struct memory_system {
  memory_technology technology = memory_technology::unknown;
  maybe<int> stacks{};                 // HBM stacks, or GDDR/LPDDR packages
  maybe<data_size> stack_capacity{};   // physical capacity of one stack or package
  maybe<data_rate> stack_bandwidth{};  // peak bandwidth of one stack or package
  maybe<data_size> capacity{};         // usable total as specified (may be below the physical total)
  maybe<data_rate> bandwidth{};        // total peak bandwidth as specified
};

// Shorthand for the common datasheet description: technology, stack count, totals.
constexpr memory_system hbm(memory_technology t, int stacks, data_size capacity, data_rate bandwidth) noexcept {
  return memory_system{.technology = t, .stacks = stacks, .capacity = capacity, .bandwidth = bandwidth};
}

}  // namespace accelspec
