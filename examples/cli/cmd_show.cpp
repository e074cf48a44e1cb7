// accelspec show ID: one catalog entry, every value with its source, the derived metrics, the
// classifications and the published claims with whether the derivation reproduces them.
#include <iostream>
#include <optional>
#include <string>
#include <utility>

#include "cli_support.hpp"
#include "entry_json.hpp"

namespace accelspec::cli {
namespace {

// "[datasheet: nvidia-h100-page; NVLink 900 GB/s]"
std::string cite(const catalog::provenance& p) {
  std::string s = "[" + std::string(key(p.kind)) + ": " + std::string(p.source);
  if (!p.note.empty()) s += "; " + std::string(p.note);
  return s + "]";
}

std::string cite_field(const catalog::entry& e, catalog::field f) {
  std::string s;
  for (const catalog::provenance& p : e.sources) {
    if (p.field == f) s += (s.empty() ? "" : " ") + cite(p);
  }
  return s.empty() ? "[no source]" : s;
}

// The field's own records, or those of the field that covers it (the die source covers the dies'
// process and transistors; the market source the form factor; the I/O source the links).
std::string cite_field(const catalog::entry& e, catalog::field f, catalog::field fallback) {
  for (const catalog::provenance& p : e.sources) {
    if (p.field == f) return cite_field(e, f);
  }
  return cite_field(e, fallback);
}

// The dies' records: their areas and, when cited apart, their process.
std::string dies_cited(const catalog::entry& e) {
  std::string s;
  for (const catalog::provenance& p : e.sources) {
    if (p.field == catalog::field::die_area || p.field == catalog::field::process)
      s += (s.empty() ? "" : " ") + cite(p);
  }
  return s.empty() ? "[no source]" : s;
}

std::string cite_rate(const catalog::entry& e, number_format fmt) {
  for (const catalog::provenance& p : e.sources) {
    if (p.field == catalog::field::compute && p.format == fmt) return cite(p);
  }
  // The records for all rates (those naming a format cover only theirs).
  std::string s;
  for (const catalog::provenance& p : e.sources) {
    if (p.field == catalog::field::compute && !p.format) s += (s.empty() ? "" : " ") + cite(p);
  }
  return s.empty() ? "[no source]" : s;
}

std::string quantity_text(const data_size& s) {
  // Capacities print in GB; a binary capacity also shows its GiB value, exactly.
  std::string t = io::pretty(s.in_display_units(), 6) + " GB";
  const rational gib{s.count(), std::int64_t{1} << 30};
  if (gib.denominator() == 1) t += " (" + io::pretty(gib, 6) + " GiB)";
  return t;
}

std::string claim_text(const catalog::published_claim& c) {
  std::string s;
  switch (c.kind) {
    case catalog::claim_kind::tpp:
      s = "TPP " + io::pretty(c.value, 6) + " +/- " + io::pretty(c.tolerance, 6);
      break;
    case catalog::claim_kind::performance_density:
      s = "performance density " + io::pretty(c.value, 6) + " +/- " + io::pretty(c.tolerance, 6);
      break;
    case catalog::claim_kind::eccn:
      s = std::string(key(c.eccn)) + " under " + std::string(c.rule);
      break;
    case catalog::claim_kind::china_review_2026:
      s = "within 91 FR 1684 review parameters (TPP < 21,000 and DRAM bandwidth < 6,500 GB/s)";
      break;
  }
  return s;
}

int run_show(args a, std::ostream& out) {
  arg_reader in(a);
  const catalog::entry* e = nullptr;
  bool json = false;
  while (const auto flag = in.next()) {
    if (*flag == "--json") {
      in.no_value();
      json = true;
      continue;
    }
    const bool positional = !flag->starts_with("-");
    if (!positional && *flag != "--chip") unknown_option(*flag);
    const std::string_view id = positional ? *flag : in.value();
    if (e != nullptr) throw usage_error("--chip: give one chip (as --chip ID or as ID)");
    e = &chip_entry_option("--chip", id);
  }
  if (e == nullptr) throw usage_error("--chip: missing (a chip id or alias; the ids: accelspec catalog)");
  if (json) {
    out << entry_json(*e) << "\n";
    return 0;
  }
  const accelerator& c = e->chip();

  out << e->name << " (" << e->id << ")\n";
  if (!e->aliases.empty()) {
    out << "aliases: ";
    for (std::size_t i = 0; i < e->aliases.size(); ++i) out << (i ? ", " : "") << e->aliases[i];
    out << "\n";
  }
  out << "vendor: " << c.vendor << (c.designer_country.empty() ? "" : " (headquartered in ") << c.designer_country
      << (c.designer_country.empty() ? "" : ")") << "\n";
  if (e->level == catalog::detail_level::name_only) {
    out << "known by name only: no rate, die or memory figure published; classification undecided "
        << cite_field(*e, catalog::field::identity) << "\n";
  }
  if (c.form_factor != form_factor::unknown)
    out << "form factor: " << key(c.form_factor) << " "
        << cite_field(*e, catalog::field::form_factor, catalog::field::market) << "\n";
  out << "market: " << key(c.market) << " " << cite_field(*e, catalog::field::market) << "\n";
  if (!e->derived_from.empty()) out << "derived from: " << e->derived_from << "\n";
  out << "released: " << (c.released ? io::to_string(*c.released) : std::string("unknown"));
  if (!e->released_note.empty()) out << " [" << e->released_note << "]";
  out << "\n";
  if (e->announced || e->first_shipped) {
    out << "announced: " << (e->announced ? io::to_string(*e->announced) : std::string("unknown"))
        << ", first shipped: " << (e->first_shipped ? io::to_string(*e->first_shipped) : std::string("unknown")) << " "
        << cite_field(*e, catalog::field::dates) << "\n";
  }
  out << "available in the US on 2026-01-15: " << us_available_key(e->us_available);
  if (!e->us_available_source.empty()) out << " [" << e->us_available_source << "]";
  out << "\n";

  out << "\ndense compute:\n";
  if (c.compute.empty()) out << "  unknown (no dense rate published)\n";
  for (const compute_rate& r : c.compute) {
    out << "  " << key(r.format) << ": " << io::pretty(r.rate) << " " << cite_rate(*e, r.format) << "\n";
  }
  for (const catalog::sparse_headline& h : e->sparse) {
    out << "  (" << key(h.format) << " printed as " << io::pretty(h.rate) << ", converted to "
        << io::pretty(dense_from_sparse(h.rate, h.ratio)) << " dense)\n";
  }

  out << "\ndies: " << (c.dies.empty() ? std::string("unknown (not published)") : dies_cited(*e)) << "\n";
  for (const die& d : c.dies) {
    out << "  " << d.count << " x " << d.name << ": "
        << (d.area ? io::pretty(d.area->in_display_units(), 6) + " mm²" : std::string("area unknown")) << ", "
        << (d.transistors == transistor_architecture::non_planar ? "non-planar"
            : d.transistors == transistor_architecture::planar   ? "planar"
                                                                 : "transistor architecture unknown")
        << (d.role == die_role::io       ? ", I/O die"
            : d.role == die_role::memory ? ", memory die"
                                         : "")
        << (d.foundry.empty() && d.process.empty()
                ? std::string(", process unknown")
                : ", " + std::string(d.foundry) + (d.foundry.empty() || d.process.empty() ? "" : " ") +
                      std::string(d.process))
        << "\n";
  }
  if (c.transistor_count) {
    out << "transistors: " << io::pretty(rational{*c.transistor_count}) << " "
        << cite_field(*e, catalog::field::transistor_count, catalog::field::die_area) << "\n";
  }

  const memory_system& m = c.memory;
  out << "\nmemory: " << key(m.technology) << " "
      << (m.technology == memory_technology::unknown && !m.stacks ? std::string("(not published)")
                                                                  : cite_field(*e, catalog::field::memory_layout))
      << "\n";
  if (m.stacks) {
    out << "  " << *m.stacks << (is_hbm(m.technology) ? " stacks" : " packages");
    if (m.stack_capacity) out << " x " << quantity_text(*m.stack_capacity);
    if (m.stack_bandwidth) out << " at " << io::pretty(*m.stack_bandwidth);
    out << "\n";
  }
  out << "  capacity: " << (m.capacity ? quantity_text(*m.capacity) : std::string("unknown")) << " "
      << (m.capacity ? cite_field(*e, catalog::field::memory_capacity) : "") << "\n";
  out << "  bandwidth: " << (m.bandwidth ? io::pretty(*m.bandwidth) : std::string("unknown")) << " "
      << (m.bandwidth ? cite_field(*e, catalog::field::memory_bandwidth) : "") << "\n";
  out << "I/O bandwidth: " << (c.io_bandwidth ? io::pretty(*c.io_bandwidth) : std::string("unknown")) << " "
      << (c.io_bandwidth ? cite_field(*e, catalog::field::io_bandwidth) : "") << "\n";
  bool any_link = false;
  for (const auto& [label, l] : {std::pair{"scale-up", &c.links.scale_up}, std::pair{"host", &c.links.host},
                                 std::pair{"scale-out", &c.links.scale_out}}) {
    if (!l->known()) continue;
    if (!any_link) out << "links: " << cite_field(*e, catalog::field::links, catalog::field::io_bandwidth) << "\n";
    any_link = true;
    out << "  " << label << ": " << (l->name.empty() ? std::string("unnamed") : std::string(l->name));
    if (l->rate) out << ", " << io::pretty(*l->rate) << " " << key(l->direction);
    if (l->rate && l->direction == link_direction::per_direction)
      out << " (" << io::pretty(*l->bidirectional()) << " both ways)";
    out << "\n";
  }
  out << "TDP: " << (c.tdp ? io::pretty(*c.tdp) : std::string("unknown")) << " "
      << (c.tdp ? cite_field(*e, catalog::field::tdp) : "") << "\n";

  const determination d = classify(c, rules::latest);
  const determination d22 = classify(c, rules::eccn_3a090_2022);
  out << "\nderived:\n";
  out << "  TPP: " << (d.tpp ? io::pretty(*d.tpp) + " (" + std::to_string(d.tpp_bits) + "-bit)" : "unknown") << "\n";
  out << "  applicable die area: "
      << (d.applicable_die_area ? io::pretty(d.applicable_die_area->in_display_units(), 6) + " mm²" : "unknown")
      << "\n";
  out << "  performance density: " << (d.performance_density ? io::pretty(*d.performance_density, 3) : "unknown")
      << "\n";
  const std::optional<data_rate> dram = total_dram_bandwidth(c);
  out << "  total DRAM bandwidth: " << (dram ? io::pretty(*dram) : std::string("unknown")) << "\n";
  out << "  " << d.applied->key << ": " << key(d.eccn);
  for (const std::string& k : io::clause_keys(d.clauses)) out << " " << k;
  out << (d.non_datacenter_note == truth::yes ? " (non-datacenter note)" : "") << (d.nac_aca ? " (NAC/ACA)" : "")
      << "\n";
  out << "  " << d22.applied->key << ": " << key(d22.eccn) << "\n";

  if (!e->claims.empty()) {
    out << "\npublished claims:\n";
    for (const catalog::published_claim& cl : e->claims) {
      out << "  " << claim_text(cl) << " [" << cl.source << ": \"" << cl.printed
          << "\"]: " << (catalog::reproduces(*e, cl) ? "reproduced" : "NOT reproduced") << "\n";
    }
  }
  if (!e->conflicts.empty()) {
    out << "\nconflicting sources:\n";
    for (const catalog::value_conflict& x : e->conflicts) {
      out << "  " << key(x.field) << (x.format ? " " + std::string(key(*x.format)) : std::string()) << ": uses "
          << x.used << " [" << x.used_source << "]; " << x.other_source << " prints " << x.other;
      if (!x.why.empty()) out << " (" << x.why << ")";
      out << "\n";
    }
  }
  if (!e->note.empty()) out << "\nnote: " << e->note << "\n";

  out << "\nsources:\n";
  std::vector<std::string_view> seen;
  auto list = [&](std::string_view id_) {
    for (const std::string_view s : seen) {
      if (s == id_) return;
    }
    seen.push_back(id_);
    const catalog::source* s = catalog::find_source(id_);
    if (s == nullptr) return;
    out << "  " << s->id << ": " << s->title << ". " << s->publisher << ", " << s->date << ". " << s->url
        << (catalog::url_verified(s->id) ? "" : " (URL not verified as of " + std::string(catalog::as_of) + ")")
        << "\n";
  };
  for (const catalog::provenance& p : e->sources) list(p.source);
  for (const catalog::published_claim& cl : e->claims) list(cl.source);
  for (const catalog::value_conflict& x : e->conflicts) list(x.other_source);
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "show",
    .synopsis = "one catalog chip: every value with its source, metrics, claims",
    .usage = "accelspec show (ID | --chip ID) [--json]",
    .description =
        "Prints one catalog entry: every spec value with its source and how it was obtained (datasheet, secondary, "
        "estimate, derived), the derived metrics, its classification under both texts, the figures public sources "
        "printed about it and whether the derivation reproduces them, and the sources with their URLs.",
    .options =
        {
            {"--chip",
             "ID",
             "the catalog chip by id or alias, any case (the ids: accelspec catalog); the same as ID",
             {},
             value_type::chip},
            {"--json", "", "print the entry as JSON (JSON Schema: show.json)", {}, value_type::none},
        },
    .examples = {"accelspec show nvidia-h20", "accelspec show --chip h100 --json"},
    .run = run_show,
    .positional = "ID",
});

}  // namespace
}  // namespace accelspec::cli
