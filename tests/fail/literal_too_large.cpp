// A literal one step past the largest count is too large, and says so (not "more decimal places":
// every one of its decimals fits the smallest unit, 10^-6 TFLOPS).
#include <accelspec/units/literals.hpp>
using namespace accelspec::literals;

#ifdef ACCELSPEC_FAIL_CASE
constexpr auto rate = 9223372036854.775808_tflops;
#else
constexpr auto rate = 9223372036854.775807_tflops;
#endif
static_assert(rate.count() == 9223372036854775807);
