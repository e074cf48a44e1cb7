// assess(): from an item, a destination, a date and who the buyer is to the license requirement,
// the review policy, the license exceptions with their conditions, the measures that apply, the
// tariff band, the citations relied on (with what of them is not verified), the assumptions made
// and what the answer does not check. A constant expression or a run-time call; an unknown
// destination code is an error.
//
// The answer is a fold over the dated measures (measures.hpp): each measure in force on the date
// applies, does not apply, or cannot be decided for want of an input. A license is required if any
// applicable measure requires one; the review policy is the most restrictive among them; an
// undecided measure that could change the answer leaves the answer undecided and names the input
// it needs. Review-policy overlays (January 2026) then change the review of the destination-rule
// licenses they cover. "Not required" is said only when every measure in force was evaluated and
// none applies.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <chrono>
#include <optional>
#include <span>
#include <string_view>

#include "../metrics/bandwidth.hpp"
#include "../rules/classify.hpp"
#include "assessment.hpp"
#include "china_zone.hpp"
#include "destination.hpp"
#include "destination_side.hpp"
#include "diffusion.hpp"
#include "hbm.hpp"
#include "measure.hpp"
#include "measures.hpp"
#include "regulation.hpp"
#include "system.hpp"
#include "tariff.hpp"

namespace accelspec::policy {

struct assess_options {
  // An export from the United States. false: a reexport, an export from abroad or an in-country
  // transfer; the January 2026 case-by-case review covers exports from the United States only.
  bool export_from_us = true;
  classify_options classification{};
  // The country where the end user, or its ultimate parent, is headquartered. nullopt: assumed to
  // be the destination, and the answer lists that assumption.
  std::optional<destination> headquarters{};
  // Whether the product was commercially available in the United States when the January 2026
  // rule was published (its condition for the case-by-case review). unknown: the review is stated
  // as conditional.
  truth us_available = truth::unknown;
  // The bit length of TF32. nullopt: when the two readings give different answers, the answer is
  // undecided and carries both (classification.tf32 set to significant_19 also chooses).
  std::optional<tf32_reading> tf32{};
  // Who the end user is, by name (empty = not given). Matched against the curated named parties
  // (parties.hpp: Entity List entries, the end users of the UAE rule) by party_name.hpp; an inexact
  // match leaves the answer undecided. The destination's own measures that name their buyers (an
  // import approval of named firms) are matched too, beside the US answer (destination_side). Where the answer depends
  // on it and it is not given (the UAE from 2026-07-10), the answer is undecided and `needs` names end_user.
  std::string_view end_user{};
  // More named parties to screen the end user against (a screening-list file read by
  // io/screening.hpp), evaluated like the curated ones; they must outlive the call.
  std::span<const dated_measure> more_parties{};
  // A screening-list file was searched for the end user (even if nothing matched): what the answer
  // does not check then names what the file does not cover.
  bool screened_by_file = false;
};

// What every answer leaves to the exporter: no answer of assess() is a clearance of these.
namespace not_checked_items {
inline constexpr std::string_view party_screening =
    "screening of every party against the Entity List, the Unverified List, the Military End-User List (15 CFR "
    "744 and its supplements) and OFAC's SDN list";
// With an end user named but no screening-list file: only the curated entries were compared.
inline constexpr std::string_view party_screening_curated =
    "Entity List and other lists beyond the curated entries (the end user was compared with the named parties the "
    "library carries, not with the full lists; give --screening-list FILE), and every other party to the "
    "transaction";
// With a screening-list file: what it does not cover.
inline constexpr std::string_view party_screening_file =
    "every party other than the end user, and the end user's owners (the file was searched for the end user's "
    "name only)";
inline constexpr std::string_view affiliates_rule =
    "the Affiliates (50 %) rule: entities at least 50 % owned by listed parties are restricted like them (interim "
    "final rule effective 2025-09-29, suspended 2025-11-10 to 2026-11-09, returning on 2026-11-10 unless "
    "extended); ownership is not an input";
inline constexpr std::string_view company_notices_raw =
    "company notices (is-informed letters) apply to the products they name: a raw spec has no product name, so "
    "none was applied (give --product ID to assess it as a catalog product's variant)";
inline constexpr std::string_view end_use =
    "end-use and end-user controls: 15 CFR 744.23 (supercomputers, advanced-node IC development or production), "
    "744.21 and 744.22 (military end uses and users), and knowledge of any other prohibited end use";
inline constexpr std::string_view gp10 =
    "General Prohibition 10 (15 CFR 736.2(b)(10)) beyond PRC-designed 3A090 ICs: proceeding with any item "
    "exported, reexported or used in violation of the EAR";
inline constexpr std::string_view exception_terms =
    "the full terms of the license exceptions named (15 CFR 740.8, 740.25): only their main conditions are listed";
}  // namespace not_checked_items

namespace detail {

// What the measures need to know about the item, whatever its kind.
struct item_facts {
  item_kind kind = item_kind::chip;
  eccn paragraph = eccn::none;  // .a/.b/none/undecided for ICs and systems
  const rule* applied = nullptr;
  bool nac_aca = false;
  accelspec::market market = accelspec::market::unknown;
  std::optional<tpp_value> tpp{};
  std::optional<data_rate> dram{};
  std::optional<data_rate> io{};
  truth zone = truth::unknown;  // for systems: every contained IC inside the zone
  std::string_view vendor{};
  accelspec::detail::fixed_list<std::string_view, 8> names{};  // the IC names (a system: each part's)
  bool memory_controlled = false;                              // an HBM device that is 3A090.c
  bool raw = false;  // a raw spec: no product name, so no company notice can apply
};

// At most this many named parties from a screening-list file take part in one answer.
inline constexpr std::size_t max_more_parties = 8;

struct shipment {
  destination to{};
  std::chrono::year_month_day date{};
  destination headquarters{};
  bool export_from_us = true;
  truth us_available = truth::unknown;
  std::string_view end_user{};
  std::span<const dated_measure> more_parties{};
  bool more_parties_file = false;  // a screening-list file was given (even with no match)
};

inline constexpr std::string_view needs_end_user_uae =
    "end_user: who the end user is (--end-user NAME): from 2026-07-10 the UAE rule lets the UAE Government, the "
    "entities of Supplement No. 8 to Part 740 (G42, Core42) and named US companies' UAE subsidiaries receive these "
    "items without a license; every other end user needs one";
inline constexpr std::string_view needs_listed_review =
    "end_user: whether the end user is the listed party its name resembles (a possible match, to review: an "
    "inexact match is never a clearance)";
inline constexpr std::string_view needs_authorized_review =
    "end_user: whether the end user is one the UAE rule names (a possible match, to review: the rule names the "
    "UAE Government, G42 and Core42, and the UAE subsidiaries of named US companies)";
inline constexpr std::string_view needs_designer_unnamed =
    "the chip's designer: a spec that names no vendor (a raw spec) may be a PRC-designed 3A090 IC, which needs BIS "
    "authorization wherever it goes (General Prohibition 10 guidance); give --product ID for a catalog product";
inline constexpr std::string_view needs_designer =
    "whether the chip's designer is headquartered in China or Macau (its vendor's name is a possible match for a "
    "PRC designer; General Prohibition 10 guidance)";

template <class T, std::size_t N>
constexpr void add_unique(accelspec::detail::fixed_list<T, N>& list, const T& item) {
  for (const T& x : list) {
    if (x == item) return;
  }
  list.push_back(item);
}

constexpr void cite(assessment& a, const regulation& r) {
  add_unique(a.citations, &r);
  if (!r.doubt.empty()) add_unique(a.unverified, r.doubt);
}

// Cites the dated Country Group change (if any) that decided a membership on the date.
constexpr void cite_membership(assessment& a, destination d, country_group g) {
  const membership m = group_membership(d, g, a.date);
  if (m.change != nullptr &&
      ((m.change->since && a.date >= *m.change->since) || (m.change->until && a.date >= *m.change->until))) {
    cite(a, *m.change->source);
  }
}

// "any destination specified in Country Groups D:1, D:4, or D:5 that is not also specified in
// Country Groups A:5 or A:6"; from its move to A:5 the UAE is named explicitly.
constexpr bool in_scope_2023(destination d, std::chrono::year_month_day date) {
  return in_d1_d4_d5_scope(d, date) || (d.code == "AE" && regulations::uae_2026.applies_on(date));
}

constexpr bool place_matches(const dated_measure& m, const shipment& s) {
  switch (m.destinations) {
    case place::anywhere:
      return true;
    case place::codes:
      return code_listed(m.codes, s.to);
    case place::scope_2023:
      return in_scope_2023(s.to, s.date);
    case place::d5_or_macau:
      return d5_or_macau(s.to, s.date);
    case place::outside_d5_or_macau:
      return !d5_or_macau(s.to, s.date);
    case place::outside_scope_2023:
      return !in_scope_2023(s.to, s.date);
  }
  return false;
}

constexpr bool named(const dated_measure& m, const item_facts& f) {
  for (std::string_view n : f.names) {
    if (names_product(m, f.vendor, n)) return true;
  }
  return false;
}

// Whether the item is one the measure names: yes, no, or unknown (with the input that decides).
constexpr truth items_match(const dated_measure& m, const item_facts& f, std::string_view& needs) {
  const bool ic = f.kind != item_kind::memory;
  switch (m.items) {
    case item_scope::any_item:
      return truth::yes;
    case item_scope::eccn_a_b:
      if (!ic) return truth::no;
      if (f.paragraph == eccn::undecided) {
        needs = "the classification's missing inputs (see the classification)";
        return truth::unknown;
      }
      return to_truth(f.paragraph == eccn::a || f.paragraph == eccn::b);
    case item_scope::eccn_a:
    case item_scope::eccn_b:
      if (!ic) return truth::no;
      if (f.paragraph == eccn::undecided) {
        needs = "the classification's missing inputs (see the classification)";
        return truth::unknown;
      }
      return to_truth(f.paragraph == (m.items == item_scope::eccn_a ? eccn::a : eccn::b));
    case item_scope::eccn_c:
      return to_truth(!ic && f.memory_controlled);
    case item_scope::named_products: {
      if (!ic) return truth::no;
      if (named(m, f)) return truth::yes;
      if (m.reach == notice_reach::a100_class_2022 && detail::contains_word(f.vendor, m.company)) {
        // The letter reached future chips "roughly" at the A100's performance and I/O, with no public
        // figure. A chip below the October 2022 text's thresholds is taken as outside it; one at or
        // above them may be inside.
        const truth io = f.io ? to_truth(*f.io >= data_rate::from_count(600'000'000'000)) : truth::unknown;
        const truth perf = f.tpp ? to_truth(*f.tpp >= tpp_value::from_integer(4800)) : truth::unknown;
        if ((io && perf) != truth::no) {
          needs = "the letter's unpublished 'roughly the A100' thresholds for future chips";
          return truth::unknown;
        }
      }
      return truth::no;
    }
    case item_scope::prc_designed_3a090: {
      if (!ic) return truth::no;
      if (named(m, f)) return truth::yes;
      // No vendor (a raw spec): the designer is unknown, so a 3A090 IC may be one the guidance covers.
      const name_match by = f.vendor.empty()     ? name_match::possible
                            : m.party != nullptr ? m.party->match(f.vendor)
                                                 : name_match::none;
      if (by == name_match::none) return truth::no;
      if (f.paragraph == eccn::undecided) {
        needs = "the classification's missing inputs (see the classification)";
        return truth::unknown;
      }
      if (f.paragraph != eccn::a && f.paragraph != eccn::b) return truth::no;
      if (by == name_match::possible) {
        needs = f.vendor.empty() ? needs_designer_unnamed : needs_designer;
        return truth::unknown;
      }
      return truth::yes;
    }
  }
  return truth::no;
}

constexpr review_policy review_of(const dated_measure& m, const item_facts& f, const shipment& s) {
  switch (m.review_by) {
    case review_rule::fixed:
      return m.review;
    case review_rule::d5_macau_denial:
      if (d5_or_macau(s.to, s.date) || d5_or_macau(s.headquarters, s.date)) return review_policy::presumption_of_denial;
      // "Presumption of approval" is the 2024 text of 742.6(b)(10)(ii); the AI Diffusion rule rewrote
      // 742.6(b)(10) from 2025-01-13 and no source read states the review for these destinations since.
      return s.date >= regulations::ai_diffusion_2025.effective ? review_policy::not_public
                                                                : review_policy::presumption_of_approval;
    case review_rule::datacenter_a_denial:
      if (f.paragraph == eccn::a && f.market != market::other) return review_policy::presumption_of_denial;
      if (f.paragraph == eccn::undecided) return review_policy::undecided;
      // 744.23(d) was read in its 2024 text; from 2025-01-13 no source read restates it.
      return s.date >= regulations::ai_diffusion_2025.effective ? review_policy::not_public
                                                                : review_policy::case_by_case;
    case review_rule::china_zone_2026:
      return review_policy::none;  // decided by apply_overlay()
  }
  return review_policy::undecided;
}

// One measure's finding for the shipment (before overlays).
constexpr measure_verdict evaluate(const dated_measure& m, const item_facts& f, const shipment& s) {
  measure_verdict v{&m, truth::no, review_policy::none, {}, {}};
  // Guidance and General Prohibition 10 reach the use of an item in the United States too; nothing else does.
  const bool reaches_us = m.kind == measure_kind::guidance || m.kind == measure_kind::general_prohibition;
  if (!m.in_force(s.date) || (s.to.is_united_states() && !reaches_us)) return v;
  // A named party: the end user is it, may be it (to review), or is not; without an end user, a list
  // entry is left to screening (not_checked) while an authorization cannot be granted (undecided).
  std::string_view party_needs{};
  if (m.parties == party_scope::named) {
    const name_match nm = m.party != nullptr ? m.party->match(s.end_user) : name_match::none;
    if (s.end_user.empty()) {
      if (m.kind != measure_kind::authorization) return v;
      party_needs = needs_end_user_uae;
    } else if (nm == name_match::none) {
      return v;
    } else if (nm == name_match::possible) {
      party_needs = m.kind == measure_kind::authorization ? needs_authorized_review : needs_listed_review;
    }
  }
  bool where = place_matches(m, s);
  if (m.or_headquartered && d5_or_macau(s.headquarters, s.date)) where = true;
  if (!where) return v;
  if (m.parties == party_scope::headquartered_d5_or_macau && !d5_or_macau(s.headquarters, s.date)) return v;
  std::string_view needs{};
  v.applies = items_match(m, f, needs);
  if (v.applies == truth::no) return v;
  if (!party_needs.empty() && v.applies == truth::yes) {
    v.applies = truth::unknown;
    needs = party_needs;
  }
  if (!m.certain_codes.empty() && !code_listed(m.certain_codes, s.to) &&
      !(m.or_headquartered && d5_or_macau(s.headquarters, s.date))) {
    v.applies = truth::unknown;
    needs = m.destination_doubt;
  }
  v.needs = needs;
  v.reason = m.effect;
  if (m.requires_license) v.review = review_of(m, f, s);
  if (v.review == review_policy::undecided && v.needs.empty()) v.needs = m.review_needs;
  return v;
}

inline constexpr std::string_view condition_us_only =
    "exports from the United States only; reexports, exports from abroad and in-country transfers stay under a "
    "presumption of denial";

constexpr void add_2026_conditions(assessment& a) {
  a.conditions.push_back(condition_us_only);
  a.conditions.push_back(
      "the product was commercially available in the United States when the rule was published (2026-01-15); "
      "products made only for China stay under a presumption of denial");
  a.conditions.push_back("exporter certifies sufficient supply of the product in the United States");
  a.conditions.push_back(
      "exporter certifies production for China will not divert global foundry capacity for similar or more "
      "advanced products from end users in the United States");
  a.conditions.push_back("the recipient has demonstrated sufficient security procedures");
  a.conditions.push_back(
      "independent third-party testing in the United States verifies the performance specifications");
  a.conditions.push_back("exporter states the units of the product already shipped to customers in the United States");
  a.conditions.push_back("exporter certifies the export is not barred by an end-use or end-user control");
  a.conditions.push_back("shipments to China and Macau no more than 50% of the volume shipped to US customers");
  a.conditions.push_back(
      "know-your-customer review, including remote end users in countries of concern; no military end use");
  a.conditions.push_back(
      "presumption of denial continues for entities headquartered in D:5 or Macau located outside them");
}

// The January 2026 overlay: the review of the destination-rule licenses to China and Macau.
template <std::size_t N>
constexpr void apply_overlay(assessment& a, measure_verdict& overlay, std::array<measure_verdict, N>& found,
                             std::size_t count, const item_facts& f, const shipment& s) {
  a.china_zone = f.zone;
  review_policy zone_review = review_policy::presumption_of_denial;
  if (!s.export_from_us) {
    a.reasons.push_back("not an export from the United States: the January 2026 case-by-case review does not apply");
  } else if (f.zone == truth::no) {
    a.reasons.push_back(
        "TPP of 21,000 or more or total DRAM bandwidth of 6,500 GB/s or more: outside the January 2026 "
        "case-by-case zone, presumption of denial stays");
  } else if (f.zone == truth::unknown) {
    zone_review = review_policy::undecided;
    a.reasons.push_back("TPP or total DRAM bandwidth unknown: the January 2026 case-by-case zone cannot be decided");
    add_unique(a.needs, std::string_view{"TPP and total DRAM bandwidth (for the January 2026 zone)"});
  } else if (s.us_available == truth::no) {
    a.reasons.push_back(
        "inside the January 2026 parameters but not commercially available in the United States on 2026-01-15: "
        "presumption of denial stays");
  } else {
    zone_review =
        s.us_available == truth::yes ? review_policy::case_by_case : review_policy::case_by_case_if_us_available;
    a.reasons.push_back(
        s.us_available == truth::yes
            ? "TPP below 21,000 and total DRAM bandwidth below 6,500 GB/s, commercially available in the United "
              "States: case-by-case review for China and Macau under conditions (January 2026)"
            : "TPP below 21,000 and total DRAM bandwidth below 6,500 GB/s: case-by-case review for China and Macau "
              "only if the product was commercially available in the United States on 2026-01-15 (not known), "
              "otherwise presumption of denial");
    if (s.us_available != truth::yes) {
      add_unique(a.needs, std::string_view{"whether the product was commercially available in the United States on "
                                           "2026-01-15 (--us-available yes|no)"});
    }
    add_2026_conditions(a);
  }
  overlay.review = zone_review;
  overlay.reason = zone_review == review_policy::presumption_of_denial
                       ? std::string_view{"the January 2026 case-by-case review does not reach this shipment"}
                       : overlay.measure->effect;
  for (std::size_t i = 0; i < count; ++i) {
    measure_verdict& v = found[i];
    if (v.measure->kind == measure_kind::destination_rule && v.review == review_policy::presumption_of_denial) {
      v.review = zone_review;
    }
  }
}

constexpr void offer_nac_aca(assessment& a, bool notified) {
  exception_offer e;
  if (!regulations::nac_aca_2024.applies_on(a.date)) {
    e.which = license_exception::nac;
    e.source = &regulations::eccn_3a090_2023;
    e.status = verification::primary_quoted;
    if (notified) e.conditions.push_back("prior notification to BIS (Macau or D:5), 25-day review");
  } else if (notified) {
    e.which = license_exception::nac;
    e.source = &regulations::nac_aca_2024;
    e.status = verification::primary_quoted;
    e.conditions.push_back("prior notification to BIS (Macau, D:5, or entities headquartered there), 25-day review");
  } else {
    e.which = license_exception::aca;
    e.source = &regulations::nac_aca_2024;
    e.status = verification::primary_quoted;
    e.conditions.push_back("no notification");
  }
  e.conditions.push_back(a.classification.market == market::other
                             ? "3A090.a item not designed or marketed for datacenters (TPP 4800 or more)"
                             : "3A090.b item designed or marketed for datacenters");
  cite(a, *e.source);
  a.license_exceptions.push_back(e);
}

constexpr control to_control(item_kind k, eccn e) {
  if (e == eccn::undecided) return control::undecided;
  if (e == eccn::none) return control::none;
  if (k == item_kind::system) return e == eccn::a ? control::c4a090_a : control::c4a090_b;
  return e == eccn::a ? control::c3a090_a : control::c3a090_b;
}

// A measure codified on the date but not complied with or enforced: said, cited, never applied.
constexpr void note_unenforced(assessment& a, const dated_measure& m, const item_facts& f, const shipment& s) {
  if (!m.codified(s.date) || m.in_force(s.date) || s.to.is_united_states()) return;
  std::string_view needs{};
  if (!place_matches(m, s) || items_match(m, f, needs) == truth::no) return;
  cite(a, *m.source);
  const regulation& r = *m.source;
  if (r.compliance_from && r.not_enforced_from && *r.not_enforced_from <= *r.compliance_from) {
    a.reasons.push_back(
        "the AI Diffusion framework's worldwide requirement for 3A090.a (beyond buyers headquartered in Macau or "
        "D:5) was codified from 2025-01-13 but never had to be complied with: compliance was due from 2025-05-15 "
        "and BIS announced non-enforcement on 2025-05-13");
  } else {
    a.reasons.push_back("a measure is codified on this date but not enforced: it is cited, not applied");
  }
  if (a.date >= regulations::gao_b337935.effective) cite(a, regulations::gao_b337935);
}

inline constexpr std::string_view review_2025_doubt =
    "review policy 'not public': presumption of approval for destinations outside Macau and D:5 is the 2024 text "
    "of 742.6(b)(10)(ii), which the AI Diffusion rule rewrote from 2025-01-13; no source read states how BIS "
    "reviews these destinations since (the 2025 Gulf approvals were individually conditioned)";

inline constexpr std::string_view review_744_23_doubt =
    "review policy 'not public': case-by-case for 3A090.b items under 744.23(a)(3) is the 2024 text of 744.23(d); "
    "no source read restates it from 2025-01-13";

// An authorization for named end users (the UAE rule) lifts the destination rules' license for
// them: for an end user it names, the destination rule no longer applies; for one it may name (no
// end user given, or a possible match), the destination rule may not apply. Never for buyers
// headquartered in Macau or D:5 (the headquarters rule stays). Returns the new count.
template <std::size_t N>
constexpr std::size_t lift_authorized(assessment& a, std::array<measure_verdict, N>& found, std::size_t count,
                                      const shipment& s) {
  truth authorized = truth::no;
  std::string_view needs{};
  for (std::size_t i = 0; i < count; ++i) {
    const measure_verdict& v = found[i];
    if (v.measure->kind != measure_kind::authorization || v.applies == truth::no) continue;
    if (v.applies == truth::yes) {
      authorized = truth::yes;
    } else if (authorized == truth::no) {
      authorized = truth::unknown;
      needs = v.needs;
    }
  }
  if (authorized == truth::no || d5_or_macau(s.headquarters, s.date)) return count;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < count; ++i) {
    measure_verdict v = found[i];
    if (v.measure->kind == measure_kind::destination_rule && v.measure->requires_license && v.applies == truth::yes) {
      if (authorized == truth::yes) {
        a.reasons.push_back("the destination rule's license is lifted for this end user by the UAE rule of July 2026");
        continue;
      }
      v.applies = truth::unknown;
      v.needs = needs;
    }
    found[kept++] = v;
  }
  return kept;
}

constexpr assessment fold(assessment a, const item_facts& f, const shipment& s) {
  a.tpp = f.tpp;
  a.total_dram_bandwidth = f.dram;
  if (f.kind != item_kind::memory) {
    a.eccn = to_control(f.kind, f.paragraph);
    if (f.applied == &rules::eccn_3a090_2022) {
      cite(a, regulations::eccn_3a090_2022);
    } else if (f.applied == &rules::eccn_3a090_2023) {
      cite(a, regulations::eccn_3a090_2023);
    } else {
      cite(a, regulations::eccn_3a090_2022);
      a.reasons.push_back("no ECCN 3A090 existed before 2022-10-07");
    }
    if (f.kind == item_kind::chip) {
      a.tariff = section_232(f.tpp, f.dram, a.date);
      if (a.tariff.band != nullptr) cite(a, regulations::section_232_2026);
    }
  } else {
    cite(a, regulations::hbm_2024);
  }
  // The memberships that decide the destination scopes, when a dated change decided them.
  for (const country_group g : {country_group::d1, country_group::d4, country_group::d5, country_group::a5}) {
    cite_membership(a, s.to, g);
    if (a.headquarters_given) cite_membership(a, s.headquarters, g);
  }
  if (s.to.code == "HK") a.reasons.push_back("Hong Kong is treated as China (not a separate EAR destination)");

  // The fold: every measure in force, the curated ones and those of a screening-list file.
  std::array<measure_verdict, all_measures.size() + max_more_parties> found{};
  std::size_t count = 0;
  const auto take = [&](const dated_measure& m) {
    const measure_verdict v = evaluate(m, f, s);
    if (v.applies == truth::no) {
      note_unenforced(a, m, f, s);
      return;
    }
    if (count == found.size()) ACCELSPEC_FAIL(invalid_argument, "accelspec: too many matching named parties");
    found[count++] = v;
    cite(a, *m.source);
    if (m.kind == measure_kind::destination_rule && m.source == &regulations::macau_2023) {
      a.reasons.push_back("Macau added to the 3A090 license requirement from 2023-01-17");
    }
  };
  for (const dated_measure* m : all_measures) take(*m);
  for (const dated_measure& m : s.more_parties) take(m);
  for (std::size_t i = 0; i < count; ++i) {
    if (found[i].measure->kind == measure_kind::review_overlay) apply_overlay(a, found[i], found, count, f, s);
  }
  count = lift_authorized(a, found, count, s);
  for (std::size_t i = 0; i < count; ++i) a.measures.push_back(found[i]);
  for (const measure_verdict& v : a.measures) {
    if (v.measure->review_by == review_rule::d5_macau_denial && v.review == review_policy::not_public) {
      add_unique(a.unverified, review_2025_doubt);
    }
    if (v.measure->review_by == review_rule::datacenter_a_denial && v.review == review_policy::not_public) {
      add_unique(a.unverified, review_744_23_doubt);
    }
  }

  // Combine: a license if any applicable measure requires one; the most restrictive review.
  bool required = false, open = false, embargoed = false, listed = false;
  review_policy review = review_policy::none;
  for (const measure_verdict& v : a.measures) {
    if (!v.measure->requires_license) {
      if (v.measure->kind == measure_kind::guidance) a.warnings.push_back(v.measure->effect);
      if (v.measure->kind == measure_kind::authorization && v.applies == truth::yes) a.reasons.push_back(v.reason);
      continue;
    }
    if (v.applies == truth::yes) {
      required = true;
      review = most_restrictive(review, v.review);
      if (v.review == review_policy::undecided && !v.needs.empty()) add_unique(a.needs, v.needs);
      embargoed = embargoed || v.measure->kind == measure_kind::embargo;
      listed = listed || v.measure->kind == measure_kind::listed_party ||
               v.measure->kind == measure_kind::general_prohibition;
      a.reasons.push_back(v.reason);
      if (!v.measure->addressee_note.empty()) a.reasons.push_back(v.measure->addressee_note);
    } else {
      open = true;
      add_unique(a.needs, v.needs);
    }
  }
  for (const measure_verdict& v : a.measures) {
    if (v.measure->requires_license && v.applies == truth::unknown) {
      a.reasons.push_back(v.measure->kind == measure_kind::company_notice
                              ? "a company notice may reach this item; its thresholds are not public"
                              : "a measure may apply but an input it depends on is unknown");
      if (restrictiveness(v.review) > restrictiveness(review)) review = review_policy::undecided;
    }
  }
  if (required) {
    a.license_required = truth::yes;
    a.review = review;
  } else if (open) {
    a.license_required = truth::unknown;
    a.review = review_policy::undecided;
  } else if (a.date < a.covered_from && !s.to.is_united_states()) {
    // Before the first date modelled for the destination, only a requirement is an answer.
    a.license_required = truth::unknown;
    a.review = review_policy::undecided;
    a.reasons.push_back(
        "no measure the library models requires a license on this date, but the date is before the first date "
        "it models for this destination (covered_from): measures in force then are not modelled, so no "
        "clearance is given");
    add_unique(a.needs, std::string_view{"a date on or after the first date modelled for the destination "
                                         "(covered_from)"});
  } else {
    a.license_required = truth::no;
    a.review = review_policy::none;
    a.reasons.push_back(s.to.is_united_states() ? "the destination is the United States: not an export"
                                                : "no measure in force on this date requires a license for this "
                                                  "item, destination and buyer");
  }

  // License exceptions of the 3A090 and 3A090.c requirements; Part 746 is not overcome by them.
  if (embargoed) {
    a.reasons.push_back("the license exceptions of 3A090 (NAC, ACA, HBM) do not overcome a Part 746 requirement");
  } else if (listed) {
    a.reasons.push_back(
        "the license exceptions of 3A090 (NAC, ACA, HBM) do not overcome an Entity List entry or General "
        "Prohibition 10");
  } else if (a.license_required == truth::yes) {
    bool scope_rule = false, party = false, hbm_rule = false;
    for (const measure_verdict& v : a.measures) {
      if (v.applies != truth::yes) continue;
      scope_rule = scope_rule || v.measure == &measures::eccn_3a090_2023;
      party = party || v.measure->kind == measure_kind::party_rule;
      hbm_rule = hbm_rule || v.measure == &measures::hbm_2024;
    }
    if ((scope_rule || party) && f.nac_aca) {
      offer_nac_aca(a, d5_or_macau(s.to, s.date) || d5_or_macau(s.headquarters, s.date));
    }
    if (hbm_rule && a.memory.license_exception_hbm) {
      exception_offer e{license_exception::hbm, &regulations::hbm_2024, verification::primary, {}};
      e.conditions.push_back("memory bandwidth density below 3.3 GB/s/mm²");
      e.conditions.push_back("exporter headquartered in the United States or Country Group A:5 (secondary)");
      a.license_exceptions.push_back(e);
    }
  }
  if (f.kind == item_kind::memory && !a.memory.is_3a090c()) {
    a.reasons.push_back(a.memory.status == hbm_status::not_in_force ? "3A090.c did not exist before 2024-12-02"
                        : a.memory.status == hbm_status::excluded
                            ? "co-packaged with logic whose dominant function is processing: not 3A090.c"
                            : "memory bandwidth density of 2 GB/s/mm² or less: not 3A090.c");
  }
  if (f.paragraph == eccn::undecided && f.kind != item_kind::memory) {
    a.reasons.push_back("classification undecided: an input it depends on is unknown");
  }

  // The April 2025 letter's reach to other NVIDIA circuits "achieving the H20's memory bandwidth,
  // interconnect bandwidth, or combination thereof" has no public threshold: said, not evaluated.
  if (f.kind != item_kind::memory && regulations::h20_notice_2025.applies_on(a.date) &&
      detail::contains_word(f.vendor, "NVIDIA") && !a.has_measure("h20-notice-2025") &&
      (d5_or_macau(s.to, s.date) || d5_or_macau(s.headquarters, s.date)) && a.license_required != truth::yes) {
    cite(a, regulations::h20_notice_2025);
    add_unique(a.unverified, std::string_view{"the April 2025 NVIDIA letter also reaches circuits achieving the "
                                              "H20's memory bandwidth, interconnect bandwidth, or combination "
                                              "thereof; with no public threshold this is not evaluated"});
  }

  // Assumptions and what is not checked.
  if (!a.headquarters_given) {
    a.assumptions.push_back(
        "the end user and its ultimate parent are headquartered in the destination (give the headquarters to "
        "apply the Macau/D:5 headquarters rule)");
  }
  a.assumptions.push_back(s.export_from_us ? "an export from the United States"
                                           : "a reexport, export from abroad or in-country transfer");
  a.assumptions.push_back(
      "the item is subject to the EAR (US-origin, or foreign-made under the de minimis or foreign direct product "
      "rules)");
  if (a.end_user.empty() && s.more_parties.empty()) {
    a.assumptions.push_back(
        "the end user is not a named party (give --end-user NAME to compare it with the curated Entity List "
        "entries and the end users of the UAE rule)");
  }
  if (s.to.code == "UA") {
    cite(a, regulations::embargo_ukraine_regions);
    a.assumptions.push_back(
        "the consignee is outside Crimea and the covered regions of Ukraine (15 CFR 746.6 requires a license "
        "there for all items subject to the EAR)");
  }
  a.not_checked.push_back(s.more_parties_file  ? not_checked_items::party_screening_file
                          : a.end_user.empty() ? not_checked_items::party_screening
                                               : not_checked_items::party_screening_curated);
  if (a.date >= regulations::affiliates_rule_2025.effective) {
    cite(a, regulations::affiliates_rule_2025);
    a.not_checked.push_back(not_checked_items::affiliates_rule);
  }
  if (f.raw && f.kind != item_kind::memory) a.not_checked.push_back(not_checked_items::company_notices_raw);
  a.not_checked.push_back(not_checked_items::end_use);
  a.not_checked.push_back(not_checked_items::gp10);
  if (!a.license_exceptions.empty()) a.not_checked.push_back(not_checked_items::exception_terms);

  // The destination's side, beside the answer above and never folded into it.
  a.destination_side = policy::destination_side(import_item{f.kind != item_kind::memory, f.vendor, f.names}, s.to,
                                                s.date, a.destination_side.end_user);
  return a;
}

// The first date the library models for a destination: the earliest measure that names it, and for
// every destination the first advanced-computing measure (ECCN 3A090, 2022-10-07). Before it an
// answer can be "required" (a measure that applies) but never "not required".
constexpr std::chrono::year_month_day coverage_start(destination to) {
  std::chrono::year_month_day first = regulations::eccn_3a090_2022.effective;
  for (const dated_measure* m : all_measures) {
    if (m->destinations == place::codes && code_listed(m->codes, to) && m->first_day() < first) first = m->first_day();
  }
  return first;
}

constexpr assessment start(destination to, std::chrono::year_month_day date, item_kind k, const assess_options& o) {
  if (!date.ok()) ACCELSPEC_FAIL(invalid_argument, "accelspec: not a valid calendar date");
  assessment a;
  a.kind = k;
  a.to = to;
  a.date = date;
  a.export_from_us = o.export_from_us;
  a.headquarters_given = o.headquarters.has_value();
  a.headquarters = o.headquarters ? *o.headquarters : to;
  a.us_available = o.us_available;
  a.destination_side.end_user = o.end_user;
  a.end_user = o.end_user;
  a.covered_from = coverage_start(to);
  return a;
}

constexpr shipment shipment_of(const assessment& a, const assess_options& o) {
  return {a.to,           a.date,     a.headquarters, a.export_from_us,
          a.us_available, o.end_user, o.more_parties, o.screened_by_file};
}

// A date before the product's release: the answer is about a product that did not exist yet.
inline constexpr std::string_view before_release =
    "the date is before the product's release date: the answer is for a product that did not exist yet";

// Whether the TF32 reading can change anything: only through the TPP, so only when the two
// readings give different TPPs (every metric and clause downstream is a function of TPP).
constexpr bool tf32_matters(const accelerator& chip) {
  bool any = false;
  for (const compute_rate& r : chip.compute) any = any || r.format == number_format::tf32;
  if (!any) return false;
  return tpp(chip, {.tf32 = tf32_reading::container_32}) != tpp(chip, {.tf32 = tf32_reading::significant_19});
}

constexpr assessment assess_chip(const accelerator& chip, destination to, std::chrono::year_month_day date,
                                 const assess_options& o, tf32_reading reading) {
  assessment a = start(to, date, item_kind::chip, o);
  a.classification = classify(chip, date, {.tf32 = reading});
  item_facts f;
  f.kind = item_kind::chip;
  f.paragraph = a.classification.eccn;
  f.applied = a.classification.applied;
  f.nac_aca = a.classification.nac_aca;
  f.market = a.classification.market;
  f.tpp = a.classification.tpp;
  f.dram = total_dram_bandwidth(chip);
  f.io = chip.io_bandwidth;
  f.zone = in_china_zone(f.tpp, f.dram);
  f.vendor = chip.vendor;
  f.names.push_back(chip.name);
  f.raw = chip.vendor.empty();
  if (chip.released && date < *chip.released) a.warnings.push_back(before_release);
  return fold(a, f, shipment_of(a, o));
}

constexpr assessment assess_system(const system_spec& sys, destination to, std::chrono::year_month_day date,
                                   const assess_options& o, tf32_reading reading) {
  assessment a = start(to, date, item_kind::system, o);
  const system_classification sc = classify_system(sys, date, {.tf32 = reading});
  item_facts f;
  f.kind = item_kind::system;
  f.paragraph = sc.paragraph;
  f.zone = truth::yes;
  for (const system_part& p : sys.parts) {
    const std::optional<tpp_value> t = tpp(*p.chip, {.tf32 = reading});
    f.zone = f.zone && in_china_zone(t, total_dram_bandwidth(*p.chip));
    if (t && (!f.tpp || *t > *f.tpp)) f.tpp = t;
    f.names.push_back(p.chip->name);
  }
  const accelerator& decider = *sys.parts[sc.deciding_part >= 0 ? static_cast<std::size_t>(sc.deciding_part) : 0].chip;
  a.classification = classify(decider, date, {.tf32 = reading});
  f.applied = a.classification.applied;
  f.nac_aca = a.classification.nac_aca;
  f.market = a.classification.market;
  f.dram = total_dram_bandwidth(decider);
  f.io = decider.io_bandwidth;
  f.vendor = decider.vendor;
  f.raw = decider.vendor.empty();
  for (const system_part& p : sys.parts) {
    if (p.chip->released && date < *p.chip->released) {
      a.warnings.push_back(before_release);
      break;
    }
  }
  a = fold(a, f, shipment_of(a, o));
  if (a.eccn != control::none) {
    add_unique(a.unverified, std::string_view{"for a system, the January 2026 zone and the company letters "
                                              "are applied to each contained IC (system treatment not read)"});
  }
  return a;
}

constexpr bool same_answer(const assessment& x, const assessment& y) {
  return x.eccn == y.eccn && x.license_required == y.license_required && x.review == y.review &&
         x.tariff.band == y.tariff.band && x.tariff.in_band == y.tariff.in_band && x.china_zone == y.china_zone;
}

constexpr tf32_outcome outcome(const assessment& a, tf32_reading r) {
  return {r, a.eccn, a.tpp, a.license_required, a.review, a.tariff.band, a.tariff.in_band};
}

// The regulation does not say whether TF32 counts 32 bits (its container) or 19 (the bits that take
// part in the multiply). When the two readings give different answers, the answer is undecided where
// they differ and carries both.
constexpr assessment merge_tf32(assessment a32, const assessment& a19) {
  if (same_answer(a32, a19)) return a32;
  a32.tf32_readings.push_back(outcome(a32, tf32_reading::container_32));
  a32.tf32_readings.push_back(outcome(a19, tf32_reading::significant_19));
  if (a32.eccn != a19.eccn) a32.eccn = control::undecided;
  if (a32.license_required != a19.license_required) a32.license_required = truth::unknown;
  if (a32.review != a19.review) a32.review = review_policy::undecided;
  if (a32.china_zone != a19.china_zone) a32.china_zone = truth::unknown;
  if (a32.tariff.band != a19.tariff.band || a32.tariff.in_band != a19.tariff.in_band) {
    a32.tariff.in_band = truth::unknown;
    if (a32.tariff.band == nullptr) a32.tariff.band = a19.tariff.band;
  }
  a32.reasons.push_back(
      "the answer depends on the bit length of TF32, which the regulation does not settle (32-bit container or "
      "19 significant bits): both readings are given");
  add_unique(a32.needs, std::string_view{"the TF32 bit length to use (--tf32-bits 32|19)"});
  // What the other reading would still need (e.g. US availability inside the 2026 zone).
  for (std::string_view n : a19.needs) {
    if (a32.needs.size() < a32.needs.capacity()) add_unique(a32.needs, n);
  }
  a32.reasons.push_back(
      "the reasons above follow the 32-bit reading; under the 19-bit reading the TPP and what follows from it "
      "change as shown");
  return a32;
}

constexpr std::optional<tf32_reading> chosen_tf32(const assess_options& o) {
  if (o.tf32) return o.tf32;
  if (o.classification.tf32 != tf32_reading::container_32) return o.classification.tf32;
  return std::nullopt;
}

}  // namespace detail

// An integrated circuit (3A090.a/.b) to a destination on a date.
constexpr assessment assess(const accelerator& chip, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  if (const auto r = detail::chosen_tf32(options)) return detail::assess_chip(chip, to, date, options, *r);
  if (!detail::tf32_matters(chip)) return detail::assess_chip(chip, to, date, options, tf32_reading::container_32);
  return detail::merge_tf32(detail::assess_chip(chip, to, date, options, tf32_reading::container_32),
                            detail::assess_chip(chip, to, date, options, tf32_reading::significant_19));
}

constexpr assessment assess(const accelerator& chip, std::string_view destination_code,
                            std::chrono::year_month_day date, assess_options options = {}) {
  return assess(chip, require_destination(destination_code), date, options);
}

// A computer or assembly (4A090.a/.b) through the ICs it contains.
constexpr assessment assess(const system_spec& sys, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  if (const auto r = detail::chosen_tf32(options)) return detail::assess_system(sys, to, date, options, *r);
  const assessment a32 = detail::assess_system(sys, to, date, options, tf32_reading::container_32);
  bool any = false;
  for (const system_part& p : sys.parts) any = any || (p.chip != nullptr && detail::tf32_matters(*p.chip));
  if (!any) return a32;
  return detail::merge_tf32(a32, detail::assess_system(sys, to, date, options, tf32_reading::significant_19));
}

// An HBM stack or packaged memory device (3A090.c).
constexpr assessment assess(const hbm_device& device, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  assessment a = detail::start(to, date, item_kind::memory, options);
  a.memory = classify_hbm(device, date);
  a.eccn = a.memory.is_3a090c() ? control::c3a090_c : control::none;
  detail::item_facts f;
  f.kind = item_kind::memory;
  f.memory_controlled = a.memory.is_3a090c();
  return detail::fold(a, f, detail::shipment_of(a, options));
}

}  // namespace accelspec::policy
