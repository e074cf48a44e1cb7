// One include for Catch2 v2 (Debian's catch2 package, single header) and v3 (FetchContent or a
// newer install). CMake defines ACCELSPEC_CATCH2_V3 when it found v3.
#pragma once

#if defined(ACCELSPEC_CATCH2_V3)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
