// accelspec headroom: how much dense compute a die may have and stay outside 3A090.a and .b (the
// exclusive TPP bound, the clause that binds and the largest dense rate per format), or with
// --tpp the inverse: the smallest applicable die area that keeps a TPP outside.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

// A bound with no finite decimal expansion (a TPP bound over 6 bits) is cut after six places; its
// "_exact" flag says whether the printed digits are the whole value (null with a null value), as
// classify does for performance_density.
std::string exact_json(const std::optional<rational>& r) {
  return r ? (io::to_decimal(*r, 6).exact ? "true" : "false") : "null";
}

std::string clause_name(clause c) {
  return c == clause::non_datacenter_note ? "note-non-datacenter" : std::string(key(c));
}

std::string rule_line(const rule* r) {
  if (r == nullptr) return "Rule: none in force on that date (the first 3A090 took effect on 2022-10-07).\n";
  return "Rule: " + std::string(r->name) + ", " + std::string(r->source.federal_register) + " (FR Doc " +
         std::string(r->source.document_number) + ").\n";
}

std::vector<std::string> clause_names(const clause_set& s) {
  std::vector<std::string> out;
  for (const clause c : clause_set::all)
    if (s.contains(c)) out.push_back(clause_name(c));
  return out;
}

std::string joined_clauses(const clause_set& s) {
  std::string out;
  for (const std::string& c : clause_names(s)) out += (out.empty() ? "" : ", ") + c;
  return out;
}

void print_forward(const tpp_headroom& h, const catalog::entry* chip, bool json, std::ostream& out) {
  if (json) {
    io::json_object o;
    o.raw("chip", chip_json(chip));
    o.raw("rule", h.applied ? io::json_string(h.applied->key) : "null");
    o.string("market", key(h.market));
    o.raw("applicable_die_area_mm2", io::number(h.applicable_die_area));
    o.boolean("bounded", h.bounded);
    o.raw("tpp_limit", h.bounded ? io::number(h.tpp_limit, 6) : "null");
    o.raw("tpp_limit_exact", exact_json(h.bounded ? std::optional<rational>(h.tpp_limit) : std::nullopt));
    o.boolean("tpp_limit_exclusive", true);
    o.raw("max_tpp", h.bounded ? io::number(*h.max_tpp()) : "null");
    // The first binding clause in the rule's order; all of them when two meet at the bound.
    const std::vector<std::string> binding = clause_names(h.binding);
    o.raw("binding_clause", binding.empty() ? "null" : io::json_string(binding.front()));
    o.strings("binding_clauses", binding);
    io::json_object max_rates, limits, limits_exact;
    for (const format_info& f : format_table) {
      const std::optional<rational> limit = h.bounded ? h.dense_limit(f.format) : std::nullopt;
      max_rates.raw(f.key, h.bounded ? io::number(*h.max_dense_rate(f.format)) : "null");
      limits.raw(f.key, limit ? io::number(*limit, 6) : "null");
      limits_exact.raw(f.key, exact_json(limit));
    }
    o.raw("max_dense_teraops", max_rates.str());
    o.raw("dense_teraops_limit", limits.str());
    o.raw("dense_teraops_limit_exact", limits_exact.str());
    out << o.str() << "\n";
    return;
  }
  if (chip != nullptr) out << "Chip: " << chip->name << " (" << chip->id << ").\n";
  out << rule_line(h.applied);
  out << "Applicable die area: " << io::pretty(h.applicable_die_area.in_display_units(), 6) << " mm², "
      << (h.market == market::datacenter ? "designed or marketed for datacenters" : "not for datacenters") << ".\n";
  if (!h.bounded) {
    out << "No TPP bound: no amount of compute puts this chip under 3A090.a or .b"
        << (h.applied ? " (the 2022 text needs I/O of 600 GB/s or more as well)" : "") << ".\n";
    return;
  }
  out << "Outside 3A090.a and .b while TPP < " << io::pretty(h.tpp_limit, 6) << "; at exactly "
      << io::pretty(h.tpp_limit, 6) << " the chip meets " << joined_clauses(h.binding) << ".\n";
  out << "Largest TPP outside (at 10^-6 resolution): " << io::pretty(*h.max_tpp()) << ".\n";
  out << "Largest dense rate of one matrix unit, per format:\n";
  for (const format_info& f : format_table) {
    std::string name(f.key);
    name.resize(10, ' ');
    out << "  " << name << io::pretty(*h.max_dense_rate(f.format)) << " (bits " << f.bits << ", limit "
        << io::pretty(*h.dense_limit(f.format), 6) << " exclusive)\n";
  }
}

