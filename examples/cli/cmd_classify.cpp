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
      chip = &chip_entry_option(*flag, in.value());
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
        throw usage_error("--tf32-bits: must be 32 or 19, got " + quoted(v));
    } else {
      unknown_option(*flag);
    }
  }
  rule_or_date(chosen_rule, date.has_value());
  if (chip != nullptr && spec.any())
    throw usage_error("--chip: cannot be combined with raw spec flags (--dense, --die, ...)");
  if (chip == nullptr && !spec.has_compute())
    throw usage_error("nothing to classify: give --chip ID, or at least one --dense or --sparse FORMAT=TERAOPS");
  const accelerator& subject = chip != nullptr ? chip->chip() : spec.chip();
  const classify_options options{.tf32 = tf32};
  // --rule or --date (never both); with neither, the newest rule.
  determination d;
  try {
    d = chosen_rule != nullptr ? classify(subject, *chosen_rule, options)
        : date                 ? classify(subject, *date, options)
                               : classify(subject, options);
  } catch (const error& e) {
    // The spec is valid but its figures do not fit exact arithmetic (a rate so large that rate x
    // bit length overflows): name the options that carry them.
    throw usage_error(std::string(chip != nullptr ? "--chip" : "--dense") + ": " + std::string(library_message(e)) +
                      " (the rates are too large to compute TPP exactly)");
  }
  if (json) {
    io::json_object o;
    o.raw("chip", chip_json(chip));
    out << o.append(io::to_json_object(d)).str() << "\n";
  } else {
    if (chip != nullptr) out << "Chip: " << chip->name << " (" << chip->id << ").\n";
    out << io::explain(d);
  }
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "classify",
    .synopsis = "ECCN 3A090 determination of a chip from its raw specs or --chip ID",
    .usage = "accelspec classify (--chip ID | --dense FORMAT=TERAOPS... [--die MM2]...) [options]\n"
             "       accelspec classify --csv FILE [--json | --output-csv] [options]",
    .description =
        "Classifies one chip under ECCN 3A090: its TPP (the highest over bit lengths of the sum over processing "
        "units of dense rate x bit length), its performance density (TPP / applicable die area), and the clauses "
        "of the chosen text it meets, with the reason for each. With --csv, every row of a CSV file (accelspec's "
        "own catalog CSV, or Epoch AI's ML hardware CSV) is classified, one result per row.",
    .options = options_with_spec(
        {chip_option_info},
        {
            {"--rule", "RULE", "classify under this text of 3A090 (3a090-2022, 3a090-2023)",
             "the newest; not with --date", value_type::rule},
            {"--date", "YYYY-MM-DD", "classify under the text in force on that date",
             "the newest text; not with --rule", value_type::date},
            {"--tf32-bits", "BITS", "bit length of TF32: 32 (its container) or 19", "32", value_type::choice, false,
             "32 19"},
            {"--json", "", "print the determination as JSON (docs/schemas/classify.json)", {}, value_type::none},
        }),
    .examples = {"accelspec classify --chip nvidia-h20",
                 "accelspec classify --dense fp16=148 --dense fp8=296 --die 814 --json"},
    .run = run_classify,
});

}  // namespace
}  // namespace accelspec::cli
