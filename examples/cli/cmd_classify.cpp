// accelspec classify: the ECCN 3A090 determination of a chip described by its raw specs.
#include <iostream>
#include <optional>

#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

int run_classify(args a, std::ostream& out) {
  arg_reader in(a);
  spec_builder spec;
  const rule* chosen_rule = nullptr;
  std::optional<std::chrono::year_month_day> date;
  bool json = false;
  tf32_reading tf32 = tf32_reading::container_32;
  while (const auto flag = in.next()) {
    if (spec.consume(*flag, in)) continue;
    if (*flag == "--rule") {
      chosen_rule = &parse_rule_option(*flag, in.value());
    } else if (*flag == "--date") {
      date = parse_date_option(*flag, in.value());
    } else if (*flag == "--json") {
      in.no_value();
      json = true;
    } else if (*flag == "--tf32-bits") {
      const std::string_view v = in.value();
      if (v == "32")
        tf32 = tf32_reading::container_32;
      else if (v == "19")
        tf32 = tf32_reading::significant_19;
      else
        throw usage_error("--tf32-bits: must be 32 or 19, got '" + std::string(v) + "'");
    } else {
      unknown_option(*flag);
    }
  }
  if (!spec.has_compute())
    throw usage_error("nothing to classify: give at least one --dense or --sparse FORMAT=TERAOPS");
  const classify_options options{.tf32 = tf32};
  // --rule wins over --date; with neither, the newest rule.
  const determination d = chosen_rule != nullptr ? classify(spec.chip(), *chosen_rule, options)
                          : date                 ? classify(spec.chip(), *date, options)
                                                 : classify(spec.chip(), options);
  if (json) {
    out << io::to_json(d) << "\n";
  } else {
    out << io::explain(d);
  }
  return 0;
}

ACCELSPEC_CLI_COMMAND("classify", "ECCN 3A090 determination of a chip from its raw specs", run_classify);

}  // namespace
}  // namespace accelspec::cli
