// accelspec report: one self-contained HTML page with the threshold map and the catalog table
// (metrics, determinations with reasons, sources).
#include <iostream>
#include <optional>
#include <string>

#include <accelspec/io/report_html.hpp>

#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

int run_report(args a, std::ostream& out) {
  arg_reader in(a);
  std::optional<std::string> path;
  const rule* chosen_rule = nullptr;
  std::optional<std::chrono::year_month_day> date;
  while (const auto flag = in.next()) {
    if (*flag == "--html") {
      path = std::string(in.value());
    } else if (*flag == "--rule") {
      chosen_rule = &parse_rule_option(*flag, in.value());
    } else if (*flag == "--date") {
      date = parse_date_option(*flag, in.value());
    } else {
      unknown_option(*flag);
    }
  }
  if (!path) throw usage_error("--html: missing (the file to write, or - for standard output)");
  rule_or_date(chosen_rule, date.has_value());
  if (date) {
    chosen_rule = rules::in_force(*date);
    if (chosen_rule == nullptr)
      throw usage_error("--date: no 3A090 rule was in force on that date (first: 2022-10-07)");
  }
  const rule& r = chosen_rule != nullptr ? *chosen_rule : rules::latest;
  write_document("--html", *path, io::catalog_report_html(r), out);
  status_stream() << "wrote " << (*path == "-" ? std::string("standard output") : *path) << ": " << catalog::all.size()
                  << " catalog chips under " << r.key << "\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "report",
    .synopsis = "self-contained HTML report of the catalog with the map (--html FILE)",
    .usage = "accelspec report --html FILE [--rule RULE | --date YYYY-MM-DD]",
    .description =
        "Writes one self-contained HTML page: the threshold map, and a table of every catalog chip with its "
        "metrics, its classification with the clauses met (the full reasons one click away) and its sources. "
        "The status line goes to standard error.",
    .options =
        {
            {"--html", "FILE", "the HTML file to write; - for standard output", "required", value_type::file},
            {"--rule", "RULE", "classify under this text of 3A090", "the newest; not with --date", value_type::rule},
            {"--date", "YYYY-MM-DD", "classify under the text in force on that date",
             "the newest text; not with --rule", value_type::date},
        },
    .examples = {"accelspec report --html report.html", "accelspec report --date 2023-06-01 --html - > report.html"},
    .run = run_report,
});

}  // namespace
}  // namespace accelspec::cli
