// accelspec catalog: every catalog entry with its derived metrics and classifications, as a
// text table (default), JSON, CSV, a Markdown table, or the Markdown page docs/catalog.md:
//   accelspec catalog --markdown-page > docs/catalog.md
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "batch.hpp"
#include "cli_support.hpp"
#include "entry_json.hpp"

namespace accelspec::cli {
namespace {

// Everything one row shows, computed once from the constexpr entry.
struct row {
  const catalog::entry* e = nullptr;
  determination newest;
  determination original;
  std::optional<data_rate> dram;
  std::vector<std::string> sources;  // distinct source ids, in the entry's order
};

row make_row(const catalog::entry& e) {
  row r{&e,
        classify(e.chip(), rules::latest),
        classify(e.chip(), rules::eccn_3a090_2022),
        total_dram_bandwidth(e.chip()),
        {}};
  auto add = [&r](std::string_view id) {
    for (const std::string& s : r.sources) {
      if (s == id) return;
    }
    r.sources.emplace_back(id);
  };
  for (const catalog::provenance& p : e.sources) add(p.source);
  for (const catalog::published_claim& c : e.claims) add(c.source);
  return r;
}

std::string opt_number(const std::optional<tpp_value>& t) { return t ? io::number(*t) : ""; }
template <class Kind>
std::string opt_number(const maybe<quantity<Kind>>& q) {
  return q ? io::number(*q) : "";
}
std::string opt_density(const std::optional<rational>& d) { return d ? io::number(*d, 9) : ""; }

// The CSV columns: every spec value in display units named in the column, the derived metrics,
// both classifications, and the sources as "id <url>" joined by ";". `dense_rates` keeps the
// processing units apart ("FORMAT=TOPS" for the main unit, "UNIT:FORMAT=TOPS" for others) so that
// `classify --csv` reads back exactly the TPP the library derives; the per-format columns
// (`fp16_dense_tops`, ...) are the sum over units, for reading by people.
std::vector<std::string> csv_columns() {
  std::vector<std::string> c{"id", "name", "vendor", "market", "dense_rates"};
  for (const format_info& f : format_table) c.push_back(std::string(f.key) + "_dense_tops");
  for (const std::string_view k : {"dies",
                                   "applicable_die_area_mm2",
                                   "memory_technology",
                                   "memory_stacks",
                                   "memory_capacity_gb",
                                   "memory_bandwidth_gbps",
                                   "dram_bandwidth_gbps",
                                   "io_bandwidth_gbps",
                                   "tdp_w",
                                   "tpp",
                                   "tpp_bit_length",
                                   "performance_density",
                                   "performance_density_exact",
                                   "eccn",
                                   "clauses",
                                   "non_datacenter_note_effect",
                                   "rule",
                                   "eccn_2022",
                                   "derived_from",
                                   "release_date",
                                   "us_available",
                                   "designer_country",
                                   "detail_level",
                                   "form_factor",
                                   "process_nodes",
                                   "transistor_count",
                                   "scale_up_link",
                                   "scale_up_bidirectional_gbps",
                                   "host_link",
                                   "host_bidirectional_gbps",
                                   "scale_out_link",
                                   "scale_out_bidirectional_gbps",
                                   "announced_date",
                                   "first_shipped_date",
                                   "estimated_fields",
                                   "conflicts",
                                   "sources",
                                   "catalog_as_of"}) {
    c.emplace_back(k);
  }
  return c;
}

template <class Optional>  // a maybe<Q> or a std::optional<Q>
std::string csv_number(const Optional& q) {
  return q ? io::number(*q) : "";
}

std::string to_csv(const row& r) {
  const accelerator& c = r.e->chip();
  std::vector<std::string> f{std::string(r.e->id), std::string(r.e->name), std::string(c.vendor),
                             std::string(key(c.market))};
  std::string rates;
  for (const compute_rate& x : c.compute) {
    rates += rates.empty() ? "" : ";";
    if (!x.unit.empty()) rates += std::string(x.unit) + ":";
    rates += std::string(key(x.format)) + "=" + io::number(x.rate);
  }
  f.push_back(rates);
  for (const format_info& fi : format_table) {
    std::optional<dense_rate> sum;
    for (const compute_rate& x : c.compute) {
      if (x.format == fi.format) sum = sum ? *sum + x.rate : x.rate;
    }
    f.push_back(csv_number(sum));
  }
  std::string dies;
  for (const die& d : c.dies) {
    dies += dies.empty() ? "" : ";";
    dies += std::to_string(d.count) + " x " + std::string(d.name) + " " +
            (d.area ? io::number(*d.area) + " mm2" : std::string("area unknown")) + " " +
            std::string(transistors_key(d.transistors)) + " " + std::string(role_key(d.role));
  }
  f.push_back(dies);
  f.push_back(csv_number(r.newest.applicable_die_area));
  const memory_system& m = c.memory;
  f.push_back(std::string(key(m.technology)));
  f.push_back(m.stacks ? std::to_string(*m.stacks) : "");
  f.push_back(csv_number(m.capacity));
  f.push_back(csv_number(m.bandwidth));
  f.push_back(csv_number(r.dram));
  f.push_back(csv_number(c.io_bandwidth));
  f.push_back(csv_number(c.tdp));
  f.push_back(opt_number(r.newest.tpp));
  f.push_back(r.newest.tpp ? std::to_string(r.newest.tpp_bits) : "");
  f.push_back(opt_density(r.newest.performance_density));
  f.push_back(r.newest.performance_density ? (r.newest.performance_density->is_terminating_decimal() ? "true" : "false")
                                           : "");
  f.push_back(std::string(key(r.newest.eccn)));
  f.push_back(batch::joined(io::clause_keys(r.newest.clauses), ";"));
  f.push_back(std::string(note_effect(r.newest)));
  f.push_back(std::string(r.newest.applied->key));
  f.push_back(std::string(key(r.original.eccn)));
  f.push_back(std::string(r.e->derived_from));
  f.push_back(c.released ? io::to_string(*c.released) : "");
  f.emplace_back(us_available_key(r.e->us_available));
  f.emplace_back(c.designer_country);
  f.emplace_back(key(r.e->level));
  f.emplace_back(key(c.form_factor));
  // "TSMC 4N;TSMC N6": each die's foundry and node, in die order, "unknown" where not known.
  std::vector<std::string> nodes;
  for (const die& d : c.dies) {
    const std::string n = (std::string(d.foundry) + " " + std::string(d.process));
    nodes.push_back(n == " "           ? "unknown"
                    : n.front() == ' ' ? n.substr(1)
                    : n.back() == ' '  ? n.substr(0, n.size() - 1)
                                       : n);
  }
  f.push_back(batch::joined(nodes, ";"));
  f.push_back(c.transistor_count ? std::to_string(*c.transistor_count) : "");
  for (const link* l : {&c.links.scale_up, &c.links.host, &c.links.scale_out}) {
    f.emplace_back(l->name);
    f.push_back(csv_number(l->bidirectional()));
  }
  f.push_back(r.e->announced ? io::to_string(*r.e->announced) : "");
  f.push_back(r.e->first_shipped ? io::to_string(*r.e->first_shipped) : "");
  f.push_back(batch::joined(estimated_fields(*r.e), ";"));
  std::vector<std::string> conflicts;
  for (const catalog::value_conflict& x : r.e->conflicts) {
    conflicts.push_back(std::string(key(x.field)) + ": " + std::string(x.used) + " (" + std::string(x.used_source) +
                        ") vs " + std::string(x.other) + " (" + std::string(x.other_source) + ")");
  }
  f.push_back(batch::joined(conflicts, ";"));
  std::vector<std::string> cited;
  for (const std::string& id : r.sources) {
    const catalog::source* s = catalog::find_source(id);
    cited.push_back(id + (s != nullptr && !s->url.empty() ? " <" + std::string(s->url) + ">" : ""));
  }
  f.push_back(batch::joined(cited, ";"));
  f.emplace_back(catalog_as_of);
  std::string line;
  for (std::size_t i = 0; i < f.size(); ++i) {
    line += i ? "," : "";
    line += batch::csv_cell(f[i]);
  }
  return line;
}

// For people: grouped digits; a density cut (never rounded) after three decimals, marked "~".
std::string people(const std::optional<tpp_value>& t) { return t ? io::pretty(*t) : "unknown"; }
std::string people_area(const std::optional<area>& a) { return a ? io::pretty(a->in_display_units(), 6) : "unknown"; }
std::string people_density(const std::optional<rational>& d) { return d ? io::pretty(*d, 3) : "unknown"; }
std::string people_rate(const std::optional<data_rate>& b) {
  return b ? io::pretty(b->in_display_units(), 6) : "unknown";
}
std::string md_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// The catalog as one Markdown table (what `catalog --markdown` prints).
void print_markdown_table(const std::vector<row>& rows, std::ostream& out) {
  out << "| id | chip | market | TPP | die area (mm²) | density | DRAM GB/s | 3A090 (2023 text) | 2022 text | "
         "derived from | released | in US |\n";
  out << "|---|---|---|---:|---:|---:|---:|---|---|---|---|---|\n";
  for (const row& r : rows) {
    out << "| `" << r.e->id << "` | " << md_escape(r.e->name) << " | " << key(r.e->chip().market) << " | "
        << people(r.newest.tpp) << " | " << people_area(r.newest.applicable_die_area) << " | "
        << people_density(r.newest.performance_density) << " | " << people_rate(r.dram) << " | "
        << io::eccn_summary(r.newest) << " | " << io::eccn_summary(r.original) << " | "
        << (r.e->derived_from.empty() ? std::string() : "`" + std::string(r.e->derived_from) + "`") << " | "
        << (r.e->chip().released ? io::to_string(*r.e->chip().released) : std::string("unknown")) << " | "
        << us_available_key(r.e->us_available) << " |\n";
  }
}

// The whole page docs/catalog.md (what `catalog --markdown-page` prints).
void print_markdown(const std::vector<row>& rows, std::ostream& out) {
  out << "# The accelspec catalog\n\n"
         "<!-- Generated by `accelspec catalog --markdown-page > docs/catalog.md`; a test fails when it is stale. "
         "-->\n\n"
         "Every entry is a `constexpr` spec in `include/accelspec/catalog/` with a source for each value. TPP and\n"
         "performance density are derived from the entry's dense rates and dies, never typed in. Density is cut\n"
         "(not rounded) after three decimals; `~` marks a cut value. \"unknown\" means an input is not public, and\n"
         "the classification is then `undecided` where that input matters. ECCN columns: the October 2023 text\n"
         "(88 FR 73458, in force since 2023-11-17) and the October 2022 text (87 FR 62186). `(note)` marks a chip\n"
         "taken out of 3A090 by the note for items not designed or marketed for datacenters. \"released\" is the\n"
         "date the spec records (an announcement or first shipment; `accelspec show ID` says which); \"in US\" says\n"
         "whether the product was commercially available in the United States when the January 2026 rule was\n"
         "published (2026-01-15), the condition of its case-by-case review.\n\n"
         "## Using the catalog\n\n"
         "```cpp\n"
         "#include <accelspec/catalog.hpp>  // the core and the catalog\n"
         "namespace cat = accelspec::catalog;\n"
         "using namespace std::chrono_literals;\n\n"
         "static_assert(accelspec::tpp(cat::nvidia::h20) == 2368);\n"
         "static_assert(accelspec::classify(cat::nvidia::h200_sxm, 2026y / 1 / 15).eccn == accelspec::eccn::a);\n"
         "static_assert(cat::find(\"H20\")->id == \"nvidia-h20\");  // id or alias, any case\n"
         "for (const cat::entry* e : cat::all) { /* e->chip(), e->checked(), e->sources, e->claims */ }\n"
         "```\n\n"
         "- `e->checked()` is the entry's spec as a `checked_accelerator`: validated and measured when the entry\n"
         "  is defined, so `classify(e->checked(), rule)` gives what `classify(e->chip(), rule)` gives without\n"
         "  measuring the spec again (a loop over the whole catalog in one constant evaluation needs about half\n"
         "  the steps).\n"
         "- Each SKU is an `accelerator` in a vendor namespace (`cat::nvidia::h100_sxm`, `cat::amd::mi325x`) and\n"
         "  has an entry (`cat::nvidia::h100_sxm_entry`) with a stable id `vendor-model[-form]`, aliases, the id of\n"
         "  the product it was derived from (China-market variants), and a provenance record per value: the\n"
         "  citation id and whether the value is printed by the vendor (`datasheet`), by press or analysts\n"
         "  (`secondary`), an `estimate` (chiplet die areas) or `derived` (a sparse headline halved, a card figure\n"
         "  halved). Die records are shared: one GH100 record serves H100, H800, H20, H200 and GH200.\n"
         "- Where a vendor prints only a sparse headline, the entry keeps that headline and the spec converts it\n"
         "  with `dense_from_sparse`; a test checks that no sparse figure is used as a dense rate.\n"
         "- Figures public sources printed (H20 TPP 2,368 and density 2.9, H100 density 19.4, RTX 4090 TPP 5,285,\n"
         "  RTX 4090D 4,707, L4 density 6.6, A100 4,992, H200 and MI325X within the January 2026 review\n"
         "  parameters) are recorded as claims with their source and rounding, and reproduced at compile time.\n"
         "- Memory is structure: technology, stack (or package) count, per-stack capacity and rate, usable\n"
         "  totals. GB and GiB are distinct literals (Trainium2 is 96 GiB).\n"
         "- Where rates disagree with intuition, the text of the rule decides: TF32 counts as 32-bit by default\n"
         "  (Trainium2, L2, L20), a printed INT4 or FP64 rate can set the TPP (A30, MI210), FP4 sets it on B300.\n\n"
         "Command line: `accelspec catalog [--json|--csv|--markdown]`, `accelspec show ID`,\n"
         "`accelspec classify --chip ID [--rule R | --date D] [--json]`. Regenerate this page with\n"
         "`accelspec catalog --markdown-page > docs/catalog.md`.\n\n"
         "## Entries\n\n";
  print_markdown_table(rows, out);
  out << "\n" << rows.size() << " entries.\n\n## Sources\n\n";
  for (const catalog::source& s : catalog::sources) {
    out << "- `" << s.id << "`: " << md_escape(s.title) << ". " << md_escape(s.publisher) << ", " << s.date << ". <"
        << s.url << ">\n";
  }
}

void print_table(const std::vector<row>& rows, std::ostream& out) {
  // Each column is padded to its width plus one separating space.
  auto pad = [](std::string s, std::size_t width) { return io::pad_right(std::move(s), width) + " "; };
  // The columns and their order are those of `accelspec demo`, with DRAM bandwidth added.
  out << pad("id", 27) << pad("market", 11) << pad("TPP", 11) << pad("density", 9) << pad("DRAM GB/s", 10)
      << pad("2023 text", 22) << "2022 text\n";
  for (const row& r : rows) {
    out << pad(std::string(r.e->id), 27) << pad(std::string(key(r.e->chip().market)), 11)
        << pad(people(r.newest.tpp), 11) << pad(people_density(r.newest.performance_density), 9)
        << pad(people_rate(r.dram), 10) << pad(io::eccn_summary(r.newest), 22) << io::eccn_summary(r.original) << "\n";
  }
  out << rows.size() << (rows.size() == 1 ? " entry" : " entries")
      << ". Details: accelspec show ID; machine-readable: --json or --csv.\n";
}

int run_catalog(args a, std::ostream& out) {
  arg_reader in(a);
  enum class format { table, json, csv, markdown, markdown_page } f = format::table;
  bool chosen = false;
  const catalog::entry* only = nullptr;
  while (const auto flag = in.next()) {
    format next{};
    if (*flag == "--chip") {
      only = &chip_entry_option(*flag, in.value());
      continue;
    }
    if (*flag == "--json")
      next = format::json;
    else if (*flag == "--csv")
      next = format::csv;
    else if (*flag == "--markdown")
      next = format::markdown;
    else if (*flag == "--markdown-page")
      next = format::markdown_page;
    else
      unknown_option(*flag);
    in.no_value();
    if (chosen && next != f)
      throw usage_error(std::string(*flag) + ": choose one of --json, --csv, --markdown, --markdown-page");
    f = next;
    chosen = true;
  }
  std::vector<row> rows;
  rows.reserve(catalog::all.size());
  for (const catalog::entry* e : catalog::all) {
    if (only == nullptr || only == e) rows.push_back(make_row(*e));
  }
  if (only != nullptr && f == format::markdown_page) throw usage_error("--chip: not with --markdown-page");
  switch (f) {
    case format::json: {
      std::vector<std::string> items;
      items.reserve(rows.size());
      for (const row& r : rows) items.push_back(entry_json(*r.e));
      io::json_object o;
      o.string("catalog_as_of", catalog_as_of).raw("count", std::to_string(rows.size()));
      o.raw("entries", io::json_array(items));
      out << o.str() << "\n";
      break;
    }
    case format::csv:
      out << batch::joined(csv_columns(), ",") << "\n";
      for (const row& r : rows) out << to_csv(r) << "\n";
      break;
    case format::markdown:
      print_markdown_table(rows, out);
      break;
    case format::markdown_page:
      print_markdown(rows, out);
      break;
    case format::table:
      print_table(rows, out);
      break;
  }
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "catalog",
    .synopsis = "every catalog chip with TPP, density and ECCN (--json, --csv, --markdown)",
    .usage = "accelspec catalog [--chip ID] [--json | --csv | --markdown | --markdown-page]",
    .description =
        "Lists every catalog chip with its derived metrics and its classification under both texts of 3A090. "
        "--json and --csv carry every spec value (dense rates per format, dies with area, transistors and role, "
        "memory, I/O, TDP), every value's source with its URL and kind, and the catalog's as-of date; the CSV "
        "reads back with 'accelspec classify --csv -'.",
    .options =
        {
            {"--chip", "ID", "list this catalog chip alone", "every chip", value_type::chip},
            {"--json", "", "print every entry as JSON (JSON Schema: catalog.json)", "a text table", value_type::none},
            {"--csv", "", "print every entry as CSV (RFC 4180; columns name their units)", "a text table",
             value_type::none},
            {"--markdown", "", "print the catalog as one Markdown table", "a text table", value_type::none},
            {"--markdown-page", "", "print the page docs/catalog.md is generated from (prose, table, sources)",
             "a text table", value_type::none},
        },
    .examples = {"accelspec catalog", "accelspec catalog --csv > catalog.csv"},
    .run = run_catalog,
});

}  // namespace
}  // namespace accelspec::cli
