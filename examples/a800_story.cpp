// Why the A800 existed, and why it stopped working.
//
// The October 2022 text of ECCN 3A090.a (87 FR 62186) had two prongs, and a chip needed BOTH:
//   an aggregate bidirectional I/O rate of 600 GB/s or more, AND
//   bit length x TOPS of 4,800 or more.
// The A100 met both. NVIDIA's A800 kept the A100's compute and cut NVLink from 600 to 400 GB/s,
// so it failed the I/O prong and was outside 3A090 however fast it computed. The October 2023
// revision (88 FR 73458, in force 2023-11-17) dropped the I/O prong and added performance
// density: from then on the A800's TPP of 4,992 alone put it under 3A090.a.1.
#include <chrono>
#include <iostream>
#include <string>

#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>

namespace as = accelspec;
using namespace std::chrono_literals;
using namespace as::literals;

namespace {

constexpr const as::accelerator& a100 = as::catalog::nvidia::a100_sxm;
constexpr const as::accelerator& a800 = as::catalog::nvidia::a800_sxm;

// The whole story, checked by the compiler.
static_assert(as::tpp(a800) == as::tpp(a100));  // same silicon, same compute
static_assert(as::classify(a100, as::rules::eccn_3a090_2022).eccn == as::eccn::a);
static_assert(as::classify(a800, as::rules::eccn_3a090_2022).eccn == as::eccn::none);
static_assert(as::classify(a800, as::rules::eccn_3a090_2023).eccn == as::eccn::a);
// The day the 2022 text stopped applying, and the day after.
static_assert(as::classify(a800, 2023y / 11 / 16).eccn == as::eccn::none);
static_assert(as::classify(a800, 2023y / 11 / 17).eccn == as::eccn::a);
// Under the 2022 text, an I/O rate below 600 GB/s leaves no TPP bound at all.
static_assert(!as::headroom(826_mm2, as::market::datacenter, as::rules::eccn_3a090_2022, a800.io_bandwidth).bounded);

void show(const char* label, const as::accelerator& chip) {
  std::cout << label << ": TPP " << as::io::pretty(*as::tpp(chip)) << ", NVLink I/O "
            << as::io::pretty(*chip.io_bandwidth) << "\n";
  for (const as::rule* r : as::rules::all) {
    const as::determination d = as::classify(chip, *r);
    std::cout << "  " << r->source.federal_register << " (" << r->key
              << "): " << (d.eccn == as::eccn::none ? "outside 3A090" : std::string(as::key(d.eccn))) << "\n";
    for (const std::string& why : as::io::reasons(d)) std::cout << "    - " << why << "\n";
  }
}

}  // namespace

int main() {
  show("NVIDIA A100 SXM", a100);
  show("NVIDIA A800 SXM", a800);
  const auto outcome = [](const as::determination& d) {
    return d.eccn == as::eccn::none ? std::string("outside 3A090") : std::string(as::key(d.eccn));
  };
  std::cout << "A800 on 2023-11-16: " << outcome(as::classify(a800, 2023y / 11 / 16))
            << "; on 2023-11-17: " << outcome(as::classify(a800, 2023y / 11 / 17)) << "\n";
  std::cout << "Lesson: the 2022 text needed both prongs, so cutting I/O was enough; the 2023 text "
               "counts compute (and density) only.\n";
}
