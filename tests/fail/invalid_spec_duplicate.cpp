// A constexpr spec listing one format twice for one unit must not classify at compile time.
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;
namespace as = accelspec;

#ifdef ACCELSPEC_FAIL_CASE
constexpr as::accelerator chip{.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::fp16, 120_tflops)}};
#else
constexpr as::accelerator chip{.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::fp16, 120_tflops, "vector")}};
#endif
static_assert(as::classify(chip).eccn != as::eccn::b);
