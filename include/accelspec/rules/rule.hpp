// ECCN 3A090 as dated data. Each vintage carries its thresholds exactly as written, its
// Federal Register citation and the days it was in force. Nothing is "the rule": there is the
// rule in force on a date (see in_force()).
//
// Each text's clause structure is written here once (detail::text_2022, detail::text_2023), over
// an evaluator: eccn_of() runs it with a decider (rules/decide.hpp) that only compares, classify()
// with an explainer (rules/classify.hpp) that also records every comparison. Both therefore
// decide from the same clauses; a clause added here is decided and explained alike.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <chrono>
#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

#include "../detail/hot.hpp"
#include "../metrics/tpp_value.hpp"
#include "../spec/accelerator.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "citation.hpp"
#include "eccn.hpp"
#include "truth.hpp"

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
  std::chrono::year_month_day effective{};        // first day in force
  maybe<std::chrono::year_month_day> last_day{};  // last day in force; nullopt: still in force
  rule_text text{};
  thresholds_2022 original{};
  thresholds_2023 revised{};

  [[nodiscard]] constexpr bool in_force_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day);
  }
};

namespace detail {

// The answer from the verdicts, assembled with bit operations rather than branches: the outcome
// of a sweep's specs is random, and a mispredicted branch costs more than the whole decision. The
// flags are 0 or 1, and at most one of is_a, open_a, is_b, open_b is 1; met and open are clause
// bitmasks (bit i: the clause with value i).
constexpr eccn_answer answer_of(unsigned is_a, unsigned open_a, unsigned is_b, unsigned open_b, unsigned met,
                                unsigned open, unsigned nac_aca) noexcept {
  const unsigned e = is_a | is_b << 1u | (open_a | open_b) * 3u;
  static_assert(static_cast<unsigned>(eccn::a) == 1u && static_cast<unsigned>(eccn::b) == 2u &&
                static_cast<unsigned>(eccn::undecided) == 3u);
  return {.eccn = static_cast<accelspec::eccn>(e),
          .clauses = clause_set::from_bits(static_cast<std::uint16_t>(met)),
          .undecided = clause_set::from_bits(static_cast<std::uint16_t>(open)),
          .nac_aca = nac_aca != 0};
}

// The clause structures. An evaluator `e` provides, for its logic type L (`truth`, `known` or
// `bool`): e.tpp_at_least(t), e.tpp_below(t), e.density_at_least(d), e.density_below(d),
// e.io_at_least(rate), e.not_datacenter() (each an inequality of the text), e.clause(c, parts...)
// (clause c holds when all its parts hold; returns L) and e.market().

// 87 FR 62186, 3A090.a: aggregate bidirectional I/O of 600 GB/s or more and bit length x TOPS of
// 4800 or more. One clause; no .b, no note.
template <class Eval>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer text_2022(const thresholds_2022& th, Eval& e) {
  const auto a = e.clause(clause::a_2022, e.io_at_least(th.io_bandwidth), e.tpp_at_least(th.tpp));
  using u = unsigned;
  return answer_of(u(is_yes(a)), u(is_unknown(a)), 0u, 0u, u(is_yes(a)) << u(clause::a_2022),
                   u(is_unknown(a)) << u(clause::a_2022), 0u);
}

// 88 FR 73458: 3A090.a.1, .a.2, .b.1, .b.2 and the note for items not designed or marketed for
// datacenters.
template <class Eval>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer text_2023(const thresholds_2023& th, Eval& e) {
  const auto a1 = e.clause(clause::a_1, e.tpp_at_least(th.a1_tpp));
  const auto a2 = e.clause(clause::a_2, e.tpp_at_least(th.a2_tpp), e.density_at_least(th.a2_density));
  const auto b1 = e.clause(clause::b_1, e.tpp_at_least(th.b1_tpp_min), e.tpp_below(th.b1_tpp_max),
                           e.density_at_least(th.b1_density_min), e.density_below(th.b1_density_max));
  const auto b2 = e.clause(clause::b_2, e.tpp_at_least(th.b2_tpp), e.density_at_least(th.b2_density_min),
                           e.density_below(th.b2_density_max));
  // The note: "not designed or marketed for use in datacenters" and TPP below 4800.
  const auto note = e.clause(clause::non_datacenter_note, e.not_datacenter(), e.tpp_below(th.note_tpp));

  // .a is evaluated first; .b describes only what .a does not; the note takes a chip out of both.
  const auto in_a = a1 || a2;
  const auto b1_effective = b1 && !in_a;
  const auto b2_effective = b2 && !in_a;
  const auto in_b = b1_effective || b2_effective;
  const auto controlled_a = in_a && !note;
  const auto controlled_b = in_b && !note;

  // .a if controlled_a holds; undecided if that is unknown; else .b if controlled_b holds;
  // undecided if that is unknown; else none. The clauses listed are those of the paragraph found.
  // Each verdict read once as a 0/1 flag, the rest with the built-in bit operators: no branch at
  // run time, and no call (two steps each) in a constant evaluation.
  using u = unsigned;
  const u is_a = u(is_yes(controlled_a)), open_a = u(is_unknown(controlled_a));
  const u neither_a = (is_a | open_a) ^ 1u;
  const u is_b = neither_a & u(is_yes(controlled_b)), open_b = neither_a & u(is_unknown(controlled_b));
  const u met = (is_a & u(is_yes(a1))) << u(clause::a_1) | (is_a & u(is_yes(a2))) << u(clause::a_2) |
                (is_b & u(is_yes(b1_effective))) << u(clause::b_1) | (is_b & u(is_yes(b2_effective))) << u(clause::b_2);
  const u open = u(is_unknown(a1)) << u(clause::a_1) | u(is_unknown(a2)) << u(clause::a_2) |
                 u(is_unknown(b1_effective)) << u(clause::b_1) | u(is_unknown(b2_effective)) << u(clause::b_2) |
                 (u(is_unknown(note)) & (u(!is_no(in_a)) | u(!is_no(in_b)))) << u(clause::non_datacenter_note);
  // LE NAC/ACA lines: 3A090.a items not designed or marketed for datacenters; 3A090.b items that are.
  const accelspec::market m = e.market();
  const u nac_aca = (is_a & u(m == market::other)) | (is_b & u(m == market::datacenter));
  return answer_of(is_a, open_a, is_b, open_b, met, open, nac_aca);
}

// A vintage's text applied through an evaluator: the one dispatch from rule_text to its clauses.
template <class Eval>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer apply_text(const rule& r, Eval& e) {
  if (r.text == rule_text::original_2022) return text_2022(r.original, e);
  return text_2023(r.revised, e);
}

}  // namespace detail

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
