// A dated measure: one source of a license requirement (or of a change to one), in one shape.
// A rule's destination scope, an embargo of Part 746, the headquarters rule, a company notice, the
// January 2026 review-policy overlay and BIS guidance are all records of this type; assess() is a
// fold over the records in force on a date (see assess.hpp), and timeline() the same fold over
// every date a record starts or ends.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../detail/fixed_list.hpp"
#include "../rules/truth.hpp"
#include "destination.hpp"
#include "party_name.hpp"
#include "regulation.hpp"
#include "review.hpp"

namespace accelspec::policy {

enum class measure_kind : std::uint8_t {
  destination_rule,     // an ECCN's license requirement by destination (742.6(a)(6))
  embargo,              // Part 746: every item subject to the EAR (or every CCL item) to a country
  party_rule,           // who the buyer is: headquarters of the end user or of its ultimate parent
  company_notice,       // an is-informed letter to one company, naming its products
  review_overlay,       // changes the review policy of destination-rule licenses (January 2026)
  guidance,             // BIS guidance that requires no license but must be said
  listed_party,         // a named party on a list (the Entity List): a license for every item, whatever the chip
  authorization,        // license-free access for named end users, lifting the destination rules it names (UAE 2026)
  general_prohibition,  // BIS authorization required for the item itself (General Prohibition 10)
};

constexpr std::string_view key(measure_kind k) noexcept {
  switch (k) {
    case measure_kind::destination_rule:
      return "destination rule";
    case measure_kind::embargo:
      return "embargo";
    case measure_kind::party_rule:
      return "party rule";
    case measure_kind::company_notice:
      return "company notice";
    case measure_kind::review_overlay:
      return "review policy";
    case measure_kind::guidance:
      return "guidance";
    case measure_kind::listed_party:
      return "listed party";
    case measure_kind::authorization:
      return "authorization";
    case measure_kind::general_prohibition:
      return "general prohibition";
  }
  return "";
}

// Which items a measure names.
enum class item_scope : std::uint8_t {
  any_item,        // every item subject to the EAR (the chips, systems and memories the library knows)
  eccn_a_b,        // 3A090.a/.b and 4A090.a/.b under the text in force on the date
  eccn_a,          // 3A090.a and 4A090.a only
  eccn_b,          // 3A090.b and 4A090.b only
  eccn_c,          // 3A090.c (high-bandwidth memory)
  named_products,  // the products the notice names, of the company it was addressed to
  // 3A090.a/.b ICs developed by a designer headquartered in China or Macau (General Prohibition 10
  // guidance of 2025-05-13), and the products the measure names whatever their classification.
  prc_designed_3a090,
};

// Which destinations.
enum class place : std::uint8_t {
  anywhere,             // every destination outside the United States
  codes,                // the ISO codes listed (Hong Kong counts as China)
  scope_2023,           // D:1, D:4 or D:5 and not also A:5 or A:6 (and the UAE from its move to A:5)
  d5_or_macau,          // Macau or a destination in Country Group D:5
  outside_d5_or_macau,  // every destination outside the United States, Macau and D:5
  outside_scope_2023,   // every destination outside the United States and outside scope_2023
};

// Which parties: the headquarters of the end user or of its ultimate parent, or the end user being
// one of the parties the measure names (matched by party_name.hpp; an inexact match is "may apply").
enum class party_scope : std::uint8_t { any, headquartered_d5_or_macau, named };

// How the review policy of a license under the measure is decided.
enum class review_rule : std::uint8_t {
  fixed,                // the record's `review`
  d5_macau_denial,      // 742.6(b)(10): denial for Macau/D:5 (destination or headquarters), else approval
  datacenter_a_denial,  // 744.23(d): denial for datacenter 3A090.a items, else case-by-case
  china_zone_2026,      // 91 FR 1684: case-by-case inside TPP < 21,000 and DRAM < 6,500 GB/s, on conditions
};

// A parametric reach of a company notice beyond the products it names, with no public threshold.
enum class notice_reach : std::uint8_t {
  named_only,
  // "any future IC achieving both peak performance and chip-to-chip I/O performance equal to or greater
  // than thresholds that are roughly equivalent to the A100": undecided for the company's chips that meet
  // the October 2022 text's 600 GB/s and 4800 (the thresholds were never published).
  a100_class_2022,
};

struct dated_measure {
  std::string_view key{};
  measure_kind kind{};
  const regulation* source = nullptr;  // citation, status, doubt
  const party_names* party = nullptr;  // parties == named (and the designers of prc_designed_3a090)
  std::string_view section{};          // the paragraph that decides, e.g. "15 CFR 746.8(a)(1)"
  // Dates of this measure (default: the source's). `until` is the last day in force.
  std::optional<std::chrono::year_month_day> from{};
  std::optional<std::chrono::year_month_day> until{};

  item_scope items = item_scope::any_item;
  std::string_view company{};         // named_products: the addressee
  std::string_view addressee_note{};  // a company notice: whose items it applies to, in words
  accelspec::detail::fixed_list<std::string_view, 6> products{};  // named_products: whole words of the names
  notice_reach reach = notice_reach::named_only;

  policy::place destinations = place::anywhere;
  std::string_view codes{};  // place::codes: ISO codes, three characters apart ("CN RU")
  party_scope parties = party_scope::any;
  bool or_headquartered = false;  // also reaches buyers headquartered in Macau or D:5 wherever located
  // Where the sources leave the reach open: the measure certainly covers these codes, and inside
  // `destinations` but outside them it is undecided, needing `destination_doubt`.
  std::string_view certain_codes{};
  std::string_view destination_doubt{};
  bool exports_from_us_only = false;

  bool requires_license = true;
  review_policy review = review_policy::none;
  review_rule review_by = review_rule::fixed;
  std::string_view review_needs{};  // review == undecided: the input the review depends on
  std::string_view effect{};        // what it requires, in words

  [[nodiscard]] constexpr std::chrono::year_month_day first_day() const { return from ? *from : source->effective; }
  [[nodiscard]] constexpr std::optional<std::chrono::year_month_day> last_day() const {
    return until ? until : source->last_day;
  }
  // In force, compliance required and enforced on the date.
  [[nodiscard]] constexpr bool in_force(std::chrono::year_month_day d) const {
    const std::optional<std::chrono::year_month_day> end = last_day();
    return d >= first_day() && (!end || d <= *end) && (!source->not_enforced_from || d < *source->not_enforced_from) &&
           (!source->compliance_from || d >= *source->compliance_from);
  }
  // Codified on the date, whether enforced or not.
  [[nodiscard]] constexpr bool codified(std::chrono::year_month_day d) const {
    const std::optional<std::chrono::year_month_day> end = last_day();
    return d >= first_day() && (!end || d <= *end);
  }
};

// One measure's finding for one shipment.
struct measure_verdict {
  const dated_measure* measure = nullptr;
  truth applies = truth::no;  // unknown: an input it depends on is missing
  review_policy review = review_policy::none;
  std::string_view reason{};  // why it applies (or why it cannot be decided)
  std::string_view needs{};   // applies == unknown: the input that would decide it
  friend constexpr bool operator==(const measure_verdict&, const measure_verdict&) = default;
};

}  // namespace accelspec::policy