void print_inverse(const area_headroom& h, const catalog::entry* chip, bool json, std::ostream& out) {
  const char* kind = h.result == area_headroom::kind::any_area     ? "any_area"
                     : h.result == area_headroom::kind::area_above ? "area_above"
                                                                   : "no_area";
  if (json) {
    io::json_object o;
    o.raw("chip", chip_json(chip));
    o.string("rule", h.applied->key);
    o.string("market", key(h.market));
    o.raw("tpp", io::number(h.tpp));
    o.string("outside_of", h.goal == outside_of::a_and_b ? "a_and_b" : "a");
    o.string("result", kind);
    const std::optional<rational> min_area =
        h.result == area_headroom::kind::area_above ? std::optional<rational>(h.min_area_mm2) : std::nullopt;
    o.raw("min_area_mm2_exclusive", min_area ? io::number(*min_area, 6) : "null");
    o.raw("min_area_mm2_exclusive_exact", exact_json(min_area));
    o.raw("smallest_area_mm2", h.smallest_area() ? io::number(*h.smallest_area()) : "null");
    o.strings("binding_clauses", clause_names(h.binding));
    out << o.str() << "\n";
    return;
  }
  if (chip != nullptr) out << "Chip: " << chip->name << " (" << chip->id << ").\n";
  out << rule_line(h.applied);
  const std::string what = h.goal == outside_of::a_and_b ? "3A090.a and .b" : "3A090.a";
  out << "TPP " << io::pretty(h.tpp) << ", "
      << (h.market == market::datacenter ? "designed or marketed for datacenters" : "not for datacenters") << ".\n";
  switch (h.result) {
    case area_headroom::kind::any_area:
      out << "Any applicable die area keeps it outside " << what << ".\n";
      break;
    case area_headroom::kind::no_area:
      out << "No die area keeps it outside " << what << ": " << joined_clauses(h.binding) << " holds on TPP alone.\n";
      break;
    case area_headroom::kind::area_above:
      out << "Outside " << what << " when the applicable die area exceeds " << io::pretty(h.min_area_mm2, 6)
          << " mm² (at exactly that area it meets " << joined_clauses(h.binding) << ").\n";
      out << "Smallest area at 1 µm² resolution: " << io::pretty(h.smallest_area()->in_display_units(), 6) << " mm².\n";
      break;
  }
}

