// accelspec map: the threshold map of the catalog as an SVG file (TPP x performance density,
// the 3A090.a/.b regions of the chosen rule, the non-datacenter line at 4,800).
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
  if (!path) throw usage_error("--svg: missing (the file to write, or - for standard output)");
  rule_or_date(chosen_rule, date.has_value());
  if (date) {
    chosen_rule = rules::in_force(*date);
    if (chosen_rule == nullptr)
      throw usage_error("--date: no 3A090 rule was in force on that date (first: 2022-10-07)");
  }
  const rule& r = chosen_rule != nullptr ? *chosen_rule : rules::latest;
  const io::map_input input = io::catalog_map_input(r);
  write_document("--svg", *path, io::threshold_map_svg(input), out);
  std::ostream& status = status_stream();
  status << "wrote " << (*path == "-" ? std::string("standard output") : *path) << ": " << input.points.size()
         << " chips plotted under " << r.key;
  if (!input.not_plotted.empty()) status << ", " << input.not_plotted.size() << " without a known density";
  status << "\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "map",
    .synopsis = "SVG map of the catalog on the TPP x density plane (--svg FILE)",
    .usage = "accelspec map --svg FILE [--rule RULE | --date YYYY-MM-DD]",
    .description =
        "Draws every catalog chip with a known TPP and density on the TPP x performance density plane, with the "
        "3A090.a and .b regions of the chosen text and the non-datacenter line at TPP 4,800, as one SVG file. "
        "The status line goes to standard error.",
    .options =
        {
            {"--svg", "FILE", "the SVG file to write; - for standard output", "required", value_type::file},
            {"--rule", "RULE", "draw the regions of this text of 3A090", "the newest; not with --date",
             value_type::rule},
            {"--date", "YYYY-MM-DD", "draw the text in force on that date", "the newest text; not with --rule",
             value_type::date},
        },
    .examples = {"accelspec map --svg map.svg", "accelspec map --rule 3a090-2022 --svg - > map-2022.svg"},
    .run = run_map,
});

}  // namespace
}  // namespace accelspec::cli
