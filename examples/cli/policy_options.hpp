// Options shared by the policy commands (assess, timeline, hbm): --chip from the catalog,
// --destination as an ISO code, the default date, and the inputs of the policy layer that are not
// part of a spec: --headquarters, --us-available, --tf32-bits, --reexport, --end-user.
#pragma once

#include <array>
#include <chrono>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <accelspec/catalog/assess.hpp>
#include <accelspec/io/screening.hpp>

#include "cli_support.hpp"

namespace accelspec::cli {

// Shared by assess and timeline: --chip ID from the catalog, else the raw spec flags.
inline const accelerator& chip_option(std::string_view option, std::string_view id) {
  return chip_entry_option(option, id).chip();
}

inline policy::destination destination_option(std::string_view option, std::string_view code) {
  const auto d = policy::find_destination(code);
  if (!d) {
    throw usage_error(std::string(option) + ": unknown destination " + quoted(code) +
                      did_you_mean(code, country_candidates()) + " (expected an ISO 3166-1 alpha-2 code such as CN)");
  }
  return *d;
}

// The help of the policy inputs, shared by assess and timeline so that both say the same (and what
// policy::assess does without them: see assess_options in policy/assess.hpp).
inline const option_info headquarters_option_info{
    "--headquarters", "CC",
    "country (ISO code) where the end user or its ultimate parent is headquartered; a headquarters in Macau or "
    "Country Group D:5 can require a license wherever the item goes",
    "the destination, assumed and listed in the answer's assumptions", value_type::country};
inline const option_info us_available_option_info{
    "--us-available",
    "yes|no",
    "whether the product was commercially available in the United States when the January 2026 rule was "
    "published (2026-01-15), the condition of its case-by-case review for China and Macau",
    "the catalog entry's own fact when the chip is from the catalog, else unknown: the review is then stated "
    "as conditional",
    value_type::choice,
    false,
    "yes no"};
inline const option_info tf32_bits_option_info{
    "--tf32-bits",
    "BITS",
    "bit length of TF32: 32 (its container) or 19 (its significant bits); the regulation does not settle it",
    "both readings: where they give different answers, the answer is undecided and tf32_readings shows each",
    value_type::choice,
    false,
    "32 19"};
inline const option_info end_user_option_info{
    "--end-user", "NAME",
    "the end user's name, compared with the named parties the library carries (Entity List entries for AI "
    "compute, the end users of the UAE rule of July 2026) and with the buyers the destination's own import measures "
    "name (China's H200 approvals of 2026); an inexact match is a possible match to review",
    "not given: the end user is assumed not to be a named party, a UAE answer from 2026-07-10 is undecided, and so "
    "is a destination's measure that names its buyers (destination_side.import_allowed null)",
    value_type::text};
inline const option_info screening_list_option_info{
    "--screening-list", "FILE",
    "the Consolidated Screening List as exported by trade.gov (CSV): the end user is searched for in it (name and "
    "aliases, then close names as possible matches), and every match with the list it comes from changes the answer; "
    "with --csv, each row that names its own end user is searched for that name",
    "only the curated named parties are compared; not_checked names the lists", value_type::file};
inline const option_info product_option_info{
    "--product", "ID",
    "with the raw spec flags: assess them as a variant of this catalog product, so that the company notices naming "
    "the product apply (a what-if)",
    "a raw spec has no product name: no company notice applies, and not_checked says so", value_type::chip};

// A raw spec as a variant of a catalog product (--product): the product's name, vendor and release
// date, so that the company notices naming the product, and the General Prohibition 10 guidance on
// its designer, apply to the raw figures.
inline accelerator variant_of(const accelerator& raw, const catalog::entry& product) {
  accelerator v = raw;
  v.name = product.chip().name;
  v.vendor = product.chip().vendor;
  v.released = product.chip().released;
  return v;
}

inline const option_info reexport_option_info{
    "--reexport", "", "a reexport, export from abroad or in-country transfer, not an export from the United States",
    "an export from the United States", value_type::none};

// The policy inputs shared by assess and timeline. consume() takes one of them, or returns false.
struct policy_flags {
  policy::assess_options options{};
  bool us_available_given = false;
  std::optional<std::string> screening_path{};
  // The file read and the measures of its matches (they must outlive every assessment).
  std::shared_ptr<io::screening_list> screening{};
  std::shared_ptr<io::screening_measures> screened{};

