// ACCELSPEC_DETAIL_HOT: forces a function inline into its caller's loop where the compiler allows
// it. The common-case decision and the one-pass measurement are a few integer operations each;
// inlined, the compiler folds the rule's thresholds into immediates and drops what the caller
// does not read, which is most of the gap to hand-written code (see docs/performance.md).
// ACCELSPEC_PORTABLE, or a compiler without the attribute: an ordinary inline.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#if (defined(__GNUC__) || defined(__clang__)) && !defined(ACCELSPEC_PORTABLE)
#define ACCELSPEC_DETAIL_HOT [[gnu::always_inline]]
#else
#define ACCELSPEC_DETAIL_HOT
#endif
