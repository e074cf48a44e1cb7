// The README's first example: describe the NVIDIA H20 once, classify it at compile time.
#include <accelspec/accelspec.hpp>

#include <cstdio>

using namespace accelspec::literals;
namespace as = accelspec;

// Dense datasheet rates (FP8 296 TFLOPS, FP16 148 TFLOPS) on the 814 mm² GH100 die.
constexpr as::accelerator h20{
    .name = "NVIDIA H20",
    .market = as::market::datacenter,
    .compute = {as::dense(as::fp16, 148_tflops), as::dense(as::fp8, 296_tflops)},
    .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}},
    .memory = as::hbm(as::memory_technology::hbm3, 6, 96_GB, 4_TBps),
};

static_assert(as::tpp(h20) == 2368);                                  // 296 TFLOPS x 8 bits
static_assert(*as::performance_density(h20) < as::rational(32, 10));  // 2.909... < 3.2
static_assert(as::classify(h20).eccn == as::eccn::none);              // outside 3A090.a and .b
static_assert(as::outside_3a090<h20>);                                // usable as a constraint

int main() {
  const as::determination d = as::classify(h20);
  std::printf("%.*s: TPP %lld, density %.2f, %s\n", static_cast<int>(h20.name.size()), h20.name.data(),
              static_cast<long long>(d.tpp->value().floor()), d.performance_density->approximate(),
              d.eccn == as::eccn::none ? "not 3A090" : "3A090");
}
