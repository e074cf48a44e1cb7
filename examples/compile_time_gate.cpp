// A compile-time gate in user code: let the compiler refuse code paths that would ship a
// controlled chip, and check a design against its headroom before it exists.
//
//   static_assert on a classification stops the build with the message you write;
//   a constrained template (requires accelspec::outside_3a090<Chip>) makes the call itself
//   ill-formed for a chip that 3A090.a or .b describes, or whose classification is undecided.
#include <iostream>
#include <string_view>

#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>

namespace as = accelspec;
using namespace as::literals;

namespace {

// A function that only accepts chips that ship without a 3A090 license (under the 2023 text).
template <const as::accelerator& Chip>
  requires as::outside_3a090<Chip>
std::string_view ship_anywhere() {
  return Chip.name;
}

// Which chips satisfy the constraint, asked without calling it.
static_assert(as::outside_3a090<as::catalog::nvidia::h20>);
static_assert(as::outside_3a090<as::catalog::nvidia::rtx_4090d>);
static_assert(!as::outside_3a090<as::catalog::nvidia::h100_sxm>);
static_assert(!as::outside_3a090<as::catalog::nvidia::a800_sxm>);
// Under the 2022 text the A800 passed the same gate.
static_assert(as::outside_3a090<as::catalog::nvidia::a800_sxm, as::rules::eccn_3a090_2022>);

// A design in progress: the same 814 mm² die, 8-bit rate still being decided. The static_assert
// fails to compile if someone raises the rate past the headroom.
constexpr as::accelerator next_design{
    .name = "next design (814 mm², FP8 299 TOPS)",
    .market = as::market::datacenter,
    .compute = {as::dense(as::fp8, 299_tflops), as::dense(as::fp16, 149.5_tflops)},
    .dies = {{.name = "die", .area = 814_mm2, .transistors = as::non_planar}},
};
static_assert(as::headroom(814_mm2, as::market::datacenter).keeps_outside(*as::tpp(next_design)),
              "next_design exceeds the 3A090 headroom of an 814 mm² datacenter die");
static_assert(as::outside_3a090<next_design>);

}  // namespace

int main() {
  std::cout << "shipping: " << ship_anywhere<as::catalog::nvidia::h20>() << "\n";
  std::cout << "shipping: " << ship_anywhere<as::catalog::nvidia::rtx_4090d>() << "\n";
  std::cout << "shipping: " << ship_anywhere<next_design>() << "\n";
  // ship_anywhere<as::catalog::nvidia::h100_sxm>();  // does not compile: the constraint is not satisfied
  std::cout << "not callable: NVIDIA H100 SXM (3A090.a), NVIDIA A800 SXM (3A090.a since 2023-11-17)\n";
}
