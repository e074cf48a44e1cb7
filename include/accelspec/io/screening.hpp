// A screening-list file: the US government's Consolidated Screening List (CSL) in its CSV export
// (trade.gov), read at run time and searched for the end user's name with the same name matching
// as the curated parties (policy/party_name.hpp). Each match becomes a named-party measure that
// assess() folds in like the curated ones (assess_options::more_parties).
//
// The export's header row names its columns: _id, source, entity_number, type, programs, name,
// title, addresses, federal_register_notice, start_date, end_date, standard_order,
// license_requirement, license_policy, call_sign, vessel_type, gross_tonnage,
// gross_registered_tonnage, vessel_flag, vessel_owner, remarks, source_list_url, alt_names,
// citizenships, dates_of_birth, nationalities, places_of_birth, source_information_url, ids.
// Columns are found by name (`source` and `name` are required; alt_names are separated by "; ").
// A file that is not such a CSV is an error naming the line.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstddef>
#include <deque>
#include <istream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../policy.hpp"
#include "csv.hpp"

namespace accelspec::io {

struct screening_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Which list of the CSL a row comes from, and what it means for an export of these items.
enum class screening_source : std::uint8_t { entity_list, meu, uvl, dpl, sdn, other };

struct screening_row {
  std::size_t line = 0;
  std::string source, entity_number, type, programs, name, federal_register_notice, start_date, license_requirement,
      license_policy;
  std::vector<std::string> alt_names;
  screening_source list = screening_source::other;
};

struct screening_list {
  std::string file;  // as given
  std::vector<screening_row> rows;
  std::string latest_entry;  // the newest start_date in the file (YYYY-MM-DD), empty if none
};

namespace detail::screening {

inline screening_source source_of(std::string_view s) {
  if (s.find("(EL)") != std::string_view::npos || s.starts_with("Entity List")) return screening_source::entity_list;
  if (s.find("(MEU)") != std::string_view::npos || s.starts_with("Military End User")) return screening_source::meu;
  if (s.find("(UVL)") != std::string_view::npos || s.starts_with("Unverified List")) return screening_source::uvl;
  if (s.find("(DPL)") != std::string_view::npos || s.starts_with("Denied Persons")) return screening_source::dpl;
  if (s.find("(SDN)") != std::string_view::npos || s.starts_with("Specially Designated Nationals"))
    return screening_source::sdn;
  return screening_source::other;
}

inline bool valid_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (const std::size_t i : {0UL, 1UL, 2UL, 3UL, 5UL, 6UL, 8UL, 9UL}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

}  // namespace detail::screening

// Reads a CSL CSV export, one record at a time (io::csv_reader). Throws screening_error (one line
// naming the file and what is wrong).
inline screening_list read_screening_list(std::istream& in, const std::string& file) {
  csv_reader reader(in);
  csv_record header_record, record;
  const auto next = [&](csv_record& r) {
    try {
      const bool got = reader.next(r);
      if (reader.read_failed()) throw screening_error(file + ": cannot be read");
      return got;
    } catch (const csv_error& e) {
      throw screening_error(file + ": " + e.what());
    }
  };
  if (!next(header_record))
    throw screening_error(file + ": empty (expected the Consolidated Screening List CSV export)");
  const std::vector<std::string> header(
      header_record.fields.begin(), header_record.fields.begin() + static_cast<std::ptrdiff_t>(header_record.count));
  const auto column = [&](std::string_view n) -> std::ptrdiff_t {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == n) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  };
  const std::ptrdiff_t c_source = column("source"), c_name = column("name");
  if (c_source < 0 || c_name < 0) {
    throw screening_error(file +
                          ": line 1: not the Consolidated Screening List CSV export (no 'source' and 'name' "
                          "columns in the header)");
  }
  const std::ptrdiff_t c_number = column("entity_number"), c_type = column("type"), c_programs = column("programs"),
                       c_notice = column("federal_register_notice"), c_start = column("start_date"),
                       c_requirement = column("license_requirement"), c_policy = column("license_policy"),
                       c_alt = column("alt_names");
  screening_list out;
  out.file = file;
  while (next(record)) {
    const std::size_t line = record.line;
    if (record.count != header.size()) {
      throw screening_error(file + ": line " + std::to_string(line) + ": " + std::to_string(record.count) +
                            " fields, the header has " + std::to_string(header.size()));
    }
    const auto cell = [&](std::ptrdiff_t c) {
      return c < 0 ? std::string{} : record.fields[static_cast<std::size_t>(c)];
    };
    screening_row row;
    row.line = line;
    row.source = cell(c_source);
    row.name = cell(c_name);
    if (row.source.empty() || row.name.find_first_not_of(" \t") == std::string::npos) {
      throw screening_error(file + ": line " + std::to_string(line) + ": a row without its source list or name");
    }
    row.entity_number = cell(c_number);
    row.type = cell(c_type);
    row.programs = cell(c_programs);
    row.federal_register_notice = cell(c_notice);
    row.start_date = cell(c_start);
    row.license_requirement = cell(c_requirement);
    row.license_policy = cell(c_policy);
    if (!row.start_date.empty() && !detail::screening::valid_date(row.start_date)) {
      throw screening_error(file + ": line " + std::to_string(line) + ": start_date " + row.start_date +
                            " is not a date (YYYY-MM-DD)");
    }
    if (row.start_date > out.latest_entry) out.latest_entry = row.start_date;
    const std::string alt = cell(c_alt);
    for (std::size_t i = 0; i < alt.size();) {
      const std::size_t j = alt.find(';', i);
      std::string a = alt.substr(i, j == std::string::npos ? std::string::npos : j - i);
      const std::size_t b = a.find_first_not_of(' '), e = a.find_last_not_of(' ');
      if (b != std::string::npos) row.alt_names.push_back(a.substr(b, e - b + 1));
      if (j == std::string::npos) break;
      i = j + 1;
    }
    row.list = detail::screening::source_of(row.source);
    out.rows.push_back(std::move(row));
  }
  return out;
}

// One row that names the end user: exactly (its name or a listed alias) or possibly (to review).
struct screening_match {
  const screening_row* row = nullptr;
  policy::name_match match = policy::name_match::none;
  bool by_alias = false;
};

// The rows matching the end user, exact matches first.
inline std::vector<screening_match> screen(const screening_list& list, std::string_view end_user) {
  std::vector<screening_match> exact, possible;
  for (const screening_row& r : list.rows) {
    screening_match m{&r, policy::match_name(end_user, r.name), false};
    for (const std::string& a : r.alt_names) {
      if (m.match == policy::name_match::exact) break;
      const policy::name_match x = policy::match_name(end_user, a);
      if (x > m.match) m = {&r, x, true};
    }
    if (m.match == policy::name_match::exact) exact.push_back(m);
    if (m.match == policy::name_match::possible) possible.push_back(m);
  }
  exact.insert(exact.end(), possible.begin(), possible.end());
  return exact;
}

// The measures the matches bring into assess(): one per matching row (at most
// policy::detail::max_more_parties; more matches are an error asking for a narrower name). The
// object owns everything the measures point to: keep it alive while the assessments are used.
class screening_measures {
  using review_policy_t = policy::review_policy;

