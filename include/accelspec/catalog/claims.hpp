// Checks a published claim against the catalog's own derivation. A claim holds when the derived
// figure is within the printed rounding of the printed figure (for TPP and density), when the
// classifier reaches the printed classification under the named vintage, or when the chip is
// within the parameters the January 2026 review policy names.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "../maybe.hpp"

#include "../metrics/bandwidth.hpp"
#include "../metrics/density.hpp"
#include "../metrics/tpp.hpp"
#include "../policy/china_zone.hpp"
#include "../rules/classify.hpp"
#include "../rules/rule.hpp"
#include "../units/rational.hpp"
#include "entry.hpp"

namespace accelspec::catalog {

namespace detail {
constexpr bool within(const rational& derived, const rational& printed, const rational& tolerance) {
  const rational diff = derived < printed ? printed - derived : derived - printed;
  return diff <= tolerance;
}
}  // namespace detail

// Whether a chip is within the parameters of the January 2026 China/Macau case-by-case review
// (91 FR 1684: TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s). The thresholds are the policy
// layer's; only a decided "yes" reproduces a claim.
constexpr bool within_china_review_2026(const accelerator& chip) {
  return policy::in_china_zone(tpp(chip), total_dram_bandwidth(chip)) == truth::yes;
}

// Whether the catalog's derivation reproduces the claim.
constexpr bool reproduces(const entry& e, const published_claim& c) {
  const accelerator& chip = e.chip();
  switch (c.kind) {
    case claim_kind::tpp: {
      const maybe<tpp_value> t = tpp(chip);
      return t && detail::within(t->value(), c.value, c.tolerance);
    }
    case claim_kind::performance_density: {
      const maybe<rational> d = performance_density(chip);
      return d && detail::within(*d, c.value, c.tolerance);
    }
    case claim_kind::eccn: {
      const rule* r = rules::find(c.rule);
      return r != nullptr && classify(chip, *r).eccn == c.eccn;
    }
    case claim_kind::china_review_2026:
      return within_china_review_2026(chip);
  }
  return false;
}

// Whether every claim of the entry is reproduced.
constexpr bool reproduces_all_claims(const entry& e) {
  for (const published_claim& c : e.claims) {
    if (!reproduces(e, c)) return false;
  }
  return true;
}

}  // namespace accelspec::catalog
