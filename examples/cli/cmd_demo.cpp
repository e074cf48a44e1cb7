// accelspec demo: every chip of the catalog classified under both texts of ECCN 3A090, as a
// table. The specs are the catalog's constexpr entries (include/accelspec/catalog/), each value
// with its source; `accelspec show ID` prints them.
#include <iostream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

std::string pad(std::string s, std::size_t width) {
  // Pads by display columns: count UTF-8 lead bytes only.
  std::size_t columns = 0;
  for (const char c : s) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  if (columns < width) s += std::string(width - columns, ' ');
  return s;
}

std::string cell(const determination& d) {
  std::string s(key(d.eccn));
  const std::vector<std::string> c = io::clause_keys(d.clauses);
  if (!c.empty()) {
    s += " (";
    for (std::size_t i = 0; i < c.size(); ++i) {
      s += i ? ", " : "";
      s += c[i].substr(c[i].size() - 3);
    }
    s += ")";
  }
  if (d.non_datacenter_note == truth::yes) s += " (note)";
  return s;
}

int run_demo(args a, std::ostream& out) {
  arg_reader in(a);
  while (const auto flag = in.next()) unknown_option(*flag);
  out << "accelspec demo: the catalog's " << catalog::all.size()
      << " chips, classified under both texts of ECCN 3A090\n\n";
  out << pad("chip", 28) << pad("market", 12) << pad("TPP", 11) << pad("density", 10) << pad("2022 text", 16)
      << "2023 text\n";
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
    out << pad(std::string(e->id), 28) << pad(std::string(key(chip.market)), 12)
        << pad(d23.tpp ? io::pretty(*d23.tpp) : "unknown", 11)
        << pad(d23.performance_density ? io::pretty(*d23.performance_density, 2) : "unknown", 10) << pad(cell(d22), 16)
        << cell(d23) << "\n";
  }
  out << "\nTPP = dense TOPS x bit length (highest over formats); density = TPP / applicable die area.\n"
         "'~' marks a value cut (not rounded) after two decimals; 'unknown' an input not made public, which\n"
         "leaves a clause 'undecided' when the answer depends on it; '(note)' the non-datacenter note.\n"
         "Sources and every value: accelspec show ID. All entries as JSON or CSV: accelspec catalog --json.\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND("demo", "classify every catalog chip under both texts of 3A090, as a table", run_demo);

}  // namespace
}  // namespace accelspec::cli
