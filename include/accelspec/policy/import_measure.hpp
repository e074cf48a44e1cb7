// A dated measure of the destination's own: what the importing country decided about an item
// entering it (a customs instruction, an approval of named buyers, guidance against purchases, a
// domestic-chip requirement). The same dated-record idea as the US measures (measure.hpp), but its
// own kind: an import measure never decides a US license (license_required); assess() reports it
// beside the US answer as `destination_side` (assessment.hpp, assess.hpp).
//
// Most such measures are not published: they are known from press reports. Each record says how it
// is known (`status`) and from where (`sources`: outlet, date, address); a reported measure is
// marked so in every output.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../detail/fixed_list.hpp"
#include "../rules/truth.hpp"
#include "destination.hpp"

namespace accelspec::policy {

// Who decided.
enum class import_authority : std::uint8_t {
  customs,     // the customs administration
  commerce,    // the ministry of commerce
  industry,    // the ministry of industry and information technology (MIIT)
  planning,    // the national development and reform commission (NDRC)
  cyberspace,  // the cyberspace administration (CAC)
  government,  // "the government", "regulators", "authorities": the reports name no agency
};

constexpr std::string_view key(import_authority a) noexcept {
  switch (a) {
    case import_authority::customs:
      return "customs";
    case import_authority::commerce:
      return "ministry of commerce";
    case import_authority::industry:
      return "ministry of industry and information technology";
    case import_authority::planning:
      return "national development and reform commission";
    case import_authority::cyberspace:
      return "cyberspace administration";
    case import_authority::government:
      return "government (agency not named)";
  }
  return "";
}

// What the measure does to the import.
enum class import_effect : std::uint8_t {
  allowed,                  // imports approved (for the buyers named)
  not_allowed,              // imports or purchases stopped
  discouraged,              // purchases discouraged, not prohibited
  required_domestic_share,  // domestic chips required (for some buyers or uses)
  scrutiny,                 // the product's security questioned by a regulator; no decision on import
};

constexpr std::string_view key(import_effect e) noexcept {
  switch (e) {
    case import_effect::allowed:
      return "allowed";
    case import_effect::not_allowed:
      return "not allowed";
    case import_effect::discouraged:
      return "discouraged";
    case import_effect::required_domestic_share:
      return "required domestic share";
    case import_effect::scrutiny:
      return "scrutiny";
  }
  return "";
}

// Whether the measure decides if the import itself is allowed (the others are stated, not folded).
constexpr bool decides_import(import_effect e) noexcept {
  return e == import_effect::allowed || e == import_effect::not_allowed;
}

// How the measure is known.
enum class import_status : std::uint8_t {
  official,    // a published document of the authority, read
  reported,    // press reports (outlet, date, address), no published document read
  unverified,  // not confirmed in any source found; kept visible, never relied on
};

constexpr std::string_view key(import_status s) noexcept {
  switch (s) {
    case import_status::official:
      return "official";
    case import_status::reported:
      return "reported";
    case import_status::unverified:
      return "unverified";
  }
  return "unverified";
}

// What `from` is. Press reports rarely give the measure's own day: "this week", "in recent
// weeks". Then the record starts on the day of the report (in place by then, perhaps earlier) and
// says so; no day is invented.
enum class date_basis : std::uint8_t {
  measure_day,  // the measure's own date, as the source gives it
  report_day,   // the day of the report that the measure was in place ("this week")
};

constexpr std::string_view key(date_basis b) noexcept {
  return b == date_basis::measure_day ? "measure date" : "report date";
}

// Whose imports or purchases it covers.
enum class buyer_scope : std::uint8_t {
  any,                 // every buyer
  named,               // the buyers named, and no other (an approval of named firms)
  named_among_others,  // the buyers named "among others": another buyer is undecided
  unnamed,             // "some companies", not named: undecided for every buyer
  category,            // a kind of buyer or use (e.g. state-funded data centres): undecided by name
};

constexpr std::string_view key(buyer_scope s) noexcept {
  switch (s) {
    case buyer_scope::any:
      return "any";
    case buyer_scope::named:
      return "named";
    case buyer_scope::named_among_others:
      return "named among others";
    case buyer_scope::unnamed:
      return "unnamed";
    case buyer_scope::category:
      return "category";
  }
  return "";
}

// Which items.
enum class import_items : std::uint8_t {
  named_products,  // the company's products named (whole words of the name, as the US notices)
  foreign_chips,   // every AI chip of a vendor that is not domestic (see import_measures.hpp)
};

// One report or document the record rests on.
struct import_source {
  std::string_view outlet{};  // "Reuters via The Business Times"
  std::chrono::year_month_day date{};
  std::string_view url{};
  friend constexpr bool operator==(const import_source&, const import_source&) = default;
};

struct import_measure {
  std::string_view key{};
  std::string_view codes{};  // the importing country or countries, ISO codes three characters apart; exact
                             // codes (Hong Kong and Macau are separate customs territories)
  import_authority authority = import_authority::government;
  std::chrono::year_month_day from{};  // first day (see `basis`)
  date_basis basis = date_basis::measure_day;
  std::string_view when{};                             // the source's own words on the date
  std::optional<std::chrono::year_month_day> until{};  // last day, when known

  import_items items = import_items::named_products;
  std::string_view company{};                                     // named_products: the vendor
  accelspec::detail::fixed_list<std::string_view, 4> products{};  // named_products: whole words of the names

  buyer_scope buyers = buyer_scope::any;
  accelspec::detail::fixed_list<std::string_view, 6> buyer_names{};  // named, named_among_others
  // Other names of the same firms (the listed company's full name): an exact match of one is the firm.
  accelspec::detail::fixed_list<std::string_view, 6> buyer_aliases{};
  std::string_view buyer_needs{};  // unnamed, category: what would decide whether a buyer is covered

  import_effect effect = import_effect::not_allowed;
  std::string_view text{};                                          // what it does, in words
  accelspec::detail::fixed_list<std::string_view, 4> conditions{};  // reported terms of an approval

  import_status status = import_status::reported;
  accelspec::detail::fixed_list<import_source, 3> sources{};
  std::string_view doubt{};  // what is not established about it

  [[nodiscard]] constexpr bool in_force(std::chrono::year_month_day d) const noexcept {
    return d >= from && (!until || d <= *until);
  }
};

// One import measure's finding for one shipment.
struct import_verdict {
  const import_measure* measure = nullptr;
  truth applies = truth::no;  // unknown: the buyer (or the item's vendor) is not known
  std::string_view needs{};   // applies == unknown: the input that would decide it
  friend constexpr bool operator==(const import_verdict&, const import_verdict&) = default;
};

// The destination's side of an answer: what the importing country decided on the date.
struct destination_answer {
  bool modelled = false;                                        // any import measure of this destination is modelled
  truth import_allowed = truth::unknown;                        // unknown: undecided, or nothing known that decides it
  std::string_view end_user{};                                  // the buyer given; empty: not given
  accelspec::detail::fixed_list<import_verdict, 8> measures{};  // in force on the date, applying or possibly
  accelspec::detail::fixed_list<std::string_view, 6> reasons{};
  accelspec::detail::fixed_list<std::string_view, 4> needs{};
  accelspec::detail::fixed_list<std::string_view, 6> conditions{};
};

}  // namespace accelspec::policy
