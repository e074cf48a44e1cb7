// A checked_accelerator refers to its spec: built from a temporary it would dangle, so that
// constructor is deleted.
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;
namespace as = accelspec;

constexpr as::accelerator chip{.compute = {as::dense(as::fp16, 100_tflops)}};
#ifdef ACCELSPEC_FAIL_CASE
const as::checked_accelerator checked{as::accelerator{.compute = {as::dense(as::fp16, 100_tflops)}}};
#else
const as::checked_accelerator checked{chip};
#endif

int main() { return checked.tpp() == as::tpp(chip) ? 0 : 1; }
