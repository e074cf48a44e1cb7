// Three-valued logic for clauses whose inputs may be unknown (Kleene logic): a clause that needs
// an unknown die area is neither met nor unmet, and stays visibly undecided.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

namespace accelspec {

enum class truth : std::uint8_t { no, yes, unknown };

// Each operator is a single expression: in a constant evaluation every statement is a step
// against the compiler's limit, and a classification combines truths a few dozen times.
constexpr truth operator&&(truth a, truth b) noexcept {
  return a == truth::no || b == truth::no     ? truth::no
         : a == truth::yes && b == truth::yes ? truth::yes
                                              : truth::unknown;
}
constexpr truth operator||(truth a, truth b) noexcept {
  return a == truth::yes || b == truth::yes ? truth::yes
         : a == truth::no && b == truth::no ? truth::no
                                            : truth::unknown;
}
constexpr truth operator!(truth a) noexcept {
  return a == truth::yes ? truth::no : a == truth::no ? truth::yes : truth::unknown;
}
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
