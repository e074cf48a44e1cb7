// Every measure the policy layer applies, as data (see measure.hpp for the shape): the 3A090 and
// 3A090.c destination rules, the embargoes of Part 746, the headquarters rule, the company
// notices, the January 2026 review-policy overlay and the May 2025 guidance on Huawei Ascend
// parts. Adding a measure is adding a record here (and its tests).
//
// A notice addressed to one company applies to that company's items only: it is matched by the
// vendor (or the name) containing the company and the name containing one of the products as a
// whole word ("H20" is in "NVIDIA H20 96GB" but not in "NVIDIA H200 SXM").
#pragma once

#include <array>
#include <chrono>
#include <string_view>

#include "destination.hpp"
#include "measure.hpp"
#include "parties.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

namespace measures {
using namespace std::chrono_literals;

// --- 3A090 by destination --------------------------------------------------------------------

inline constexpr dated_measure eccn_3a090_2022{
    .key = "3a090-2022-china",
    .kind = measure_kind::destination_rule,
    .source = &regulations::eccn_3a090_2022,
    .section = "15 CFR 742.6(a)(6) (October 2022 text)",
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "CN",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for 3A090 and 4A090 items to China (2022 text)",
};

inline constexpr dated_measure macau_2023{
    .key = "3a090-2023-macau",
    .kind = measure_kind::destination_rule,
    .source = &regulations::macau_2023,
    .section = "15 CFR 742.6(a)(6) (as amended January 2023)",
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "MO",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for 3A090 and 4A090 items to Macau",
};

inline constexpr dated_measure eccn_3a090_2023{
    .key = "3a090-2023-scope",
    .kind = measure_kind::destination_rule,
    .source = &regulations::eccn_3a090_2023,
    .section = "15 CFR 742.6(a)(6)(iii); review 742.6(b)(10)",
    .items = item_scope::eccn_a_b,
    .destinations = place::scope_2023,
    .review_by = review_rule::d5_macau_denial,
    .effect =
        "license required for 3A090.a/.b and 4A090.a/.b items to Country Groups D:1, D:4 and D:5, except "
        "destinations also in A:5 or A:6",
};

// The AI Diffusion rule's worldwide requirement for .a items: codified from 2025-01-13, compliance
// from 2025-05-15, not enforced from 2025-05-13. It is in the table so that every answer in its
// window says why it does not apply.
inline constexpr dated_measure ai_diffusion_2025{
    .key = "ai-diffusion-2025-worldwide",
    .kind = measure_kind::destination_rule,
    .source = &regulations::ai_diffusion_2025,
    .section = "15 CFR 742.6(a)(6)(iii)(A)",
    .items = item_scope::eccn_a,
    .destinations = place::anywhere,
    .review = review_policy::not_public,
    .effect =
        "license required for 3A090.a and 4A090.a items to any destination (never complied with: compliance "
        "from 2025-05-15, not enforced from 2025-05-13)",
};

inline constexpr dated_measure hbm_2024{
    .key = "3a090c-2024",
    .kind = measure_kind::destination_rule,
    .source = &regulations::hbm_2024,
    .section = "15 CFR 742.6(a)(6)(i)(B)",
    .items = item_scope::eccn_c,
    .destinations = place::d5_or_macau,
    .review = review_policy::not_public,
    .effect = "license required for 3A090.c high-bandwidth memory to Macau and Country Group D:5",
};

// --- Who the buyer is ---------------------------------------------------------------------------
// Inside the 2023 destination scope the buyer's headquarters decides the review of the destination
// license (742.6(b)(10)(ii): denial for Macau/D:5-headquartered entities); outside it, 744.23(a)(3)
// adds a license of its own. From 2025-01-13 the .a items moved to 742.6(a)(6)(iii)(A), which BIS
// enforces for these buyers to every destination outside the United States (Macau and D:5 are
// already denied by the destination rule, and the January 2026 overlay governs end users located
// in China and Macau).

inline constexpr dated_measure headquarters_2023{
    .key = "headquarters-2023",
    .kind = measure_kind::party_rule,
    .source = &regulations::headquarters_2023,
    .section = "15 CFR 744.23(a)(3)(i); review 744.23(d)",
    .until = 2025y / std::chrono::January / 12,
    .items = item_scope::eccn_a_b,
    .destinations = place::outside_scope_2023,
    .parties = party_scope::headquartered_d5_or_macau,
    .review_by = review_rule::datacenter_a_denial,
    .effect =
        "license required for 3A090/4A090 items for an entity headquartered in, or whose ultimate parent is "
        "headquartered in, Macau or Country Group D:5, wherever located",
};

inline constexpr dated_measure headquarters_2025_a{
    .key = "headquarters-2025-a",
    .kind = measure_kind::party_rule,
    .source = &regulations::headquarters_guidance_2026,
    .section = "15 CFR 742.6(a)(6)(iii)(A)",
    .items = item_scope::eccn_a,
    .destinations = place::outside_d5_or_macau,
    .parties = party_scope::headquartered_d5_or_macau,
    .review = review_policy::presumption_of_denial,
    .effect =
        "license required to all destinations for 3A090.a/4A090.a items for entities headquartered in, or "
        "whose ultimate parent is headquartered in, Macau or Country Group D:5",
};

inline constexpr dated_measure headquarters_2025_b{
    .key = "headquarters-2025-b",
    .kind = measure_kind::party_rule,
    .source = &regulations::headquarters_2023,
    .section = "15 CFR 744.23(a)(3)(i); review 744.23(d)",
    .from = 2025y / std::chrono::January / 13,
    .items = item_scope::eccn_b,
    .destinations = place::outside_scope_2023,
    .parties = party_scope::headquartered_d5_or_macau,
    .review_by = review_rule::datacenter_a_denial,
    .effect =
        "license required for 3A090.b/4A090.b items for an entity headquartered in, or whose ultimate parent "
        "is headquartered in, Macau or Country Group D:5, wherever located",
};

// 3A090.c for buyers headquartered in Macau or D:5, wherever located (as reported; see the doubt of
// its source). Inside Macau and D:5 the destination rule already applies.
inline constexpr dated_measure hbm_headquarters_2024{
    .key = "hbm-headquarters-2024",
    .kind = measure_kind::party_rule,
    .source = &regulations::hbm_headquarters_2024,
    .section = "15 CFR 744.23(a)(3)(i)(B) (as reported)",
    .items = item_scope::eccn_c,
    .destinations = place::outside_d5_or_macau,
    .parties = party_scope::headquartered_d5_or_macau,
    .review = review_policy::not_public,
    .effect =
        "license required for 3A090.c high-bandwidth memory for an entity headquartered in, or whose ultimate "
        "parent is headquartered in, Macau or Country Group D:5, wherever located",
};

// --- Named end users: the Entity List -----------------------------------------------------------
// A license for every item subject to the EAR when a listed entity is a party (744.11), whatever
// the chip and wherever it goes; the review policy is the one the entry states.

inline constexpr std::string_view entity_list_section = "15 CFR 744.11; Supp. No. 4 to Part 744";

inline constexpr dated_measure entity_list_huawei{
    .key = "entity-list-huawei",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_huawei_2019,
    .party = &parties::huawei,
    .section =
        "15 CFR 744.11; Supp. No. 4 to Part 744 (Huawei entry, footnote 1: foreign direct product rule "
        "734.9(e))",
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect =
        "Entity List (Huawei Technologies Co., Ltd. and listed affiliates): license required for all items "
        "subject to the EAR, presumption of denial; foreign-produced items under footnote 1",
};

inline constexpr dated_measure entity_list_sugon{
    .key = "entity-list-sugon",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_sugon_2019,
    .party = &parties::sugon,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect = "Entity List (Sugon): license required for all items subject to the EAR, presumption of denial",
};

inline constexpr dated_measure entity_list_smic{
    .key = "entity-list-smic",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_smic_2020,
    .party = &parties::smic,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::case_by_case,
    .effect =
        "Entity List (SMIC and affiliates): license required for all items subject to the EAR, case-by-case "
        "(presumption of denial for items uniquely required for 10 nm and below)",
};

inline constexpr dated_measure entity_list_biren{
    .key = "entity-list-biren",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_gpu_2023,
    .party = &parties::biren,
    .section = "15 CFR 744.11; Supp. No. 4 to Part 744 (footnote 4)",
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect =
        "Entity List (Biren Technology and subsidiaries): license required for all items subject to the EAR, "
        "presumption of denial; foreign-produced items under footnote 4",
};

inline constexpr dated_measure entity_list_moore_threads{
    .key = "entity-list-moore-threads",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_gpu_2023,
    .party = &parties::moore_threads,
    .section = "15 CFR 744.11; Supp. No. 4 to Part 744 (footnote 4)",
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect =
        "Entity List (Moore Threads and subsidiaries): license required for all items subject to the EAR, "
        "presumption of denial; foreign-produced items under footnote 4",
};

inline constexpr dated_measure entity_list_zhipu{
    .key = "entity-list-zhipu",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_zhipu_2025,
    .party = &parties::zhipu,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::not_public,
    .effect =
        "Entity List (Beijing Zhipu Huazhang Technology, Zhipu AI): license required for all items subject to "
        "the EAR",
};

inline constexpr dated_measure entity_list_sophgo{
    .key = "entity-list-sophgo",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_sophgo_2025,
    .party = &parties::sophgo,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::not_public,
    .effect = "Entity List (Sophgo Technologies): license required for all items subject to the EAR",
};

// --- Named end users: the UAE rule of July 2026 ---------------------------------------------------
// License-free access to 3A090.a/.b and 4A090.a/.b items for the named UAE end users: the
// destination rules' license is lifted for them (and for no one else); party rules, the Entity List
// and embargoes stay.

inline constexpr std::string_view uae_section = "15 CFR Part 740, Supp. No. 8 (UAE rule of July 2026)";

inline constexpr dated_measure uae_government_2026{
    .key = "uae-government-2026",
    .kind = measure_kind::authorization,
    .source = &regulations::uae_2026,
    .party = &parties::uae_government,
    .section = uae_section,
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "AE",
    .parties = party_scope::named,
    .requires_license = false,
    .effect = "license-free advanced computing items for the UAE Government (UAE rule of July 2026)",
};

inline constexpr dated_measure uae_supplement_8_2026{
    .key = "uae-supplement-8-2026",
    .kind = measure_kind::authorization,
    .source = &regulations::uae_2026,
    .party = &parties::supplement_8,
    .section = uae_section,
    .until = 2027y / std::chrono::April / 5,
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "AE",
    .parties = party_scope::named,
    .requires_license = false,
    .effect =
        "license-free advanced computing items for the entities of Supplement No. 8 to Part 740 (G42, "
        "Core42) until 2027-04-06 unless renewed",
};

inline constexpr dated_measure uae_us_subsidiaries_2026{
    .key = "uae-us-subsidiaries-2026",
    .kind = measure_kind::authorization,
    .source = &regulations::uae_2026,
    .party = &parties::us_subsidiaries,
    .section = uae_section,
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "AE",
    .parties = party_scope::named,
    .requires_license = false,
    .effect = "license-free advanced computing items for the UAE subsidiaries of the US companies the rule names",
};

// --- Part 746 -------------------------------------------------------------------------------

inline constexpr dated_measure embargo_cuba{
    .key = "embargo-cuba",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_cuba,
    .section = "15 CFR 746.2(a); review 746.2(b)",
    .destinations = place::codes,
    .codes = "CU",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for all items subject to the EAR; general policy of denial",
};

inline constexpr dated_measure embargo_north_korea{
    .key = "embargo-north-korea",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_north_korea,
    .section = "15 CFR 746.4(a); review 746.4(b)(5) and 742.19(b)",
    .destinations = place::codes,
    .codes = "KP",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for all items subject to the EAR except EAR99 food and medicine",
};

inline constexpr dated_measure embargo_iran{
    .key = "embargo-iran",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_iran,
    .section = "15 CFR 746.7(a)(1); review 746.7(b)",
    .destinations = place::codes,
    .codes = "IR",
    .review = review_policy::presumption_of_denial,
    .effect =
        "license required for CCL items (3A090 and 4A090 carry AT column 1); no license exceptions; other "
        "than humanitarian and aviation-safety cases, licenses generally denied",
};

inline constexpr dated_measure embargo_syria{
    .key = "embargo-syria",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_syria,
    .section = "15 CFR 746.9(a); review 746.9(c)(1)",
    .destinations = place::codes,
    .codes = "SY",
    .review = review_policy::presumption_of_denial,
    .effect =
        "license required for all items subject to the EAR except EAR99 food and medicine; general policy of "
        "denial",
};

inline constexpr dated_measure embargo_syria_2025{
    .key = "embargo-syria-2025",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_syria_2025,
    .section = "15 CFR 746.9(a); review 746.9(c) as revised September 2025",
    .destinations = place::codes,
    .codes = "SY",
    .review = review_policy::undecided,
    .review_needs = "the end use in Syria (746.9(c) as revised in 2025 reviews civil end uses more favourably)",
    .effect =
        "license still required for all items subject to the EAR except EAR99 food and medicine; review by "
        "end use (presumption of approval for most civil end uses, case-by-case otherwise)",
};

inline constexpr dated_measure embargo_russia{
    .key = "embargo-russia",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_russia,
    .section = "15 CFR 746.8(a)(1); review 746.8(b)",
    .destinations = place::codes,
    .codes = "RU",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for every item on the Commerce Control List; policy of denial",
};

inline constexpr dated_measure embargo_belarus{
    .key = "embargo-belarus",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_belarus,
    .section = "15 CFR 746.8(a)(1); review 746.8(b)",
    .destinations = place::codes,
    .codes = "BY",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for every item on the Commerce Control List; policy of denial",
};

// --- Company notices ----------------------------------------------------------------------------

inline constexpr dated_measure nvidia_notice_2022{
    .key = "nvidia-notice-2022",
    .kind = measure_kind::company_notice,
    .source = &regulations::nvidia_notice_2022,
    .section = "is-informed letter of 2022-08-26 (NVIDIA Form 8-K of 2022-08-31; 15 CFR 744.21 as reported)",
    .items = item_scope::named_products,
    .company = "NVIDIA",
    .addressee_note = "the notice was addressed to NVIDIA and applies to NVIDIA's items only",
    .products = {"A100", "A100X", "H100"},
    .reach = notice_reach::a100_class_2022,
    .destinations = place::codes,
    .codes = "CN RU",
    .review = review_policy::not_public,
    .effect =
        "license required for A100 and H100 integrated circuits, systems incorporating them, and future ICs "
        "at or above roughly the A100's peak performance and chip-to-chip I/O, to China (including Hong "
        "Kong) and Russia",
};

inline constexpr dated_measure amd_notice_2022{
    .key = "amd-notice-2022",
    .kind = measure_kind::company_notice,
    .source = &regulations::amd_notice_2022,
    .section = "license requirement AMD reported on 2022-08-31 (press statement)",
    .items = item_scope::named_products,
    .company = "AMD",
    .addressee_note = "the notice was addressed to AMD and applies to AMD's items only",
    .products = {"MI250"},
    .destinations = place::codes,
    .codes = "CN",
    .review = review_policy::not_public,
    .effect = "license required for MI250 accelerators to China",
};

inline constexpr dated_measure nvidia_notice_2023{
    .key = "nvidia-notice-2023",
    .kind = measure_kind::company_notice,
    .source = &regulations::nvidia_notice_2023,
    .section = "is-informed letter of 2023-10-23 (the 88 FR 73458 license requirements, effective immediately)",
    .items = item_scope::named_products,
    .company = "NVIDIA",
    .addressee_note = "the notice was addressed to NVIDIA and applies to NVIDIA's items only",
    .products = {"A100", "A800", "H100", "H800", "L40S"},
    .destinations = place::scope_2023,
    .certain_codes = "CN",
    .destination_doubt =
        "whether NVIDIA's 2023-10-23 notice reached destinations other than China (the 8-K "
        "was not read; press reports speak of China)",
    .review_by = review_rule::d5_macau_denial,
    .effect =
        "the October 2023 rule's license requirements effective immediately for A100, A800, H100, H800 and "
        "L40S",
};

inline constexpr dated_measure h20_notice_2025{
    .key = "h20-notice-2025",
    .kind = measure_kind::company_notice,
    .source = &regulations::h20_notice_2025,
    .section = "is-informed letter of 2025-04-09 (NVIDIA Form 8-K of 2025-04-15)",
    .items = item_scope::named_products,
    .company = "NVIDIA",
    .addressee_note = "the notice was addressed to NVIDIA and applies to NVIDIA's items only",
    .products = {"H20"},
    .destinations = place::d5_or_macau,
    .or_headquartered = true,
    .review = review_policy::not_public,
    .effect =
        "license required for H20 integrated circuits and any other circuits achieving the H20's memory "
        "bandwidth, interconnect bandwidth, or combination thereof, to China (including Hong Kong and "
        "Macau) and D:5, and to companies headquartered or with an ultimate parent there; in effect for the "
        "indefinite future",
};

inline constexpr dated_measure mi308_notice_2025{
    .key = "mi308-notice-2025",
    .kind = measure_kind::company_notice,
    .source = &regulations::mi308_notice_2025,
    .section = "is-informed letter to AMD (April 2025, as reported)",
    .items = item_scope::named_products,
    .company = "AMD",
    .addressee_note = "the notice was addressed to AMD and applies to AMD's items only",
    .products = {"MI308", "MI308X"},
    .destinations = place::d5_or_macau,
    .or_headquartered = true,
    .review = review_policy::not_public,
    .effect = "license required for MI308 products, as for the H20",
};

// --- January 2026 review policy for China and Macau -------------------------------------------------

inline constexpr dated_measure china_review_2026{
    .key = "china-review-2026",
    .kind = measure_kind::review_overlay,
    .source = &regulations::china_case_by_case_2026,
    .section = "15 CFR 742.6(b)(10)(iii)(A)(1)",
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "CN MO",
    .exports_from_us_only = true,
    .requires_license = false,
    .review_by = review_rule::china_zone_2026,
    .effect =
        "case-by-case review (instead of a presumption of denial) for China and Macau below TPP 21,000 and "
        "total DRAM bandwidth 6,500 GB/s, for products commercially available in the United States on "
        "2026-01-15, exported from the United States, on certifications",
};

// --- Guidance --------------------------------------------------------------------------------------

// General Prohibition 10 (15 CFR 736.2(b)(10)): BIS presumes PRC-developed 3A090 ICs were produced
// in violation of the EAR; exporting, reexporting, transferring or using them without BIS
// authorization risks violating GP10. So an authorization is required wherever they go, whoever the
// buyer, from the guidance's date.
inline constexpr dated_measure gp10_prc_2025{
    .key = "gp10-prc-3a090-2025",
    .kind = measure_kind::general_prohibition,
    .source = &regulations::gp10_huawei_2025,
    .party = &parties::prc_designers,
    .section = "General Prohibition 10 (15 CFR 736.2(b)(10))",
    .items = item_scope::prc_designed_3a090,
    .company = "Huawei",
    .products = {"910B", "910C", "910D"},
    .destinations = place::anywhere,
    .review = review_policy::not_public,
    .effect =
        "BIS authorization required (General Prohibition 10): 3A090 ICs developed in China, such as Huawei "
        "Ascend 910B, 910C and 910D, are presumed produced in violation of the EAR (BIS guidance of 2025-05-13)",
};

}  // namespace measures