 public:
  screening_measures(const screening_list& list, std::string_view end_user) : list_(&list) {
    matches_ = screen(list, end_user);
    if (matches_.size() > policy::detail::max_more_parties) {
      throw screening_error(list.file + ": " + std::to_string(matches_.size()) + " rows match the end user '" +
                            std::string(end_user) + "' (at most " + std::to_string(policy::detail::max_more_parties) +
                            "): give the full name");
    }
    for (const screening_match& m : matches_) add(*m.row);
  }
  screening_measures(const screening_measures&) = delete;
  screening_measures& operator=(const screening_measures&) = delete;

  [[nodiscard]] const std::vector<screening_match>& matches() const noexcept { return matches_; }
  [[nodiscard]] std::span<const policy::dated_measure> measures() const noexcept { return measures_; }
  // "screening list FILE: N rows, newest entry YYYY-MM-DD": what was checked.
  [[nodiscard]] std::string checked() const {
    std::string s = "screening list " + list_->file + ": " + std::to_string(list_->rows.size()) + " rows";
    if (!list_->latest_entry.empty()) s += ", newest entry " + list_->latest_entry;
    s += " (Consolidated Screening List: Entity List, MEU, UVL, DPL, SDN and the other lists it consolidates), "
         "searched for the end user";
    return s;
  }
  // The options for assess(): the base options plus these parties.
  [[nodiscard]] policy::assess_options apply(policy::assess_options o) const {
    o.more_parties = measures();
    o.screened_by_file = true;
    return o;
  }

