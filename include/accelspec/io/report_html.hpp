// The catalog report: one self-contained HTML page (no script, no style sheet, font or image
// fetched from anywhere) with the threshold map inline and a table of every catalog chip, its
// metrics, its determination under the chosen rule with the reasons, and the sources of its values.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "../catalog.hpp"
#include "../rules/classify.hpp"
#include "../version.hpp"
#include "explain.hpp"
#include "format.hpp"
#include "map_svg.hpp"

namespace accelspec::io {

namespace detail {

inline std::string iso_date(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

inline std::string determination_cell(const determination& d) {
  if (d.applied == nullptr) return "no 3A090 rule in force";
  std::string s = d.eccn == eccn::none ? "outside 3A090.a/.b" : std::string(key(d.eccn));
  const std::vector<std::string> met = clause_keys(d.clauses);
  if (!met.empty()) {
    s += " (";
    for (std::size_t i = 0; i < met.size(); ++i) s += (i ? ", " : "") + met[i];
    s += ")";
  }
  return s;
}

inline std::string sources_cell(const catalog::entry& e) {
  std::string s;
  std::set<std::string_view> seen;
  for (const catalog::provenance& p : e.sources) {
    if (!seen.insert(p.source).second) continue;
    const catalog::source* src = catalog::find_source(p.source);
    if (src == nullptr) {
      s += "<li>" + xml_escape(p.source) + "</li>";
      continue;
    }
    std::string fields;
    for (const catalog::provenance& q : e.sources) {
      if (q.source != p.source) continue;
      fields += (fields.empty() ? "" : ", ") + std::string(catalog::key(q.field)) + " (" +
                std::string(catalog::key(q.kind)) + ")";
    }
    s += "<li><a href=\"" + xml_escape(src->url) + "\">" + xml_escape(src->title) + "</a>, " +
         xml_escape(src->publisher) + (src->date.empty() ? "" : ", " + xml_escape(src->date)) + ": " +
         xml_escape(fields) + (catalog::url_verified(src->id) ? "" : " (URL not verified)") + "</li>";
  }
  return s.empty() ? "" : "<ul>" + s + "</ul>";
}

}  // namespace detail

// The page. `r` is the rule the map and the table apply.
inline std::string catalog_report_html(const rule& r) {
  using detail::xml_escape;
  map_input input = catalog_map_input(r);
  input.link_markers = true;  // each marker links to its table row
  std::string svg = threshold_map_svg(input);
  if (svg.starts_with("<?xml")) svg.erase(0, svg.find('\n') + 1);  // inline SVG takes no XML declaration

  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
  h += "<title>accelspec catalog report: " + xml_escape(r.name) + "</title>\n";
  h += "<style>\n"
       "body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; margin: 24px; color: #222; }\n"
       "table { border-collapse: collapse; font-size: 13px; }\n"
       "th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }\n"
       "th { background: #f2f2f2; }\n"
       "td.num { text-align: right; white-space: nowrap; }\n"
       "td ul { margin: 0; padding-left: 16px; }\n"
       ".a { color: #b21f1f; font-weight: bold; } .b { color: #b45f06; font-weight: bold; } "
       ".none { color: #2f7d32; } .undecided { color: #777; }\n"
       "tr:target { background: #fff6cc; }\n"
       "summary { cursor: pointer; }\n"
       "</style>\n</head>\n<body>\n";
  h += "<h1>AI accelerators under ECCN 3A090</h1>\n";
  h += "<p class=\"as-of\">Catalog as of " + std::string(catalog::as_of) +
       " (the day its figures and sources were "
       "last checked). Rule applied: <b>" +
       xml_escape(r.name) + "</b>, <a href=\"" + xml_escape(r.source.url) + "\">" +
       xml_escape(r.source.federal_register) + "</a> (FR Doc " + xml_escape(r.source.document_number) +
       "), in force from " + detail::iso_date(r.effective) + ".</p>\n";
  h += "<p>Every figure below is derived exactly from the catalog's dense rates and die areas; numbers that do not "
       "terminate are cut, never rounded, and marked with ~. Each marker on the map links to its row in the table; "
       "each row shows the clauses the chip meets, with the full reasons one click away.</p>\n";
  h += "<figure>\n" + svg + "</figure>\n";
  h += "<h2>Catalog</h2>\n<table>\n<thead><tr><th>Chip</th><th>Market</th><th>TPP</th><th>Applicable die area "
       "(mm²)</th><th>Performance density</th><th>Determination</th><th>Why</th><th>Sources</th></tr></thead>\n"
       "<tbody>\n";
  for (const catalog::entry* e : catalog::all) {
    const determination d = classify(e->chip(), r);
    const char* cls = d.eccn == eccn::a ? "a" : d.eccn == eccn::b ? "b" : d.eccn == eccn::none ? "none" : "undecided";
    std::string why;
    for (const std::string& line : reasons(d)) why += "<li>" + xml_escape(line) + "</li>";
    // The clauses met (or undecided) in one line; every clause's reason, met or not, one click away.
    std::string summary;
    for (const std::string& c : clause_keys(d.clauses)) summary += (summary.empty() ? "" : ", ") + c + " met";
    for (const std::string& c : clause_keys(d.undecided)) summary += (summary.empty() ? "" : ", ") + c + " undecided";
    if (d.non_datacenter_note == truth::yes) summary += (summary.empty() ? "" : "; ") + std::string("out by the note");
    if (summary.empty()) summary = d.applied == nullptr ? "no rule in force" : "no clause met";
    h += "<tr id=\"" + xml_escape(e->id) + "\"><td><b>" + xml_escape(e->name) + "</b><br/><code>" + xml_escape(e->id) +
         "</code></td>";
    h += "<td>" + std::string(key(e->chip().market)) + "</td>";
    h += "<td class=\"num\">" +
         (d.tpp ? pretty(*d.tpp) + " (" + std::to_string(d.tpp_bits) + "-bit)" : std::string("unknown")) + "</td>";
    h += "<td class=\"num\">" +
         (d.applicable_die_area ? pretty(d.applicable_die_area->in_display_units(), 6) : std::string("unknown")) +
         "</td>";
    h += "<td class=\"num\">" + (d.performance_density ? pretty(*d.performance_density, 3) : std::string("unknown")) +
         "</td>";
    h += "<td class=\"" + std::string(cls) + "\">" + xml_escape(detail::determination_cell(d)) +
         (d.nac_aca ? "<br/>NAC/ACA eligible" : "") + "</td>";
    h += "<td><details><summary>" + xml_escape(summary) + "</summary><ul>" + why + "</ul></details></td>";
    h += "<td>" + detail::sources_cell(*e) + "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n";
  h += "<p>Generated by accelspec " + std::string(version_string) +
       ". Not legal advice: the regulation's text and BIS decide.</p>\n</body>\n</html>\n";
  return h;
}

}  // namespace accelspec::io
