// A literal of the short spelling (16 digits here) whose count passes the largest one is too
// large, and says so: read by the lean loop, scaled by the unit's factor, refused by the bound.
#include <accelspec/units/literals.hpp>
using namespace accelspec::literals;

#ifdef ACCELSPEC_FAIL_CASE
constexpr auto rate = 9223372036854.776_tflops;  // 9,223,372,036,854,776,000 counts
#else
constexpr auto rate = 9223372036854.775_tflops;  // 9,223,372,036,854,775,000 counts: fits
#endif
static_assert(rate.count() == 9223372036854775000);
