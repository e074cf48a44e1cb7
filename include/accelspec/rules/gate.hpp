// Gating user code on a determination at compile time.
//
//   template <const accelspec::accelerator& Chip>
//     requires accelspec::outside_3a090<Chip>
//   void ship_anywhere();
//
// A chip that the rule describes, or whose classification is undecided, does not satisfy the
// constraint, so the call does not compile.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "../spec/accelerator.hpp"
#include "classify.hpp"
#include "eccn.hpp"
#include "rule.hpp"

namespace accelspec {

// The chip's ECCN paragraph under a rule is exactly `E`.
template <const accelerator& Chip, eccn E, const rule& Rule = rules::eccn_3a090_2023>
concept classified_as = (classify(Chip, Rule).eccn == E);

// Outside 3A090.a and .b under the rule (decided, not merely unknown). The default is the newest
// vintage, named directly because a reference (rules::latest) cannot be a template argument.
template <const accelerator& Chip, const rule& Rule = rules::eccn_3a090_2023>
concept outside_3a090 = classified_as<Chip, eccn::none, Rule>;

}  // namespace accelspec
