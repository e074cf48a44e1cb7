// Applicable die area and performance density (Technical Note to 3A090.a and .b):
//   performance density = TPP / applicable die area (mm²), where the applicable die area
//   "includes all die area of logic dies manufactured with a process node that uses a
//   non-planar transistor architecture".
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "../maybe.hpp"

#include "../detail/error.hpp"
#include "../spec/accelerator.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "measure.hpp"
#include "tpp.hpp"

namespace accelspec {

namespace detail {
// Density from metrics already derived: nullopt when either is unknown or the area is zero.
constexpr maybe<rational> density_of(const maybe<tpp_value>& t, const maybe<area>& a) {
  if (!t || !a || a->count() == 0) return std::nullopt;
  return rational{t->count(), a->count()};
}
}  // namespace detail

// The sum over logic (and I/O) dies on non-planar processes, times their counts. nullopt when a
// die that may count has an unknown area or transistor architecture, or when no logic or I/O die
// is listed (memory dies alone say nothing about the logic). Zero when every logic and I/O die
// listed is planar.
constexpr maybe<area> applicable_die_area(const accelerator& chip) {
  return detail::measure_spec(chip, tf32_reading::container_32).applicable_die_area;
}

// TPP per mm² of applicable die area, exact. Both counts are in units of 10^-6, so the ratio
// of the counts is the density itself. nullopt when TPP or area is unknown, or the area is zero
// (a chip with only planar logic has no performance density; see docs/limitations.md).
constexpr maybe<rational> performance_density(const accelerator& chip, tpp_options options = {}) {
  const detail::spec_measure m = detail::measure_spec(chip, options.tf32);
  return detail::density_of(m.tpp, m.applicable_die_area);
}

// Density from explicit figures, for headroom and what-if questions.
constexpr rational performance_density(tpp_value t, area a) {
  if (a.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: performance density needs a positive area");
  return rational{t.count(), a.count()};
}

}  // namespace accelspec
