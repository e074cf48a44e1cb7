// A constexpr spec with a zero die area must not compile; the message names the problem.
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;
namespace as = accelspec;

#ifdef ACCELSPEC_FAIL_CASE
constexpr as::accelerator chip = as::validated({.compute = {as::dense(as::fp16, 100_tflops)},
                                                .dies = {{.name = "d", .area = 0_mm2, .transistors = as::non_planar}}});
#else
constexpr as::accelerator chip = as::validated({.compute = {as::dense(as::fp16, 100_tflops)},
                                                .dies = {{.name = "d", .area = 1_mm2, .transistors = as::non_planar}}});
#endif
static_assert(as::tpp(chip) == 1600);
