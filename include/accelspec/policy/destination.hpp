// Destinations: ISO 3166-1 alpha-2 codes and the EAR Country Group memberships the
// advanced-computing rules use (Supp. No. 1 to 15 CFR Part 740: A:5, A:6, D:1, D:4, D:5), with
// their dated changes, and the AI Diffusion framework's tiers. An unknown code is an error, never
// "no license needed".
//
// Hong Kong (HK) is a valid code but not a separate destination for the EAR since 2020-12-23
// (85 FR 83765): every group lookup treats it as China. Macau (MO) is not in D:5; the rules name
// "Macau or a destination specified in Country Group D:5" wherever they mean both.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../detail/error.hpp"
#include "provenance.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

// E:1 (terrorist supporting countries) and E:2 (unilateral embargo) matter through Part 746, whose
// embargoes are measures of their own (measures.hpp); the groups are kept here as dated data.
enum class country_group : std::uint8_t { a5, a6, d1, d4, d5, tier1, e1, e2 };

constexpr std::string_view key(country_group g) noexcept {
  switch (g) {
    case country_group::a5:
      return "A:5";
    case country_group::a6:
      return "A:6";
    case country_group::d1:
      return "D:1";
    case country_group::d4:
      return "D:4";
    case country_group::d5:
      return "D:5";
    case country_group::tier1:
      return "AI Diffusion Tier 1";
    case country_group::e1:
      return "E:1";
    case country_group::e2:
      return "E:2";
  }
  return "";
}

