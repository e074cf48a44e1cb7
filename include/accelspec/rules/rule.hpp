// ECCN 3A090 as dated data. Each vintage carries its thresholds exactly as written, its
// Federal Register citation and the days it was in force. Nothing is "the rule": there is the
// rule in force on a date (see in_force()).
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

#include "../metrics/tpp.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "citation.hpp"

namespace accelspec {

enum class rule_text : std::uint8_t {
  original_2022,  // 87 FR 62186: an I/O prong AND a bit-length x TOPS prong
  revised_2023,   // 88 FR 73458: TPP and performance density, .a and .b, the non-datacenter note
};

// 3A090.a as first published: aggregate bidirectional I/O "600 Gbyte/s or more" and bit length
// x TOPS, aggregated over processor units, "4800 or more".
struct thresholds_2022 {
  data_rate io_bandwidth{};  // >= 600 GB/s
  tpp_value tpp{};           // >= 4800
};

// 3A090 as revised in October 2023 (paragraph text in the comments).
struct thresholds_2023 {
  tpp_value a1_tpp{};         // a.1: TPP of 4800 or more
  tpp_value a2_tpp{};         // a.2: TPP of 1600 or more ...
  rational a2_density{};      //      ... and performance density of 5.92 or more
  tpp_value b1_tpp_min{};     // b.1: TPP of 2400 or more ...
  tpp_value b1_tpp_max{};     //      ... and less than 4800 ...
  rational b1_density_min{};  //    ... and density of 1.6 or more ...
  rational b1_density_max{};  //    ... and less than 5.92
  tpp_value b2_tpp{};         // b.2: TPP of 1600 or more ...
  rational b2_density_min{};  //    ... and density of 3.2 or more ...
  rational b2_density_max{};  //    ... and less than 5.92
  tpp_value note_tpp{};       // note: not for datacenters and TPP below 4800 => not .a/.b
};

struct rule {
  std::string_view key{};   // stable identifier for the CLI and JSON: "3a090-2023"
  std::string_view name{};  // for people
  citation source{};
  std::chrono::year_month_day effective{};                // first day in force
  std::optional<std::chrono::year_month_day> last_day{};  // last day in force; nullopt: still in force
  rule_text text{};
  thresholds_2022 original{};
  thresholds_2023 revised{};

  [[nodiscard]] constexpr bool in_force_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day);
  }
};

namespace rules {
using namespace std::chrono_literals;

inline constexpr rule eccn_3a090_2022{
    .key = "3a090-2022",
    .name = "ECCN 3A090 as first published (October 2022)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor "
                        "Manufacturing Items; Supercomputer and Semiconductor End Use; Entity List Modification",
               .federal_register = "87 FR 62186",
               .document_number = "2022-21658",
               .published = 2022y / std::chrono::October / 13,
               .url = "https://www.federalregister.gov/d/2022-21658"},
    .effective = 2022y / std::chrono::October / 7,
    .last_day = 2023y / std::chrono::November / 16,
    .text = rule_text::original_2022,
    .original = {.io_bandwidth = data_rate::from_count(600'000'000'000), .tpp = tpp_value::from_integer(4800)},
};

inline constexpr rule eccn_3a090_2023{
    .key = "3a090-2023",
    .name = "ECCN 3A090 as revised (October 2023)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing Items; "
                        "Supercomputer and Semiconductor End Use; Updates and Corrections",
               .federal_register = "88 FR 73458",
               .document_number = "2023-23055",
               .published = 2023y / std::chrono::October / 25,
               .url = "https://www.federalregister.gov/d/2023-23055"},
    .effective = 2023y / std::chrono::November / 17,
    .last_day = std::nullopt,
    .text = rule_text::revised_2023,
    .revised = {.a1_tpp = tpp_value::from_integer(4800),
                .a2_tpp = tpp_value::from_integer(1600),
                .a2_density = rational::from_decimal(592, 2),
                .b1_tpp_min = tpp_value::from_integer(2400),
                .b1_tpp_max = tpp_value::from_integer(4800),
                .b1_density_min = rational::from_decimal(16, 1),
                .b1_density_max = rational::from_decimal(592, 2),
                .b2_tpp = tpp_value::from_integer(1600),
                .b2_density_min = rational::from_decimal(32, 1),
                .b2_density_max = rational::from_decimal(592, 2),
                .note_tpp = tpp_value::from_integer(4800)},
};

// Every vintage, oldest first.
inline constexpr std::array<const rule*, 2> all{&eccn_3a090_2022, &eccn_3a090_2023};

// The newest vintage: what "the rule" means when no date or rule is given.
inline constexpr const rule& latest = eccn_3a090_2023;

// The vintage in force on a date; nullptr before 2022-10-07, when no 3A090 existed.
constexpr const rule* in_force(std::chrono::year_month_day d) {
  if (!d.ok()) ACCELSPEC_FAIL(invalid_argument, "accelspec: not a valid calendar date");
  for (const rule* r : all) {
    if (r->in_force_on(d)) return r;
  }
  return nullptr;
}

// Looks a vintage up by key ("3a090-2022", "3a090-2023"); nullptr when unknown.
constexpr const rule* find(std::string_view key) noexcept {
  for (const rule* r : all) {
    if (r->key == key) return r;
  }
  return nullptr;
}

}  // namespace rules
}  // namespace accelspec
