// A determination in words and as JSON. The same findings drive both, so the sentences and
// the JSON never disagree.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../rules/determination.hpp"
#include "format.hpp"
#include "json.hpp"

namespace accelspec::io {

inline std::string describe_value(const comparison& c) {
  if (!c.value) return "unknown";
  switch (c.measure) {
    case measure::tpp:
      return pretty(*c.value, 6);
    case measure::performance_density:
      return pretty(*c.value, 3);
    case measure::io_bandwidth:
      return pretty(*c.value, 6) + " GB/s";
    case measure::datacenter_market:
      return "";
  }
  return "";
}

inline std::string describe_threshold(const comparison& c) {
  const std::string t = pretty(c.threshold, 6);
  return c.measure == measure::io_bandwidth ? t + " GB/s" : t;
}

// One comparison as it came out, appended to `out`: "TPP 2,368 < 2,400", "performance density
// unknown (needs >= 5.92)".
inline void append_description(std::string& out, const comparison& c, market m) {
  if (c.measure == measure::datacenter_market) {
    out += m == market::unknown ? "whether it is designed or marketed for datacenters is unknown"
           : m == market::other ? "not designed or marketed for datacenters"
                                : "designed or marketed for datacenters";
    return;
  }
  const std::string_view want = c.relation == relation::at_least ? ">=" : "<";
  const std::string_view opposite = c.relation == relation::at_least ? "<" : ">=";
  if (!c.value) {
    if (c.measure == measure::performance_density && c.holds == truth::no) {
      out += "no performance density (no non-planar logic die area)";
      return;
    }
    out += key(c.measure);
    out += " unknown (needs ";
    out += want;
    out += ' ';
    out += describe_threshold(c);
    out += ')';
    return;
  }
  out += key(c.measure);
  out += ' ';
  out += describe_value(c);
  out += ' ';
  out += c.holds == truth::yes ? want : opposite;
  out += ' ';
  out += describe_threshold(c);
}
inline std::string describe(const comparison& c, market m) {
  std::string s;
  append_description(s, c, m);
  return s;
}

inline std::vector<std::string> clause_keys(const clause_set& s) {
  std::vector<std::string> out;
  for (const clause c : clause_set::all) {
    if (s.contains(c)) out.emplace_back(c == clause::non_datacenter_note ? "note-non-datacenter" : key(c));
  }
  return out;
}

inline std::string tf32_bit_length(tf32_reading r) { return r == tf32_reading::container_32 ? "32" : "19"; }

// The paragraph with the clauses met, in short: "3A090.a (a.1, a.2)".
inline std::string paragraph_with_clauses(eccn e, const clause_set& met_set) {
  std::string s(key(e));
  const std::vector<std::string> met = clause_keys(met_set);
  for (std::size_t i = 0; i < met.size(); ++i) {
    s += i == 0 ? " (" : ", ";
    s += met[i].substr(met[i].size() - 3);  // "3A090.a.1" -> "a.1"
  }
  if (!met.empty()) s += ")";
  return s;
}

// Both readings of TF32, when they give different answers.
inline std::string tf32_readings_line(const determination& d) {
  std::string s = "the answer depends on the bit length of TF32, which the regulation does not settle: ";
  for (std::size_t i = 0; i < d.tf32_readings.size(); ++i) {
    const tf32_result& t = d.tf32_readings[i];
    s += i == 0 ? "" : "; ";
    s += "as " + tf32_bit_length(t.reading) + " bits, TPP " + (t.tpp ? pretty(*t.tpp) : std::string("unknown")) + ", " +
         paragraph_with_clauses(t.eccn, t.clauses);
  }
  return s + " (the lines above follow the 32-bit reading; choose one with --tf32-bits 32|19)";
}

// One line per clause: "TPP 15,831.2 >= 4,800: 3A090.a.1 met", each given to `take(line)` in turn
// (the line is built in one buffer: JSON batches write millions of them).
template <class Take>
void for_each_reason(const determination& d, Take&& take) {
  if (d.applied == nullptr) {
    take(std::string_view("no ECCN 3A090 rule was in force on the date asked (the first took effect on 2022-10-07)"));
    return;
  }
  std::string line;
  for (const clause_finding& f : d.findings()) {
    line.clear();
    // Show the parts that decide the clause: all of them when it is met, otherwise the ones that
    // fail or are unknown.
    for (const comparison& p : f.parts) {
      if (f.holds != truth::yes && p.holds == truth::yes) continue;
      if (!line.empty()) line += " and ";
      append_description(line, p, d.market);
    }
    line += ": ";
    line += key(f.clause);
    line += ' ';
    line += key(f.holds);
    if (f.clause == clause::non_datacenter_note && f.holds == truth::yes) line += " (3A090.a and .b do not apply)";
    take(std::string_view(line));
  }
  if (!d.tf32_readings.empty()) take(std::string_view(tf32_readings_line(d)));
}

inline std::vector<std::string> reasons(const determination& d) {
  std::vector<std::string> out;
  for_each_reason(d, [&](std::string_view line) { out.emplace_back(line); });
  return out;
}

// The ECCN with its clauses in short, for tables: "3A090.a (a.1, a.2)", "none (note)".
inline std::string eccn_summary(const determination& d) {
  std::string s(key(d.eccn));
  const std::vector<std::string> met = clause_keys(d.clauses);
  for (std::size_t i = 0; i < met.size(); ++i) {
    s += i == 0 ? " (" : ", ";
    s += met[i].substr(met[i].size() - 3);  // "3A090.a.1" -> "a.1"
  }
  if (!met.empty()) s += ")";
  if (d.non_datacenter_note == truth::yes) s += " (note)";
  return s;
}

// A short explanation in sentences.
inline std::string explain(const determination& d) {
  std::string s;
  if (d.applied == nullptr)
    return "No ECCN 3A090 rule was in force on that date (the first took effect on 2022-10-07).\n";
  s += "Rule: " + std::string(d.applied->name) + ", " + std::string(d.applied->source.federal_register) + " (FR Doc " +
       std::string(d.applied->source.document_number) + ").\n";
  s += "TPP: " + (d.tpp ? pretty(*d.tpp) + " (at " + std::to_string(d.tpp_bits) + "-bit)" : std::string("unknown")) +
       ".\n";
  s +=
      "Applicable die area: " +
      (d.applicable_die_area ? pretty(d.applicable_die_area->in_display_units(), 6) + " mm²" : std::string("unknown")) +
      ".\n";
  s += "Performance density: " + (d.performance_density ? pretty(*d.performance_density, 3) : std::string("unknown")) +
       ".\n";
  switch (d.eccn) {
    case eccn::a:
      s += "Result: ECCN 3A090.a";
      break;
    case eccn::b:
      s += "Result: ECCN 3A090.b";
      break;
    case eccn::none:
      s += "Result: not described by 3A090.a or 3A090.b";
      break;
    case eccn::undecided:
      s += d.tf32_readings.empty() || d.tf32_readings[0].eccn == eccn::undecided ||
                   d.tf32_readings[1].eccn == eccn::undecided
               ? "Result: undecided, an input the answer depends on is unknown"
               : "Result: undecided, the answer depends on the bit length of TF32";
      break;
  }
  const std::vector<std::string> met = clause_keys(d.clauses);
  if (!met.empty()) {
    s += " (";
    for (std::size_t i = 0; i < met.size(); ++i) {
      s += i ? ", " : "";
      s += met[i];
    }
    s += ")";
  }
  s += ".\n";
  if (d.nac_aca) s += "License Exception NAC/ACA may be available for this item.\n";
  s += "Because:\n";
  for (const std::string& r : reasons(d)) s += "  - " + r + "\n";
  return s;
}

// Appends the JSON array of the keys of the clauses in `s` (the keys clause_keys() gives).
inline void append_clause_keys_json(std::string& out, const clause_set& s) {
  out += '[';
  bool first = true;
  for (const clause c : clause_set::all) {
    if (!s.contains(c)) continue;
    if (!first) out += ',';
    first = false;
    append_json_string(out, c == clause::non_datacenter_note ? std::string_view("note-non-datacenter") : key(c));
  }
  out += ']';
}

// The documented JSON contract of `accelspec classify --json` (see docs/cli.md): the members of
// the determination, written into `o`.
inline void write_json(json_members& o, const determination& d) {
  o.raw("tpp", d.tpp ? number(*d.tpp) : "null");
  o.raw("tpp_bit_length", d.tpp ? std::to_string(d.tpp_bits) : "null");
  o.raw("applicable_die_area_mm2", d.applicable_die_area ? number(*d.applicable_die_area) : "null");
  o.raw("performance_density", d.performance_density ? number(*d.performance_density, 9) : "null");
  // The flag says whether the printed digits are the whole value; with no value, there is no flag.
  if (d.performance_density)
    o.boolean("performance_density_exact", to_decimal(*d.performance_density, 9).exact);
  else
    o.null("performance_density_exact");
  o.string("eccn", key(d.eccn));
  o.value("clauses", [&](std::string& out) { append_clause_keys_json(out, d.clauses); });
  o.value("undecided_clauses", [&](std::string& out) { append_clause_keys_json(out, d.undecided); });
  o.raw("non_datacenter_note", d.non_datacenter_note == truth::unknown ? "null"
                               : d.non_datacenter_note == truth::yes   ? "true"
                                                                       : "false");
  o.boolean("nac_aca", d.nac_aca);
  o.string("market", key(d.market));
  if (d.applied != nullptr) {
    o.string("rule", d.applied->key);
    o.string("rule_name", d.applied->name);
    o.string("citation", std::string(d.applied->source.federal_register) + " (FR Doc " +
                             std::string(d.applied->source.document_number) + ")");
  } else {
    o.null("rule");
    o.null("rule_name");
    o.null("citation");
  }
  o.value("reasons", [&](std::string& out) {
    out += '[';
    bool first = true;
    for_each_reason(d, [&](std::string_view line) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, line);
    });
    out += ']';
  });
  o.objects("tf32_readings", d.tf32_readings, [](json_members& r, const tf32_result& t) {
    r.raw("tf32_bits", tf32_bit_length(t.reading));
    r.string("eccn", key(t.eccn));
    r.value("clauses", [&](std::string& out) { append_clause_keys_json(out, t.clauses); });
    r.value("undecided_clauses", [&](std::string& out) { append_clause_keys_json(out, t.undecided); });
    r.boolean("nac_aca", t.nac_aca);
    r.raw("tpp", t.tpp ? number(*t.tpp) : "null");
    r.raw("tpp_bit_length", t.tpp ? std::to_string(t.tpp_bits) : "null");
  });
}

inline json_object to_json_object(const determination& d) {
  json_object o;
  json_members m = o.members();
  write_json(m, d);
  return o;
}

inline std::string to_json(const determination& d) { return to_json_object(d).str(); }

}  // namespace accelspec::io
