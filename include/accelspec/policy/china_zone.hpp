// The January 2026 China/Macau zone (91 FR 1684): the two thresholds inside which license
// applications for China and Macau are reviewed case by case, on conditions. Its own header, on the
// core alone, because the catalog checks published claims against it (catalog/claims.hpp) without
// the rest of the policy layer; policy/assess.hpp applies it.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "../maybe.hpp"
#include "../metrics/tpp_value.hpp"
#include "../rules/truth.hpp"
#include "../units/quantity.hpp"

namespace accelspec::policy {

// The thresholds of the January 2026 China/Macau zone (91 FR 1684), both strict.
struct china_zone_limits {
  tpp_value tpp{};
  data_rate total_dram_bandwidth{};
};
inline constexpr china_zone_limits china_zone_2026{tpp_value::from_integer(21'000),
                                                   data_rate::from_count(6'500'000'000'000)};

// Inside the zone: TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s.
constexpr truth in_china_zone(maybe<tpp_value> t, maybe<data_rate> dram) {
  const truth tpp_below = t ? to_truth(*t < china_zone_2026.tpp) : truth::unknown;
  const truth dram_below = dram ? to_truth(*dram < china_zone_2026.total_dram_bandwidth) : truth::unknown;
  return tpp_below && dram_below;
}

}  // namespace accelspec::policy
