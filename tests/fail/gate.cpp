// A function gated on outside_3a090 must not accept a chip the rule describes.
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;
namespace as = accelspec;

constexpr as::accelerator h20{.market = as::market::datacenter,
                              .compute = {as::dense(as::fp8, 296_tflops)},
                              .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}}};
constexpr as::accelerator h100{.market = as::market::datacenter,
                               .compute = {as::dense(as::fp8, 1978.9_tflops)},
                               .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}}};

template <const as::accelerator& Chip>
  requires as::outside_3a090<Chip>
constexpr int ship_anywhere() {
  return 1;
}

#ifdef ACCELSPEC_FAIL_CASE
static_assert(ship_anywhere<h100>() == 1);
#else
static_assert(ship_anywhere<h20>() == 1);
static_assert(!as::outside_3a090<h100>);  // the twin uses h100 too, so no unused-variable warning
#endif
