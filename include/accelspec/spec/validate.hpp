// Validation of a spec: the checks that make "unknown" and "wrong" different things.
//
// find_problem() is the non-throwing form (constexpr; usable in static_assert and at run time).
// require_valid() stops a constant evaluation, or throws accelspec::error at run time. Every
// metric and classification calls it first, so an invalid spec can never be classified.
// Each message is written on the line that detects it, so a compile-time failure shows it.
#pragma once

#include <string_view>

#include "../detail/error.hpp"
#include "accelerator.hpp"

namespace accelspec {
namespace detail {

// Throw = true: fail at the first problem. Throw = false: return its message (nullptr if none).
#define ACCELSPEC_SPEC_CHECK(condition, message)                         \
  if (condition) {                                                       \
    if constexpr (Throw)                                                 \
      ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec: " message); \
    else                                                                 \
      return "accelspec: invalid spec: " message;                        \
  }

template <bool Throw>
constexpr const char* check_spec(const accelerator& chip) {
  const auto& rates = chip.compute;
  for (std::size_t i = 0; i < rates.size(); ++i) {
    ACCELSPEC_SPEC_CHECK(rates[i].rate.count() < 0, "a compute rate is negative");
    ACCELSPEC_SPEC_CHECK(rates[i].rate.count() == 0, "a compute rate is zero (leave an unsupported format out)");
    ACCELSPEC_SPEC_CHECK(static_cast<std::size_t>(rates[i].format) >= format_table.size(), "unknown number format");
    for (std::size_t j = i + 1; j < rates.size(); ++j) {
      ACCELSPEC_SPEC_CHECK(rates[i].format == rates[j].format && rates[i].unit == rates[j].unit,
                           "duplicate compute entry (one format listed twice for the same processing unit)");
    }
  }
  const auto& dies = chip.dies;
  for (std::size_t i = 0; i < dies.size(); ++i) {
    ACCELSPEC_SPEC_CHECK(dies[i].area && dies[i].area->count() < 0, "die area is negative");
    ACCELSPEC_SPEC_CHECK(dies[i].area && dies[i].area->count() == 0, "die area is zero (use std::nullopt for unknown)");
    ACCELSPEC_SPEC_CHECK(dies[i].count < 1, "die count must be at least 1");
    for (std::size_t j = i + 1; j < dies.size(); ++j) {
      ACCELSPEC_SPEC_CHECK(!dies[i].name.empty() && dies[i].name == dies[j].name,
                           "duplicate die name (list a die once and set .count)");
    }
  }
  const memory_system& m = chip.memory;
  ACCELSPEC_SPEC_CHECK(m.stacks && *m.stacks < 1, "memory stack count must be at least 1");
  ACCELSPEC_SPEC_CHECK(m.capacity && m.capacity->count() <= 0, "memory capacity must be positive");
  ACCELSPEC_SPEC_CHECK(m.bandwidth && m.bandwidth->count() <= 0, "memory bandwidth must be positive");
  ACCELSPEC_SPEC_CHECK(m.stack_capacity && m.stack_capacity->count() <= 0,
                       "per-stack memory capacity must be positive");
  ACCELSPEC_SPEC_CHECK(m.stack_bandwidth && m.stack_bandwidth->count() <= 0,
                       "per-stack memory bandwidth must be positive");
  ACCELSPEC_SPEC_CHECK(m.stacks && m.stack_capacity && m.capacity && *m.capacity > *m.stack_capacity * *m.stacks,
                       "usable memory capacity exceeds stacks x per-stack capacity");
  ACCELSPEC_SPEC_CHECK(m.stacks && m.stack_bandwidth && m.bandwidth && *m.bandwidth > *m.stack_bandwidth * *m.stacks,
                       "memory bandwidth exceeds stacks x per-stack bandwidth");
  ACCELSPEC_SPEC_CHECK(chip.io_bandwidth && chip.io_bandwidth->count() < 0, "I/O bandwidth is negative");
  ACCELSPEC_SPEC_CHECK(chip.tdp && chip.tdp->count() <= 0, "TDP must be positive");
  ACCELSPEC_SPEC_CHECK(chip.released && !chip.released->ok(), "release date is not a valid calendar date");
  ACCELSPEC_SPEC_CHECK(static_cast<int>(chip.market) > static_cast<int>(market::other), "unknown market value");
  return nullptr;
}

#undef ACCELSPEC_SPEC_CHECK

}  // namespace detail

// The first problem found in the spec, as a message, or nullptr when the spec is valid.
constexpr const char* find_problem(const accelerator& chip) { return detail::check_spec<false>(chip); }

constexpr bool is_valid(const accelerator& chip) { return find_problem(chip) == nullptr; }

// Stops a constant evaluation (compile error showing the message) or throws accelspec::error.
constexpr void require_valid(const accelerator& chip) { detail::check_spec<true>(chip); }

// The spec itself, checked: `constexpr auto chip = accelspec::validated(accelerator{...});`
// turns any problem into a compile error at the point of definition.
constexpr accelerator validated(const accelerator& chip) {
  require_valid(chip);
  return chip;
}

}  // namespace accelspec
