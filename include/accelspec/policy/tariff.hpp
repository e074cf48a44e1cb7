// The Section 232 tariff of January 2026: 25% ad valorem on covered advanced computing chips
// imported into the United States (Presidential Proclamation of 2026-01-14, effective
// 2026-01-15). The annex defines two bands in the form "greater than 14,000 and less than 17,500"
// TPP and "greater than 4,500 GB/s and less than 5,000 GB/s" (band 2 the same form): both
// endpoints are excluded. The annex also covers articles that contain such chips and lists
// end-use exemptions; they are data here, reported with every finding.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

#include "../metrics/tpp.hpp"
#include "../rules/truth.hpp"
#include "../units/quantity.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

struct tariff_band {
  int number = 0;
  tpp_value tpp_low{}, tpp_high{};              // strictly between
  data_rate bandwidth_low{}, bandwidth_high{};  // strictly between
};

inline constexpr std::array<tariff_band, 2> section_232_bands{{
    {1, tpp_value::from_integer(14'000), tpp_value::from_integer(17'500), data_rate::from_count(4'500'000'000'000),
     data_rate::from_count(5'000'000'000'000)},
    {2, tpp_value::from_integer(20'800), tpp_value::from_integer(21'100), data_rate::from_count(5'800'000'000'000),
     data_rate::from_count(6'200'000'000'000)},
}};

inline constexpr int section_232_rate_percent = 25;

// Articles the annex covers besides the chips themselves (HTS headings), and its end-use exemptions.
// CBP's guidance lists HTS 8471.50, 8471.80 and 8473.30 (a logic IC, or an article containing one,
// classifiable there); a bare IC entered under heading 8542 is not in that list.
inline constexpr std::array<std::string_view, 3> section_232_articles{
    "HTS 8471.50 (processing units)",
    "HTS 8471.80 (other units of automatic data-processing machines)",
    "HTS 8473.30 (parts and accessories of such machines, e.g. accelerator boards)",
};
// U.S. note 39 end uses that are not subject to the duty (secondary summaries).
inline constexpr std::array<std::string_view, 8> section_232_exemptions{
    "use in US data centers",
    "repairs or replacements performed in the United States",
    "US-based research and development",
    "use by qualifying US startups",
    "non-data-center consumer electronics",
    "non-data-center civil industrial applications, including machinery and robotics",
    "US public sector applications",
    "other uses approved by the Secretary of Commerce that support US supply chains or domestic manufacturing",
};

inline constexpr std::string_view section_232_scope_note =
    "covers the chip imported as, or in, an article classifiable in HTS 8471.50, 8471.80 or 8473.30; a bare IC "
    "entered under heading 8542 is not in CBP's list; not due for the exempt end uses";

struct tariff_finding {
  const tariff_band* band = nullptr;  // the band matched (or possibly matched when an input is unknown)
  truth in_band = truth::no;          // unknown: an input is unknown
};

namespace detail {
template <class Q>
constexpr bool strictly_between(const Q& v, const Q& low, const Q& high) {
  return low < v && v < high;
}
}  // namespace detail

// The band a chip falls in on a date, from its TPP and memory bandwidth; band == nullptr when it
// is in none (or the proclamation is not in force).
constexpr tariff_finding section_232(std::optional<tpp_value> t, std::optional<data_rate> bandwidth,
                                     std::chrono::year_month_day date) {
  tariff_finding out;
  if (!regulations::section_232_2026.applies_on(date) || (!t && !bandwidth)) return out;
  for (const tariff_band& b : section_232_bands) {
    const truth tpp_in = t ? to_truth(detail::strictly_between(*t, b.tpp_low, b.tpp_high)) : truth::unknown;
    const truth bw_in =
        bandwidth ? to_truth(detail::strictly_between(*bandwidth, b.bandwidth_low, b.bandwidth_high)) : truth::unknown;
    const truth in = tpp_in && bw_in;
    if (in == truth::no) continue;
    out.band = &b;
    out.in_band = in;
    if (in == truth::yes) return out;
  }
  return out;
}

}  // namespace accelspec::policy
