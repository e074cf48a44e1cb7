// A literal finer than the quantity's smallest unit must not compile (never rounded).
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;

#ifdef ACCELSPEC_FAIL_CASE
constexpr auto rate = 0.0000001_tflops;
#else
constexpr auto rate = 0.000001_tflops;
#endif
static_assert(rate.count() >= 0);
