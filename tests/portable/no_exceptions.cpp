// The library without exceptions (-fno-exceptions): the #else branch of detail/error.hpp. A valid
// chip classifies as usual; an invalid one stops the program with the error's message on stderr
// (std::abort), never a wrong answer. Run as `no_exceptions` (valid) and `no_exceptions invalid`.
#include <accelspec/rules/classify.hpp>
#include <accelspec/units/literals.hpp>

#include <cstdio>
#include <cstring>

namespace as = accelspec;
using namespace as::literals;

int main(int argc, char** argv) {
  as::accelerator chip{.market = as::market::datacenter,
                       .compute = {as::dense(as::fp8, 296_tflops)},
                       .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}}};
  if (argc > 1 && std::strcmp(argv[1], "invalid") == 0) chip.dies = {{.name = "d", .area = 814_mm2 - 814_mm2}};
  const as::determination d = as::classify(chip, as::rules::eccn_3a090_2023);
  std::printf("TPP %lld, ECCN %s\n", static_cast<long long>(d.tpp->count() / as::tpp_value::per_unit),
              d.eccn == as::eccn::none ? "none" : "controlled");
  return d.eccn == as::eccn::none ? 0 : 1;
}
