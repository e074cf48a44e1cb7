// RTX 4090 vs RTX 4090D: the note to 3A090.a and .b for chips not made for datacenters.
//
// 88 FR 73458 adds a note: an IC that is not designed or marketed for use in datacenters and has
// a TPP below 4,800 is not described by 3A090.a or .b. Its density does not matter. The RTX 4090
// (TPP 5,284.8) is over 4,800, so it is 3A090.a.1 (License Exception NAC/ACA may apply to such
// non-datacenter items). The RTX 4090D is the same AD102 die with fewer units enabled: TPP
// 4,707.2, under 4,800, so the note takes it out, even though its density (7.7) is above 5.92.
// The same silicon sold for datacenters would be 3A090.a.2.
#include <iostream>
#include <string>
#include <vector>

#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>

namespace as = accelspec;
using namespace as::literals;

namespace {

constexpr const as::accelerator& rtx_4090 = as::catalog::nvidia::rtx_4090;
constexpr const as::accelerator& rtx_4090d = as::catalog::nvidia::rtx_4090d;

// The 4090D as if it were marketed for datacenters: same numbers, different market.
constexpr as::accelerator rtx_4090d_for_datacenters = [] {
  as::accelerator c = rtx_4090d;
  c.name = "RTX 4090D marketed for datacenters (hypothetical)";
  c.market = as::market::datacenter;
  return c;
}();

static_assert(as::classify(rtx_4090).eccn == as::eccn::a && as::classify(rtx_4090).nac_aca);
static_assert(as::classify(rtx_4090d).eccn == as::eccn::none);
static_assert(as::classify(rtx_4090d).non_datacenter_note == as::truth::yes);
static_assert(as::classify(rtx_4090d_for_datacenters).clauses.contains(as::clause::a_2));

void show(const as::accelerator& chip) {
  const as::determination d = as::classify(chip);
  std::cout << chip.name << " (" << as::key(chip.market) << "): TPP " << as::io::pretty(*d.tpp) << ", density "
            << as::io::pretty(*d.performance_density, 3) << " -> "
            << (d.eccn == as::eccn::none ? std::string("outside 3A090") : std::string(as::key(d.eccn)));
  const std::vector<std::string> met = as::io::clause_keys(d.clauses);
  for (std::size_t i = 0; i < met.size(); ++i) std::cout << (i == 0 ? " (" : ", ") << met[i];
  if (!met.empty()) std::cout << ")";
  if (d.nac_aca) std::cout << ", NAC/ACA may apply";
  std::cout << "\n";
}

}  // namespace

int main() {
  show(rtx_4090);
  show(rtx_4090d);
  show(rtx_4090d_for_datacenters);
  // The design target for a non-datacenter AD102 card: TPP below 4,800 whatever the die area.
  const as::tpp_headroom room = as::headroom(608.5_mm2, as::market::other);
  std::cout << "Non-datacenter headroom of a 608.5 mm² die: TPP < " << as::io::pretty(room.tpp_limit, 6)
            << ", FP8 up to " << as::io::pretty(*room.max_dense_rate(as::fp8)) << ", FP16 up to "
            << as::io::pretty(*room.max_dense_rate(as::fp16)) << "\n";
  std::cout << "RTX 4090D FP16 " << as::io::pretty(*as::peak_dense_rate(rtx_4090d, as::fp16)) << " is "
            << (room.keeps_outside(*as::tpp(rtx_4090d)) ? "within" : "over") << " that budget\n";
}
