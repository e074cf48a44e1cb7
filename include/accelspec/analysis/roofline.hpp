// The roofline model (Williams, Waterman and Patterson, "Roofline: An Insightful Visual
// Performance Model for Multicore Architectures", CACM 52(4), 2009), exact.
//
// A kernel that performs I operations per byte it moves to or from memory (its arithmetic
// intensity) can run no faster than
//     attainable(I) = min(peak rate, memory bandwidth x I).
// The two limits meet at the ridge point I* = peak rate / bandwidth: below it the kernel is
// memory bound, above it compute bound. All values are exact rationals; TOPS and op/byte.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <optional>

#include "../metrics/bandwidth.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/number_format.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"

namespace accelspec {

// The chip's dense peak in one format: the sum over its processing units that run the format
// (units run side by side). nullopt when no unit lists the format.
constexpr std::optional<dense_rate> peak_dense_rate(const accelerator& chip, number_format f) {
  std::optional<dense_rate> sum;
  for (const compute_rate& r : chip.compute) {
    if (r.format == f) sum = sum.value_or(dense_rate{}) + r.rate;
  }
  return sum;
}

// Ridge point in operations per byte: peak / bandwidth.
constexpr rational ridge_point(dense_rate peak, data_rate bandwidth) {
  if (peak.count() <= 0 || bandwidth.count() <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: ridge point needs a positive rate and bandwidth");
  }
  // rate counts are 10^6 op/s, bandwidth counts are bytes/s.
  return rational{peak.count(), bandwidth.count()} * rational{dense_rate::kind::per_display};
}

// Ridge point of a chip in one format; nullopt when the format's rate or the bandwidth is unknown.
constexpr std::optional<rational> ridge_point(const accelerator& chip, number_format f) {
  const std::optional<dense_rate> peak = peak_dense_rate(chip, f);
  const std::optional<data_rate> bw = memory_bandwidth(chip);
  if (!peak || !bw) return std::nullopt;
  return ridge_point(*peak, *bw);
}

struct roofline_point {
  rational intensity{};       // operations per byte
  rational teraops{};         // attainable rate, TOPS
  bool memory_bound = false;  // true below the ridge point (bandwidth x intensity < peak)
};

// Attainable rate at an arithmetic intensity (operations per byte, > 0).
constexpr roofline_point attainable(dense_rate peak, data_rate bandwidth, const rational& intensity) {
  if (peak.count() <= 0 || bandwidth.count() <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: roofline needs a positive rate and bandwidth");
  }
  if (intensity <= rational{}) ACCELSPEC_FAIL(invalid_argument, "accelspec: arithmetic intensity must be positive");
  // bandwidth (B/s) x intensity (op/B) in TOPS: / 10^12.
  const rational memory_roof = rational{bandwidth.count(), 1'000'000'000'000} * intensity;
  const rational compute_roof = peak.in_display_units();
  const bool memory_bound = memory_roof < compute_roof;
  return {intensity, memory_bound ? memory_roof : compute_roof, memory_bound};
}

}  // namespace accelspec
