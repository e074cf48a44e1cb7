// assess() and timeline() for a catalog entry: the entry's own inputs of the policy layer (whether
// the product was commercially available in the United States on 2026-01-15) fill the options the
// caller left open. The spec alone cannot carry that fact: it is about the market, not the chip.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../policy/assess.hpp"
#include "../policy/timeline.hpp"
#include "entry.hpp"

namespace accelspec::catalog {

// The options with the entry's facts where the caller gave none.
constexpr policy::assess_options policy_options(const entry& e, policy::assess_options options = {}) {
  if (options.us_available == truth::unknown) options.us_available = e.us_available;
  return options;
}

constexpr policy::assessment assess(const entry& e, policy::destination to, std::chrono::year_month_day date,
                                    policy::assess_options options = {}) {
  return policy::assess(e.chip(), to, date, policy_options(e, options));
}

constexpr policy::timeline_result timeline(const entry& e, policy::destination to,
                                           policy::assess_options options = {}) {
  return policy::timeline(e.chip(), to, policy_options(e, options));
}

}  // namespace accelspec::catalog
