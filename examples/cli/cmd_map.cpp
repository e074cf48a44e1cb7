// accelspec map: the threshold map of the catalog as an SVG file (TPP x performance density,
// the 3A090.a/.b regions of the chosen rule, the non-datacenter line at 4,800).
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include <accelspec/io/map_svg.hpp>

#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

int run_map(args a, std::ostream& out) {
  arg_reader in(a);
  std::optional<std::string> path;
  const rule* chosen_rule = nullptr;
  std::optional<std::chrono::year_month_day> date;
  while (const auto flag = in.next()) {
    if (*flag == "--svg") {
      path = std::string(in.value());
    } else if (*flag == "--rule") {
      chosen_rule = &parse_rule_option(*flag, in.value());
    } else if (*flag == "--date") {
      date = parse_date_option(*flag, in.value());
    } else {
      unknown_option(*flag);
    }
  }
  if (!path) throw usage_error("missing --svg FILE");
  if (chosen_rule != nullptr && date) throw usage_error("--rule and --date: give one or the other");
  if (date) {
    chosen_rule = rules::in_force(*date);
    if (chosen_rule == nullptr)
      throw usage_error("--date: no 3A090 rule was in force on that date (first: 2022-10-07)");
  }
  const rule& r = chosen_rule != nullptr ? *chosen_rule : rules::latest;
  const io::map_input input = io::catalog_map_input(r);
  std::ofstream file(*path, std::ios::binary);
  if (!file) throw usage_error("--svg: cannot write '" + *path + "'");
  file << io::threshold_map_svg(input);
  file.close();
  if (!file) throw usage_error("--svg: cannot write '" + *path + "'");
  out << "wrote " << *path << ": " << input.points.size() << " chips plotted under " << r.key;
  if (!input.not_plotted.empty()) out << ", " << input.not_plotted.size() << " without a known density";
  out << "\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND("map", "SVG map of the catalog on the TPP x density plane (--svg FILE)", run_map);

}  // namespace
}  // namespace accelspec::cli
