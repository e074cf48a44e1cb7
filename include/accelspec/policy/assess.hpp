// assess(): from an item, a destination and a date to the license requirement, the review
// policy, the license exceptions with their conditions, the company-specific measures, the
// tariff band, and the citations relied on, with what of them is not verified. A constant
// expression or a run-time call; an unknown destination code is an error.
//
// The order of the decision follows the regulation: classify the item under the text in force,
// decide the destination scope of the license requirement (15 CFR 742.6(a)(6)), then the review
// policy (742.6(b)(10)) and the exceptions (740.8 NAC/ACA, 740.25 HBM, 740.27-29 AIA/ACM/LPP).
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "../metrics/bandwidth.hpp"
#include "../rules/classify.hpp"
#include "assessment.hpp"
#include "destination.hpp"
#include "diffusion.hpp"
#include "hbm.hpp"
#include "measures.hpp"
#include "regulation.hpp"
#include "system.hpp"
#include "tariff.hpp"

namespace accelspec::policy {

struct assess_options {
  // The January 2026 case-by-case review covers exports from the United States only; reexports
  // and exports from abroad stay under a presumption of denial.
  bool export_from_us = true;
  classify_options classification{};
};

// The thresholds of the January 2026 China/Macau zone (91 FR 1684), both strict.
struct china_zone_limits {
  tpp_value tpp{};
  data_rate total_dram_bandwidth{};
};
inline constexpr china_zone_limits china_zone_2026{tpp_value::from_integer(21'000),
                                                   data_rate::from_count(6'500'000'000'000)};

// Inside the zone: TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s.
constexpr truth in_china_zone(std::optional<tpp_value> t, std::optional<data_rate> dram) {
  const truth tpp_below = t ? to_truth(*t < china_zone_2026.tpp) : truth::unknown;
  const truth dram_below = dram ? to_truth(*dram < china_zone_2026.total_dram_bandwidth) : truth::unknown;
  return tpp_below && dram_below;
}

namespace detail {

// What the destination logic needs to know about the item, whatever its kind.
struct item_facts {
  item_kind kind = item_kind::chip;
  eccn paragraph = eccn::none;  // .a/.b/none/undecided for ICs and systems
  const rule* applied = nullptr;
  bool nac_aca = false;
  std::optional<tpp_value> tpp{};
  std::optional<data_rate> dram{};
  truth zone = truth::unknown;  // for systems: every contained IC inside the zone
  std::string_view vendor{}, name{};
};

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

// Records which dated group change (if any) decided a membership the answer used.
constexpr bool member(assessment& a, country_group g) {
  const membership m = group_membership(a.to, g, a.date);
  // Cite a dated change once it has taken effect: it decided this membership.
  if (m.change != nullptr &&
      ((m.change->since && a.date >= *m.change->since) || (m.change->until && a.date >= *m.change->until))) {
    cite(a, *m.change->source);
  }
  return m.member;
}

constexpr bool scope_2023(assessment& a) {
  const bool d = member(a, country_group::d1) || member(a, country_group::d4) || member(a, country_group::d5);
  const bool excluded = member(a, country_group::a5) || member(a, country_group::a6);
  bool in = d && !excluded;
  // From the UAE's move to A:5 the .b (and enforced .a) scope names it explicitly.
  if (!in && a.to.code == "AE" && regulations::uae_2026.applies_on(a.date)) {
    cite(a, regulations::uae_2026);
    in = true;
  }
  return in;
}

constexpr bool d5_or_macau_cited(assessment& a) { return a.to.is_macau() || member(a, country_group::d5); }

inline constexpr std::string_view condition_us_only =
    "exports from the United States only; reexports, exports from abroad and in-country transfers stay under a "
    "presumption of denial";

constexpr void apply_china_zone(assessment& a, const item_facts& f, const assess_options& o) {
  cite(a, regulations::china_case_by_case_2026);
  a.china_zone = f.zone;
  if (!o.export_from_us) {
    a.review = review_policy::presumption_of_denial;
    a.reasons.push_back("not an export from the United States: the January 2026 case-by-case review does not apply");
    return;
  }
  if (f.zone == truth::no) {
    a.reasons.push_back(
        "TPP of 21,000 or more or total DRAM bandwidth of 6,500 GB/s or more: outside the January "
        "2026 case-by-case zone, presumption of denial stays");
    return;
  }
  if (f.zone == truth::unknown) {
    a.review = review_policy::undecided;
    a.reasons.push_back("TPP or total DRAM bandwidth unknown: the January 2026 case-by-case zone cannot be decided");
    return;
  }
  a.review = review_policy::case_by_case;
  a.reasons.push_back(
      "TPP below 21,000 and total DRAM bandwidth below 6,500 GB/s: case-by-case review for China "
      "and Macau under conditions (January 2026)");
  a.conditions.push_back(condition_us_only);
  a.conditions.push_back("the product was commercially available in the United States when the rule was published");
  a.conditions.push_back("exporter certifies sufficient supply of the product in the United States");
  a.conditions.push_back(
      "exporter certifies production for China will not divert global foundry capacity for "
      "similar or more advanced products from end users in the United States");
  a.conditions.push_back("the recipient has demonstrated sufficient security procedures");
  a.conditions.push_back(
      "independent third-party testing in the United States verifies the performance "
      "specifications");
  a.conditions.push_back("shipments to China and Macau no more than 50% of the volume shipped to US customers");
  a.conditions.push_back(
      "know-your-customer review, including remote end users in countries of concern; no "
      "military end use");
  a.conditions.push_back(
      "presumption of denial continues for entities headquartered in D:5 or Macau located "
      "outside them");
}

constexpr void offer_nac_aca(assessment& a, bool notified_destination) {
  exception_offer e;
  if (!regulations::nac_aca_2024.applies_on(a.date)) {
    e.which = license_exception::nac;
    e.source = &regulations::eccn_3a090_2023;
    e.status = verification::primary_quoted;
    if (notified_destination) e.conditions.push_back("prior notification to BIS (Macau or D:5), 25-day review");
  } else if (notified_destination) {
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

// The AI Diffusion framework while enforced (2025-01-13 to 2025-05-12): 3A090.a and 4A090.a
// need a license to any destination; exceptions depend on the tier.
constexpr void apply_diffusion(assessment& a) {
  cite(a, regulations::ai_diffusion_2025);
  const diffusion_tier t = tier(a.to, a.date);
  a.license_required = truth::yes;
  a.reasons.push_back("AI Diffusion framework: license required for 3A090.a/4A090.a to any destination");
  if (t == diffusion_tier::tier3) {
    a.review = review_policy::presumption_of_denial;
    return;
  }
  a.review = review_policy::not_public;
  if (t == diffusion_tier::tier1) {
    exception_offer e{license_exception::aia, &regulations::ai_diffusion_2025, verification::primary, {}};
    e.conditions.push_back("destination in Tier 1 (paragraph (a) of Supp. No. 5 to Part 740)");
    e.conditions.push_back("conditions of 15 CFR 740.27 not encoded");
    a.license_exceptions.push_back(e);
  } else {
    exception_offer e{license_exception::lpp, &regulations::ai_diffusion_2025, verification::unverified, {}};
    e.conditions.push_back("at most 26,900,000 TPP per ultimate consignee per calendar year (figure unverified)");
    e.conditions.push_back("government notification (secondary sources)");
    a.license_exceptions.push_back(e);
    a.conditions.push_back(
        "licensed exports count against the destination's cap of 790,000,000 TPP for 2025-2027 "
        "(Tier 2)");
  }
  exception_offer acm{license_exception::acm, &regulations::ai_diffusion_2025, verification::primary, {}};
  acm.conditions.push_back("conditions of 15 CFR 740.28 not encoded (text not read)");
  a.license_exceptions.push_back(acm);
}

constexpr void apply_measures(assessment& a, const item_facts& f) {
  bool named = false;
  for (const company_measure& m : company_measures) {
    if (!m.source->applies_on(a.date)) continue;
    if (!names_product(m, f.vendor, f.name)) continue;
    named = true;
    if (!reaches(m, a.to, a.date)) continue;
    a.measures.push_back(&m);
    cite(a, *m.source);
    if (a.license_required != truth::yes) {
      a.license_required = truth::yes;
      a.review = review_policy::not_public;
    }
    a.reasons.push_back("company-specific is-informed letter (April 2025) requires a license for this product");
  }
  // The H20 letter also reached other circuits by bandwidth, with no public threshold.
  if (!named && f.kind != item_kind::memory && regulations::h20_notice_2025.applies_on(a.date) &&
      reaches(company_measures[0], a.to, a.date) && a.license_required != truth::yes) {
    cite(a, regulations::h20_notice_2025);
    add_unique(a.unverified, std::string_view{"the April 2025 NVIDIA letter also reaches circuits achieving the "
                                              "H20's memory bandwidth, interconnect bandwidth, or combination "
                                              "thereof; with no public threshold this is not evaluated"});
  }
}

constexpr control to_control(item_kind k, eccn e) {
  if (e == eccn::undecided) return control::undecided;
  if (e == eccn::none) return control::none;
  if (k == item_kind::system) return e == eccn::a ? control::c4a090_a : control::c4a090_b;
  return e == eccn::a ? control::c3a090_a : control::c3a090_b;
}

constexpr assessment assess_facts(assessment a, const item_facts& f, const assess_options& o) {
  a.export_from_us = o.export_from_us;
  a.tpp = f.tpp;
  a.total_dram_bandwidth = f.dram;
  if (f.kind != item_kind::memory) a.eccn = to_control(f.kind, f.paragraph);

  if (f.kind != item_kind::memory) {
    if (f.applied == &rules::eccn_3a090_2022)
      cite(a, regulations::eccn_3a090_2022);
    else if (f.applied == &rules::eccn_3a090_2023)
      cite(a, regulations::eccn_3a090_2023);
    else {
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

  if (a.to.is_united_states()) {
    a.license_required = truth::no;
    a.reasons.push_back("the destination is the United States: not an export");
    return a;
  }
  if (a.to.code == "HK") a.reasons.push_back("Hong Kong is treated as China (not a separate EAR destination)");

  if (f.kind == item_kind::memory) {
    if (!a.memory.is_3a090c()) {
      a.reasons.push_back(a.memory.status == hbm_status::not_in_force ? "3A090.c did not exist before 2024-12-02"
                          : a.memory.status == hbm_status::excluded
                              ? "co-packaged with logic whose dominant function is processing: not 3A090.c"
                              : "memory bandwidth density of 2 GB/s/mm² or less: not 3A090.c");
      return a;
    }
    if (d5_or_macau_cited(a)) {
      a.license_required = truth::yes;
      a.review = review_policy::not_public;
      a.reasons.push_back("3A090.c: license required to Macau and Country Group D:5");
      if (a.memory.license_exception_hbm) {
        exception_offer e{license_exception::hbm, &regulations::hbm_2024, verification::primary, {}};
        e.conditions.push_back("memory bandwidth density below 3.3 GB/s/mm²");
        e.conditions.push_back("exporter headquartered in the United States or Country Group A:5 (secondary)");
        a.license_exceptions.push_back(e);
      }
    } else {
      a.reasons.push_back("3A090.c: no license required outside Macau and Country Group D:5");
    }
    return a;
  }

  if (f.paragraph == eccn::undecided) {
    a.license_required = truth::unknown;
    a.review = review_policy::undecided;
    a.reasons.push_back("classification undecided: an input it depends on is unknown");
  } else if (f.paragraph == eccn::none) {
    a.reasons.push_back("not described by 3A090.a/.b or 4A090.a/.b on this date");
  } else if (f.applied == &rules::eccn_3a090_2022) {
    // October 2022: China; Macau from 2023-01-17.
    const bool macau = a.to.is_macau() && regulations::macau_2023.applies_on(a.date);
    if (macau) cite(a, regulations::macau_2023);
    if (a.to.is_china() || macau) {
      a.license_required = truth::yes;
      a.review = review_policy::presumption_of_denial;
      a.reasons.push_back(macau ? "3A090 (2022 text): license required for Macau from 2023-01-17"
                                : "3A090 (2022 text): license required for China");
    } else {
      a.reasons.push_back("3A090 (2022 text): license required only for China (and Macau from 2023-01-17)");
    }
  } else {
    const bool scope = scope_2023(a);
    const bool diffusion = f.paragraph == eccn::a && regulations::ai_diffusion_2025.applies_on(a.date);
    if (diffusion) {
      apply_diffusion(a);
    } else if (scope) {
      a.license_required = truth::yes;
      a.reasons.push_back("destination in Country Group D:1, D:4 or D:5 and not in A:5 or A:6");
    } else {
      a.reasons.push_back("destination outside D:1, D:4 and D:5 (or also in A:5/A:6): no license under 3A090");
      if (f.paragraph == eccn::a && regulations::ai_diffusion_2025.codified_on(a.date)) {
        cite(a, regulations::ai_diffusion_2025);
        a.reasons.push_back("the AI Diffusion framework's worldwide requirement is codified but not enforced");
      }
    }
    if (a.license_required == truth::yes && (scope || tier(a.to, a.date) == diffusion_tier::tier3)) {
      const bool d5m = d5_or_macau_cited(a);
      a.review = d5m ? review_policy::presumption_of_denial : review_policy::presumption_of_approval;
      if (d5m && (a.to.is_china() || a.to.is_macau()) && regulations::china_case_by_case_2026.applies_on(a.date)) {
        apply_china_zone(a, f, o);
      }
      if (f.nac_aca) offer_nac_aca(a, d5m);
    } else if (a.license_required == truth::yes && f.nac_aca) {
      offer_nac_aca(a, false);
    }
  }
  apply_measures(a, f);
  return a;
}

constexpr assessment start(destination to, std::chrono::year_month_day date, item_kind k) {
  if (!date.ok()) ACCELSPEC_FAIL(invalid_argument, "accelspec: not a valid calendar date");
  assessment a;
  a.kind = k;
  a.to = to;
  a.date = date;
  return a;
}

}  // namespace detail

// An integrated circuit (3A090.a/.b) to a destination on a date.
constexpr assessment assess(const accelerator& chip, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  assessment a = detail::start(to, date, item_kind::chip);
  a.classification = classify(chip, date, options.classification);
  detail::item_facts f;
  f.kind = item_kind::chip;
  f.paragraph = a.classification.eccn;
  f.applied = a.classification.applied;
  f.nac_aca = a.classification.nac_aca;
  f.tpp = a.classification.tpp;
  f.dram = total_dram_bandwidth(chip);
  f.zone = in_china_zone(f.tpp, f.dram);
  f.vendor = chip.vendor;
  f.name = chip.name;
  return detail::assess_facts(a, f, options);
}

constexpr assessment assess(const accelerator& chip, std::string_view destination_code,
                            std::chrono::year_month_day date, assess_options options = {}) {
  return assess(chip, require_destination(destination_code), date, options);
}

// A computer or assembly (4A090.a/.b) through the ICs it contains.
constexpr assessment assess(const system_spec& sys, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  assessment a = detail::start(to, date, item_kind::system);
  const system_classification sc = classify_system(sys, date, options.classification);
  detail::item_facts f;
  f.kind = item_kind::system;
  f.paragraph = sc.paragraph;
  f.zone = truth::yes;
  for (const system_part& p : sys.parts) {
    const std::optional<tpp_value> t = tpp(*p.chip, {.tf32 = options.classification.tf32});
    f.zone = f.zone && in_china_zone(t, total_dram_bandwidth(*p.chip));
    if (t && (!f.tpp || *t > *f.tpp)) f.tpp = t;
  }
  const accelerator& decider = *sys.parts[sc.deciding_part >= 0 ? static_cast<std::size_t>(sc.deciding_part) : 0].chip;
  a.classification = classify(decider, date, options.classification);
  f.applied = a.classification.applied;
  f.nac_aca = a.classification.nac_aca;
  f.dram = total_dram_bandwidth(decider);
  f.vendor = decider.vendor;
  f.name = decider.name;
  a = detail::assess_facts(a, f, options);
  if (a.eccn != control::none) {
    detail::add_unique(a.unverified, std::string_view{"for a system, the January 2026 zone and the company letters "
                                                      "are applied to each contained IC (system treatment not read)"});
  }
  return a;
}

// An HBM stack or packaged memory device (3A090.c).
constexpr assessment assess(const hbm_device& device, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  assessment a = detail::start(to, date, item_kind::memory);
  a.memory = classify_hbm(device, date);
  a.eccn = a.memory.is_3a090c() ? control::c3a090_c : control::none;
  detail::item_facts f;
  f.kind = item_kind::memory;
  return detail::assess_facts(a, f, options);
}

}  // namespace accelspec::policy
