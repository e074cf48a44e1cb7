// accelspec assess: may this chip (or a system of it) go to this destination on this date, and
// how would a license be reviewed? The answer of policy::assess(), in words or as JSON.
#include <chrono>
#include <iostream>
#include <optional>
#include <string>

#include "cli_support.hpp"
#include "policy_options.hpp"

namespace accelspec::cli {
namespace {

int run_assess(args a, std::ostream& out) {
  arg_reader in(a);
  spec_builder spec;
  const accelerator* chip = nullptr;
  const catalog::entry* entry = nullptr;
  std::optional<policy::destination> to;
  std::optional<std::chrono::year_month_day> date;
  std::optional<int> system_count;
  bool json = false;
  policy_flags flags;
  while (const auto flag = in.next()) {
    if (spec.consume(*flag, in) || flags.consume(*flag, in)) continue;
    if (*flag == "--chip") {
      entry = &chip_entry_option(*flag, in.value());
      chip = &entry->chip();
    } else if (*flag == "--destination") {
      to = destination_option(*flag, in.value());
    } else if (*flag == "--date") {
      date = parse_date_option(*flag, in.value());
    } else if (*flag == "--system") {
      const std::string_view v = in.value();
      int n = 0;
      for (const char c : v) {
        if (c < '0' || c > '9' || n > 1000)
          throw usage_error("--system: expected a count of 1 to 1000, got '" + std::string(v) + "'");
        n = n * 10 + (c - '0');
      }
      if (n < 1 || n > 1000) throw usage_error("--system: expected a count of 1 to 1000, got '" + std::string(v) + "'");
      system_count = n;
    } else if (*flag == "--json") {
      in.no_value();
      json = true;
    } else {
      unknown_option(*flag);
    }
  }
  if (chip != nullptr && spec.any()) throw usage_error("--chip: give either --chip or the raw spec flags, not both");
  if (chip == nullptr) {
    if (!spec.has_compute())
      throw usage_error("nothing to assess: give --chip ID or at least one --dense FORMAT=TERAOPS");
    chip = &spec.chip();
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
    io::json_object o = io::to_json_object(answer);
    o.string("chip", chip->name);
    out << o.str() << "\n";
  } else {
    out << chip->name << "\n" << io::explain(answer);
  }
  return 0;
}

ACCELSPEC_CLI_COMMAND("assess", "license requirement and review policy for a chip, destination and date", run_assess);

}  // namespace
}  // namespace accelspec::cli
