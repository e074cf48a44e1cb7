// accelspec timeline: every date on which the assessment of a chip for a destination changes,
// with the measures that took effect and their citations.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "policy_options.hpp"

namespace accelspec::cli {
namespace {

std::string exception_names(const policy::assessment& a) {
  std::string s;
  for (const policy::exception_offer& e : a.license_exceptions)
    s += (s.empty() ? "" : ", ") + std::string(key(e.which));
  return s;
}

int run_timeline(args a, std::ostream& out) {
  arg_reader in(a);
  spec_builder spec;
  const accelerator* chip = nullptr;
  std::optional<policy::destination> to;
  bool json = false;
  policy::assess_options options;
  while (const auto flag = in.next()) {
    if (spec.consume(*flag, in)) continue;
    if (*flag == "--chip") {
      chip = &chip_option(*flag, in.value());
    } else if (*flag == "--destination") {
      to = destination_option(*flag, in.value());
    } else if (*flag == "--reexport") {
      in.no_value();
      options.export_from_us = false;
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
  const policy::timeline_result t = policy::timeline(*chip, *to, options);
  if (json) {
    std::vector<std::string> events;
    for (const policy::timeline_event& e : t.events) {
      io::json_object o = io::to_json_object(e.answer);
      std::vector<std::string> took;
      for (const policy::regulation* r : e.took_effect) took.push_back(io::to_json(*r));
      o.raw("took_effect", io::json_array(took));
      std::vector<std::string> ended;
      for (const policy::regulation* r : e.ended) ended.push_back(io::to_json(*r));
      o.raw("ended", io::json_array(ended));
      events.push_back(o.str());
    }
    io::json_object o;
    o.string("chip", chip->name).string("destination", to->code).raw("events", io::json_array(events));
    out << o.str() << "\n";
    return 0;
  }
  out << chip->name << " to " << to->code << ":\n";
  for (const policy::timeline_event& e : t.events) {
    const policy::assessment& x = e.answer;
    out << io::to_string(e.date) << "  " << key(x.eccn) << ", license "
        << (x.license_required == truth::yes  ? "required"
            : x.license_required == truth::no ? "not required"
                                              : "undecided");
    if (x.review != policy::review_policy::none) out << ", " << key(x.review);
    if (!x.license_exceptions.empty()) out << ", exceptions " << exception_names(x);
    for (const policy::company_measure* m : x.measures) out << ", measure " << m->key;
    if (x.tariff.band != nullptr) out << ", Section 232 band " << x.tariff.band->number;
    out << "\n";
    for (const policy::regulation* r : e.took_effect) {
      out << "            " << r->name << " (" << io::citation_text(*r) << ")\n";
    }
    for (const policy::regulation* r : e.ended) {
      out << "            ended: " << r->name << " (" << io::citation_text(*r) << ")\n";
    }
  }
  return 0;
}

ACCELSPEC_CLI_COMMAND("timeline", "every date the assessment of a chip for a destination changes", run_timeline);

}  // namespace
}  // namespace accelspec::cli
