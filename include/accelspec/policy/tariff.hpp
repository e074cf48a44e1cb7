// The Section 232 tariff of January 2026: 25% ad valorem on covered advanced computing chips
// imported into the United States not for the US supply chain (Presidential Proclamation of
// 2026-01-14, effective 2026-01-15). The annex defines two bands by TPP and memory bandwidth.
// The bands come from a secondary copy of the annex, and whether their endpoints are inclusive is
// not verified: a chip on an endpoint is reported as undecided, never silently in or out.
#pragma once

#include <array>
#include <chrono>
#include <optional>

#include "../metrics/tpp.hpp"
#include "../rules/truth.hpp"
#include "../units/quantity.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

struct tariff_band {
  int number = 0;
  tpp_value tpp_low{}, tpp_high{};
  data_rate bandwidth_low{}, bandwidth_high{};
};

inline constexpr std::array<tariff_band, 2> section_232_bands{{
    {1, tpp_value::from_integer(14'000), tpp_value::from_integer(17'500), data_rate::from_count(4'500'000'000'000),
     data_rate::from_count(5'000'000'000'000)},
    {2, tpp_value::from_integer(20'800), tpp_value::from_integer(21'100), data_rate::from_count(5'800'000'000'000),
     data_rate::from_count(6'200'000'000'000)},
}};

inline constexpr int section_232_rate_percent = 25;

struct tariff_finding {
  const tariff_band* band = nullptr;  // the band matched (or touched at an endpoint)
  truth in_band = truth::no;          // unknown: on an endpoint (inclusivity unverified) or an input unknown
  bool on_endpoint = false;
};

namespace detail {
template <class Q>
constexpr truth within(const Q& v, const Q& low, const Q& high, bool& endpoint) {
  if (v < low || v > high) return truth::no;
  if (v == low || v == high) {
    endpoint = true;
    return truth::unknown;
  }
  return truth::yes;
}
}  // namespace detail

// The band a chip falls in on a date, from its TPP and memory bandwidth; band == nullptr when it
// is in none (or the proclamation is not in force).
constexpr tariff_finding section_232(std::optional<tpp_value> t, std::optional<data_rate> bandwidth,
                                     std::chrono::year_month_day date) {
  tariff_finding out;
  if (!regulations::section_232_2026.applies_on(date) || (!t && !bandwidth)) return out;
  for (const tariff_band& b : section_232_bands) {
    bool endpoint = false;
    const truth tpp_in = t ? detail::within(*t, b.tpp_low, b.tpp_high, endpoint) : truth::unknown;
    const truth bw_in =
        bandwidth ? detail::within(*bandwidth, b.bandwidth_low, b.bandwidth_high, endpoint) : truth::unknown;
    const truth in = tpp_in && bw_in;
    if (in == truth::no) continue;
    out.band = &b;
    out.in_band = in;
    out.on_endpoint = endpoint && in == truth::unknown;
    if (in == truth::yes) return out;
  }
  return out;
}

}  // namespace accelspec::policy
