// An unknown destination code in a constant expression is a compile error naming the problem,
// never "no license needed". The twin compiles with a valid code.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/policy.hpp>
using namespace std::chrono_literals;
namespace policy = accelspec::policy;

#ifdef ACCELSPEC_FAIL_CASE
constexpr auto answer = policy::assess(accelspec::catalog::nvidia::h200_sxm, "XX", 2026y / 1 / 15);
#else
constexpr auto answer = policy::assess(accelspec::catalog::nvidia::h200_sxm, "CN", 2026y / 1 / 15);
#endif
static_assert(!answer.citations.empty());