  // After all options are read: reads --screening-list and adds its matches for --end-user to the
  // options. A file that cannot be read or is not the CSL export is a usage error (one line, exit
  // status 2). `rows_name_end_users`: a batch whose rows may name their own end users, each searched
  // for in the file (see search_for()), so --end-user is not needed.
  void prepare(bool rows_name_end_users = false) {
    if (!screening_path) return;
    if (options.end_user.empty() && !rows_name_end_users)
      throw usage_error("--screening-list: give --end-user NAME (the name to search for)");
    std::ifstream in(*screening_path, std::ios::binary);
    if (!in) throw usage_error("--screening-list: cannot open " + cli::quoted(*screening_path));
    try {
      screening = std::make_shared<io::screening_list>(io::read_screening_list(in, *screening_path));
      if (!options.end_user.empty()) {
        screened = std::make_shared<io::screening_measures>(*screening, options.end_user);
        options = screened->apply(options);
      }
    } catch (const io::screening_error& e) {
      throw usage_error(std::string("--screening-list: ") + e.what());
    }
  }
  // The file searched for one row's own end user: its matches for that name (to keep alive while
  // the row's assessment is used), or a usage error for the row (too many rows match the name).
  [[nodiscard]] std::unique_ptr<io::screening_measures> search_for(std::string_view end_user) const {
    if (!screening) return nullptr;
    try {
      return std::make_unique<io::screening_measures>(*screening, end_user);
    } catch (const io::screening_error& e) {
      throw usage_error(std::string("end_user: ") + e.what());
    }
  }
  // What a search of the file adds to an answer's JSON: the file, its rows and date, and the matches
  // (nothing when no search was made).
  static void write_checked(io::json_members& o, const io::screening_measures* searched) {
    if (searched == nullptr) return;
    o.strings("checked", std::array<std::string, 1>{searched->checked()});
    o.objects("screening_matches", searched->matches(), [](io::json_members& x, const io::screening_match& m) {
      x.string("name", m.row->name).string("list", m.row->source).string("entity_number", m.row->entity_number);
      x.string("programs", m.row->programs).string("match", key(m.match)).boolean("by_alias", m.by_alias);
      x.string("federal_register_notice", m.row->federal_register_notice);
    });
  }
  void add_checked(io::json_object& o) const {
    io::json_members m = o.members();
    write_checked(m, screened.get());
  }
  [[nodiscard]] std::string checked_text() const {
    if (!screened) return {};
    std::string s = "Checked: " + screened->checked() + ".\n";
    for (const io::screening_match& m : screened->matches()) {
      s += "  - " + std::string(key(m.match)) + " match: " + m.row->name + " (" + m.row->source +
           (m.row->entity_number.empty() ? "" : ", entity number " + m.row->entity_number) +
           (m.row->programs.empty() ? "" : ", programs " + m.row->programs) + ")\n";
    }
    return s;
  }

  bool consume(std::string_view flag, arg_reader& in) {
    if (flag == "--headquarters") {
      options.headquarters = destination_option(flag, in.value());
    } else if (flag == "--us-available") {
      const std::string_view v = in.value();
      if (v == "yes") {
        options.us_available = truth::yes;
      } else if (v == "no") {
        options.us_available = truth::no;
      } else {
        throw usage_error("--us-available: expected yes or no, got " + quoted(v) +
                          did_you_mean(v, {{"yes", "yes"}, {"no", "no"}}));
      }
      us_available_given = true;
    } else if (flag == "--tf32-bits") {
      const std::string_view v = in.value();
      if (v == "32") {
        options.tf32 = tf32_reading::container_32;
      } else if (v == "19") {
        options.tf32 = tf32_reading::significant_19;
      } else {
        throw usage_error("--tf32-bits: expected 32 or 19, got " + quoted(v));
      }
    } else if (flag == "--end-user") {
      const std::string_view v = in.value();
      if (v.find_first_not_of(" \t") == std::string_view::npos) throw usage_error("--end-user: the name is empty");
      if (!names_a_party(v)) throw usage_error("--end-user: expected a company name, got " + quoted(v));
      options.end_user = v;
    } else if (flag == "--screening-list") {
      screening_path = std::string(in.value());
    } else if (flag == "--reexport") {
      in.no_value();
      options.export_from_us = false;
    } else {
      return false;
    }
    return true;
  }

  // The options for a catalog entry: its us_available fact unless --us-available was given.
  [[nodiscard]] policy::assess_options for_entry(const catalog::entry* e) const {
    return e != nullptr && !us_available_given ? catalog::policy_options(*e, options) : options;
  }
};

inline std::chrono::year_month_day today() {
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

}  // namespace accelspec::cli