 private:
  void add(const screening_row& r) {
    using policy::measure_kind, policy::review_policy;
    std::vector<std::string_view>& aliases = aliases_.emplace_back();
    for (const std::string& a : r.alt_names) aliases.push_back(a);
    const policy::party_names& names = names_.emplace_back(policy::party_names{.name = r.name, .aliases = aliases});
    const std::string& doc =
        strings_.emplace_back("Consolidated Screening List row (" + list_->file + ", line " + std::to_string(r.line) +
                              ")" + (r.entity_number.empty() ? "" : ", entity number " + r.entity_number) +
                              (r.programs.empty() ? "" : ", programs " + r.programs) +
                              (r.federal_register_notice.empty() ? "" : ", " + r.federal_register_notice));
    const std::string& title = strings_.emplace_back(r.source + ": " + r.name);
    policy::regulation reg{.key = "screening-list", .name = title, .effective = std::chrono::year{1900} / 1 / 1};
    reg.source.title = title;
    reg.source.document_number = doc;
    reg.status = policy::verification::primary_quoted;
    const policy::regulation& source = regs_.emplace_back(reg);
    const std::string& effect = strings_.emplace_back(effect_of(r));
    policy::dated_measure m{};
    m.key = "screening-list";
    m.source = &source;
    m.section = strings_.emplace_back(r.source);
    m.destinations = policy::place::anywhere;
    m.parties = policy::party_scope::named;
    m.party = &names;
    m.effect = effect;
    switch (r.list) {
      case screening_source::entity_list:
        m.kind = measure_kind::listed_party;
        m.review = review_of(r.license_policy);
        break;
      case screening_source::dpl:
        m.kind = measure_kind::listed_party;
        m.review = review_policy::presumption_of_denial;
        break;
      case screening_source::sdn:
      case screening_source::meu:
        m.kind = measure_kind::listed_party;
        m.review = review_policy::not_public;
        break;
      case screening_source::uvl:
      case screening_source::other:
        m.kind = measure_kind::guidance;
        m.requires_license = false;
        break;
    }
    measures_.push_back(m);
  }
  static review_policy_t review_of(std::string_view p) {
    const auto has = [&](std::string_view w) {
      for (std::size_t i = 0; i + w.size() <= p.size(); ++i) {
        bool same = true;
        for (std::size_t k = 0; k < w.size() && same; ++k)
          same = policy::detail::names::fold(p[i + k]) == policy::detail::names::fold(w[k]);
        if (same) return true;
      }
      return false;
    };
    if (has("presumption of denial")) return policy::review_policy::presumption_of_denial;
    if (has("case-by-case") || has("case by case")) return policy::review_policy::case_by_case;
    if (has("presumption of approval")) return policy::review_policy::presumption_of_approval;
    return policy::review_policy::not_public;
  }
  static std::string effect_of(const screening_row& r) {
    switch (r.list) {
      case screening_source::entity_list:
        return "Entity List (" + r.name + "): license required for " +
               (r.license_requirement.empty() ? std::string("all items subject to the EAR") : r.license_requirement) +
               (r.license_policy.empty() ? std::string() : "; " + r.license_policy);
      case screening_source::dpl:
        return "Denied Persons List (" + r.name + "): export privileges denied; no export without BIS authorization";
      case screening_source::sdn:
        return "OFAC SDN list (" + r.name + "): property blocked; no dealings without an OFAC license";
      case screening_source::meu:
        return "Military End-User List (" + r.name +
               "): license required for the items of Supp. No. 2 to Part 744 (all items subject to the EAR for "
               "Russia and Belarus); whether the item is among them is not evaluated, so a license is taken as "
               "required";
      case screening_source::uvl:
        return "Unverified List (" + r.name +
               "): no license exceptions, and a UVL statement is required before export (15 CFR 744.15)";
      case screening_source::other:
        return "listed on " + r.source + " (" + r.name + "): check that list's terms";
    }
    return {};
  }

  const screening_list* list_;
  std::vector<screening_match> matches_;
  std::deque<std::vector<std::string_view>> aliases_;
  std::deque<policy::party_names> names_;
  std::deque<std::string> strings_;
  std::deque<policy::regulation> regs_;
  std::vector<policy::dated_measure> measures_;
};

}  // namespace accelspec::io
