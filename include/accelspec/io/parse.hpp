// Run-time parsing of the text forms the CLI and configuration files use. Every function
// returns nullopt (or an error code) for bad input; none throws or has undefined behaviour.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <optional>
#include <string_view>

#include "../rules/rule.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/number_format.hpp"

namespace accelspec::io {

// Strict ISO 8601 calendar date, "YYYY-MM-DD", that exists in the calendar.
constexpr std::optional<std::chrono::year_month_day> parse_date(std::string_view s) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (std::size_t i = 0; i < lengths[f]; ++i) {
      const char c = s[starts[f] + i];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const std::chrono::year_month_day d{std::chrono::year{fields[0]},
                                      std::chrono::month{static_cast<unsigned>(fields[1])},
                                      std::chrono::day{static_cast<unsigned>(fields[2])}};
  if (!d.ok()) return std::nullopt;
  return d;
}

constexpr std::optional<market> parse_market(std::string_view s) noexcept {
  if (s == "datacenter") return market::datacenter;
  if (s == "other") return market::other;
  return std::nullopt;
}

}  // namespace accelspec::io