// Every measure, in the order assess() reports them.
inline constexpr std::array<const dated_measure*, 33> all_measures{
    &measures::embargo_cuba,
    &measures::embargo_north_korea,
    &measures::embargo_iran,
    &measures::embargo_syria,
    &measures::embargo_syria_2025,
    &measures::embargo_russia,
    &measures::embargo_belarus,
    &measures::entity_list_huawei,
    &measures::entity_list_sugon,
    &measures::entity_list_smic,
    &measures::entity_list_biren,
    &measures::entity_list_moore_threads,
    &measures::entity_list_zhipu,
    &measures::entity_list_sophgo,
    &measures::uae_government_2026,
    &measures::uae_supplement_8_2026,
    &measures::uae_us_subsidiaries_2026,
    &measures::hbm_headquarters_2024,
    &measures::nvidia_notice_2022,
    &measures::amd_notice_2022,
    &measures::eccn_3a090_2022,
    &measures::macau_2023,
    &measures::nvidia_notice_2023,
    &measures::eccn_3a090_2023,
    &measures::headquarters_2023,
    &measures::hbm_2024,
    &measures::ai_diffusion_2025,
    &measures::headquarters_2025_a,
    &measures::headquarters_2025_b,
    &measures::h20_notice_2025,
    &measures::mi308_notice_2025,
    &measures::gp10_prc_2025,
    &measures::china_review_2026,
};

