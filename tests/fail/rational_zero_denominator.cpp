// A rational with a zero denominator is a compile error in a constant expression.
#include <accelspec/units/rational.hpp>
namespace as = accelspec;

#ifdef ACCELSPEC_FAIL_CASE
constexpr as::rational r{1, 0};
#else
constexpr as::rational r{1, 2};
#endif
static_assert(r.numerator() == 1);
