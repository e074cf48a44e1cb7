// accelspec classify: the ECCN 3A090 determination of a chip described by its raw specs, or of a
// catalog chip (--chip ID; the JSON then carries "chip").
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
  const catalog::entry* chip = nullptr;
  tf32_reading tf32 = tf32_reading::container_32;
  while (const auto flag = in.next()) {
    if (spec.consume(*flag, in)) continue;
    if (*flag == "--chip") {
      const std::string_view id = in.value();
      chip = catalog::find(id);
      if (chip == nullptr) {
        throw usage_error("--chip: unknown chip '" + std::string(id) + "' (see 'accelspec catalog' for the ids)");
      }
    } else if (*flag == "--rule") {
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
  if (chip != nullptr && spec.any())
    throw usage_error("--chip: cannot be combined with raw spec flags (--dense, --die, ...)");
  if (chip == nullptr && !spec.has_compute())
    throw usage_error("nothing to classify: give --chip ID, or at least one --dense or --sparse FORMAT=TERAOPS");
  const accelerator& subject = chip != nullptr ? chip->chip() : spec.chip();
  const classify_options options{.tf32 = tf32};
  // --rule wins over --date; with neither, the newest rule.
  const determination d = chosen_rule != nullptr ? classify(subject, *chosen_rule, options)
                          : date                 ? classify(subject, *date, options)
                                                 : classify(subject, options);
  if (json) {
    io::json_object o = io::to_json_object(d);
    if (chip != nullptr) o.string("chip", chip->id);
    out << o.str() << "\n";
  } else {
    if (chip != nullptr) out << "Chip: " << chip->name << " (" << chip->id << ").\n";
    out << io::explain(d);
  }
  return 0;
}

ACCELSPEC_CLI_COMMAND("classify", "ECCN 3A090 determination of a chip from its raw specs or --chip ID", run_classify);

}  // namespace
}  // namespace accelspec::cli
