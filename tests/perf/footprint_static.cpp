// A program whose only use of accelspec is compile-time: static_assert and a constraint. The
// zero-footprint check (check_footprint.cmake) requires its binary to carry no accelspec symbol
// and to have exactly the text, data and bss sizes of footprint_empty.cpp.
//
// The chip is returned by a constexpr function rather than held in a namespace-scope variable:
// at -O0 GCC emits an unused internal-linkage constexpr variable of the user's own, and that
// would be the user's data, not the library's (see docs/performance.md).
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

#include <cstddef>
#include <utility>

namespace {

namespace as = accelspec;
using namespace as::literals;

constexpr as::accelerator h20() {
  return {.name = "NVIDIA H20",
          .market = as::market::datacenter,
          .compute = {as::dense(as::fp16, 148_tflops), as::dense(as::fp8, 296_tflops)},
          .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}}};
}

static_assert(as::tpp(h20()) == 2368);
static_assert(as::classify(h20(), as::rules::eccn_3a090_2023).eccn == as::eccn::none);
static_assert(as::eccn_of(h20(), as::rules::eccn_3a090_2023).eccn == as::eccn::none);
// No I/O figure: the 2022 text's I/O prong is unknown, but TPP 2368 < 4800 decides it anyway.
static_assert(as::classify(h20(), as::rules::eccn_3a090_2022).eccn == as::eccn::none);

// Every catalog entry, through the lean path and the full one, one evaluation per entry. A class
// template holds the static_assert: at -O0 GCC would emit a variable template's bool, which is
// the program's own data, not the library's.
template <std::size_t I>
struct entry_agrees {
  static constexpr bool check() {
    const as::accelerator& chip = as::catalog::all[I]->chip();
    for (const as::rule* r : as::rules::all) {
      if (as::eccn_of(chip, *r).eccn != as::classify(chip, *r).eccn) return false;
    }
    return true;
  }
  static_assert(check(), "eccn_of and classify disagree on a catalog entry");
  using type = entry_agrees;
};
template <std::size_t... I>
constexpr std::size_t catalog_checked(std::index_sequence<I...>) {
  return (sizeof(typename entry_agrees<I>::type) + ...);
}
static_assert(catalog_checked(std::make_index_sequence<as::catalog::all.size()>{}) == as::catalog::all.size());

// Constraints on catalog chips: the H20 may instantiate a function gated on "outside 3A090".
template <const as::accelerator& Chip>
  requires as::outside_3a090<Chip>
constexpr bool ship_anywhere() {
  return true;
}
static_assert(ship_anywhere<*as::catalog::find("nvidia-h20")->spec>());
static_assert(!as::outside_3a090<*as::catalog::find("nvidia-h100-sxm")->spec>);

}  // namespace

int main() { return 0; }
