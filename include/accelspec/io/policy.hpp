// Assessments and timelines in words and as JSON (the contracts of `accelspec assess`,
// `accelspec timeline` and `accelspec hbm`, see docs/policy.md).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../policy.hpp"
#include "explain.hpp"
#include "format.hpp"
#include "json.hpp"

namespace accelspec::io {

// Appends "YYYY-MM-DD" (years 0 to 9999; the library's dates are all in that range).
inline void append_date(std::string& out, std::chrono::year_month_day d) {
  const int y = static_cast<int>(d.year());
  if (y < 0 || y > 9999) {  // outside the four-digit form: as printf would write it
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    out += buf;
    return;
  }
  const auto digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
  const auto yy = static_cast<unsigned>(y), mm = static_cast<unsigned>(d.month()), dd = static_cast<unsigned>(d.day());
  const char text[10] = {
      digit(yy / 1000), digit(yy / 100), digit(yy / 10), digit(yy), '-', digit(mm / 10), digit(mm), '-',
      digit(dd / 10),   digit(dd)};
  out.append(text, sizeof text);
}

inline std::string to_string(std::chrono::year_month_day d) {
  std::string s;
  append_date(s, d);
  return s;
}

// A date as a JSON string, or null.
inline void append_date_json(std::string& out, std::chrono::year_month_day d) {
  out += '"';
  append_date(out, d);
  out += '"';
}
inline void append_date_json(std::string& out, const std::optional<std::chrono::year_month_day>& d) {
  if (d)
    append_date_json(out, *d);
  else
    out += "null";
}

// "91 FR 1684 (FR Doc 2026-00789)", or the document for sources outside the Federal Register.
inline void append_citation_text(std::string& out, const policy::regulation& r) {
  if (r.source.federal_register.empty()) {
    out += r.source.document_number;
  } else if (r.source.document_number.empty()) {
    out += r.source.federal_register;
  } else {
    out += r.source.federal_register;
    out += " (FR Doc ";
    out += r.source.document_number;
    out += ')';
  }
}
inline std::string citation_text(const policy::regulation& r) {
  std::string s;
  append_citation_text(s, r);
  return s;
}

// The citation as a JSON string; an offer without a source has the empty string.
inline void append_citation_json(std::string& out, const policy::regulation* r) {
  if (r == nullptr) {
    out += "\"\"";
    return;
  }
  // The citation is built from up to three parts, then escaped as any string.
  std::string text;
  append_citation_text(text, *r);
  append_json_string(out, text);
}

// JSON null for "no license" and for policies that are not one of the three the regulation names.
inline void append_review_json(std::string& out, policy::review_policy r) {
  switch (r) {
    case policy::review_policy::presumption_of_denial:
    case policy::review_policy::case_by_case:
    case policy::review_policy::presumption_of_approval:
      append_json_string(out, key(r));
      return;
    default:
      out += "null";
  }
}

inline std::string_view truth_json(truth t) { return t == truth::yes ? "true" : t == truth::no ? "false" : "null"; }

// Each contract below is written once, into `o` (write_json); to_json gives it as its own text.
template <class T>
std::string json_text_of(const T& x) {
  std::string s = "{";
  json_members m(s);
  write_json(m, x);
  s += '}';
  return s;
}

inline void write_json(json_members& o, const policy::regulation& r) {
  o.string("key", r.key).string("name", r.name);
  o.value("citation", [&](std::string& out) { append_citation_json(out, &r); });
  o.string("title", r.source.title);
  o.value("effective", [&](std::string& out) { append_date_json(out, r.effective); });
  o.value("last_day", [&](std::string& out) { append_date_json(out, r.last_day); });
  o.value("not_enforced_from", [&](std::string& out) { append_date_json(out, r.not_enforced_from); });
  o.string("status", key(r.status));
  o.boolean("verified", policy::is_verified(r.status));
  if (!r.source.url.empty()) o.string("url", r.source.url);
}
inline std::string to_json(const policy::regulation& r) { return json_text_of(r); }

inline void write_json(json_members& o, const policy::exception_offer& e) {
  o.string("exception", key(e.which));
  o.strings("conditions", e.conditions);
  o.value("citation", [&](std::string& out) { append_citation_json(out, e.source); });
  o.string("status", key(e.status));
  o.boolean("verified", policy::is_verified(e.status));
}
inline std::string to_json(const policy::exception_offer& e) { return json_text_of(e); }

inline void write_json(json_members& o, const policy::measure_verdict& v) {
  const policy::dated_measure& m = *v.measure;
  o.string("key", m.key).string("kind", key(m.kind)).string("section", m.section);
  o.raw("applies", truth_json(v.applies));
  o.boolean("requires_license", m.requires_license);
  o.value("review_policy", [&](std::string& out) { append_review_json(out, v.review); });
  o.string("review", key(v.review));
  o.string("requirement", m.effect);
  if (!m.company.empty()) o.string("company", m.company);
  if (!v.needs.empty()) o.string("needs", v.needs);
  o.value("citation", [&](std::string& out) { append_citation_json(out, m.source); });
  o.value("effective", [&](std::string& out) { append_date_json(out, m.first_day()); });
  o.value("last_day", [&](std::string& out) { append_date_json(out, m.last_day()); });
  o.string("status", key(m.source->status));
  o.boolean("verified", policy::is_verified(m.source->status));
}
inline std::string to_json(const policy::measure_verdict& v) { return json_text_of(v); }

// An import measure of the destination, with how it is known (reported measures say so).
inline void write_json(json_members& o, const policy::import_measure& m) {
  o.string("key", m.key).string("country", m.codes).string("authority", key(m.authority));
  o.string("effect", key(m.effect));
  o.string("measure", m.text);
  o.value("from", [&](std::string& out) { append_date_json(out, m.from); });
  o.string("date_basis", key(m.basis));
  o.string("when", m.when);
  o.value("until", [&](std::string& out) { append_date_json(out, m.until); });
  o.value("products", [&](std::string& out) {
    out += '[';
    if (m.items == policy::import_items::foreign_chips) {
      append_json_string(out, "every foreign AI chip");
    } else {
      std::string product;
      bool first = true;
      for (std::string_view p : m.products) {
        if (!first) out += ',';
        first = false;
        product.assign(m.company);
        product += ' ';
        product += p;
        append_json_string(out, product);
      }
    }
    out += ']';
  });
  o.string("buyers", key(m.buyers));
  o.strings("buyer_names", m.buyer_names);
  o.strings("buyer_aliases", m.buyer_aliases);
  o.strings("conditions", m.conditions);
  o.string("status", key(m.status));
  o.boolean("verified", m.status == policy::import_status::official);
  o.objects("sources", m.sources, [](json_members& so, const policy::import_source& x) {
    so.string("outlet", x.outlet);
    so.value("date", [&](std::string& out) { append_date_json(out, x.date); });
    so.string("url", x.url);
  });
  if (!m.doubt.empty()) o.string("doubt", m.doubt);
}
inline json_object import_measure_object(const policy::import_measure& m) {
  json_object o;
  json_members w = o.members();
  write_json(w, m);
  return o;
}
inline std::string to_json(const policy::import_measure& m) { return json_text_of(m); }

inline void write_json(json_members& o, const policy::destination_answer& d) {
  o.boolean("modelled", d.modelled);
  o.raw("import_allowed", truth_json(d.import_allowed));
  o.string_or_null("end_user", d.end_user);
  o.objects("measures", d.measures, [](json_members& m, const policy::import_verdict& v) {
    m.raw("applies", truth_json(v.applies));
    if (!v.needs.empty()) m.string("needs", v.needs);
    write_json(m, *v.measure);
  });
  o.strings("reasons", d.reasons);
  o.strings("needs", d.needs);
  o.strings("conditions", d.conditions);
}
inline std::string to_json(const policy::destination_answer& d) { return json_text_of(d); }

inline void write_json(json_members& o, const policy::tariff_finding& t) {
  o.raw("band", std::to_string(t.band->number));
  o.raw("in_band", truth_json(t.in_band));
  o.raw("rate_percent", std::to_string(policy::section_232_rate_percent));
  o.string("tpp_range", number(t.band->tpp_low) + "-" + number(t.band->tpp_high));
  o.string("memory_bandwidth_gbps_range", number(t.band->bandwidth_low) + "-" + number(t.band->bandwidth_high));
  o.boolean("endpoints_excluded", true);
  o.strings("covered_articles", policy::section_232_articles);
  o.string("scope", policy::section_232_scope_note);
  o.strings("exemptions", policy::section_232_exemptions);
}
// The documented JSON contract of `accelspec assess --json` (see docs/policy.md): the members of
// the assessment, written into `o`.
inline void write_json(json_members& o, const policy::assessment& a) {
  o.string("destination", a.to.code);
  o.value("date", [&](std::string& out) { append_date_json(out, a.date); });
  o.string("item", a.kind == policy::item_kind::chip     ? "chip"
                   : a.kind == policy::item_kind::system ? "system"
                                                         : "memory");
  o.string("eccn", key(a.eccn));
  o.raw("license_required", truth_json(a.license_required));
  o.value("review_policy", [&](std::string& out) { append_review_json(out, a.review); });
  o.string("review", key(a.review));
  o.objects("license_exceptions", a.license_exceptions,
            [](json_members& m, const policy::exception_offer& e) { write_json(m, e); });
  o.strings("conditions", a.conditions);
  o.objects("measures", a.measures, [](json_members& m, const policy::measure_verdict& v) { write_json(m, v); });
  o.objects("citations", a.citations, [](json_members& m, const policy::regulation* r) { write_json(m, *r); });
  o.strings("unverified", a.unverified);
  o.strings("reasons", a.reasons);
  o.strings("assumptions", a.assumptions);
  o.strings("not_checked", a.not_checked);
  o.strings("warnings", a.warnings);
  o.strings("needs", a.needs);
  o.string("headquarters", a.headquarters.code);
  o.boolean("headquarters_given", a.headquarters_given);
  o.string_or_null("end_user", a.end_user);
  o.value("covered_from", [&](std::string& out) { append_date_json(out, a.covered_from); });
  o.raw("us_available", truth_json(a.us_available));
  o.objects("tf32_readings", a.tf32_readings, [](json_members& r, const policy::tf32_outcome& t) {
    r.raw("tf32_bits", tf32_bit_length(t.reading));
    r.string("eccn", key(t.eccn));
    r.raw("tpp", t.tpp ? number(*t.tpp) : "null");
    r.raw("license_required", truth_json(t.license_required));
    r.value("review_policy", [&](std::string& out) { append_review_json(out, t.review); });
    r.string("review", key(t.review));
    r.raw("tariff_band", t.band != nullptr && t.in_band != truth::no ? std::to_string(t.band->number) : "null");
  });
  if (a.tariff.band == nullptr)
    o.null("tariff");
  else
    o.object("tariff", [&](json_members& m) { write_json(m, a.tariff); });
  o.boolean("export_from_us", a.export_from_us);
  o.object("destination_side", [&](json_members& m) { write_json(m, a.destination_side); });
  if (a.kind == policy::item_kind::memory) {
    o.raw("memory_bandwidth_density", number(a.memory.density, 9));
    // Whether the printed digits are the whole value (as `hbm --json` and classify's density).
    o.boolean("memory_bandwidth_density_exact", to_decimal(a.memory.density, 9).exact);
    o.boolean("license_exception_hbm", a.memory.license_exception_hbm);
  } else {
    o.raw("tpp", a.tpp ? number(*a.tpp) : "null");
    o.raw("dram_bandwidth_gbps", a.total_dram_bandwidth ? number(*a.total_dram_bandwidth) : "null");
    o.raw("china_zone_2026", truth_json(a.china_zone));
    o.object("classification", [&](json_members& m) { write_json(m, a.classification); });
  }
}

inline json_object to_json_object(const policy::assessment& a) {
  json_object o;
  json_members m = o.members();
  write_json(m, a);
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
    s += "If TF32 counts " + tf32_bit_length(t.reading) + " bits: " + std::string(key(t.eccn)) +
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
