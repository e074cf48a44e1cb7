// ACCELSPEC_DETAIL_HOT: forces a function inline into its caller's loop where the compiler allows
// it. The common-case decision and the one-pass measurement are a few integer operations each;
// inlined, the compiler folds the rule's thresholds into immediates and drops what the caller
// does not read, which is most of the gap to hand-written code (see docs/performance.md).
// ACCELSPEC_DETAIL_COLD: keeps a rarely taken path (the canonical checks behind a screen) out of
// line, so that it takes no registers or inlining budget from the hot loop around it. Only
// noinline: gnu::cold as well measured more instructions with g++ 12 (eccn_of 670 against 651
// per spec, classify 2,465 against 1,488: the hot paths around it were compiled worse).
// ACCELSPEC_DETAIL_UNROLL: unrolls the loop it precedes (over the seven TPP slots): g++ 12 at -O2
// keeps such a loop rolled, six instructions per slot, where unrolled it is a compare and a move.
// ACCELSPEC_PORTABLE, or a compiler without the attribute: an ordinary inline.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#if (defined(__GNUC__) || defined(__clang__)) && !defined(ACCELSPEC_PORTABLE)
#define ACCELSPEC_DETAIL_HOT [[gnu::always_inline]]
#define ACCELSPEC_DETAIL_COLD [[gnu::noinline]]
// Not for nvcc, whose front end warns on the pragma (nor other EDG-based front ends).
#if defined(__CUDACC__) || defined(__EDG__) || defined(__NVCOMPILER)
#define ACCELSPEC_DETAIL_UNROLL
#else
#define ACCELSPEC_DETAIL_UNROLL _Pragma("GCC unroll 8")
#endif
#else
#define ACCELSPEC_DETAIL_HOT
#define ACCELSPEC_DETAIL_COLD
#define ACCELSPEC_DETAIL_UNROLL
#endif
