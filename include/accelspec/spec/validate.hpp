// Validation of a spec: the checks that make "unknown" and "wrong" different things.
//
// find_problem() is the non-throwing form (constexpr; usable in static_assert and at run time).
// require_valid() stops a constant evaluation, or throws accelspec::error at run time. Every
// metric and classification calls it first, so an invalid spec can never be classified.
// Each check names its message first, on the line the compiler prints when the check fails in a
// constant expression, so the diagnostic shows what is wrong.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <string_view>

#include "../detail/error.hpp"
#include "../detail/overflow.hpp"
#include "accelerator.hpp"

namespace accelspec {
namespace detail {

// One check: Throw = true fails at once, Throw = false returns the message.
#define ACCELSPEC_SPEC_CHECK(message, condition)                         \
  if (condition) {                                                       \
    if constexpr (Throw)                                                 \
      ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec: " message); \
    else                                                                 \
      return "accelspec: invalid spec: " message;                        \
  }

// The days of each month outside leap years, by month number (0 unused). At namespace scope: a
// local table is built on every call, at run time and in a constant evaluation alike.
inline constexpr unsigned char days_in_month[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// year_month_day::ok() without the standard library's calls (it spends a few hundred steps of a
// constant evaluation on it, once per spec checked). A day up to the 28th is in every month, so
// only later days look at the month's length and the year's leap day.
constexpr bool valid_date(const std::chrono::year_month_day& date) noexcept {
  const int y = static_cast<int>(date.year());
  const unsigned m = static_cast<unsigned>(date.month()), d = static_cast<unsigned>(date.day());
  if (y < -32767 || y > 32767 || m - 1u >= 12u || d - 1u >= 31u) return false;
  if (d <= 28u) return true;
  const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  return d <= days_in_month[m] + (m == 2u && leap ? 1u : 0u);
}

// A rate given and not positive.
constexpr bool not_positive(const maybe<data_rate>& rate) noexcept { return rate && rate->count() <= 0; }

// The checks in three groups (compute rates, dies, the rest), in the order find_problem() reports
// them. metrics/measure.hpp runs the first two fused into its measuring loops and calls these
// only to name the problem it found.
template <bool Throw>
constexpr const char* check_spec_rates(const accelerator& chip) {
  const auto& rates = chip.compute;
  for (std::size_t i = 0; i < rates.size(); ++i) {
    ACCELSPEC_SPEC_CHECK("a compute rate is negative", rates[i].rate.count() < 0);
    ACCELSPEC_SPEC_CHECK("a compute rate is zero (leave an unsupported format out)", rates[i].rate.count() == 0);
    ACCELSPEC_SPEC_CHECK("unknown number format", static_cast<std::size_t>(rates[i].format) >= format_table.size());
    for (std::size_t j = i + 1; j < rates.size(); ++j) {
      ACCELSPEC_SPEC_CHECK("duplicate compute entry (one format listed twice for the same processing unit)",
                           rates[i].format == rates[j].format && rates[i].unit == rates[j].unit);
    }
  }
  return nullptr;
}

template <bool Throw>
constexpr const char* check_spec_dies(const accelerator& chip) {
  const auto& dies = chip.dies;
  for (std::size_t i = 0; i < dies.size(); ++i) {
    ACCELSPEC_SPEC_CHECK("die area is negative", dies[i].area && dies[i].area->count() < 0);
    ACCELSPEC_SPEC_CHECK("die area is zero (use std::nullopt for unknown)", dies[i].area && dies[i].area->count() == 0);
    ACCELSPEC_SPEC_CHECK("die count must be at least 1", dies[i].count < 1);
    for (std::size_t j = i + 1; j < dies.size(); ++j) {
      ACCELSPEC_SPEC_CHECK("duplicate die name (list a die once and set .count)",
                           !dies[i].name.empty() && dies[i].name == dies[j].name);
    }
  }
  return nullptr;
}

// A check added here needs its input in rest_may_fail() below, which the one pass runs first and
// which must say "may fail" whenever one of these checks can (tests/perf checks both agree).
template <bool Throw>
constexpr const char* check_spec_rest(const accelerator& chip) {
  const memory_system& m = chip.memory;
  ACCELSPEC_SPEC_CHECK("unknown memory technology",
                       static_cast<int>(m.technology) > static_cast<int>(memory_technology::sram));
  ACCELSPEC_SPEC_CHECK("memory stack count must be at least 1", m.stacks && *m.stacks < 1);
  ACCELSPEC_SPEC_CHECK("memory capacity must be positive", m.capacity && m.capacity->count() <= 0);
  ACCELSPEC_SPEC_CHECK("memory bandwidth must be positive", m.bandwidth && m.bandwidth->count() <= 0);
  ACCELSPEC_SPEC_CHECK("per-stack memory capacity must be positive",
                       m.stack_capacity && m.stack_capacity->count() <= 0);
  ACCELSPEC_SPEC_CHECK("per-stack memory bandwidth must be positive",
                       m.stack_bandwidth && m.stack_bandwidth->count() <= 0);
  ACCELSPEC_SPEC_CHECK("usable memory capacity exceeds stacks x per-stack capacity",
                       m.stacks && m.stack_capacity && m.capacity &&
                           exceeds_product(m.capacity->count(), m.stack_capacity->count(), *m.stacks));
  ACCELSPEC_SPEC_CHECK("memory bandwidth exceeds stacks x per-stack bandwidth",
                       m.stacks && m.stack_bandwidth && m.bandwidth &&
                           exceeds_product(m.bandwidth->count(), m.stack_bandwidth->count(), *m.stacks));
  ACCELSPEC_SPEC_CHECK("I/O bandwidth is negative", chip.io_bandwidth && chip.io_bandwidth->count() < 0);
  ACCELSPEC_SPEC_CHECK("TDP must be positive", chip.tdp && chip.tdp->count() <= 0);
  ACCELSPEC_SPEC_CHECK("release date is not a valid calendar date", chip.released && !valid_date(*chip.released));
  ACCELSPEC_SPEC_CHECK("unknown market value", static_cast<int>(chip.market) > static_cast<int>(market::other));
  ACCELSPEC_SPEC_CHECK("transistor count must be positive", chip.transistor_count && *chip.transistor_count <= 0);
  // The three links written out rather than looped over: a loop over a list of pointers builds
  // the list on every call (about twenty instructions of every eccn_of(), which runs this check).
  ACCELSPEC_SPEC_CHECK("a link rate must be positive", not_positive(chip.links.scale_up.rate) ||
                                                           not_positive(chip.links.host.rate) ||
                                                           not_positive(chip.links.scale_out.rate));
  ACCELSPEC_SPEC_CHECK(
      "designer country must be an ISO 3166-1 alpha-2 code (two capital letters) or empty",
      !chip.designer_country.empty() &&
          (chip.designer_country.size() != 2 || chip.designer_country[0] < 'A' || chip.designer_country[0] > 'Z' ||
           chip.designer_country[1] < 'A' || chip.designer_country[1] > 'Z'));
  return nullptr;
}

#undef ACCELSPEC_SPEC_CHECK

// False only when check_spec_rest() finds nothing: every optional it checks is absent, the
// enumerations are in range and no designer country is given. One screen of flags ORed together,
// for the one pass (metrics/measure.hpp), which runs the checks themselves only when it is true.
constexpr bool rest_may_fail(const accelerator& chip) noexcept {
  const memory_system& m = chip.memory;
  // Each flag as unsigned by a cast, not through a helper: a call is two steps of a constant
  // evaluation, and this runs in every classification of the catalog's consteval loop.
  using u = unsigned;
  return (u(m.stacks.has_value()) | u(m.capacity.has_value()) | u(m.bandwidth.has_value()) |
          u(m.stack_capacity.has_value()) | u(m.stack_bandwidth.has_value()) | u(chip.io_bandwidth.has_value()) |
          u(chip.tdp.has_value()) | u(chip.released.has_value()) | u(chip.transistor_count.has_value()) |
          u(chip.links.scale_up.rate.has_value()) | u(chip.links.host.rate.has_value()) |
          u(chip.links.scale_out.rate.has_value()) | u(!chip.designer_country.empty()) |
          u(static_cast<unsigned>(m.technology) > static_cast<unsigned>(memory_technology::sram)) |
          u(static_cast<unsigned>(chip.market) > static_cast<unsigned>(market::other))) != 0;
}

// Throw = true: fail at the first problem. Throw = false: return its message (nullptr if none).
template <bool Throw>
constexpr const char* check_spec(const accelerator& chip) {
  if (const char* problem = check_spec_rates<Throw>(chip)) return problem;
  if (const char* problem = check_spec_dies<Throw>(chip)) return problem;
  return check_spec_rest<Throw>(chip);
}

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
