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

inline std::string to_json(const policy::company_measure& m) {
  json_object o;
  o.string("key", m.key).string("company", m.company).string("requirement", m.wording);
  o.string("destinations", m.destinations).string("citation", citation_text(*m.source));
  o.string("status", key(m.source->status));
  o.boolean("verified", policy::is_verified(m.source->status));
  return o.str();
}

inline std::string tariff_json(const policy::tariff_finding& t) {
  if (t.band == nullptr) return "null";
  json_object o;
  o.raw("band", std::to_string(t.band->number));
  o.raw("in_band", truth_json(t.in_band));
  o.boolean("on_endpoint", t.on_endpoint);
  o.raw("rate_percent", std::to_string(policy::section_232_rate_percent));
  o.string("tpp_range", number(t.band->tpp_low) + "-" + number(t.band->tpp_high));
  o.string("memory_bandwidth_gbps_range", number(t.band->bandwidth_low) + "-" + number(t.band->bandwidth_high));
  o.boolean("endpoint_inclusivity_verified", false);
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
  for (const policy::company_measure* m : a.measures) ms.push_back(to_json(*m));
  o.raw("measures", json_array(ms));
  std::vector<std::string> cs;
  for (const policy::regulation* r : a.citations) cs.push_back(to_json(*r));
  o.raw("citations", json_array(cs));
  o.strings("unverified", strings_of(a.unverified));
  o.strings("reasons", strings_of(a.reasons));
  o.raw("tariff", tariff_json(a.tariff));
  o.boolean("export_from_us", a.export_from_us);
  if (a.kind == policy::item_kind::memory) {
    o.raw("memory_bandwidth_density", number(a.memory.density, 9));
    o.boolean("license_exception_hbm", a.memory.license_exception_hbm);
  } else {
    o.raw("tpp", a.tpp ? number(*a.tpp) : "null");
    o.raw("total_dram_bandwidth_gbps", a.total_dram_bandwidth ? number(*a.total_dram_bandwidth) : "null");
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

// The assessment in words.
inline std::string explain(const policy::assessment& a) {
  std::string s;
  s += "Destination " + std::string(a.to.code) + " on " + to_string(a.date) + ": " + std::string(key(a.eccn));
  if (a.kind != policy::item_kind::memory && a.tpp) s += ", TPP " + pretty(*a.tpp);
  if (a.kind == policy::item_kind::memory)
    s += ", memory bandwidth density " + pretty(a.memory.density, 6) + " GB/s/mm²";
  s += ".\n";
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
  for (const policy::company_measure* m : a.measures) {
    s += "Company-specific measure (" + std::string(m->company) + ", " + citation_text(*m->source) +
         "): " + std::string(m->wording) + ".\n";
  }
  if (a.tariff.band != nullptr) {
    s += "Section 232 tariff band " + std::to_string(a.tariff.band->number) + " (" +
         std::to_string(policy::section_232_rate_percent) + "% on covered imports into the United States): " +
         (a.tariff.in_band == truth::yes ? "inside"
                                         : "on a band endpoint, inside only if endpoints are inclusive (unverified)") +
         ".\n";
  }
  s += "Because:\n";
  for (std::string_view r : a.reasons) s += "  - " + std::string(r) + "\n";
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
  return s;
}

}  // namespace accelspec::io
