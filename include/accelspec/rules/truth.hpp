// Three-valued logic for clauses whose inputs may be unknown (Kleene logic): a clause that needs
// an unknown die area is neither met nor unmet, and stays visibly undecided.
#pragma once

#include <cstdint>
#include <string_view>

namespace accelspec {

enum class truth : std::uint8_t { no, yes, unknown };

// Each operator is a single expression: in a constant evaluation every statement is a step
// against the compiler's limit, and a classification combines truths a few dozen times.
constexpr truth operator&&(truth a, truth b) noexcept {
  return a == truth::no || b == truth::no ? truth::no
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
// Two-valued logic whose && and || do not short-circuit (overloaded operators never do), so a
// clause over known inputs compiles to comparisons combined without branches. The rule texts
// (rules/rule.hpp) are written once over a logic type: `truth` when an input may be unknown,
// `known` or plain `bool` when every input is known.
struct known {
  bool value = false;
  friend constexpr known operator&&(known a, known b) noexcept { return {static_cast<bool>(a.value & b.value)}; }
  friend constexpr known operator||(known a, known b) noexcept { return {static_cast<bool>(a.value | b.value)}; }
  friend constexpr known operator!(known a) noexcept { return {!a.value}; }
};

constexpr bool is_yes(bool b) noexcept { return b; }
constexpr bool is_unknown(bool) noexcept { return false; }
constexpr bool is_no(bool b) noexcept { return !b; }
constexpr bool is_yes(known k) noexcept { return k.value; }
constexpr bool is_unknown(known) noexcept { return false; }
constexpr bool is_no(known k) noexcept { return !k.value; }
constexpr bool is_yes(truth t) noexcept { return t == truth::yes; }
constexpr bool is_unknown(truth t) noexcept { return t == truth::unknown; }
constexpr bool is_no(truth t) noexcept { return t == truth::no; }
}  // namespace detail

}  // namespace accelspec