// Looks a measure up by key; nullptr when unknown.
constexpr const dated_measure* find_measure(std::string_view key) noexcept {
  for (const dated_measure* m : all_measures) {
    if (m->key == key) return m;
  }
  return nullptr;
}

// Events that change no license requirement but belong to the story of a product and destination:
// licenses granted under a measure, with the terms reported. timeline() lists them.
struct policy_event {
  std::string_view key{};
  std::chrono::year_month_day date{};
  std::string_view company{};
  accelspec::detail::fixed_list<std::string_view, 3> products{};
  std::string_view codes{};  // destinations (Hong Kong counts as China)
  std::string_view text{};
  std::string_view source{};  // the document, as cited
  verification status = verification::secondary;
  bool month_only = false;  // the source gives a month, not a day: `date` is the month's first day
};

namespace measures {
inline constexpr std::array<policy_event, 4> events{{
    {.key = "h20-licences-2025",
     .date = 2025y / std::chrono::July / 14,
     .company = "NVIDIA",
     .products = {"H20"},
     .codes = "CN",
     .text = "NVIDIA says the US government assured it that licenses for H20 sales to China would be granted",
     .source = "NVIDIA announcement of 2025-07-14 (as reported)",
     .status = verification::secondary},
    {.key = "revenue-share-2025",
     .date = 2025y / std::chrono::August / 11,  // confirmed by the President that day (AP)
     .company = "NVIDIA",
     .products = {"H20"},
     .codes = "CN",
     .text = "H20 (and AMD MI308) licenses for China reported granted on condition of 15% of the revenue to the US "
             "government",
     .source = "press reports of August 2025",
     .status = verification::secondary},
    {.key = "h200-announcement-2025",
     .date = 2025y / std::chrono::December / 8,
     .company = "NVIDIA",
     .products = {"H200"},
     .codes = "CN",
     .text = "the President announces H200 sales to approved customers in China with 25% to the US government",
     .source = "presidential announcement of 2025-12-08 (as reported)",
     .status = verification::secondary},
    {.key = "h200-licences-2026",
     .date = 2026y / std::chrono::February / 1,
     .company = "NVIDIA",
     .products = {"H200"},
     .codes = "CN",
     .text = "licenses granted to ship small amounts of H200 to specific China-based customers, after inspection "
             "in the United States and subject to a 25% tariff",
     .source = "NVIDIA Form 10-Q for the quarter ended 2026-04-26 ('beginning in February 2026')",
     .status = verification::primary_quoted,
     .month_only = true},
}};
}  // namespace measures