int run_headroom(args a, std::ostream& out) {
  arg_reader in(a);
  std::optional<area> die_area;
  std::optional<tpp_value> tpp;
  market m = market::datacenter;
  const rule* chosen_rule = nullptr;
  std::optional<std::chrono::year_month_day> date;
  std::optional<data_rate> io;
  outside_of goal = outside_of::a_and_b;
  bool json = false, market_given = false;
  const catalog::entry* chip = nullptr;
  while (const auto flag = in.next()) {
    if (*flag == "--chip") {
      chip = &chip_entry_option(*flag, in.value());
    } else if (*flag == "--die") {
      die_area = parse_value<area>(*flag, in.value(), true);
    } else if (*flag == "--tpp") {
      const std::string_view v = in.value();
      const decimal_result r = parse_decimal(v, tpp_value::per_unit, false);
      if (!r.ok())
        throw usage_error("--tpp: " + quoted(v) + " is not a valid number (" + std::string(describe(r.error)) + ")");
      // As --dense refuses a zero rate: a chip with TPP 0 has no rate, and no die area to find.
      if (r.count == 0) throw usage_error("--tpp: value must be positive, got " + quoted(v));
      tpp = tpp_value::from_count(r.count);
    } else if (*flag == "--market") {
      m = parse_market_option(*flag, in.value());
      market_given = true;
    } else if (*flag == "--rule") {
      chosen_rule = &parse_rule_option(*flag, in.value());
    } else if (*flag == "--date") {
      date = parse_date_option(*flag, in.value());
    } else if (*flag == "--io-bandwidth") {
      io = parse_value<data_rate>(*flag, in.value(), true);
    } else if (*flag == "--outside") {
      const std::string_view v = in.value();
      if (v == "a")
        goal = outside_of::paragraph_a;
      else if (v == "both")
        goal = outside_of::a_and_b;
      else
        throw usage_error("--outside: must be 'a' or 'both', got " + quoted(v));
    } else if (*flag == "--json") {
      in.no_value();
      json = true;
    } else {
      unknown_option(*flag);
    }
  }
  rule_or_date(chosen_rule, date.has_value());
  if (chip != nullptr) {
    // The chip's applicable die area (with --die absent), market and I/O; with --tpp, its market.
    if (die_area) throw usage_error("--chip: not with --die (the chip gives its die area)");
    if (market_given) throw usage_error("--chip: not with --market (the chip gives its market)");
    m = chip->chip().market;
    if (!io) io = chip->chip().io_bandwidth;
    if (!tpp) {
      const std::optional<area> a = applicable_die_area(chip->chip());
      if (!a || a->count() == 0) {
        throw usage_error("--chip: the applicable die area of " + std::string(chip->id) +
                          " is not known (give --die MM2 instead)");
      }
      die_area = *a;
    }
  }
  if (die_area && tpp) throw usage_error("--die and --tpp: give one (--die for a TPP bound, --tpp for an area bound)");
  if (!die_area && !tpp) throw usage_error("missing --die MM2 (or --tpp TPP for the smallest die area)");
  if (die_area) {
    const tpp_headroom h = chosen_rule != nullptr ? headroom(*die_area, m, *chosen_rule, io)
                           : date                 ? headroom(*die_area, m, *date, io)
                                                  : headroom(*die_area, m, rules::latest, io);
    print_forward(h, chip, json, out);
    return 0;
  }
  const rule* r = chosen_rule != nullptr ? chosen_rule : date ? rules::in_force(*date) : &rules::latest;
  if (r == nullptr)
    throw usage_error("--date: no 3A090 rule was in force on that date (the first took effect 2022-10-07)");
  print_inverse(min_die_area(*tpp, m, goal, *r, io), chip, json, out);
  return 0;
}

ACCELSPEC_CLI_COMMAND(command{
    .name = "headroom",
    .synopsis = "largest TPP (and rate per format) a die may have outside 3A090.a/.b",
    .usage = "accelspec headroom (--die MM2 | --tpp TPP) [options]",
    .description =
        "With --die: the TPP bound (exclusive) under which a chip with that applicable die area stays outside "
        "3A090.a and .b, the clause that binds at the bound, and the largest dense rate of one matrix unit per "
        "format. With --tpp: the inverse, the smallest applicable die area that keeps that TPP outside.",
    .options =
        {
            {"--die",
             "MM2",
             "applicable die area in mm² (the sum over non-planar logic and I/O dies)",
             {},
             value_type::text},
            {"--chip",
             "ID",
             "take the die area, market and I/O of a catalog chip (with --tpp: its market); not with --die or --market",
             {},
             value_type::chip},
            {"--tpp", "TPP", "a TPP, for the smallest die area that keeps it outside", {}, value_type::text},
            {"--market", "MARKET", "datacenter, or other (not designed or marketed for datacenters)",
             "datacenter; with --chip, the chip's", value_type::market},
            {"--rule", "RULE", "under this text of 3A090", "the newest; not with --date", value_type::rule},
            {"--date", "YYYY-MM-DD", "under the text in force on that date", "the newest text; not with --rule",
             value_type::date},
            {"--io-bandwidth", "GBPS", "chip-to-chip I/O in GB/s (the 2022 text's 600 GB/s test)",
             "the chip's with --chip, else unknown", value_type::text},
            {"--outside", "a|both", "with --tpp: stay outside 3A090.a only, or .a and .b", "both", value_type::choice,
             false, "a both"},
            {"--json", "", "print the result as JSON (JSON Schema: headroom.json)", {}, value_type::none},
        },
    .examples = {"accelspec headroom --die 814", "accelspec headroom --tpp 2368 --market other --json"},
    .run = run_headroom,
});

}  // namespace
}  // namespace accelspec::cli
