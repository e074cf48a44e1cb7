// accelspec hbm: is an HBM stack or packaged memory 3A090.c, by its memory bandwidth density?
#include <iostream>
#include <optional>
#include <string>

#include "cli_support.hpp"
#include "policy_options.hpp"

namespace accelspec::cli {
namespace {

int run_hbm(args a, std::ostream& out) {
  arg_reader in(a);
  std::optional<data_rate> bandwidth;
  std::optional<area> footprint;
  std::optional<std::chrono::year_month_day> date;
  std::optional<policy::destination> to;
  bool json = false, processing = false;
  policy_flags flags;
  while (const auto flag = in.next()) {
    // Who the buyer is (the HBM headquarters prong, named parties) and whether it is a reexport.
    if ((*flag == "--headquarters" || *flag == "--end-user" || *flag == "--reexport" || *flag == "--screening-list") &&
        flags.consume(*flag, in))
      continue;
    if (*flag == "--bandwidth") {
      bandwidth = parse_value<data_rate>(*flag, in.value());
    } else if (*flag == "--area") {
      footprint = parse_value<area>(*flag, in.value());
    } else if (*flag == "--date") {
      date = parse_date_option(*flag, in.value());
    } else if (*flag == "--destination") {
      to = destination_option(*flag, in.value());
    } else if (*flag == "--processing-dominant") {
      in.no_value();
      processing = true;
    } else if (*flag == "--json") {
      in.no_value();
      json = true;
    } else {
      unknown_option(*flag);
    }
  }
  if (!bandwidth) throw usage_error("--bandwidth: missing (memory bandwidth in GB/s)");
  if (!footprint) throw usage_error("--area: missing (stack or package area in mm²)");
  if (!to && (flags.options.headquarters || !flags.options.end_user.empty() || !flags.options.export_from_us))
    throw usage_error("--destination: missing (--headquarters, --end-user and --reexport describe an export)");
  flags.prepare();
  const policy::hbm_device device{.bandwidth = *bandwidth, .footprint = *footprint, .processing_dominant = processing};
  const std::chrono::year_month_day when = date ? *date : today();
  const policy::hbm_determination d = policy::classify_hbm(device, when);
  const policy::regulation& r = *d.source;
  if (json) {
    io::json_object o;
    o.raw("memory_bandwidth_density", io::number(d.density, 9));
    o.boolean("memory_bandwidth_density_exact", io::to_decimal(d.density, 9).exact);
    o.string("eccn", d.is_3a090c() ? "3A090.c" : "none");
    o.boolean("license_exception_hbm", d.license_exception_hbm);
    o.string("date", io::to_string(when));
    o.string("status", d.status == policy::hbm_status::not_in_force ? "not in force"
                       : d.status == policy::hbm_status::excluded   ? "excluded (processing dominant)"
                       : d.status == policy::hbm_status::controlled ? "controlled"
                                                                    : "not controlled");
    o.raw("citations", io::json_array({io::to_json(r)}));
    std::vector<std::string> unverified;
    if (d.license_exception_hbm) unverified.emplace_back(r.doubt);
    o.strings("unverified", unverified);
    if (to) o.raw("assessment", io::to_json(policy::assess(device, *to, when, flags.options)));
    out << o.str() << "\n";
    return 0;
  }
  out << "Memory bandwidth density: " << io::pretty(d.density, 6) << " GB/s/mm² (3A090.c: greater than 2; "
      << "License Exception HBM: below 3.3).\n";
  switch (d.status) {
    case policy::hbm_status::not_in_force:
      out << "Result: none; 3A090.c took effect on " << io::to_string(r.effective) << ".\n";
      break;
    case policy::hbm_status::excluded:
      out << "Result: none; co-packaged with logic whose dominant function is processing (classify it as an "
             "accelerator).\n";
      break;
    case policy::hbm_status::not_controlled:
      out << "Result: none; density not greater than 2 GB/s/mm².\n";
      break;
    case policy::hbm_status::controlled:
      out << "Result: ECCN 3A090.c" << (d.license_exception_hbm ? "; License Exception HBM may apply" : "") << ".\n";
      break;
  }
  out << "Citation: " << r.name << ", " << io::citation_text(r) << ", effective " << io::to_string(r.effective)
      << ".\n";
  if (to) out << io::explain(policy::assess(device, *to, when, flags.options));
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "hbm",
    .synopsis = "ECCN 3A090.c test of an HBM stack or package by memory bandwidth density",
    .usage = "accelspec hbm --bandwidth GBPS --area MM2 [options]",
    .description =
        "Tests a high-bandwidth memory stack (or packaged memory) against ECCN 3A090.c: memory bandwidth density "
        "(GB/s per mm² of package area) greater than 2, in force from 2024-12-02; says whether License Exception "
        "HBM may apply, and with --destination what that means for an export.",
    .options =
        {
            {"--bandwidth", "GBPS", "memory bandwidth of the stack or package in GB/s", "required", value_type::text},
            {"--area", "MM2", "area of the stack or package in mm²", "required", value_type::text},
            {"--date", "YYYY-MM-DD", "the date of the determination", "today (UTC)", value_type::date},
            {"--destination", "CC", "also assess an export to this ISO 3166-1 alpha-2 code", "no assessment",
             value_type::country},
            headquarters_option_info,
            end_user_option_info,
            screening_list_option_info,
            reexport_option_info,
            {"--processing-dominant",
             "",
             "co-packaged with logic whose dominant function is processing (then classify it as an accelerator)",
             {},
             value_type::none},
            {"--json", "", "print the determination as JSON (JSON Schema: hbm.json)", {}, value_type::none},
        },
    .examples = {"accelspec hbm --bandwidth 819 --area 110",
                 "accelspec hbm --bandwidth 1229 --area 121 --destination CN --date 2025-01-15 --json"},
    .run = run_hbm,
});

}  // namespace
}  // namespace accelspec::cli
