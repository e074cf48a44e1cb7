// accelspec assess: may this chip (or a system of it) go to this destination on this date, and
// how would a license be reviewed? The answer of policy::assess(), in words or as JSON.
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "batch.hpp"
#include "cli_support.hpp"
#include "policy_options.hpp"

namespace accelspec::cli {
namespace {

// assess --csv: one assessment per row, in input order; a row that cannot be read gets an error (in
// its result and as one line on stderr) and the exit status 3.
int run_assess_batch(std::string_view path, market m, const policy::destination& to, std::chrono::year_month_day when,
                     const policy_flags& flags, bool json, bool csv, std::ostream& out) {
  const auto licence = [](const policy::assessment& a) -> std::string {
    return a.license_required == truth::yes  ? "required"
           : a.license_required == truth::no ? "not required"
                                             : "undecided";
  };
  // The file searched for the current row's own end user, and what its answer was checked against
  // (that search, the search for --end-user, or none when no file was given): the row is written
  // before the next is read.
  std::unique_ptr<io::screening_measures> row_search;
  const io::screening_measures* searched = nullptr;
  batch::output<policy::assessment> o{
      .command = "assess",
      .csv_header = {"destination", "date", "end_user", "eccn", "license_required", "review"},
      .answer =
          [&](const batch::row_chip& r) {
            policy::assess_options options = flags.for_entry(r.entry);
            searched = flags.screened.get();
            if (!r.end_user.empty()) {
              // The row's own end user, in place of --end-user; a --screening-list file is searched
              // for this name (its matches replace those for --end-user).
              options.end_user = r.end_user;
              row_search = flags.search_for(r.end_user);
              if (row_search) {
                options = row_search->apply(options);
                searched = row_search.get();
              }
            } else if (flags.screening && !flags.screened) {
              // A screening-list file was given to be searched, but this row names no one to search
              // for: an answer without the search would read as a buyer screened and cleared.
              throw usage_error(
                  "end_user: the row names no end user and --end-user is not given, so --screening-list was not "
                  "searched for it (give the row's end_user or --end-user)");
            }
            return policy::assess(r.chip, to, when, options);
          },
      .json =
          [&](io::json_members& j, const policy::assessment& a) {
            io::write_json(j, a);
            policy_flags::write_checked(j, searched);
          },
      .csv =
          [&](const batch::row_chip& r, const policy::assessment* a) {
            return std::vector<std::string>{std::string(to.code),
                                            io::to_string(when),
                                            r.end_user.empty() ? std::string(flags.options.end_user) : r.end_user,
                                            a ? std::string(key(a->eccn)) : "",
                                            a ? licence(*a) : "",
                                            a ? std::string(key(a->review)) : ""};
          },
      .text = [&](const policy::assessment& a) { return std::string(key(a.eccn)) + ", license " + licence(a); },
  };
  return batch::run(o, path, m, json, csv, out);
}

int run_assess(args a, std::ostream& out) {
  arg_reader in(a);
  spec_builder spec;
  const accelerator* chip = nullptr;
  const catalog::entry* entry = nullptr;
  const catalog::entry* product = nullptr;  // --product: the raw spec is this product's variant
  accelerator variant{};
  std::optional<policy::destination> to;
  std::optional<std::chrono::year_month_day> date;
  std::optional<int> system_count;
  bool json = false, output_csv = false;
  std::optional<std::string_view> csv_path;
  policy_flags flags;
  while (const auto flag = in.next()) {
    if (spec.consume(*flag, in) || flags.consume(*flag, in)) continue;
    if (*flag == "--chip") {
      entry = &chip_entry_option(*flag, in.value());
      chip = &entry->chip();
    } else if (*flag == "--product") {
      product = &chip_entry_option(*flag, in.value());
    } else if (*flag == "--destination") {
      to = destination_option(*flag, in.value());
    } else if (*flag == "--date") {
      date = parse_date_option(*flag, in.value());
    } else if (*flag == "--system") {
      const std::string_view v = in.value();
      int n = 0;
      for (const char c : v) {
        if (c < '0' || c > '9' || n > 1000)
          throw usage_error("--system: expected a count of 1 to 1000, got " + quoted(v));
        n = n * 10 + (c - '0');
      }
      if (n < 1 || n > 1000) throw usage_error("--system: expected a count of 1 to 1000, got " + quoted(v));
      system_count = n;
    } else if (*flag == "--json") {
      in.no_value();
      json = true;
    } else if (*flag == "--output-csv") {
      in.no_value();
      output_csv = true;
    } else if (*flag == "--csv") {
      csv_path = in.value();
    } else {
      unknown_option(*flag);
    }
  }
  if (json && output_csv) throw usage_error("--output-csv: choose --json or --output-csv, not both");
  flags.prepare(csv_path.has_value());
  if (csv_path) {
    if (chip != nullptr) throw usage_error("--csv: not with --chip (the chips come from the file)");
    if (spec.has_compute() || spec.chip().io_bandwidth || !spec.chip().dies.empty())
      throw usage_error("--csv: not with the raw spec options (only --market, the default market of the rows)");
    if (!to) throw usage_error("--destination: missing (an ISO 3166-1 alpha-2 code such as CN)");
    if (system_count) throw usage_error("--system: not with --csv");
    return run_assess_batch(*csv_path, spec.chip().market, *to, date ? *date : today(), flags, json, output_csv, out);
  }
  if (output_csv) throw usage_error("--output-csv: only with --csv FILE");
  if (chip != nullptr && spec.any()) throw usage_error("--chip: give either --chip or the raw spec flags, not both");
  if (product != nullptr && chip != nullptr) throw usage_error("--product: only with the raw spec flags, not --chip");
  if (chip == nullptr) {
    if (!spec.has_compute())
      throw usage_error("nothing to assess: give --chip ID or at least one --dense FORMAT=TERAOPS");
    chip = &spec.chip();
  }
  if (product != nullptr) {
    // A what-if: the raw figures as a variant of the named product, so that the company notices
    // naming it (and the General Prohibition 10 guidance on its designer) apply.
    variant = variant_of(*chip, *product);
    chip = &variant;
  }
  if (!to) throw usage_error("--destination: missing (an ISO 3166-1 alpha-2 code such as CN)");
  const std::chrono::year_month_day when = date ? *date : today();
  const policy::assess_options options = flags.for_entry(entry);
  policy::assessment answer;
  if (system_count) {
    policy::system_spec sys{
        .name = "system", .vendor = chip->vendor, .parts = {policy::system_part{chip, *system_count}}};
    answer = policy::assess(sys, *to, when, options);
  } else {
    answer = policy::assess(*chip, *to, when, options);
  }
  if (json) {
    io::json_object o;
    o.raw("chip", chip_json(entry));
    if (product != nullptr) o.string("product", product->id);
    o.append(io::to_json_object(answer));
    flags.add_checked(o);
    out << o.str() << "\n";
  } else {
    // A catalog chip by its catalog name, as every other command shows it (the spec's own name may
    // carry a memory size: "NVIDIA H200 SXM 141GB").
    out << (entry != nullptr ? entry->name : chip->name) << "\n" << io::explain(answer) << flags.checked_text();
  }
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "assess",
    .synopsis = "license requirement and review policy for a chip, destination and date",
    .usage = "accelspec assess (--chip ID | --dense FORMAT=TERAOPS... [--die MM2]...) --destination CC [options]",
    .description =
        "Says whether exporting the chip (or a system of N of them) to the destination on the date needs a "
        "license, how an application would be reviewed, which license exceptions and company measures apply, and "
        "the Section 232 tariff band, each with its citation. An open input or an unverified rule makes the answer "
        "'undecided', with the reason.",
    .options = options_with_spec(
        {chip_option_info},
        {
            {"--destination", "CC", "the destination as an ISO 3166-1 alpha-2 code (CN, HK, AE, ...)", "required",
             value_type::country},
            {"--date", "YYYY-MM-DD", "the date of the export", "today (UTC)", value_type::date},
            {"--system", "N", "assess a system of N of these chips (1 to 1000)", "the chip alone", value_type::text},
            product_option_info,
            headquarters_option_info,
            end_user_option_info,
            screening_list_option_info,
            us_available_option_info,
            tf32_bits_option_info,
            reexport_option_info,
            {"--json", "", "print the assessment as JSON (JSON Schema: assess.json)", {}, value_type::none},
            {"--csv",
             "FILE",
             "assess every row of a CSV file (- for standard input): accelspec's catalog CSV or Epoch AI's ML "
             "hardware CSV",
             {},
             value_type::file},
            {"--output-csv", "", "with --csv: print the results as CSV", "text lines", value_type::none},
        }),
    .examples = {"accelspec assess --chip nvidia-h200-sxm --destination CN --date 2026-02-01",
                 "accelspec assess --dense fp8=296 --die 814 --destination AE --json"},
    .run = run_assess,
});

}  // namespace
}  // namespace accelspec::cli
