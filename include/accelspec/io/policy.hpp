// Assessments and timelines in words and as JSON (the contracts of `accelspec assess`,
// `accelspec timeline` and `accelspec hbm`, see docs/policy.md).
#pragma once

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "../policy.hpp"
#include "explain.hpp"
#include "format.hpp"
#include "json.hpp"

namespace accelspec::io {

inline std::string to_string(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

// "91 FR 1684 (FR Doc 2026-00789)", or the document for sources outside the Federal Register.
inline std::string citation_text(const policy::regulation& r) {
  if (r.source.federal_register.empty()) return std::string(r.source.document_number);
  if (r.source.document_number.empty()) return std::string(r.source.federal_register);
  return std::string(r.source.federal_register) + " (FR Doc " + std::string(r.source.document_number) + ")";
}

// JSON null for "no license" and for policies that are not one of the three the regulation names.
inline std::string review_json(policy::review_policy r) {
  switch (r) {
    case policy::review_policy::presumption_of_denial:
    case policy::review_policy::case_by_case:
    case policy::review_policy::presumption_of_approval:
      return json_string(key(r));
    default:
      return "null";
  }
}

inline std::string truth_json(truth t) { return t == truth::yes ? "true" : t == truth::no ? "false" : "null"; }

template <class T, std::size_t N>
std::vector<std::string> strings_of(const accelspec::detail::fixed_list<T, N>& list) {
  std::vector<std::string> out;
  for (const T& x : list) out.emplace_back(x);
  return out;
}

inline std::string to_json(const policy::regulation& r) {
  json_object o;
  o.string("key", r.key).string("name", r.name).string("citation", citation_text(r));
  o.string("title", r.source.title);
  o.string("effective", to_string(r.effective));
  o.raw("last_day", r.last_day ? json_string(to_string(*r.last_day)) : "null");
  o.raw("not_enforced_from", r.not_enforced_from ? json_string(to_string(*r.not_enforced_from)) : "null");
  o.string("status", key(r.status));
  o.boolean("verified", policy::is_verified(r.status));
  if (!r.source.url.empty()) o.string("url", r.source.url);
  return o.str();
}

inline std::string to_json(const policy::exception_offer& e) {
  json_object o;
  o.string("exception", key(e.which));
  o.strings("conditions", strings_of(e.conditions));
  o.string("citation", e.source != nullptr ? citation_text(*e.source) : "");
  o.string("status", key(e.status));
  o.boolean("verified", policy::is_verified(e.status));
  return o.str();
}

inline std::string to_json(const policy::measure_verdict& v) {
  const policy::dated_measure& m = *v.measure;
  json_object o;
  o.string("key", m.key).string("kind", key(m.kind)).string("section", m.section);
  o.raw("applies", truth_json(v.applies));
  o.boolean("requires_license", m.requires_license);
  o.raw("review_policy", review_json(v.review));
  o.string("review", key(v.review));
  o.string("requirement", m.effect);
  if (!m.company.empty()) o.string("company", m.company);
  if (!v.needs.empty()) o.string("needs", v.needs);
  o.string("citation", citation_text(*m.source));
  o.string("effective", to_string(m.first_day()));
  o.raw("last_day", m.last_day() ? json_string(to_string(*m.last_day())) : "null");
  o.string("status", key(m.source->status));
  o.boolean("verified", policy::is_verified(m.source->status));
  return o.str();
}

// An import measure of the destination, with how it is known (reported measures say so).
inline json_object import_measure_object(const policy::import_measure& m) {
  json_object o;
  o.string("key", m.key).string("country", m.codes).string("authority", key(m.authority));
  o.string("effect", key(m.effect));
  o.string("measure", m.text);
  o.string("from", to_string(m.from));
  o.string("date_basis", key(m.basis));
  o.string("when", m.when);
  o.raw("until", m.until ? json_string(to_string(*m.until)) : "null");
  std::vector<std::string> products;
  if (m.items == policy::import_items::foreign_chips) {
    products.emplace_back("every foreign AI chip");
  } else {
    for (std::string_view p : m.products) products.push_back(std::string(m.company) + " " + std::string(p));
  }
  o.strings("products", products);
  o.string("buyers", key(m.buyers));
  o.strings("buyer_names", strings_of(m.buyer_names));
  o.strings("buyer_aliases", strings_of(m.buyer_aliases));
  o.strings("conditions", strings_of(m.conditions));
  o.string("status", key(m.status));
  o.boolean("verified", m.status == policy::import_status::official);
  std::vector<std::string> sources;
  for (const policy::import_source& x : m.sources) {
    json_object so;
    so.string("outlet", x.outlet).string("date", to_string(x.date)).string("url", x.url);
    sources.push_back(so.str());
  }
  o.raw("sources", json_array(sources));
  if (!m.doubt.empty()) o.string("doubt", m.doubt);
  return o;
}

inline std::string to_json(const policy::import_measure& m) { return import_measure_object(m).str(); }

inline std::string to_json(const policy::destination_answer& d) {
  json_object o;
  o.boolean("modelled", d.modelled);
  o.raw("import_allowed", truth_json(d.import_allowed));
  o.raw("end_user", d.end_user.empty() ? "null" : json_string(d.end_user));
  std::vector<std::string> ms;
  for (const policy::import_verdict& v : d.measures) {
    json_object m;
    m.raw("applies", truth_json(v.applies));
    if (!v.needs.empty()) m.string("needs", v.needs);
    ms.push_back(m.append(import_measure_object(*v.measure)).str());
  }
  o.raw("measures", json_array(ms));
  o.strings("reasons", strings_of(d.reasons));
  o.strings("needs", strings_of(d.needs));
  o.strings("conditions", strings_of(d.conditions));
  return o.str();
}

inline std::string tf32_bits(tf32_reading r) { return r == tf32_reading::container_32 ? "32" : "19"; }

inline std::string tariff_json(const policy::tariff_finding& t) {
  if (t.band == nullptr) return "null";
  json_object o;
  o.raw("band", std::to_string(t.band->number));
  o.raw("in_band", truth_json(t.in_band));
  o.raw("rate_percent", std::to_string(policy::section_232_rate_percent));
  o.string("tpp_range", number(t.band->tpp_low) + "-" + number(t.band->tpp_high));
  o.string("memory_bandwidth_gbps_range", number(t.band->bandwidth_low) + "-" + number(t.band->bandwidth_high));
  o.boolean("endpoints_excluded", true);
  std::vector<std::string> art, ex;
  for (std::string_view x : policy::section_232_articles) art.emplace_back(x);
  for (std::string_view x : policy::section_232_exemptions) ex.emplace_back(x);
  o.strings("covered_articles", art);
  o.string("scope", policy::section_232_scope_note);
  o.strings("exemptions", ex);
  return o.str();
}

inline json_object to_json_object(const policy::assessment& a) {
  json_object o;
  o.string("destination", a.to.code);
  o.string("date", to_string(a.date));
  o.string("item", a.kind == policy::item_kind::chip     ? "chip"
                   : a.kind == policy::item_kind::system ? "system"
                                                         : "memory");
  o.string("eccn", key(a.eccn));
  o.raw("license_required", truth_json(a.license_required));
  o.raw("review_policy", review_json(a.review));
  o.string("review", key(a.review));
  std::vector<std::string> ex;
  for (const policy::exception_offer& e : a.license_exceptions) ex.push_back(to_json(e));
  o.raw("license_exceptions", json_array(ex));
  o.strings("conditions", strings_of(a.conditions));
  std::vector<std::string> ms;
  for (const policy::measure_verdict& v : a.measures) ms.push_back(to_json(v));
  o.raw("measures", json_array(ms));
  std::vector<std::string> cs;
  for (const policy::regulation* r : a.citations) cs.push_back(to_json(*r));
  o.raw("citations", json_array(cs));
  o.strings("unverified", strings_of(a.unverified));
  o.strings("reasons", strings_of(a.reasons));
  o.strings("assumptions", strings_of(a.assumptions));
  o.strings("not_checked", strings_of(a.not_checked));
  o.strings("warnings", strings_of(a.warnings));
  o.strings("needs", strings_of(a.needs));
  o.string("headquarters", a.headquarters.code);
  o.boolean("headquarters_given", a.headquarters_given);
  o.raw("end_user", a.end_user.empty() ? "null" : json_string(a.end_user));
  o.string("covered_from", to_string(a.covered_from));
  o.raw("us_available", truth_json(a.us_available));
  std::vector<std::string> tf;
  for (const policy::tf32_outcome& t : a.tf32_readings) {
    json_object r;
    r.raw("tf32_bits", tf32_bits(t.reading));
    r.string("eccn", key(t.eccn));
    r.raw("tpp", t.tpp ? number(*t.tpp) : "null");
    r.raw("license_required", truth_json(t.license_required));
    r.raw("review_policy", review_json(t.review));
    r.string("review", key(t.review));
    r.raw("tariff_band", t.band != nullptr && t.in_band != truth::no ? std::to_string(t.band->number) : "null");
    tf.push_back(r.str());
  }
  o.raw("tf32_readings", json_array(tf));
  o.raw("tariff", tariff_json(a.tariff));
  o.boolean("export_from_us", a.export_from_us);
  o.raw("destination_side", to_json(a.destination_side));
  if (a.kind == policy::item_kind::memory) {
    o.raw("memory_bandwidth_density", number(a.memory.density, 9));
    // Whether the printed digits are the whole value (as `hbm --json` and classify's density).
    o.boolean("memory_bandwidth_density_exact", to_decimal(a.memory.density, 9).exact);
    o.boolean("license_exception_hbm", a.memory.license_exception_hbm);
  } else {
    o.raw("tpp", a.tpp ? number(*a.tpp) : "null");
    o.raw("dram_bandwidth_gbps", a.total_dram_bandwidth ? number(*a.total_dram_bandwidth) : "null");
    o.raw("china_zone_2026", truth_json(a.china_zone));
    o.raw("classification", to_json(a.classification));
  }
  return o;
}

inline std::string to_json(const policy::assessment& a) { return to_json_object(a).str(); }

inline std::string describe(const policy::exception_offer& e) {
  std::string s = "License Exception " + std::string(key(e.which));
  if (!e.conditions.empty()) {
    s += " (";
    for (std::size_t i = 0; i < e.conditions.size(); ++i) s += (i ? "; " : "") + std::string(e.conditions[i]);
    s += ")";
  }
  if (!policy::is_verified(e.status)) s += " [" + std::string(key(e.status)) + "]";
  return s;
}

// "[reported: Reuters, 2026-01-28]": how a destination's measure is known, in every text output.
inline std::string import_status_note(const policy::import_measure& m) {
  std::string s = "[" + std::string(key(m.status));
  if (!m.sources.empty()) s += ": " + std::string(m.sources[0].outlet) + ", " + to_string(m.sources[0].date);
  return s + "]";
}

inline std::string allowed_words(truth t) {
  return t == truth::yes ? "allowed" : t == truth::no ? "not allowed" : "undecided";
}

// The destination's side in words: a section of its own, after the US answer.
inline std::string explain(const policy::destination_answer& d, std::string_view code) {
  std::string s = "At the destination (" + std::string(code) + "):\n";
  if (!d.modelled) {
    s += "  Not modelled: no import measure of " + std::string(code) +
         " is in the library; nothing is said about whether the destination allows the import.\n";
    return s;
  }
  s += "  Import: " + allowed_words(d.import_allowed);
  s += d.end_user.empty() ? " (no end user given)" : " for end user " + std::string(d.end_user);
  s += ".\n";
  for (const policy::import_verdict& v : d.measures) {
    const policy::import_measure& m = *v.measure;
    s += "  - " + std::string(m.key) + " (" + std::string(key(m.authority)) + ", from " + to_string(m.from);
    if (m.basis == policy::date_basis::report_day) s += ", the report's date";
    s += "): " + std::string(key(m.effect)) + ": " + std::string(m.text);
    if (v.applies == truth::unknown) s += "; may apply, needs " + std::string(v.needs);
    s += " " + import_status_note(m) + "\n";
    if (!m.doubt.empty()) s += "      not established: " + std::string(m.doubt) + "\n";
  }
  for (std::string_view r : d.reasons) s += "  because " + std::string(r) + "\n";
  for (std::string_view c : d.conditions) s += "  condition: " + std::string(c) + "\n";
  for (std::string_view n : d.needs) s += "  to decide, give: " + std::string(n) + "\n";
  return s;
}

// The assessment in words.
inline std::string explain(const policy::assessment& a) {
  std::string s;
  s += "Destination " + std::string(a.to.code) + " on " + to_string(a.date) + ": " + std::string(key(a.eccn));
  if (a.kind != policy::item_kind::memory && a.tpp) s += ", TPP " + pretty(*a.tpp);
  if (a.kind == policy::item_kind::memory)
    s += ", memory bandwidth density " + pretty(a.memory.density, 6) + " GB/s/mm²";
  s += ".\n";
  if (!a.end_user.empty()) s += "End user: " + std::string(a.end_user) + ".\n";
  if (a.date < a.covered_from) s += "Modelled for this destination from " + to_string(a.covered_from) + ".\n";
  s += "License required: " +
       std::string(a.license_required == truth::yes  ? "yes"
                   : a.license_required == truth::no ? "no"
                                                     : "undecided") +
       ".\n";
  if (a.review != policy::review_policy::none) s += "Review policy: " + std::string(key(a.review)) + ".\n";
  for (const policy::exception_offer& e : a.license_exceptions) s += "May use " + describe(e) + ".\n";
  if (!a.conditions.empty()) {
    s += "Conditions:\n";
    for (std::string_view c : a.conditions) s += "  - " + std::string(c) + "\n";
  }
  if (!a.measures.empty()) {
    s += "Measures:\n";
    for (const policy::measure_verdict& v : a.measures) {
      s += "  - " + std::string(v.measure->key) + " (" + std::string(v.measure->section) + ")";
      if (v.applies == truth::unknown) s += ": may apply, needs " + std::string(v.needs);
      if (v.measure->requires_license && v.applies == truth::yes)
        s += ": license required, " + std::string(key(v.review));
      if (!v.measure->requires_license) s += ": " + std::string(key(v.measure->kind));
      s += "\n";
    }
  }
  for (const policy::tf32_outcome& t : a.tf32_readings) {
    s += "If TF32 counts " + tf32_bits(t.reading) + " bits: " + std::string(key(t.eccn)) +
         (t.tpp ? ", TPP " + pretty(*t.tpp) : std::string()) + ", license " +
         (t.license_required == truth::yes  ? "required"
          : t.license_required == truth::no ? "not required"
                                            : "undecided") +
         (t.review != policy::review_policy::none ? ", " + std::string(key(t.review)) : std::string()) + ".\n";
  }
  if (a.tariff.band != nullptr) {
    s += "Section 232 tariff band " + std::to_string(a.tariff.band->number) + " (" +
         std::to_string(policy::section_232_rate_percent) + "% on covered imports into the United States): " +
         (a.tariff.in_band == truth::yes ? "inside" : "undecided (an input is unknown or the TF32 reading decides)") +
         "; " + std::string(policy::section_232_scope_note) + ".\n";
  }
  s += "Because:\n";
  for (std::string_view r : a.reasons) s += "  - " + std::string(r) + "\n";
  for (std::string_view w : a.warnings) s += "Warning: " + std::string(w) + ".\n";
  if (!a.needs.empty()) {
    s += "To decide, give:\n";
    for (std::string_view n : a.needs) s += "  - " + std::string(n) + "\n";
  }
  s += "Assumed:\n";
  for (std::string_view x : a.assumptions) s += "  - " + std::string(x) + "\n";
  s += "Not checked:\n";
  for (std::string_view x : a.not_checked) s += "  - " + std::string(x) + "\n";
  s += "Citations:\n";
  for (const policy::regulation* r : a.citations) {
    s += "  - " + std::string(r->name) + ", " + citation_text(*r) + ", effective " + to_string(r->effective);
    if (r->not_enforced_from) s += ", not enforced from " + to_string(*r->not_enforced_from);
    s += " [" + std::string(key(r->status)) + "]\n";
  }
  if (!a.unverified.empty()) {
    s += "Not verified:\n";
    for (std::string_view u : a.unverified) s += "  - " + std::string(u) + "\n";
  }
  s += explain(a.destination_side, a.to.code);
  return s;
}

}  // namespace accelspec::io
