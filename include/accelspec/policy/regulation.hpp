// Every US measure on advanced-computing items since 2022 that the policy layer applies, as dated
// data: citation (Federal Register volume and page, document number), effective date, and where
// it applies the last day in force or the first day it was no longer enforced. Nothing here is
// "the rule": assess() asks which entries are in force on a date.
//
// `status` says how well the entry as encoded is established; `doubt` names what is not (the
// answers of assess() repeat it in their "unverified" list).
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

#include "../rules/citation.hpp"
#include "../rules/rule.hpp"
#include "provenance.hpp"

namespace accelspec::policy {

struct regulation {
  std::string_view key{};   // stable identifier: "china-case-by-case-2026"
  std::string_view name{};  // for people
  citation source{};
  std::chrono::year_month_day effective{};                         // first day in force
  std::optional<std::chrono::year_month_day> last_day{};           // last day in force
  std::optional<std::chrono::year_month_day> not_enforced_from{};  // codified but not enforced from
  // First day anyone had to comply, when later than `effective` (a delayed compliance date).
  std::optional<std::chrono::year_month_day> compliance_from{};
  verification status = verification::primary;
  std::string_view doubt{};  // what is not verified about this entry; empty when nothing

  // In force, compliance required, and enforced on the date.
  [[nodiscard]] constexpr bool applies_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day) && (!not_enforced_from || d < *not_enforced_from) &&
           (!compliance_from || d >= *compliance_from);
  }
  // Codified on the date, whether enforced or not.
  [[nodiscard]] constexpr bool codified_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day);
  }
};

namespace regulations {
using namespace std::chrono_literals;
using std::chrono::year_month_day;

// ECCN 3A090 as first published (87 FR 62186): the license requirement covered China.
inline constexpr regulation eccn_3a090_2022{
    .key = "3a090-2022",
    .name = "ECCN 3A090 and 4A090 created; license requirement for China (October 2022)",
    .source = rules::eccn_3a090_2022.source,
    .effective = rules::eccn_3a090_2022.effective,
    .last_day = rules::eccn_3a090_2022.last_day,
    .status = verification::primary_quoted,
    .doubt =
        "2022 Technical Notes (TOPS, 'primitive computational unit', transfer-rate counting) and the exact 2022 "
        "4A090 text not read; presumption-of-denial review for China from secondary sources",
};

// Macau added to the 3A090/4A090 license requirement and to the review policy of 742.6(b)(10).
inline constexpr regulation macau_2023{
    .key = "macau-2023",
    .name = "Macau added to the advanced-computing license requirement (January 2023)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor "
                        "Manufacturing Items; Supercomputer and Semiconductor End Use; Entity List Modification; "
                        "Updates to the Controls To Add Macau",
               .federal_register = "88 FR 2821",
               .document_number = "2023-00888",
               .published = 2023y / std::chrono::January / 18,
               .url = "https://www.federalregister.gov/d/2023-00888"},
    .effective = 2023y / std::chrono::January / 17,
    .last_day = 2023y / std::chrono::November / 16,
    .status = verification::primary_quoted,
    .doubt =
        "88 FR 2821's title and citation are read; its effective date (2023-01-17) is known from verbatim "
        "quotations of its DATES section; it added Macau to the 3A090/4A090 license requirement and review policy "
        "but not to Country Group D:5",
};

// ECCN 3A090 as revised (88 FR 73458): TPP and performance density; scope D:1, D:4, D:5 less
// A:5/A:6; License Exception NAC; the headquarters end-user control of 744.23(a)(3).
inline constexpr regulation eccn_3a090_2023{
    .key = "3a090-2023",
    .name = "ECCN 3A090 revised; scope D:1, D:4, D:5 except A:5/A:6; License Exception NAC (November 2023)",
    .source = rules::eccn_3a090_2023.source,
    .effective = rules::eccn_3a090_2023.effective,
    .last_day = std::nullopt,
    .status = verification::primary,
    .doubt =
        "742.6(a)(6)(iii) and the review policy of 742.6(b)(10)(ii) were read in the text as corrected on "
        "2024-04-04 (the 2023-11-17 wording was not read separately); the 2023 group memberships are inferred "
        "from the 2026 tables",
};

// Corrections rule: License Exception NAC split into NAC (notified, D:5 and Macau) and ACA.
inline constexpr regulation nac_aca_2024{
    .key = "nac-aca-2024",
    .name = "License Exception NAC split into NAC and ACA (April 2024)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing Items; "
                        "Supercomputer and Semiconductor End Use; Updates and Corrections; and Export Controls on "
                        "Semiconductor Manufacturing Items; Corrections and Clarifications",
               .federal_register = "89 FR 23876",
               .document_number = "2024-07004",
               .published = 2024y / std::chrono::April / 4,
               .url = "https://www.federalregister.gov/d/2024-07004"},
    .effective = 2024y / std::chrono::April / 4,
    .status = verification::primary_quoted,
    .doubt = "the NAC notification lead time (25 days) is from secondary sources; 740.8(a)(2) not read",
};

