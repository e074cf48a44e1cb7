// accelspec in a CUDA translation unit: nvcc (with its EDG front end) must accept the headers,
// evaluate a classification in a constant expression, and run it in host code. The kernel
// receives values computed at compile time, and --expt-relaxed-constexpr lets device code call
// the library's constexpr arithmetic; where a GPU is present the kernel runs and is checked.
#include <cstdio>
#include <string_view>

#include <accelspec/accelspec.hpp>

namespace as = accelspec;
using namespace accelspec::literals;

namespace {

constexpr as::accelerator h20{
    .name = "NVIDIA H20",
    .market = as::market::datacenter,
    .compute = {as::dense(as::fp16, 148_tflops), as::dense(as::fp8, 296_tflops)},
    .dies = {as::die{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}},
};

constexpr as::accelerator h100{
    .name = "NVIDIA H100 SXM",
    .market = as::market::datacenter,
    .compute = {as::dense(as::fp16, 989.4_tflops), as::dense(as::fp8, 1978.9_tflops)},
    .dies = {as::die{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}},
};

// Compile time, in nvcc's front end.
static_assert(as::tpp(h20).has_value() && *as::tpp(h20) == as::tpp_value::from_integer(2368));
static_assert(as::classify(h20, as::rules::eccn_3a090_2023).eccn == as::eccn::none);
static_assert(as::classify(h100, as::rules::eccn_3a090_2023).eccn == as::eccn::a);
static_assert(as::outside_3a090<h20>);
static_assert(!as::outside_3a090<h100>);

// A constant of the library's making, usable on the device.
constexpr long long h100_tpp_micro = as::tpp(h100)->count();

// Relaxed constexpr: the device calls a constexpr host function of the library.
__global__ void tpp_on_device(long long* out) { *out = as::tpp_of(148_tflops, 16).count(); }

}  // namespace

int main() {
  // Host run time: the same functions on the same data.
  const as::determination d = as::classify(h100, as::rules::eccn_3a090_2023);
  const long long tpp_h20 = as::tpp(h20)->count() / as::tpp_value::per_unit;
  const std::string_view eccn = as::key(d.eccn);
  std::printf("H20 TPP %lld, H100 ECCN %.*s, H100 TPP (10^-6) %lld\n", tpp_h20, static_cast<int>(eccn.size()),
              eccn.data(), h100_tpp_micro);
  // Device run time, where there is a GPU: the kernel's constexpr arithmetic gives the same TPP.
  bool device_ok = true;
  int devices = 0;
  if (cudaGetDeviceCount(&devices) == cudaSuccess && devices > 0) {
    long long* out = nullptr;
    device_ok = cudaMallocManaged(&out, sizeof *out) == cudaSuccess;
    if (device_ok) {
      *out = -1;
      tpp_on_device<<<1, 1>>>(out);
      device_ok = cudaDeviceSynchronize() == cudaSuccess && *out == 2368 * as::tpp_value::per_unit;
      std::printf("device: %d GPU(s), kernel TPP (10^-6) %lld: %s\n", devices, *out, device_ok ? "ok" : "WRONG");
      cudaFree(out);
    }
  } else {
    std::printf("device: no CUDA device here; the kernel was compiled, not run\n");
  }
  return device_ok && tpp_h20 == 2368 && d.eccn == as::eccn::a ? 0 : 1;
}
