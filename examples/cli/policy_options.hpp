// Options shared by the policy commands (assess, timeline, hbm): --chip from the catalog,
// --destination as an ISO code, and the default date.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "cli_support.hpp"

namespace accelspec::cli {

// Shared by assess and timeline: --chip ID from the catalog, else the raw spec flags.
inline const accelerator& chip_option(std::string_view option, std::string_view id) {
  return chip_entry_option(option, id).chip();
}

inline policy::destination destination_option(std::string_view option, std::string_view code) {
  const auto d = policy::find_destination(code);
  if (!d) {
    throw usage_error(std::string(option) + ": unknown destination " + quoted(code) +
                      did_you_mean(code, country_candidates()) + " (expected an ISO 3166-1 alpha-2 code such as CN)");
  }
  return *d;
}

inline std::chrono::year_month_day today() {
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

}  // namespace accelspec::cli