// 3A090.c high-bandwidth memory and License Exception HBM (740.25).
inline constexpr regulation hbm_2024{
    .key = "hbm-2024",
    .name = "ECCN 3A090.c high-bandwidth memory and License Exception HBM (December 2024)",
    .source = {.title = "Foreign-Produced Direct Product Rule Additions, and Refinements to Controls for Advanced "
                        "Computing and Semiconductor Manufacturing Items",
               .federal_register = "89 FR 96790",
               .document_number = "2024-28270",
               .published = 2024y / std::chrono::December / 5,
               .url = "https://www.federalregister.gov/d/2024-28270"},
    .effective = 2024y / std::chrono::December / 2,
    .status = verification::primary,
    .doubt =
        "License Exception HBM's exporter-headquarters condition (United States or A:5) is from a secondary "
        "source",
};

// Framework for Artificial Intelligence Diffusion: worldwide requirement for 3A090.a, tiers,
// AIA/ACM/LPP, 4E091. BIS announced on 2025-05-13 that it would not enforce it.
inline constexpr regulation ai_diffusion_2025{
    .key = "ai-diffusion-2025",
    .name =
        "Framework for Artificial Intelligence Diffusion (January 2025; compliance from 2025-05-15, never "
        "enforced)",
    .source = {.title = "Framework for Artificial Intelligence Diffusion",
               .federal_register = "90 FR 4544",
               .document_number = "2025-00636",
               .published = 2025y / std::chrono::January / 15,
               .url = "https://www.federalregister.gov/d/2025-00636"},
    .effective = 2025y / std::chrono::January / 13,
    // BIS announced non-enforcement two days before the compliance date: nobody ever had to comply.
    .not_enforced_from = 2025y / std::chrono::May / 13,
    .compliance_from = 2025y / std::chrono::May / 15,
    .status = verification::primary,
    .doubt =
        "non-enforcement from 2025-05-13 rests on the BIS press release of that day (no Federal Register "
        "rescission was published); the Tier 1 list, the 790,000,000 TPP country cap and the 26,900,000 TPP LPP "
        "allowance are from secondary sources",
};

// Due-diligence rule for front-end fabricators and OSATs (Note 1 to 3A090.a).
inline constexpr regulation foundry_2025{
    .key = "foundry-2025",
    .name = "Foundry and OSAT due diligence: presumption of 3A090.a (January 2025)",
    .source = {.title = "Implementation of Additional Due Diligence Measures for Advanced Computing Integrated "
                        "Circuits",
               .federal_register = "90 FR 5298",
               .document_number = "2025-00711",
               .published = 2025y / std::chrono::January / 16,
               .url = "https://www.federalregister.gov/d/2025-00711"},
    .effective = 2025y / std::chrono::January / 16,
    .status = verification::primary,
    .doubt = "the text gives no transistor-count figure for packages without HBM exported in 2028",
};

inline constexpr regulation foundry_correction_2025{
    .key = "foundry-correction-2025",
    .name = "Correction to the 3A090 license requirement (February 2025)",
    .source = {.title = "Implementation of Additional Due Diligence Measures for Advanced Computing Integrated "
                        "Circuits; Correction",
               .federal_register = "90 FR 9604",
               .document_number = "2025-02655",
               .published = 2025y / std::chrono::February / 14,
               .url = "https://www.federalregister.gov/d/2025-02655"},
    .effective = 2025y / std::chrono::February / 11,
    .status = verification::primary,
};

