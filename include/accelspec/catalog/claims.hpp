// Checks a published claim against the catalog's own derivation. A claim holds when the derived
// figure is within the printed rounding of the printed figure (for TPP and density), when the
// classifier reaches the printed classification under the named vintage, or when the chip is
// within the parameters the January 2026 review policy names.
#pragma once

#include <optional>

#include "../metrics/bandwidth.hpp"
#include "../metrics/density.hpp"
#include "../metrics/tpp.hpp"
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

// 91 FR 1684 (January 15, 2026), revised license review policy for China and Macau: case-by-case
// review for items with a TPP of less than 21,000 and a total DRAM bandwidth of less than
// 6,500 GB/s. Only the two parameters; the non-parametric conditions are not modelled here.
inline constexpr tpp_value china_review_2026_tpp_limit = tpp_value::from_integer(21000);
inline constexpr data_rate china_review_2026_dram_limit = data_rate::from_count(6'500'000'000'000);

constexpr bool within_china_review_2026(const accelerator& chip) {
  const std::optional<tpp_value> t = tpp(chip);
  const std::optional<data_rate> bw = total_dram_bandwidth(chip);
  return t && bw && *t < china_review_2026_tpp_limit && *bw < china_review_2026_dram_limit;
}

// Whether the catalog's derivation reproduces the claim.
constexpr bool reproduces(const entry& e, const published_claim& c) {
  const accelerator& chip = e.chip();
  switch (c.kind) {
    case claim_kind::tpp: {
      const std::optional<tpp_value> t = tpp(chip);
      return t && detail::within(t->value(), c.value, c.tolerance);
    }
    case claim_kind::performance_density: {
      const std::optional<rational> d = performance_density(chip);
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
