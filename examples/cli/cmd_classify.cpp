// accelspec classify: the ECCN 3A090 determination of a chip described by its raw specs, or of a
// catalog chip (--chip ID; the JSON then carries "chip").
#include <iostream>
#include <optional>

#include "batch.hpp"
#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

// classify --csv: one result per row, in input order; a row that cannot be read gets an error
// (in its result and as one line on stderr) and the exit status 3.
int run_batch(std::string_view path, market m, const rule* chosen_rule,
              const std::optional<std::chrono::year_month_day>& date, const classify_options& options, bool json,
              bool csv, std::ostream& out) {
  batch::output<determination> o{
      .command = "classify",
      .csv_header = {"tpp", "tpp_bit_length", "applicable_die_area_mm2", "performance_density",
                     "performance_density_exact", "eccn", "clauses", "undecided_clauses", "rule"},
      .answer =
          [&](const batch::row_chip& r) {
            return chosen_rule != nullptr ? classify(r.chip, *chosen_rule, options)
                   : date                 ? classify(r.chip, *date, options)
                                          : classify(r.chip, options);
          },
      .json = [](io::json_members& j, const determination& d) { io::write_json(j, d); },
      .csv =
          [](const batch::row_chip&, const determination* d) {
            return std::vector<std::string>{
                d && d->tpp ? io::number(*d->tpp) : "", d && d->tpp ? std::to_string(d->tpp_bits) : "",
                d && d->applicable_die_area ? io::number(*d->applicable_die_area) : "",
                d && d->performance_density ? io::number(*d->performance_density, 9) : "",
                // as in the catalog CSV: whether the digits are the whole value
                d && d->performance_density ? (io::to_decimal(*d->performance_density, 9).exact ? "true" : "false")
                                            : "",
                d ? std::string(key(d->eccn)) : "", d ? batch::joined(io::clause_keys(d->clauses), ";") : "",
                d ? batch::joined(io::clause_keys(d->undecided), ";") : "",
                d && d->applied != nullptr ? std::string(d->applied->key) : ""};
          },
      .text =
          [](const determination& d) {
            return "TPP " + (d.tpp ? io::pretty(*d.tpp) : std::string("unknown")) + ", density " +
                   (d.performance_density ? io::pretty(*d.performance_density, 3) : std::string("unknown")) + ", " +
                   io::eccn_summary(d);
          },
  };
  return batch::run(o, path, m, json, csv, out);
}

int run_classify(args a, std::ostream& out) {
  arg_reader in(a);
  spec_builder spec;
  const rule* chosen_rule = nullptr;
  std::optional<std::chrono::year_month_day> date;
  bool json = false, output_csv = false;
  std::optional<std::string_view> csv_path;
  const catalog::entry* chip = nullptr;
  std::optional<tf32_reading> tf32;  // nullopt: both readings
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
    } else if (*flag == "--output-csv") {
      in.no_value();
      output_csv = true;
    } else if (*flag == "--csv") {
      csv_path = in.value();
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
  if (json && output_csv) throw usage_error("--output-csv: choose --json or --output-csv, not both");
  if (csv_path) {
    if (chip != nullptr) throw usage_error("--csv: not with --chip (the chips come from the file)");
    if (spec.has_compute() || spec.chip().io_bandwidth || !spec.chip().dies.empty()) {
      throw usage_error("--csv: not with the raw spec options (only --market, the default market of the rows)");
    }
    return run_batch(*csv_path, spec.chip().market, chosen_rule, date, classify_options{.tf32 = tf32}, json, output_csv,
                     out);
  }
  if (output_csv) throw usage_error("--output-csv: only with --csv FILE");
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
    // The spec passed its checks but its figures do not fit exact arithmetic (a rate so large that
    // rate x bit length overflows): name the option that carries them.
    const std::string option = chip != nullptr ? "--chip" : "--dense";
    if (e.kind() == error_kind::invalid_quantity) {
      throw usage_error(option + ": the rates are too large for an exact TPP (rate x bit length overflows)");
    }
    throw usage_error(option + ": " + std::string(library_message(e)));
  }
  if (json) {
    io::json_object o;
    o.raw("chip", chip_json(chip));
    out << o.append(io::to_json_object(d)).str() << "\n";
  } else {
    if (chip != nullptr) out << "Chip: " << chip->name << " (" << chip->id << ").\n";
    // Why every input is unknown: the product is known by name only (catalog/entry.hpp).
    if (chip != nullptr && chip->level == catalog::detail_level::name_only)
      out << "Known by name only: no rate, die or memory figure has been published for it.\n";
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
            {"--tf32-bits", "BITS",
             "bit length of TF32: 32 (its container) or 19 (its significant bits); the regulation does not settle it",
             "both readings: where they give different answers, the answer is undecided there and tf32_readings "
             "shows each",
             value_type::choice, false, "32 19"},
            {"--json", "", "print the determination as JSON (JSON Schema: classify.json)", {}, value_type::none},
            {"--csv",
             "FILE",
             "classify every row of a CSV file (- for standard input): accelspec's catalog CSV or Epoch AI's ML "
             "hardware CSV; --market sets the market of rows without a market cell",
             {},
             value_type::file},
            {"--output-csv", "", "with --csv: print the results as CSV", "text lines", value_type::none},
        }),
    .examples = {"accelspec classify --dense fp16=148 --dense fp8=296 --die 814 --json",
                 "accelspec catalog --csv | accelspec classify --csv - --output-csv"},
    .run = run_classify,
});

}  // namespace
}  // namespace accelspec::cli
