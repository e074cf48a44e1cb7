// accelspec report: one self-contained HTML page with the threshold map and the catalog table
// (metrics, determinations with reasons, sources).
#include <fstream>
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
  if (!path) throw usage_error("missing --html FILE");
  if (chosen_rule != nullptr && date) throw usage_error("--rule and --date: give one or the other");
  if (date) {
    chosen_rule = rules::in_force(*date);
    if (chosen_rule == nullptr)
      throw usage_error("--date: no 3A090 rule was in force on that date (first: 2022-10-07)");
  }
  const rule& r = chosen_rule != nullptr ? *chosen_rule : rules::latest;
  std::ofstream file(*path, std::ios::binary);
  if (!file) throw usage_error("--html: cannot write '" + *path + "'");
  file << io::catalog_report_html(r);
  file.close();
  if (!file) throw usage_error("--html: cannot write '" + *path + "'");
  out << "wrote " << *path << ": " << catalog::all.size() << " catalog chips under " << r.key << "\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND("report", "self-contained HTML report of the catalog with the map (--html FILE)", run_report);

}  // namespace
}  // namespace accelspec::cli
