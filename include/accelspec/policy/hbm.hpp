// ECCN 3A090.c, high-bandwidth memory (89 FR 96790, effective 2024-12-02):
//   "High bandwidth memory (HBM) having a 'memory bandwidth density' greater than 2 gigabytes per
//   second per square millimeter."
// Technical note: memory bandwidth density is the bandwidth in GB/s divided by the area of the
// package or stack in mm² (a packaged stack: the packaged device's bandwidth and the package's
// area). "This control does not cover co-packaged integrated circuits with both HBM and logic
// integrated circuit where the dominant function of the co-packaged integrated circuit is
// processing": an accelerator with HBM on its package is classified by TPP and density, not here.
// License Exception HBM (15 CFR 740.25) is open only below 3.3 GB/s per mm².
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <optional>

#include "../detail/arith.hpp"
#include "../detail/error.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

// An HBM stack or packaged memory device.
struct hbm_device {
  data_rate bandwidth{};  // of the stack, or of the packaged device when the stack is in a package
  area footprint{};       // of the stack, or of the package
  // True for a co-packaged IC with HBM and logic whose dominant function is processing (a GPU
  // with HBM): outside 3A090.c. An HBM stack on a logic base die that serves as control
  // interface with a PHY stays inside.
  bool processing_dominant = false;
};

struct hbm_thresholds {
  rational control_density{};    // 3A090.c: greater than 2 GB/s/mm² (strict)
  rational exception_ceiling{};  // LE HBM: eligible below 3.3 GB/s/mm² (strict)
};

inline constexpr hbm_thresholds hbm_limits{.control_density = rational{2},
                                           .exception_ceiling = rational::from_decimal(33, 1)};

// Memory bandwidth density in GB/s per mm², exact: (bytes/s / 10^9) / (µm² / 10^6).
constexpr rational memory_bandwidth_density(data_rate bandwidth, area footprint) {
  if (footprint.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: HBM package or stack area must be positive");
  if (bandwidth.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: HBM bandwidth must be positive");
  return rational{bandwidth.count(), accelspec::detail::checked_mul(footprint.count(), 1000)};
}

enum class hbm_status : std::uint8_t {
  not_in_force,    // before 2024-12-02: 3A090.c did not exist
  excluded,        // co-packaged with processing as the dominant function
  not_controlled,  // density of 2 GB/s/mm² or less
  controlled,      // 3A090.c
};

struct hbm_determination {
  hbm_status status = hbm_status::not_in_force;
  rational density{};                  // GB/s per mm²
  bool license_exception_hbm = false;  // 3A090.c and density below 3.3
  const regulation* source = &regulations::hbm_2024;

  [[nodiscard]] constexpr bool is_3a090c() const noexcept { return status == hbm_status::controlled; }
};

constexpr hbm_determination classify_hbm(const hbm_device& device, std::chrono::year_month_day date) {
  if (!date.ok()) ACCELSPEC_FAIL(invalid_argument, "accelspec: not a valid calendar date");
  hbm_determination d;
  d.density = memory_bandwidth_density(device.bandwidth, device.footprint);
  if (!regulations::hbm_2024.applies_on(date)) {
    d.status = hbm_status::not_in_force;
  } else if (device.processing_dominant) {
    d.status = hbm_status::excluded;
  } else if (d.density > hbm_limits.control_density) {
    d.status = hbm_status::controlled;
    d.license_exception_hbm = d.density < hbm_limits.exception_ceiling;
  } else {
    d.status = hbm_status::not_controlled;
  }
  return d;
}

}  // namespace accelspec::policy