namespace detail {

// Every officially assigned ISO 3166-1 alpha-2 code (249), sorted, three characters apart.
inline constexpr std::string_view iso_3166_codes =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO "
    "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE "
    "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO "
    "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW "
    "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM "
    "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

// Members on the 2023-11-17 baseline (eCFR issue 2026-07-23 minus the dated changes below; the
// 2023 membership is inferred, the 2026 membership is primary text). Start dates not researched.
inline constexpr std::string_view d1_baseline = "AM AZ BY CN GE IQ KG KH KP KZ LA LY MD MM MN MO RU TJ TM UZ VE VN YE";
inline constexpr std::string_view d4_baseline = "AE BH BY CN EG IL IQ IR JO KP KW LB LY MO OM PK QA RU SA SY VE YE";
inline constexpr std::string_view d5_baseline = "AF BY CD CF CN CU CY ER HT IQ IR KH KP LB LY MM RU SD SO SS SY VE ZW";
inline constexpr std::string_view a5_baseline =
    "AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IN IS IT JP KR LT LU LV NL NO NZ PL PT RO SE SI SK TR";
inline constexpr std::string_view a6_baseline = "AL CY IL MT MX SG TW ZA";
// E:1 and E:2 as in Supp. No. 1 to Part 740 (2026 table; Syria stays in E:1 after the September
// 2025 Syria rule). Cuba left E:1 on 2015-07-22 (80 FR 43314) and stays in E:2.
inline constexpr std::string_view e1_baseline = "IR KP SY";
inline constexpr std::string_view e2_baseline = "CU";
// Paragraph (a) of Supp. No. 5 to Part 740 (AI Diffusion Tier 1), from 2025-01-13. The list
// comes from secondary sources (the paragraph itself was not read).
inline constexpr std::string_view tier1_members = "US AU BE CA DK FI FR DE IE IT JP NL NZ NO KR ES SE TW GB";

constexpr bool list_contains(std::string_view list, std::string_view code) noexcept {
  for (std::size_t i = 0; i + 1 < list.size(); i += 3) {
    if (list.substr(i, 2) == code) return true;
  }
  return false;
}

constexpr char upper(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace detail

// A dated change of one membership. `since` empty: a baseline member; `until` is exclusive (the
// first day the membership no longer holds).
struct membership_change {
  std::string_view code{};
  country_group group{};
  std::optional<std::chrono::year_month_day> since{};
  std::optional<std::chrono::year_month_day> until{};
  const regulation* source = nullptr;
  verification status = verification::primary;
};

namespace detail {
using namespace std::chrono_literals;
inline constexpr std::array<membership_change, 7> membership_changes{{
    {"CU", country_group::e1, std::nullopt, 2015y / std::chrono::July / 22, &regulations::cuba_e1_2015,
     verification::primary},
    {"NI", country_group::d1, 2024y / std::chrono::March / 15, std::nullopt, &regulations::nicaragua_2024,
     verification::secondary},
    {"NI", country_group::d5, 2024y / std::chrono::March / 15, std::nullopt, &regulations::nicaragua_2024,
     verification::primary},
    {"CY", country_group::d5, std::nullopt, 2024y / std::chrono::May / 30, &regulations::cyprus_2024,
     verification::primary},
    {"KH", country_group::d5, std::nullopt, 2025y / std::chrono::November / 7, &regulations::cambodia_2025,
     verification::secondary},
    {"AE", country_group::d4, std::nullopt, 2026y / std::chrono::July / 10, &regulations::uae_2026,
     verification::secondary},
    {"AE", country_group::a5, 2026y / std::chrono::July / 10, std::nullopt, &regulations::uae_2026,
     verification::secondary},
}};
}  // namespace detail

// A destination: its ISO code, pointing into static storage.
struct destination {
  std::string_view code{};

  // The code the Country Group tables use: Hong Kong is looked up as China.
  [[nodiscard]] constexpr std::string_view group_code() const noexcept { return code == "HK" ? "CN" : code; }
  [[nodiscard]] constexpr bool is_china() const noexcept { return group_code() == "CN"; }
  [[nodiscard]] constexpr bool is_macau() const noexcept { return code == "MO"; }
  [[nodiscard]] constexpr bool is_united_states() const noexcept { return code == "US"; }
  friend constexpr bool operator==(const destination&, const destination&) = default;
};

// The destination for an ISO 3166-1 alpha-2 code (either case); nullopt when not assigned.
constexpr std::optional<destination> find_destination(std::string_view code) noexcept {
  if (code.size() != 2) return std::nullopt;
  const char c0 = detail::upper(code[0]), c1 = detail::upper(code[1]);
  for (std::size_t i = 0; i + 1 < detail::iso_3166_codes.size(); i += 3) {
    if (detail::iso_3166_codes[i] == c0 && detail::iso_3166_codes[i + 1] == c1) {
      return destination{detail::iso_3166_codes.substr(i, 2)};
    }
  }
  return std::nullopt;
}

// The destination for a code, or an error (compile error in a constant expression).
constexpr destination require_destination(std::string_view code) {
  const std::optional<destination> d = find_destination(code);
  if (!d) ACCELSPEC_FAIL(invalid_argument, "accelspec: unknown destination (not an ISO 3166-1 alpha-2 code)");
  return *d;
}

// Whether a destination is in a group on a date, and which dated change (if any) decided it.
struct membership {
  bool member = false;
  const membership_change* change = nullptr;  // nullptr: the baseline table decided
};

constexpr membership group_membership(destination d, country_group g, std::chrono::year_month_day date) {
  const std::string_view code = d.group_code();
  for (const membership_change& c : detail::membership_changes) {
    if (c.code != code || c.group != g) continue;
    const bool started = !c.since || date >= *c.since;
    const bool ended = c.until && date >= *c.until;
    return {started && !ended, &c};
  }
  switch (g) {
    case country_group::a5:
      return {detail::list_contains(detail::a5_baseline, code), nullptr};
    case country_group::a6:
      return {detail::list_contains(detail::a6_baseline, code), nullptr};
    case country_group::d1:
      return {detail::list_contains(detail::d1_baseline, code), nullptr};
    case country_group::d4:
      return {detail::list_contains(detail::d4_baseline, code), nullptr};
    case country_group::d5:
      return {detail::list_contains(detail::d5_baseline, code), nullptr};
    case country_group::tier1:
      return {date >= regulations::ai_diffusion_2025.effective && detail::list_contains(detail::tier1_members, code),
              nullptr};
    case country_group::e1:
      return {detail::list_contains(detail::e1_baseline, code), nullptr};
    case country_group::e2:
      return {detail::list_contains(detail::e2_baseline, code), nullptr};
  }
  return {};
}

constexpr bool in_group(destination d, country_group g, std::chrono::year_month_day date) {
  return group_membership(d, g, date).member;
}

// "Macau or a destination specified in Country Group D:5".
constexpr bool d5_or_macau(destination d, std::chrono::year_month_day date) {
  return d.is_macau() || in_group(d, country_group::d5, date);
}

// The 3A090 scope from 2023-11-17: "any destination specified in Country Groups D:1, D:4, or D:5
// that is not also specified in Country Groups A:5 or A:6" (Macau is inside it through D:1/D:4).
constexpr bool in_d1_d4_d5_scope(destination d, std::chrono::year_month_day date) {
  const bool d_group = in_group(d, country_group::d1, date) || in_group(d, country_group::d4, date) ||
                       in_group(d, country_group::d5, date);
  const bool a_group = in_group(d, country_group::a5, date) || in_group(d, country_group::a6, date);
  return d_group && !a_group;
}

// AI Diffusion tiers (90 FR 4544), defined from 2025-01-13 (codified; not enforced from
// 2025-05-13). Tier 3 is Macau and D:5 on the date; Tier 2 every other destination.
enum class diffusion_tier : std::uint8_t { none, tier1, tier2, tier3 };

constexpr std::string_view key(diffusion_tier t) noexcept {
  switch (t) {
    case diffusion_tier::none:
      return "none";
    case diffusion_tier::tier1:
      return "Tier 1";
    case diffusion_tier::tier2:
      return "Tier 2";
    case diffusion_tier::tier3:
      return "Tier 3";
  }
  return "none";
}

constexpr diffusion_tier tier(destination d, std::chrono::year_month_day date) {
  if (!regulations::ai_diffusion_2025.codified_on(date)) return diffusion_tier::none;
  if (in_group(d, country_group::tier1, date)) return diffusion_tier::tier1;
  if (d5_or_macau(d, date)) return diffusion_tier::tier3;
  return diffusion_tier::tier2;
}

}  // namespace accelspec::policy
