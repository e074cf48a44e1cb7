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
  verification status = verification::primary;
  std::string_view doubt{};  // what is not verified about this entry; empty when nothing

  // In force and enforced on the date.
  [[nodiscard]] constexpr bool applies_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day) && (!not_enforced_from || d < *not_enforced_from);
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
                        "Manufacturing Items; Supercomputer and Semiconductor End Use; Updates to the Controls To Add "
                        "Macau",
               .federal_register = "88 FR 2821",
               .document_number = "2023-00888",
               .published = 2023y / std::chrono::January / 18,
               .url = "https://www.federalregister.gov/d/2023-00888"},
    .effective = 2023y / std::chrono::January / 17,
    .last_day = 2023y / std::chrono::November / 16,
    .status = verification::secondary,
    .doubt = "the January 2023 addition of Macau (88 FR 2821) is known from secondary summaries only",
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
        "license review policy of 742.6(b)(10) (presumption of denial for D:5 and Macau, approval for other "
        "D:1/D:4) known from secondary summaries; the 2023 group memberships are inferred from the 2026 tables",
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
    .name = "Framework for Artificial Intelligence Diffusion (January 2025; not enforced from May 2025)",
    .source = {.title = "Framework for Artificial Intelligence Diffusion",
               .federal_register = "90 FR 4544",
               .document_number = "2025-00636",
               .published = 2025y / std::chrono::January / 15,
               .url = "https://www.federalregister.gov/d/2025-00636"},
    .effective = 2025y / std::chrono::January / 13,
    .not_enforced_from = 2025y / std::chrono::May / 13,
    .status = verification::primary,
    .doubt =
        "non-enforcement from 2025-05-13 is known from the BIS announcement as reported (no Federal Register "
        "rescission found); the Tier 1 list, the 790,000,000 TPP country cap and the 26,900,000 TPP LPP "
        "allowance are from secondary sources; Tier 2 license review policy not read",
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
    .name = "Section 232 tariff of 25% on covered advanced computing chips (January 2026)",
    .source = {.title = "Presidential Proclamation of January 14, 2026 (Section 232, semiconductors), annex",
               .federal_register = "",
               .document_number = "Proclamation of 2026-01-14 (Federal Register citation not found)",
               .published = 2026y / std::chrono::January / 14,
               .url = "https://www.whitehouse.gov/presidential-actions/"},
    .effective = 2026y / std::chrono::January / 15,
    .status = verification::secondary,
    .doubt =
        "the tariff bands come from a secondary copy of the annex; whether the band endpoints are inclusive is "
        "not verified",
};

// Country Group changes that move a destination in or out of a license requirement.
inline constexpr regulation nicaragua_2024{
    .key = "nicaragua-d5-2024",
    .name = "Nicaragua added to Country Groups D:1 and D:5 (March 2024)",
    .source = {.title = "(title not recorded) rule adding Nicaragua to Country Group D:5",
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
    .source = {.title = "(title not recorded) conforming changes: Cyprus no longer in Country Group D:5",
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

inline constexpr regulation uae_2026{
    .key = "uae-a5-2026",
    .name = "United Arab Emirates moved to Country Group A:5 and out of D:4; named in the 3A090.b scope (2026)",
    .source = {.title = "eCFR 15 CFR Part 740 Supp. No. 1 and Part 774 Supp. No. 1, issue of 2026-07-23",
               .federal_register = "",
               .document_number = "amending rule not found",
               .published = 2026y / std::chrono::July / 23,
               .url = "https://www.ecfr.gov/current/title-15/part-740/appendix-Supplement%20No.%201%20to%20Part%20740"},
    .effective = 2026y / std::chrono::July / 23,
    .status = verification::unverified,
    .doubt =
        "the UAE change took effect between 2026-07-08 and 2026-07-23; the Federal Register rule was not found, "
        "so 2026-07-23 is an upper bound",
};

// Every entry, by effective date.
inline constexpr std::array<const regulation*, 16> all{
    &eccn_3a090_2022,  &macau_2023,
    &eccn_3a090_2023,  &nicaragua_2024,
    &nac_aca_2024,     &cyprus_2024,
    &hbm_2024,         &ai_diffusion_2025,
    &foundry_2025,     &foundry_correction_2025,
    &h20_notice_2025,  &mi308_notice_2025,
    &cambodia_2025,    &china_case_by_case_2026,
    &section_232_2026, &uae_2026,
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
