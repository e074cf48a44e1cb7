// One catalog entry as data: the JSON object `show --json` prints and `catalog --json` lists,
// and the CSV row of `catalog --csv`. Both carry every spec value, the derived metrics, the
// classification under both texts (with the non-datacenter note's effect spelled out) and every
// value's source with its URL and kind. Key names are those of `classify --json` for the same
// facts (docs/schemas/show.json).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>

#include "cli_support.hpp"

namespace accelspec::cli {

// The catalog's as-of date (catalog/sources.hpp): the day its figures were last checked.
inline constexpr std::string_view catalog_as_of = catalog::as_of;

inline std::string_view transistors_key(transistor_architecture t) {
  return t == transistor_architecture::non_planar ? "non-planar"
         : t == transistor_architecture::planar   ? "planar"
                                                  : "unknown";
}

inline std::string_view role_key(die_role r) {
  return r == die_role::io ? "io" : r == die_role::memory ? "memory" : "logic";
}

template <class Q>
std::string json_number(const maybe<Q>& q) {
  return q ? io::number(*q) : "null";
}

// The note's effect: "takes the chip out of 3A090" when it does, else "none" or "undecided".
inline std::string_view note_effect(const determination& d) {
  return d.non_datacenter_note == truth::yes ? "removes" : d.non_datacenter_note == truth::no ? "none" : "undecided";
}

// The release date as the spec records it (YYYY-MM-DD), or null.
inline std::string release_json(const accelerator& c) {
  return c.released ? io::json_string(io::to_string(*c.released)) : "null";
}

// "yes", "no" or "unknown": whether the product was commercially available in the United States
// when the January 2026 rule was published (catalog::entry::us_available).
inline std::string_view us_available_key(truth t) {
  return t == truth::yes ? "yes" : t == truth::no ? "no" : "unknown";
}

inline std::string classification_json(const determination& d) {
  io::json_object o;
  o.raw("rule", d.applied != nullptr ? io::json_string(d.applied->key) : "null");
  o.string("eccn", key(d.eccn));
  o.strings("clauses", io::clause_keys(d.clauses));
  o.strings("undecided_clauses", io::clause_keys(d.undecided));
  o.raw("non_datacenter_note", d.non_datacenter_note == truth::unknown ? "null"
                               : d.non_datacenter_note == truth::yes   ? "true"
                                                                       : "false");
  // Explicit: "removes" means the chip meets a clause of 3A090.a or .b but the note for items not
  // designed or marketed for datacenters takes it out (eccn is then "none").
  o.string("non_datacenter_note_effect", note_effect(d));
  o.boolean("nac_aca", d.nac_aca);
  return o.str();
}

inline std::string source_json(const catalog::provenance& p) {
  io::json_object o;
  o.string("field", key(p.field));
  o.raw("format", p.format ? io::json_string(key(*p.format)) : "null");
  o.string("kind", key(p.kind));
  o.string("source", p.source);
  o.raw("note", p.note.empty() ? "null" : io::json_string(p.note));
  const catalog::source* s = catalog::find_source(p.source);
  o.raw("url", s != nullptr && !s->url.empty() ? io::json_string(s->url) : "null");
  o.boolean("url_verified", catalog::url_verified(p.source));
  o.raw("title", s != nullptr ? io::json_string(s->title) : "null");
  o.raw("publisher", s != nullptr ? io::json_string(s->publisher) : "null");
  o.raw("date", s != nullptr ? io::json_string(s->date) : "null");
  return o.str();
}

inline std::string date_json(const std::optional<std::chrono::year_month_day>& d) {
  return d ? io::json_string(io::to_string(*d)) : "null";
}

inline std::string opt_string_json(std::string_view s) { return s.empty() ? "null" : io::json_string(s); }

// One link as printed (name, rate, direction convention) and its bidirectional total; null when
// the chip has no such link or none is known.
inline std::string link_json(const link& l) {
  if (!l.known()) return "null";
  io::json_object o;
  o.raw("name", opt_string_json(l.name));
  o.raw("bandwidth_gbps", json_number(l.rate));
  o.string("direction", key(l.direction));
  o.raw("bidirectional_gbps", json_number(l.bidirectional()));
  return o.str();
}

inline std::string conflict_json(const catalog::value_conflict& c) {
  io::json_object o;
  o.string("field", key(c.field));
  o.raw("format", c.format ? io::json_string(key(*c.format)) : "null");
  o.string("used", c.used).string("used_source", c.used_source);
  o.string("other", c.other).string("other_source", c.other_source);
  o.raw("why", opt_string_json(c.why));
  return o.str();
}

// The values that are estimates (kind estimate), each as "field" or "field:format".
inline std::vector<std::string> estimated_fields(const catalog::entry& e) {
  std::vector<std::string> out;
  for (const catalog::provenance& p : e.sources) {
    if (p.kind != catalog::value_kind::estimate) continue;
    std::string f(key(p.field));
    if (p.format) f += ":" + std::string(key(*p.format));
    bool seen = false;
    for (const std::string& x : out) seen = seen || x == f;
    if (!seen) out.push_back(f);
  }
  return out;
}

inline std::string entry_json(const catalog::entry& e) {
  const accelerator& c = e.chip();
  const determination d = classify(c, rules::latest);
  const determination d22 = classify(c, rules::eccn_3a090_2022);
  io::json_object o;
  o.raw("chip", chip_json(&e));
  o.string("vendor", c.vendor);
  o.raw("designer_country", opt_string_json(c.designer_country));
  o.string("detail_level", key(e.level));
  o.string("market", key(c.market));
  o.string("form_factor", key(c.form_factor));
  std::vector<std::string> aliases;
  for (const std::string_view a : e.aliases) aliases.emplace_back(a);
  o.strings("aliases", aliases);
  o.raw("derived_from", e.derived_from.empty() ? "null" : io::json_string(e.derived_from));
  o.raw("release_date", release_json(c));
  o.raw("release_note", e.released_note.empty() ? "null" : io::json_string(e.released_note));
  o.raw("announced_date", date_json(e.announced));
  o.raw("first_shipped_date", date_json(e.first_shipped));
  o.raw("us_available", io::truth_json(e.us_available));
  o.raw("us_available_source", e.us_available_source.empty() ? "null" : io::json_string(e.us_available_source));
  std::vector<std::string> rates;
  for (const compute_rate& r : c.compute) {
    io::json_object x;
    x.string("format", key(r.format)).raw("unit", r.unit.empty() ? "null" : io::json_string(r.unit));
    x.raw("dense_teraops", io::number(r.rate));
    rates.push_back(x.str());
  }
  o.raw("dense_rates", io::json_array(rates));
  std::vector<std::string> sparse;
  for (const catalog::sparse_headline& h : e.sparse) {
    io::json_object x;
    x.string("format", key(h.format)).raw("sparse_teraops", io::number(h.rate));
    x.raw("dense_teraops", io::number(dense_from_sparse(h.rate, h.ratio)));
    sparse.push_back(x.str());
  }
  o.raw("sparse_headlines", io::json_array(sparse));
  std::vector<std::string> dies;
  for (const die& x : c.dies) {
    io::json_object j;
    j.string("name", x.name).raw("count", std::to_string(x.count));
    j.raw("area_mm2", json_number(x.area));
    j.string("transistors", transistors_key(x.transistors)).string("role", role_key(x.role));
    j.raw("foundry", opt_string_json(x.foundry)).raw("process_node", opt_string_json(x.process));
    dies.push_back(j.str());
  }
  o.raw("dies", io::json_array(dies));
  const memory_system& m = c.memory;
  io::json_object mem;
  mem.string("technology", key(m.technology));
  mem.raw("stacks", m.stacks ? std::to_string(*m.stacks) : "null");
  mem.raw("stack_capacity_gb", json_number(m.stack_capacity));
  mem.raw("stack_bandwidth_gbps", json_number(m.stack_bandwidth));
  mem.raw("capacity_gb", json_number(m.capacity));
  mem.raw("bandwidth_gbps", json_number(m.bandwidth));
  o.raw("memory", mem.str());
  o.raw("io_bandwidth_gbps", json_number(c.io_bandwidth));
  o.raw("tdp_w", json_number(c.tdp));
  io::json_object links;
  links.raw("scale_up", link_json(c.links.scale_up));
  links.raw("host", link_json(c.links.host));
  links.raw("scale_out", link_json(c.links.scale_out));
  o.raw("links", links.str());
  o.raw("transistor_count", c.transistor_count ? std::to_string(*c.transistor_count) : "null");
  o.raw("tpp", d.tpp ? io::number(*d.tpp) : "null");
  o.raw("tpp_bit_length", d.tpp ? std::to_string(d.tpp_bits) : "null");
  o.raw("applicable_die_area_mm2", json_number(d.applicable_die_area));
  o.raw("performance_density", d.performance_density ? io::number(*d.performance_density, 9) : "null");
  // Whether the printed digits are the whole value; with no value there is no flag.
  if (d.performance_density)
    o.boolean("performance_density_exact", io::to_decimal(*d.performance_density, 9).exact);
  else
    o.null("performance_density_exact");
  o.raw("dram_bandwidth_gbps", json_number(total_dram_bandwidth(c)));
  o.raw("classification", classification_json(d));
  o.raw("classification_2022", classification_json(d22));
  std::vector<std::string> sources;
  for (const catalog::provenance& p : e.sources) sources.push_back(source_json(p));
  o.raw("sources", io::json_array(sources));
  o.strings("estimated_fields", estimated_fields(e));
  std::vector<std::string> conflicts;
  for (const catalog::value_conflict& x : e.conflicts) conflicts.push_back(conflict_json(x));
  o.raw("conflicts", io::json_array(conflicts));
  std::vector<std::string> claims;
  for (const catalog::published_claim& cl : e.claims) {
    io::json_object x;
    x.string("kind", key(cl.kind)).string("printed", cl.printed).string("source", cl.source);
    const catalog::source* s = catalog::find_source(cl.source);
    x.raw("url", s != nullptr && !s->url.empty() ? io::json_string(s->url) : "null");
    x.boolean("url_verified", catalog::url_verified(cl.source));
    x.boolean("reproduced", catalog::reproduces(e, cl));
    claims.push_back(x.str());
  }
  o.raw("claims", io::json_array(claims));
  o.raw("note", e.note.empty() ? "null" : io::json_string(e.note));
  return o.str();
}

}  // namespace accelspec::cli
