// How well a fact the policy layer relies on is established. Anything below primary text (or
// primary text quoted verbatim) is never reported as fact: assess() lists it under "unverified".
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

namespace accelspec::policy {

enum class verification : std::uint8_t {
  primary,         // read in the Federal Register or the eCFR
  primary_quoted,  // primary text quoted verbatim by a secondary source (original not read)
  secondary,       // a secondary summary only (law firm, trade press, tracker)
  inferred,        // own inference from the above (e.g. a 2023 membership from the 2026 table)
  unverified,      // from memory or not found in any source; kept visible, never relied on as fact
};

constexpr std::string_view key(verification v) noexcept {
  switch (v) {
    case verification::primary:
      return "primary";
    case verification::primary_quoted:
      return "primary-quoted";
    case verification::secondary:
      return "secondary";
    case verification::inferred:
      return "inferred";
    case verification::unverified:
      return "unverified";
  }
  return "unverified";
}

// Primary text, read directly or quoted verbatim, is what the library states as fact.
constexpr bool is_verified(verification v) noexcept {
  return v == verification::primary || v == verification::primary_quoted;
}

}  // namespace accelspec::policy
