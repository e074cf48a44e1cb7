// A decimal scale past 10^18 (the largest power of ten an int64 holds) is a compile error in a
// constant expression, never a wrapped denominator.
#include <accelspec/units/rational.hpp>
namespace as = accelspec;

#ifdef ACCELSPEC_FAIL_CASE
constexpr as::rational r = as::rational::from_decimal(1, 19);
#else
constexpr as::rational r = as::rational::from_decimal(1, 18);
#endif
static_assert(r.numerator() == 1);
