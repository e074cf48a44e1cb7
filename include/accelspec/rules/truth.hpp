// Three-valued logic for clauses whose inputs may be unknown (Kleene logic): a clause that needs
// an unknown die area is neither met nor unmet, and stays visibly undecided.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

namespace accelspec {

// The values are 0, 1 and 2 (the tables below and decider::given in rules/decide.hpp index or
// build them so).
enum class truth : std::uint8_t { no, yes, unknown };
static_assert(static_cast<unsigned>(truth::no) == 0 && static_cast<unsigned>(truth::yes) == 1 &&
              static_cast<unsigned>(truth::unknown) == 2);

namespace detail {
// Kleene's && and || as tables indexed by (a << 2) | b, built from the definition (false absorbs
// &&, true absorbs ||; both operands the identity give it; anything else is unknown), and ! as a
// table: a table read is one load where the definition is a chain of tests, in classify()'s
// explanation (about 80 instructions fewer per call with clang), and one step of a constant
// evaluation either way. A byte of 3 is no truth value; its entries say unknown, so that no index
// reads outside a table.
struct kleene_table {
  truth of[16];
};
constexpr kleene_table kleene_of(bool conjunction) noexcept {
  kleene_table t{};
  for (unsigned a = 0; a < 4; ++a) {
    for (unsigned b = 0; b < 4; ++b) {
      const truth x = a < 3 ? static_cast<truth>(a) : truth::unknown,
                  y = b < 3 ? static_cast<truth>(b) : truth::unknown;
      const truth absorbing = conjunction ? truth::no : truth::yes, identity = conjunction ? truth::yes : truth::no;
      t.of[a << 2 | b] = x == absorbing || y == absorbing ? absorbing
                         : x == identity && y == identity ? identity
                                                          : truth::unknown;
    }
  }
  return t;
}
inline constexpr kleene_table kleene_and = kleene_of(true), kleene_or = kleene_of(false);
inline constexpr kleene_table kleene_not = {{truth::yes, truth::no, truth::unknown, truth::unknown}};
}  // namespace detail

constexpr truth operator&&(truth a, truth b) noexcept {
  return detail::kleene_and.of[(static_cast<unsigned>(a) & 3u) << 2 | (static_cast<unsigned>(b) & 3u)];
}
constexpr truth operator||(truth a, truth b) noexcept {
  return detail::kleene_or.of[(static_cast<unsigned>(a) & 3u) << 2 | (static_cast<unsigned>(b) & 3u)];
}
constexpr truth operator!(truth a) noexcept { return detail::kleene_not.of[static_cast<unsigned>(a) & 3u]; }
constexpr truth to_truth(bool b) noexcept { return b ? truth::yes : truth::no; }

constexpr std::string_view key(truth t) noexcept {
  return t == truth::yes ? "met" : t == truth::no ? "not met" : "undecided";
}

namespace detail {
// Kleene logic as two flags, "definitely true" and "definitely false" (neither: unknown), whose
// && || ! are bit operations: no short circuit (overloaded operators never have one), no branch.
// The rule texts (rules/rule.hpp) are written once over a logic type: `truth` where readability
// of a stored verdict matters (classify's findings), `kleene_bits` where speed does (eccn_of):
// a sweep's unknowns and outcomes are random, and this logic decides them without a branch.
struct kleene_bits {
  bool yes = false, no = false;
  friend constexpr kleene_bits operator&&(kleene_bits a, kleene_bits b) noexcept {
    return {static_cast<bool>(a.yes & b.yes), static_cast<bool>(a.no | b.no)};
  }
  friend constexpr kleene_bits operator||(kleene_bits a, kleene_bits b) noexcept {
    return {static_cast<bool>(a.yes | b.yes), static_cast<bool>(a.no & b.no)};
  }
  friend constexpr kleene_bits operator!(kleene_bits a) noexcept { return {a.no, a.yes}; }
};

// Two-valued logic for when every input is known (eccn_of's usual case): one flag per verdict,
// && || ! as bit operations (no short circuit, no branch). Never unknown.
struct known_bit {
  bool yes = false;
  friend constexpr known_bit operator&&(known_bit a, known_bit b) noexcept {
    return {static_cast<bool>(a.yes & b.yes)};
  }
  friend constexpr known_bit operator||(known_bit a, known_bit b) noexcept {
    return {static_cast<bool>(a.yes | b.yes)};
  }
  friend constexpr known_bit operator!(known_bit a) noexcept { return {!a.yes}; }
};

constexpr bool is_yes(known_bit k) noexcept { return k.yes; }
constexpr bool is_unknown(known_bit) noexcept { return false; }
constexpr bool is_no(known_bit k) noexcept { return !k.yes; }
constexpr bool is_yes(kleene_bits k) noexcept { return k.yes; }
constexpr bool is_unknown(kleene_bits k) noexcept { return !(k.yes | k.no); }
constexpr bool is_no(kleene_bits k) noexcept { return k.no; }
constexpr bool is_yes(truth t) noexcept { return t == truth::yes; }
constexpr bool is_unknown(truth t) noexcept { return t == truth::unknown; }
constexpr bool is_no(truth t) noexcept { return t == truth::no; }
}  // namespace detail

}  // namespace accelspec
