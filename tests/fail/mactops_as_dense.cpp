// MacTOPS used as a datasheet rate must not compile (one MAC is two operations).
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;
namespace as = accelspec;

#ifdef ACCELSPEC_FAIL_CASE
constexpr as::dense_rate wrong = 300_mactops;
#else
constexpr as::dense_rate right = as::dense_from_macs(300_mactops);
static_assert(right == 600_tops);
#endif
