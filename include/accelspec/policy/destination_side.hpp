// destination_side(): what the importing country decided about the item on the date, beside the
// US answer and never folded into it. A fold over the import measures (import_measures.hpp): each
// in force on the date applies to the item and buyer, does not, or cannot be decided for want of
// the buyer's name.
//
// import_allowed is true only when an approval in force names the buyer and no later stop may
// cover it; false when a stop in force covers the buyer and no approval names it; otherwise null
// (undecided), with the input that would decide it. A destination whose import measures are not
// modelled says `modelled = false`: the library then says nothing about the import, never
// "allowed". Guidance that discourages a purchase or requires domestic chips is listed, not
// folded: it does not decide whether the import is allowed.
#pragma once

#include <chrono>
#include <string_view>

#include "../detail/fixed_list.hpp"
#include "../rules/truth.hpp"
#include "destination.hpp"
#include "import_measure.hpp"
#include "import_measures.hpp"
#include "measures.hpp"
#include "party_name.hpp"

namespace accelspec::policy {

// What the import measures need to know about the item.
struct import_item {
  bool ai_chip = true;  // an IC or a system of them (an HBM device is not an AI chip)
  std::string_view vendor{};
  accelspec::detail::fixed_list<std::string_view, 8> names{};
};

// How the buyer given matches a buyer a measure names: exact, possible (for a person to review,
// never taken as a match) or none. Names are compared in one place, party_name.hpp (case,
// punctuation, spacing and legal suffixes aside).
constexpr name_match buyer_name_match(std::string_view given, std::string_view listed) noexcept {
  return match_name(given, listed);
}

namespace detail {

// Whether the destination is one the measure names: exact codes (Hong Kong and Macau are customs
// territories of their own).
constexpr bool import_place(const import_measure& m, destination to) noexcept {
  return list_contains(m.codes, to.code);
}

// Whether a vendor is one of the destination's own, in a "|"-separated list.
constexpr bool vendor_listed(std::string_view list, std::string_view vendor) noexcept {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find('|', start);
    if (end == std::string_view::npos) end = list.size();
    if (contains_word(vendor, list.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

constexpr truth import_items_match(const import_measure& m, const import_item& item, std::string_view& needs) {
  if (!item.ai_chip) return truth::no;
  switch (m.items) {
    case import_items::named_products:
      for (std::string_view n : item.names) {
        if (names_product(m.company, m.products, item.vendor, n)) return truth::yes;
      }
      return truth::no;
    case import_items::foreign_chips:
      if (item.vendor.empty()) {
        needs = "the chip's vendor (whether it is foreign to the destination)";
        return truth::unknown;
      }
      return to_truth(!vendor_listed(domestic_vendors_cn, item.vendor));
  }
  return truth::no;
}

inline constexpr std::string_view possible_buyer =
    "whether the end user is one of the firms the measure names (its name is a possible match, to review)";

inline constexpr std::string_view end_user_needed =
    "the end user's name (--end-user NAME): the approval names its buyers";

constexpr truth buyer_match(const import_measure& m, std::string_view end_user, std::string_view& needs) {
  switch (m.buyers) {
    case buyer_scope::any:
      return truth::yes;
    case buyer_scope::named:
    case buyer_scope::named_among_others:
      if (end_user.empty()) {
        needs = m.buyers == buyer_scope::named ? end_user_needed : m.buyer_needs;
        return truth::unknown;
      }
      {
        name_match best = name_match::none;
        for (const auto* list : {&m.buyer_names, &m.buyer_aliases}) {
          for (std::string_view n : *list) {
            const name_match x = buyer_name_match(end_user, n);
            if (x == name_match::exact) return truth::yes;
            if (x == name_match::possible) best = x;
          }
        }
        if (best == name_match::possible) {
          needs = possible_buyer;
          return truth::unknown;
        }
      }
      if (m.buyers == buyer_scope::named) return truth::no;
      needs = m.buyer_needs;
      return truth::unknown;
    case buyer_scope::unnamed:
    case buyer_scope::category:
      needs = m.buyer_needs;
      return truth::unknown;
  }
  return truth::unknown;
}

template <class T, std::size_t N>
constexpr void add_once(accelspec::detail::fixed_list<T, N>& list, const T& item) {
  for (const T& x : list) {
    if (x == item) return;
  }
  if (list.size() < list.capacity()) list.push_back(item);
}

}  // namespace detail

// Whether any import measure of the destination is modelled (on any date, for any item).
constexpr bool import_modelled(destination to) noexcept {
  for (const import_measure* m : all_import_measures) {
    if (detail::import_place(*m, to)) return true;
  }
  return false;
}

// The destination's side for an item, a destination, a date and a buyer (empty: not given).
constexpr destination_answer destination_side(const import_item& item, destination to, std::chrono::year_month_day date,
                                              std::string_view end_user = {}) {
  destination_answer a;
  a.end_user = end_user;
  a.modelled = import_modelled(to);
  if (!a.modelled) {
    a.reasons.push_back(
        "no import measure of the destination is modelled: this answer says nothing about whether the destination "
        "allows the import");
    return a;
  }
  for (const import_measure* m : all_import_measures) {
    if (!detail::import_place(*m, to) || !m->in_force(date)) continue;
    std::string_view needs{};
    const truth on_item = detail::import_items_match(*m, item, needs);
    if (on_item == truth::no) continue;
    std::string_view buyer_needs{};
    const truth on_buyer = detail::buyer_match(*m, end_user, buyer_needs);
    const truth applies = on_item && on_buyer;
    if (applies == truth::no) continue;
    if (needs.empty()) needs = buyer_needs;
    if (a.measures.size() < a.measures.capacity())
      a.measures.push_back({m, applies, applies == truth::yes ? "" : needs});
  }

  // The latest decisive measure that covers the buyer, and whether a decisive measure as recent may.
  const import_verdict* decided = nullptr;
  for (const import_verdict& v : a.measures) {
    if (decides_import(v.measure->effect) && v.applies == truth::yes &&
        (decided == nullptr || v.measure->from > decided->measure->from)) {
      decided = &v;
    }
  }
  bool open = false;
  for (const import_verdict& v : a.measures) {
    if (decides_import(v.measure->effect) && v.applies == truth::unknown &&
        (decided == nullptr || v.measure->from >= decided->measure->from)) {
      open = true;
      detail::add_once(a.needs, v.needs);
    }
  }
  if (open) {
    a.import_allowed = truth::unknown;
    a.reasons.push_back(decided != nullptr && decided->measure->effect == import_effect::not_allowed
                            ? "an import stop in force covers the item; a later approval names its buyers: who the "
                              "buyer is decides"
                            : "a measure in force may decide the import for some buyers: who the buyer is decides");
  } else if (decided != nullptr) {
    a.import_allowed = to_truth(decided->measure->effect == import_effect::allowed);
    a.reasons.push_back(a.import_allowed == truth::yes
                            ? "an import approval in force on this date names the buyer"
                            : "an import stop in force on this date covers the buyer, and no approval in force "
                              "names it");
  } else {
    a.import_allowed = truth::unknown;
    a.reasons.push_back(
        "no modelled import measure of the destination decides on this item on this date: nothing is said either "
        "way");
  }
  for (const import_verdict& v : a.measures) {
    const import_measure& m = *v.measure;
    if (m.effect == import_effect::allowed && (a.import_allowed != truth::no)) {
      for (std::string_view c : m.conditions) detail::add_once(a.conditions, c);
    }
    if (m.effect == import_effect::discouraged || m.effect == import_effect::required_domestic_share) {
      detail::add_once(a.conditions, m.text);  // about uses and buyers: said, never folded into the import
    }
    if (m.status != import_status::official) {
      detail::add_once(a.reasons, std::string_view{"the destination's measures here are known from press reports, "
                                                   "not from a published document"});
    }
  }
  return a;
}

}  // namespace accelspec::policy
