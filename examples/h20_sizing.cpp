// How the H20 was sized: the headroom of an 814 mm² datacenter die under the October 2023 rule.
//
// The H20 uses the full GH100 die (814 mm²). Its performance density is TPP / 814, so each
// density threshold of 3A090 becomes a TPP threshold for this die:
//   3A090.b.2 (density 3.2 or more, TPP 1,600 or more) starts at 3.2 x 814 = 2,604.8,
//   3A090.b.1 (density 1.6 or more, TPP 2,400 or more) starts at max(2,400, 1.6 x 814) = 2,400,
//   3A090.a.2 (density 5.92 or more) starts at 5.92 x 814 = 4,818.88, and a.1 at 4,800.
// The lowest of these, 2,400, is the bound: any TPP below it is outside .a and .b. At 8 bits that
// is 300 dense TOPS; the H20's 296 TOPS (TPP 2,368) sits just under it.
#include <iostream>

#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>

namespace as = accelspec;
using namespace as::literals;

namespace {

constexpr const as::accelerator& h20 = as::catalog::nvidia::h20;
constexpr as::tpp_headroom room = as::headroom(814_mm2, as::market::datacenter, as::rules::eccn_3a090_2023);

static_assert(room.tpp_limit == 2400 && room.binding.contains(as::clause::b_1));
static_assert(room.keeps_outside(*as::tpp(h20)));
static_assert(*room.max_dense_rate(as::fp8) == 299.999999_tflops);

}  // namespace

int main() {
  std::cout << "Die: GH100, 814 mm², designed or marketed for datacenters, rule 88 FR 73458\n";
  std::cout << "TPP bound: below " << as::io::pretty(room.tpp_limit, 6) << " (at exactly "
            << as::io::pretty(room.tpp_limit, 6) << " the chip meets 3A090.b.1)\n";
  std::cout << "Largest dense rate per format:";
  for (const as::number_format f : {as::fp8, as::int8, as::fp16, as::bf16, as::tf32}) {
    std::cout << " " << as::key(f) << " " << as::io::pretty(*room.max_dense_rate(f));
    std::cout << (f == as::tf32 ? "\n" : ";");
  }
  const as::tpp_value t = *as::tpp(h20);
  std::cout << "NVIDIA H20: FP8 " << as::io::pretty(*as::peak_dense_rate(h20, as::fp8)) << ", TPP " << as::io::pretty(t)
            << ", density " << as::io::pretty(*as::performance_density(h20), 3) << " -> "
            << (room.keeps_outside(t) ? "fits under the bound" : "over the bound") << " with "
            << as::io::pretty(room.tpp_limit - t.value(), 6) << " TPP to spare\n";
  std::cout << "Classifier agrees: " << as::key(as::classify(h20, as::rules::eccn_3a090_2023).eccn) << "\n";

  // The staircase: how the bound moves with die area.
  std::cout << "Bound by die area (datacenter):\n";
  for (const as::area a : {400_mm2, 600_mm2, 740_mm2, 814_mm2, 1500_mm2, 2000_mm2, 3000_mm2}) {
    const as::tpp_headroom h = as::headroom(a, as::market::datacenter);
    std::cout << "  " << as::io::pretty(a.in_display_units(), 6) << " mm²: TPP < " << as::io::pretty(h.tpp_limit, 6)
              << " (" << as::io::clause_keys(h.binding).front() << ")\n";
  }
  // And backwards: the smallest die that would keep the H20's TPP outside both paragraphs.
  const as::area_headroom inv = as::min_die_area(t, as::market::datacenter);
  std::cout << "Smallest die for TPP " << as::io::pretty(t) << ": more than " << as::io::pretty(inv.min_area_mm2, 6)
            << " mm² (2,368 / 3.2)\n";
}
