// Options shared by the policy commands (assess, timeline, hbm): --chip from the catalog,
// --destination as an ISO code, the default date, and the inputs of the policy layer that are not
// part of a spec: --headquarters, --us-available, --tf32-bits, --reexport, --end-user.
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

// The help of the policy inputs, shared by assess and timeline so that both say the same (and what
// policy::assess does without them: see assess_options in policy/assess.hpp).
inline const option_info headquarters_option_info{
    "--headquarters", "CC",
    "country (ISO code) where the end user or its ultimate parent is headquartered; a headquarters in Macau or "
    "Country Group D:5 can require a license wherever the item goes",
    "the destination, assumed and listed in the answer's assumptions", value_type::country};
inline const option_info us_available_option_info{
    "--us-available",
    "yes|no",
    "whether the product was commercially available in the United States when the January 2026 rule was "
    "published (2026-01-15), the condition of its case-by-case review for China and Macau",
    "the catalog entry's own fact when the chip is from the catalog, else unknown: the review is then stated "
    "as conditional",
    value_type::choice,
    false,
    "yes no"};
inline const option_info tf32_bits_option_info{
    "--tf32-bits",
    "BITS",
    "bit length of TF32: 32 (its container) or 19 (its significant bits); the regulation does not settle it",
    "both readings: where they give different answers, the answer is undecided and tf32_readings shows each",
    value_type::choice,
    false,
    "32 19"};
inline const option_info end_user_option_info{
    "--end-user", "NAME",
    "the end user's name, for the destination's own import measures that name their buyers (China's H200 "
    "approvals of 2026)",
    "not given: a measure that names its buyers is undecided (destination_side.import_allowed null)", value_type::text};
inline const option_info reexport_option_info{
    "--reexport", "", "a reexport, export from abroad or in-country transfer, not an export from the United States",
    "an export from the United States", value_type::none};

// The policy inputs shared by assess and timeline. consume() takes one of them, or returns false.
struct policy_flags {
  policy::assess_options options{};
  bool us_available_given = false;

  bool consume(std::string_view flag, arg_reader& in) {
    if (flag == "--headquarters") {
      options.headquarters = destination_option(flag, in.value());
    } else if (flag == "--us-available") {
      const std::string_view v = in.value();
      if (v == "yes") {
        options.us_available = truth::yes;
      } else if (v == "no") {
        options.us_available = truth::no;
      } else {
        throw usage_error("--us-available: expected yes or no, got " + quoted(v) +
                          did_you_mean(v, {{"yes", "yes"}, {"no", "no"}}));
      }
      us_available_given = true;
    } else if (flag == "--tf32-bits") {
      const std::string_view v = in.value();
      if (v == "32") {
        options.tf32 = tf32_reading::container_32;
      } else if (v == "19") {
        options.tf32 = tf32_reading::significant_19;
      } else {
        throw usage_error("--tf32-bits: expected 32 or 19, got " + quoted(v));
      }
    } else if (flag == "--end-user") {
      const std::string_view v = in.value();
      bool letters = false;
      for (const char c : v)
        letters = letters || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letters) throw usage_error("--end-user: expected a company name, got " + quoted(v));
      options.end_user = v;
    } else if (flag == "--reexport") {
      in.no_value();
      options.export_from_us = false;
    } else {
      return false;
    }
    return true;
  }

  // The options for a catalog entry: its us_available fact unless --us-available was given.
  [[nodiscard]] policy::assess_options for_entry(const catalog::entry* e) const {
    return e != nullptr && !us_available_given ? catalog::policy_options(*e, options) : options;
  }
};

inline std::chrono::year_month_day today() {
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

}  // namespace accelspec::cli