namespace detail {
constexpr bool is_word_char(char c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
// Whether `word` occurs in `text` as a whole word (ASCII case-insensitive).
constexpr bool contains_word(std::string_view text, std::string_view word) noexcept {
  if (word.empty() || word.size() > text.size()) return false;
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < word.size() && same; ++k) same = upper(text[i + k]) == upper(word[k]);
    if (!same) continue;
    const bool left = i == 0 || !is_word_char(text[i - 1]);
    const bool right = i + word.size() == text.size() || !is_word_char(text[i + word.size()]);
    if (left && right) return true;
  }
  return false;
}
}  // namespace detail

// Whether an item by `vendor` named `name` is the company's and one of the products named.
template <class List>
constexpr bool names_product(std::string_view company, const List& products, std::string_view vendor,
                             std::string_view name) noexcept {
  if (company.empty()) return false;
  if (!detail::contains_word(vendor, company) && !detail::contains_word(name, company)) return false;
  for (std::string_view p : products) {
    if (detail::contains_word(name, p)) return true;
  }
  return false;
}

constexpr bool names_product(const dated_measure& m, std::string_view vendor, std::string_view name) noexcept {
  return names_product(m.company, m.products, vendor, name);
}

// Whether a destination is in a space-separated list of codes (Hong Kong counts as China).
constexpr bool code_listed(std::string_view codes, destination d) noexcept {
  return detail::list_contains(codes, d.group_code()) || detail::list_contains(codes, d.code);
}

}  // namespace accelspec::policy
