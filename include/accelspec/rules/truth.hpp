// Three-valued logic for clauses whose inputs may be unknown (Kleene logic): a clause that needs
// an unknown die area is neither met nor unmet, and stays visibly undecided.
#pragma once

#include <cstdint>
#include <string_view>

namespace accelspec {

enum class truth : std::uint8_t { no, yes, unknown };

constexpr truth operator&&(truth a, truth b) noexcept {
  if (a == truth::no || b == truth::no) return truth::no;
  if (a == truth::yes && b == truth::yes) return truth::yes;
  return truth::unknown;
}
constexpr truth operator||(truth a, truth b) noexcept {
  if (a == truth::yes || b == truth::yes) return truth::yes;
  if (a == truth::no && b == truth::no) return truth::no;
  return truth::unknown;
}
constexpr truth operator!(truth a) noexcept {
  return a == truth::yes ? truth::no : a == truth::no ? truth::yes : truth::unknown;
}
constexpr truth to_truth(bool b) noexcept { return b ? truth::yes : truth::no; }

constexpr std::string_view key(truth t) noexcept {
  return t == truth::yes ? "met" : t == truth::no ? "not met" : "undecided";
}

}  // namespace accelspec
