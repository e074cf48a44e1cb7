// Adding an operation rate to a data rate must not compile.
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;

#ifdef ACCELSPEC_FAIL_CASE
auto wrong = 989.4_tflops + 4.8_TBps;
#else
auto right = 989.4_tflops + 1_tflops;
#endif
