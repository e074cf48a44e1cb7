// accelspec timeline: every date on which the assessment of a chip for a destination changes,
// with the measures that took effect and their citations.
#include <chrono>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "policy_options.hpp"

namespace accelspec::cli {
namespace {

// "2026-02" for an event its source dates only by month, else the day.
std::string event_date(const policy::policy_event& e) {
  const std::string d = io::to_string(e.date);
  return e.month_only ? d.substr(0, 7) : d;
}

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
  const catalog::entry* entry = nullptr;
  const catalog::entry* product = nullptr;  // --product: the raw spec is this product's variant
  accelerator variant{};
  std::optional<policy::destination> to;
  bool json = false;
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
    } else if (*flag == "--json") {
      in.no_value();
      json = true;
    } else {
      unknown_option(*flag);
    }
  }
  if (chip != nullptr && spec.any()) throw usage_error("--chip: give either --chip or the raw spec flags, not both");
  if (product != nullptr && chip != nullptr) throw usage_error("--product: only with the raw spec flags, not --chip");
  if (chip == nullptr) {
    if (!spec.has_compute())
      throw usage_error("nothing to assess: give --chip ID or at least one --dense FORMAT=TERAOPS");
    chip = &spec.chip();
  }
  if (product != nullptr) {
    variant = variant_of(*chip, *product);
    chip = &variant;
  }
  if (!to) throw usage_error("--destination: missing (an ISO 3166-1 alpha-2 code such as CN)");
  flags.prepare();
  const policy::timeline_result t = policy::timeline(*chip, *to, flags.for_entry(entry));
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
      o.boolean("release", e.release);
      std::vector<std::string> started;
      for (const policy::import_measure* m : e.destination_started) started.push_back(io::to_json(*m));
      o.raw("destination_took_effect", io::json_array(started));
      std::vector<std::string> stopped;
      for (const policy::import_measure* m : e.destination_ended) stopped.push_back(io::to_json(*m));
      o.raw("destination_ended", io::json_array(stopped));
      events.push_back(o.str());
    }
    std::vector<std::string> notes;
    for (const policy::timeline_note& n : t.notes) {
      io::json_object x;
      x.string("key", n.event->key).string("date", event_date(*n.event)).string("event", n.event->text);
      x.string("source", n.event->source).string("status", key(n.event->status));
      x.boolean("verified", policy::is_verified(n.event->status));
      notes.push_back(x.str());
    }
    io::json_object o;
    o.raw("chip", chip_json(entry));
    if (product != nullptr) o.string("product", product->id);
    o.string("destination", to->code);
    o.raw("released", t.released ? io::json_string(io::to_string(*t.released)) : "null");
    o.string("covered_from", io::to_string(t.covered_from));
    o.raw("events", io::json_array(events)).raw("notes", io::json_array(notes));
    out << o.str() << "\n";
    return 0;
  }
  // A catalog chip by its catalog name, as every other command shows it.
  out << (entry != nullptr ? entry->name : chip->name) << " to " << to->code << ":\n";
  if (!t.released) out << "(release date unknown: rows may predate the product)\n";
  if (t.events.empty())
    out << "No dated change: no rule, country group or measure the library knows changes the answer for this "
           "destination (accelspec assess gives it for any date).\n";
  // Rows and events (licences granted, their terms) in date order; an event changes no answer.
  std::size_t next_note = 0;
  auto notes_until = [&](std::optional<std::chrono::year_month_day> before) {
    for (; next_note < t.notes.size(); ++next_note) {
      const policy::policy_event& n = *t.notes[next_note].event;
      if (before && n.date >= *before) return;
      out << event_date(n) << (n.month_only ? "     " : "") << "  event: " << n.text << " (" << n.source << ")";
      if (!policy::is_verified(n.status)) out << " [" << key(n.status) << "]";
      out << "\n";
    }
  };
  for (const policy::timeline_event& e : t.events) {
    notes_until(e.date);
    const policy::assessment& x = e.answer;
    out << io::to_string(e.date) << "  " << (e.release ? "released: " : "") << key(x.eccn) << ", license "
        << (x.license_required == truth::yes  ? "required"
            : x.license_required == truth::no ? "not required"
                                              : "undecided");
    if (x.review != policy::review_policy::none) out << ", " << key(x.review);
    if (!x.license_exceptions.empty()) out << ", exceptions " << exception_names(x);
    for (const policy::measure_verdict& m : x.measures) {
      if (m.measure->kind == policy::measure_kind::company_notice || m.measure->kind == policy::measure_kind::embargo ||
          m.measure->kind == policy::measure_kind::party_rule || m.measure->kind == policy::measure_kind::guidance)
        out << ", " << key(m.measure->kind) << " " << m.measure->key;
    }
    if (x.tariff.band != nullptr) out << ", Section 232 band " << x.tariff.band->number;
    if (x.destination_side.modelled && !x.destination_side.measures.empty())
      out << "; at the destination: import " << io::allowed_words(x.destination_side.import_allowed);
    out << "\n";
    for (const policy::regulation* r : e.took_effect) {
      out << "            " << r->name << " (" << io::citation_text(*r) << ")\n";
    }
    for (const policy::regulation* r : e.ended) {
      out << "            ended: " << r->name << " (" << io::citation_text(*r) << ")\n";
    }
    // The destination's own measures: marked as such, with how they are known.
    for (const policy::import_measure* m : e.destination_started) {
      out << "            at the destination: " << m->text << " " << io::import_status_note(*m) << "\n";
    }
    for (const policy::import_measure* m : e.destination_ended) {
      out << "            at the destination, ended: " << m->text << " " << io::import_status_note(*m) << "\n";
    }
  }
  notes_until(std::nullopt);
  out << "(modelled for this destination from " << io::to_string(t.covered_from) << ": no row predates it)\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "timeline",
    .synopsis = "every date the assessment of a chip for a destination changes",
    .usage = "accelspec timeline (--chip ID | --dense FORMAT=TERAOPS... [--die MM2]...) --destination CC [options]",
    .description =
        "Lists every date on which the assessment of the chip for the destination changes (a rule, a country "
        "group, a license exception, a company measure or a tariff band taking effect or ending), with the "
        "measures and their citations.",
    .options = options_with_spec(
        {chip_option_info},
        {
            {"--destination", "CC", "the destination as an ISO 3166-1 alpha-2 code", "required", value_type::country},
            product_option_info,
            headquarters_option_info,
            end_user_option_info,
            screening_list_option_info,
            us_available_option_info,
            tf32_bits_option_info,
            reexport_option_info,
            {"--json", "", "print the events as JSON (JSON Schema: timeline.json)", {}, value_type::none},
        }),
    .examples = {"accelspec timeline --chip nvidia-h20 --destination CN",
                 "accelspec timeline --chip amd-mi325x --destination AE --json"},
    .run = run_timeline,
});

}  // namespace
}  // namespace accelspec::cli
