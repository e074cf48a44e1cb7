// A checked_accelerator of an invalid spec must not compile: building it runs the checks, and the
// message names the problem (here a format listed twice for one processing unit).
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;
namespace as = accelspec;

#ifdef ACCELSPEC_FAIL_CASE
constexpr as::accelerator chip{.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::fp16, 90_tflops)}};
#else
constexpr as::accelerator chip{.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::bf16, 90_tflops)}};
#endif
constexpr as::checked_accelerator checked{chip};
static_assert(checked.tpp() == 1600);
