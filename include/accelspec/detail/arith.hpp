// Exact integer arithmetic for the quantity layer.
//
// Every quantity is an int64 count of its smallest exact unit. Sums and products are checked:
// an overflow is an error, never a wrapped value. Comparisons of products (a*b <=> c*d), which
// decide every density threshold, are done in 128 bits with a portable constexpr multiply, so
// no intermediate is ever rounded or truncated.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <limits>

#include "error.hpp"

namespace accelspec::detail {

using i64 = std::int64_t;
using u64 = std::uint64_t;

inline constexpr i64 i64_max = std::numeric_limits<i64>::max();
inline constexpr i64 i64_min = std::numeric_limits<i64>::min();

// An unsigned 128-bit value as two halves; enough for products of two 64-bit magnitudes.
struct u128 {
  u64 hi;
  u64 lo;
  friend constexpr bool operator==(const u128&, const u128&) = default;
};

constexpr u128 mul_wide(u64 a, u64 b) noexcept {
  const u64 a_lo = a & 0xffffffffu, a_hi = a >> 32;
  const u64 b_lo = b & 0xffffffffu, b_hi = b >> 32;
  const u64 p0 = a_lo * b_lo, p1 = a_lo * b_hi, p2 = a_hi * b_lo, p3 = a_hi * b_hi;
  const u64 mid = (p0 >> 32) + (p1 & 0xffffffffu) + (p2 & 0xffffffffu);
  return u128{p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32), (p0 & 0xffffffffu) | (mid << 32)};
}

constexpr int compare_wide(const u128& x, const u128& y) noexcept {
  if (x.hi != y.hi) return x.hi < y.hi ? -1 : 1;
  if (x.lo != y.lo) return x.lo < y.lo ? -1 : 1;
  return 0;
}

constexpr u64 magnitude(i64 v) noexcept { return v < 0 ? u64{0} - static_cast<u64>(v) : static_cast<u64>(v); }

constexpr int sign(i64 v) noexcept { return (v > 0) - (v < 0); }

// Three-way comparison of a*b against c*d, exact for every int64 input.
constexpr int compare_products(i64 a, i64 b, i64 c, i64 d) noexcept {
  const int s1 = sign(a) * sign(b);
  const int s2 = sign(c) * sign(d);
  if (s1 != s2) return s1 < s2 ? -1 : 1;
  if (s1 == 0) return 0;
  const int m = compare_wide(mul_wide(magnitude(a), magnitude(b)), mul_wide(magnitude(c), magnitude(d)));
  return s1 > 0 ? m : -m;
}

constexpr i64 checked_add(i64 a, i64 b) {
  if ((b > 0 && a > i64_max - b) || (b < 0 && a < i64_min - b)) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: quantity overflow in addition (value too large to hold exactly)");
  }
  return a + b;
}

constexpr i64 checked_sub(i64 a, i64 b) {
  if ((b < 0 && a > i64_max + b) || (b > 0 && a < i64_min + b)) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: quantity overflow in subtraction (value too large to hold exactly)");
  }
  return a - b;
}

// True when a*b fits in an int64; `out` receives the product.
constexpr bool try_mul(i64 a, i64 b, i64& out) noexcept {
  const u128 p = mul_wide(magnitude(a), magnitude(b));
  const bool negative = (a < 0) != (b < 0) && a != 0 && b != 0;
  const u64 limit = negative ? static_cast<u64>(i64_max) + 1u : static_cast<u64>(i64_max);
  if (p.hi != 0 || p.lo > limit) return false;
  out = negative ? static_cast<i64>(u64{0} - p.lo) : static_cast<i64>(p.lo);
  return true;
}

constexpr i64 checked_mul(i64 a, i64 b) {
  i64 out = 0;
  if (!try_mul(a, b, out)) {
    ACCELSPEC_FAIL(invalid_quantity,
                   "accelspec: quantity overflow in multiplication (value too large to hold exactly)");
  }
  return out;
}

constexpr i64 gcd(i64 a, i64 b) noexcept {
  u64 x = magnitude(a), y = magnitude(b);
  // Euclid's steps in the loop's increment, the body empty: a constant evaluation counts each
  // statement executed, and the reduction of a density to lowest terms takes some twenty steps.
  for (u64 t = 0; y != 0; t = x % y, x = y, y = t) {
  }
  return static_cast<i64>(x);
}

// 10^0 to 10^18, the powers of ten an int64 holds, as a table: reading it is one step of a
// constant evaluation where a loop of multiplications is one per power (literals and decimal
// cells scale by one on every value read).
inline constexpr int pow10_max = 18;
struct powers_of_ten {
  i64 of[pow10_max + 1];
};
inline constexpr powers_of_ten ten_to = [] {
  powers_of_ten t{};
  t.of[0] = 1;
  for (int i = 1; i <= pow10_max; ++i) t.of[i] = t.of[i - 1] * 10;
  return t;
}();

// 10^n for 0 <= n <= 18; any other n is an error (a compile error in a constant expression),
// never a wrapped value.
constexpr i64 pow10(int n) {
  if (n < 0 || n > pow10_max) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: power of ten out of range (10^0 to 10^18 fit in an int64)");
  }
  return ten_to.of[n];
}

}  // namespace accelspec::detail
