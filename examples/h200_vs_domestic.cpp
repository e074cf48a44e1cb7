// The H200 beside the domestic alternatives in the catalog (Huawei Ascend 910B and 910C): TPP,
// performance density, memory capacity and bandwidth, and how each is treated for China on
// 2026-01-15. The Huawei parts are made in China; assess() answers as if the item were subject
// to the EAR, which is the question for a US-origin chip, and says nothing of Chinese rules. They
// were never commercially available in the United States, so the January 2026 case-by-case review
// would not reach them, and under BIS's May 2025 guidance on General Prohibition 10 exporting,
// transferring or using them needs BIS authorization wherever they go.
#include <chrono>
#include <iomanip>
#include <iostream>
#include <string>

#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/catalog/assess.hpp>  // catalog::assess, catalog::timeline
#include <accelspec/io.hpp>
#include <accelspec/policy.hpp>

namespace as = accelspec;
namespace policy = accelspec::policy;
using namespace std::chrono_literals;

namespace {

void row(const as::catalog::entry& e) {
  const as::accelerator& chip = e.chip();
  const auto t = as::tpp(chip);
  const auto pd = as::performance_density(chip);
  const auto cap = as::memory_capacity(chip);
  const auto bw = as::total_dram_bandwidth(chip);
  const policy::assessment a = as::catalog::assess(e, policy::require_destination("CN"), 2026y / 1 / 15);
  std::cout << std::left << std::setw(22) << chip.name << std::setw(10) << (t ? as::io::pretty(*t) : "unknown")
            << std::setw(9) << (pd ? as::io::pretty(*pd, 2) : "unknown") << std::setw(10)
            << (cap ? as::io::pretty(cap->in_display_units(), 6) + " GB" : "unknown") << std::setw(12)
            << (bw ? as::io::pretty(bw->in_display_units(), 6) + " GB/s" : "unknown") << std::setw(9) << key(a.eccn)
            << key(a.review) << "\n";
}

}  // namespace

int main() {
  std::cout << std::left << std::setw(22) << "chip" << std::setw(10) << "TPP" << std::setw(9) << "density"
            << std::setw(10) << "memory" << std::setw(12) << "bandwidth" << std::setw(9) << "ECCN"
            << "China, 2026-01-15\n";
  row(as::catalog::nvidia::h200_sxm_entry);
  row(as::catalog::huawei::ascend_910b_entry);
  row(as::catalog::huawei::ascend_910c_entry);
  const auto h200 = *as::tpp(as::catalog::nvidia::h200_sxm);
  const auto b910 = *as::tpp(as::catalog::huawei::ascend_910b);
  const auto c910 = *as::tpp(as::catalog::huawei::ascend_910c);
  std::cout << "\nThe H200 has " << as::io::pretty(h200.value() / b910.value(), 2) << " times the TPP of the 910B and "
            << as::io::pretty(h200.value() / c910.value(), 2) << " times that of the 910C, and "
            << as::io::pretty(*as::total_dram_bandwidth(as::catalog::nvidia::h200_sxm) /
                                  *as::total_dram_bandwidth(as::catalog::huawei::ascend_910c),
                              2)
            << " times the 910C's memory bandwidth.\n"
            << "All three are above the 3A090.a line (TPP 4,800) and inside the January 2026 zone (TPP below "
               "21,000, total DRAM bandwidth below 6,500 GB/s).\n"
            << "Only the H200 was commercially available in the United States when the rule was published, so only it "
               "gets the case-by-case review.\n";
  const policy::assessment gp10 =
      policy::assess(as::catalog::huawei::ascend_910b, policy::require_destination("MY"), 2025y / 6 / 1);
  for (const policy::measure_verdict& v : gp10.measures) {
    if (v.measure->kind == policy::measure_kind::general_prohibition) {
      std::cout << "The 910B to Malaysia on 2025-06-01: " << v.measure->effect << ".\n";
    }
  }
  std::cout
      << "The Huawei figures come from secondary sources and estimates (see `accelspec show huawei-ascend-910c`).\n";
  return 0;
}
