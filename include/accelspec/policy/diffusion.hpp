// The quantities of the AI Diffusion framework (90 FR 4544, effective 2025-01-13, not enforced
// from 2025-05-13) and of the January 2025 foundry due-diligence rule (90 FR 5298), each with how
// well it is established. These are allowances and presumptions, not chip parameters: they are
// evaluated here and reported by assess() as conditions, never as a classification.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstdint>
#include <optional>

#include "../metrics/tpp.hpp"
#include "../rules/truth.hpp"
#include "provenance.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

struct tpp_allowance {
  tpp_value amount{};
  verification status = verification::secondary;
};

// Per-country cap on licensed TPP for Tier 2 destinations, 2025 to 2027 (about 50,000 H100).
inline constexpr tpp_allowance diffusion_country_cap{tpp_value::from_integer(790'000'000), verification::secondary};
// License Exception LPP (740.29): TPP per ultimate consignee per calendar year (about 1,700 H100).
inline constexpr tpp_allowance lpp_allowance{tpp_value::from_integer(26'900'000), verification::unverified};

// How many whole chips of a given TPP an allowance covers.
constexpr std::int64_t chips_within(const tpp_allowance& a, tpp_value per_chip) {
  if (per_chip.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: TPP per chip must be positive");
  return a.amount.count() / per_chip.count();
}

// An operation count for ECCN 4E091, exact: significand x 10^exponent (10^26 does not fit in 64
// bits, so the count is kept in scientific form and compared digit-exactly).
struct operation_count {
  std::int64_t significand = 0;
  int exponent = 0;
};

namespace detail {
// Compares a x 10^ea with b x 10^eb exactly (a, b >= 0); -1, 0 or 1.
// Unsigned inside: two values of equal magnitude align to at most 19 digits, which fit in 64 bits.
constexpr int compare_scientific(std::int64_t sa, int ea, std::int64_t sb, int eb) noexcept {
  if (sa == 0 || sb == 0) return (sa > 0) - (sb > 0);
  auto a = static_cast<std::uint64_t>(sa);
  auto b = static_cast<std::uint64_t>(sb);
  // Normalise: strip trailing zeros so each value has a unique form.
  while (a % 10 == 0) {
    a /= 10;
    ++ea;
  }
  while (b % 10 == 0) {
    b /= 10;
    ++eb;
  }
  int da = 0, db = 0;
  for (std::uint64_t x = a; x != 0; x /= 10) ++da;
  for (std::uint64_t x = b; x != 0; x /= 10) ++db;
  // Magnitudes (position of the leading digit) decide first.
  if (da + ea != db + eb) return da + ea < db + eb ? -1 : 1;
  // Same magnitude: align to the same exponent by scaling the one with more digits down.
  while (ea > eb) {
    a *= 10;
    --ea;
  }
  while (eb > ea) {
    b *= 10;
    --eb;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
}  // namespace detail

// 4E091 heading: "'Parameters' for an artificial intelligence model trained utilizing 10^26 or
// more 'operations'" (codified 2025-01-13; not enforced from 2025-05-13).
constexpr bool meets_4e091(operation_count training) {
  if (training.significand < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: operation count must not be negative");
  return detail::compare_scientific(training.significand, training.exponent, 1, 26) >= 0;
}

// The derived-model carve-back: a model derived from published weights is controlled only when
// the additional training exceeds the higher of 2.5 x 10^25 operations and 25% of the training.
constexpr bool derived_model_controlled(operation_count additional, operation_count training) {
  if (additional.significand < 0 || training.significand < 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: operation count must not be negative");
  }
  // 25% of training: significand / 4 exactly is (significand x 25) x 10^(exponent - 2).
  const std::int64_t quarter = accelspec::detail::checked_mul(training.significand, 25);
  const bool above_fixed = detail::compare_scientific(additional.significand, additional.exponent, 25, 24) > 0;
  const bool above_share =
      detail::compare_scientific(additional.significand, additional.exponent, quarter, training.exponent - 2) > 0;
  return above_fixed && above_share;
}

// Note 1 to 3A090.a (January 2025): a front-end fabricator or OSAT exporting an 'applicable
// advanced logic integrated circuit' presumes it 3A090.a and designed for datacenters, unless
// the 'aggregated approximated transistor count' of the final package is below 30 billion, or
// the package has no HBM and is below 35 billion (exports completed in 2027) or 40 billion
// (2029 or later). The text names no figure for 2028: between 30 and 40 billion without HBM the
// answer for 2028 is undecided.
struct foundry_package {
  std::int64_t aggregated_transistors = 0;  // sum over the package's applicable logic dies
  bool has_hbm = true;
};

// Whether the transistor-count attestation can overcome the presumption for an export completed
// in `year`. no: the presumption stands (unless the designer attests TPP and density).
constexpr truth presumption_overcome(const foundry_package& p, std::chrono::year year) {
  if (p.aggregated_transistors < 0)
    ACCELSPEC_FAIL(invalid_argument, "accelspec: transistor count must not be negative");
  constexpr std::int64_t billion = 1'000'000'000;
  if (p.aggregated_transistors < 30 * billion) return truth::yes;
  if (p.has_hbm) return truth::no;
  const int y = static_cast<int>(year);
  if (y == 2027) return to_truth(p.aggregated_transistors < 35 * billion);
  if (y >= 2029) return to_truth(p.aggregated_transistors < 40 * billion);
  if (y == 2028 && p.aggregated_transistors < 40 * billion) return truth::unknown;
  return truth::no;
}

}  // namespace accelspec::policy
