// accelspec demo: every chip of the catalog classified under both texts of ECCN 3A090, as a
// table. The specs are the catalog's constexpr entries (include/accelspec/catalog/), each value
// with its source; `accelspec show ID` prints them.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

using io::pad_right;

int run_demo(args a, std::ostream& out) {
  arg_reader in(a);
  while (const auto flag = in.next()) unknown_option(*flag);
  out << "accelspec demo: the catalog's " << catalog::all.size()
      << " chips, classified under both texts of ECCN 3A090\n\n";
  // The columns, their order and the density's three decimals are those of `accelspec catalog`; the
  // id column is as wide as the longest id and a space.
  std::size_t id_width = 28;
  for (const catalog::entry* e : catalog::all) id_width = std::max(id_width, e->id.size() + 1);
  out << pad_right("id", id_width) << pad_right("market", 12) << pad_right("TPP", 12) << pad_right("density", 10)
      << pad_right("2023 text", 23) << "2022 text\n";
  out << std::string(100, '-') << "\n";
  std::string_view vendor;
  for (const catalog::entry* e : catalog::all) {
    const accelerator& chip = e->chip();
    if (chip.vendor != vendor) {
      if (!vendor.empty()) out << "\n";
      vendor = chip.vendor;
    }
    const determination d22 = classify(chip, rules::eccn_3a090_2022);
    const determination d23 = classify(chip, rules::eccn_3a090_2023);
    out << pad_right(std::string(e->id), id_width) << pad_right(std::string(key(chip.market)), 12)
        << pad_right(d23.tpp ? io::pretty(*d23.tpp) : "unknown", 12)
        << pad_right(d23.performance_density ? io::pretty(*d23.performance_density, 3) : "unknown", 10)
        << pad_right(io::eccn_summary(d23), 23) << io::eccn_summary(d22) << "\n";
  }
  out << "\nTPP = dense TOPS x bit length (highest over formats); density = TPP / applicable die area.\n"
         "'~' marks a value cut (not rounded) after three decimals; 'unknown' an input not made public, which\n"
         "leaves a clause 'undecided' when the answer depends on it; '(note)' the non-datacenter note.\n"
         "Sources and every value: accelspec show ID. All entries as JSON or CSV: accelspec catalog --json.\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "demo",
    .synopsis = "classify every catalog chip under both texts of 3A090, as a table",
    .usage = "accelspec demo",
    .description = "Prints every catalog chip with its market, TPP, performance density and its classification "
                   "under the October 2022 and October 2023 texts of ECCN 3A090. Takes no options.",
    .options = {},
    .examples = {"accelspec demo", "accelspec demo | grep nvidia"},
    .run = run_demo,
});

}  // namespace
}  // namespace accelspec::cli
