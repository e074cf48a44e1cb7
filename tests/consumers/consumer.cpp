// The program every consumer project builds: it describes a chip, classifies it at compile time,
// gates a function on the result, and prints the determination at run time. Each consumer
// project reaches the library differently (installed package, add_subdirectory, FetchContent,
// the single header); the code is the same.
#include <iostream>

#include <accelspec/accelspec.hpp>
#ifndef ACCELSPEC_CONSUMER_SINGLE_HEADER
#include <accelspec/io.hpp>  // the single header already holds the io layer
#endif

#ifndef ACCELSPEC_CONSUMER_VIA
#error "the consumer project must say how it reached the library"
#endif

namespace as = accelspec;
using namespace accelspec::literals;

namespace {

constexpr as::accelerator h20{
    .name = "NVIDIA H20",
    .market = as::market::datacenter,
    .compute = {as::dense(as::fp16, 148_tflops), as::dense(as::fp8, 296_tflops)},
    .dies = {as::die{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}},
};

static_assert(as::tpp(h20) == as::tpp_value::from_integer(2368));
static_assert(as::classify(h20, as::rules::eccn_3a090_2023).eccn == as::eccn::none);

template <const as::accelerator& Chip>
  requires as::outside_3a090<Chip>
const char* ship_anywhere() {
  return "outside 3A090";
}

}  // namespace

int main() {
  const as::determination d = as::classify(h20, as::rules::eccn_3a090_2023);
  std::cout << "consumer via " << ACCELSPEC_CONSUMER_VIA << ": accelspec " << as::version_string << ", " << h20.name
            << " " << ship_anywhere<h20>() << ", " << as::io::to_json(d).size() << " bytes of JSON\n";
  return d.eccn == as::eccn::none ? 0 : 1;
}
