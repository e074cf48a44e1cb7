// 64-bit products and sums that report overflow instead of failing, for code that must finish its
// checks before it reports anything (metrics/measure.hpp) or that only needs to know whether a
// product exceeds a value (spec/validate.hpp). The builtins are constexpr in g++ and clang and
// cost one step in a constant evaluation; elsewhere the portable arithmetic of arith.hpp answers.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>

#include "arith.hpp"

namespace accelspec::detail {

// nvcc's front end does not evaluate the overflow builtins in constant expressions: it takes the
// portable branch, as ACCELSPEC_PORTABLE does.
constexpr bool mul_overflows(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__CUDACC__) && !defined(ACCELSPEC_PORTABLE)
  return __builtin_mul_overflow(a, b, &out);
#else
  return !try_mul(a, b, out);
#endif
}

constexpr bool add_overflows(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__CUDACC__) && !defined(ACCELSPEC_PORTABLE)
  return __builtin_add_overflow(a, b, &out);
#else
  if ((b > 0 && a > i64_max - b) || (b < 0 && a < i64_min - b)) return true;
  out = a + b;
  return false;
#endif
}

// x > a * n, exact for non-negative a and n: a product too large for 64 bits exceeds every x.
constexpr bool exceeds_product(std::int64_t x, std::int64_t a, std::int64_t n) noexcept {
  std::int64_t product = 0;
  return !mul_overflows(a, n, product) && x > product;
}

}  // namespace accelspec::detail
