// How a license application would be reviewed, and which of two reviews is the more restrictive:
// when several measures require a license for the same shipment, the answer carries the most
// restrictive of their review policies (an exporter needs every license, and the hardest one
// decides).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

namespace accelspec::policy {

enum class review_policy : std::uint8_t {
  none,  // no license required
  presumption_of_denial,
  case_by_case,
  presumption_of_approval,
  not_public,  // a license is required but the review policy is not public or not read
  undecided,   // depends on an unknown input (e.g. total DRAM bandwidth for the 2026 zone)
  // The January 2026 China/Macau review when it is not known whether the product was commercially
  // available in the United States on 2026-01-15: case-by-case if it was, presumption of denial if not.
  case_by_case_if_us_available,
};

constexpr std::string_view key(review_policy r) noexcept {
  switch (r) {
    case review_policy::none:
      return "none";
    case review_policy::presumption_of_denial:
      return "presumption of denial";
    case review_policy::case_by_case:
      return "case-by-case";
    case review_policy::presumption_of_approval:
      return "presumption of approval";
    case review_policy::not_public:
      return "not public";
    case review_policy::undecided:
      return "undecided";
    case review_policy::case_by_case_if_us_available:
      return "case-by-case only if commercially available in the United States on 2026-01-15, otherwise "
             "presumption of denial";
  }
  return "undecided";
}

// Rank for "most restrictive": a presumption of denial decides whatever else applies; a review that
// is open (undecided, conditional, not public) outranks every decided review that is more
// favourable, since it could turn out to be a denial.
constexpr int restrictiveness(review_policy r) noexcept {
  switch (r) {
    case review_policy::none:
      return 0;
    case review_policy::presumption_of_approval:
      return 1;
    case review_policy::case_by_case:
      return 2;
    case review_policy::not_public:
      return 3;
    case review_policy::case_by_case_if_us_available:
      return 4;
    case review_policy::undecided:
      return 5;
    case review_policy::presumption_of_denial:
      return 6;
  }
  return 5;
}

constexpr review_policy most_restrictive(review_policy a, review_policy b) noexcept {
  return restrictiveness(a) >= restrictiveness(b) ? a : b;
}

}  // namespace accelspec::policy