// The April 2025 "is-informed" letters: company-specific and without a public threshold.
inline constexpr regulation h20_notice_2025{
    .key = "h20-notice-2025",
    .name = "License requirement for the NVIDIA H20 by is-informed letter (April 2025)",
    .source = {.title = "NVIDIA Corporation, Form 8-K (is-informed letter of April 9, 2025)",
               .federal_register = "",
               .document_number = "SEC Form 8-K, filed 2025-04-15",
               .published = 2025y / std::chrono::April / 15,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K"},
    .effective = 2025y / std::chrono::April / 9,
    .status = verification::primary_quoted,
    .doubt =
        "the letter is not public; the circuits 'achieving the H20's memory bandwidth, interconnect bandwidth, "
        "or combination thereof' have no public numeric threshold (figures of 1,400/1,100/1,700 GB/s are "
        "unverified and not used)",
};

inline constexpr regulation mi308_notice_2025{
    .key = "mi308-notice-2025",
    .name = "License requirement for the AMD MI308 by is-informed letter (April 2025)",
    .source = {.title = "Advanced Micro Devices, Inc., filing on the MI308 license requirement (April 2025)",
               .federal_register = "",
               .document_number = "SEC filing, April 2025",
               .published = 2025y / std::chrono::April / 16,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000002488&type=8-K"},
    .effective = 2025y / std::chrono::April / 15,
    .status = verification::secondary,
    .doubt =
        "the MI308 requirement is known from news and AMD risk factors only; the day (2025-04-15) is not "
        "verified (April 2025 is); no public threshold",
};

// License review policy for China and Macau: case-by-case below TPP 21,000 and total DRAM
// bandwidth 6,500 GB/s, for exports from the United States, under certifications.
inline constexpr regulation china_case_by_case_2026{
    .key = "china-case-by-case-2026",
    .name = "Revision to License Review Policy for Advanced Computing Commodities (January 2026)",
    .source = {.title = "Revision to License Review Policy for Advanced Computing Commodities",
               .federal_register = "91 FR 1684",
               .document_number = "2026-00789",
               .published = 2026y / std::chrono::January / 15,
               .url = "https://www.federalregister.gov/d/2026-00789"},
    .effective = 2026y / std::chrono::January / 15,
    .status = verification::primary_quoted,
    .doubt =
        "the 'total DRAM bandwidth' definition (notes to paragraph (dd)(1) of Supp. No. 2 to Part 748) not read; "
        "the 50% volume cap, KYC and remote-access conditions and the limit to exports from the United States "
        "are from secondary summaries",
};

// Section 232 tariff on covered advanced chips (Presidential Proclamation of January 14, 2026).
inline constexpr regulation section_232_2026{
    .key = "section-232-2026",
    .name =
        "Section 232 tariff of 25% on covered advanced computing chips and articles containing them (January "
        "2026)",
    .source = {.title = "Proclamation 11002, Adjusting Imports of Semiconductors, Semiconductor Manufacturing "
                        "Equipment, and Their Derivative Products into the United States (CBP CSMS # 67400472)",
               .federal_register = "",
               .document_number = "Proclamation 11002 of 2026-01-14 (Federal Register citation not found)",
               .published = 2026y / std::chrono::January / 14,
               .url = "https://content.govdelivery.com/accounts/USDHSCBP/bulletins/4047318"},
    .effective = 2026y / std::chrono::January / 15,
    .status = verification::primary,
    .doubt =
        "the bands and covered HTS provisions are read in CBP's guidance (CSMS # 67400472), the proclamation's "
        "Federal Register text was not found; the end-use exemptions are from secondary summaries",
};

// Country Group changes that move a destination in or out of a license requirement.
inline constexpr regulation nicaragua_2024{
    .key = "nicaragua-d5-2024",
    .name = "Nicaragua added to Country Groups D:1 and D:5 (March 2024)",
    .source = {.title = "Revisions To Export, Reexport, and Transfer (In-Country) Controls for Nicaragua Under the "
                        "Export Administration Regulations",
               .federal_register = "89 FR 18780",
               .document_number = "2024-05696",
               .published = 2024y / std::chrono::March / 15,
               .url = "https://www.federalregister.gov/d/2024-05696"},
    .effective = 2024y / std::chrono::March / 15,
    .status = verification::primary,
    .doubt = "Nicaragua's move into D:1 (as opposed to D:5) is from a secondary source",
};

inline constexpr regulation cyprus_2024{
    .key = "cyprus-d5-2024",
    .name = "Cyprus removed from Country Group D:5 (May 2024)",
    .source = {.title = "Conforming and Clarifying Changes to the Export Administration Regulations (EAR)",
               .federal_register = "89 FR 40369",
               .document_number = "2024-10280",
               .published = 2024y / std::chrono::May / 10,
               .url = "https://www.federalregister.gov/d/2024-10280"},
    .effective = 2024y / std::chrono::May / 30,
    .status = verification::primary,
    .doubt =
        "whether the State Department rule effective 2023-10-01 already ended Cyprus's D:5 status is not "
        "verified",
};

inline constexpr regulation cambodia_2025{
    .key = "cambodia-d5-2025",
    .name = "Cambodia removed from ITAR 126.1 and so from Country Group D:5 (November 2025)",
    .source = {.title = "Department of State, ITAR 126.1 amendment (Cambodia); BIS conforming rule effective "
                        "2026-02-03 (RIN 0694-AK41)",
               .federal_register = "",
               .document_number = "RIN 0694-AK41 (Federal Register citation not found)",
               .published = 2025y / std::chrono::November / 7,
               .url = ""},
    .effective = 2025y / std::chrono::November / 7,
    .status = verification::secondary,
    .doubt =
        "Cambodia's D:5 end date (2025-11-07 under the note to D:5; table amended 2026-02-03) is from secondary "
        "sources",
};

// The UAE rule of July 2026: the UAE out of D:3 and D:4 and into A:5; license-free access to
// 3A090.a/.b and 4A090.a/.b items for the UAE Government, the entities of a new Supplement No. 8 to
// Part 740 and named US companies' UAE subsidiaries; everyone else still needs a license.
inline constexpr regulation uae_2026{
    .key = "uae-a5-2026",
    .name =
        "Enhanced Favorable Treatment for the United Arab Emirates: the UAE moved to Country Group A:5 and out "
        "of D:3 and D:4; license-free advanced computing items for named UAE end users (July 2026)",
    .source = {.title = "Enhanced Favorable Treatment for the United Arab Emirates Under the Export Administration "
                        "Regulations (RIN 0694-AK54)",
               .federal_register = "91 FR 43034",
               .document_number = "2026-14132",
               .published = 2026y / std::chrono::July / 14,
               .url = "https://www.federalregister.gov/d/2026-14132"},
    .effective = 2026y / std::chrono::July / 10,
    .status = verification::secondary,
    .doubt =
        "the UAE rule of July 2026 (FR Doc 2026-14132, 91 FR 43034) was not read here: its effective date "
        "(2026-07-10), the move to A:5, Supplement No. 8 to Part 740 (G42 and Core42, lapsing on 2027-04-06 "
        "unless renewed) and the named US companies (Amazon, Apple, Google, Meta, Microsoft, OpenAI, Oracle, "
        "xAI) are from an audit quoting secondary digests; whether 2027-04-06 is the last day or the first day "
        "without the authorization is not known (the library ends it the day before); the review policy for "
        "other UAE end users is not public",
};

// --- Company notices ("is-informed" letters) before the 2022 and 2023 rules took effect -------------

inline constexpr regulation nvidia_notice_2022{
    .key = "nvidia-notice-2022",
    .name =
        "License requirement for NVIDIA A100 and H100 to China, Hong Kong and Russia by is-informed letter "
        "(August 2022)",
    .source = {.title = "NVIDIA Corporation, Form 8-K filed 2022-08-31 (Item 8.01: letter of August 26, 2022)",
               .federal_register = "",
               .document_number = "SEC Form 8-K, filed 2022-08-31",
               .published = 2022y / std::chrono::August / 31,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K"},
    .effective = 2022y / std::chrono::August / 26,
    // From 2022-10-07 the rule itself requires a license for the same items to China; Russia is under
    // Part 746. The letter was not withdrawn publicly: the end date is the library's reading.
    .last_day = 2022y / std::chrono::October / 6,
    .status = verification::primary_quoted,
    .doubt =
        "the 8-K is known through verbatim press quotations; the letter's 'roughly the A100' performance and "
        "I/O thresholds for future chips are not public; the letter's end is inferred from the October 2022 "
        "rule that codified it",
};

inline constexpr regulation amd_notice_2022{
    .key = "amd-notice-2022",
    .name = "License requirement for AMD MI250 to China (August 2022, AMD statement)",
    .source = {.title = "AMD statement to the press on the MI250 license requirement (reported by Reuters, "
                        "August 31, 2022)",
               .federal_register = "",
               .document_number = "press statement; no SEC filing found",
               .published = 2022y / std::chrono::August / 31,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000002488&type=8-K"},
    .effective = 2022y / std::chrono::August / 31,
    .last_day = 2022y / std::chrono::October / 6,
    .status = verification::secondary,
    .doubt =
        "AMD's MI250 requirement is known only from press reports of an AMD spokesperson's statement (no AMD "
        "filing found); the day it took effect is not known (2022-08-31 is the day it was reported); the MI250X "
        "and Russia were not named",
};

inline constexpr regulation nvidia_notice_2023{
    .key = "nvidia-notice-2023",
    .name =
        "October 2023 rule's license requirements effective immediately for NVIDIA A100, A800, H100, H800 and "
        "L40S (letter of October 23, 2023)",
    .source = {.title = "NVIDIA Corporation, Form 8-K filed 2023-10-24 (Item 8.01)",
               .federal_register = "",
               .document_number = "SEC Form 8-K, filed 2023-10-24",
               .published = 2023y / std::chrono::October / 24,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K"},
    .effective = 2023y / std::chrono::October / 23,
    .last_day = 2023y / std::chrono::November / 16,
    .status = verification::secondary,
    .doubt =
        "NVIDIA's 8-K of 2023-10-24 was not read; the product list (A100, A800, H100, H800, L40S) and whether "
        "the acceleration covered every destination of the rule or only China are from press reports; NVIDIA's "
        "8-K of 2023-10-17, quoted by secondary sources, says the October 2023 rule imposes licensing for China "
        "and Country Groups D1, D4 and D5 (naming Saudi Arabia, the UAE and Vietnam), so the notice very likely "
        "reached those destinations too",
};

// --- The headquarters (party) rule --------------------------------------------------------------

// 15 CFR 744.23(a)(3)(i), added by 88 FR 73458: a license for 3A090/4A090 (and the .z items) to an
// entity headquartered in, or whose ultimate parent is headquartered in, Macau or D:5, wherever it
// is located; knowledge-based. Review: 744.23(d).
inline constexpr regulation headquarters_2023{
    .key = "headquarters-2023",
    .name =
        "License required for advanced computing items for entities headquartered in Macau or Country Group "
        "D:5, wherever located (15 CFR 744.23(a)(3), November 2023)",
    .source = rules::eccn_3a090_2023.source,
    .effective = rules::eccn_3a090_2023.effective,
    .status = verification::primary,
    .doubt =
        "744.23(a)(3)(i) and (d) were read in the text as amended 2024-04-04 (the 2023-11-17 wording was not "
        "read separately); that 744.23(a)(3) still carries the .b items after 2025-01-13 is not verified",
};

// The AI Diffusion rule moved the .a items into 742.6(a)(6)(iii)(A); BIS guidance of 2026-05-31
// says that requirement is enforced for D:5/Macau-headquartered entities.
inline constexpr regulation headquarters_guidance_2026{
    .key = "headquarters-guidance-2026",
    .name =
        "Guidance Regarding Enforcement of License Requirements for Advanced Computing Items for Entities "
        "Headquartered in Country Group D:5 and Macau (BIS, May 2026)",
    .source = {.title = "Guidance Regarding Enforcement of License Requirements for Advanced Computing Items for "
                        "Entities Headquartered in Country Group D:5 and Macau",
               .federal_register = "",
               .document_number = "BIS guidance of 2026-05-31",
               .published = 2026y / std::chrono::May / 31,
               .url = "https://www.bis.gov/"},
    .effective = 2025y / std::chrono::January / 13,
    .status = verification::primary_quoted,
    .doubt =
        "the guidance was read in a verbatim reproduction, not on bis.gov; the text of 742.6(a)(6)(iii)(A) itself "
        "and the review policy for .a items under it were not read",
};

// --- The Entity List (Supp. No. 4 to Part 744): additions that matter for AI compute ------------------
// Each entry requires a license for all items subject to the EAR, whatever the item (744.11), and
// no license exception overcomes it.

inline constexpr regulation entity_list_huawei_2019{
    .key = "entity-list-huawei-2019",
    .name = "Entity List: Huawei Technologies Co., Ltd. and affiliates (May 2019; foreign direct product footnote 1)",
    .source = {.title = "Addition of Entities to the Entity List",
               .federal_register = "84 FR 22961",
               .document_number = "2019-10616",
               .published = 2019y / std::chrono::May / 21,
               .url = "https://www.federalregister.gov/d/2019-10616"},
    .effective = 2019y / std::chrono::May / 16,
    .status = verification::secondary,
    .doubt =
        "Huawei's Entity List entry: the 84 FR 22961 citation and FR Doc 2019-10616 were not read; the "
        "effective date (2019-05-16, 4:15 pm) and the presumption of denial are from law-firm alerts; the "
        "foreign direct product footnote 1 (May and August 2020) and the affiliates added on 2019-08-19 and "
        "2020-08-17 are from secondary sources; only the affiliates named here are matched",
};

inline constexpr regulation entity_list_sugon_2019{
    .key = "entity-list-sugon-2019",
    .name = "Entity List: Sugon (Dawning Information Industry) and exascale computing entities (June 2019)",
    .source = {.title = "Addition of Entities to the Entity List and Revision of an Entry on the Entity List",
               .federal_register = "84 FR 29371",
               .document_number = "2019-13245",
               .published = 2019y / std::chrono::June / 24,
               .url = "https://www.federalregister.gov/d/2019-13245"},
    .effective = 2019y / std::chrono::June / 24,
    .status = verification::secondary,
    .doubt =
        "Sugon's Entity List entry: citation read, text not read; its aliases and the presumption of denial "
        "are from a law-firm alert; the effective date is taken as the publication date",
};

inline constexpr regulation entity_list_smic_2020{
    .key = "entity-list-smic-2020",
    .name =
        "Entity List: Semiconductor Manufacturing International Corporation (SMIC) and ten affiliates (December "
        "2020)",
    .source = {.title = "Addition of Entities to the Entity List, Revision of Entry on the Entity List, and Removal of "
                        "Entities From the Entity List",
               .federal_register = "85 FR 83416",
               .document_number = "2020-28031",
               .published = 2020y / std::chrono::December / 22,
               .url = "https://www.federalregister.gov/d/2020-28031"},
    .effective = 2020y / std::chrono::December / 18,
    .status = verification::primary_quoted,
    .doubt =
        "SMIC's review policy (case-by-case, presumption of denial for items uniquely required for 10 nm and "
        "below) is from law-firm alerts; later changes to SMIC's entry were not checked",
};

inline constexpr regulation entity_list_gpu_2023{
    .key = "entity-list-gpu-2023",
    .name = "Entity List: Biren Technology, Moore Threads and their subsidiaries (October 2023)",
    .source = {.title = "Entity List Additions",
               .federal_register = "88 FR 71991",
               .document_number = "2023-23048",
               .published = 2023y / std::chrono::October / 19,
               .url = "https://www.federalregister.gov/d/2023-23048"},
    .effective = 2023y / std::chrono::October / 17,
    .status = verification::primary_quoted,
    .doubt =
        "the 13 entities of 88 FR 71991 were read as a count; the names Biren and Moore Threads, the presumption "
        "of denial and footnote 4 are from law-firm alerts",
};

inline constexpr regulation entity_list_zhipu_2025{
    .key = "entity-list-zhipu-2025",
    .name = "Entity List: Beijing Zhipu Huazhang Technology Co., Ltd. (Zhipu AI) (January 2025)",
    .source = {.title = "Addition of Entities to and Revision of Entry on the Entity List",
               .federal_register = "90 FR 4617",
               .document_number = "2025-00704",
               .published = 2025y / std::chrono::January / 16,
               .url = "https://www.federalregister.gov/d/2025-00704"},
    .effective = 2025y / std::chrono::January / 16,
    .status = verification::primary_quoted,
    .doubt =
        "Zhipu AI's entry: citation and effective date from the Federal Register's metadata; the entry's text, "
        "its aliases and review policy were not read (review stated as not public)",
};

inline constexpr regulation entity_list_sophgo_2025{
    .key = "entity-list-sophgo-2025",
    .name = "Entity List: Sophgo Technologies Ltd. (January 2025)",
    .source = {.title = "Additions to the Entity List",
               .federal_register = "90 FR 4621",
               .document_number = "2025-00480",
               .published = 2025y / std::chrono::January / 16,
               .url = "https://www.federalregister.gov/d/2025-00480"},
    .effective = 2025y / std::chrono::January / 16,
    .status = verification::primary_quoted,
    .doubt =
        "Sophgo's entry: citation and effective date from the Federal Register's metadata, the name from the "
        "trade press; the entry's text and review policy were not read (review stated as not public)",
};

// The Affiliates rule: Entity List restrictions reach entities at least 50 % owned by listed parties.
inline constexpr regulation affiliates_rule_2025{
    .key = "affiliates-rule-2025",
    .name = "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities (50 % rule)",
    .source = {.title = "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities",
               .federal_register = "",
               .document_number = "FR Doc 2025-19001 (Federal Register page not verified)",
               .published = 2025y / std::chrono::September / 29,
               .url = "https://www.federalregister.gov/d/2025-19001"},
    .effective = 2025y / std::chrono::September / 29,
    .status = verification::secondary,
    .doubt =
        "the Affiliates (50 %) rule, effective 2025-09-29, was suspended from 2025-11-10 to 2026-11-09 and "
        "returns on 2026-11-10 unless extended (secondary; whether it was extended is not known; its Federal "
        "Register page is not verified); ownership of the end user is not an input, so it is not applied",
};

// The HBM headquarters prong of the December 2024 rule.
inline constexpr regulation hbm_headquarters_2024{
    .key = "hbm-headquarters-2024",
    .name =
        "License required for 3A090.c HBM for entities headquartered in Macau or Country Group D:5, wherever "
        "located (December 2024, as reported)",
    .source = hbm_2024.source,
    .effective = hbm_2024.effective,
    .status = verification::secondary,
    .doubt =
        "the HBM headquarters prong (15 CFR 744.23(a)(3)(i)(B) as one compliance repository places it) is from "
        "secondary sources, the rule's text was not read; several firms give 2024-12-31 as the compliance date "
        "of 'most' provisions, and whether 3A090.c was among them is not known (applied from 2024-12-02)",
};

// --- Part 746: embargoes and other special controls ------------------------------------------------

inline constexpr regulation embargo_cuba{
    .key = "embargo-cuba",
    .name = "Cuba: license required for all items subject to the EAR (15 CFR 746.2)",
    .source = {.title = "15 CFR 746.2 Cuba (source note 61 FR 12802, March 25, 1996)",
               .federal_register = "61 FR 12802",
               .document_number = "",
               .published = 1996y / std::chrono::March / 25,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.2"},
    .effective = 1996y / std::chrono::March / 25,
    .status = verification::primary,
};

inline constexpr regulation embargo_north_korea{
    .key = "embargo-north-korea",
    .name =
        "North Korea: license required for all items subject to the EAR except EAR99 food and medicine (15 CFR "
        "746.4)",
    .source = {.title = "15 CFR 746.4 North Korea (source note 72 FR 3725, January 26, 2007)",
               .federal_register = "72 FR 3725",
               .document_number = "",
               .published = 2007y / std::chrono::January / 26,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.4"},
    .effective = 2007y / std::chrono::January / 26,
    .status = verification::primary,
    .doubt =
        "the review policy for other CCL items (746.4(b)(5), pointing to 742.19(b)) was not read; a general "
        "policy of denial is assumed",
};

inline constexpr regulation embargo_iran{
    .key = "embargo-iran",
    .name = "Iran: license required for CCL items (AT column 1 and others), no license exceptions (15 CFR 746.7)",
    .source = {.title = "15 CFR 746.7 Iran (source note 74 FR 2358, January 15, 2009)",
               .federal_register = "74 FR 2358",
               .document_number = "",
               .published = 2009y / std::chrono::January / 15,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.7"},
    .effective = 2009y / std::chrono::January / 15,
    .status = verification::primary,
};

inline constexpr regulation embargo_syria{
    .key = "embargo-syria",
    .name =
        "Syria: license required for all items subject to the EAR except EAR99 food and medicine, general "
        "policy of denial (15 CFR 746.9)",
    .source = {.title = "15 CFR 746.9 Syria (General Order No. 2 of May 14, 2004; source note 76 FR 77117)",
               .federal_register = "76 FR 77117",
               .document_number = "",
               .published = 2011y / std::chrono::December / 12,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.9"},
    .effective = 2004y / std::chrono::May / 14,
    .last_day = 2025y / std::chrono::September / 1,
    .status = verification::primary,
};

inline constexpr regulation embargo_syria_2025{
    .key = "embargo-syria-2025",
    .name = "Syria: license still required for items subject to the EAR, more favourable review (September 2025)",
    .source = {.title = "Relaxing Export Controls for Syria",
               .federal_register = "90 FR 42315",
               .document_number = "2025-16724",
               .published = 2025y / std::chrono::September / 2,
               .url = "https://www.federalregister.gov/d/2025-16724"},
    .effective = 2025y / std::chrono::September / 2,
    .status = verification::primary,
    .doubt =
        "the new review policy of 746.9(c) (presumption of approval for most civil end uses, case-by-case "
        "otherwise) is from secondary summaries",
};

inline constexpr regulation embargo_russia{
    .key = "embargo-russia",
    .name = "Russia: license required for items on the Commerce Control List, policy of denial (15 CFR 746.8)",
    .source = {.title = "Implementation of Sanctions Against Russia Under the Export Administration Regulations (EAR)",
               .federal_register = "87 FR 12226",
               .document_number = "2022-04300",
               .published = 2022y / std::chrono::March / 3,
               .url = "https://www.federalregister.gov/d/2022-04300"},
    .effective = 2022y / std::chrono::February / 24,
    .status = verification::primary,
    .doubt =
        "from 2022-02-24 to 2022-04-07 the requirement covered CCL Categories 3 to 9 (secondary summary), which "
        "includes every item the library classifies",
};

inline constexpr regulation embargo_belarus{
    .key = "embargo-belarus",
    .name = "Belarus: the Russia sanctions of 15 CFR 746.8 extended to Belarus (March 2022)",
    .source = {.title = "Imposition of Sanctions Against Belarus Under the Export Administration Regulations (EAR)",
               .federal_register = "87 FR 13048",
               .document_number = "2022-04819",
               .published = 2022y / std::chrono::March / 8,
               .url = "https://www.federalregister.gov/d/2022-04819"},
    .effective = 2022y / std::chrono::March / 2,
    .status = verification::primary,
};

inline constexpr regulation embargo_ukraine_regions{
    .key = "embargo-ukraine-regions",
    .name =
        "Crimea and the covered regions of Ukraine (so-called DNR and LNR): license required for all items "
        "subject to the EAR except EAR99 food and medicine (15 CFR 746.6)",
    .source = {.title = "Russian Sanctions: Licensing Policy for the Crimea Region of Ukraine (80 FR 4776); covered "
                        "regions added by 87 FR 12226",
               .federal_register = "80 FR 4776",
               .document_number = "2015-01638",
               .published = 2015y / std::chrono::January / 29,
               .url = "https://www.federalregister.gov/d/2015-01638"},
    .effective = 2015y / std::chrono::January / 29,
    .status = verification::primary,
    .doubt = "whether regions other than Crimea, DNR and LNR were added after 2023 was not verified",
};

inline constexpr regulation cuba_e1_2015{
    .key = "cuba-e1-2015",
    .name = "Cuba removed from Country Group E:1 (stays in E:2) (July 2015)",
    .source = {.title = "Cuba: Implementing Rescission of State Sponsor of Terrorism Designation",
               .federal_register = "80 FR 43314",
               .document_number = "2015-17981",
               .published = 2015y / std::chrono::July / 22,
               .url = "https://www.federalregister.gov/d/2015-17981"},
    .effective = 2015y / std::chrono::July / 22,
    .status = verification::primary,
    .doubt = "no later BIS rule returning Cuba to E:1 (after the 2021 State designation) was found",
};

// --- Guidance and notes that change no answer but must be said -----------------------------------

inline constexpr regulation gp10_huawei_2025{
    .key = "gp10-huawei-2025",
    .name =
        "BIS guidance on General Prohibition 10 and PRC advanced-computing ICs, naming Huawei Ascend 910B, 910C "
        "and 910D (May 2025)",
    .source = {.title = "Guidance on Application of General Prohibition 10 (GP10) to People's Republic of China (PRC) "
                        "Advanced-Computing Integrated Circuits (ICs)",
               .federal_register = "",
               .document_number = "BIS guidance of 2025-05-13",
               .published = 2025y / std::chrono::May / 13,
               .url = "https://www.bis.gov/"},
    .effective = 2025y / std::chrono::May / 13,
    .status = verification::secondary,
    .doubt =
        "the GP10 guidance of 2025-05-13 is known from law-firm summaries (text not read): PRC-developed 3A090 ICs, "
        "naming Huawei Ascend 910B, 910C and 910D, are presumed produced in "
        "violation of the EAR, and exporting, transferring or using them without BIS authorization risks "
        "violating GP10 (no specific URL of the guidance was found); BIS removed 'anywhere in the world violates' from "
        "its press release on 2025-05-15 "
        "(reported 2025-05-20), the guidance still lists the three chips; the list of PRC designers is the "
        "library's (inferred)",
};

inline constexpr regulation gao_b337935{
    .key = "gao-b-337935",
    .name =
        "GAO decision B-337935: the May 2025 non-enforcement of the AI Diffusion rule is itself a rule never "
        "submitted under the Congressional Review Act",
    .source = {.title = "U.S. Department of Commerce, Bureau of Industry and Security: Applicability of the "
                        "Congressional Review Act to the Rescission of the Artificial Intelligence Diffusion Rule",
               .federal_register = "",
               .document_number = "GAO B-337935",
               .published = 2026y / std::chrono::May / 12,
               .url = "https://www.gao.gov/products/b-337935"},
    .effective = 2026y / std::chrono::May / 12,
    .status = verification::primary,
    .doubt =
        "legal doubt (GAO B-337935, 2026-05-12): GAO holds the May 2025 non-enforcement press release to be a rule "
        "never submitted under the Congressional Review Act, so the AI Diffusion rule may remain legally in effect; "
        "BIS has not enforced it and the answer does not change",
};

// Every entry, by effective date.
inline constexpr std::array<const regulation*, 40> all{
    &embargo_syria,
    &embargo_cuba,
    &entity_list_huawei_2019,
    &entity_list_sugon_2019,
    &entity_list_smic_2020,
    &entity_list_gpu_2023,
    &entity_list_zhipu_2025,
    &entity_list_sophgo_2025,
    &affiliates_rule_2025,
    &hbm_headquarters_2024,
    &cuba_e1_2015,
    &embargo_north_korea,
    &embargo_iran,
    &embargo_ukraine_regions,
    &embargo_russia,
    &embargo_belarus,
    &nvidia_notice_2022,
    &amd_notice_2022,
    &eccn_3a090_2022,
    &macau_2023,
    &nvidia_notice_2023,
    &eccn_3a090_2023,
    &headquarters_2023,
    &nicaragua_2024,
    &nac_aca_2024,
    &cyprus_2024,
    &hbm_2024,
    &ai_diffusion_2025,
    &headquarters_guidance_2026,
    &foundry_2025,
    &foundry_correction_2025,
    &h20_notice_2025,
    &mi308_notice_2025,
    &gp10_huawei_2025,
    &embargo_syria_2025,
    &cambodia_2025,
    &china_case_by_case_2026,
    &section_232_2026,
    &gao_b337935,
    &uae_2026,
};

// Looks an entry up by key; nullptr when unknown.
constexpr const regulation* find(std::string_view key) noexcept {
  for (const regulation* r : all) {
    if (r->key == key) return r;
  }
  return nullptr;
}

}  // namespace regulations
}  // namespace accelspec::policy
