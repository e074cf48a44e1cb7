// Memory-system totals derived from the spec.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "../maybe.hpp"

#include "../spec/accelerator.hpp"
#include "../spec/validate.hpp"

namespace accelspec {

// Total memory bandwidth: the specified total, else stacks x per-stack bandwidth.
constexpr maybe<data_rate> memory_bandwidth(const accelerator& chip) {
  require_valid(chip);
  const memory_system& m = chip.memory;
  if (m.bandwidth) return m.bandwidth;
  if (m.stacks && m.stack_bandwidth) return *m.stack_bandwidth * *m.stacks;
  return std::nullopt;
}

// Total DRAM bandwidth (the January 2026 rule's 'total DRAM bandwidth'): the memory bandwidth
// when the memory is DRAM, zero for on-die SRAM, unknown when the technology is unknown.
constexpr maybe<data_rate> total_dram_bandwidth(const accelerator& chip) {
  const maybe<bool> dram = is_dram(chip.memory.technology);
  if (!dram) return std::nullopt;
  if (!*dram) return data_rate{};
  return memory_bandwidth(chip);
}

// Total memory capacity: the specified usable total, else stacks x per-stack capacity.
constexpr maybe<data_size> memory_capacity(const accelerator& chip) {
  require_valid(chip);
  const memory_system& m = chip.memory;
  if (m.capacity) return m.capacity;
  if (m.stacks && m.stack_capacity) return *m.stack_capacity * *m.stacks;
  return std::nullopt;
}

}  // namespace accelspec
