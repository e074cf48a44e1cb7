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

namespace accelspec::policy {

// What the import measures need to know about the item.
struct import_item {
  bool ai_chip = true;  // an IC or a system of them (an HBM device is not an AI chip)
  std::string_view vendor{};
  accelspec::detail::fixed_list<std::string_view, 8> names{};
};

namespace detail {

// Words of a company name that do not tell two companies apart ("Alibaba Group Holding Ltd.").
constexpr bool is_legal_word(std::string_view w) noexcept {
  constexpr std::string_view words[] = {"GROUP", "HOLDING", "HOLDINGS",    "LTD",     "LIMITED", "INC", "INCORPORATED",
                                        "CO",    "CORP",    "CORPORATION", "COMPANY", "PLC",     "LLC"};
  for (std::string_view x : words) {
    if (w.size() != x.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < w.size() && same; ++i) same = upper(w[i]) == x[i];
    if (same) return true;
  }
  return false;
}

// The next word of `s` from `pos` that is not a legal word; empty at the end.
constexpr std::string_view next_name_word(std::string_view s, std::size_t& pos) noexcept {
  while (pos < s.size()) {
    while (pos < s.size() && !is_word_char(s[pos])) ++pos;
    const std::size_t start = pos;
    while (pos < s.size() && is_word_char(s[pos])) ++pos;
    const std::string_view w = s.substr(start, pos - start);
    if (!w.empty() && !is_legal_word(w)) return w;
  }
  return {};
}

}  // namespace detail

// Whether the buyer given and a buyer a measure names are the same company: the same words, ASCII
// case and punctuation aside, legal suffixes ("Group", "Holding", "Ltd.") dropped. "Alibaba" and
// "Alibaba Group Holding Ltd." match; "Alibaba Cloud" does not name the group.
// (One function, so that a fuller party-name matcher can replace it.)
constexpr bool same_buyer(std::string_view given, std::string_view listed) noexcept {
  std::size_t i = 0, j = 0;
  bool any = false;
  for (;;) {
    const std::string_view a = detail::next_name_word(given, i);
    const std::string_view b = detail::next_name_word(listed, j);
    if (a.empty() || b.empty()) return any && a.empty() && b.empty();
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
      if (detail::upper(a[k]) != detail::upper(b[k])) return false;
    }
    any = true;
  }
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
      for (std::string_view n : m.buyer_names) {
        if (same_buyer(end_user, n)) return truth::yes;
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
