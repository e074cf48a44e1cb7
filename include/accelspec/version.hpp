// accelspec version: the single source of truth, read by CMake as well.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#define ACCELSPEC_VERSION_MAJOR 0
#define ACCELSPEC_VERSION_MINOR 1
#define ACCELSPEC_VERSION_PATCH 0

// Encodes a version as one integer for `#if` checks: ACCELSPEC_VERSION >= ACCELSPEC_VERSION_NUMBER(0, 1, 0).
#define ACCELSPEC_VERSION_NUMBER(major, minor, patch) ((major) * 10000 + (minor) * 100 + (patch))
#define ACCELSPEC_VERSION \
  ACCELSPEC_VERSION_NUMBER(ACCELSPEC_VERSION_MAJOR, ACCELSPEC_VERSION_MINOR, ACCELSPEC_VERSION_PATCH)

namespace accelspec {
inline constexpr int version_major = ACCELSPEC_VERSION_MAJOR;
inline constexpr int version_minor = ACCELSPEC_VERSION_MINOR;
inline constexpr int version_patch = ACCELSPEC_VERSION_PATCH;
inline constexpr const char* version_string = "0.1.0";
}  // namespace accelspec
