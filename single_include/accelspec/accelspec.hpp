// accelspec 0.1.0: AI accelerators and the US export-control rules on them as constexpr data.
// Single-header edition: <accelspec/all.hpp>, every header of include/accelspec/ in one file.
//
// GENERATED FILE, do not edit. Regenerate with `cmake -P scripts/amalgamate.cmake` from the source tree.
#pragma once

// ---- begin accelspec/all.hpp ----
// accelspec, every layer: the core (<accelspec/accelspec.hpp>), policy, catalog, analysis and io,
// including the SVG map and the HTML report. Convenient for tools; a translation unit that only
// classifies its own chips compiles faster with the core alone.

// (inlined: detail/cxx20.hpp)
// ---- begin accelspec/detail/cxx20.hpp ----
// The one check of the language standard, included first by every public header: accelspec is
// C++20 (concepts, consteval, <compare>, designated initializers), and a compiler in an older mode
// should say so once, before anything else, rather than hundreds of errors about the code after.

#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define ACCELSPEC_CPLUSPLUS _MSVC_LANG
#else
#define ACCELSPEC_CPLUSPLUS __cplusplus
#endif

#if ACCELSPEC_CPLUSPLUS < 202002L
#error \
    "accelspec needs C++20 or later: compile with -std=c++20 (MSVC: /std:c++20); CMake users get it from target accelspec::accelspec"
#endif

// ---- end accelspec/detail/cxx20.hpp ----

// (inlined: accelspec.hpp)
// ---- begin accelspec/accelspec.hpp ----
// accelspec: AI accelerators and the US export-control rules on them as constexpr data.
//
// This umbrella header is the core: units, spec, metrics and rules, everything needed to describe
// a chip and classify it at compile time or run time, on light standard headers only. The other
// layers are opt-in so that a translation unit pays to compile only what it uses:
//   <accelspec/policy.hpp>    destinations, dated measures, assess() and timeline()
//   <accelspec/catalog.hpp>   every catalogued SKU as a constexpr spec, with sources
//   <accelspec/analysis.hpp>  design headroom, roofline, LLM bounds
//   <accelspec/io.hpp>        text, JSON and parsing (<string>, <vector>)
//   <accelspec/all.hpp>       all of the above

// (inlined: detail/cxx20.hpp)

// (inlined: version.hpp)
// ---- begin accelspec/version.hpp ----
// accelspec version: the single source of truth, read by CMake as well.

// (inlined: detail/cxx20.hpp)

#define ACCELSPEC_VERSION_MAJOR 0
#define ACCELSPEC_VERSION_MINOR 1
#define ACCELSPEC_VERSION_PATCH 0

// Encodes a version as one integer for `#if` checks: ACCELSPEC_VERSION >= ACCELSPEC_VERSION_NUMBER(0, 1, 0).
#define ACCELSPEC_VERSION_NUMBER(major, minor, patch) ((major) * 10000 + (minor) * 100 + (patch))
#define ACCELSPEC_VERSION \
  ACCELSPEC_VERSION_NUMBER(ACCELSPEC_VERSION_MAJOR, ACCELSPEC_VERSION_MINOR, ACCELSPEC_VERSION_PATCH)

namespace accelspec {
inline constexpr int version_major = ACCELSPEC_VERSION_MAJOR;
inline constexpr int version_minor = ACCELSPEC_VERSION_MINOR;
inline constexpr int version_patch = ACCELSPEC_VERSION_PATCH;
inline constexpr const char* version_string = "0.1.0";
}  // namespace accelspec

// ---- end accelspec/version.hpp ----

// (inlined: maybe.hpp)
// ---- begin accelspec/maybe.hpp ----
// A value that may be unknown: the core's optional.
//
//   accelspec::maybe<accelspec::power> tdp;   // unknown
//   tdp = 700_W;                                // known
//   if (tdp) use(*tdp);
//   std::optional<accelspec::power> o = tdp;    // converts both ways
//
// Every "unknown" of the spec, metrics and rules layers (and of the catalog) is a `maybe<T>`. It
// has std::optional's interface for what the library's values need (has_value, operator bool, *,
// ->, value, value_or, reset, emplace, comparison with a value, with std::nullopt and with another
// maybe) and converts to and from std::optional<T>, so code written against std::optional keeps
// working. Why not std::optional itself: every std::optional<T> instantiates a tower of base
// classes, and every access in a constant expression walks through three or four functions of it.
// The core holds eleven such types; they cost about a third of the compile time the core adds to
// its standard headers, and a large part of the constant-evaluation steps of a classification
// (see docs/performance.md). A maybe<T> is one union and one flag, and each access one step.
//
// T must be trivially copyable and trivially destructible (every value type of the core is): the
// copy of a maybe is then the copy of its bytes, and nothing needs destroying.

// (inlined: detail/cxx20.hpp)

#include <compare>
#include <cstdlib>
#include <optional>
#include <type_traits>
#include <utility>

namespace accelspec {

template <class T>
class maybe;

namespace detail {
template <class U>
struct is_optional_like : std::is_same<U, std::nullopt_t> {};
template <class T>
struct is_optional_like<maybe<T>> : std::true_type {};
template <class T>
struct is_optional_like<std::optional<T>> : std::true_type {};
}  // namespace detail

template <class T>
class maybe {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "accelspec::maybe<T> holds trivially copyable, trivially destructible values only");
  static_assert(!std::is_reference_v<T> && !std::is_const_v<T>, "accelspec::maybe<T> holds a plain value type");

 public:
  using value_type = T;

  constexpr maybe() noexcept : none_{} {}
  constexpr maybe(std::nullopt_t) noexcept : none_{} {}  // NOLINT(google-explicit-constructor): as std::optional
  constexpr maybe(const T& v) noexcept : value_(v), known_(true) {}  // NOLINT(google-explicit-constructor)
  // The conversions from and to std::optional<T> are templates that accept exactly that type: as
  // plain members, every conversion of a value to a maybe would look at std::optional<T>'s
  // constructors, which instantiates it, and the point of maybe is not to.
  template <class Optional>
    requires std::is_same_v<Optional, std::optional<T>>
  constexpr maybe(const Optional& o) noexcept  // NOLINT(google-explicit-constructor)
      : maybe(o ? maybe(*o) : maybe()) {}

  // NOLINTNEXTLINE(google-explicit-constructor): a maybe is usable wherever std::optional is asked for
  template <class Optional>
    requires std::is_same_v<Optional, std::optional<T>>
  constexpr operator Optional() const noexcept {
    return known_ ? Optional(value_) : Optional();
  }

  [[nodiscard]] constexpr bool has_value() const noexcept { return known_; }
  constexpr explicit operator bool() const noexcept { return known_; }

  // Unchecked, as std::optional's: reading an unknown value is the caller's error.
  [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
  [[nodiscard]] constexpr T& operator*() noexcept { return value_; }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
  [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }

  // Checked: an unknown value throws std::bad_optional_access, as std::optional's value() does.
  [[nodiscard]] constexpr const T& value() const {
    if (!known_) throw_unknown();
    return value_;
  }
  [[nodiscard]] constexpr T& value() {
    if (!known_) throw_unknown();
    return value_;
  }
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const {
    return known_ ? value_ : static_cast<T>(static_cast<U&&>(fallback));
  }

  constexpr void reset() noexcept { *this = maybe(); }
  template <class... Args>
  constexpr T& emplace(Args&&... args) {
    *this = maybe(T(static_cast<Args&&>(args)...));
    return value_;
  }

  friend constexpr bool operator==(const maybe& a, const maybe& b) noexcept {
    return a.known_ == b.known_ && (!a.known_ || a.value_ == b.value_);
  }
  friend constexpr bool operator==(const maybe& a, std::nullopt_t) noexcept { return !a.known_; }
  friend constexpr bool operator==(const maybe& a, const T& b) noexcept { return a.known_ && a.value_ == b; }
  // Against a std::optional: both unknown, or both known and equal (without this, std::optional's
  // own `optional<T> == U` would compare the maybe with the optional's value, known or not).
  friend constexpr bool operator==(const maybe& a, const std::optional<T>& b) noexcept { return a == maybe(b); }
  // Against any other value the held value compares with, as std::optional's `== U` does
  // (`tpp(chip) == 4800`, `tpp(chip) == rational{...}`). Both sides are deduced, so that a value
  // is never converted to a maybe to reach this operator (a test framework's wrapper of a maybe
  // would otherwise bring it back into its own check, without end), and the return type does the
  // checking, which stops at the first test that fails.
  // NOLINTNEXTLINE(modernize-use-constraints): see above; a constraint would not stop early enough
  template <class M, class U, class = std::enable_if_t<std::is_same_v<M, maybe> && !detail::is_optional_like<U>::value>>
  friend constexpr auto operator==(const M& a, const U& b)
      -> decltype(static_cast<bool>(std::declval<const T&>() == b)) {
    return a.known_ && static_cast<bool>(a.value_ == b);
  }

  // Ordering as std::optional's: an unknown value before every known one, two known ones by
  // their values (sorting chips by a maybe<power> works as it did with std::optional).
  // (The return types deduced, so that nothing is instantiated for a maybe whose values are never
  // ordered; the constraint spelled out, as the libc++ of Emscripten 3.1 has no
  // std::three_way_comparable.)
  friend constexpr auto operator<=>(const maybe& a, const maybe& b)
    requires requires(const T& x) { x <=> x; }
  {
    using order = decltype(a.value_ <=> b.value_);
    return a.known_ && b.known_ ? order(a.value_ <=> b.value_) : order(a.known_ <=> b.known_);
  }
  friend constexpr auto operator<=>(const maybe& a, const T& b)
    requires requires(const T& x) { x <=> x; }
  {
    using order = decltype(a.value_ <=> b);
    return a.known_ ? order(a.value_ <=> b) : order(std::strong_ordering::less);
  }

 private:
  struct nothing {};

  [[noreturn]] static void throw_unknown() {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
    throw std::bad_optional_access();
#else
    std::abort();
#endif
  }

  union {
    // The active member while unknown: an empty type, so that making an unknown value writes its
    // flag only (a char here was a store per unknown value: a determination holds dozens).
    nothing none_;
    T value_;
  };
  bool known_ = false;
};

}  // namespace accelspec

// ---- end accelspec/maybe.hpp ----

// (inlined: units/decimal.hpp)
// ---- begin accelspec/units/decimal.hpp ----
// Exact decimal parsing, shared by the compile-time literals (`989.4_tflops`) and run-time text
// (`--dense fp16=989.4`). A decimal is read digit by digit into an integer mantissa and a power
// of ten, then scaled to the quantity's smallest unit by integer arithmetic. No step goes
// through floating point, so "989.4" is 989.4 and never 989.39999999999998.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>

// (inlined: ../detail/arith.hpp)
// ---- begin accelspec/detail/arith.hpp ----
// Exact integer arithmetic for the quantity layer.
//
// Every quantity is an int64 count of its smallest exact unit. Sums and products are checked:
// an overflow is an error, never a wrapped value. Comparisons of products (a*b <=> c*d), which
// decide every density threshold, are done in 128 bits with a portable constexpr multiply, so
// no intermediate is ever rounded or truncated.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <limits>

// (inlined: error.hpp)
// ---- begin accelspec/detail/error.hpp ----
// Errors raised by the library.
//
// Every failure names what is wrong in a fixed message. The same check serves both worlds:
// evaluated at compile time, the failing `ACCELSPEC_FAIL` is not a constant expression, so the
// compiler stops and prints the source line, which carries the message; evaluated at run time it
// throws `accelspec::error` (or aborts with the message when exceptions are disabled).

// (inlined: ../detail/cxx20.hpp)

#include <exception>

namespace accelspec {

// What kind of input was wrong.
enum class error_kind {
  invalid_spec,      // an accelerator, die or memory description that breaks a rule of the model
  invalid_quantity,  // a quantity that cannot be represented exactly (overflow, excess precision)
  invalid_argument,  // any other argument: a date, a format, a rule key
};

// The one exception type of the core layers. The message is a string literal with static
// storage, so throwing never allocates and the core headers need no <string>.
class error : public std::exception {
 public:
  error(error_kind kind, const char* message) noexcept : kind_(kind), message_(message) {}
  [[nodiscard]] const char* what() const noexcept override { return message_; }
  [[nodiscard]] error_kind kind() const noexcept { return kind_; }

 private:
  error_kind kind_;
  const char* message_;
};

}  // namespace accelspec

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
// Keep the message on the same line as the macro use: a compile-time failure prints that line.
#define ACCELSPEC_FAIL(kind, message) throw ::accelspec::error(::accelspec::error_kind::kind, message)
#else
#include <cstdio>
#include <cstdlib>
namespace accelspec::detail {
[[noreturn]] inline void fail_without_exceptions(const char* message) noexcept {
  std::fputs(message, stderr);  // every message already starts with "accelspec: "
  std::fputc('\n', stderr);
  std::abort();
}
}  // namespace accelspec::detail
#define ACCELSPEC_FAIL(kind, message) ::accelspec::detail::fail_without_exceptions(message)
#endif

// ---- end accelspec/detail/error.hpp ----

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

// ---- end accelspec/detail/arith.hpp ----

namespace accelspec {

// Why a decimal text could not be turned into an exact quantity.
enum class decimal_errc : std::uint8_t {
  ok,
  empty,                  // nothing to read
  negative,               // a leading minus sign: quantities here are never negative
  invalid_character,      // anything but digits, one '.', an exponent, and (in literals) digit separators
  no_digits,              // e.g. "." or "e5"
  bad_exponent,           // "1e", "1e+": an exponent with no digits
  too_precise,            // more decimal places than the quantity's smallest unit can hold exactly
  too_large,              // the value does not fit the quantity's integer representation
  exponent_out_of_range,  // an exponent beyond +-400 ("1e401", "0e999"), whatever the digits
};

constexpr std::string_view describe(decimal_errc e) noexcept {
  switch (e) {
    case decimal_errc::ok:
      return "ok";
    case decimal_errc::empty:
      return "empty value";
    case decimal_errc::negative:
      return "negative value";
    case decimal_errc::invalid_character:
      return "not a decimal number";
    case decimal_errc::no_digits:
      return "no digits";
    case decimal_errc::bad_exponent:
      return "malformed exponent, no digits after 'e'";
    case decimal_errc::too_precise:
      return "more decimal places than can be held exactly";
    case decimal_errc::too_large:
      return "value too large";
    case decimal_errc::exponent_out_of_range:
      return "exponent out of range, beyond 400 either way";
  }
  return "unknown error";
}

struct decimal_result {
  std::int64_t count = 0;  // the value in the quantity's smallest unit
  decimal_errc error = decimal_errc::ok;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == decimal_errc::ok; }
};

namespace detail {

// value = mantissa * 10^exponent, scaled by `factor` (smallest units per written unit).
constexpr decimal_result scale_decimal(i64 mantissa, i64 exponent, i64 factor) noexcept {
  if (mantissa == 0) return {0, decimal_errc::ok};
  if (exponent >= 0) {
    if (exponent > 18) return {0, decimal_errc::too_large};
    i64 out = 0;
    if (!try_mul(mantissa, pow10(static_cast<int>(exponent)), out) || !try_mul(out, factor, out)) {
      return {0, decimal_errc::too_large};
    }
    return {out, decimal_errc::ok};
  }
  i64 k = -exponent;
  // Cancel powers of ten between the divisor 10^k and the factor or the mantissa first.
  while (k > 0 && factor % 10 == 0) {
    factor /= 10;
    --k;
  }
  while (k > 0 && mantissa % 10 == 0) {
    mantissa /= 10;
    --k;
  }
  if (k == 0) {
    i64 out = 0;
    if (!try_mul(mantissa, factor, out)) return {0, decimal_errc::too_large};
    return {out, decimal_errc::ok};
  }
  if (k > 18) return {0, decimal_errc::too_precise};
  const i64 divisor = pow10(static_cast<int>(k));
  const i64 g = gcd(factor, divisor);
  const i64 rest = divisor / g;  // at least 1: g divides divisor
  // NOLINTNEXTLINE(clang-analyzer-core.DivideZero): the analyzer cannot see that g <= divisor
  if (mantissa % rest != 0) return {0, decimal_errc::too_precise};
  i64 out = 0;
  if (!try_mul(mantissa / rest, factor / g, out)) return {0, decimal_errc::too_large};
  return {out, decimal_errc::ok};
}

// A short decimal: digits, at most one point and, where allowed, digit separators; at most 18
// digits, which an int64 holds. Every quantity literal of the catalog and most CSV cells are
// spelled so. This is the one reader of that spelling, for parse_decimal()'s short form and for
// quantity literals (units/literals.hpp), each read in a constant evaluation of its own, where one
// lean loop costs about a third of the steps of parse_decimal()'s general one.
struct short_decimal {
  i64 digits = 0;     // the digits, the point ignored
  int places = 0;     // digits after the point
  bool read = false;  // false: not that spelling, left to parse_decimal()'s general loop
};
// Terminated: the text ends at its first NUL (a literal's characters), else at `end`. The loop
// reads to the end without breaking (one statement per character); past 18 digits the unsigned
// value wraps, and the count refuses it.
template <bool Terminated>
constexpr short_decimal read_short_decimal(const char* p, const char* end, bool separators) noexcept {
  std::uint64_t digits = 0;
  int count = 0, count_at_point = -1;
  bool other = false;  // a character of another spelling: an exponent, a prefix, a second point
  for (; Terminated ? *p != '\0' : p != end; ++p) {
    const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned{'0'};
    if (d < 10u) {
      digits = digits * 10u + d, ++count;  // one statement: each is a step of the evaluation
    } else if (*p == '.' && count_at_point < 0) {
      count_at_point = count;
    } else if (*p != '\'' || !separators) {
      other = true;
    }
  }
  if (other || count == 0 || count > pow10_max) return {};
  return {static_cast<i64>(digits), count_at_point < 0 ? 0 : count - count_at_point, true};
}

// A short decimal in units of 1/factor: the digits times factor / 10^places when the factor holds
// the places (one division; a literal's unit nearly always does), else scale_decimal(), which
// names a value too precise.
constexpr decimal_result scale_short(const short_decimal& s, i64 factor) noexcept {
  const i64 power = ten_to.of[s.places];
  if (factor > 0 && factor % power == 0) {
    const i64 scale = factor / power;
    if (s.digits > i64_max / scale) return {0, decimal_errc::too_large};
    return {s.digits * scale, decimal_errc::ok};
  }
  return scale_decimal(s.digits, -s.places, factor);
}

// Why a decimal with more significant digits than an int64 holds cannot be stored: `kept` is its
// first digits and the value lies strictly between kept * 10^exponent and (kept + 1) * 10^exponent
// (a non-zero digit was dropped). Too large when the upper end, scaled, passes the largest count
// (within one unit of the last kept digit the value is at the edge of the range, and reported too
// large); otherwise the value is in range but has more digits than the smallest unit holds.
constexpr decimal_errc classify_overflow(i64 kept, i64 exponent, i64 factor) noexcept {
  const u128 upper = mul_wide(static_cast<u64>(kept) + 1u, magnitude(factor));  // (kept + 1) * factor
  const u128 max{0, static_cast<u64>(i64_max)};
  if (exponent >= 0) {
    if (compare_wide(upper, max) > 0) return decimal_errc::too_large;
    u64 v = upper.lo;  // <= i64_max: multiply by ten until it passes the largest count
    for (i64 i = 0; i < exponent; ++i) {
      if (v > static_cast<u64>(i64_max) / 10u) return decimal_errc::too_large;
      v *= 10u;
    }
    return decimal_errc::too_precise;
  }
  // upper * 10^exponent > max  <=>  upper > max * 10^-exponent. (kept + 1) * factor < 2^126, and
  // max * 10^19 > 2^126, so beyond 18 negative powers the value is always in range.
  if (-exponent > pow10_max) return decimal_errc::too_precise;
  const u128 limit = mul_wide(static_cast<u64>(i64_max), static_cast<u64>(pow10(static_cast<int>(-exponent))));
  return compare_wide(upper, limit) > 0 ? decimal_errc::too_large : decimal_errc::too_precise;
}

}  // namespace detail

// Parses a non-negative decimal ("989.4", "4.8", "1e3", "0.5E-2") and scales it exactly by
// `factor`. `allow_separators` admits C++ digit separators (1'000), as they appear in literals.
// The error names the real cause: a value beyond the largest count is too large, one with more
// decimals than the smallest unit is too precise, an exponent beyond 400 is out of range.
constexpr decimal_result parse_decimal(std::string_view text, std::int64_t factor,
                                       bool allow_separators = false) noexcept {
  using detail::i64;
  if (text.empty()) return {0, decimal_errc::empty};
  if (text.front() == '-') return {0, decimal_errc::negative};
  if (text.front() == '+') text.remove_prefix(1);
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X' || text[1] == 'b' || text[1] == 'B')) {
    return {0, decimal_errc::invalid_character};
  }
  // The characters by pointer and count: string_view's operator[] and size() are calls, each a few
  // steps of a constant evaluation, and every quantity literal is parsed in one (units/literals.hpp).
  const char* const chars = text.data();
  const std::size_t size = text.size();
  // The short form first (detail::read_short_decimal: at most 18 digits, one point, separators
  // where allowed): every quantity literal of the catalog and most CSV cells, at about a third of
  // the steps of the loop below in a constant evaluation. Any other text (more digits, an
  // exponent, a bad character) is read by the loop below, which names its error.
  if (const detail::short_decimal s = detail::read_short_decimal<false>(chars, chars + size, allow_separators);
      s.read) {
    return detail::scale_short(s, factor);
  }
  // value = mantissa * 10^(pending_zeros + dropped - fraction_digits + exponent part), plus, once
  // the mantissa is full (`overflowed`), the dropped digits, of which the first is non-zero.
  i64 mantissa = 0, pending_zeros = 0, fraction_digits = 0, dropped = 0;
  bool seen_point = false, seen_digit = false, overflowed = false;
  std::size_t i = 0;
  for (; i < size; ++i) {
    const char c = chars[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (seen_point) ++fraction_digits;
      if (overflowed) {
        ++dropped;
        continue;
      }
      if (c == '0') {
        ++pending_zeros;
        continue;
      }
      // Flush the zeros seen since the last non-zero digit, then append this digit.
      if (mantissa == 0) {
        mantissa = c - '0';  // leading zeros carry no digits
      } else {
        i64 shifted = 0;
        if (pending_zeros + 1 > detail::pow10_max ||
            !detail::try_mul(mantissa, detail::pow10(static_cast<int>(pending_zeros + 1)), shifted) ||
            shifted > detail::i64_max - (c - '0')) {
          overflowed = true;  // keep the digits so far; this one and the rest only shift the value
          dropped = pending_zeros + 1;
          pending_zeros = 0;
          continue;
        }
        mantissa = shifted + (c - '0');
      }
      pending_zeros = 0;
    } else if (c == '.') {
      if (seen_point) return {0, decimal_errc::invalid_character};
      seen_point = true;
    } else if (c == '\'' && allow_separators) {
      continue;
    } else if (c == 'e' || c == 'E') {
      break;
    } else {
      return {0, decimal_errc::invalid_character};
    }
  }
  if (!seen_digit) return {0, decimal_errc::no_digits};
  i64 exponent = pending_zeros + dropped - fraction_digits;
  if (i < size) {  // exponent part
    ++i;
    bool negative_exponent = false;
    if (i < size && (chars[i] == '+' || chars[i] == '-')) {
      negative_exponent = chars[i] == '-';
      ++i;
    }
    if (i == size) return {0, decimal_errc::bad_exponent};
    i64 e = 0;
    bool out_of_range = false;
    for (; i < size; ++i) {
      const char c = chars[i];
      if (c < '0' || c > '9')
        return {0, c == '\'' && allow_separators ? decimal_errc::bad_exponent : decimal_errc::invalid_character};
      if (!out_of_range) e = e * 10 + (c - '0');
      if (e > 400) out_of_range = true;  // read on: a later bad character is still reported as such
    }
    if (out_of_range) return {0, decimal_errc::exponent_out_of_range};
    exponent += negative_exponent ? -e : e;
  }
  if (overflowed) return {0, detail::classify_overflow(mantissa, exponent, factor)};
  return detail::scale_decimal(mantissa, exponent, factor);
}

}  // namespace accelspec

// ---- end accelspec/units/decimal.hpp ----

// (inlined: units/literals.hpp)
// ---- begin accelspec/units/literals.hpp ----
// User-defined literals for exact quantities: 989.4_tflops, 4.8_TBps, 814_mm2, 141_GB, 700_W.
//
// Each literal is a raw literal operator, so the compiler hands us the characters as written
// ("989.4") and the value is parsed exactly at compile time, never converted to double. A literal
// that cannot be held exactly (more decimal places than the smallest unit) is rejected with a
// message, not rounded: the operators are consteval, so the failing check stops the compile on
// the line that carries the message.
//
// The operators take the characters as a `const char*` rather than as a template parameter pack:
// a pack instantiates the parser once per distinct spelling (a catalog writes hundreds), the
// pointer form once per unit.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>

// (inlined: ../detail/error.hpp)
// (inlined: decimal.hpp)
// (inlined: quantity.hpp)
// ---- begin accelspec/units/quantity.hpp ----
// Exact, kind-safe quantities.
//
// A quantity is an int64 count of its kind's smallest exact unit (a million operations per
// second, one byte, one square micrometre, ...). Kinds are distinct types: an operation rate never meets a
// data rate, and a sparse headline rate is not a dense rate. Mixing them fails to compile with a
// message that says what to do instead.

// (inlined: ../detail/cxx20.hpp)

#include <compare>
#include <cstdint>
#include <string_view>
#include <type_traits>

// (inlined: ../detail/arith.hpp)
// (inlined: rational.hpp)
// ---- begin accelspec/units/rational.hpp ----
// An exact rational number: the result type of every ratio the rules compare (performance
// density, memory bandwidth density) and the value carried in explanations.
//
// Kept in lowest terms with a positive denominator, so equality is member-wise. Comparisons
// cross-multiply in 128 bits: 5.92 is 148/25 and a density of 4818.4/814 is compared with it
// exactly, with no binary rounding on either side.

// (inlined: ../detail/cxx20.hpp)

#include <compare>
#include <cstdint>

// (inlined: ../detail/arith.hpp)

namespace accelspec {

class rational {
 public:
  constexpr rational() noexcept = default;
  constexpr rational(std::int64_t value) noexcept : num_(value) {}  // NOLINT: integers are rationals
  constexpr rational(std::int64_t numerator, std::int64_t denom) : num_(numerator) {
    if (denom == 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: rational with a zero denominator");
    if (denom < 0) {
      num_ = detail::checked_sub(0, num_);
      denom = detail::checked_sub(0, denom);
    }
    const std::int64_t g = detail::gcd(num_, denom);
    if (g > 1) {
      num_ /= g;
      denom /= g;
    }
    den_less_one_ = denom - 1;
  }

  // A decimal written as an integer count of 10^-scale: from_decimal(592, 2) is 5.92. The scale
  // runs from 0 to 18 (10^18 is the largest power of ten an int64 holds); any other is an error.
  static constexpr rational from_decimal(std::int64_t count, int scale) { return {count, detail::pow10(scale)}; }

  [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return num_; }
  [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return den_less_one_ + 1; }

  friend constexpr bool operator==(const rational&, const rational&) = default;
  friend constexpr std::strong_ordering operator<=>(const rational& x, const rational& y) noexcept {
    const int c = detail::compare_products(x.num_, y.denominator(), y.num_, x.denominator());
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

  friend constexpr rational operator*(const rational& x, const rational& y) {
    // Cross-reduce first so that products of already reduced values overflow as late as possible.
    const std::int64_t g1 = detail::gcd(x.num_, y.denominator()), g2 = detail::gcd(y.num_, x.denominator());
    const std::int64_t a = g1 > 1 ? x.num_ / g1 : x.num_, d = g1 > 1 ? y.denominator() / g1 : y.denominator();
    const std::int64_t c = g2 > 1 ? y.num_ / g2 : y.num_, b = g2 > 1 ? x.denominator() / g2 : x.denominator();
    return {detail::checked_mul(a, c), detail::checked_mul(b, d)};
  }
  friend constexpr rational operator/(const rational& x, const rational& y) {
    if (y.num_ == 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: division of a rational by zero");
    return x * rational{y.denominator(), y.num_};
  }
  friend constexpr rational operator+(const rational& x, const rational& y) {
    const std::int64_t g = detail::gcd(x.denominator(), y.denominator());
    const std::int64_t xd = x.denominator() / g;
    return {detail::checked_add(detail::checked_mul(x.num_, y.denominator() / g), detail::checked_mul(y.num_, xd)),
            detail::checked_mul(x.denominator(), y.denominator() / g)};
  }
  friend constexpr rational operator-(const rational& x, const rational& y) {
    return x + rational{detail::checked_sub(0, y.num_), y.denominator()};
  }

  // The largest integer not above the value.
  [[nodiscard]] constexpr std::int64_t floor() const noexcept {
    const std::int64_t q = num_ / denominator();
    return (num_ % denominator() != 0 && num_ < 0) ? q - 1 : q;
  }
  // The smallest integer not below the value.
  [[nodiscard]] constexpr std::int64_t ceil() const noexcept {
    const std::int64_t q = num_ / denominator();
    return (num_ % denominator() != 0 && num_ > 0) ? q + 1 : q;
  }

  // True when the value has a finite decimal expansion (the denominator has only factors 2 and 5).
  [[nodiscard]] constexpr bool is_terminating_decimal() const noexcept {
    std::int64_t d = denominator();
    while (d % 2 == 0) d /= 2;
    while (d % 5 == 0) d /= 5;
    return d == 1;
  }

  // An approximation for display and plotting only; never used to decide a threshold.
  [[nodiscard]] constexpr double approximate() const noexcept {
    return static_cast<double>(num_) / static_cast<double>(denominator());
  }

 private:
  // The denominator is stored less one, so that the default value, 0/1, is all zero bytes: a
  // default rational, and the unused capacity of every list that holds rationals (a
  // determination's comparisons), is then cleared at run time rather than copied from a constant
  // (about 45 instructions fewer per classify() with g++, 50 with clang; docs/performance.md).
  std::int64_t num_ = 0;
  std::int64_t den_less_one_ = 0;
};

}  // namespace accelspec

// ---- end accelspec/units/rational.hpp ----

namespace accelspec {

namespace kinds {
// Each kind names its smallest unit (what one count is), the unit people read (display) and how
// many counts make one display unit. Display units are those of the regulation and datasheets.
struct dense_rate {
  static constexpr std::string_view name = "dense operation rate";
  static constexpr std::string_view display_unit = "TOPS";
  // One count is 10^6 operations/s, so a TOPS figure with up to six decimals is exact and
  // rate × bit length is directly the TPP count (see metrics/tpp.hpp).
  static constexpr std::int64_t per_display = 1'000'000;
};
struct sparse_rate {
  static constexpr std::string_view name = "sparse operation rate";
  static constexpr std::string_view display_unit = "TOPS (sparse)";
  static constexpr std::int64_t per_display = 1'000'000;
};
// The regulation's 'MacTOPS': multiply-accumulates per second. One MAC is two datasheet operations.
struct mac_rate {
  static constexpr std::string_view name = "multiply-accumulate rate";
  static constexpr std::string_view display_unit = "MacTOPS";
  static constexpr std::int64_t per_display = 1'000'000;  // 10^6 MAC/s per count
};
struct data_rate {
  static constexpr std::string_view name = "data rate";
  static constexpr std::string_view display_unit = "GB/s";
  static constexpr std::int64_t per_display = 1'000'000'000;  // bytes/s per GB/s
};
struct data_size {
  static constexpr std::string_view name = "data size";
  static constexpr std::string_view display_unit = "GB";
  static constexpr std::int64_t per_display = 1'000'000'000;  // bytes per GB
};
struct area {
  static constexpr std::string_view name = "area";
  static constexpr std::string_view display_unit = "mm²";
  static constexpr std::int64_t per_display = 1'000'000;  // µm² per mm²
};
struct power {
  static constexpr std::string_view name = "power";
  static constexpr std::string_view display_unit = "W";
  static constexpr std::int64_t per_display = 1'000;  // mW per W
};
struct frequency {
  static constexpr std::string_view name = "frequency";
  static constexpr std::string_view display_unit = "MHz";
  static constexpr std::int64_t per_display = 1'000'000;  // Hz per MHz
};
}  // namespace kinds

namespace detail {
template <class>
inline constexpr bool always_false = false;
}  // namespace detail

template <class Kind>
class quantity {
 public:
  using kind = Kind;

  constexpr quantity() noexcept = default;

  // The only ways in: a count of the smallest unit, a literal, or parsing decimal text.
  static constexpr quantity from_count(std::int64_t count) noexcept { return quantity{count}; }

  // A different kind never converts implicitly. This template exists only to say why.
  template <class Other>
    requires(!std::is_same_v<Other, Kind>)
  constexpr quantity(const quantity<Other>&) {  // NOLINT(google-explicit-constructor)
    if constexpr (std::is_same_v<Kind, kinds::dense_rate> && std::is_same_v<Other, kinds::sparse_rate>) {
      static_assert(detail::always_false<Other>,
                    "accelspec: a sparse rate is not a dense rate; the rules count dense operations. Convert "
                    "explicitly with accelspec::dense_from_sparse(rate, accelspec::sparsity::structured_2_4)");
    } else if constexpr (std::is_same_v<Kind, kinds::dense_rate> && std::is_same_v<Other, kinds::mac_rate>) {
      static_assert(detail::always_false<Other>,
                    "accelspec: MacTOPS is not a datasheet operation rate (one MAC is two operations). Convert "
                    "explicitly with accelspec::dense_from_macs(rate)");
    } else {
      static_assert(detail::always_false<Other>,
                    "accelspec: cannot convert between quantities of different kinds (e.g. an operation rate "
                    "and a data rate)");
    }
  }

  [[nodiscard]] constexpr std::int64_t count() const noexcept { return count_; }
  // The value in display units as an exact rational (989.4 TOPS is 4947/5).
  [[nodiscard]] constexpr rational in_display_units() const { return rational{count_, Kind::per_display}; }

  friend constexpr bool operator==(const quantity&, const quantity&) = default;
  friend constexpr std::strong_ordering operator<=>(const quantity&, const quantity&) = default;

  friend constexpr quantity operator+(quantity a, quantity b) {
    return quantity{detail::checked_add(a.count_, b.count_)};
  }
  friend constexpr quantity operator-(quantity a, quantity b) {
    return quantity{detail::checked_sub(a.count_, b.count_)};
  }
  constexpr quantity& operator+=(quantity b) { return *this = *this + b; }
  constexpr quantity& operator-=(quantity b) { return *this = *this - b; }
  // Scaling by a count (e.g. 6 stacks of 24 GB). Scaling by a fraction goes through rational.
  friend constexpr quantity operator*(quantity a, std::int64_t n) { return quantity{detail::checked_mul(a.count_, n)}; }
  friend constexpr quantity operator*(std::int64_t n, quantity a) { return a * n; }
  // Same-kind ratio: a pure number, exact.
  friend constexpr rational operator/(quantity a, quantity b) {
    if (b.count_ == 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: division by a zero quantity");
    return rational{a.count_, b.count_};
  }

 private:
  constexpr explicit quantity(std::int64_t count) noexcept : count_(count) {}
  std::int64_t count_ = 0;
};

// Operations between different kinds are refused with a readable message instead of a wall of
// candidate overloads.
template <class K1, class K2>
  requires(!std::is_same_v<K1, K2>)
constexpr void operator+(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot add quantities of different kinds (e.g. an operation rate and a data rate)");
}
template <class K1, class K2>
  requires(!std::is_same_v<K1, K2>)
constexpr void operator-(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot subtract quantities of different kinds (e.g. an operation rate and a data rate)");
}
template <class K1, class K2>
  requires(!std::is_same_v<K1, K2>)
constexpr bool operator<(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot compare quantities of different kinds (e.g. an operation rate and a data rate)");
  return false;
}

using dense_rate = quantity<kinds::dense_rate>;    // datasheet operations per second, dense (count: 10^6 op/s)
using sparse_rate = quantity<kinds::sparse_rate>;  // a headline rate that assumes structured sparsity
using mac_rate = quantity<kinds::mac_rate>;        // multiply-accumulates per second ('MacTOPS')
using data_rate = quantity<kinds::data_rate>;      // bytes per second (decimal prefixes: 1 GB/s = 10^9 B/s)
using data_size = quantity<kinds::data_size>;      // bytes (GB = 10^9 B, GiB = 2^30 B)
using area = quantity<kinds::area>;                // square micrometres
using power = quantity<kinds::power>;              // milliwatts
using frequency = quantity<kinds::frequency>;      // hertz

// How a sparse headline relates to the dense rate it assumes.
struct sparsity {
  std::int64_t sparse_parts;  // headline rate ...
  std::int64_t dense_parts;   // ... to dense rate, e.g. 2:1 for 2:4 structured sparsity

  // 2:4 structured sparsity (NVIDIA, AMD): half the weights are zero, the headline is twice dense.
  static const sparsity structured_2_4;
};
inline constexpr sparsity sparsity::structured_2_4{2, 1};

// The dense rate behind a sparse headline, for the stated sparsity. The result must be a whole
// number of operations per second; anything else is an error, not a rounding.
constexpr dense_rate dense_from_sparse(sparse_rate headline, sparsity s) {
  if (s.sparse_parts <= 0 || s.dense_parts <= 0 || s.dense_parts > s.sparse_parts) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: sparsity ratio must be positive and not below 1:1");
  }
  const std::int64_t scaled = detail::checked_mul(headline.count(), s.dense_parts);
  if (scaled % s.sparse_parts != 0) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: sparse rate does not convert to a whole number of dense operations/s");
  }
  return dense_rate::from_count(scaled / s.sparse_parts);
}

// Datasheet operations from multiply-accumulates: TPP note b, one MAC counts as two operations.
constexpr dense_rate dense_from_macs(mac_rate macs) {
  return dense_rate::from_count(detail::checked_mul(macs.count(), 2));
}

}  // namespace accelspec

// ---- end accelspec/units/quantity.hpp ----

namespace accelspec {
namespace detail {

// Keep each message on the line of its check: that line is what the compiler prints.
template <class Q, std::int64_t Factor>
consteval Q make_literal(const char* text) {
  static_assert(Factor > 0);
  // The short spelling read in one lean loop up to the literal's end (no length taken first), as
  // parse_decimal() reads it, and scaled as scale_short() scales it when the unit holds its decimal
  // places (written out: with the factor a constant it is a fifth of a literal's steps fewer than
  // the call). Any other spelling, or a short one the unit does not hold so, goes to
  // parse_decimal(), which gives the same value or error and whose error is named below.
  if (const short_decimal s = read_short_decimal<true>(text, nullptr, true); s.read) {
    const std::int64_t power = ten_to.of[s.places], scale = Factor / power;
    if (Factor % power == 0 && s.digits <= i64_max / scale) return Q::from_count(s.digits * scale);
  }
  std::size_t length = 0;  // not std::string_view(text): libstdc++ counts in a slower loop there
  while (text[length] != '\0') ++length;
  const decimal_result r = parse_decimal(std::string_view(text, length), Factor, true);
  if (r.error == decimal_errc::too_precise) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: literal has more decimal places than the quantity can hold exactly");
  }
  if (r.error == decimal_errc::too_large) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: literal value is too large for the quantity");
  }
  if (r.error == decimal_errc::invalid_character) {
    ACCELSPEC_FAIL(invalid_quantity,
                   "accelspec: quantity literals must be decimal numbers (no hexadecimal, octal or binary)");
  }
  if (!r.ok()) ACCELSPEC_FAIL(invalid_quantity, "accelspec: malformed quantity literal");
  return Q::from_count(r.count);
}

}  // namespace detail

namespace literals {

// Dense operation rates, as printed on datasheets (one MAC = two operations).
consteval dense_rate operator""_gops(const char* text) { return detail::make_literal<dense_rate, 1'000>(text); }
consteval dense_rate operator""_gflops(const char* text) { return detail::make_literal<dense_rate, 1'000>(text); }
consteval dense_rate operator""_tops(const char* text) { return detail::make_literal<dense_rate, 1'000'000>(text); }
consteval dense_rate operator""_tflops(const char* text) { return detail::make_literal<dense_rate, 1'000'000>(text); }
consteval dense_rate operator""_pops(const char* text) { return detail::make_literal<dense_rate, 1'000'000'000>(text); }
consteval dense_rate operator""_pflops(const char* text) {
  return detail::make_literal<dense_rate, 1'000'000'000>(text);
}

// Sparse headline rates: usable only through accelspec::dense_from_sparse.
consteval sparse_rate operator""_sparse_tops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000>(text);
}
consteval sparse_rate operator""_sparse_tflops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000>(text);
}
consteval sparse_rate operator""_sparse_pops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000'000>(text);
}
consteval sparse_rate operator""_sparse_pflops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000'000>(text);
}

// The regulation's MacTOPS (tera multiply-accumulates per second).
consteval mac_rate operator""_mactops(const char* text) { return detail::make_literal<mac_rate, 1'000'000>(text); }

// Data rates. Decimal prefixes are powers of ten; binary ones (GiB/s) are powers of two.
consteval data_rate operator""_MBps(const char* text) { return detail::make_literal<data_rate, 1'000'000>(text); }
consteval data_rate operator""_GBps(const char* text) { return detail::make_literal<data_rate, 1'000'000'000>(text); }
consteval data_rate operator""_TBps(const char* text) {
  return detail::make_literal<data_rate, 1'000'000'000'000>(text);
}
consteval data_rate operator""_GiBps(const char* text) { return detail::make_literal<data_rate, 1'073'741'824>(text); }
consteval data_rate operator""_TiBps(const char* text) {
  return detail::make_literal<data_rate, 1'099'511'627'776>(text);
}
consteval data_rate operator""_Gbps(const char* text) {
  return detail::make_literal<data_rate, 125'000'000>(text);
}  // gigabits/s

// Data sizes.
consteval data_size operator""_MB(const char* text) { return detail::make_literal<data_size, 1'000'000>(text); }
consteval data_size operator""_GB(const char* text) { return detail::make_literal<data_size, 1'000'000'000>(text); }
consteval data_size operator""_TB(const char* text) { return detail::make_literal<data_size, 1'000'000'000'000>(text); }
consteval data_size operator""_MiB(const char* text) { return detail::make_literal<data_size, 1'048'576>(text); }
consteval data_size operator""_GiB(const char* text) { return detail::make_literal<data_size, 1'073'741'824>(text); }
consteval data_size operator""_TiB(const char* text) {
  return detail::make_literal<data_size, 1'099'511'627'776>(text);
}

// Area, power, frequency.
consteval area operator""_mm2(const char* text) { return detail::make_literal<area, 1'000'000>(text); }
consteval power operator""_W(const char* text) { return detail::make_literal<power, 1'000>(text); }
consteval power operator""_kW(const char* text) { return detail::make_literal<power, 1'000'000>(text); }
consteval frequency operator""_MHz(const char* text) { return detail::make_literal<frequency, 1'000'000>(text); }
consteval frequency operator""_GHz(const char* text) { return detail::make_literal<frequency, 1'000'000'000>(text); }

}  // namespace literals
}  // namespace accelspec

// ---- end accelspec/units/literals.hpp ----

// (inlined: units/parse.hpp)
// ---- begin accelspec/units/parse.hpp ----
// Run-time construction of quantities from decimal text, exactly as the literals do it.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>

// (inlined: decimal.hpp)
// (inlined: quantity.hpp)

namespace accelspec {

template <class Q>
struct quantity_parse_result {
  Q value{};
  decimal_errc error = decimal_errc::ok;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == decimal_errc::ok; }
};

// Parses `text` as a number of display units of Q (TOPS for rates, GB/s, GB, mm², W, MHz):
// parse_quantity<area>("814") is 814 mm². Never throws; the error says what is wrong.
template <class Q>
constexpr quantity_parse_result<Q> parse_quantity(std::string_view text) noexcept {
  const decimal_result r = parse_decimal(text, Q::kind::per_display);
  return {Q::from_count(r.count), r.error};
}

}  // namespace accelspec

// ---- end accelspec/units/parse.hpp ----

// (inlined: units/quantity.hpp)
// (inlined: units/rational.hpp)

// (inlined: spec/accelerator.hpp)
// ---- begin accelspec/spec/accelerator.hpp ----
// What an accelerator is: a plain aggregate, written with designated initializers.
//
//   constexpr accelspec::accelerator h20{
//       .name = "NVIDIA H20",
//       .market = accelspec::market::datacenter,
//       .compute = {accelspec::dense(accelspec::fp16, 148_tflops), accelspec::dense(accelspec::fp8, 296_tflops)},
//       .dies = {{.name = "GH100", .area = 814_mm2, .transistors = accelspec::non_planar}},
//   };
//
// Anything not known stays unknown (an empty maybe<T>: std::nullopt, or market::unknown); nothing
// defaults to zero.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdint>
#include <string_view>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/fixed_list.hpp)
// ---- begin accelspec/detail/fixed_list.hpp ----
// A fixed-capacity list usable in constant expressions: the storage behind the spec's lists of
// compute rates and dies, so that a whole accelerator is one literal-type aggregate.

// (inlined: ../detail/cxx20.hpp)

#include <cstddef>
#include <initializer_list>
#include <utility>

// (inlined: error.hpp)

namespace accelspec::detail {

// A list's storage, and one empty storage per element type and capacity, value-initialised once
// per program: an empty list is a copy of it. In a constant evaluation, value-initialising the
// elements in place runs the constructor of every element of every list built (a rational, a
// string_view: a step each against the compiler's limit; a determination holds twenty comparisons,
// a spec two dozen rates), where copying a constant runs none.
template <class T, std::size_t Capacity>
struct fixed_storage {
  T of[Capacity];
};
template <class T, std::size_t Capacity>
inline constexpr fixed_storage<T, Capacity> empty_storage{};

template <class T, std::size_t Capacity>
class fixed_list {
 public:
  constexpr fixed_list() = default;
  constexpr fixed_list(std::initializer_list<T> items) {  // NOLINT: braced lists are the intended spelling
    if (items.size() > Capacity)
      ACCELSPEC_FAIL(invalid_spec, "accelspec: too many entries in a list (capacity exceeded)");
    for (const T *p = items.begin(), *e = items.end(); p != e; ++p) items_.of[size_++] = *p;
  }

  // A list of exactly these items, built by member initialisation alone (no loop): the cheap way
  // to fill a short list in a constant evaluation.
  template <class... Items>
    requires(sizeof...(Items) <= Capacity)
  constexpr explicit fixed_list(std::in_place_t, const Items&... items) : items_{{items...}}, size_(sizeof...(Items)) {}

  constexpr void push_back(const T& item) {
    if (size_ == Capacity) ACCELSPEC_FAIL(invalid_spec, "accelspec: too many entries in a list (capacity exceeded)");
    items_.of[size_++] = item;
  }

  // Appends an element and returns it, to be filled in place: for a large T whose caller sets
  // every member, this writes those members only, where push_back would copy a whole T. The
  // element holds a valid T until then (what the slot last held).
  constexpr T& append() {
    if (size_ == Capacity) ACCELSPEC_FAIL(invalid_spec, "accelspec: too many entries in a list (capacity exceeded)");
    return items_.of[size_++];
  }

  // Makes the list exactly these items, writing their elements only (the unused capacity is not
  // touched, which assigning a whole list would copy).
  template <class... Items>
    requires(sizeof...(Items) <= Capacity)
  constexpr void assign(const Items&... items) {
    std::size_t i = 0;
    ((items_.of[i++] = items), ...);
    size_ = sizeof...(Items);
  }

  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }
  [[nodiscard]] constexpr const T& operator[](std::size_t i) const {
    if (i >= size_) ACCELSPEC_FAIL(invalid_argument, "accelspec: list index out of range");
    return items_.of[i];
  }
  [[nodiscard]] constexpr const T* begin() const noexcept { return items_.of; }
  [[nodiscard]] constexpr const T* end() const noexcept { return items_.of + size_; }

 private:
  // A built-in array, not std::array: indexing it is no function call, and every call is steps
  // against the compiler's constexpr limit when a spec is built or read in a constant expression.
  fixed_storage<T, Capacity> items_ = empty_storage<T, Capacity>;
  std::size_t size_ = 0;
};

}  // namespace accelspec::detail

// ---- end accelspec/detail/fixed_list.hpp ----

// (inlined: ../units/quantity.hpp)
// (inlined: die.hpp)
// ---- begin accelspec/spec/die.hpp ----
// A die inside an accelerator package.
//
// Technical Note to 3A090 (performance density): 'applicable die area' is the area of all logic
// dies made on a process node with a non-planar transistor architecture (FinFET, GAA). So each
// die records its area, its transistor architecture and its role; memory dies never count.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>
// (inlined: ../maybe.hpp)

// (inlined: ../units/quantity.hpp)

namespace accelspec {

enum class transistor_architecture : std::uint8_t {
  unknown,     // not known: the die's area cannot be placed in or out of the applicable area
  planar,      // planar transistors: excluded from applicable die area
  non_planar,  // FinFET, gate-all-around, ...: included when the die is a logic die
};
inline constexpr transistor_architecture planar = transistor_architecture::planar;
inline constexpr transistor_architecture non_planar = transistor_architecture::non_planar;

enum class die_role : std::uint8_t {
  logic,   // compute die
  io,      // I/O or base die made on a logic process; a logic die for the rule (see docs/limitations.md)
  memory,  // DRAM/HBM die: never part of the applicable area
};

struct die {
  std::string_view name{};
  maybe<accelspec::area> area{};  // nullopt: unknown, never zero
  transistor_architecture transistors = transistor_architecture::unknown;
  die_role role = die_role::logic;
  int count = 1;  // identical dies in the package (e.g. 8 compute chiplets)
  // Where and on what process the die is made, as the foundry names it ("TSMC", "4N"); empty:
  // unknown. Analysts compare chips by node; the rule itself reads only the transistor
  // architecture above, which the node implies but which stays a separate, sourced input.
  std::string_view foundry{};
  std::string_view process{};
};

}  // namespace accelspec

// ---- end accelspec/spec/die.hpp ----

// (inlined: memory.hpp)
// ---- begin accelspec/spec/memory.hpp ----
// The memory system of an accelerator: technology, stacks (or packages/channels), per-stack
// capacity and bandwidth, and the totals the product is sold with.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>
// (inlined: ../maybe.hpp)

// (inlined: ../units/quantity.hpp)

namespace accelspec {

enum class memory_technology : std::uint8_t {
  unknown,
  dram,
  hbm,
  hbm2,
  hbm2e,
  hbm3,
  hbm3e,
  hbm4,
  gddr6,
  gddr6x,
  gddr7,
  lpddr4x,
  lpddr5,
  lpddr5x,
  ddr5,
  sram,
};

constexpr std::string_view key(memory_technology t) noexcept {
  constexpr std::string_view keys[] = {"unknown", "dram",   "hbm",   "hbm2",    "hbm2e",  "hbm3",    "hbm3e", "hbm4",
                                       "gddr6",   "gddr6x", "gddr7", "lpddr4x", "lpddr5", "lpddr5x", "ddr5",  "sram"};
  return keys[static_cast<std::size_t>(t)];
}

// Whether the technology is DRAM ("total DRAM bandwidth" of the January 2026 rule counts only
// DRAM). nullopt when the technology is unknown.
constexpr maybe<bool> is_dram(memory_technology t) noexcept {
  if (t == memory_technology::unknown) return std::nullopt;
  return t != memory_technology::sram;
}

constexpr bool is_hbm(memory_technology t) noexcept {
  return t == memory_technology::hbm || t == memory_technology::hbm2 || t == memory_technology::hbm2e ||
         t == memory_technology::hbm3 || t == memory_technology::hbm3e || t == memory_technology::hbm4;
}

struct memory_system {
  memory_technology technology = memory_technology::unknown;
  maybe<int> stacks{};                 // HBM stacks, or GDDR/LPDDR packages
  maybe<data_size> stack_capacity{};   // physical capacity of one stack or package
  maybe<data_rate> stack_bandwidth{};  // peak bandwidth of one stack or package
  maybe<data_size> capacity{};         // usable total as specified (may be below the physical total)
  maybe<data_rate> bandwidth{};        // total peak bandwidth as specified
};

// Shorthand for the common datasheet description: technology, stack count, totals.
constexpr memory_system hbm(memory_technology t, int stacks, data_size capacity, data_rate bandwidth) noexcept {
  return memory_system{.technology = t, .stacks = stacks, .capacity = capacity, .bandwidth = bandwidth};
}

}  // namespace accelspec

// ---- end accelspec/spec/memory.hpp ----

// (inlined: number_format.hpp)
// ---- begin accelspec/spec/number_format.hpp ----
// Number formats and the rule's "bit length of the operation".
//
// Technical Note to 3A090 (TPP, item c): the bit length of a multiply-accumulate is the largest
// bit length of the inputs to the multiply. For every format here that is the storage width of
// its inputs, except TF32, which the text does not settle (see tf32_reading).

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <cstdint>
#include <string_view>
// (inlined: ../maybe.hpp)

namespace accelspec {

enum class number_format : std::uint8_t {
  fp64,
  fp32,
  tf32,
  bf16,
  fp16,
  fp8,
  fp8_e4m3,
  fp8_e5m2,
  fp6,
  fp4,
  int32,
  int16,
  int8,
  int4,
};

// TF32 keeps 19 significant bits (sign, 8 exponent, 10 mantissa) in a 32-bit container. Which of
// the two is its "bit length of the operation" is not said in the rule. A TPP (a number) reads 32
// unless told otherwise: the conservative reading, which can only raise a TPP, never hide one.
// classify() and eccn_of() read both unless told which (rules/classify.hpp).
enum class tf32_reading : std::uint8_t {
  container_32,    // 32 bits: the register/container width (tpp()'s default, conservative)
  significant_19,  // 19 bits: the bits that take part in the multiply
};

struct format_info {
  number_format format{};
  std::string_view key{};  // lower-case spelling used by the CLI and JSON
  int bits;                // bit length of the operation (TF32: the container reading)
  bool floating{};
};

inline constexpr std::array<format_info, 14> format_table{{
    {number_format::fp64, "fp64", 64, true},
    {number_format::fp32, "fp32", 32, true},
    {number_format::tf32, "tf32", 32, true},
    {number_format::bf16, "bf16", 16, true},
    {number_format::fp16, "fp16", 16, true},
    {number_format::fp8, "fp8", 8, true},
    {number_format::fp8_e4m3, "fp8_e4m3", 8, true},
    {number_format::fp8_e5m2, "fp8_e5m2", 8, true},
    {number_format::fp6, "fp6", 6, true},
    {number_format::fp4, "fp4", 4, true},
    {number_format::int32, "int32", 32, false},
    {number_format::int16, "int16", 16, false},
    {number_format::int8, "int8", 8, false},
    {number_format::int4, "int4", 4, false},
}};

constexpr const format_info& info(number_format f) noexcept { return format_table[static_cast<std::size_t>(f)]; }

constexpr std::string_view key(number_format f) noexcept { return info(f).key; }

// The rule's bit length for a format, with TF32 read as chosen.
constexpr int bit_length(number_format f, tf32_reading tf32 = tf32_reading::container_32) noexcept {
  if (f == number_format::tf32 && tf32 == tf32_reading::significant_19) return 19;
  return info(f).bits;
}

// Looks a format up by its key ("fp16", "int8", "fp8_e4m3"); nullopt when unknown.
constexpr maybe<number_format> format_from_key(std::string_view k) noexcept {
  for (const format_info& fi : format_table) {
    if (fi.key == k) return fi.format;
  }
  return std::nullopt;
}

inline constexpr number_format fp64 = number_format::fp64;
inline constexpr number_format fp32 = number_format::fp32;
inline constexpr number_format tf32 = number_format::tf32;
inline constexpr number_format bf16 = number_format::bf16;
inline constexpr number_format fp16 = number_format::fp16;
inline constexpr number_format fp8 = number_format::fp8;
inline constexpr number_format fp8_e4m3 = number_format::fp8_e4m3;
inline constexpr number_format fp8_e5m2 = number_format::fp8_e5m2;
inline constexpr number_format fp6 = number_format::fp6;
inline constexpr number_format fp4 = number_format::fp4;
inline constexpr number_format int32 = number_format::int32;
inline constexpr number_format int16 = number_format::int16;
inline constexpr number_format int8 = number_format::int8;
inline constexpr number_format int4 = number_format::int4;

}  // namespace accelspec

// ---- end accelspec/spec/number_format.hpp ----

namespace accelspec {

// Whether the item is "designed or marketed for use in datacenters" (note to 3A090.a and .b).
// The regulation does not define the phrase; it is an input, and unknown is a valid answer.
enum class market : std::uint8_t { unknown, datacenter, other };

constexpr std::string_view key(market m) noexcept {
  return m == market::datacenter ? "datacenter" : m == market::other ? "other" : "unknown";
}

// One dense peak rate of one processing unit in one number format. Entries that share a `unit`
// are modes of the same hardware (its rate at each bit length is the best of its formats);
// different units run side by side and their TPPs add up (Technical Note: TPP = TPP1 + ... + TPPn).
struct compute_rate {
  number_format format{};
  dense_rate rate{};
  std::string_view unit{};  // processing unit; empty = the chip's main matrix unit
};

// A dense rate only: a sparse headline must go through dense_from_sparse first.
constexpr compute_rate dense(number_format f, dense_rate r, std::string_view unit = {}) noexcept {
  return compute_rate{f, r, unit};
}

// The physical form the product is sold in. Not read by the rules: analysts filter by it, and it
// tells a card (whose host link is its only I/O) from a module on a scale-up fabric.
enum class form_factor : std::uint8_t {
  unknown,
  pcie,       // add-in card on PCI Express
  sxm,        // NVIDIA SXM module
  oam,        // OCP Accelerator Module
  superchip,  // GPU and CPU on one board (GH200, GB200); figures are per GPU
  board,      // a vendor's own board or module (cloud accelerators, TPU trays, ...); not named
              // "module", which nvcc reads as the start of a C++20 module declaration
  wafer,      // wafer-scale engine
};

constexpr std::string_view key(form_factor f) noexcept {
  constexpr std::string_view keys[] = {"unknown", "pcie", "sxm", "oam", "superchip", "board", "wafer"};
  return keys[static_cast<std::size_t>(f)];
}

// How a printed link rate counts directions. Vendors print NVLink, ICI or Infinity Fabric as a
// total of both directions and PCIe or Ethernet per direction; the catalog keeps the figure as
// printed with its convention, and bidirectional() gives the comparable total.
enum class link_direction : std::uint8_t {
  unknown,        // the source does not say: the figure is a lower bound of the bidirectional rate
  bidirectional,  // the sum of both directions
  per_direction,  // one direction; the bidirectional total is twice this
};

constexpr std::string_view key(link_direction d) noexcept {
  return d == link_direction::bidirectional   ? "bidirectional"
         : d == link_direction::per_direction ? "per_direction"
                                              : "unknown";
}

// One class of link of the chip: its name ("NVLink 4", "PCIe 5.0 x16", "400G Ethernet") and its
// aggregate rate as printed. An absent link has neither.
struct link {
  std::string_view name{};
  maybe<data_rate> rate{};
  link_direction direction = link_direction::unknown;

  [[nodiscard]] constexpr bool known() const noexcept { return !name.empty() || rate.has_value(); }
  // The total of both directions, when the direction convention is known.
  [[nodiscard]] constexpr maybe<data_rate> bidirectional() const noexcept {
    if (!rate || direction == link_direction::unknown) return std::nullopt;
    return direction == link_direction::per_direction ? *rate * 2 : *rate;
  }
};

// The chip's links split the way analysts compare them: chip-to-chip scale-up fabric (NVLink,
// Infinity Fabric, ICI, UB), the host link (PCIe, C2C) and the scale-out network (NICs on the
// package, RoCE ports). The rule's single aggregate stays `accelerator::io_bandwidth`.
struct interconnect {
  link scale_up{};
  link host{};
  link scale_out{};
};

struct accelerator {
  std::string_view name{};
  std::string_view vendor{};
  // ISO 3166-1 alpha-2 code of the country where the designer (the vendor) is headquartered: "US",
  // "CN", ... Empty: unknown. Rules that turn on where an item was designed read it (e.g. the
  // General Prohibition 10 guidance on PRC-designed advanced chips).
  std::string_view designer_country{};
  accelspec::market market = accelspec::market::unknown;
  detail::fixed_list<compute_rate, 24> compute{};  // dense peak rates
  detail::fixed_list<die, 16> dies{};
  memory_system memory{};
  // Aggregate bidirectional transfer rate over all inputs and outputs to integrated circuits other
  // than volatile memories (the 2022 text's interconnect prong).
  maybe<data_rate> io_bandwidth{};
  maybe<power> tdp{};
  maybe<std::chrono::year_month_day> released{};
  // Analysts' fields; the rules read none of them.
  accelspec::form_factor form_factor = accelspec::form_factor::unknown;
  accelspec::interconnect links{};
  maybe<std::int64_t> transistor_count{};  // whole package, as the vendor prints it
};

}  // namespace accelspec

// ---- end accelspec/spec/accelerator.hpp ----

// (inlined: spec/dense_and_sparse.hpp)
// ---- begin accelspec/spec/dense_and_sparse.hpp ----
// One processing unit's rate in one format, stated twice: datasheets print a dense figure and a
// "with sparsity" figure (2:4 structured sparsity doubles the headline) for the same hardware. The
// two are statements about one rate, not two units: counting both would double the unit's TPP (the
// H20's FP8 296 dense / 592 sparse is TPP 2,368, not 4,736).
//
// The rule, in one place for the library, the CLI's --dense/--sparse and the CSV readers:
// - consistent (sparse headline = ratio x dense, exactly): one rate, the dense figure;
// - inconsistent: an error naming both figures; figures that belong to different units must say
//   so (a separate `unit` in C++, `@N` on the command line).

// (inlined: ../detail/cxx20.hpp)

// (inlined: ../maybe.hpp)

// (inlined: ../detail/error.hpp)
// (inlined: ../detail/overflow.hpp)
// ---- begin accelspec/detail/overflow.hpp ----
// 64-bit products and sums that report overflow instead of failing, for code that must finish its
// checks before it reports anything (metrics/measure.hpp) or that only needs to know whether a
// product exceeds a value (spec/validate.hpp). The builtins are constexpr in g++ and clang and
// cost one step in a constant evaluation; elsewhere the portable arithmetic of arith.hpp answers.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>

// (inlined: arith.hpp)

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

// ---- end accelspec/detail/overflow.hpp ----

// (inlined: ../units/quantity.hpp)
// (inlined: accelerator.hpp)
// (inlined: number_format.hpp)

namespace accelspec {

// The dense rate that a sparse headline states for the same unit, or nullopt when the headline is
// not exactly `s` times some dense rate of whole 10^6 op/s.
constexpr maybe<dense_rate> dense_stated_by(sparse_rate headline, sparsity s = sparsity::structured_2_4) {
  if (s.sparse_parts <= 0 || s.dense_parts <= 0 || s.dense_parts > s.sparse_parts) return std::nullopt;
  const std::int64_t scaled = detail::checked_mul(headline.count(), s.dense_parts);
  if (scaled % s.sparse_parts != 0) return std::nullopt;
  return dense_rate::from_count(scaled / s.sparse_parts);
}

// Whether a dense figure and a sparse headline of one format and unit state the same rate.
constexpr bool same_rate(dense_rate dense_figure, sparse_rate headline, sparsity s = sparsity::structured_2_4) {
  const maybe<dense_rate> d = dense_stated_by(headline, s);
  return d && *d == dense_figure;
}

// The one rate of a unit given both figures: the dense figure when the two agree; an error naming
// both when they do not (a constant evaluation stops at the check, run time throws invalid_spec).
constexpr dense_rate one_rate(dense_rate dense_figure, sparse_rate headline, sparsity s = sparsity::structured_2_4) {
  if (!same_rate(dense_figure, headline, s)) {
    // The message stays on the line of the macro: a failed constant evaluation prints that line.
    // clang-format off
    ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec: the dense and the sparse figure of one format and unit disagree (give separate units if they are two)");
    // clang-format on
  }
  return dense_figure;
}

// The compute entry of a unit whose datasheet prints both figures:
//   dense_and_sparse(fp8, 296_tflops, 592_sparse_tflops)  ->  dense(fp8, 296_tflops)
constexpr compute_rate dense_and_sparse(number_format f, dense_rate dense_figure, sparse_rate headline,
                                        std::string_view unit = {}, sparsity s = sparsity::structured_2_4) {
  return compute_rate{f, one_rate(dense_figure, headline, s), unit};
}

}  // namespace accelspec

// ---- end accelspec/spec/dense_and_sparse.hpp ----

// (inlined: spec/die.hpp)
// (inlined: spec/memory.hpp)
// (inlined: spec/number_format.hpp)
// (inlined: spec/validate.hpp)
// ---- begin accelspec/spec/validate.hpp ----
// Validation of a spec: the checks that make "unknown" and "wrong" different things.
//
// find_problem() is the non-throwing form (constexpr; usable in static_assert and at run time).
// require_valid() stops a constant evaluation, or throws accelspec::error at run time. Every
// metric and classification calls it first, so an invalid spec can never be classified.
// Each check names its message first, on the line the compiler prints when the check fails in a
// constant expression, so the diagnostic shows what is wrong.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <string_view>

// (inlined: ../detail/error.hpp)
// (inlined: ../detail/overflow.hpp)
// (inlined: accelerator.hpp)

namespace accelspec {
namespace detail {

// One check: Throw = true fails at once, Throw = false returns the message.
#define ACCELSPEC_SPEC_CHECK(message, condition)                         \
  if (condition) {                                                       \
    if constexpr (Throw)                                                 \
      ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec: " message); \
    else                                                                 \
      return "accelspec: invalid spec: " message;                        \
  }

// The days of each month outside leap years, by month number (0 unused). At namespace scope: a
// local table is built on every call, at run time and in a constant evaluation alike.
inline constexpr unsigned char days_in_month[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// year_month_day::ok() without the standard library's calls (it spends a few hundred steps of a
// constant evaluation on it, once per spec checked). A day up to the 28th is in every month, so
// only later days look at the month's length and the year's leap day.
constexpr bool valid_date(const std::chrono::year_month_day& date) noexcept {
  const int y = static_cast<int>(date.year());
  const unsigned m = static_cast<unsigned>(date.month()), d = static_cast<unsigned>(date.day());
  if (y < -32767 || y > 32767 || m - 1u >= 12u || d - 1u >= 31u) return false;
  if (d <= 28u) return true;
  const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  return d <= days_in_month[m] + (m == 2u && leap ? 1u : 0u);
}

// A rate given and not positive.
constexpr bool not_positive(const maybe<data_rate>& rate) noexcept { return rate && rate->count() <= 0; }

// The checks in three groups (compute rates, dies, the rest), in the order find_problem() reports
// them. metrics/measure.hpp runs the first two fused into its measuring loops and calls these
// only to name the problem it found.
template <bool Throw>
constexpr const char* check_spec_rates(const accelerator& chip) {
  const auto& rates = chip.compute;
  for (std::size_t i = 0; i < rates.size(); ++i) {
    ACCELSPEC_SPEC_CHECK("a compute rate is negative", rates[i].rate.count() < 0);
    ACCELSPEC_SPEC_CHECK("a compute rate is zero (leave an unsupported format out)", rates[i].rate.count() == 0);
    ACCELSPEC_SPEC_CHECK("unknown number format", static_cast<std::size_t>(rates[i].format) >= format_table.size());
    for (std::size_t j = i + 1; j < rates.size(); ++j) {
      ACCELSPEC_SPEC_CHECK("duplicate compute entry (one format listed twice for the same processing unit)",
                           rates[i].format == rates[j].format && rates[i].unit == rates[j].unit);
    }
  }
  return nullptr;
}

template <bool Throw>
constexpr const char* check_spec_dies(const accelerator& chip) {
  const auto& dies = chip.dies;
  for (std::size_t i = 0; i < dies.size(); ++i) {
    ACCELSPEC_SPEC_CHECK("die area is negative", dies[i].area && dies[i].area->count() < 0);
    ACCELSPEC_SPEC_CHECK("die area is zero (use std::nullopt for unknown)", dies[i].area && dies[i].area->count() == 0);
    ACCELSPEC_SPEC_CHECK("die count must be at least 1", dies[i].count < 1);
    for (std::size_t j = i + 1; j < dies.size(); ++j) {
      ACCELSPEC_SPEC_CHECK("duplicate die name (list a die once and set .count)",
                           !dies[i].name.empty() && dies[i].name == dies[j].name);
    }
  }
  return nullptr;
}

// A check added here needs its input in rest_may_fail() below, which the one pass runs first and
// which must say "may fail" whenever one of these checks can (tests/perf checks both agree).
template <bool Throw>
constexpr const char* check_spec_rest(const accelerator& chip) {
  const memory_system& m = chip.memory;
  ACCELSPEC_SPEC_CHECK("unknown memory technology",
                       static_cast<int>(m.technology) > static_cast<int>(memory_technology::sram));
  ACCELSPEC_SPEC_CHECK("memory stack count must be at least 1", m.stacks && *m.stacks < 1);
  ACCELSPEC_SPEC_CHECK("memory capacity must be positive", m.capacity && m.capacity->count() <= 0);
  ACCELSPEC_SPEC_CHECK("memory bandwidth must be positive", m.bandwidth && m.bandwidth->count() <= 0);
  ACCELSPEC_SPEC_CHECK("per-stack memory capacity must be positive",
                       m.stack_capacity && m.stack_capacity->count() <= 0);
  ACCELSPEC_SPEC_CHECK("per-stack memory bandwidth must be positive",
                       m.stack_bandwidth && m.stack_bandwidth->count() <= 0);
  ACCELSPEC_SPEC_CHECK("usable memory capacity exceeds stacks x per-stack capacity",
                       m.stacks && m.stack_capacity && m.capacity &&
                           exceeds_product(m.capacity->count(), m.stack_capacity->count(), *m.stacks));
  ACCELSPEC_SPEC_CHECK("memory bandwidth exceeds stacks x per-stack bandwidth",
                       m.stacks && m.stack_bandwidth && m.bandwidth &&
                           exceeds_product(m.bandwidth->count(), m.stack_bandwidth->count(), *m.stacks));
  ACCELSPEC_SPEC_CHECK("I/O bandwidth is negative", chip.io_bandwidth && chip.io_bandwidth->count() < 0);
  ACCELSPEC_SPEC_CHECK("TDP must be positive", chip.tdp && chip.tdp->count() <= 0);
  ACCELSPEC_SPEC_CHECK("release date is not a valid calendar date", chip.released && !valid_date(*chip.released));
  ACCELSPEC_SPEC_CHECK("unknown market value", static_cast<int>(chip.market) > static_cast<int>(market::other));
  ACCELSPEC_SPEC_CHECK("transistor count must be positive", chip.transistor_count && *chip.transistor_count <= 0);
  // The three links written out rather than looped over: a loop over a list of pointers builds
  // the list on every call (about twenty instructions of every eccn_of(), which runs this check).
  ACCELSPEC_SPEC_CHECK("a link rate must be positive", not_positive(chip.links.scale_up.rate) ||
                                                           not_positive(chip.links.host.rate) ||
                                                           not_positive(chip.links.scale_out.rate));
  ACCELSPEC_SPEC_CHECK(
      "designer country must be an ISO 3166-1 alpha-2 code (two capital letters) or empty",
      !chip.designer_country.empty() &&
          (chip.designer_country.size() != 2 || chip.designer_country[0] < 'A' || chip.designer_country[0] > 'Z' ||
           chip.designer_country[1] < 'A' || chip.designer_country[1] > 'Z'));
  return nullptr;
}

#undef ACCELSPEC_SPEC_CHECK

// False only when check_spec_rest() finds nothing: every optional it checks is absent, the
// enumerations are in range and no designer country is given. One screen of flags ORed together,
// for the one pass (metrics/measure.hpp), which runs the checks themselves only when it is true.
constexpr bool rest_may_fail(const accelerator& chip) noexcept {
  const memory_system& m = chip.memory;
  // Each flag as unsigned by a cast, not through a helper: a call is two steps of a constant
  // evaluation, and this runs in every classification of the catalog's consteval loop.
  using u = unsigned;
  return (u(m.stacks.has_value()) | u(m.capacity.has_value()) | u(m.bandwidth.has_value()) |
          u(m.stack_capacity.has_value()) | u(m.stack_bandwidth.has_value()) | u(chip.io_bandwidth.has_value()) |
          u(chip.tdp.has_value()) | u(chip.released.has_value()) | u(chip.transistor_count.has_value()) |
          u(chip.links.scale_up.rate.has_value()) | u(chip.links.host.rate.has_value()) |
          u(chip.links.scale_out.rate.has_value()) | u(!chip.designer_country.empty()) |
          u(static_cast<unsigned>(m.technology) > static_cast<unsigned>(memory_technology::sram)) |
          u(static_cast<unsigned>(chip.market) > static_cast<unsigned>(market::other))) != 0;
}

// Throw = true: fail at the first problem. Throw = false: return its message (nullptr if none).
template <bool Throw>
constexpr const char* check_spec(const accelerator& chip) {
  if (const char* problem = check_spec_rates<Throw>(chip)) return problem;
  if (const char* problem = check_spec_dies<Throw>(chip)) return problem;
  return check_spec_rest<Throw>(chip);
}

}  // namespace detail

// The first problem found in the spec, as a message, or nullptr when the spec is valid.
constexpr const char* find_problem(const accelerator& chip) { return detail::check_spec<false>(chip); }

constexpr bool is_valid(const accelerator& chip) { return find_problem(chip) == nullptr; }

// Stops a constant evaluation (compile error showing the message) or throws accelspec::error.
constexpr void require_valid(const accelerator& chip) { detail::check_spec<true>(chip); }

// The spec itself, checked: `constexpr auto chip = accelspec::validated(accelerator{...});`
// turns any problem into a compile error at the point of definition.
constexpr accelerator validated(const accelerator& chip) {
  require_valid(chip);
  return chip;
}

}  // namespace accelspec

// ---- end accelspec/spec/validate.hpp ----

// (inlined: metrics/bandwidth.hpp)
// ---- begin accelspec/metrics/bandwidth.hpp ----
// Memory-system totals derived from the spec.

// (inlined: ../detail/cxx20.hpp)

// (inlined: ../maybe.hpp)

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/validate.hpp)

namespace accelspec {

// Total memory bandwidth: the specified total, else stacks x per-stack bandwidth.
constexpr maybe<data_rate> memory_bandwidth(const accelerator& chip) {
  require_valid(chip);
  const memory_system& m = chip.memory;
  if (m.bandwidth) return m.bandwidth;
  if (m.stacks && m.stack_bandwidth) return *m.stack_bandwidth * *m.stacks;
  return std::nullopt;
}

// Total DRAM bandwidth (the January 2026 rule's 'total DRAM bandwidth'): the memory bandwidth
// when the memory is DRAM, zero for on-die SRAM, unknown when the technology is unknown.
constexpr maybe<data_rate> total_dram_bandwidth(const accelerator& chip) {
  const maybe<bool> dram = is_dram(chip.memory.technology);
  if (!dram) return std::nullopt;
  if (!*dram) return data_rate{};
  return memory_bandwidth(chip);
}

// Total memory capacity: the specified usable total, else stacks x per-stack capacity.
constexpr maybe<data_size> memory_capacity(const accelerator& chip) {
  require_valid(chip);
  const memory_system& m = chip.memory;
  if (m.capacity) return m.capacity;
  if (m.stacks && m.stack_capacity) return *m.stack_capacity * *m.stacks;
  return std::nullopt;
}

}  // namespace accelspec

// ---- end accelspec/metrics/bandwidth.hpp ----

// (inlined: metrics/density.hpp)
// ---- begin accelspec/metrics/density.hpp ----
// Applicable die area and performance density (Technical Note to 3A090.a and .b):
//   performance density = TPP / applicable die area (mm²), where the applicable die area
//   "includes all die area of logic dies manufactured with a process node that uses a
//   non-planar transistor architecture".

// (inlined: ../detail/cxx20.hpp)

// (inlined: ../maybe.hpp)

// (inlined: ../detail/error.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: measure.hpp)
// ---- begin accelspec/metrics/measure.hpp ----
// The measurement of a spec in one pass: the metrics the rules read (the TPP at every bit length
// and the applicable die area) with every check of spec/validate.hpp fused into the same loops.
//
// Every metric and every classification starts here, so its cost is linear in the number of
// compute rates and dies:
// - rates: one slot per bit length (six storage widths, plus 19 for TF32); per processing unit
//   its best rate in each slot and a bitmask of the formats it has listed (a second entry of a
//   format for one unit is a duplicate); per slot a running sum of the units' best rates, updated
//   by the gain when a unit's best improves. TF32 is the only 19-bit format, so the pass keeps it
//   in the 19-bit slot and the 32-bit slot free of it: that is the 19-bit reading, and the 32-bit
//   reading (TF32 as its container) is one loop over the units at the end, run only for a spec
//   that lists TF32. Both readings come from one pass; a spec without TF32 pays nothing for them;
// - dies: validity, duplicate names (a 64-bit filter of the names' lengths, looked at further only
//   when two names share a length) and the applicable area, in the same loop.
// The pass records that something is wrong without stopping; when it is, the canonical checker
// (detail::check_spec) runs and reports the first problem with the same message find_problem()
// gives, so the fused checks change how fast an invalid spec is found, never what it is told.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/arith.hpp)
// (inlined: ../detail/error.hpp)
// (inlined: ../detail/hot.hpp)
// ---- begin accelspec/detail/hot.hpp ----
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

// (inlined: ../detail/cxx20.hpp)

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

// ---- end accelspec/detail/hot.hpp ----

// (inlined: ../detail/overflow.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/die.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: ../spec/validate.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: tpp_value.hpp)
// ---- begin accelspec/metrics/tpp_value.hpp ----
// The TPP value type: an exact count of 10^-6 TPP, its literal and the TPP of one dense rate.
// Separate from tpp.hpp (the TPP of a chip) so that the one-pass measurement of a spec
// (measure.hpp) can use it while tpp.hpp is built on that pass.

// (inlined: ../detail/cxx20.hpp)

#include <compare>
#include <cstdint>
#include <string_view>

// (inlined: ../detail/arith.hpp)
// (inlined: ../detail/error.hpp)
// (inlined: ../units/decimal.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)

namespace accelspec {

// A TPP figure, exact: a count of 10^-6 TPP, i.e. dense rate (10^6 op/s) x bits.
class tpp_value {
 public:
  static constexpr std::int64_t per_unit = 1'000'000;

  constexpr tpp_value() noexcept = default;
  static constexpr tpp_value from_count(std::int64_t count) noexcept { return tpp_value{count}; }
  static constexpr tpp_value from_integer(std::int64_t tpp) { return tpp_value{detail::checked_mul(tpp, per_unit)}; }

  [[nodiscard]] constexpr std::int64_t count() const noexcept { return count_; }
  // A whole TPP (every threshold of the rules) skips the reduction.
  [[nodiscard]] constexpr rational value() const {
    return count_ % per_unit == 0 ? rational{count_ / per_unit} : rational{count_, per_unit};
  }

  friend constexpr bool operator==(const tpp_value&, const tpp_value&) = default;
  friend constexpr std::strong_ordering operator<=>(const tpp_value&, const tpp_value&) = default;
  // Against plain numbers: tpp(h20) == 2368, tpp(h100) >= 4800.
  friend constexpr bool operator==(const tpp_value& t, const rational& r) { return t.value() == r; }
  friend constexpr std::strong_ordering operator<=>(const tpp_value& t, const rational& r) { return t.value() <=> r; }

  friend constexpr tpp_value operator+(tpp_value a, tpp_value b) {
    return tpp_value{detail::checked_add(a.count_, b.count_)};
  }
  friend constexpr tpp_value operator*(tpp_value a, std::int64_t n) {
    return tpp_value{detail::checked_mul(a.count_, n)};
  }

 private:
  constexpr explicit tpp_value(std::int64_t count) noexcept : count_(count) {}
  std::int64_t count_ = 0;
};

namespace literals {
// Parsed from the characters as written, once per program rather than once per spelling.
consteval tpp_value operator""_tpp(const char* text) {
  const decimal_result r = parse_decimal(std::string_view(text), tpp_value::per_unit, true);
  if (!r.ok()) ACCELSPEC_FAIL(invalid_quantity, "accelspec: malformed TPP literal (at most six decimal places)");
  return tpp_value::from_count(r.count);
}
}  // namespace literals

// The TPP of a dense rate at a bit length: rate (TOPS) x bits.
constexpr tpp_value tpp_of(dense_rate rate, int bits) {
  return tpp_value::from_count(detail::checked_mul(rate.count(), bits));
}

}  // namespace accelspec

// ---- end accelspec/metrics/tpp_value.hpp ----

namespace accelspec::detail {

// The bit lengths a TPP can be taken at, ascending (ties between bit lengths go to the shorter).
// Built-in arrays rather than std::array: an index into them is no function call, which keeps the
// pass cheap in constant evaluation (each call is steps against the compiler's limit).
inline constexpr std::size_t bit_slot_count = 7;
inline constexpr int slot_bits[bit_slot_count] = {4, 6, 8, 16, 19, 32, 64};
inline constexpr std::size_t format_count = format_table.size();
inline constexpr std::uint8_t tf32_significant_slot = 4;  // slot_bits[4] == 19
inline constexpr std::uint8_t container_32_slot = 5;      // slot_bits[5] == 32
inline constexpr std::uint64_t slot_bits_unsigned[bit_slot_count] = {4, 6, 8, 16, 19, 32, 64};

constexpr std::uint8_t slot_of_bits(int bits) noexcept {
  std::uint8_t s = 0;
  while (s + 1u < bit_slot_count && slot_bits[s] != bits) ++s;
  return s;
}

// The slot of each format under the container reading, by format index.
struct format_slots {
  std::uint8_t of[format_count];
};
inline constexpr format_slots format_slot = [] {
  format_slots out{};
  for (std::size_t i = 0; i < format_count; ++i) out.of[i] = slot_of_bits(format_table[i].bits);
  return out;
}();
// The slot of each format in the pass: TF32 at its 19 significant bits, every other format at its
// bit length.
inline constexpr format_slots format_slot_19 = [] {
  format_slots out{};
  for (std::size_t i = 0; i < format_count; ++i) {
    out.of[i] = format_table[i].format == number_format::tf32 ? tf32_significant_slot : format_slot.of[i];
  }
  return out;
}();
static_assert(
    [] {
      for (const format_info& fi : format_table) {
        if (slot_bits[slot_of_bits(fi.bits)] != fi.bits) return false;
      }
      // TF32 alone has 19 bits, and its container is the 32-bit slot (see measure_spec()).
      for (const format_info& fi : format_table) {
        if (fi.bits == 19 || (fi.format == number_format::tf32 && fi.bits != 32)) return false;
      }
      for (std::size_t s = 0; s < bit_slot_count; ++s) {
        if (slot_bits_unsigned[s] != static_cast<std::uint64_t>(slot_bits[s])) return false;
      }
      return slot_bits[tf32_significant_slot] == 19 && slot_bits[container_32_slot] == 32;
    }(),
    "every format's bit length needs a TPP slot");

// What the pass reads of a rate's format, for each value of a number_format's byte, in one entry
// (one index per rate): the format's bit in a unit's mask of listed formats, or no_format_bit for
// a value that names no format (a unit's mask starts with it set, so such a value reads as a
// format listed twice: invalid); its slot in the pass (TF32 at 19 bits) and the slot's bit length.
// Indexed by the byte, so no value reads outside the table.
inline constexpr unsigned no_format_bit = 1u << 15u;
static_assert(format_count < 15 && std::is_same_v<std::underlying_type_t<number_format>, std::uint8_t>);
struct pass_format {
  std::uint64_t slot_bits;
  std::uint16_t bit;
  std::uint8_t slot;
};
struct pass_formats {
  pass_format of[256];
};
inline constexpr pass_formats pass_format_of = [] {
  pass_formats out{};
  for (std::size_t i = 0; i < 256; ++i) {
    const std::uint8_t s = i < format_count ? format_slot_19.of[i] : 0;
    out.of[i] = {slot_bits_unsigned[s], static_cast<std::uint16_t>(i < format_count ? 1u << i : no_format_bit), s};
  }
  return out;
}();
// What the pass measures. Valid only for a valid spec: measure_spec() fails on any other.
struct spec_measure {
  std::int64_t tpp_by_slot[bit_slot_count]{};  // TPP counts (10^-6 TPP) per slot
  std::uint8_t slots_present = 0;              // slots that some rate reaches
  maybe<tpp_value> tpp{};                      // the highest slot; nullopt: no rate
  int tpp_bits = 0;                            // its bit length
  maybe<area> applicable_die_area{};
  // Asked for both readings (the tpp above is then the 32-bit one): whether the 19-bit reading of
  // TF32 gives another TPP, and that TPP with its bit length.
  bool tf32_split = false;
  maybe<tpp_value> tpp_19{};
  int tpp_19_bits = 0;
};

// What eccn_of() and classify() read of the pass: the TPP and its bit length (both readings when
// asked) and the area.
struct lean_measure {
  maybe<tpp_value> tpp{};
  int tpp_bits = 0;
  maybe<area> applicable_die_area{};
  bool tf32_split = false;
  maybe<tpp_value> tpp_19{};  // both readings asked and TF32 listed: the 19-bit reading's TPP
  int tpp_19_bits = 0;        // and its bit length
  // The performance densities of tpp and tpp_19, when the producer derived them: a
  // checked_accelerator does, once for all its classifications; the pass leaves them to the one
  // reader that needs them (classify; eccn_of compares without forming the ratio).
  bool has_density = false;
  maybe<rational> density{};
  maybe<rational> density_19{};
};

// The highest slot, the shorter bit length on a tie; 0 bits: no rate. A slot some rate reaches
// holds a positive sum (every rate of a valid spec is positive), so the others (zero) never win.
struct best_slot {
  std::int64_t tpp = 0;
  int bits = 0;
};
constexpr best_slot highest_slot(const std::int64_t (&by_slot)[bit_slot_count]) noexcept {
  best_slot b;
  for (std::size_t s = 0; s < bit_slot_count; ++s) {
    if (by_slot[s] > b.tpp) b = {by_slot[s], slot_bits[s]};
  }
  return b;
}

// Within these bounds no sum of the pass can overflow, so it adds without checking: rates up to
// 2^40 counts (10^18 op/s) at most 64 bits over at most 24 units stay under 2^51; die areas up to
// 2^40 µm² times counts up to 2^16 over at most 16 dies stay within 2^60. The pass tests each
// value less one against them, so a value that is not positive (a set top bit) fails the same
// test; then the canonical checks run first. Above them (never for a real chip) the sums are
// taken again with checked arithmetic.
inline constexpr unsigned unchecked_rate_bits = 40, unchecked_area_bits = 40, unchecked_count_bits = 16;

// The TPP slot of a rate under a reading (the pass itself keeps TF32 at 19 bits; see above).
constexpr std::uint8_t slot_of(number_format f, tf32_reading tf32) noexcept {
  return f == number_format::tf32 && tf32 == tf32_reading::significant_19 ? tf32_significant_slot
                                                                          : format_slot.of[static_cast<std::size_t>(f)];
}

// Reports an overflow of a valid spec's TPP with the message and in the order of the checked
// arithmetic: bit lengths ascending, units in the order they first appear at that bit length,
// each unit's best rate times the bit length, added up. Reached only when the pass overflowed.
constexpr void report_tpp_overflow(const accelerator& chip, tf32_reading tf32) {
  const auto& rates = chip.compute;
  for (std::uint8_t s = 0; s < bit_slot_count; ++s) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < rates.size(); ++i) {
      if (slot_of(rates[i].format, tf32) != s) continue;
      bool seen_before = false;
      for (std::size_t j = 0; j < i; ++j) {
        seen_before = seen_before || (rates[j].unit == rates[i].unit && slot_of(rates[j].format, tf32) == s);
      }
      if (seen_before) continue;
      std::int64_t best = rates[i].rate.count();
      for (std::size_t j = i + 1; j < rates.size(); ++j) {
        if (rates[j].unit == rates[i].unit && slot_of(rates[j].format, tf32) == s && rates[j].rate.count() > best) {
          best = rates[j].rate.count();
        }
      }
      sum = checked_add(sum, checked_mul(best, slot_bits[s]));
    }
  }
}

// Same for the applicable die area: dies in order, up to the first that makes the area unknown.
constexpr void report_area_overflow(const accelerator& chip) {
  std::int64_t sum = 0;
  for (const die& d : chip.dies) {
    if (d.role == die_role::memory || d.transistors == transistor_architecture::planar) continue;
    if (d.transistors == transistor_architecture::unknown || !d.area) return;
    sum = checked_add(sum, checked_mul(d.area->count(), d.count));
  }
}

// A processing unit seen by the pass. No default member initializers: the pass initialises a
// unit when it first meets it, so an unused slot of the array costs nothing.
// The name is kept as a pointer and a size, not a std::string_view: string_view's default
// constructor would zero every element of the array the pass declares, used or not.
struct unit_state {
  const char* name_data;
  std::size_t name_size;
  std::uint16_t formats;              // formats it has listed
  std::int64_t best[bit_slot_count];  // its best rate count per slot
};

// A unit's name is this one; the usual case (both empty: the main matrix unit) costs two size
// reads. At run time two names at one address are equal without reading them (rates of one unit
// usually name it with one string); a constant evaluation compares the characters, as it may not
// compare the addresses of two string literals.
constexpr bool same_unit(const unit_state& u, std::string_view b) noexcept {
  return u.name_size == b.size() && (b.empty() || (!std::is_constant_evaluated() && u.name_data == b.data()) ||
                                     std::string_view(u.name_data, u.name_size) == b);
}

// Whether two dies have the same (non-empty) name, for the pass when two names share a length:
// a 64-bit filter of the names seen, one bit per name picked by its length and first and last
// characters (odd multipliers: names that differ in the last character alone, "d0" to "d9", get
// different bits), then every pair of names compared only when a name's bit is already set (two
// names alike in those, or a duplicate). Linear in the dies unless that second filter hits.
ACCELSPEC_DETAIL_COLD constexpr bool duplicate_die_name(const die* dies, std::size_t count) noexcept {
  std::uint64_t seen = 0;
  bool hit = false;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view name = dies[i].name;
    if (name.empty()) continue;
    const std::size_t first = static_cast<unsigned char>(name[0]);
    const std::size_t last = static_cast<unsigned char>(name[name.size() - 1]);
    const std::uint64_t bit = std::uint64_t{1} << ((name.size() + 5u * first + 9u * last) & 63u);
    hit = hit || (seen & bit) != 0;
    seen |= bit;
  }
  if (!hit) return false;
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (!dies[i].name.empty() && dies[j].name == dies[i].name) return true;
    }
  }
  return false;
}

// The canonical checks, out of line (rare paths: inlined, they would crowd the pass).
ACCELSPEC_DETAIL_COLD constexpr bool fails_checks(const accelerator& chip) {
  return check_spec<false>(chip) != nullptr;
}
ACCELSPEC_DETAIL_COLD constexpr bool rest_fails(const accelerator& chip) {
  return check_spec_rest<false>(chip) != nullptr;
}
// Fails with find_problem()'s message, for a spec the pass found invalid.
ACCELSPEC_DETAIL_COLD constexpr void report_invalid(const accelerator& chip) {
  if (check_spec<true>(chip) == nullptr) {  // fails in it, unless the checks disagree
    ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec (internal: the fused checks disagree with find_problem)");
  }
}

// The one pass. Fails (compile error in a constant expression, accelspec::error at run time) on an
// invalid spec, with find_problem()'s message, and on a TPP or area too large to hold exactly.
// both_readings (with tf32 = container_32): also the TPP of the 19-bit reading, in tpp_19.
// measure_pass() is forced inline (eccn_of's loop, where the compiler then drops what is not read,
// and classify's measuring step); measure_spec() is the same pass as an ordinary function, for
// everything else.
// Details = false (eccn_of, classify): the TPPs, the TPP's bit length and the area; tpp_by_slot
// and slots_present are left unset.
template <bool Details = true>
ACCELSPEC_DETAIL_HOT constexpr std::conditional_t<Details, spec_measure, lean_measure> measure_pass(
    const accelerator& chip, tf32_reading tf32, bool both_readings = false) {
  std::conditional_t<Details, spec_measure, lean_measure> out;
  bool bad = false;

  // Compute rates: per unit its best rate per slot; the sums come after the loop.
  unit_state units[decltype(chip.compute)::capacity()];  // NOLINT: initialised on first use
  // Units by pointer, not by index: an index is multiplied by the element size at each use.
  unit_state* units_end = units;  // one past the last unit seen
  std::uint64_t rate_bits = 0;    // every rate less one ORed: one test bounds them all (see above)
  // Per slot the running sum, added in unsigned arithmetic (it wraps rather than overflows; see
  // unchecked_rate_bits) and kept as the signed count it is when nothing overflowed.
  std::int64_t by_slot[bit_slot_count]{};
  // Pointers rather than a range-for: fewer steps in a constant evaluation (docs/performance.md).
  // NOLINTNEXTLINE(modernize-loop-convert)
  for (const compute_rate *r = chip.compute.begin(), *rates_end = chip.compute.end(); r != rates_end; ++r) {
    const std::int64_t rate = r->rate.count();
    unit_state* found = units;
    while (found != units_end && !same_unit(*found, r->unit)) ++found;
    if (found == units_end) {
      *found = {r->unit.data(), r->unit.size(), no_format_bit, {}};
      ++units_end;
    }
    unit_state& unit = *found;
    const pass_format& format = pass_format_of.of[static_cast<std::uint8_t>(r->format)];
    const unsigned format_bit = format.bit;
    if ((unit.formats & format_bit) != 0) {
      bad = true;  // not a format, or the same format twice for one unit
      continue;
    }
    unit.formats = static_cast<std::uint16_t>(unit.formats | format_bit);
    const std::uint8_t s = format.slot;
    // The unit's best rate at this bit length, and what the improvement adds to the slot's sum
    // (unsigned: it wraps rather than overflows; see unchecked_rate_bits).
    const std::int64_t old_best = unit.best[s];
    const std::int64_t new_best = rate > old_best ? rate : old_best;
    unit.best[s] = new_best;
    rate_bits |= static_cast<std::uint64_t>(rate) - 1u;  // a rate that is not positive sets the top bit
    by_slot[s] = static_cast<std::int64_t>(static_cast<std::uint64_t>(by_slot[s]) +
                                           static_cast<std::uint64_t>(new_best - old_best) * format.slot_bits);
  }

  // Dies: validity, duplicate names and the applicable area. The area is a known number only when
  // at least one logic or I/O die is listed and each of them is planar or has a known area on a
  // non-planar process; a known zero means every such die is planar.
  std::uint64_t area_sum = 0;  // unsigned: wraps rather than overflows; checked below when it could
  std::uint64_t area_bits = 0, count_bits = 0;
  bool any_logic = false, area_unknown = false;
  // Duplicate names: a 64-bit filter of the lengths of the names seen, one bit per length (a
  // duplicate has the length of an earlier name; lengths 64 apart share a bit). Only when two
  // names share a bit does duplicate_die_name() look further (a finer filter, then the names
  // themselves): names of different lengths cost a shift and two bit operations per die.
  std::uint64_t names_seen = 0;
  bool name_hit = false;
  const die* const dies_begin = chip.dies.begin();
  const std::size_t die_count = chip.dies.size();
  for (std::size_t i = 0; i < die_count; ++i) {
    const die* const d = dies_begin + i;
    const bool has_area = d->area.has_value();
    const std::int64_t a = has_area ? d->area->count() : 0;
    const std::size_t name_size = d->name.size();
    // Every die's area less one (when given) and count less one: one that is not positive sets
    // the top bit, so the bound test below also catches it (and then the canonical checks decide).
    area_bits |= static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(has_area);
    count_bits |= static_cast<std::uint64_t>(static_cast<std::int64_t>(d->count) - 1);
    {  // empty names (never duplicates) share bit 0; a hit on it costs the finer look only
      const std::uint64_t bit = std::uint64_t{1} << (name_size & 63u);
      name_hit |= (names_seen & bit) != 0;
      names_seen |= bit;
    }
    if (d->role == die_role::memory) continue;
    any_logic = true;
    if (d->transistors == transistor_architecture::planar) continue;
    if (d->transistors == transistor_architecture::unknown || !has_area) {
      area_unknown = true;
      continue;
    }
    area_sum += static_cast<std::uint64_t>(a) * static_cast<std::uint64_t>(d->count);
  }

  bad = bad || (name_hit && duplicate_die_name(dies_begin, die_count));
  const bool area_checked = (area_bits >> unchecked_area_bits | count_bits >> unchecked_count_bits) != 0;
  // A screen that says a check may fail (a rate, a die's area or a die's count out of bounds or
  // not positive, an input of the rest given): the canonical checks decide, out of line.
  const bool checked = rate_bits >> unchecked_rate_bits != 0;
  // Only the rest's checks when only the rest's screen says so: real specs give memory, TDP and
  // dates (that screen says "may fail" for nearly every one), and all the checks (the rates'
  // duplicate test is quadratic) would cost them more at run time and the catalog about a fifth
  // more steps in a constant evaluation.
  const bool bounds = checked || area_checked;
  if (bad || ((bounds || rest_may_fail(chip)) && (bounds ? fails_checks(chip) : rest_fails(chip)))) {
    report_invalid(chip);
  }

  // Per slot the sum over units of the best rate, times the slot's bit length (the 19-bit reading
  // of TF32); and the 32-bit reading's 32-bit slot, where TF32 joins the unit's 32-bit formats.
  bool tpp_overflow = false;
  if (checked) {  // the sums again, each product and addition checked
    for (std::size_t s = 0; s < bit_slot_count; ++s) {
      std::int64_t sum = 0;
      for (const unit_state* u = units; u != units_end; ++u) {
        std::int64_t scaled = 0;
        tpp_overflow =
            mul_overflows(u->best[s], slot_bits[s], scaled) || add_overflows(sum, scaled, sum) || tpp_overflow;
      }
      by_slot[s] = sum;
    }
  }
  // A slot some rate reaches holds a positive sum (rates are positive; an overflowing sum fails
  // below), so the sums say which slots are present.
  unsigned present = 0;
  for (std::size_t s = 0; s < bit_slot_count; ++s) present |= static_cast<unsigned>(by_slot[s] != 0) << s;
  const bool has_tf32 = by_slot[tf32_significant_slot] != 0;
  std::int64_t sum_32 = 0;
  if (has_tf32 && (tf32 == tf32_reading::container_32 || both_readings)) {
    for (const unit_state* u = units; u != units_end; ++u) {
      const std::int64_t b19 = u->best[tf32_significant_slot], b32 = u->best[container_32_slot];
      std::int64_t scaled = 0;
      tpp_overflow =
          mul_overflows(b19 > b32 ? b19 : b32, 32, scaled) || add_overflows(sum_32, scaled, sum_32) || tpp_overflow;
    }
  }
  // Under the 32-bit reading every slot sum above is at most one of that reading's, so an
  // overflow found here is one of the reading asked for, which the report names.
  if (tpp_overflow || area_checked) {
    if (tpp_overflow) report_tpp_overflow(chip, tf32);
    report_area_overflow(chip);  // returns when the area, checked, fits
    if (tpp_overflow) {
      ACCELSPEC_FAIL(invalid_quantity, "accelspec: quantity overflow (internal: the report did not find it)");
    }
  }

  if constexpr (!Details) {
    // The highest slot (the shorter bit length on a tie: slots ascend), and the same with TF32 at
    // 32 bits when it is listed and read so. eccn_of() reads no bit length: the compiler drops it.
    std::int64_t t = 0;
    int bits = 0;
    ACCELSPEC_DETAIL_UNROLL
    for (std::size_t s = 0; s < bit_slot_count; ++s) {
      bits = by_slot[s] > t ? slot_bits[s] : bits;
      t = by_slot[s] > t ? by_slot[s] : t;
    }
    if (units_end != units) {  // some rate listed
      out.tpp = tpp_value::from_count(t);
      out.tpp_bits = bits;
    }
    if (has_tf32 && tf32 == tf32_reading::container_32) {
      std::int64_t t32 = 0;
      int bits32 = 0;
      ACCELSPEC_DETAIL_UNROLL
      for (std::size_t s = 0; s < bit_slot_count; ++s) {
        const std::int64_t v = s == tf32_significant_slot ? 0 : s == container_32_slot ? sum_32 : by_slot[s];
        bits32 = v > t32 ? slot_bits[s] : bits32;
        t32 = v > t32 ? v : t32;
      }
      if (both_readings) {
        out.tpp_19 = out.tpp;
        out.tpp_19_bits = out.tpp_bits;
      }
      out.tpp = tpp_value::from_count(t32);
      out.tpp_bits = bits32;
      out.tf32_split = both_readings && t32 != t;
    }
    if (any_logic && !area_unknown) out.applicable_die_area = area::from_count(static_cast<std::int64_t>(area_sum));
    return out;
  } else {
    // The slots hold the 19-bit reading. With a TF32 rate, the 32-bit reading moves it into the
    // 32-bit slot; both_readings keeps the 19-bit TPP aside.
    for (std::size_t s = 0; s < bit_slot_count; ++s) out.tpp_by_slot[s] = by_slot[s];
    if (has_tf32 && tf32 == tf32_reading::container_32) {
      if (both_readings) {
        const best_slot b19 = highest_slot(out.tpp_by_slot);
        out.tpp_19 = tpp_value::from_count(b19.tpp);
        out.tpp_19_bits = b19.bits;
      }
      out.tpp_by_slot[tf32_significant_slot] = 0;
      out.tpp_by_slot[container_32_slot] = sum_32;
    }
    // The highest slot wins; the shorter bit length on a tie.
    const best_slot b = highest_slot(out.tpp_by_slot);
    if (has_tf32 && tf32 == tf32_reading::container_32) {
      present = (present & ~(1u << tf32_significant_slot)) | 1u << container_32_slot;
    }
    out.slots_present = static_cast<std::uint8_t>(present);
    if (b.bits != 0) {
      out.tpp = tpp_value::from_count(b.tpp);
      out.tpp_bits = b.bits;
    }
    out.tf32_split = out.tpp_19.has_value() && out.tpp_19 != out.tpp;
    if (any_logic && !area_unknown) out.applicable_die_area = area::from_count(static_cast<std::int64_t>(area_sum));
    return out;
  }
}

constexpr spec_measure measure_spec(const accelerator& chip, tf32_reading tf32, bool both_readings = false) {
  return measure_pass(chip, tf32, both_readings);
}

}  // namespace accelspec::detail

// ---- end accelspec/metrics/measure.hpp ----

// (inlined: tpp.hpp)
// ---- begin accelspec/metrics/tpp.hpp ----
// Total processing performance (TPP), Technical Note to 3A090.a and .b:
//   TPP = 2 x MacTOPS x bit length of the operation, aggregated over all processing units;
//   with several bit lengths, the highest TPP counts; dense rates only.
// Datasheet TOPS already equal 2 x MacTOPS (note b), so TPP = dense TOPS x bit length.
// The value type is in tpp_value.hpp; the arithmetic is the one pass of measure.hpp.

// (inlined: ../detail/cxx20.hpp)

#include <cstddef>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: measure.hpp)
// (inlined: tpp_value.hpp)

namespace accelspec {

struct tpp_options {
  tf32_reading tf32 = tf32_reading::container_32;
};

// The aggregate at one bit length.
struct tpp_at_bit_length {
  int bits = 0;
  tpp_value value;
};

// How a TPP was reached: the aggregate at every bit length the chip supports, and the winner.
struct tpp_breakdown {
  detail::fixed_list<tpp_at_bit_length, 16> by_bit_length;  // ascending bit length
  maybe<tpp_value> total;                                   // nullopt: no compute rate known
  int bits = 0;                                             // bit length of the highest TPP
};

// Every bit length's aggregate (each processing unit contributes its best rate at that bit
// length: formats of one unit with the same bit length are alternative modes, not simultaneous
// work), ascending; the highest wins, the shorter bit length on a tie.
constexpr tpp_breakdown tpp_details(const accelerator& chip, tpp_options options = {}) {
  const detail::spec_measure m = detail::measure_spec(chip, options.tf32);
  tpp_breakdown out;
  for (std::size_t s = 0; s < detail::bit_slot_count; ++s) {
    if ((m.slots_present >> s & 1u) != 0) {
      out.by_bit_length.push_back({detail::slot_bits[s], tpp_value::from_count(m.tpp_by_slot[s])});
    }
  }
  out.total = m.tpp;
  out.bits = m.tpp_bits;
  return out;
}

// The chip's TPP; nullopt when no compute rate is known (unknown is never zero).
constexpr maybe<tpp_value> tpp(const accelerator& chip, tpp_options options = {}) {
  return detail::measure_spec(chip, options.tf32).tpp;
}

}  // namespace accelspec

// ---- end accelspec/metrics/tpp.hpp ----

namespace accelspec {

namespace detail {
// Density from metrics already derived: nullopt when either is unknown or the area is zero.
constexpr maybe<rational> density_of(const maybe<tpp_value>& t, const maybe<area>& a) {
  if (!t || !a || a->count() == 0) return std::nullopt;
  return rational{t->count(), a->count()};
}
}  // namespace detail

// The sum over logic (and I/O) dies on non-planar processes, times their counts. nullopt when a
// die that may count has an unknown area or transistor architecture, or when no logic or I/O die
// is listed (memory dies alone say nothing about the logic). Zero when every logic and I/O die
// listed is planar.
constexpr maybe<area> applicable_die_area(const accelerator& chip) {
  return detail::measure_spec(chip, tf32_reading::container_32).applicable_die_area;
}

// TPP per mm² of applicable die area, exact. Both counts are in units of 10^-6, so the ratio
// of the counts is the density itself. nullopt when TPP or area is unknown, or the area is zero
// (a chip with only planar logic has no performance density; see docs/limitations.md).
constexpr maybe<rational> performance_density(const accelerator& chip, tpp_options options = {}) {
  const detail::spec_measure m = detail::measure_spec(chip, options.tf32);
  return detail::density_of(m.tpp, m.applicable_die_area);
}

// Density from explicit figures, for headroom and what-if questions.
constexpr rational performance_density(tpp_value t, area a) {
  if (a.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: performance density needs a positive area");
  return rational{t.count(), a.count()};
}

}  // namespace accelspec

// ---- end accelspec/metrics/density.hpp ----

// (inlined: metrics/tpp.hpp)

// (inlined: rules/citation.hpp)
// ---- begin accelspec/rules/citation.hpp ----
// Where a rule comes from: its Federal Register citation, document number and dates.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <string_view>

namespace accelspec {

struct citation {
  std::string_view title{};
  std::string_view federal_register{};  // volume and first page, e.g. "88 FR 73458"
  std::string_view document_number{};   // FR Doc number, e.g. "2023-23055"
  std::chrono::year_month_day published{};
  std::string_view url{};
};

}  // namespace accelspec

// ---- end accelspec/rules/citation.hpp ----

// (inlined: rules/classify.hpp)
// ---- begin accelspec/rules/classify.hpp ----
// classify(): from a spec and a rule (or a date) to a determination, in a constant expression
// or at run time. The clauses are evaluated in three-valued logic, so an unknown input makes
// exactly the clauses that need it undecided and no more.
//
// The decision comes from the rule's text (rules/rule.hpp) through the decider eccn_of() uses;
// the explanation, clause by clause, is built from the determination when asked
// (determination::findings(), rules/findings.hpp).

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <utility>
// (inlined: ../maybe.hpp)

// (inlined: ../metrics/checked_accelerator.hpp)
// ---- begin accelspec/metrics/checked_accelerator.hpp ----
// checked_accelerator: a spec validated and measured once, for code that classifies the same chip
// many times (under several rules, dates or TF32 readings) or in a constant evaluation that must
// stay within the compiler's step limit.
//
// classify(chip, ...) and eccn_of(chip, ...) run the one pass of metrics/measure.hpp on every call:
// it validates the spec and measures its TPP and applicable die area, and it is about half of a
// classification's work (and of its constant-evaluation steps). A checked_accelerator runs that pass
// once, when it is built, under both readings of TF32, and keeps what the rules read; classify()
// and eccn_of() on it (rules/classify.hpp, rules/eccn_of.hpp) start from that measurement and give
// the same answers as on the spec itself. Every catalog entry holds one (catalog::entry::checked()),
// built when the entry is defined.
//
// It refers to the spec, as std::string_view refers to its characters: the spec must outlive it.
// Built from a temporary it would dangle, so that constructor is deleted.

// (inlined: ../detail/cxx20.hpp)

// (inlined: ../maybe.hpp)

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: density.hpp)
// (inlined: measure.hpp)
// (inlined: tpp_value.hpp)

namespace accelspec {

class checked_accelerator {
 public:
  // Validates and measures the spec: fails as classify() does on an invalid spec (a compile error
  // in a constant expression, accelspec::error at run time), and on a TPP too large to hold
  // exactly under either reading of TF32.
  constexpr explicit checked_accelerator(const accelerator& chip) : chip_(&chip), measure_(measure_of(chip)) {}
  checked_accelerator(const accelerator&&) = delete;  // a temporary spec would dangle

  [[nodiscard]] constexpr const accelerator& chip() const noexcept { return *chip_; }

  // The TPP under a reading of TF32 (the same as tpp(chip(), {reading})); nullopt: no rate known.
  [[nodiscard]] constexpr maybe<tpp_value> tpp(tf32_reading reading = tf32_reading::container_32) const noexcept {
    return measured(reading).tpp;
  }
  // The applicable die area (the same as applicable_die_area(chip())).
  [[nodiscard]] constexpr maybe<area> applicable_die_area() const noexcept { return measure_.applicable_die_area; }

  // What the one pass gives for a reading: measure_pass<false>(chip(), reading), without running
  // it, and the density (has_density), derived once for every classification.
  [[nodiscard]] constexpr detail::lean_measure measured(tf32_reading reading) const noexcept {
    if (reading == tf32_reading::container_32 || !measure_.tpp_19) {  // TF32 not listed: one reading
      return {.tpp = measure_.tpp,
              .tpp_bits = measure_.tpp_bits,
              .applicable_die_area = measure_.applicable_die_area,
              .has_density = true,
              .density = measure_.density};
    }
    return {.tpp = measure_.tpp_19,
            .tpp_bits = measure_.tpp_19_bits,
            .applicable_die_area = measure_.applicable_die_area,
            .has_density = true,
            .density = measure_.density_19};
  }
  // Both readings, as the pass gives them when no reading is chosen (the 32-bit one first).
  [[nodiscard]] constexpr const detail::lean_measure& measured_both() const noexcept { return measure_; }

 private:
  // The one pass under both readings, with the density of each.
  static constexpr detail::lean_measure measure_of(const accelerator& chip) {
    detail::lean_measure m = detail::measure_pass<false>(chip, tf32_reading::container_32, true);
    m.has_density = true;
    m.density = detail::density_of(m.tpp, m.applicable_die_area);
    m.density_19 = m.tpp_19 ? detail::density_of(m.tpp_19, m.applicable_die_area) : m.density;
    return m;
  }

  const accelerator* chip_;
  detail::lean_measure measure_;
};

}  // namespace accelspec

// ---- end accelspec/metrics/checked_accelerator.hpp ----

// (inlined: ../metrics/density.hpp)
// (inlined: ../metrics/measure.hpp)
// (inlined: ../metrics/tpp.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: decide.hpp)
// ---- begin accelspec/rules/decide.hpp ----
// The decider: the evaluator that runs a rule text's clauses (rules/rule.hpp) as comparisons only,
// for eccn_of(), and the inequalities that classify()'s explainer reuses for its verdicts.
//
// The logic is a template parameter: Kleene three-valued logic, as the `truth` enumeration or as
// two flags (`kleene_bits`), so that unknown inputs make exactly the clauses that need them
// undecided, and eccn_of() decides known and unknown inputs on one branch-free path.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <type_traits>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/arith.hpp)
// (inlined: ../metrics/tpp_value.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: eccn.hpp)
// ---- begin accelspec/rules/eccn.hpp ----
// The outcomes of a 3A090 classification and the clauses that lead to them.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>

namespace accelspec {

// Which paragraph of ECCN 3A090 (for integrated circuits classified by TPP and density).
enum class eccn : std::uint8_t {
  none,       // not described by 3A090.a or .b under the rule applied (or no rule in force)
  a,          // 3A090.a
  b,          // 3A090.b
  undecided,  // an input the answer depends on is unknown
};

constexpr std::string_view key(eccn e) noexcept {
  switch (e) {
    case eccn::none:
      return "none";
    case eccn::a:
      return "3A090.a";
    case eccn::b:
      return "3A090.b";
    case eccn::undecided:
      return "undecided";
  }
  return "undecided";
}

enum class clause : std::uint8_t {
  a_2022,               // 2022 text: I/O >= 600 GB/s and bit length x TOPS >= 4800 (paragraphs a and a.1)
  a_1,                  // 2023 text: TPP >= 4800
  a_2,                  // 2023 text: TPP >= 1600 and performance density >= 5.92
  b_1,                  // 2023 text: 2400 <= TPP < 4800 and 1.6 <= density < 5.92
  b_2,                  // 2023 text: TPP >= 1600 and 3.2 <= density < 5.92
  non_datacenter_note,  // 2023 text: not designed or marketed for datacenters and TPP < 4800
};

constexpr std::string_view key(clause c) noexcept {
  switch (c) {
    case clause::a_2022:
      return "3A090.a.1";
    case clause::a_1:
      return "3A090.a.1";
    case clause::a_2:
      return "3A090.a.2";
    case clause::b_1:
      return "3A090.b.1";
    case clause::b_2:
      return "3A090.b.2";
    case clause::non_datacenter_note:
      return "Note to 3A090.a and .b (non-datacenter)";
  }
  return "";
}

// A small set of clauses, in clause order.
class clause_set {
 public:
  constexpr void insert(clause c) noexcept {
    bits_ = static_cast<std::uint16_t>(bits_ | (1u << static_cast<unsigned>(c)));
  }
  // The set as a bitmask (bit i: the clause with value i), and back: for code that builds a set
  // without branches, such as the benchmark's hand-written classifier.
  [[nodiscard]] constexpr std::uint16_t bits() const noexcept { return bits_; }
  static constexpr clause_set from_bits(std::uint16_t bits) noexcept {
    clause_set s;
    s.bits_ = static_cast<std::uint16_t>(bits & ((1u << (sizeof(all) / sizeof(all[0]))) - 1u));
    return s;
  }
  [[nodiscard]] constexpr bool contains(clause c) const noexcept { return (bits_ >> static_cast<unsigned>(c)) & 1u; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  [[nodiscard]] constexpr int size() const noexcept {
    int n = 0;
    for (unsigned b = bits_; b != 0; b &= b - 1) ++n;
    return n;
  }
  friend constexpr bool operator==(const clause_set&, const clause_set&) = default;

  static constexpr clause all[] = {clause::a_2022, clause::a_1, clause::a_2,
                                   clause::b_1,    clause::b_2, clause::non_datacenter_note};

 private:
  std::uint16_t bits_ = 0;
};

// The decision of a classification without its explanation: what eccn_of() answers, and the
// decision fields of classify()'s determination.
struct eccn_answer {
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};    // clauses of the determined paragraph that are met
  clause_set undecided{};  // clauses that cannot be decided because an input is unknown
  bool nac_aca = false;    // eligible for License Exception NAC/ACA
  // The two readings of TF32 (32 bits or its 19 significant bits) give different answers, and
  // neither was chosen: the fields above are undecided where the readings differ.
  bool tf32_dependent = false;
  friend constexpr bool operator==(const eccn_answer&, const eccn_answer&) = default;
};

namespace detail {

// The answer when the regulation leaves TF32's bit length open and the readings differ: the
// paragraph where both agree, else undecided; met are the clauses met under both; undecided, the
// clauses undecided under either and those met under one only; NAC/ACA only if both allow it.
constexpr eccn_answer merge_tf32(const eccn_answer& r32, const eccn_answer& r19) noexcept {
  if (r32 == r19) return r32;
  const bool same = r32.eccn == r19.eccn;
  const auto met32 = static_cast<unsigned>(r32.clauses.bits()), met19 = static_cast<unsigned>(r19.clauses.bits());
  return {.eccn = same ? r32.eccn : eccn::undecided,
          .clauses = clause_set::from_bits(static_cast<std::uint16_t>(same ? met32 & met19 : 0u)),
          .undecided = clause_set::from_bits(static_cast<std::uint16_t>(static_cast<unsigned>(r32.undecided.bits()) |
                                                                        r19.undecided.bits() | (met32 ^ met19))),
          .nac_aca = r32.nac_aca && r19.nac_aca,
          .tf32_dependent = true};
}

}  // namespace detail

}  // namespace accelspec

// ---- end accelspec/rules/eccn.hpp ----

// (inlined: rule.hpp)
// ---- begin accelspec/rules/rule.hpp ----
// ECCN 3A090 as dated data. Each vintage carries its thresholds exactly as written, its
// Federal Register citation and the days it was in force. Nothing is "the rule": there is the
// rule in force on a date (see in_force()).
//
// Each text's clause structure is written here once (detail::text_2022, detail::text_2023), over
// an evaluator: eccn_of() runs it with a decider (rules/decide.hpp) that only compares, classify()
// with an explainer (rules/classify.hpp) that also records every comparison. Both therefore
// decide from the same clauses; a clause added here is decided and explained alike.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <cstdint>
#include <string_view>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/hot.hpp)
// (inlined: ../metrics/tpp_value.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: citation.hpp)
// (inlined: eccn.hpp)
// (inlined: truth.hpp)
// ---- begin accelspec/rules/truth.hpp ----
// Three-valued logic for clauses whose inputs may be unknown (Kleene logic): a clause that needs
// an unknown die area is neither met nor unmet, and stays visibly undecided.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>

namespace accelspec {

// The values are 0, 1 and 2 (the tables below and decider::given in rules/decide.hpp index or
// build them so).
enum class truth : std::uint8_t { no, yes, unknown };
static_assert(static_cast<unsigned>(truth::no) == 0 && static_cast<unsigned>(truth::yes) == 1 &&
              static_cast<unsigned>(truth::unknown) == 2);

namespace detail {
// Kleene's && and || as tables indexed by (a << 2) | b, built from the definition (false absorbs
// &&, true absorbs ||; both operands the identity give it; anything else is unknown), and ! as a
// table: a table read is one load where the definition is a chain of tests, in classify()'s
// explanation (about 80 instructions fewer per call with clang), and one step of a constant
// evaluation either way. A byte of 3 is no truth value; its entries say unknown, so that no index
// reads outside a table.
struct kleene_table {
  truth of[16];
};
constexpr kleene_table kleene_of(bool conjunction) noexcept {
  kleene_table t{};
  for (unsigned a = 0; a < 4; ++a) {
    for (unsigned b = 0; b < 4; ++b) {
      const truth x = a < 3 ? static_cast<truth>(a) : truth::unknown,
                  y = b < 3 ? static_cast<truth>(b) : truth::unknown;
      const truth absorbing = conjunction ? truth::no : truth::yes, identity = conjunction ? truth::yes : truth::no;
      t.of[a << 2 | b] = x == absorbing || y == absorbing ? absorbing
                         : x == identity && y == identity ? identity
                                                          : truth::unknown;
    }
  }
  return t;
}
inline constexpr kleene_table kleene_and = kleene_of(true), kleene_or = kleene_of(false);
inline constexpr kleene_table kleene_not = {{truth::yes, truth::no, truth::unknown, truth::unknown}};
}  // namespace detail

constexpr truth operator&&(truth a, truth b) noexcept {
  return detail::kleene_and.of[(static_cast<unsigned>(a) & 3u) << 2 | (static_cast<unsigned>(b) & 3u)];
}
constexpr truth operator||(truth a, truth b) noexcept {
  return detail::kleene_or.of[(static_cast<unsigned>(a) & 3u) << 2 | (static_cast<unsigned>(b) & 3u)];
}
constexpr truth operator!(truth a) noexcept { return detail::kleene_not.of[static_cast<unsigned>(a) & 3u]; }
constexpr truth to_truth(bool b) noexcept { return b ? truth::yes : truth::no; }

constexpr std::string_view key(truth t) noexcept {
  return t == truth::yes ? "met" : t == truth::no ? "not met" : "undecided";
}

namespace detail {
// Kleene logic as two flags, "definitely true" and "definitely false" (neither: unknown), whose
// && || ! are bit operations: no short circuit (overloaded operators never have one), no branch.
// The rule texts (rules/rule.hpp) are written once over a logic type: `truth` where readability
// of a stored verdict matters (classify's findings), `kleene_bits` where speed does (eccn_of):
// a sweep's unknowns and outcomes are random, and this logic decides them without a branch.
struct kleene_bits {
  bool yes = false, no = false;
  friend constexpr kleene_bits operator&&(kleene_bits a, kleene_bits b) noexcept {
    return {static_cast<bool>(a.yes & b.yes), static_cast<bool>(a.no | b.no)};
  }
  friend constexpr kleene_bits operator||(kleene_bits a, kleene_bits b) noexcept {
    return {static_cast<bool>(a.yes | b.yes), static_cast<bool>(a.no & b.no)};
  }
  friend constexpr kleene_bits operator!(kleene_bits a) noexcept { return {a.no, a.yes}; }
};

// Two-valued logic for when every input is known (eccn_of's usual case): one flag per verdict,
// && || ! as bit operations (no short circuit, no branch). Never unknown.
struct known_bit {
  bool yes = false;
  friend constexpr known_bit operator&&(known_bit a, known_bit b) noexcept {
    return {static_cast<bool>(a.yes & b.yes)};
  }
  friend constexpr known_bit operator||(known_bit a, known_bit b) noexcept {
    return {static_cast<bool>(a.yes | b.yes)};
  }
  friend constexpr known_bit operator!(known_bit a) noexcept { return {!a.yes}; }
};

constexpr bool is_yes(known_bit k) noexcept { return k.yes; }
constexpr bool is_unknown(known_bit) noexcept { return false; }
constexpr bool is_no(known_bit k) noexcept { return !k.yes; }
constexpr bool is_yes(kleene_bits k) noexcept { return k.yes; }
constexpr bool is_unknown(kleene_bits k) noexcept { return !(k.yes | k.no); }
constexpr bool is_no(kleene_bits k) noexcept { return k.no; }
constexpr bool is_yes(truth t) noexcept { return t == truth::yes; }
constexpr bool is_unknown(truth t) noexcept { return t == truth::unknown; }
constexpr bool is_no(truth t) noexcept { return t == truth::no; }
}  // namespace detail

}  // namespace accelspec

// ---- end accelspec/rules/truth.hpp ----

namespace accelspec {

enum class rule_text : std::uint8_t {
  original_2022,  // 87 FR 62186: an I/O prong AND a bit-length x TOPS prong
  revised_2023,   // 88 FR 73458: TPP and performance density, .a and .b, the non-datacenter note
};

// 3A090.a as first published: aggregate bidirectional I/O "600 Gbyte/s or more" and bit length
// x TOPS, aggregated over processor units, "4800 or more".
struct thresholds_2022 {
  data_rate io_bandwidth{};  // >= 600 GB/s
  tpp_value tpp{};           // >= 4800
};

// 3A090 as revised in October 2023 (paragraph text in the comments).
struct thresholds_2023 {
  tpp_value a1_tpp{};         // a.1: TPP of 4800 or more
  tpp_value a2_tpp{};         // a.2: TPP of 1600 or more ...
  rational a2_density{};      //      ... and performance density of 5.92 or more
  tpp_value b1_tpp_min{};     // b.1: TPP of 2400 or more ...
  tpp_value b1_tpp_max{};     //      ... and less than 4800 ...
  rational b1_density_min{};  //    ... and density of 1.6 or more ...
  rational b1_density_max{};  //    ... and less than 5.92
  tpp_value b2_tpp{};         // b.2: TPP of 1600 or more ...
  rational b2_density_min{};  //    ... and density of 3.2 or more ...
  rational b2_density_max{};  //    ... and less than 5.92
  tpp_value note_tpp{};       // note: not for datacenters and TPP below 4800 => not .a/.b
};

struct rule {
  std::string_view key{};   // stable identifier for the CLI and JSON: "3a090-2023"
  std::string_view name{};  // for people
  citation source{};
  std::chrono::year_month_day effective{};        // first day in force
  maybe<std::chrono::year_month_day> last_day{};  // last day in force; nullopt: still in force
  rule_text text{};
  thresholds_2022 original{};
  thresholds_2023 revised{};

  [[nodiscard]] constexpr bool in_force_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day);
  }
};

namespace detail {

// The answer from the verdicts, assembled with bit operations rather than branches: the outcome
// of a sweep's specs is random, and a mispredicted branch costs more than the whole decision. The
// flags are 0 or 1, and at most one of is_a, open_a, is_b, open_b is 1; met and open are clause
// bitmasks (bit i: the clause with value i).
constexpr eccn_answer answer_of(unsigned is_a, unsigned open_a, unsigned is_b, unsigned open_b, unsigned met,
                                unsigned open, unsigned nac_aca) noexcept {
  const unsigned e = is_a | is_b << 1u | (open_a | open_b) * 3u;
  static_assert(static_cast<unsigned>(eccn::a) == 1u && static_cast<unsigned>(eccn::b) == 2u &&
                static_cast<unsigned>(eccn::undecided) == 3u);
  return {.eccn = static_cast<accelspec::eccn>(e),
          .clauses = clause_set::from_bits(static_cast<std::uint16_t>(met)),
          .undecided = clause_set::from_bits(static_cast<std::uint16_t>(open)),
          .nac_aca = nac_aca != 0};
}

// The clause structures. An evaluator `e` provides, for its logic type L (`truth`, `known` or
// `bool`): e.tpp_at_least(t), e.tpp_below(t), e.density_at_least(d), e.density_below(d),
// e.io_at_least(rate), e.not_datacenter() (each an inequality of the text), e.clause(c, parts...)
// (clause c holds when all its parts hold; returns L) and e.market().

// 87 FR 62186, 3A090.a: aggregate bidirectional I/O of 600 GB/s or more and bit length x TOPS of
// 4800 or more. One clause; no .b, no note.
template <class Eval>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer text_2022(const thresholds_2022& th, Eval& e) {
  const auto a = e.clause(clause::a_2022, e.io_at_least(th.io_bandwidth), e.tpp_at_least(th.tpp));
  using u = unsigned;
  return answer_of(u(is_yes(a)), u(is_unknown(a)), 0u, 0u, u(is_yes(a)) << u(clause::a_2022),
                   u(is_unknown(a)) << u(clause::a_2022), 0u);
}

// 88 FR 73458: 3A090.a.1, .a.2, .b.1, .b.2 and the note for items not designed or marketed for
// datacenters.
template <class Eval>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer text_2023(const thresholds_2023& th, Eval& e) {
  const auto a1 = e.clause(clause::a_1, e.tpp_at_least(th.a1_tpp));
  const auto a2 = e.clause(clause::a_2, e.tpp_at_least(th.a2_tpp), e.density_at_least(th.a2_density));
  const auto b1 = e.clause(clause::b_1, e.tpp_at_least(th.b1_tpp_min), e.tpp_below(th.b1_tpp_max),
                           e.density_at_least(th.b1_density_min), e.density_below(th.b1_density_max));
  const auto b2 = e.clause(clause::b_2, e.tpp_at_least(th.b2_tpp), e.density_at_least(th.b2_density_min),
                           e.density_below(th.b2_density_max));
  // The note: "not designed or marketed for use in datacenters" and TPP below 4800.
  const auto note = e.clause(clause::non_datacenter_note, e.not_datacenter(), e.tpp_below(th.note_tpp));

  // .a is evaluated first; .b describes only what .a does not; the note takes a chip out of both.
  const auto in_a = a1 || a2;
  const auto b1_effective = b1 && !in_a;
  const auto b2_effective = b2 && !in_a;
  const auto in_b = b1_effective || b2_effective;
  const auto controlled_a = in_a && !note;
  const auto controlled_b = in_b && !note;

  // .a if controlled_a holds; undecided if that is unknown; else .b if controlled_b holds;
  // undecided if that is unknown; else none. The clauses listed are those of the paragraph found.
  // Each verdict read once as a 0/1 flag, the rest with the built-in bit operators: no branch at
  // run time, and no call (two steps each) in a constant evaluation.
  using u = unsigned;
  const u is_a = u(is_yes(controlled_a)), open_a = u(is_unknown(controlled_a));
  const u neither_a = (is_a | open_a) ^ 1u;
  const u is_b = neither_a & u(is_yes(controlled_b)), open_b = neither_a & u(is_unknown(controlled_b));
  const u met = (is_a & u(is_yes(a1))) << u(clause::a_1) | (is_a & u(is_yes(a2))) << u(clause::a_2) |
                (is_b & u(is_yes(b1_effective))) << u(clause::b_1) | (is_b & u(is_yes(b2_effective))) << u(clause::b_2);
  const u open = u(is_unknown(a1)) << u(clause::a_1) | u(is_unknown(a2)) << u(clause::a_2) |
                 u(is_unknown(b1_effective)) << u(clause::b_1) | u(is_unknown(b2_effective)) << u(clause::b_2) |
                 (u(is_unknown(note)) & (u(!is_no(in_a)) | u(!is_no(in_b)))) << u(clause::non_datacenter_note);
  // LE NAC/ACA lines: 3A090.a items not designed or marketed for datacenters; 3A090.b items that are.
  const accelspec::market m = e.market();
  const u nac_aca = (is_a & u(m == market::other)) | (is_b & u(m == market::datacenter));
  return answer_of(is_a, open_a, is_b, open_b, met, open, nac_aca);
}

// A vintage's text applied through an evaluator: the one dispatch from rule_text to its clauses.
template <class Eval>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer apply_text(const rule& r, Eval& e) {
  if (r.text == rule_text::original_2022) return text_2022(r.original, e);
  return text_2023(r.revised, e);
}

}  // namespace detail

namespace rules {
using namespace std::chrono_literals;

inline constexpr rule eccn_3a090_2022{
    .key = "3a090-2022",
    .name = "ECCN 3A090 as first published (October 2022)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor "
                        "Manufacturing Items; Supercomputer and Semiconductor End Use; Entity List Modification",
               .federal_register = "87 FR 62186",
               .document_number = "2022-21658",
               .published = 2022y / std::chrono::October / 13,
               .url = "https://www.federalregister.gov/d/2022-21658"},
    .effective = 2022y / std::chrono::October / 7,
    .last_day = 2023y / std::chrono::November / 16,
    .text = rule_text::original_2022,
    .original = {.io_bandwidth = data_rate::from_count(600'000'000'000), .tpp = tpp_value::from_integer(4800)},
};

inline constexpr rule eccn_3a090_2023{
    .key = "3a090-2023",
    .name = "ECCN 3A090 as revised (October 2023)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing Items; "
                        "Supercomputer and Semiconductor End Use; Updates and Corrections",
               .federal_register = "88 FR 73458",
               .document_number = "2023-23055",
               .published = 2023y / std::chrono::October / 25,
               .url = "https://www.federalregister.gov/d/2023-23055"},
    .effective = 2023y / std::chrono::November / 17,
    .last_day = std::nullopt,
    .text = rule_text::revised_2023,
    .revised = {.a1_tpp = tpp_value::from_integer(4800),
                .a2_tpp = tpp_value::from_integer(1600),
                .a2_density = rational::from_decimal(592, 2),
                .b1_tpp_min = tpp_value::from_integer(2400),
                .b1_tpp_max = tpp_value::from_integer(4800),
                .b1_density_min = rational::from_decimal(16, 1),
                .b1_density_max = rational::from_decimal(592, 2),
                .b2_tpp = tpp_value::from_integer(1600),
                .b2_density_min = rational::from_decimal(32, 1),
                .b2_density_max = rational::from_decimal(592, 2),
                .note_tpp = tpp_value::from_integer(4800)},
};

// Every vintage, oldest first.
inline constexpr std::array<const rule*, 2> all{&eccn_3a090_2022, &eccn_3a090_2023};

// The newest vintage: what "the rule" means when no date or rule is given.
inline constexpr const rule& latest = eccn_3a090_2023;

// The vintage in force on a date; nullptr before 2022-10-07, when no 3A090 existed.
constexpr const rule* in_force(std::chrono::year_month_day d) {
  if (!d.ok()) ACCELSPEC_FAIL(invalid_argument, "accelspec: not a valid calendar date");
  for (const rule* r : all) {
    if (r->in_force_on(d)) return r;
  }
  return nullptr;
}

// Looks a vintage up by key ("3a090-2022", "3a090-2023"); nullptr when unknown.
constexpr const rule* find(std::string_view key) noexcept {
  for (const rule* r : all) {
    if (r->key == key) return r;
  }
  return nullptr;
}

}  // namespace rules
}  // namespace accelspec

// ---- end accelspec/rules/rule.hpp ----

// (inlined: truth.hpp)

namespace accelspec {

// The metrics the rules read, each possibly unknown: what a design-space sweep varies directly
// when it explores TPP and die area rather than whole specs.
struct decision_inputs {
  maybe<tpp_value> tpp{};
  maybe<area> applicable_die_area{};  // a known zero: all logic is planar (no density)
  maybe<data_rate> io_bandwidth{};    // read by the 2022 text only
  accelspec::market market = accelspec::market::unknown;
};

namespace detail {

// a * b >= c * d, exact. With a native 128-bit integer this is two multiplications; elsewhere
// the portable compare_products() gives the same answer.
constexpr bool product_at_least(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) noexcept {
#if defined(__SIZEOF_INT128__) && !defined(ACCELSPEC_PORTABLE)
  __extension__ using wide = __int128;
  return static_cast<wide>(a) * b >= static_cast<wide>(c) * d;
#else
  return compare_products(a, b, c, d) >= 0;
#endif
}

// The same, first trying 64-bit products: when a and d are below 2^40 and b and c below 2^22
// (a real chip's TPP and area against a threshold's numerator and denominator; with b and c
// constants the test is one shift) the products fit; a negative operand fails the test too. For
// eccn_of's decider, where it saves a wide multiplication per density comparison; classify's
// explainer keeps the plain form, where the test would be one more step of a constant evaluation
// and the compiler's inlining of the explainer changes for the worse.
ACCELSPEC_DETAIL_HOT constexpr bool product_at_least_narrow_first(std::int64_t a, std::int64_t b, std::int64_t c,
                                                                  std::int64_t d) noexcept {
  if (((a | d) >> 40 | (b | c) >> 22) == 0) return a * b >= c * d;
  return product_at_least(a, b, c, d);
}

// The evaluator that decides, in `truth` (for classify's explainer) or `kleene_bits` (for
// eccn_of: the same three-valued logic without a branch). The inputs are unpacked once into plain
// integers and flags, so each inequality is a comparison or two, in a constant evaluation as at
// run time.
//
// known_bit (two-valued): the caller has checked that TPP, a positive area, the market and the I/O
// rate the text reads are known, so every verdict is a plain comparison, one flag.
template <class Logic>
struct decider {
  static_assert(std::is_same_v<Logic, truth> || std::is_same_v<Logic, kleene_bits> || std::is_same_v<Logic, known_bit>);
  static constexpr bool all_known = std::is_same_v<Logic, known_bit>;
  bool tpp_known = false, area_known = false, io_known = false;
  std::int64_t tpp = 0, area = 0, io = 0;  // counts: 10^-6 TPP, µm², B/s
  accelspec::market chip_market = accelspec::market::unknown;

  constexpr explicit decider(const decision_inputs& in) noexcept : chip_market(in.market) {
    if (in.tpp) {
      tpp_known = true;
      tpp = in.tpp->count();
    }
    if (in.applicable_die_area) {
      area_known = true;
      area = in.applicable_die_area->count();
    }
    if (in.io_bandwidth) {
      io_known = true;
      io = in.io_bandwidth->count();
    }
  }

  // Unknown when `known` is false, else the verdict; one expression per logic (in a constant
  // evaluation every statement and call is a step against the compiler's limit).
  static constexpr Logic given(bool known, bool holds) noexcept {
    if constexpr (std::is_same_v<Logic, truth>) {
      // no = 0, yes = 1, unknown = 2 (rules/truth.hpp): the verdict's bit when known, else 2
      return static_cast<truth>(known ? static_cast<unsigned>(holds) : 2u);
    } else if constexpr (all_known) {
      return {holds};
    } else {
      return {static_cast<bool>(known & holds), static_cast<bool>(known & !holds)};
    }
  }
  // A density verdict: a known zero area (all logic planar) has no density and meets no density
  // clause, neither "at least" nor "below".
  [[nodiscard]] constexpr Logic density(bool holds) const noexcept {
    const bool zero = area_known & (area == 0);
    if constexpr (std::is_same_v<Logic, truth>) {
      return zero ? truth::no : given(tpp_known && area_known, holds);
    } else if constexpr (all_known) {
      return {holds};  // the caller checked that the area is positive
    } else {
      const bool known = tpp_known & area_known & !zero;
      return {static_cast<bool>(known & holds), static_cast<bool>((known & !holds) | zero)};
    }
  }

  [[nodiscard]] constexpr Logic tpp_at_least(tpp_value threshold) const noexcept {
    return given(tpp_known, tpp >= threshold.count());
  }
  [[nodiscard]] constexpr Logic tpp_below(tpp_value threshold) const noexcept {
    return given(tpp_known, tpp < threshold.count());
  }

  // Density (TPP count / area count, both in 10^-6 units) >= threshold, without forming the
  // reduced rational: t * den >= num * a, exact.
  // eccn_of's all-known decider tries 64-bit products first; the others compare in 128 bits. Two
  // constrained overloads each, not one with `if constexpr`: clang counts that statement as a
  // step of a constant evaluation, eight times a classification.
  [[nodiscard]] constexpr Logic density_at_least(const rational& threshold) const noexcept
    requires(!all_known)
  {
    return density(product_at_least(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic density_at_least(const rational& threshold) const noexcept
    requires(all_known)
  {
    return density(product_at_least_narrow_first(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic density_below(const rational& threshold) const noexcept
    requires(!all_known)
  {
    return density(!product_at_least(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic density_below(const rational& threshold) const noexcept
    requires(all_known)
  {
    return density(!product_at_least_narrow_first(tpp, threshold.denominator(), threshold.numerator(), area));
  }
  [[nodiscard]] constexpr Logic io_at_least(data_rate threshold) const noexcept {
    return given(io_known, io >= threshold.count());
  }
  [[nodiscard]] constexpr Logic not_datacenter() const noexcept {
    return given(chip_market != market::unknown, chip_market == market::other);
  }
  [[nodiscard]] constexpr accelspec::market market() const noexcept { return chip_market; }

  // The verdict of the note for items not designed or marketed for datacenters (2023 text), kept
  // once the text has been applied: a determination reports it beside the answer. Under 2022's
  // text, which has no note, it stays `no`.
  truth note = truth::no;

  // A clause holds when every one of its inequalities holds.
  template <class... Parts>
  [[nodiscard]] constexpr Logic clause(accelspec::clause c, Parts... parts) noexcept {
    const Logic holds = (parts && ...);
    if (c == accelspec::clause::non_datacenter_note) {
      note = is_yes(holds) ? truth::yes : is_unknown(holds) ? truth::unknown : truth::no;
    }
    return holds;
  }
};

// Every input the text reads is known and the area positive: then every verdict is a bare
// comparison (decider<known_bit>). The inputs are not negative (checked by the caller).
constexpr bool all_inputs_known(const decision_inputs& in, const rule& r) noexcept {
  return in.tpp.has_value() && in.applicable_die_area.has_value() && in.applicable_die_area->count() != 0 &&
         in.market != market::unknown && (r.text != rule_text::original_2022 || in.io_bandwidth.has_value());
}

// The rule's text applied by a decider in one logic, with the note's verdict.
template <class Logic>
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_noting(const decision_inputs& in, const rule& r, truth& note) {
  decider<Logic> e(in);
  const eccn_answer answer = apply_text(r, e);
  note = e.note;
  return answer;
}

// The decision of classify() and eccn_of() on a spec, whose inputs come from a validated spec
// (none negative), with the note's verdict: bare comparisons when every input is known (most
// specs), else the three-valued path, which is branch-free (two flags per verdict). The one
// branch between them costs a misprediction where unknowns fall at random, and saves about a
// hundred instructions on every known spec. In a constant evaluation the verdicts are `truth`,
// the findings' logic: clang evaluates them in fewer steps than the two flags (the catalog loop's
// classifications, 26 -> 21 ms), and the answer is the same: tests/perf/eccn_of_agrees.cpp checks
// it against the two flags of eccn_of(decision_inputs) on every catalog entry at compile time, and
// the findings' verdicts against the two flags at run time. One instantiation of the text per
// logic, which every caller shares (each one more costs the core's include time).
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_measured(const decision_inputs& in, const rule& r, truth& note) {
  if (std::is_constant_evaluated()) return decide_noting<truth>(in, r, note);
  if (all_inputs_known(in, r)) return decide_noting<known_bit>(in, r, note);
  return decide_noting<kleene_bits>(in, r, note);
}

// The same without the note (eccn_of()); at run time the note's store is dropped as unread.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_measured(const decision_inputs& in, const rule& r) {
  truth note = truth::no;
  return decide_measured(in, r, note);
}

// The same on metrics given by a caller, which are checked first.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide(const decision_inputs& in, const rule& r) {
  if ((in.tpp && in.tpp->count() < 0) || (in.applicable_die_area && in.applicable_die_area->count() < 0) ||
      (in.io_bandwidth && in.io_bandwidth->count() < 0)) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: TPP, die area and I/O bandwidth must not be negative");
  }
  decider<kleene_bits> e(in);
  return apply_text(r, e);
}

// The decision of eccn_of() on metrics given directly: a caller that passes metrics usually knows
// them all, and then every verdict is a bare comparison; otherwise the general path above.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer decide_metrics(const decision_inputs& in, const rule& r) {
  const bool all_known = in.tpp && in.tpp->count() >= 0 && in.applicable_die_area &&
                         in.applicable_die_area->count() > 0 && in.market != market::unknown &&
                         (r.text != rule_text::original_2022 || in.io_bandwidth.has_value()) &&
                         (!in.io_bandwidth || in.io_bandwidth->count() >= 0);
  if (all_known) {
    decider<known_bit> e(in);
    return apply_text(r, e);
  }
  return decide(in, r);
}

}  // namespace detail
}  // namespace accelspec

// ---- end accelspec/rules/decide.hpp ----

// (inlined: determination.hpp)
// ---- begin accelspec/rules/determination.hpp ----
// The answer of a classification: the ECCN paragraph, the clauses met and undecided, the
// exception eligibility and the metrics it used; and, asked for, the findings: for every clause,
// the comparisons with their numbers, built from those metrics (rules/findings.hpp). The io layer
// turns the findings into sentences and JSON; nothing here allocates.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../metrics/tpp.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: decide.hpp)
// (inlined: eccn.hpp)
// (inlined: findings.hpp)
// ---- begin accelspec/rules/findings.hpp ----
// The explanation of a classification: for every clause of the rule's text, whether it holds and
// the comparisons it is made of, each with its numbers (value and threshold in display units).
//
// Built on demand from the metrics a determination keeps (determination::findings()), not by
// classify() itself: the decision needs none of it, and a whole explanation is about a kilobyte
// written and twelve comparisons formed on every call. Each inequality is decided by the decider
// that makes the answer (rules/decide.hpp), in `truth` logic, and each clause combines them as the
// decider does; tests/perf/eccn_of_agrees.cpp replays the rule's text on the findings' verdicts
// and checks that it gives the determination's answer.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string_view>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../metrics/tpp_value.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: decide.hpp)
// (inlined: rule.hpp)
// (inlined: truth.hpp)

namespace accelspec {

// What a comparison measures.
enum class measure : std::uint8_t { tpp, performance_density, io_bandwidth, datacenter_market };

constexpr std::string_view key(measure m) noexcept {
  switch (m) {
    case measure::tpp:
      return "TPP";
    case measure::performance_density:
      return "performance density";
    case measure::io_bandwidth:
      return "aggregate bidirectional I/O";
    case measure::datacenter_market:
      return "designed or marketed for datacenters";
  }
  return "";
}

enum class relation : std::uint8_t { at_least, below, is_not };

// One inequality of a clause: value (in display units: TPP, TPP/mm², GB/s) against a threshold.
// The members after the two rationals, so that the three one-byte members share one word (48
// bytes rather than 56).
struct comparison {
  maybe<rational> value{};  // nullopt: the input is unknown
  rational threshold{};     // for datacenter_market: unused
  accelspec::measure measure{};
  accelspec::relation relation{};
  truth holds{};
};

// One clause: whether it holds, and the comparisons it is made of.
struct clause_finding {
  accelspec::clause clause{};
  truth holds{};
  detail::fixed_list<comparison, 4> parts{};
};

// One finding per clause of the text applied: five in the 2023 text (.a.1, .a.2, .b.1, .b.2 and
// the note), one in 2022's.
class findings_list : public detail::fixed_list<clause_finding, 5> {
 public:
  constexpr findings_list() = default;
  // The findings of a rule's text on the metrics the rules read, with the density as the
  // determination reports it (reduced once, when the determination was made). A constructor, so
  // that a list returned by value is built where it lands: a constant evaluation copies a
  // returned local whole, here a kilobyte.
  constexpr findings_list(const rule& r, const decision_inputs& in, const maybe<rational>& density);
};

namespace detail {

// The evaluator that explains: every inequality becomes a comparison (value and threshold in
// display units, and whether it holds), every clause a finding.
struct explainer {
  findings_list& out;
  const maybe<rational>& density;
  decider<truth> decide;
  maybe<rational> tpp_shown{};  // the TPP in display units, derived once

  [[nodiscard]] constexpr comparison tpp_at_least(tpp_value threshold) const {
    return {tpp_shown, threshold.value(), measure::tpp, relation::at_least, decide.tpp_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison tpp_below(tpp_value threshold) const {
    return {tpp_shown, threshold.value(), measure::tpp, relation::below, decide.tpp_below(threshold)};
  }
  [[nodiscard]] constexpr comparison density_at_least(const rational& threshold) const {
    return {density, threshold, measure::performance_density, relation::at_least, decide.density_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison density_below(const rational& threshold) const {
    return {density, threshold, measure::performance_density, relation::below, decide.density_below(threshold)};
  }
  [[nodiscard]] constexpr comparison io_at_least(data_rate threshold) const {
    maybe<rational> shown{};  // read by the 2022 text only, so derived here
    if (decide.io_known) shown = data_rate::from_count(decide.io).in_display_units();
    return {shown, threshold.in_display_units(), measure::io_bandwidth, relation::at_least,
            decide.io_at_least(threshold)};
  }
  [[nodiscard]] constexpr comparison not_datacenter() const {
    return {std::nullopt, rational{}, measure::datacenter_market, relation::is_not, decide.not_datacenter()};
  }
  [[nodiscard]] constexpr accelspec::market market() const noexcept { return decide.market(); }

  template <class... Parts>
  constexpr truth clause(accelspec::clause c, const Parts&... parts) {
    const truth holds = (parts.holds && ...);
    // Filled in place: a finding is a few hundred bytes, most of them unused capacity.
    clause_finding& f = out.append();
    f.clause = c;
    f.holds = holds;
    f.parts.assign(parts...);
    return holds;
  }
};

}  // namespace detail

constexpr findings_list::findings_list(const rule& r, const decision_inputs& in, const maybe<rational>& density) {
  detail::explainer e{*this, density, detail::decider<truth>(in)};
  if (in.tpp) e.tpp_shown = in.tpp->value();
  (void)detail::apply_text(r, e);
}

}  // namespace accelspec

// ---- end accelspec/rules/findings.hpp ----

// (inlined: rule.hpp)
// (inlined: truth.hpp)

namespace accelspec {

// The answer under one reading of TF32's bit length, when the two readings differ.
struct tf32_result {
  tf32_reading reading{};
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};
  clause_set undecided{};
  bool nac_aca = false;
  maybe<tpp_value> tpp{};
  int tpp_bits = 0;
};

struct determination {
  const rule* applied = nullptr;  // nullptr: no 3A090 rule in force on the date asked
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};                   // clauses of the determined paragraph that are met
  clause_set undecided{};                 // clauses that cannot be decided because an input is unknown
  truth non_datacenter_note = truth::no;  // whether the note takes the chip out of .a/.b
  bool nac_aca = false;                   // eligible for License Exception NAC/ACA (per the paragraph's LE line)
  // The metrics the answer used.
  maybe<tpp_value> tpp{};
  int tpp_bits = 0;
  maybe<area> applicable_die_area{};
  maybe<rational> performance_density{};
  maybe<data_rate> io_bandwidth{};
  accelspec::market market = accelspec::market::unknown;
  // When no TF32 reading was chosen and the two give different answers: the answer under each
  // (32-bit first). The decision fields above are then undecided where they differ, and the
  // metrics and findings are those of the 32-bit reading. Empty otherwise.
  detail::fixed_list<tf32_result, 2> tf32_readings{};

  // The metrics the rules read, as eccn_of(decision_inputs) takes them.
  [[nodiscard]] constexpr decision_inputs inputs() const noexcept {
    return {.tpp = tpp, .applicable_die_area = applicable_die_area, .io_bandwidth = io_bandwidth, .market = market};
  }

  // One finding per clause of the text applied (five in the 2023 text: .a.1, .a.2, .b.1, .b.2
  // and the note; one in 2022's), each with its comparisons; none when no rule was applied.
  // Built on each call from the metrics above, each inequality decided by the decider that made
  // the answer, in `truth` logic (rules/findings.hpp): classify() does not build them, since most
  // callers read the answer only (a kilobyte of findings was most of the cost of a
  // classification; docs/performance.md).
  [[nodiscard]] constexpr findings_list findings() const {
    return applied == nullptr ? findings_list() : findings_list(*applied, inputs(), performance_density);
  }
};

}  // namespace accelspec

// ---- end accelspec/rules/determination.hpp ----

// (inlined: rule.hpp)

namespace accelspec {

struct classify_options {
  // The bit length of TF32, which the regulation does not settle. nullopt: both readings, and
  // where they give different answers the answer is undecided there and carries both
  // (determination::tf32_readings, eccn_answer::tf32_dependent).
  maybe<tf32_reading> tf32{};
};

namespace detail {

// The determinations below are filled in place, each built once by its caller, not returned
// from helper to helper: a constant evaluation copies a returned local whole. At run time the
// copies are elided.

// The determination's metrics, from the one pass's measurement. measure_into() and decide_into()
// are forced inline: measured together, 90 (g++ 12) and 127 (clang 19) instructions fewer per
// classification than ordinary calls (736 / 782 against 826 / 909; docs/performance.md).
ACCELSPEC_DETAIL_HOT constexpr void measure_into(determination& d, const accelerator& chip, const lean_measure& m) {
  d.tpp = m.tpp;
  d.tpp_bits = m.tpp_bits;
  d.applicable_die_area = m.applicable_die_area;
  d.performance_density = m.has_density ? m.density : density_of(d.tpp, d.applicable_die_area);
  d.io_bandwidth = chip.io_bandwidth;
  d.market = chip.market;
}

// The determination's metrics alone, with no rule applied (a date before the first rule).
constexpr determination measured(const accelerator& chip, const lean_measure& m) {
  determination d;
  measure_into(d, chip, m);
  return d;
}

// The determination under one measurement (one reading of TF32), decided, into a determination
// just built: the decider eccn_of() uses, which also gives the note's verdict. The findings are
// not built here (determination::findings() builds them when asked).
ACCELSPEC_DETAIL_HOT constexpr void decide_into(determination& d, const accelerator& chip, const lean_measure& m,
                                                const rule& r) {
  measure_into(d, chip, m);
  d.applied = &r;
  const eccn_answer answer = decide_measured(d.inputs(), r, d.non_datacenter_note);
  d.eccn = answer.eccn;
  d.clauses = answer.clauses;
  d.undecided = answer.undecided;
  d.nac_aca = answer.nac_aca;
}

constexpr eccn_answer answer_of(const determination& d) {
  return {.eccn = d.eccn, .clauses = d.clauses, .undecided = d.undecided, .nac_aca = d.nac_aca};
}
constexpr tf32_result result_of(tf32_reading reading, const eccn_answer& a, const maybe<tpp_value>& tpp, int bits) {
  return {reading, a.eccn, a.clauses, a.undecided, a.nac_aca, tpp, bits};
}

// The classification from the one pass's measurement `m` (with no TF32 reading chosen, both
// readings: tf32_split and tpp_19 set). The determination's metrics, and so its findings, are
// those of the 32-bit reading; where the 19-bit reading's TPP differs, its answer is decided too
// and, if it differs, both answers are kept and the decision fields merged.
ACCELSPEC_DETAIL_HOT constexpr determination classify_measured(const accelerator& chip, const lean_measure& m,
                                                               const rule& r) {
  determination d;
  decide_into(d, chip, m, r);
  if (!m.tf32_split) return d;
  const decision_inputs in_19{.tpp = m.tpp_19,
                              .applicable_die_area = d.applicable_die_area,
                              .io_bandwidth = d.io_bandwidth,
                              .market = d.market};
  truth note_19 = truth::no;
  const eccn_answer answer_19 = decide_measured(in_19, r, note_19);
  const eccn_answer merged = merge_tf32(answer_of(d), answer_19);
  if (!merged.tf32_dependent) return d;
  d.tf32_readings.push_back(result_of(tf32_reading::container_32, answer_of(d), d.tpp, d.tpp_bits));
  d.tf32_readings.push_back(result_of(tf32_reading::significant_19, answer_19, m.tpp_19, m.tpp_19_bits));
  d.eccn = merged.eccn;
  d.clauses = merged.clauses;
  d.undecided = merged.undecided;
  d.nac_aca = merged.nac_aca;
  if (d.non_datacenter_note != note_19) d.non_datacenter_note = truth::unknown;
  return d;
}

}  // namespace detail

// Classifies a chip under one vintage of the rule. With no TF32 reading chosen and a spec whose
// two readings give different answers, both are decided and the answer merged (rare: only a spec
// that lists TF32 pays for a second look; both readings come from the one pass).
// Forced inline, as eccn_of() is: where the rule is a constant at the call
// (classify(chip, rules::eccn_3a090_2023)) the compiler then folds the text's clauses and its
// thresholds: 736 / 782 instructions a call (g++ 12 / clang 19) against 875 / 887 for an ordinary
// call (docs/performance.md).
ACCELSPEC_DETAIL_HOT constexpr determination classify(const accelerator& chip, const rule& r,
                                                      classify_options options = {}) {
  return detail::classify_measured(
      chip,
      detail::measure_pass<false>(chip, options.tf32.value_or(tf32_reading::container_32), !options.tf32.has_value()),
      r);
}

// The same on a spec checked and measured once (metrics/checked_accelerator.hpp): the same
// answer, without the pass.
ACCELSPEC_DETAIL_HOT constexpr determination classify(const checked_accelerator& chip, const rule& r,
                                                      classify_options options = {}) {
  return detail::classify_measured(chip.chip(), options.tf32 ? chip.measured(*options.tf32) : chip.measured_both(), r);
}

// Classifies a chip under the vintage in force on a date. Before 2022-10-07 no 3A090 existed:
// the determination is `none` with no rule applied.
constexpr determination classify(const accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  return detail::measured(chip, detail::measure_pass<false>(chip, options.tf32.value_or(tf32_reading::container_32)));
}
constexpr determination classify(const checked_accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  return detail::measured(chip.chip(), chip.measured(options.tf32.value_or(tf32_reading::container_32)));
}

// Classifies a chip under the newest vintage.
constexpr determination classify(const accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}
constexpr determination classify(const checked_accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}

}  // namespace accelspec

// ---- end accelspec/rules/classify.hpp ----

// (inlined: rules/determination.hpp)
// (inlined: rules/eccn.hpp)
// (inlined: rules/eccn_of.hpp)
// ---- begin accelspec/rules/eccn_of.hpp ----
// eccn_of(): the lean form of classify() for hot loops (design-space sweeps, schedulers). It
// answers the ECCN paragraph, the clauses met and undecided and NAC/ACA eligibility, and skips
// what classify() adds for explanations: the findings with their comparisons and the metrics.
//
// Both run the rule's clauses as written once in rules/rule.hpp, eccn_of() through the decider
// and classify() through the explainer, so eccn_of(chip, r) equals the matching fields of
// classify(chip, r) by construction (tests/perf checks it on a sweep and on hand-picked edge
// cases). A spec that classify() rejects is rejected here too, with the same message.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../metrics/checked_accelerator.hpp)
// (inlined: ../metrics/measure.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: classify.hpp)
// (inlined: decide.hpp)
// (inlined: rule.hpp)

namespace accelspec {

// The ECCN paragraph for metrics given directly (TPP, applicable die area, market and, for the
// 2022 text, I/O bandwidth). A negative TPP, area or I/O rate is an error, as it is in a spec.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer eccn_of(const decision_inputs& in, const rule& r) {
  return detail::decide_metrics(in, r);
}

namespace detail {

// The ECCN paragraph from the one pass's measurement (both readings when no TF32 reading is
// chosen: the answers merged where they differ).
ACCELSPEC_DETAIL_HOT constexpr eccn_answer eccn_of_measured(const accelerator& chip, const lean_measure& m,
                                                            const rule& r) {
  decision_inputs in{.tpp = m.tpp,
                     .applicable_die_area = m.applicable_die_area,
                     .io_bandwidth = chip.io_bandwidth,
                     .market = chip.market};
  const eccn_answer answer = decide_measured(in, r);
  if (!m.tf32_split) return answer;
  in.tpp = m.tpp_19;
  return merge_tf32(answer, decide_measured(in, r));
}

}  // namespace detail

// The ECCN paragraph of a chip under one vintage of the rule, without the explanation: the one
// pass over the spec (metrics/measure.hpp), then the decision.
// With no TF32 reading chosen, a spec that lists TF32 is decided under both readings (from the
// same pass) and the answers merged; a spec without TF32 takes no extra step.
ACCELSPEC_DETAIL_HOT constexpr eccn_answer eccn_of(const accelerator& chip, const rule& r,
                                                   classify_options options = {}) {
  return detail::eccn_of_measured(
      chip,
      detail::measure_pass<false>(chip, options.tf32.value_or(tf32_reading::container_32), !options.tf32.has_value()),
      r);
}
// The same on a spec checked and measured once (metrics/checked_accelerator.hpp): the decision only.
constexpr eccn_answer eccn_of(const checked_accelerator& chip, const rule& r, classify_options options = {}) {
  return detail::eccn_of_measured(chip.chip(), options.tf32 ? chip.measured(*options.tf32) : chip.measured_both(), r);
}

// Under the vintage in force on a date; `none` before 2022-10-07, when no 3A090 existed.
constexpr eccn_answer eccn_of(const accelerator& chip, std::chrono::year_month_day date,
                              classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return eccn_of(chip, *r, options);
  detail::measure_spec(chip, options.tf32.value_or(tf32_reading::container_32));  // validates
  return {};
}
constexpr eccn_answer eccn_of(const checked_accelerator& chip, std::chrono::year_month_day date,
                              classify_options options = {}) {
  const rule* r = rules::in_force(date);
  return r != nullptr ? eccn_of(chip, *r, options) : eccn_answer{};  // checked when it was built
}

// Under the newest vintage.
constexpr eccn_answer eccn_of(const accelerator& chip, classify_options options = {}) {
  return eccn_of(chip, rules::latest, options);
}
constexpr eccn_answer eccn_of(const checked_accelerator& chip, classify_options options = {}) {
  return eccn_of(chip, rules::latest, options);
}

}  // namespace accelspec

// ---- end accelspec/rules/eccn_of.hpp ----

// (inlined: rules/gate.hpp)
// ---- begin accelspec/rules/gate.hpp ----
// Gating user code on a determination at compile time.
//
//   template <const accelspec::accelerator& Chip>
//     requires accelspec::outside_3a090<Chip>
//   void ship_anywhere();
//
// A chip that the rule describes, or whose classification is undecided, does not satisfy the
// constraint, so the call does not compile.

// (inlined: ../detail/cxx20.hpp)

// (inlined: ../spec/accelerator.hpp)
// (inlined: classify.hpp)
// (inlined: eccn.hpp)
// (inlined: rule.hpp)

namespace accelspec {

// The chip's ECCN paragraph under a rule is exactly `E`.
template <const accelerator& Chip, eccn E, const rule& Rule = rules::eccn_3a090_2023>
concept classified_as = (classify(Chip, Rule).eccn == E);

// Outside 3A090.a and .b under the rule (decided, not merely unknown). The default is the newest
// vintage, named directly because a reference (rules::latest) cannot be a template argument.
template <const accelerator& Chip, const rule& Rule = rules::eccn_3a090_2023>
concept outside_3a090 = classified_as<Chip, eccn::none, Rule>;

}  // namespace accelspec

// ---- end accelspec/rules/gate.hpp ----

// (inlined: rules/rule.hpp)
// (inlined: rules/truth.hpp)

// ---- end accelspec/accelspec.hpp ----

// (inlined: policy.hpp)
// ---- begin accelspec/policy.hpp ----
// The policy layer: what the rules mean for a shipment. Destinations and Country Groups, every
// measure on advanced-computing items (rules, embargoes, the headquarters rule, company notices,
// review-policy overlays, guidance) as dated data, assess() and timeline() as folds over them;
// beside them, never in them, the destination's own import measures (destination_side()).
// Opt-in on top of the core <accelspec/accelspec.hpp>.

// (inlined: detail/cxx20.hpp)

// (inlined: accelspec.hpp)

// (inlined: policy/assess.hpp)
// ---- begin accelspec/policy/assess.hpp ----
// assess(): from an item, a destination, a date and who the buyer is to the license requirement,
// the review policy, the license exceptions with their conditions, the measures that apply, the
// tariff band, the citations relied on (with what of them is not verified), the assumptions made
// and what the answer does not check. A constant expression or a run-time call; an unknown
// destination code is an error.
//
// The answer is a fold over the dated measures (measures.hpp): each measure in force on the date
// applies, does not apply, or cannot be decided for want of an input. A license is required if any
// applicable measure requires one; the review policy is the most restrictive among them; an
// undecided measure that could change the answer leaves the answer undecided and names the input
// it needs. Review-policy overlays (January 2026) then change the review of the destination-rule
// licenses they cover. "Not required" is said only when every measure in force was evaluated and
// none applies.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <optional>
#include <span>
#include <string_view>

// (inlined: ../metrics/bandwidth.hpp)
// (inlined: ../rules/classify.hpp)
// (inlined: assessment.hpp)
// ---- begin accelspec/policy/assessment.hpp ----
// The answer of assess(): what a shipment of an item to a destination on a date needs, and why.
// Plain data; every list has a fixed capacity so the whole answer is a constant expression.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdint>
#include <string_view>

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../rules/determination.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: destination.hpp)
// ---- begin accelspec/policy/destination.hpp ----
// Destinations: ISO 3166-1 alpha-2 codes and the EAR Country Group memberships the
// advanced-computing rules use (Supp. No. 1 to 15 CFR Part 740: A:5, A:6, D:1, D:4, D:5), with
// their dated changes, and the AI Diffusion framework's tiers. An unknown code is an error, never
// "no license needed".
//
// Hong Kong (HK) is a valid code but not a separate destination for the EAR since 2020-12-23
// (85 FR 83765): every group lookup treats it as China. Macau (MO) is not in D:5; the rules name
// "Macau or a destination specified in Country Group D:5" wherever they mean both.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

// (inlined: ../detail/error.hpp)
// (inlined: provenance.hpp)
// ---- begin accelspec/policy/provenance.hpp ----
// How well a fact the policy layer relies on is established. Anything below primary text (or
// primary text quoted verbatim) is never reported as fact: assess() lists it under "unverified".

// (inlined: ../detail/cxx20.hpp)

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

// ---- end accelspec/policy/provenance.hpp ----

// (inlined: regulation.hpp)
// ---- begin accelspec/policy/regulation.hpp ----
// Every US measure on advanced-computing items since 2022 that the policy layer applies, as dated
// data: citation (Federal Register volume and page, document number), effective date, and where
// it applies the last day in force or the first day it was no longer enforced. Nothing here is
// "the rule": assess() asks which entries are in force on a date.
//
// `status` says how well the entry as encoded is established; `doubt` names what is not (the
// answers of assess() repeat it in their "unverified" list).

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

// (inlined: ../rules/citation.hpp)
// (inlined: ../rules/rule.hpp)
// (inlined: provenance.hpp)

namespace accelspec::policy {

struct regulation {
  std::string_view key{};   // stable identifier: "china-case-by-case-2026"
  std::string_view name{};  // for people
  citation source{};
  std::chrono::year_month_day effective{};                         // first day in force
  std::optional<std::chrono::year_month_day> last_day{};           // last day in force
  std::optional<std::chrono::year_month_day> not_enforced_from{};  // codified but not enforced from
  // First day anyone had to comply, when later than `effective` (a delayed compliance date).
  std::optional<std::chrono::year_month_day> compliance_from{};
  verification status = verification::primary;
  std::string_view doubt{};  // what is not verified about this entry; empty when nothing

  // In force, compliance required, and enforced on the date.
  [[nodiscard]] constexpr bool applies_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day) && (!not_enforced_from || d < *not_enforced_from) &&
           (!compliance_from || d >= *compliance_from);
  }
  // Codified on the date, whether enforced or not.
  [[nodiscard]] constexpr bool codified_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day);
  }
};

namespace regulations {
using namespace std::chrono_literals;
using std::chrono::year_month_day;

// ECCN 3A090 as first published (87 FR 62186): the license requirement covered China.
inline constexpr regulation eccn_3a090_2022{
    .key = "3a090-2022",
    .name = "ECCN 3A090 and 4A090 created; license requirement for China (October 2022)",
    .source = rules::eccn_3a090_2022.source,
    .effective = rules::eccn_3a090_2022.effective,
    .last_day = rules::eccn_3a090_2022.last_day,
    .status = verification::primary_quoted,
    .doubt =
        "2022 Technical Notes (TOPS, 'primitive computational unit', transfer-rate counting) and the exact 2022 "
        "4A090 text not read; presumption-of-denial review for China from secondary sources",
};

// Macau added to the 3A090/4A090 license requirement and to the review policy of 742.6(b)(10).
inline constexpr regulation macau_2023{
    .key = "macau-2023",
    .name = "Macau added to the advanced-computing license requirement (January 2023)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor "
                        "Manufacturing Items; Supercomputer and Semiconductor End Use; Entity List Modification; "
                        "Updates to the Controls To Add Macau",
               .federal_register = "88 FR 2821",
               .document_number = "2023-00888",
               .published = 2023y / std::chrono::January / 18,
               .url = "https://www.federalregister.gov/d/2023-00888"},
    .effective = 2023y / std::chrono::January / 17,
    .last_day = 2023y / std::chrono::November / 16,
    .status = verification::primary_quoted,
    .doubt =
        "88 FR 2821's title and citation are read; its effective date (2023-01-17) is known from verbatim "
        "quotations of its DATES section; it added Macau to the 3A090/4A090 license requirement and review policy "
        "but not to Country Group D:5",
};

// ECCN 3A090 as revised (88 FR 73458): TPP and performance density; scope D:1, D:4, D:5 less
// A:5/A:6; License Exception NAC; the headquarters end-user control of 744.23(a)(3).
inline constexpr regulation eccn_3a090_2023{
    .key = "3a090-2023",
    .name = "ECCN 3A090 revised; scope D:1, D:4, D:5 except A:5/A:6; License Exception NAC (November 2023)",
    .source = rules::eccn_3a090_2023.source,
    .effective = rules::eccn_3a090_2023.effective,
    .last_day = std::nullopt,
    .status = verification::primary,
    .doubt =
        "742.6(a)(6)(iii) and the review policy of 742.6(b)(10)(ii) were read in the text as corrected on "
        "2024-04-04 (the 2023-11-17 wording was not read separately); the 2023 group memberships are inferred "
        "from the 2026 tables",
};

// Corrections rule: License Exception NAC split into NAC (notified, D:5 and Macau) and ACA.
inline constexpr regulation nac_aca_2024{
    .key = "nac-aca-2024",
    .name = "License Exception NAC split into NAC and ACA (April 2024)",
    .source = {.title = "Implementation of Additional Export Controls: Certain Advanced Computing Items; "
                        "Supercomputer and Semiconductor End Use; Updates and Corrections; and Export Controls on "
                        "Semiconductor Manufacturing Items; Corrections and Clarifications",
               .federal_register = "89 FR 23876",
               .document_number = "2024-07004",
               .published = 2024y / std::chrono::April / 4,
               .url = "https://www.federalregister.gov/d/2024-07004"},
    .effective = 2024y / std::chrono::April / 4,
    .status = verification::primary_quoted,
    .doubt = "the NAC notification lead time (25 days) is from secondary sources; 740.8(a)(2) not read",
};

// 3A090.c high-bandwidth memory and License Exception HBM (740.25).
inline constexpr regulation hbm_2024{
    .key = "hbm-2024",
    .name = "ECCN 3A090.c high-bandwidth memory and License Exception HBM (December 2024)",
    .source = {.title = "Foreign-Produced Direct Product Rule Additions, and Refinements to Controls for Advanced "
                        "Computing and Semiconductor Manufacturing Items",
               .federal_register = "89 FR 96790",
               .document_number = "2024-28270",
               .published = 2024y / std::chrono::December / 5,
               .url = "https://www.federalregister.gov/d/2024-28270"},
    .effective = 2024y / std::chrono::December / 2,
    .status = verification::primary,
    .doubt =
        "License Exception HBM's exporter-headquarters condition (United States or A:5) is from a secondary "
        "source",
};

// Framework for Artificial Intelligence Diffusion: worldwide requirement for 3A090.a, tiers,
// AIA/ACM/LPP, 4E091. BIS announced on 2025-05-13 that it would not enforce it.
inline constexpr regulation ai_diffusion_2025{
    .key = "ai-diffusion-2025",
    .name =
        "Framework for Artificial Intelligence Diffusion (January 2025; compliance from 2025-05-15, never "
        "enforced)",
    .source = {.title = "Framework for Artificial Intelligence Diffusion",
               .federal_register = "90 FR 4544",
               .document_number = "2025-00636",
               .published = 2025y / std::chrono::January / 15,
               .url = "https://www.federalregister.gov/d/2025-00636"},
    .effective = 2025y / std::chrono::January / 13,
    // BIS announced non-enforcement two days before the compliance date: nobody ever had to comply.
    .not_enforced_from = 2025y / std::chrono::May / 13,
    .compliance_from = 2025y / std::chrono::May / 15,
    .status = verification::primary,
    .doubt =
        "non-enforcement from 2025-05-13 rests on the BIS press release of that day (no Federal Register "
        "rescission was published); the Tier 1 list, the 790,000,000 TPP country cap and the 26,900,000 TPP LPP "
        "allowance are from secondary sources",
};

// Due-diligence rule for front-end fabricators and OSATs (Note 1 to 3A090.a).
inline constexpr regulation foundry_2025{
    .key = "foundry-2025",
    .name = "Foundry and OSAT due diligence: presumption of 3A090.a (January 2025)",
    .source = {.title = "Implementation of Additional Due Diligence Measures for Advanced Computing Integrated "
                        "Circuits",
               .federal_register = "90 FR 5298",
               .document_number = "2025-00711",
               .published = 2025y / std::chrono::January / 16,
               .url = "https://www.federalregister.gov/d/2025-00711"},
    .effective = 2025y / std::chrono::January / 16,
    .status = verification::primary,
    .doubt = "the text gives no transistor-count figure for packages without HBM exported in 2028",
};

inline constexpr regulation foundry_correction_2025{
    .key = "foundry-correction-2025",
    .name = "Correction to the 3A090 license requirement (February 2025)",
    .source = {.title = "Implementation of Additional Due Diligence Measures for Advanced Computing Integrated "
                        "Circuits; Correction",
               .federal_register = "90 FR 9604",
               .document_number = "2025-02655",
               .published = 2025y / std::chrono::February / 14,
               .url = "https://www.federalregister.gov/d/2025-02655"},
    .effective = 2025y / std::chrono::February / 11,
    .status = verification::primary,
};

// The April 2025 "is-informed" letters: company-specific and without a public threshold.
inline constexpr regulation h20_notice_2025{
    .key = "h20-notice-2025",
    .name = "License requirement for the NVIDIA H20 by is-informed letter (April 2025)",
    .source = {.title = "NVIDIA Corporation, Form 8-K (is-informed letter of April 9, 2025)",
               .federal_register = "",
               .document_number = "SEC Form 8-K, filed 2025-04-15",
               .published = 2025y / std::chrono::April / 15,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K"},
    .effective = 2025y / std::chrono::April / 9,
    .status = verification::primary_quoted,
    .doubt =
        "the letter is not public; the circuits 'achieving the H20's memory bandwidth, interconnect bandwidth, "
        "or combination thereof' have no public numeric threshold (figures of 1,400/1,100/1,700 GB/s are "
        "unverified and not used)",
};

inline constexpr regulation mi308_notice_2025{
    .key = "mi308-notice-2025",
    .name = "License requirement for the AMD MI308 by is-informed letter (April 2025)",
    .source = {.title = "Advanced Micro Devices, Inc., filing on the MI308 license requirement (April 2025)",
               .federal_register = "",
               .document_number = "SEC filing, April 2025",
               .published = 2025y / std::chrono::April / 16,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000002488&type=8-K"},
    .effective = 2025y / std::chrono::April / 15,
    .status = verification::secondary,
    .doubt =
        "the MI308 requirement is known from news and AMD risk factors only; the day (2025-04-15) is not "
        "verified (April 2025 is); no public threshold",
};

// License review policy for China and Macau: case-by-case below TPP 21,000 and total DRAM
// bandwidth 6,500 GB/s, for exports from the United States, under certifications.
inline constexpr regulation china_case_by_case_2026{
    .key = "china-case-by-case-2026",
    .name = "Revision to License Review Policy for Advanced Computing Commodities (January 2026)",
    .source = {.title = "Revision to License Review Policy for Advanced Computing Commodities",
               .federal_register = "91 FR 1684",
               .document_number = "2026-00789",
               .published = 2026y / std::chrono::January / 15,
               .url = "https://www.federalregister.gov/d/2026-00789"},
    .effective = 2026y / std::chrono::January / 15,
    .status = verification::primary_quoted,
    .doubt =
        "the 'total DRAM bandwidth' definition (notes to paragraph (dd)(1) of Supp. No. 2 to Part 748) not read; "
        "the 50% volume cap, KYC and remote-access conditions and the limit to exports from the United States "
        "are from secondary summaries",
};

// Section 232 tariff on covered advanced chips (Presidential Proclamation of January 14, 2026).
inline constexpr regulation section_232_2026{
    .key = "section-232-2026",
    .name =
        "Section 232 tariff of 25% on covered advanced computing chips and articles containing them (January "
        "2026)",
    .source = {.title = "Proclamation 11002, Adjusting Imports of Semiconductors, Semiconductor Manufacturing "
                        "Equipment, and Their Derivative Products into the United States (CBP CSMS # 67400472)",
               .federal_register = "",
               .document_number = "Proclamation 11002 of 2026-01-14 (Federal Register citation not found)",
               .published = 2026y / std::chrono::January / 14,
               .url = "https://content.govdelivery.com/accounts/USDHSCBP/bulletins/4047318"},
    .effective = 2026y / std::chrono::January / 15,
    .status = verification::primary,
    .doubt =
        "the bands and covered HTS provisions are read in CBP's guidance (CSMS # 67400472), the proclamation's "
        "Federal Register text was not found; the end-use exemptions are from secondary summaries",
};

// Country Group changes that move a destination in or out of a license requirement.
inline constexpr regulation nicaragua_2024{
    .key = "nicaragua-d5-2024",
    .name = "Nicaragua added to Country Groups D:1 and D:5 (March 2024)",
    .source = {.title = "Revisions To Export, Reexport, and Transfer (In-Country) Controls for Nicaragua Under the "
                        "Export Administration Regulations",
               .federal_register = "89 FR 18780",
               .document_number = "2024-05696",
               .published = 2024y / std::chrono::March / 15,
               .url = "https://www.federalregister.gov/d/2024-05696"},
    .effective = 2024y / std::chrono::March / 15,
    .status = verification::primary,
    .doubt = "Nicaragua's move into D:1 (as opposed to D:5) is from a secondary source",
};

inline constexpr regulation cyprus_2024{
    .key = "cyprus-d5-2024",
    .name = "Cyprus removed from Country Group D:5 (May 2024)",
    .source = {.title = "Conforming and Clarifying Changes to the Export Administration Regulations (EAR)",
               .federal_register = "89 FR 40369",
               .document_number = "2024-10280",
               .published = 2024y / std::chrono::May / 10,
               .url = "https://www.federalregister.gov/d/2024-10280"},
    .effective = 2024y / std::chrono::May / 30,
    .status = verification::primary,
    .doubt =
        "whether the State Department rule effective 2023-10-01 already ended Cyprus's D:5 status is not "
        "verified",
};

inline constexpr regulation cambodia_2025{
    .key = "cambodia-d5-2025",
    .name = "Cambodia removed from ITAR 126.1 and so from Country Group D:5 (November 2025)",
    .source = {.title = "Department of State, ITAR 126.1 amendment (Cambodia); BIS conforming rule effective "
                        "2026-02-03 (RIN 0694-AK41)",
               .federal_register = "",
               .document_number = "RIN 0694-AK41 (Federal Register citation not found)",
               .published = 2025y / std::chrono::November / 7,
               .url = ""},
    .effective = 2025y / std::chrono::November / 7,
    .status = verification::secondary,
    .doubt =
        "Cambodia's D:5 end date (2025-11-07 under the note to D:5; table amended 2026-02-03) is from secondary "
        "sources",
};

// The UAE rule of July 2026: the UAE out of D:3 and D:4 and into A:5; license-free access to
// 3A090.a/.b and 4A090.a/.b items for the UAE Government, the entities of a new Supplement No. 8 to
// Part 740 and named US companies' UAE subsidiaries; everyone else still needs a license.
inline constexpr regulation uae_2026{
    .key = "uae-a5-2026",
    .name =
        "Enhanced Favorable Treatment for the United Arab Emirates: the UAE moved to Country Group A:5 and out "
        "of D:3 and D:4; license-free advanced computing items for named UAE end users (July 2026)",
    .source = {.title = "Enhanced Favorable Treatment for the United Arab Emirates Under the Export Administration "
                        "Regulations (RIN 0694-AK54)",
               .federal_register = "91 FR 43034",
               .document_number = "2026-14132",
               .published = 2026y / std::chrono::July / 14,
               .url = "https://www.federalregister.gov/d/2026-14132"},
    .effective = 2026y / std::chrono::July / 10,
    .status = verification::secondary,
    .doubt =
        "the UAE rule of July 2026 (FR Doc 2026-14132, 91 FR 43034) was not read here: its effective date "
        "(2026-07-10), the move to A:5, Supplement No. 8 to Part 740 (G42 and Core42, lapsing on 2027-04-06 "
        "unless renewed) and the named US companies (Amazon, Apple, Google, Meta, Microsoft, OpenAI, Oracle, "
        "xAI) are from an audit quoting secondary digests; whether 2027-04-06 is the last day or the first day "
        "without the authorization is not known (the library ends it the day before); the review policy for "
        "other UAE end users is not public",
};

// --- Company notices ("is-informed" letters) before the 2022 and 2023 rules took effect -------------

inline constexpr regulation nvidia_notice_2022{
    .key = "nvidia-notice-2022",
    .name =
        "License requirement for NVIDIA A100 and H100 to China, Hong Kong and Russia by is-informed letter "
        "(August 2022)",
    .source = {.title = "NVIDIA Corporation, Form 8-K filed 2022-08-31 (Item 8.01: letter of August 26, 2022)",
               .federal_register = "",
               .document_number = "SEC Form 8-K, filed 2022-08-31",
               .published = 2022y / std::chrono::August / 31,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K"},
    .effective = 2022y / std::chrono::August / 26,
    // From 2022-10-07 the rule itself requires a license for the same items to China; Russia is under
    // Part 746. The letter was not withdrawn publicly: the end date is the library's reading.
    .last_day = 2022y / std::chrono::October / 6,
    .status = verification::primary_quoted,
    .doubt =
        "the 8-K is known through verbatim press quotations; the letter's 'roughly the A100' performance and "
        "I/O thresholds for future chips are not public; the letter's end is inferred from the October 2022 "
        "rule that codified it",
};

inline constexpr regulation amd_notice_2022{
    .key = "amd-notice-2022",
    .name = "License requirement for AMD MI250 to China (August 2022, AMD statement)",
    .source = {.title = "AMD statement to the press on the MI250 license requirement (reported by Reuters, "
                        "August 31, 2022)",
               .federal_register = "",
               .document_number = "press statement; no SEC filing found",
               .published = 2022y / std::chrono::August / 31,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000002488&type=8-K"},
    .effective = 2022y / std::chrono::August / 31,
    .last_day = 2022y / std::chrono::October / 6,
    .status = verification::secondary,
    .doubt =
        "AMD's MI250 requirement is known only from press reports of an AMD spokesperson's statement (no AMD "
        "filing found); the day it took effect is not known (2022-08-31 is the day it was reported); the MI250X "
        "and Russia were not named",
};

inline constexpr regulation nvidia_notice_2023{
    .key = "nvidia-notice-2023",
    .name =
        "October 2023 rule's license requirements effective immediately for NVIDIA A100, A800, H100, H800 and "
        "L40S (letter of October 23, 2023)",
    .source = {.title = "NVIDIA Corporation, Form 8-K filed 2023-10-24 (Item 8.01)",
               .federal_register = "",
               .document_number = "SEC Form 8-K, filed 2023-10-24",
               .published = 2023y / std::chrono::October / 24,
               .url = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K"},
    .effective = 2023y / std::chrono::October / 23,
    .last_day = 2023y / std::chrono::November / 16,
    .status = verification::secondary,
    .doubt =
        "NVIDIA's 8-K of 2023-10-24 was not read; the product list (A100, A800, H100, H800, L40S) and whether "
        "the acceleration covered every destination of the rule or only China are from press reports; NVIDIA's "
        "8-K of 2023-10-17, quoted by secondary sources, says the October 2023 rule imposes licensing for China "
        "and Country Groups D1, D4 and D5 (naming Saudi Arabia, the UAE and Vietnam), so the notice very likely "
        "reached those destinations too",
};

// --- The headquarters (party) rule --------------------------------------------------------------

// 15 CFR 744.23(a)(3)(i), added by 88 FR 73458: a license for 3A090/4A090 (and the .z items) to an
// entity headquartered in, or whose ultimate parent is headquartered in, Macau or D:5, wherever it
// is located; knowledge-based. Review: 744.23(d).
inline constexpr regulation headquarters_2023{
    .key = "headquarters-2023",
    .name =
        "License required for advanced computing items for entities headquartered in Macau or Country Group "
        "D:5, wherever located (15 CFR 744.23(a)(3), November 2023)",
    .source = rules::eccn_3a090_2023.source,
    .effective = rules::eccn_3a090_2023.effective,
    .status = verification::primary,
    .doubt =
        "744.23(a)(3)(i) and (d) were read in the text as amended 2024-04-04 (the 2023-11-17 wording was not "
        "read separately); that 744.23(a)(3) still carries the .b items after 2025-01-13 is not verified",
};

// The AI Diffusion rule moved the .a items into 742.6(a)(6)(iii)(A); BIS guidance of 2026-05-31
// says that requirement is enforced for D:5/Macau-headquartered entities.
inline constexpr regulation headquarters_guidance_2026{
    .key = "headquarters-guidance-2026",
    .name =
        "Guidance Regarding Enforcement of License Requirements for Advanced Computing Items for Entities "
        "Headquartered in Country Group D:5 and Macau (BIS, May 2026)",
    .source = {.title = "Guidance Regarding Enforcement of License Requirements for Advanced Computing Items for "
                        "Entities Headquartered in Country Group D:5 and Macau",
               .federal_register = "",
               .document_number = "BIS guidance of 2026-05-31",
               .published = 2026y / std::chrono::May / 31,
               .url = "https://www.bis.gov/"},
    .effective = 2025y / std::chrono::January / 13,
    .status = verification::primary_quoted,
    .doubt =
        "the guidance was read in a verbatim reproduction, not on bis.gov; the text of 742.6(a)(6)(iii)(A) itself "
        "and the review policy for .a items under it were not read",
};

// --- The Entity List (Supp. No. 4 to Part 744): additions that matter for AI compute ------------------
// Each entry requires a license for all items subject to the EAR, whatever the item (744.11), and
// no license exception overcomes it.

inline constexpr regulation entity_list_huawei_2019{
    .key = "entity-list-huawei-2019",
    .name = "Entity List: Huawei Technologies Co., Ltd. and affiliates (May 2019; foreign direct product footnote 1)",
    .source = {.title = "Addition of Entities to the Entity List",
               .federal_register = "84 FR 22961",
               .document_number = "2019-10616",
               .published = 2019y / std::chrono::May / 21,
               .url = "https://www.federalregister.gov/d/2019-10616"},
    .effective = 2019y / std::chrono::May / 16,
    .status = verification::secondary,
    .doubt =
        "Huawei's Entity List entry: the 84 FR 22961 citation and FR Doc 2019-10616 were not read; the "
        "effective date (2019-05-16, 4:15 pm) and the presumption of denial are from law-firm alerts; the "
        "foreign direct product footnote 1 (May and August 2020) and the affiliates added on 2019-08-19 and "
        "2020-08-17 are from secondary sources; only the affiliates named here are matched",
};

inline constexpr regulation entity_list_sugon_2019{
    .key = "entity-list-sugon-2019",
    .name = "Entity List: Sugon (Dawning Information Industry) and exascale computing entities (June 2019)",
    .source = {.title = "Addition of Entities to the Entity List and Revision of an Entry on the Entity List",
               .federal_register = "84 FR 29371",
               .document_number = "2019-13245",
               .published = 2019y / std::chrono::June / 24,
               .url = "https://www.federalregister.gov/d/2019-13245"},
    .effective = 2019y / std::chrono::June / 24,
    .status = verification::secondary,
    .doubt =
        "Sugon's Entity List entry: citation read, text not read; its aliases and the presumption of denial "
        "are from a law-firm alert; the effective date is taken as the publication date",
};

inline constexpr regulation entity_list_smic_2020{
    .key = "entity-list-smic-2020",
    .name =
        "Entity List: Semiconductor Manufacturing International Corporation (SMIC) and ten affiliates (December "
        "2020)",
    .source = {.title = "Addition of Entities to the Entity List, Revision of Entry on the Entity List, and Removal of "
                        "Entities From the Entity List",
               .federal_register = "85 FR 83416",
               .document_number = "2020-28031",
               .published = 2020y / std::chrono::December / 22,
               .url = "https://www.federalregister.gov/d/2020-28031"},
    .effective = 2020y / std::chrono::December / 18,
    .status = verification::primary_quoted,
    .doubt =
        "SMIC's review policy (case-by-case, presumption of denial for items uniquely required for 10 nm and "
        "below) is from law-firm alerts; later changes to SMIC's entry were not checked",
};

inline constexpr regulation entity_list_gpu_2023{
    .key = "entity-list-gpu-2023",
    .name = "Entity List: Biren Technology, Moore Threads and their subsidiaries (October 2023)",
    .source = {.title = "Entity List Additions",
               .federal_register = "88 FR 71991",
               .document_number = "2023-23048",
               .published = 2023y / std::chrono::October / 19,
               .url = "https://www.federalregister.gov/d/2023-23048"},
    .effective = 2023y / std::chrono::October / 17,
    .status = verification::primary_quoted,
    .doubt =
        "the 13 entities of 88 FR 71991 were read as a count; the names Biren and Moore Threads, the presumption "
        "of denial and footnote 4 are from law-firm alerts",
};

inline constexpr regulation entity_list_zhipu_2025{
    .key = "entity-list-zhipu-2025",
    .name = "Entity List: Beijing Zhipu Huazhang Technology Co., Ltd. (Zhipu AI) (January 2025)",
    .source = {.title = "Addition of Entities to and Revision of Entry on the Entity List",
               .federal_register = "90 FR 4617",
               .document_number = "2025-00704",
               .published = 2025y / std::chrono::January / 16,
               .url = "https://www.federalregister.gov/d/2025-00704"},
    .effective = 2025y / std::chrono::January / 16,
    .status = verification::primary_quoted,
    .doubt =
        "Zhipu AI's entry: citation and effective date from the Federal Register's metadata; the entry's text, "
        "its aliases and review policy were not read (review stated as not public)",
};

inline constexpr regulation entity_list_sophgo_2025{
    .key = "entity-list-sophgo-2025",
    .name = "Entity List: Sophgo Technologies Ltd. (January 2025)",
    .source = {.title = "Additions to the Entity List",
               .federal_register = "90 FR 4621",
               .document_number = "2025-00480",
               .published = 2025y / std::chrono::January / 16,
               .url = "https://www.federalregister.gov/d/2025-00480"},
    .effective = 2025y / std::chrono::January / 16,
    .status = verification::primary_quoted,
    .doubt =
        "Sophgo's entry: citation and effective date from the Federal Register's metadata, the name from the "
        "trade press; the entry's text and review policy were not read (review stated as not public)",
};

// The Affiliates rule: Entity List restrictions reach entities at least 50 % owned by listed parties.
inline constexpr regulation affiliates_rule_2025{
    .key = "affiliates-rule-2025",
    .name = "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities (50 % rule)",
    .source = {.title = "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities",
               .federal_register = "",
               .document_number = "FR Doc 2025-19001 (Federal Register page not verified)",
               .published = 2025y / std::chrono::September / 29,
               .url = "https://www.federalregister.gov/d/2025-19001"},
    .effective = 2025y / std::chrono::September / 29,
    .status = verification::secondary,
    .doubt =
        "the Affiliates (50 %) rule, effective 2025-09-29, was suspended from 2025-11-10 to 2026-11-09 and "
        "returns on 2026-11-10 unless extended (secondary; whether it was extended is not known; its Federal "
        "Register page is not verified); ownership of the end user is not an input, so it is not applied",
};

// The HBM headquarters prong of the December 2024 rule.
inline constexpr regulation hbm_headquarters_2024{
    .key = "hbm-headquarters-2024",
    .name =
        "License required for 3A090.c HBM for entities headquartered in Macau or Country Group D:5, wherever "
        "located (December 2024, as reported)",
    .source = hbm_2024.source,
    .effective = hbm_2024.effective,
    .status = verification::secondary,
    .doubt =
        "the HBM headquarters prong (15 CFR 744.23(a)(3)(i)(B) as one compliance repository places it) is from "
        "secondary sources, the rule's text was not read; several firms give 2024-12-31 as the compliance date "
        "of 'most' provisions, and whether 3A090.c was among them is not known (applied from 2024-12-02)",
};

// --- Part 746: embargoes and other special controls ------------------------------------------------

inline constexpr regulation embargo_cuba{
    .key = "embargo-cuba",
    .name = "Cuba: license required for all items subject to the EAR (15 CFR 746.2)",
    .source = {.title = "15 CFR 746.2 Cuba (source note 61 FR 12802, March 25, 1996)",
               .federal_register = "61 FR 12802",
               .document_number = "",
               .published = 1996y / std::chrono::March / 25,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.2"},
    .effective = 1996y / std::chrono::March / 25,
    .status = verification::primary,
};

inline constexpr regulation embargo_north_korea{
    .key = "embargo-north-korea",
    .name =
        "North Korea: license required for all items subject to the EAR except EAR99 food and medicine (15 CFR "
        "746.4)",
    .source = {.title = "15 CFR 746.4 North Korea (source note 72 FR 3725, January 26, 2007)",
               .federal_register = "72 FR 3725",
               .document_number = "",
               .published = 2007y / std::chrono::January / 26,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.4"},
    .effective = 2007y / std::chrono::January / 26,
    .status = verification::primary,
    .doubt =
        "the review policy for other CCL items (746.4(b)(5), pointing to 742.19(b)) was not read; a general "
        "policy of denial is assumed",
};

inline constexpr regulation embargo_iran{
    .key = "embargo-iran",
    .name = "Iran: license required for CCL items (AT column 1 and others), no license exceptions (15 CFR 746.7)",
    .source = {.title = "15 CFR 746.7 Iran (source note 74 FR 2358, January 15, 2009)",
               .federal_register = "74 FR 2358",
               .document_number = "",
               .published = 2009y / std::chrono::January / 15,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.7"},
    .effective = 2009y / std::chrono::January / 15,
    .status = verification::primary,
};

inline constexpr regulation embargo_syria{
    .key = "embargo-syria",
    .name =
        "Syria: license required for all items subject to the EAR except EAR99 food and medicine, general "
        "policy of denial (15 CFR 746.9)",
    .source = {.title = "15 CFR 746.9 Syria (General Order No. 2 of May 14, 2004; source note 76 FR 77117)",
               .federal_register = "76 FR 77117",
               .document_number = "",
               .published = 2011y / std::chrono::December / 12,
               .url = "https://www.ecfr.gov/current/title-15/part-746/section-746.9"},
    .effective = 2004y / std::chrono::May / 14,
    .last_day = 2025y / std::chrono::September / 1,
    .status = verification::primary,
};

inline constexpr regulation embargo_syria_2025{
    .key = "embargo-syria-2025",
    .name = "Syria: license still required for items subject to the EAR, more favourable review (September 2025)",
    .source = {.title = "Relaxing Export Controls for Syria",
               .federal_register = "90 FR 42315",
               .document_number = "2025-16724",
               .published = 2025y / std::chrono::September / 2,
               .url = "https://www.federalregister.gov/d/2025-16724"},
    .effective = 2025y / std::chrono::September / 2,
    .status = verification::primary,
    .doubt =
        "the new review policy of 746.9(c) (presumption of approval for most civil end uses, case-by-case "
        "otherwise) is from secondary summaries",
};

inline constexpr regulation embargo_russia{
    .key = "embargo-russia",
    .name = "Russia: license required for items on the Commerce Control List, policy of denial (15 CFR 746.8)",
    .source = {.title = "Implementation of Sanctions Against Russia Under the Export Administration Regulations (EAR)",
               .federal_register = "87 FR 12226",
               .document_number = "2022-04300",
               .published = 2022y / std::chrono::March / 3,
               .url = "https://www.federalregister.gov/d/2022-04300"},
    .effective = 2022y / std::chrono::February / 24,
    .status = verification::primary,
    .doubt =
        "from 2022-02-24 to 2022-04-07 the requirement covered CCL Categories 3 to 9 (secondary summary), which "
        "includes every item the library classifies",
};

inline constexpr regulation embargo_belarus{
    .key = "embargo-belarus",
    .name = "Belarus: the Russia sanctions of 15 CFR 746.8 extended to Belarus (March 2022)",
    .source = {.title = "Imposition of Sanctions Against Belarus Under the Export Administration Regulations (EAR)",
               .federal_register = "87 FR 13048",
               .document_number = "2022-04819",
               .published = 2022y / std::chrono::March / 8,
               .url = "https://www.federalregister.gov/d/2022-04819"},
    .effective = 2022y / std::chrono::March / 2,
    .status = verification::primary,
};

inline constexpr regulation embargo_ukraine_regions{
    .key = "embargo-ukraine-regions",
    .name =
        "Crimea and the covered regions of Ukraine (so-called DNR and LNR): license required for all items "
        "subject to the EAR except EAR99 food and medicine (15 CFR 746.6)",
    .source = {.title = "Russian Sanctions: Licensing Policy for the Crimea Region of Ukraine (80 FR 4776); covered "
                        "regions added by 87 FR 12226",
               .federal_register = "80 FR 4776",
               .document_number = "2015-01638",
               .published = 2015y / std::chrono::January / 29,
               .url = "https://www.federalregister.gov/d/2015-01638"},
    .effective = 2015y / std::chrono::January / 29,
    .status = verification::primary,
    .doubt = "whether regions other than Crimea, DNR and LNR were added after 2023 was not verified",
};

inline constexpr regulation cuba_e1_2015{
    .key = "cuba-e1-2015",
    .name = "Cuba removed from Country Group E:1 (stays in E:2) (July 2015)",
    .source = {.title = "Cuba: Implementing Rescission of State Sponsor of Terrorism Designation",
               .federal_register = "80 FR 43314",
               .document_number = "2015-17981",
               .published = 2015y / std::chrono::July / 22,
               .url = "https://www.federalregister.gov/d/2015-17981"},
    .effective = 2015y / std::chrono::July / 22,
    .status = verification::primary,
    .doubt = "no later BIS rule returning Cuba to E:1 (after the 2021 State designation) was found",
};

// --- Guidance and notes that change no answer but must be said -----------------------------------

inline constexpr regulation gp10_huawei_2025{
    .key = "gp10-huawei-2025",
    .name =
        "BIS guidance on General Prohibition 10 and PRC advanced-computing ICs, naming Huawei Ascend 910B, 910C "
        "and 910D (May 2025)",
    .source = {.title = "Guidance on Application of General Prohibition 10 (GP10) to People's Republic of China (PRC) "
                        "Advanced-Computing Integrated Circuits (ICs)",
               .federal_register = "",
               .document_number = "BIS guidance of 2025-05-13",
               .published = 2025y / std::chrono::May / 13,
               .url = "https://www.bis.gov/"},
    .effective = 2025y / std::chrono::May / 13,
    .status = verification::secondary,
    .doubt =
        "the GP10 guidance of 2025-05-13 is known from law-firm summaries (text not read): PRC-developed 3A090 ICs, "
        "naming Huawei Ascend 910B, 910C and 910D, are presumed produced in "
        "violation of the EAR, and exporting, transferring or using them without BIS authorization risks "
        "violating GP10 (no specific URL of the guidance was found); BIS removed 'anywhere in the world violates' from "
        "its press release on 2025-05-15 "
        "(reported 2025-05-20), the guidance still lists the three chips; the list of PRC designers is the "
        "library's (inferred)",
};

inline constexpr regulation gao_b337935{
    .key = "gao-b-337935",
    .name =
        "GAO decision B-337935: the May 2025 non-enforcement of the AI Diffusion rule is itself a rule never "
        "submitted under the Congressional Review Act",
    .source = {.title = "U.S. Department of Commerce, Bureau of Industry and Security: Applicability of the "
                        "Congressional Review Act to the Rescission of the Artificial Intelligence Diffusion Rule",
               .federal_register = "",
               .document_number = "GAO B-337935",
               .published = 2026y / std::chrono::May / 12,
               .url = "https://www.gao.gov/products/b-337935"},
    .effective = 2026y / std::chrono::May / 12,
    .status = verification::primary,
    .doubt =
        "legal doubt (GAO B-337935, 2026-05-12): GAO holds the May 2025 non-enforcement press release to be a rule "
        "never submitted under the Congressional Review Act, so the AI Diffusion rule may remain legally in effect; "
        "BIS has not enforced it and the answer does not change",
};

// Every entry, by effective date.
inline constexpr std::array<const regulation*, 40> all{
    &embargo_syria,
    &embargo_cuba,
    &entity_list_huawei_2019,
    &entity_list_sugon_2019,
    &entity_list_smic_2020,
    &entity_list_gpu_2023,
    &entity_list_zhipu_2025,
    &entity_list_sophgo_2025,
    &affiliates_rule_2025,
    &hbm_headquarters_2024,
    &cuba_e1_2015,
    &embargo_north_korea,
    &embargo_iran,
    &embargo_ukraine_regions,
    &embargo_russia,
    &embargo_belarus,
    &nvidia_notice_2022,
    &amd_notice_2022,
    &eccn_3a090_2022,
    &macau_2023,
    &nvidia_notice_2023,
    &eccn_3a090_2023,
    &headquarters_2023,
    &nicaragua_2024,
    &nac_aca_2024,
    &cyprus_2024,
    &hbm_2024,
    &ai_diffusion_2025,
    &headquarters_guidance_2026,
    &foundry_2025,
    &foundry_correction_2025,
    &h20_notice_2025,
    &mi308_notice_2025,
    &gp10_huawei_2025,
    &embargo_syria_2025,
    &cambodia_2025,
    &china_case_by_case_2026,
    &section_232_2026,
    &gao_b337935,
    &uae_2026,
};

// Looks an entry up by key; nullptr when unknown.
constexpr const regulation* find(std::string_view key) noexcept {
  for (const regulation* r : all) {
    if (r->key == key) return r;
  }
  return nullptr;
}

}  // namespace regulations
}  // namespace accelspec::policy

// ---- end accelspec/policy/regulation.hpp ----

namespace accelspec::policy {

// E:1 (terrorist supporting countries) and E:2 (unilateral embargo) matter through Part 746, whose
// embargoes are measures of their own (measures.hpp); the groups are kept here as dated data.
enum class country_group : std::uint8_t { a5, a6, d1, d4, d5, tier1, e1, e2 };

constexpr std::string_view key(country_group g) noexcept {
  switch (g) {
    case country_group::a5:
      return "A:5";
    case country_group::a6:
      return "A:6";
    case country_group::d1:
      return "D:1";
    case country_group::d4:
      return "D:4";
    case country_group::d5:
      return "D:5";
    case country_group::tier1:
      return "AI Diffusion Tier 1";
    case country_group::e1:
      return "E:1";
    case country_group::e2:
      return "E:2";
  }
  return "";
}

namespace detail {

// Every officially assigned ISO 3166-1 alpha-2 code (249), sorted, three characters apart.
inline constexpr std::string_view iso_3166_codes =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO "
    "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE "
    "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO "
    "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW "
    "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM "
    "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

// Members on the 2023-11-17 baseline (eCFR issue 2026-07-23 minus the dated changes below; the
// 2023 membership is inferred, the 2026 membership is primary text). Start dates not researched.
inline constexpr std::string_view d1_baseline = "AM AZ BY CN GE IQ KG KH KP KZ LA LY MD MM MN MO RU TJ TM UZ VE VN YE";
inline constexpr std::string_view d4_baseline = "AE BH BY CN EG IL IQ IR JO KP KW LB LY MO OM PK QA RU SA SY VE YE";
inline constexpr std::string_view d5_baseline = "AF BY CD CF CN CU CY ER HT IQ IR KH KP LB LY MM RU SD SO SS SY VE ZW";
inline constexpr std::string_view a5_baseline =
    "AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IN IS IT JP KR LT LU LV NL NO NZ PL PT RO SE SI SK TR";
inline constexpr std::string_view a6_baseline = "AL CY IL MT MX SG TW ZA";
// E:1 and E:2 as in Supp. No. 1 to Part 740 (2026 table; Syria stays in E:1 after the September
// 2025 Syria rule). Cuba left E:1 on 2015-07-22 (80 FR 43314) and stays in E:2.
inline constexpr std::string_view e1_baseline = "IR KP SY";
inline constexpr std::string_view e2_baseline = "CU";
// Paragraph (a) of Supp. No. 5 to Part 740 (AI Diffusion Tier 1), from 2025-01-13. The list
// comes from secondary sources (the paragraph itself was not read).
inline constexpr std::string_view tier1_members = "US AU BE CA DK FI FR DE IE IT JP NL NZ NO KR ES SE TW GB";

constexpr bool list_contains(std::string_view list, std::string_view code) noexcept {
  for (std::size_t i = 0; i + 1 < list.size(); i += 3) {
    if (list.substr(i, 2) == code) return true;
  }
  return false;
}

constexpr char upper(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace detail

// A dated change of one membership. `since` empty: a baseline member; `until` is exclusive (the
// first day the membership no longer holds).
struct membership_change {
  std::string_view code{};
  country_group group{};
  std::optional<std::chrono::year_month_day> since{};
  std::optional<std::chrono::year_month_day> until{};
  const regulation* source = nullptr;
  verification status = verification::primary;
};

namespace detail {
using namespace std::chrono_literals;
inline constexpr std::array<membership_change, 7> membership_changes{{
    {"CU", country_group::e1, std::nullopt, 2015y / std::chrono::July / 22, &regulations::cuba_e1_2015,
     verification::primary},
    {"NI", country_group::d1, 2024y / std::chrono::March / 15, std::nullopt, &regulations::nicaragua_2024,
     verification::secondary},
    {"NI", country_group::d5, 2024y / std::chrono::March / 15, std::nullopt, &regulations::nicaragua_2024,
     verification::primary},
    {"CY", country_group::d5, std::nullopt, 2024y / std::chrono::May / 30, &regulations::cyprus_2024,
     verification::primary},
    {"KH", country_group::d5, std::nullopt, 2025y / std::chrono::November / 7, &regulations::cambodia_2025,
     verification::secondary},
    {"AE", country_group::d4, std::nullopt, 2026y / std::chrono::July / 10, &regulations::uae_2026,
     verification::secondary},
    {"AE", country_group::a5, 2026y / std::chrono::July / 10, std::nullopt, &regulations::uae_2026,
     verification::secondary},
}};
}  // namespace detail

// A destination: its ISO code, pointing into static storage.
struct destination {
  std::string_view code{};

  // The code the Country Group tables use: Hong Kong is looked up as China.
  [[nodiscard]] constexpr std::string_view group_code() const noexcept { return code == "HK" ? "CN" : code; }
  [[nodiscard]] constexpr bool is_china() const noexcept { return group_code() == "CN"; }
  [[nodiscard]] constexpr bool is_macau() const noexcept { return code == "MO"; }
  [[nodiscard]] constexpr bool is_united_states() const noexcept { return code == "US"; }
  friend constexpr bool operator==(const destination&, const destination&) = default;
};

// The destination for an ISO 3166-1 alpha-2 code (either case); nullopt when not assigned.
constexpr std::optional<destination> find_destination(std::string_view code) noexcept {
  if (code.size() != 2) return std::nullopt;
  const char c0 = detail::upper(code[0]), c1 = detail::upper(code[1]);
  for (std::size_t i = 0; i + 1 < detail::iso_3166_codes.size(); i += 3) {
    if (detail::iso_3166_codes[i] == c0 && detail::iso_3166_codes[i + 1] == c1) {
      return destination{detail::iso_3166_codes.substr(i, 2)};
    }
  }
  return std::nullopt;
}

// The destination for a code, or an error (compile error in a constant expression).
constexpr destination require_destination(std::string_view code) {
  const std::optional<destination> d = find_destination(code);
  if (!d) ACCELSPEC_FAIL(invalid_argument, "accelspec: unknown destination (not an ISO 3166-1 alpha-2 code)");
  return *d;
}

// Whether a destination is in a group on a date, and which dated change (if any) decided it.
struct membership {
  bool member = false;
  const membership_change* change = nullptr;  // nullptr: the baseline table decided
};

constexpr membership group_membership(destination d, country_group g, std::chrono::year_month_day date) {
  const std::string_view code = d.group_code();
  for (const membership_change& c : detail::membership_changes) {
    if (c.code != code || c.group != g) continue;
    const bool started = !c.since || date >= *c.since;
    const bool ended = c.until && date >= *c.until;
    return {started && !ended, &c};
  }
  switch (g) {
    case country_group::a5:
      return {detail::list_contains(detail::a5_baseline, code), nullptr};
    case country_group::a6:
      return {detail::list_contains(detail::a6_baseline, code), nullptr};
    case country_group::d1:
      return {detail::list_contains(detail::d1_baseline, code), nullptr};
    case country_group::d4:
      return {detail::list_contains(detail::d4_baseline, code), nullptr};
    case country_group::d5:
      return {detail::list_contains(detail::d5_baseline, code), nullptr};
    case country_group::tier1:
      return {date >= regulations::ai_diffusion_2025.effective && detail::list_contains(detail::tier1_members, code),
              nullptr};
    case country_group::e1:
      return {detail::list_contains(detail::e1_baseline, code), nullptr};
    case country_group::e2:
      return {detail::list_contains(detail::e2_baseline, code), nullptr};
  }
  return {};
}

constexpr bool in_group(destination d, country_group g, std::chrono::year_month_day date) {
  return group_membership(d, g, date).member;
}

// "Macau or a destination specified in Country Group D:5".
constexpr bool d5_or_macau(destination d, std::chrono::year_month_day date) {
  return d.is_macau() || in_group(d, country_group::d5, date);
}

// The 3A090 scope from 2023-11-17: "any destination specified in Country Groups D:1, D:4, or D:5
// that is not also specified in Country Groups A:5 or A:6" (Macau is inside it through D:1/D:4).
constexpr bool in_d1_d4_d5_scope(destination d, std::chrono::year_month_day date) {
  const bool d_group = in_group(d, country_group::d1, date) || in_group(d, country_group::d4, date) ||
                       in_group(d, country_group::d5, date);
  const bool a_group = in_group(d, country_group::a5, date) || in_group(d, country_group::a6, date);
  return d_group && !a_group;
}

// AI Diffusion tiers (90 FR 4544), defined from 2025-01-13 (codified; not enforced from
// 2025-05-13). Tier 3 is Macau and D:5 on the date; Tier 2 every other destination.
enum class diffusion_tier : std::uint8_t { none, tier1, tier2, tier3 };

constexpr std::string_view key(diffusion_tier t) noexcept {
  switch (t) {
    case diffusion_tier::none:
      return "none";
    case diffusion_tier::tier1:
      return "Tier 1";
    case diffusion_tier::tier2:
      return "Tier 2";
    case diffusion_tier::tier3:
      return "Tier 3";
  }
  return "none";
}

constexpr diffusion_tier tier(destination d, std::chrono::year_month_day date) {
  if (!regulations::ai_diffusion_2025.codified_on(date)) return diffusion_tier::none;
  if (in_group(d, country_group::tier1, date)) return diffusion_tier::tier1;
  if (d5_or_macau(d, date)) return diffusion_tier::tier3;
  return diffusion_tier::tier2;
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/destination.hpp ----

// (inlined: hbm.hpp)
// ---- begin accelspec/policy/hbm.hpp ----
// ECCN 3A090.c, high-bandwidth memory (89 FR 96790, effective 2024-12-02):
//   "High bandwidth memory (HBM) having a 'memory bandwidth density' greater than 2 gigabytes per
//   second per square millimeter."
// Technical note: memory bandwidth density is the bandwidth in GB/s divided by the area of the
// package or stack in mm² (a packaged stack: the packaged device's bandwidth and the package's
// area). "This control does not cover co-packaged integrated circuits with both HBM and logic
// integrated circuit where the dominant function of the co-packaged integrated circuit is
// processing": an accelerator with HBM on its package is classified by TPP and density, not here.
// License Exception HBM (15 CFR 740.25) is open only below 3.3 GB/s per mm².

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <optional>

// (inlined: ../detail/arith.hpp)
// (inlined: ../detail/error.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: regulation.hpp)

namespace accelspec::policy {

// An HBM stack or packaged memory device.
struct hbm_device {
  data_rate bandwidth{};  // of the stack, or of the packaged device when the stack is in a package
  area footprint{};       // of the stack, or of the package
  // True for a co-packaged IC with HBM and logic whose dominant function is processing (a GPU
  // with HBM): outside 3A090.c. An HBM stack on a logic base die that serves as control
  // interface with a PHY stays inside.
  bool processing_dominant = false;
};

struct hbm_thresholds {
  rational control_density{};    // 3A090.c: greater than 2 GB/s/mm² (strict)
  rational exception_ceiling{};  // LE HBM: eligible below 3.3 GB/s/mm² (strict)
};

inline constexpr hbm_thresholds hbm_limits{.control_density = rational{2},
                                           .exception_ceiling = rational::from_decimal(33, 1)};

// Memory bandwidth density in GB/s per mm², exact: (bytes/s / 10^9) / (µm² / 10^6).
constexpr rational memory_bandwidth_density(data_rate bandwidth, area footprint) {
  if (footprint.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: HBM package or stack area must be positive");
  if (bandwidth.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: HBM bandwidth must be positive");
  return rational{bandwidth.count(), accelspec::detail::checked_mul(footprint.count(), 1000)};
}

enum class hbm_status : std::uint8_t {
  not_in_force,    // before 2024-12-02: 3A090.c did not exist
  excluded,        // co-packaged with processing as the dominant function
  not_controlled,  // density of 2 GB/s/mm² or less
  controlled,      // 3A090.c
};

struct hbm_determination {
  hbm_status status = hbm_status::not_in_force;
  rational density{};                  // GB/s per mm²
  bool license_exception_hbm = false;  // 3A090.c and density below 3.3
  const regulation* source = &regulations::hbm_2024;

  [[nodiscard]] constexpr bool is_3a090c() const noexcept { return status == hbm_status::controlled; }
};

constexpr hbm_determination classify_hbm(const hbm_device& device, std::chrono::year_month_day date) {
  if (!date.ok()) ACCELSPEC_FAIL(invalid_argument, "accelspec: not a valid calendar date");
  hbm_determination d;
  d.density = memory_bandwidth_density(device.bandwidth, device.footprint);
  if (!regulations::hbm_2024.applies_on(date)) {
    d.status = hbm_status::not_in_force;
  } else if (device.processing_dominant) {
    d.status = hbm_status::excluded;
  } else if (d.density > hbm_limits.control_density) {
    d.status = hbm_status::controlled;
    d.license_exception_hbm = d.density < hbm_limits.exception_ceiling;
  } else {
    d.status = hbm_status::not_controlled;
  }
  return d;
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/hbm.hpp ----

// (inlined: import_measure.hpp)
// ---- begin accelspec/policy/import_measure.hpp ----
// A dated measure of the destination's own: what the importing country decided about an item
// entering it (a customs instruction, an approval of named buyers, guidance against purchases, a
// domestic-chip requirement). The same dated-record idea as the US measures (measure.hpp), but its
// own kind: an import measure never decides a US license (license_required); assess() reports it
// beside the US answer as `destination_side` (assessment.hpp, assess.hpp).
//
// Most such measures are not published: they are known from press reports. Each record says how it
// is known (`status`) and from where (`sources`: outlet, date, address); a reported measure is
// marked so in every output.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: destination.hpp)

namespace accelspec::policy {

// Who decided.
enum class import_authority : std::uint8_t {
  customs,     // the customs administration
  commerce,    // the ministry of commerce
  industry,    // the ministry of industry and information technology (MIIT)
  planning,    // the national development and reform commission (NDRC)
  cyberspace,  // the cyberspace administration (CAC)
  government,  // "the government", "regulators", "authorities": the reports name no agency
};

constexpr std::string_view key(import_authority a) noexcept {
  switch (a) {
    case import_authority::customs:
      return "customs";
    case import_authority::commerce:
      return "ministry of commerce";
    case import_authority::industry:
      return "ministry of industry and information technology";
    case import_authority::planning:
      return "national development and reform commission";
    case import_authority::cyberspace:
      return "cyberspace administration";
    case import_authority::government:
      return "government (agency not named)";
  }
  return "";
}

// What the measure does to the import.
enum class import_effect : std::uint8_t {
  allowed,                  // imports approved (for the buyers named)
  not_allowed,              // imports or purchases stopped
  discouraged,              // purchases discouraged, not prohibited
  required_domestic_share,  // domestic chips required (for some buyers or uses)
  scrutiny,                 // the product's security questioned by a regulator; no decision on import
};

constexpr std::string_view key(import_effect e) noexcept {
  switch (e) {
    case import_effect::allowed:
      return "allowed";
    case import_effect::not_allowed:
      return "not allowed";
    case import_effect::discouraged:
      return "discouraged";
    case import_effect::required_domestic_share:
      return "required domestic share";
    case import_effect::scrutiny:
      return "scrutiny";
  }
  return "";
}

// Whether the measure decides if the import itself is allowed (the others are stated, not folded).
constexpr bool decides_import(import_effect e) noexcept {
  return e == import_effect::allowed || e == import_effect::not_allowed;
}

// How the measure is known.
enum class import_status : std::uint8_t {
  official,    // a published document of the authority, read
  reported,    // press reports (outlet, date, address), no published document read
  unverified,  // not confirmed in any source found; kept visible, never relied on
};

constexpr std::string_view key(import_status s) noexcept {
  switch (s) {
    case import_status::official:
      return "official";
    case import_status::reported:
      return "reported";
    case import_status::unverified:
      return "unverified";
  }
  return "unverified";
}

// What `from` is. Press reports rarely give the measure's own day: "this week", "in recent
// weeks". Then the record starts on the day of the report (in place by then, perhaps earlier) and
// says so; no day is invented.
enum class date_basis : std::uint8_t {
  measure_day,  // the measure's own date, as the source gives it
  report_day,   // the day of the report that the measure was in place ("this week")
};

constexpr std::string_view key(date_basis b) noexcept {
  return b == date_basis::measure_day ? "measure date" : "report date";
}

// Whose imports or purchases it covers.
enum class buyer_scope : std::uint8_t {
  any,                 // every buyer
  named,               // the buyers named, and no other (an approval of named firms)
  named_among_others,  // the buyers named "among others": another buyer is undecided
  unnamed,             // "some companies", not named: undecided for every buyer
  category,            // a kind of buyer or use (e.g. state-funded data centres): undecided by name
};

constexpr std::string_view key(buyer_scope s) noexcept {
  switch (s) {
    case buyer_scope::any:
      return "any";
    case buyer_scope::named:
      return "named";
    case buyer_scope::named_among_others:
      return "named among others";
    case buyer_scope::unnamed:
      return "unnamed";
    case buyer_scope::category:
      return "category";
  }
  return "";
}

// Which items.
enum class import_items : std::uint8_t {
  named_products,  // the company's products named (whole words of the name, as the US notices)
  foreign_chips,   // every AI chip of a vendor that is not domestic (see import_measures.hpp)
};

// One report or document the record rests on.
struct import_source {
  std::string_view outlet{};  // "Reuters via The Business Times"
  std::chrono::year_month_day date{};
  std::string_view url{};
  friend constexpr bool operator==(const import_source&, const import_source&) = default;
};

struct import_measure {
  std::string_view key{};
  std::string_view codes{};  // the importing country or countries, ISO codes three characters apart; exact
                             // codes (Hong Kong and Macau are separate customs territories)
  import_authority authority = import_authority::government;
  std::chrono::year_month_day from{};  // first day (see `basis`)
  date_basis basis = date_basis::measure_day;
  std::string_view when{};                             // the source's own words on the date
  std::optional<std::chrono::year_month_day> until{};  // last day, when known

  import_items items = import_items::named_products;
  std::string_view company{};                                     // named_products: the vendor
  accelspec::detail::fixed_list<std::string_view, 4> products{};  // named_products: whole words of the names

  buyer_scope buyers = buyer_scope::any;
  accelspec::detail::fixed_list<std::string_view, 6> buyer_names{};  // named, named_among_others
  // Other names of the same firms (the listed company's full name): an exact match of one is the firm.
  accelspec::detail::fixed_list<std::string_view, 6> buyer_aliases{};
  std::string_view buyer_needs{};  // unnamed, category: what would decide whether a buyer is covered

  import_effect effect = import_effect::not_allowed;
  std::string_view text{};                                          // what it does, in words
  accelspec::detail::fixed_list<std::string_view, 4> conditions{};  // reported terms of an approval

  import_status status = import_status::reported;
  accelspec::detail::fixed_list<import_source, 3> sources{};
  std::string_view doubt{};  // what is not established about it

  [[nodiscard]] constexpr bool in_force(std::chrono::year_month_day d) const noexcept {
    return d >= from && (!until || d <= *until);
  }
};

// One import measure's finding for one shipment.
struct import_verdict {
  const import_measure* measure = nullptr;
  truth applies = truth::no;  // unknown: the buyer (or the item's vendor) is not known
  std::string_view needs{};   // applies == unknown: the input that would decide it
  friend constexpr bool operator==(const import_verdict&, const import_verdict&) = default;
};

// The destination's side of an answer: what the importing country decided on the date.
struct destination_answer {
  bool modelled = false;                                        // any import measure of this destination is modelled
  truth import_allowed = truth::unknown;                        // unknown: undecided, or nothing known that decides it
  std::string_view end_user{};                                  // the buyer given; empty: not given
  accelspec::detail::fixed_list<import_verdict, 8> measures{};  // in force on the date, applying or possibly
  accelspec::detail::fixed_list<std::string_view, 6> reasons{};
  accelspec::detail::fixed_list<std::string_view, 4> needs{};
  accelspec::detail::fixed_list<std::string_view, 6> conditions{};
};

}  // namespace accelspec::policy

// ---- end accelspec/policy/import_measure.hpp ----

// (inlined: measure.hpp)
// ---- begin accelspec/policy/measure.hpp ----
// A dated measure: one source of a license requirement (or of a change to one), in one shape.
// A rule's destination scope, an embargo of Part 746, the headquarters rule, a company notice, the
// January 2026 review-policy overlay and BIS guidance are all records of this type; assess() is a
// fold over the records in force on a date (see assess.hpp), and timeline() the same fold over
// every date a record starts or ends.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: destination.hpp)
// (inlined: party_name.hpp)
// ---- begin accelspec/policy/party_name.hpp ----
// Whether two party names are the same party: the one place where names are compared, used by the
// curated party list (parties.hpp, at compile time) and by the run-time screening-list matcher
// (io/screening.hpp).
//
// A name is read as a sequence of words: runs of ASCII letters and digits, or of non-ASCII bytes
// (a name in Chinese characters is one word per run); case, punctuation and spacing do not count.
// Legal-form words at the end ("Co., Ltd.", "Inc.", "GmbH", ...) are dropped. Two names are an
// exact match when their words are the same in the same order, or their letters are the same once
// spaces are removed ("Moore Threads" and "MooreThreads"). A possible match is one a person must
// review, never a clearance: one name's words all occur in the other, the first distinctive word
// is the same, or the names differ by one typing slip in one long word.

// (inlined: ../detail/cxx20.hpp)

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace accelspec::policy {

enum class name_match : std::uint8_t { none, possible, exact };

constexpr std::string_view key(name_match m) noexcept {
  switch (m) {
    case name_match::none:
      return "none";
    case name_match::possible:
      return "possible";
    case name_match::exact:
      return "exact";
  }
  return "none";
}

// The closer of two matches (<algorithm> is not included here: its parallel-execution policy
// objects would reach programs that use the library only at compile time).
constexpr name_match stronger(name_match a, name_match b) noexcept { return a < b ? b : a; }

namespace detail::names {

constexpr bool word_byte(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
}
constexpr char fold(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

constexpr bool same_word(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

// Legal forms dropped at the end of a name (each word of "Co., Ltd." is one of them).
inline constexpr std::string_view legal_forms[] = {
    "CO",   "COMPANY", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION", "LLC", "LLP", "PLC",
    "GMBH", "AG",      "SA",  "SAS",     "BV",  "NV",           "PTE",  "PTY",         "KK",  "JSC", "OOO",
    "SRL",  "SPA",     "AB",  "AS",      "OY",  "FZE",          "FZCO", "FZ",          "FZC", "L",   "C",
};
constexpr bool legal_form(std::string_view w) noexcept {
  for (std::string_view f : legal_forms) {
    if (same_word(w, f)) return true;
  }
  return false;
}

// Generic words that never make two names the same party on their own.
inline constexpr std::string_view generic_words[] = {
    "THE",     "OF",       "AND",       "TECHNOLOGY",    "TECHNOLOGIES", "INFORMATION", "INDUSTRY",
    "GROUP",   "HOLDING",  "HOLDINGS",  "INTERNATIONAL", "ELECTRONICS",  "SYSTEMS",     "COMPUTING",
    "SCIENCE", "RESEARCH", "INSTITUTE", "DEVELOPMENT",   "TRADING",      "GLOBAL",      "SHENZHEN",
    "BEIJING", "SHANGHAI", "HONG",      "KONG",          "CHINA",        "HANGZHOU",    "GOVERNMENT",
};
constexpr bool generic(std::string_view w) noexcept {
  if (w.size() < 3) return true;
  for (std::string_view g : generic_words) {
    if (same_word(w, g)) return true;
  }
  return false;
}

// The words of a name, legal forms at the end dropped. A fixed capacity keeps it a constant
// expression; words beyond it are compared as one tail (never silently dropped).
struct words {
  static constexpr std::size_t capacity = 24;
  std::string_view w[capacity]{};
  std::size_t n = 0;
  bool overflow = false;
  std::string_view tail{};  // the rest of the name when it has more words than the capacity
};

constexpr words split(std::string_view s) noexcept {
  words out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !word_byte(s[i])) ++i;
    if (i == s.size()) break;
    std::size_t j = i;
    while (j < s.size() && word_byte(s[j])) ++j;
    if (out.n == words::capacity) {
      out.overflow = true;
      out.tail = s.substr(i);
      break;
    }
    out.w[out.n++] = s.substr(i, j - i);
    i = j;
  }
  // "Co., Ltd." and the like, only at the end, and never the whole name.
  while (!out.overflow && out.n > 1 && legal_form(out.w[out.n - 1])) --out.n;
  return out;
}

// The letters of the words, spaces removed, compared one byte at a time.
constexpr bool same_letters(const words& a, const words& b) noexcept {
  std::size_t ia = 0, ka = 0, ib = 0, kb = 0;
  while (true) {
    while (ia < a.n && ka == a.w[ia].size()) ++ia, ka = 0;
    while (ib < b.n && kb == b.w[ib].size()) ++ib, kb = 0;
    const bool ea = ia == a.n, eb = ib == b.n;
    if (ea || eb) return ea && eb;
    if (fold(a.w[ia][ka]) != fold(b.w[ib][kb])) return false;
    ++ka, ++kb;
  }
}

constexpr bool contains(const words& hay, std::string_view w) noexcept {
  for (std::size_t i = 0; i < hay.n; ++i) {
    if (same_word(hay.w[i], w)) return true;
  }
  return false;
}

// Every distinctive word of `part` occurs in `whole`, and there is at least one.
constexpr bool distinctive_subset(const words& part, const words& whole) noexcept {
  std::size_t distinctive = 0;
  for (std::size_t i = 0; i < part.n; ++i) {
    if (generic(part.w[i])) continue;
    if (!contains(whole, part.w[i])) return false;
    ++distinctive;
  }
  return distinctive > 0;
}

// Edit distance of at most one (one letter inserted, removed or changed), ASCII case folded.
constexpr bool one_slip(std::string_view a, std::string_view b) noexcept {
  if (a.size() > b.size()) return one_slip(b, a);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0, j = 0;
  bool slipped = false;
  while (i < a.size() && j < b.size()) {
    if (fold(a[i]) == fold(b[j])) {
      ++i, ++j;
      continue;
    }
    if (slipped) return false;
    slipped = true;
    if (a.size() == b.size()) ++i;
    ++j;
  }
  return !(slipped && (j < b.size() || i < a.size()));
}

constexpr bool near_same(const words& a, const words& b) noexcept {
  if (a.n != b.n || a.overflow || b.overflow) return false;
  std::size_t slips = 0;
  for (std::size_t i = 0; i < a.n; ++i) {
    if (same_word(a.w[i], b.w[i])) continue;
    if (a.w[i].size() < 5 || !one_slip(a.w[i], b.w[i])) return false;
    ++slips;
  }
  return slips == 1;
}

constexpr bool same_tail(const words& a, const words& b) noexcept {
  if (a.overflow != b.overflow) return false;
  if (!a.overflow) return true;
  return split(a.tail).n == split(b.tail).n && same_letters(split(a.tail), split(b.tail));
}

// match_name() on a query already split into words (a query is matched against many names).
constexpr name_match match_words(const words& q, std::string_view listed) noexcept {
  const words l = split(listed);
  if (q.n == 0 || l.n == 0) return name_match::none;
  if (same_letters(q, l) && same_tail(q, l)) return name_match::exact;
  if (distinctive_subset(q, l) || distinctive_subset(l, q)) return name_match::possible;
  if (!generic(q.w[0]) && same_word(q.w[0], l.w[0])) return name_match::possible;
  if (near_same(q, l)) return name_match::possible;
  return name_match::none;
}

}  // namespace detail::names

// Whether `query` (the name given for the end user) names the party listed as `listed`.
constexpr name_match match_name(std::string_view query, std::string_view listed) noexcept {
  return detail::names::match_words(detail::names::split(query), listed);
}

// Whether the name contains `word` as a whole word (ASCII case folded): how a subsidiary is
// recognised by its parent's name ("Microsoft Gulf FZ-LLC" contains "Microsoft"), a possible match.
constexpr bool name_has_word(std::string_view name, std::string_view word) noexcept {
  using namespace detail::names;
  const words n = split(name), w = split(word);
  if (w.n == 0) return false;
  for (std::size_t i = 0; i + w.n <= n.n; ++i) {
    bool all = true;
    for (std::size_t k = 0; k < w.n && all; ++k) all = same_word(n.w[i + k], w.w[k]);
    if (all) return true;
  }
  return false;
}

// A named party as a list names it: its name and listed aliases. `subsidiary_of`: the names are the
// parents' (a rule that names "the UAE subsidiaries of" companies): a name containing one of them is
// a possible match, never an exact one, since the name alone does not show the ownership.
enum class name_rule : std::uint8_t { names, subsidiary_of };

struct party_names {
  std::string_view name{};
  std::span<const std::string_view> aliases{};
  name_rule rule = name_rule::names;

  // The best match of the end user's name against the name and every alias.
  [[nodiscard]] constexpr name_match match(std::string_view query) const noexcept {
    if (query.empty()) return name_match::none;
    if (rule == name_rule::subsidiary_of) {
      bool any = name_has_word(query, name);
      for (std::string_view a : aliases) any = any || name_has_word(query, a);
      return any ? name_match::possible : name_match::none;
    }
    const detail::names::words q = detail::names::split(query);  // once, for the name and every alias
    name_match best = detail::names::match_words(q, name);
    for (std::string_view a : aliases) {
      if (best == name_match::exact) break;
      best = stronger(best, detail::names::match_words(q, a));
    }
    return best;
  }
};

}  // namespace accelspec::policy

// ---- end accelspec/policy/party_name.hpp ----

// (inlined: regulation.hpp)
// (inlined: review.hpp)
// ---- begin accelspec/policy/review.hpp ----
// How a license application would be reviewed, and which of two reviews is the more restrictive:
// when several measures require a license for the same shipment, the answer carries the most
// restrictive of their review policies (an exporter needs every license, and the hardest one
// decides).

// (inlined: ../detail/cxx20.hpp)

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

// ---- end accelspec/policy/review.hpp ----

namespace accelspec::policy {

enum class measure_kind : std::uint8_t {
  destination_rule,     // an ECCN's license requirement by destination (742.6(a)(6))
  embargo,              // Part 746: every item subject to the EAR (or every CCL item) to a country
  party_rule,           // who the buyer is: headquarters of the end user or of its ultimate parent
  company_notice,       // an is-informed letter to one company, naming its products
  review_overlay,       // changes the review policy of destination-rule licenses (January 2026)
  guidance,             // BIS guidance that requires no license but must be said
  listed_party,         // a named party on a list (the Entity List): a license for every item, whatever the chip
  authorization,        // license-free access for named end users, lifting the destination rules it names (UAE 2026)
  general_prohibition,  // BIS authorization required for the item itself (General Prohibition 10)
};

constexpr std::string_view key(measure_kind k) noexcept {
  switch (k) {
    case measure_kind::destination_rule:
      return "destination rule";
    case measure_kind::embargo:
      return "embargo";
    case measure_kind::party_rule:
      return "party rule";
    case measure_kind::company_notice:
      return "company notice";
    case measure_kind::review_overlay:
      return "review policy";
    case measure_kind::guidance:
      return "guidance";
    case measure_kind::listed_party:
      return "listed party";
    case measure_kind::authorization:
      return "authorization";
    case measure_kind::general_prohibition:
      return "general prohibition";
  }
  return "";
}

// Which items a measure names.
enum class item_scope : std::uint8_t {
  any_item,        // every item subject to the EAR (the chips, systems and memories the library knows)
  eccn_a_b,        // 3A090.a/.b and 4A090.a/.b under the text in force on the date
  eccn_a,          // 3A090.a and 4A090.a only
  eccn_b,          // 3A090.b and 4A090.b only
  eccn_c,          // 3A090.c (high-bandwidth memory)
  named_products,  // the products the notice names, of the company it was addressed to
  // 3A090.a/.b ICs developed by a designer headquartered in China or Macau (General Prohibition 10
  // guidance of 2025-05-13), and the products the measure names whatever their classification.
  prc_designed_3a090,
};

// Which destinations.
enum class place : std::uint8_t {
  anywhere,             // every destination outside the United States
  codes,                // the ISO codes listed (Hong Kong counts as China)
  scope_2023,           // D:1, D:4 or D:5 and not also A:5 or A:6 (and the UAE from its move to A:5)
  d5_or_macau,          // Macau or a destination in Country Group D:5
  outside_d5_or_macau,  // every destination outside the United States, Macau and D:5
  outside_scope_2023,   // every destination outside the United States and outside scope_2023
};

// Which parties: the headquarters of the end user or of its ultimate parent, or the end user being
// one of the parties the measure names (matched by party_name.hpp; an inexact match is "may apply").
enum class party_scope : std::uint8_t { any, headquartered_d5_or_macau, named };

// How the review policy of a license under the measure is decided.
enum class review_rule : std::uint8_t {
  fixed,                // the record's `review`
  d5_macau_denial,      // 742.6(b)(10): denial for Macau/D:5 (destination or headquarters), else approval
  datacenter_a_denial,  // 744.23(d): denial for datacenter 3A090.a items, else case-by-case
  china_zone_2026,      // 91 FR 1684: case-by-case inside TPP < 21,000 and DRAM < 6,500 GB/s, on conditions
};

// A parametric reach of a company notice beyond the products it names, with no public threshold.
enum class notice_reach : std::uint8_t {
  named_only,
  // "any future IC achieving both peak performance and chip-to-chip I/O performance equal to or greater
  // than thresholds that are roughly equivalent to the A100": undecided for the company's chips that meet
  // the October 2022 text's 600 GB/s and 4800 (the thresholds were never published).
  a100_class_2022,
};

struct dated_measure {
  std::string_view key{};
  measure_kind kind{};
  const regulation* source = nullptr;  // citation, status, doubt
  const party_names* party = nullptr;  // parties == named (and the designers of prc_designed_3a090)
  std::string_view section{};          // the paragraph that decides, e.g. "15 CFR 746.8(a)(1)"
  // Dates of this measure (default: the source's). `until` is the last day in force.
  std::optional<std::chrono::year_month_day> from{};
  std::optional<std::chrono::year_month_day> until{};

  item_scope items = item_scope::any_item;
  std::string_view company{};         // named_products: the addressee
  std::string_view addressee_note{};  // a company notice: whose items it applies to, in words
  accelspec::detail::fixed_list<std::string_view, 6> products{};  // named_products: whole words of the names
  notice_reach reach = notice_reach::named_only;

  policy::place destinations = place::anywhere;
  std::string_view codes{};  // place::codes: ISO codes, three characters apart ("CN RU")
  party_scope parties = party_scope::any;
  bool or_headquartered = false;  // also reaches buyers headquartered in Macau or D:5 wherever located
  // Where the sources leave the reach open: the measure certainly covers these codes, and inside
  // `destinations` but outside them it is undecided, needing `destination_doubt`.
  std::string_view certain_codes{};
  std::string_view destination_doubt{};
  bool exports_from_us_only = false;

  bool requires_license = true;
  review_policy review = review_policy::none;
  review_rule review_by = review_rule::fixed;
  std::string_view review_needs{};  // review == undecided: the input the review depends on
  std::string_view effect{};        // what it requires, in words

  [[nodiscard]] constexpr std::chrono::year_month_day first_day() const { return from ? *from : source->effective; }
  [[nodiscard]] constexpr std::optional<std::chrono::year_month_day> last_day() const {
    return until ? until : source->last_day;
  }
  // In force, compliance required and enforced on the date.
  [[nodiscard]] constexpr bool in_force(std::chrono::year_month_day d) const {
    const std::optional<std::chrono::year_month_day> end = last_day();
    return d >= first_day() && (!end || d <= *end) && (!source->not_enforced_from || d < *source->not_enforced_from) &&
           (!source->compliance_from || d >= *source->compliance_from);
  }
  // Codified on the date, whether enforced or not.
  [[nodiscard]] constexpr bool codified(std::chrono::year_month_day d) const {
    const std::optional<std::chrono::year_month_day> end = last_day();
    return d >= first_day() && (!end || d <= *end);
  }
};

// One measure's finding for one shipment.
struct measure_verdict {
  const dated_measure* measure = nullptr;
  truth applies = truth::no;  // unknown: an input it depends on is missing
  review_policy review = review_policy::none;
  std::string_view reason{};  // why it applies (or why it cannot be decided)
  std::string_view needs{};   // applies == unknown: the input that would decide it
  friend constexpr bool operator==(const measure_verdict&, const measure_verdict&) = default;
};

}  // namespace accelspec::policy

// ---- end accelspec/policy/measure.hpp ----

// (inlined: provenance.hpp)
// (inlined: regulation.hpp)
// (inlined: review.hpp)
// (inlined: tariff.hpp)
// ---- begin accelspec/policy/tariff.hpp ----
// The Section 232 tariff of January 2026: 25% ad valorem on covered advanced computing chips
// imported into the United States (Presidential Proclamation of 2026-01-14, effective
// 2026-01-15). The annex defines two bands in the form "greater than 14,000 and less than 17,500"
// TPP and "greater than 4,500 GB/s and less than 5,000 GB/s" (band 2 the same form): both
// endpoints are excluded. The annex also covers articles that contain such chips and lists
// end-use exemptions; they are data here, reported with every finding.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

// (inlined: ../metrics/tpp.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: regulation.hpp)

namespace accelspec::policy {

struct tariff_band {
  int number = 0;
  tpp_value tpp_low{}, tpp_high{};              // strictly between
  data_rate bandwidth_low{}, bandwidth_high{};  // strictly between
};

inline constexpr std::array<tariff_band, 2> section_232_bands{{
    {1, tpp_value::from_integer(14'000), tpp_value::from_integer(17'500), data_rate::from_count(4'500'000'000'000),
     data_rate::from_count(5'000'000'000'000)},
    {2, tpp_value::from_integer(20'800), tpp_value::from_integer(21'100), data_rate::from_count(5'800'000'000'000),
     data_rate::from_count(6'200'000'000'000)},
}};

inline constexpr int section_232_rate_percent = 25;

// Articles the annex covers besides the chips themselves (HTS headings), and its end-use exemptions.
// CBP's guidance lists HTS 8471.50, 8471.80 and 8473.30 (a logic IC, or an article containing one,
// classifiable there); a bare IC entered under heading 8542 is not in that list.
inline constexpr std::array<std::string_view, 3> section_232_articles{
    "HTS 8471.50 (processing units)",
    "HTS 8471.80 (other units of automatic data-processing machines)",
    "HTS 8473.30 (parts and accessories of such machines, e.g. accelerator boards)",
};
// U.S. note 39 end uses that are not subject to the duty (secondary summaries).
inline constexpr std::array<std::string_view, 8> section_232_exemptions{
    "use in US data centers",
    "repairs or replacements performed in the United States",
    "US-based research and development",
    "use by qualifying US startups",
    "non-data-center consumer electronics",
    "non-data-center civil industrial applications, including machinery and robotics",
    "US public sector applications",
    "other uses approved by the Secretary of Commerce that support US supply chains or domestic manufacturing",
};

inline constexpr std::string_view section_232_scope_note =
    "covers the chip imported as, or in, an article classifiable in HTS 8471.50, 8471.80 or 8473.30; a bare IC "
    "entered under heading 8542 is not in CBP's list; not due for the exempt end uses";

struct tariff_finding {
  const tariff_band* band = nullptr;  // the band matched (or possibly matched when an input is unknown)
  truth in_band = truth::no;          // unknown: an input is unknown
};

namespace detail {
template <class Q>
constexpr bool strictly_between(const Q& v, const Q& low, const Q& high) {
  return low < v && v < high;
}
}  // namespace detail

// The band a chip falls in on a date, from its TPP and memory bandwidth; band == nullptr when it
// is in none (or the proclamation is not in force).
constexpr tariff_finding section_232(std::optional<tpp_value> t, std::optional<data_rate> bandwidth,
                                     std::chrono::year_month_day date) {
  tariff_finding out;
  if (!regulations::section_232_2026.applies_on(date) || (!t && !bandwidth)) return out;
  for (const tariff_band& b : section_232_bands) {
    const truth tpp_in = t ? to_truth(detail::strictly_between(*t, b.tpp_low, b.tpp_high)) : truth::unknown;
    const truth bw_in =
        bandwidth ? to_truth(detail::strictly_between(*bandwidth, b.bandwidth_low, b.bandwidth_high)) : truth::unknown;
    const truth in = tpp_in && bw_in;
    if (in == truth::no) continue;
    out.band = &b;
    out.in_band = in;
    if (in == truth::yes) return out;
  }
  return out;
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/tariff.hpp ----

namespace accelspec::policy {

// The control paragraph that applies to the item.
enum class control : std::uint8_t {
  none,       // not described by 3A090/4A090 on the date
  c3a090_a,   // integrated circuit, 3A090.a
  c3a090_b,   // integrated circuit, 3A090.b
  c3a090_c,   // high-bandwidth memory, 3A090.c
  c4a090_a,   // computer or assembly containing a 3A090.a IC
  c4a090_b,   // computer or assembly containing a 3A090.b IC
  undecided,  // an input the answer depends on is unknown
};

constexpr std::string_view key(control c) noexcept {
  switch (c) {
    case control::none:
      return "none";
    case control::c3a090_a:
      return "3A090.a";
    case control::c3a090_b:
      return "3A090.b";
    case control::c3a090_c:
      return "3A090.c";
    case control::c4a090_a:
      return "4A090.a";
    case control::c4a090_b:
      return "4A090.b";
    case control::undecided:
      return "undecided";
  }
  return "undecided";
}

enum class license_exception : std::uint8_t { nac, aca, hbm, aia, lpp, acm };

constexpr std::string_view key(license_exception e) noexcept {
  switch (e) {
    case license_exception::nac:
      return "NAC";
    case license_exception::aca:
      return "ACA";
    case license_exception::hbm:
      return "HBM";
    case license_exception::aia:
      return "AIA";
    case license_exception::lpp:
      return "LPP";
    case license_exception::acm:
      return "ACM";
  }
  return "";
}

struct exception_offer {
  license_exception which{};
  const regulation* source = nullptr;
  verification status = verification::primary;
  accelspec::detail::fixed_list<std::string_view, 4> conditions{};
};

enum class item_kind : std::uint8_t { chip, system, memory };

// The answer under one reading of TF32's bit length, when the two readings differ.
struct tf32_outcome {
  tf32_reading reading = tf32_reading::container_32;
  control eccn = control::none;
  std::optional<tpp_value> tpp{};
  truth license_required = truth::no;
  review_policy review = review_policy::none;
  const policy::tariff_band* band = nullptr;
  truth in_band = truth::no;
};

struct assessment {
  item_kind kind = item_kind::chip;
  destination to{};
  std::chrono::year_month_day date{};
  bool export_from_us = true;
  // Who the end user is: the country of its headquarters or of its ultimate parent. Without the
  // input the answer assumes the destination (and says so under `assumptions`).
  destination headquarters{};
  bool headquarters_given = false;
  truth us_available = truth::unknown;  // commercially available in the United States on 2026-01-15
  std::string_view end_user{};          // the end user's name as given (empty: not given)
  // The first date the library models for the destination: before it, "not required" is never said.
  std::chrono::year_month_day covered_from{};

  control eccn = control::none;
  determination classification{};  // the IC (for a system: the IC that decides)
  hbm_determination memory{};      // for an HBM device
  std::optional<tpp_value> tpp{};  // of the IC (for a system: the highest of its ICs)
  std::optional<data_rate> total_dram_bandwidth{};

  truth license_required = truth::no;
  review_policy review = review_policy::none;
  truth china_zone = truth::no;  // inside the January 2026 case-by-case zone (when it was asked)
  accelspec::detail::fixed_list<exception_offer, 4> license_exceptions{};
  accelspec::detail::fixed_list<std::string_view, 16> conditions{};
  // Every measure that applies on the date, or could apply for want of an input.
  accelspec::detail::fixed_list<measure_verdict, 20> measures{};
  tariff_finding tariff{};
  accelspec::detail::fixed_list<std::string_view, 24> reasons{};     // why, in words
  accelspec::detail::fixed_list<const regulation*, 24> citations{};  // what the answer relies on
  accelspec::detail::fixed_list<std::string_view, 20> unverified{};  // ... and what of it is not verified
  accelspec::detail::fixed_list<std::string_view, 6> assumptions{};  // inputs taken as given, not asked
  accelspec::detail::fixed_list<std::string_view, 8> not_checked{};  // what this answer does not clear
  accelspec::detail::fixed_list<std::string_view, 12> warnings{};    // guidance that requires no license
  accelspec::detail::fixed_list<std::string_view, 4> needs{};        // inputs that would decide an open answer
  accelspec::detail::fixed_list<tf32_outcome, 2> tf32_readings{};    // both readings, when they differ
  // The destination's own import measures on the date: beside the US answer, never part of it.
  destination_answer destination_side{};

  [[nodiscard]] constexpr bool has_exception(license_exception e) const noexcept {
    for (const exception_offer& o : license_exceptions) {
      if (o.which == e) return true;
    }
    return false;
  }
  [[nodiscard]] constexpr bool cites(const regulation& r) const noexcept {
    for (const regulation* c : citations) {
      if (c == &r) return true;
    }
    return false;
  }
  // Whether the measure with this key applies (or could apply) to the shipment.
  [[nodiscard]] constexpr bool has_measure(std::string_view k) const noexcept {
    for (const measure_verdict& v : measures) {
      if (v.measure->key == k) return true;
    }
    return false;
  }
  [[nodiscard]] constexpr const measure_verdict* verdict(std::string_view k) const noexcept {
    for (const measure_verdict& v : measures) {
      if (v.measure->key == k) return &v;
    }
    return nullptr;
  }
};

}  // namespace accelspec::policy

// ---- end accelspec/policy/assessment.hpp ----

// (inlined: china_zone.hpp)
// ---- begin accelspec/policy/china_zone.hpp ----
// The January 2026 China/Macau zone (91 FR 1684): the two thresholds inside which license
// applications for China and Macau are reviewed case by case, on conditions. Its own header, on the
// core alone, because the catalog checks published claims against it (catalog/claims.hpp) without
// the rest of the policy layer; policy/assess.hpp applies it.

// (inlined: ../detail/cxx20.hpp)

// (inlined: ../maybe.hpp)
// (inlined: ../metrics/tpp_value.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: ../units/quantity.hpp)

namespace accelspec::policy {

// The thresholds of the January 2026 China/Macau zone (91 FR 1684), both strict.
struct china_zone_limits {
  tpp_value tpp{};
  data_rate total_dram_bandwidth{};
};
inline constexpr china_zone_limits china_zone_2026{tpp_value::from_integer(21'000),
                                                   data_rate::from_count(6'500'000'000'000)};

// Inside the zone: TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s.
constexpr truth in_china_zone(maybe<tpp_value> t, maybe<data_rate> dram) {
  const truth tpp_below = t ? to_truth(*t < china_zone_2026.tpp) : truth::unknown;
  const truth dram_below = dram ? to_truth(*dram < china_zone_2026.total_dram_bandwidth) : truth::unknown;
  return tpp_below && dram_below;
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/china_zone.hpp ----

// (inlined: destination.hpp)
// (inlined: destination_side.hpp)
// ---- begin accelspec/policy/destination_side.hpp ----
// destination_side(): what the importing country decided about the item on the date, beside the
// US answer and never folded into it. A fold over the import measures (import_measures.hpp): each
// in force on the date applies to the item and buyer, does not, or cannot be decided for want of
// the buyer's name.
//
// import_allowed is true only when an approval in force names the buyer and no later stop may
// cover it; false when a stop in force covers the buyer and no approval names it; otherwise null
// (undecided), with the input that would decide it. A destination whose import measures are not
// modelled says `modelled = false`: the library then says nothing about the import, never
// "allowed". Guidance that discourages a purchase or requires domestic chips is listed, not
// folded: it does not decide whether the import is allowed.

#include <chrono>
#include <string_view>

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: destination.hpp)
// (inlined: import_measure.hpp)
// (inlined: import_measures.hpp)
// ---- begin accelspec/policy/import_measures.hpp ----
// The destination's own import measures, as data (see import_measure.hpp for the shape): China's
// measures on foreign AI chips in 2025 and 2026. None was published; each is known from press
// reports, with the outlet, the date and the address of the report read. Adding a measure is
// adding a record here (and its tests).
//
// Not here, on purpose: the clearance of "about ten" Chinese firms to buy the H200 reported around
// the May 2026 summit was Washington's (licences of the Commerce Department), not Beijing's, and
// the further Chinese approvals expected after 2026-01-28 were not found with buyers named.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <string_view>

// (inlined: import_measure.hpp)

namespace accelspec::policy {

namespace import_measures {
using namespace std::chrono_literals;
using std::chrono::year_month_day;

inline constexpr import_measure cn_h20_summons_2025{
    .key = "cn-h20-summons-2025",
    .codes = "CN",
    .authority = import_authority::cyberspace,
    .from = 2025y / std::chrono::July / 31,
    .basis = date_basis::measure_day,
    .when = "2025-07-31, the day of the summons (the regulator's statement of that day)",
    .company = "NVIDIA",
    .products = {"H20"},
    .effect = import_effect::scrutiny,
    .text =
        "the Cyberspace Administration of China summoned NVIDIA to explain the 'backdoor security risks' of H20 "
        "chips sold in China and to submit supporting documents",
    .status = import_status::reported,
    .sources = {{"TRT World (quoting the regulator's statement)", 2025y / std::chrono::July / 31,
                 "https://www.trtworld.com/article/25c7203cf45e"},
                {"Hindustan Times", 2025y / std::chrono::July / 31,
                 "https://www.hindustantimes.com/technology/"
                 "chinas-cybersecurity-regulator-summons-nvidia-over-chip-security-issue-101753952830068.html"}},
    .doubt = "the regulator's own statement (its 'Cyber China' account) is known as quoted by the press, not read",
};

inline constexpr import_measure cn_h20_discouraged_2025{
    .key = "cn-h20-discouraged-2025",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2025y / std::chrono::August / 12,
    .basis = date_basis::report_day,
    .when = "notices sent 'over the past few weeks' before Bloomberg's report of 2025-08-12",
    .company = "NVIDIA",
    .products = {"H20"},
    .effect = import_effect::discouraged,
    .text =
        "notices to a range of firms discouraged use of the H20, above all for government or national-security "
        "work (not an outright ban); the ministry of industry asked large firms why they ordered H20s rather than "
        "domestic chips",
    .status = import_status::reported,
    .sources = {{"Mint (Bloomberg)", 2025y / std::chrono::August / 12,
                 "https://www.livemint.com/companies/"
                 "china-advises-firms-to-avoid-nvidia-h20-chips-amid-security-concerns-aims-shift-towards-local-"
                 "alternatives/amp-11754976729348.html"},
                {"Devdiscourse (Bloomberg, Financial Times)", 2025y / std::chrono::August / 12,
                 "https://www.devdiscourse.com/article/technology/"
                 "3538518-nvidias-h20-chips-in-crossfire-as-china-pushes-for-domestic-solutions"}},
    .doubt = "the notices were not published; whether AMD's MI308 was named is unclear, so it is not modelled",
};

inline constexpr import_measure cn_rtx_pro_6000d_2025{
    .key = "cn-rtx-pro-6000d-2025",
    .codes = "CN",
    .authority = import_authority::cyberspace,
    .from = 2025y / std::chrono::September / 17,
    .basis = date_basis::report_day,
    .when = "told 'this week' (the Financial Times, 2025-09-17)",
    .company = "NVIDIA",
    .products = {"RTX Pro 6000D"},
    .buyers = buyer_scope::named_among_others,
    .buyer_names = {"ByteDance", "Alibaba"},
    .buyer_aliases = {"Alibaba Group Holding"},
    .buyer_needs = "whether the buyer was among the firms told (the reports name ByteDance and Alibaba among others)",
    .effect = import_effect::not_allowed,
    .text =
        "the Cyberspace Administration of China told firms including ByteDance and Alibaba to stop testing and "
        "buying NVIDIA's RTX Pro 6000D and to cancel existing orders",
    .status = import_status::reported,
    .sources = {{"cash.ch (the Financial Times)", 2025y / std::chrono::September / 17,
                 "https://www.cash.ch/news/presse-china-untersagt-heimischen-unternehmen-den-kauf-von-nvidia-ki-chips-"
                 "862200"},
                {"People's Daily Online (foreign ministry on the Financial Times report)",
                 2025y / std::chrono::September / 18, "http://en.people.cn/n3/2025/0918/c90000-20367936.html"}},
    .doubt =
        "the instruction was not published; the foreign ministry referred the question to 'competent "
        "authorities'",
};

inline constexpr import_measure cn_state_datacentres_2025{
    .key = "cn-state-datacentres-2025",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2025y / std::chrono::November / 5,
    .basis = date_basis::report_day,
    .when = "guidance issued before Reuters' report of 2025-11-05 (its own date not reported)",
    .items = import_items::foreign_chips,
    .buyers = buyer_scope::category,
    .buyer_needs = "whether the chips go to a new data-centre project that received state funds",
    .effect = import_effect::required_domestic_share,
    .text =
        "new data-centre projects that received any state funds must use only domestically made AI chips; "
        "projects less than 30% complete to remove foreign chips or cancel planned purchases, more advanced ones "
        "decided case by case",
    .status = import_status::reported,
    .sources = {{"Reuters", 2025y / std::chrono::November / 5,
                 "https://www.reuters.com/world/china/"
                 "china-bans-foreign-ai-chips-state-funded-data-centres-sources-say-2025-11-05/"},
                {"Business Standard (Reuters)", 2025y / std::chrono::November / 5,
                 "https://www.business-standard.com/amp/world-news/"
                 "china-bans-restricts-nvidia-foreign-ai-chips-data-centres-125110501115_1.html"}},
    .doubt = "the guidance was not published; the Reuters report was read as quoted by other outlets",
};

inline constexpr import_measure cn_h200_pause_2026{
    .key = "cn-h200-pause-2026",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2026y / std::chrono::January / 7,
    .basis = date_basis::report_day,
    .when = "told 'this week' (The Information, reported 2026-01-07)",
    .company = "NVIDIA",
    .products = {"H200"},
    .buyers = buyer_scope::unnamed,
    .buyer_needs = "which firms were told to halt their orders (the reports name none)",
    .effect = import_effect::not_allowed,
    .text =
        "some technology firms were told to halt new H200 orders until the government decides whether, and on "
        "what terms, to allow purchases",
    .status = import_status::reported,
    .sources = {{"Semafor (The Information)", 2026y / std::chrono::January / 7,
                 "https://www.semafor.com/article/01/07/2026/china-heightens-scrutiny-of-us-tech-ties"},
                {"Devdiscourse (The Information)", 2026y / std::chrono::January / 7,
                 "https://www.devdiscourse.com/article/technology/"
                 "3762717-beijings-bold-move-tech-tensions-over-nvidias-h200-chips"}},
    .doubt = "not published; the firms told are not named",
};

inline constexpr import_measure cn_h200_customs_2026{
    .key = "cn-h200-customs-2026",
    .codes = "CN",
    .authority = import_authority::customs,
    .from = 2026y / std::chrono::January / 14,
    .basis = date_basis::report_day,
    .when = "told 'this week' (Reuters, 2026-01-14); firms were summoned on 2026-01-13",
    .company = "NVIDIA",
    .products = {"H200"},
    .effect = import_effect::not_allowed,
    .text =
        "customs told customs agents that NVIDIA H200 chips are not permitted to enter China, and officials told "
        "domestic technology firms not to buy them unless necessary ('basically a ban for now')",
    .status = import_status::reported,
    .sources = {{"News.Az (Reuters)", 2026y / std::chrono::January / 14,
                 "https://news.az/news/china-blocks-nvidia-h200-ai-chips-amid-tech-tensions"},
                {"The American Bazaar (Reuters)", 2026y / std::chrono::January / 14,
                 "https://americanbazaaronline.com/2026/01/14/"
                 "nvidias-h200-chips-no-longer-allowed-in-china-according-to-officials-473249"}},
    .doubt =
        "no formal ban was published; the reports could not say whether it is temporary or covers orders already "
        "placed; it was not reported lifted for buyers outside the approvals",
};

inline constexpr import_measure cn_h200_approval_2026{
    .key = "cn-h200-approval-2026",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2026y / std::chrono::January / 28,
    .basis = date_basis::report_day,
    .when = "granted 'this week', during NVIDIA's chief executive's visit (Reuters, 2026-01-28)",
    .company = "NVIDIA",
    .products = {"H200"},
    .buyers = buyer_scope::named,
    .buyer_names = {"ByteDance", "Alibaba", "Tencent"},
    .buyer_aliases = {"Alibaba Group Holding", "Tencent Holdings"},
    .effect = import_effect::allowed,
    .text =
        "China approved its first batch of H200 imports: more than 400,000 chips in total for ByteDance, Alibaba "
        "and Tencent, with other firms in a queue for later approvals",
    .conditions = {"purchases only for uses deemed necessary, such as advanced AI research and development",
                   "buyers submitted documents explaining how they plan to use the chips",
                   "domestic chips required for some AI training and most inference workloads"},
    .status = import_status::reported,
    .sources = {{"The Business Times (Reuters)", 2026y / std::chrono::January / 28,
                 "https://www.businesstimes.com.sg/international/global/"
                 "china-approves-first-batch-nvidia-h200-chip-imports-sources"},
                {"Hindustan Times (The Wall Street Journal)", 2026y / std::chrono::January / 28,
                 "https://www.hindustantimes.com/world-news/"
                 "china-approves-purchases-of-nvidia-s-h200-chip-easing-tension-with-us-101769591215925.html"}},
    .doubt =
        "no approval was published; the buyers are from Reuters (the Wall Street Journal names Alibaba and "
        "ByteDance among major firms), the conditions from the Wall Street Journal",
};

}  // namespace import_measures

// Every import measure, in date order.
inline constexpr std::array<const import_measure*, 7> all_import_measures{
    &import_measures::cn_h20_summons_2025,   &import_measures::cn_h20_discouraged_2025,
    &import_measures::cn_rtx_pro_6000d_2025, &import_measures::cn_state_datacentres_2025,
    &import_measures::cn_h200_pause_2026,    &import_measures::cn_h200_customs_2026,
    &import_measures::cn_h200_approval_2026,
};

// Looks an import measure up by key; nullptr when unknown.
constexpr const import_measure* find_import_measure(std::string_view key) noexcept {
  for (const import_measure* m : all_import_measures) {
    if (m->key == key) return m;
  }
  return nullptr;
}

// Vendors of the destination's own chips, for `import_items::foreign_chips` (China's AI-chip designers).
inline constexpr std::string_view domestic_vendors_cn =
    "Huawei|Cambricon|Hygon|Biren|Moore Threads|MetaX|Enflame|Iluvatar|Kunlunxin|T-Head";

}  // namespace accelspec::policy

// ---- end accelspec/policy/import_measures.hpp ----

// (inlined: measures.hpp)
// ---- begin accelspec/policy/measures.hpp ----
// Every measure the policy layer applies, as data (see measure.hpp for the shape): the 3A090 and
// 3A090.c destination rules, the embargoes of Part 746, the headquarters rule, the company
// notices, the January 2026 review-policy overlay and the May 2025 guidance on Huawei Ascend
// parts. Adding a measure is adding a record here (and its tests).
//
// A notice addressed to one company applies to that company's items only: it is matched by the
// vendor (or the name) containing the company and the name containing one of the products as a
// whole word ("H20" is in "NVIDIA H20 96GB" but not in "NVIDIA H200 SXM").

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <string_view>

// (inlined: destination.hpp)
// (inlined: measure.hpp)
// (inlined: parties.hpp)
// ---- begin accelspec/policy/parties.hpp ----
// The named parties whose presence changes an answer for advanced-computing items, as data: the
// Entity List entries that matter for AI compute, the end users the UAE rule of July 2026 authorizes,
// and the Chinese chip designers whose 3A090 ICs fall under the General Prohibition 10 guidance.
// Each is a name with its listed aliases; measures.hpp gives each its dates, source and effect, and
// party_name.hpp decides whether a given end user is one of them. This is a curated extract, not the
// lists themselves: an end user not found here is still to be screened (the answers say so).

// (inlined: ../detail/cxx20.hpp)

#include <string_view>

// (inlined: party_name.hpp)

namespace accelspec::policy::parties {

// --- Entity List (Supp. No. 4 to Part 744) ------------------------------------------------------

inline constexpr std::string_view huawei_aliases[] = {
    "Huawei",    "Huawei Technologies",     "HiSilicon Technologies Co., Ltd.",
    "HiSilicon", "Huawei Device Co., Ltd.", "Huawei Cloud Computing Technology Co., Ltd.",
};
inline constexpr party_names huawei{.name = "Huawei Technologies Co., Ltd.", .aliases = huawei_aliases};

inline constexpr std::string_view sugon_aliases[] = {
    "Sugon",
    "Dawning",
    "Dawning Information Industry",
    "Sugon Information Industry",
    "Shuguang",
    "Shuguang Information Industry",
    "Zhongke Dawn",
    "Zhongke Shuguang",
    "Dawning Company",
    "Tianjin Shuguang Computer Industry",
};
inline constexpr party_names sugon{.name = "Dawning Information Industry Co., Ltd. (Sugon)", .aliases = sugon_aliases};

inline constexpr std::string_view smic_aliases[] = {
    "SMIC",
    "Semiconductor Manufacturing International Corporation",
    "Semiconductor Manufacturing International (Beijing) Corporation",
    "Semiconductor Manufacturing International (Tianjin) Corporation",
    "Semiconductor Manufacturing International (Shenzhen) Corporation",
    "SMIC Semiconductor Manufacturing (Shanghai) Co., Ltd.",
    "SMIC Holdings Limited",
    "Semiconductor Manufacturing South China Corporation",
    "SMIC Northern Integrated Circuit Manufacturing (Beijing) Co., Ltd.",
    "SMIC Hong Kong International Company Limited",
    "SJ Semiconductor",
    "Ningbo Semiconductor International Corporation",
};
inline constexpr party_names smic{.name = "Semiconductor Manufacturing International Corporation Incorporated",
                                  .aliases = smic_aliases};

inline constexpr std::string_view biren_aliases[] = {
    "Biren",
    "Biren Technology",
    "Shanghai Biren Intelligent Technology Co., Ltd.",
    "Shanghai Biren Technology Co., Ltd.",
};
inline constexpr party_names biren{.name = "Beijing Biren Technology Development Co., Ltd.", .aliases = biren_aliases};

inline constexpr std::string_view moore_threads_aliases[] = {
    "Moore Threads",
    "Moore Threads Technology Co., Ltd.",
};
inline constexpr party_names moore_threads{.name = "Moore Threads Intelligent Technology (Beijing) Co., Ltd.",
                                           .aliases = moore_threads_aliases};

inline constexpr std::string_view zhipu_aliases[] = {
    "Zhipu AI",
    "Zhipu",
    "Beijing Zhipu Huazhang Technology",
};
inline constexpr party_names zhipu{.name = "Beijing Zhipu Huazhang Technology Co., Ltd.", .aliases = zhipu_aliases};

inline constexpr std::string_view sophgo_aliases[] = {"Sophgo"};
inline constexpr party_names sophgo{.name = "Sophgo Technologies Ltd.", .aliases = sophgo_aliases};

// --- The UAE rule of July 2026 ------------------------------------------------------------------

inline constexpr std::string_view uae_government_aliases[] = {
    "UAE Government",
    "Government of the UAE",
    "United Arab Emirates Government",
    "Government of the United Arab Emirates",
};
inline constexpr party_names uae_government{.name = "Government of the United Arab Emirates",
                                            .aliases = uae_government_aliases};

// Supplement No. 8 to Part 740 as reported: G42 and Core42.
inline constexpr std::string_view supplement_8_aliases[] = {
    "Group 42", "Group 42 Holding", "G42 Holding", "Core42", "Core 42",
};
inline constexpr party_names supplement_8{.name = "G42", .aliases = supplement_8_aliases};

// "UAE subsidiaries" of the US-headquartered companies the rule names (as reported): a name with
// the parent's name is a possible match; the ownership and the UAE location are for a person to confirm.
inline constexpr std::string_view us_parents_aliases[] = {
    "Apple", "Google", "Meta", "Microsoft", "OpenAI", "Oracle", "xAI",
};
inline constexpr party_names us_subsidiaries{
    .name = "Amazon", .aliases = us_parents_aliases, .rule = name_rule::subsidiary_of};

// --- Designers headquartered in China (General Prohibition 10 guidance of 2025-05-13) ------------
// The guidance reaches "PRC 3A090 ICs", not only Huawei's: the vendors below are designers
// headquartered in China (the library's list, inferred from public company information).
inline constexpr std::string_view prc_designer_aliases[] = {
    "HiSilicon", "Cambricon", "Biren",     "Moore Threads", "MetaX",   "Hygon", "Iluvatar CoreX",
    "Enflame",   "Sophgo",    "Kunlunxin", "T-Head",        "Alibaba", "Baidu", "Sugon",
};
inline constexpr party_names prc_designers{.name = "Huawei", .aliases = prc_designer_aliases};

}  // namespace accelspec::policy::parties

// ---- end accelspec/policy/parties.hpp ----

// (inlined: regulation.hpp)

namespace accelspec::policy {

namespace measures {
using namespace std::chrono_literals;

// --- 3A090 by destination --------------------------------------------------------------------

inline constexpr dated_measure eccn_3a090_2022{
    .key = "3a090-2022-china",
    .kind = measure_kind::destination_rule,
    .source = &regulations::eccn_3a090_2022,
    .section = "15 CFR 742.6(a)(6) (October 2022 text)",
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "CN",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for 3A090 and 4A090 items to China (2022 text)",
};

inline constexpr dated_measure macau_2023{
    .key = "3a090-2023-macau",
    .kind = measure_kind::destination_rule,
    .source = &regulations::macau_2023,
    .section = "15 CFR 742.6(a)(6) (as amended January 2023)",
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "MO",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for 3A090 and 4A090 items to Macau",
};

inline constexpr dated_measure eccn_3a090_2023{
    .key = "3a090-2023-scope",
    .kind = measure_kind::destination_rule,
    .source = &regulations::eccn_3a090_2023,
    .section = "15 CFR 742.6(a)(6)(iii); review 742.6(b)(10)",
    .items = item_scope::eccn_a_b,
    .destinations = place::scope_2023,
    .review_by = review_rule::d5_macau_denial,
    .effect =
        "license required for 3A090.a/.b and 4A090.a/.b items to Country Groups D:1, D:4 and D:5, except "
        "destinations also in A:5 or A:6",
};

// The AI Diffusion rule's worldwide requirement for .a items: codified from 2025-01-13, compliance
// from 2025-05-15, not enforced from 2025-05-13. It is in the table so that every answer in its
// window says why it does not apply.
inline constexpr dated_measure ai_diffusion_2025{
    .key = "ai-diffusion-2025-worldwide",
    .kind = measure_kind::destination_rule,
    .source = &regulations::ai_diffusion_2025,
    .section = "15 CFR 742.6(a)(6)(iii)(A)",
    .items = item_scope::eccn_a,
    .destinations = place::anywhere,
    .review = review_policy::not_public,
    .effect =
        "license required for 3A090.a and 4A090.a items to any destination (never complied with: compliance "
        "from 2025-05-15, not enforced from 2025-05-13)",
};

inline constexpr dated_measure hbm_2024{
    .key = "3a090c-2024",
    .kind = measure_kind::destination_rule,
    .source = &regulations::hbm_2024,
    .section = "15 CFR 742.6(a)(6)(i)(B)",
    .items = item_scope::eccn_c,
    .destinations = place::d5_or_macau,
    .review = review_policy::not_public,
    .effect = "license required for 3A090.c high-bandwidth memory to Macau and Country Group D:5",
};

// --- Who the buyer is ---------------------------------------------------------------------------
// Inside the 2023 destination scope the buyer's headquarters decides the review of the destination
// license (742.6(b)(10)(ii): denial for Macau/D:5-headquartered entities); outside it, 744.23(a)(3)
// adds a license of its own. From 2025-01-13 the .a items moved to 742.6(a)(6)(iii)(A), which BIS
// enforces for these buyers to every destination outside the United States (Macau and D:5 are
// already denied by the destination rule, and the January 2026 overlay governs end users located
// in China and Macau).

inline constexpr dated_measure headquarters_2023{
    .key = "headquarters-2023",
    .kind = measure_kind::party_rule,
    .source = &regulations::headquarters_2023,
    .section = "15 CFR 744.23(a)(3)(i); review 744.23(d)",
    .until = 2025y / std::chrono::January / 12,
    .items = item_scope::eccn_a_b,
    .destinations = place::outside_scope_2023,
    .parties = party_scope::headquartered_d5_or_macau,
    .review_by = review_rule::datacenter_a_denial,
    .effect =
        "license required for 3A090/4A090 items for an entity headquartered in, or whose ultimate parent is "
        "headquartered in, Macau or Country Group D:5, wherever located",
};

inline constexpr dated_measure headquarters_2025_a{
    .key = "headquarters-2025-a",
    .kind = measure_kind::party_rule,
    .source = &regulations::headquarters_guidance_2026,
    .section = "15 CFR 742.6(a)(6)(iii)(A)",
    .items = item_scope::eccn_a,
    .destinations = place::outside_d5_or_macau,
    .parties = party_scope::headquartered_d5_or_macau,
    .review = review_policy::presumption_of_denial,
    .effect =
        "license required to all destinations for 3A090.a/4A090.a items for entities headquartered in, or "
        "whose ultimate parent is headquartered in, Macau or Country Group D:5",
};

inline constexpr dated_measure headquarters_2025_b{
    .key = "headquarters-2025-b",
    .kind = measure_kind::party_rule,
    .source = &regulations::headquarters_2023,
    .section = "15 CFR 744.23(a)(3)(i); review 744.23(d)",
    .from = 2025y / std::chrono::January / 13,
    .items = item_scope::eccn_b,
    .destinations = place::outside_scope_2023,
    .parties = party_scope::headquartered_d5_or_macau,
    .review_by = review_rule::datacenter_a_denial,
    .effect =
        "license required for 3A090.b/4A090.b items for an entity headquartered in, or whose ultimate parent "
        "is headquartered in, Macau or Country Group D:5, wherever located",
};

// 3A090.c for buyers headquartered in Macau or D:5, wherever located (as reported; see the doubt of
// its source). Inside Macau and D:5 the destination rule already applies.
inline constexpr dated_measure hbm_headquarters_2024{
    .key = "hbm-headquarters-2024",
    .kind = measure_kind::party_rule,
    .source = &regulations::hbm_headquarters_2024,
    .section = "15 CFR 744.23(a)(3)(i)(B) (as reported)",
    .items = item_scope::eccn_c,
    .destinations = place::outside_d5_or_macau,
    .parties = party_scope::headquartered_d5_or_macau,
    .review = review_policy::not_public,
    .effect =
        "license required for 3A090.c high-bandwidth memory for an entity headquartered in, or whose ultimate "
        "parent is headquartered in, Macau or Country Group D:5, wherever located",
};

// --- Named end users: the Entity List -----------------------------------------------------------
// A license for every item subject to the EAR when a listed entity is a party (744.11), whatever
// the chip and wherever it goes; the review policy is the one the entry states.

inline constexpr std::string_view entity_list_section = "15 CFR 744.11; Supp. No. 4 to Part 744";

inline constexpr dated_measure entity_list_huawei{
    .key = "entity-list-huawei",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_huawei_2019,
    .party = &parties::huawei,
    .section =
        "15 CFR 744.11; Supp. No. 4 to Part 744 (Huawei entry, footnote 1: foreign direct product rule "
        "734.9(e))",
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect =
        "Entity List (Huawei Technologies Co., Ltd. and listed affiliates): license required for all items "
        "subject to the EAR, presumption of denial; foreign-produced items under footnote 1",
};

inline constexpr dated_measure entity_list_sugon{
    .key = "entity-list-sugon",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_sugon_2019,
    .party = &parties::sugon,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect = "Entity List (Sugon): license required for all items subject to the EAR, presumption of denial",
};

inline constexpr dated_measure entity_list_smic{
    .key = "entity-list-smic",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_smic_2020,
    .party = &parties::smic,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::case_by_case,
    .effect =
        "Entity List (SMIC and affiliates): license required for all items subject to the EAR, case-by-case "
        "(presumption of denial for items uniquely required for 10 nm and below)",
};

inline constexpr dated_measure entity_list_biren{
    .key = "entity-list-biren",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_gpu_2023,
    .party = &parties::biren,
    .section = "15 CFR 744.11; Supp. No. 4 to Part 744 (footnote 4)",
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect =
        "Entity List (Biren Technology and subsidiaries): license required for all items subject to the EAR, "
        "presumption of denial; foreign-produced items under footnote 4",
};

inline constexpr dated_measure entity_list_moore_threads{
    .key = "entity-list-moore-threads",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_gpu_2023,
    .party = &parties::moore_threads,
    .section = "15 CFR 744.11; Supp. No. 4 to Part 744 (footnote 4)",
    .parties = party_scope::named,
    .review = review_policy::presumption_of_denial,
    .effect =
        "Entity List (Moore Threads and subsidiaries): license required for all items subject to the EAR, "
        "presumption of denial; foreign-produced items under footnote 4",
};

inline constexpr dated_measure entity_list_zhipu{
    .key = "entity-list-zhipu",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_zhipu_2025,
    .party = &parties::zhipu,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::not_public,
    .effect =
        "Entity List (Beijing Zhipu Huazhang Technology, Zhipu AI): license required for all items subject to "
        "the EAR",
};

inline constexpr dated_measure entity_list_sophgo{
    .key = "entity-list-sophgo",
    .kind = measure_kind::listed_party,
    .source = &regulations::entity_list_sophgo_2025,
    .party = &parties::sophgo,
    .section = entity_list_section,
    .parties = party_scope::named,
    .review = review_policy::not_public,
    .effect = "Entity List (Sophgo Technologies): license required for all items subject to the EAR",
};

// --- Named end users: the UAE rule of July 2026 ---------------------------------------------------
// License-free access to 3A090.a/.b and 4A090.a/.b items for the named UAE end users: the
// destination rules' license is lifted for them (and for no one else); party rules, the Entity List
// and embargoes stay.

inline constexpr std::string_view uae_section = "15 CFR Part 740, Supp. No. 8 (UAE rule of July 2026)";

inline constexpr dated_measure uae_government_2026{
    .key = "uae-government-2026",
    .kind = measure_kind::authorization,
    .source = &regulations::uae_2026,
    .party = &parties::uae_government,
    .section = uae_section,
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "AE",
    .parties = party_scope::named,
    .requires_license = false,
    .effect = "license-free advanced computing items for the UAE Government (UAE rule of July 2026)",
};

inline constexpr dated_measure uae_supplement_8_2026{
    .key = "uae-supplement-8-2026",
    .kind = measure_kind::authorization,
    .source = &regulations::uae_2026,
    .party = &parties::supplement_8,
    .section = uae_section,
    .until = 2027y / std::chrono::April / 5,
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "AE",
    .parties = party_scope::named,
    .requires_license = false,
    .effect =
        "license-free advanced computing items for the entities of Supplement No. 8 to Part 740 (G42, "
        "Core42) until 2027-04-06 unless renewed",
};

inline constexpr dated_measure uae_us_subsidiaries_2026{
    .key = "uae-us-subsidiaries-2026",
    .kind = measure_kind::authorization,
    .source = &regulations::uae_2026,
    .party = &parties::us_subsidiaries,
    .section = uae_section,
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "AE",
    .parties = party_scope::named,
    .requires_license = false,
    .effect = "license-free advanced computing items for the UAE subsidiaries of the US companies the rule names",
};

// --- Part 746 -------------------------------------------------------------------------------

inline constexpr dated_measure embargo_cuba{
    .key = "embargo-cuba",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_cuba,
    .section = "15 CFR 746.2(a); review 746.2(b)",
    .destinations = place::codes,
    .codes = "CU",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for all items subject to the EAR; general policy of denial",
};

inline constexpr dated_measure embargo_north_korea{
    .key = "embargo-north-korea",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_north_korea,
    .section = "15 CFR 746.4(a); review 746.4(b)(5) and 742.19(b)",
    .destinations = place::codes,
    .codes = "KP",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for all items subject to the EAR except EAR99 food and medicine",
};

inline constexpr dated_measure embargo_iran{
    .key = "embargo-iran",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_iran,
    .section = "15 CFR 746.7(a)(1); review 746.7(b)",
    .destinations = place::codes,
    .codes = "IR",
    .review = review_policy::presumption_of_denial,
    .effect =
        "license required for CCL items (3A090 and 4A090 carry AT column 1); no license exceptions; other "
        "than humanitarian and aviation-safety cases, licenses generally denied",
};

inline constexpr dated_measure embargo_syria{
    .key = "embargo-syria",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_syria,
    .section = "15 CFR 746.9(a); review 746.9(c)(1)",
    .destinations = place::codes,
    .codes = "SY",
    .review = review_policy::presumption_of_denial,
    .effect =
        "license required for all items subject to the EAR except EAR99 food and medicine; general policy of "
        "denial",
};

inline constexpr dated_measure embargo_syria_2025{
    .key = "embargo-syria-2025",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_syria_2025,
    .section = "15 CFR 746.9(a); review 746.9(c) as revised September 2025",
    .destinations = place::codes,
    .codes = "SY",
    .review = review_policy::undecided,
    .review_needs = "the end use in Syria (746.9(c) as revised in 2025 reviews civil end uses more favourably)",
    .effect =
        "license still required for all items subject to the EAR except EAR99 food and medicine; review by "
        "end use (presumption of approval for most civil end uses, case-by-case otherwise)",
};

inline constexpr dated_measure embargo_russia{
    .key = "embargo-russia",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_russia,
    .section = "15 CFR 746.8(a)(1); review 746.8(b)",
    .destinations = place::codes,
    .codes = "RU",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for every item on the Commerce Control List; policy of denial",
};

inline constexpr dated_measure embargo_belarus{
    .key = "embargo-belarus",
    .kind = measure_kind::embargo,
    .source = &regulations::embargo_belarus,
    .section = "15 CFR 746.8(a)(1); review 746.8(b)",
    .destinations = place::codes,
    .codes = "BY",
    .review = review_policy::presumption_of_denial,
    .effect = "license required for every item on the Commerce Control List; policy of denial",
};

// --- Company notices ----------------------------------------------------------------------------

inline constexpr dated_measure nvidia_notice_2022{
    .key = "nvidia-notice-2022",
    .kind = measure_kind::company_notice,
    .source = &regulations::nvidia_notice_2022,
    .section = "is-informed letter of 2022-08-26 (NVIDIA Form 8-K of 2022-08-31; 15 CFR 744.21 as reported)",
    .items = item_scope::named_products,
    .company = "NVIDIA",
    .addressee_note = "the notice was addressed to NVIDIA and applies to NVIDIA's items only",
    .products = {"A100", "A100X", "H100"},
    .reach = notice_reach::a100_class_2022,
    .destinations = place::codes,
    .codes = "CN RU",
    .review = review_policy::not_public,
    .effect =
        "license required for A100 and H100 integrated circuits, systems incorporating them, and future ICs "
        "at or above roughly the A100's peak performance and chip-to-chip I/O, to China (including Hong "
        "Kong) and Russia",
};

inline constexpr dated_measure amd_notice_2022{
    .key = "amd-notice-2022",
    .kind = measure_kind::company_notice,
    .source = &regulations::amd_notice_2022,
    .section = "license requirement AMD reported on 2022-08-31 (press statement)",
    .items = item_scope::named_products,
    .company = "AMD",
    .addressee_note = "the notice was addressed to AMD and applies to AMD's items only",
    .products = {"MI250"},
    .destinations = place::codes,
    .codes = "CN",
    .review = review_policy::not_public,
    .effect = "license required for MI250 accelerators to China",
};

inline constexpr dated_measure nvidia_notice_2023{
    .key = "nvidia-notice-2023",
    .kind = measure_kind::company_notice,
    .source = &regulations::nvidia_notice_2023,
    .section = "is-informed letter of 2023-10-23 (the 88 FR 73458 license requirements, effective immediately)",
    .items = item_scope::named_products,
    .company = "NVIDIA",
    .addressee_note = "the notice was addressed to NVIDIA and applies to NVIDIA's items only",
    .products = {"A100", "A800", "H100", "H800", "L40S"},
    .destinations = place::scope_2023,
    .certain_codes = "CN",
    .destination_doubt =
        "whether NVIDIA's 2023-10-23 notice reached destinations other than China (the 8-K "
        "was not read; press reports speak of China)",
    .review_by = review_rule::d5_macau_denial,
    .effect =
        "the October 2023 rule's license requirements effective immediately for A100, A800, H100, H800 and "
        "L40S",
};

inline constexpr dated_measure h20_notice_2025{
    .key = "h20-notice-2025",
    .kind = measure_kind::company_notice,
    .source = &regulations::h20_notice_2025,
    .section = "is-informed letter of 2025-04-09 (NVIDIA Form 8-K of 2025-04-15)",
    .items = item_scope::named_products,
    .company = "NVIDIA",
    .addressee_note = "the notice was addressed to NVIDIA and applies to NVIDIA's items only",
    .products = {"H20"},
    .destinations = place::d5_or_macau,
    .or_headquartered = true,
    .review = review_policy::not_public,
    .effect =
        "license required for H20 integrated circuits and any other circuits achieving the H20's memory "
        "bandwidth, interconnect bandwidth, or combination thereof, to China (including Hong Kong and "
        "Macau) and D:5, and to companies headquartered or with an ultimate parent there; in effect for the "
        "indefinite future",
};

inline constexpr dated_measure mi308_notice_2025{
    .key = "mi308-notice-2025",
    .kind = measure_kind::company_notice,
    .source = &regulations::mi308_notice_2025,
    .section = "is-informed letter to AMD (April 2025, as reported)",
    .items = item_scope::named_products,
    .company = "AMD",
    .addressee_note = "the notice was addressed to AMD and applies to AMD's items only",
    .products = {"MI308", "MI308X"},
    .destinations = place::d5_or_macau,
    .or_headquartered = true,
    .review = review_policy::not_public,
    .effect = "license required for MI308 products, as for the H20",
};

// --- January 2026 review policy for China and Macau -------------------------------------------------

inline constexpr dated_measure china_review_2026{
    .key = "china-review-2026",
    .kind = measure_kind::review_overlay,
    .source = &regulations::china_case_by_case_2026,
    .section = "15 CFR 742.6(b)(10)(iii)(A)(1)",
    .items = item_scope::eccn_a_b,
    .destinations = place::codes,
    .codes = "CN MO",
    .exports_from_us_only = true,
    .requires_license = false,
    .review_by = review_rule::china_zone_2026,
    .effect =
        "case-by-case review (instead of a presumption of denial) for China and Macau below TPP 21,000 and "
        "total DRAM bandwidth 6,500 GB/s, for products commercially available in the United States on "
        "2026-01-15, exported from the United States, on certifications",
};

// --- Guidance --------------------------------------------------------------------------------------

// General Prohibition 10 (15 CFR 736.2(b)(10)): BIS presumes PRC-developed 3A090 ICs were produced
// in violation of the EAR; exporting, reexporting, transferring or using them without BIS
// authorization risks violating GP10. So an authorization is required wherever they go, whoever the
// buyer, from the guidance's date.
inline constexpr dated_measure gp10_prc_2025{
    .key = "gp10-prc-3a090-2025",
    .kind = measure_kind::general_prohibition,
    .source = &regulations::gp10_huawei_2025,
    .party = &parties::prc_designers,
    .section = "General Prohibition 10 (15 CFR 736.2(b)(10))",
    .items = item_scope::prc_designed_3a090,
    .company = "Huawei",
    .products = {"910B", "910C", "910D"},
    .destinations = place::anywhere,
    .review = review_policy::not_public,
    .effect =
        "BIS authorization required (General Prohibition 10): 3A090 ICs developed in China, such as Huawei "
        "Ascend 910B, 910C and 910D, are presumed produced in violation of the EAR (BIS guidance of 2025-05-13)",
};

}  // namespace measures

// Every measure, in the order assess() reports them.
inline constexpr std::array<const dated_measure*, 33> all_measures{
    &measures::embargo_cuba,
    &measures::embargo_north_korea,
    &measures::embargo_iran,
    &measures::embargo_syria,
    &measures::embargo_syria_2025,
    &measures::embargo_russia,
    &measures::embargo_belarus,
    &measures::entity_list_huawei,
    &measures::entity_list_sugon,
    &measures::entity_list_smic,
    &measures::entity_list_biren,
    &measures::entity_list_moore_threads,
    &measures::entity_list_zhipu,
    &measures::entity_list_sophgo,
    &measures::uae_government_2026,
    &measures::uae_supplement_8_2026,
    &measures::uae_us_subsidiaries_2026,
    &measures::hbm_headquarters_2024,
    &measures::nvidia_notice_2022,
    &measures::amd_notice_2022,
    &measures::eccn_3a090_2022,
    &measures::macau_2023,
    &measures::nvidia_notice_2023,
    &measures::eccn_3a090_2023,
    &measures::headquarters_2023,
    &measures::hbm_2024,
    &measures::ai_diffusion_2025,
    &measures::headquarters_2025_a,
    &measures::headquarters_2025_b,
    &measures::h20_notice_2025,
    &measures::mi308_notice_2025,
    &measures::gp10_prc_2025,
    &measures::china_review_2026,
};

// Looks a measure up by key; nullptr when unknown.
constexpr const dated_measure* find_measure(std::string_view key) noexcept {
  for (const dated_measure* m : all_measures) {
    if (m->key == key) return m;
  }
  return nullptr;
}

// Events that change no license requirement but belong to the story of a product and destination:
// licenses granted under a measure, with the terms reported. timeline() lists them.
struct policy_event {
  std::string_view key{};
  std::chrono::year_month_day date{};
  std::string_view company{};
  accelspec::detail::fixed_list<std::string_view, 3> products{};
  std::string_view codes{};  // destinations (Hong Kong counts as China)
  std::string_view text{};
  std::string_view source{};  // the document, as cited
  verification status = verification::secondary;
  bool month_only = false;  // the source gives a month, not a day: `date` is the month's first day
};

namespace measures {
inline constexpr std::array<policy_event, 4> events{{
    {.key = "h20-licences-2025",
     .date = 2025y / std::chrono::July / 14,
     .company = "NVIDIA",
     .products = {"H20"},
     .codes = "CN",
     .text = "NVIDIA says the US government assured it that licenses for H20 sales to China would be granted",
     .source = "NVIDIA announcement of 2025-07-14 (as reported)",
     .status = verification::secondary},
    {.key = "revenue-share-2025",
     .date = 2025y / std::chrono::August / 11,  // confirmed by the President that day (AP)
     .company = "NVIDIA",
     .products = {"H20"},
     .codes = "CN",
     .text = "H20 (and AMD MI308) licenses for China reported granted on condition of 15% of the revenue to the US "
             "government",
     .source = "press reports of August 2025",
     .status = verification::secondary},
    {.key = "h200-announcement-2025",
     .date = 2025y / std::chrono::December / 8,
     .company = "NVIDIA",
     .products = {"H200"},
     .codes = "CN",
     .text = "the President announces H200 sales to approved customers in China with 25% to the US government",
     .source = "presidential announcement of 2025-12-08 (as reported)",
     .status = verification::secondary},
    {.key = "h200-licences-2026",
     .date = 2026y / std::chrono::February / 1,
     .company = "NVIDIA",
     .products = {"H200"},
     .codes = "CN",
     .text = "licenses granted to ship small amounts of H200 to specific China-based customers, after inspection "
             "in the United States and subject to a 25% tariff",
     .source = "NVIDIA Form 10-Q for the quarter ended 2026-04-26 ('beginning in February 2026')",
     .status = verification::primary_quoted,
     .month_only = true},
}};
}  // namespace measures

namespace detail {
constexpr bool is_word_char(char c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
// Whether `word` occurs in `text` as a whole word (ASCII case-insensitive).
constexpr bool contains_word(std::string_view text, std::string_view word) noexcept {
  if (word.empty() || word.size() > text.size()) return false;
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < word.size() && same; ++k) same = upper(text[i + k]) == upper(word[k]);
    if (!same) continue;
    const bool left = i == 0 || !is_word_char(text[i - 1]);
    const bool right = i + word.size() == text.size() || !is_word_char(text[i + word.size()]);
    if (left && right) return true;
  }
  return false;
}
}  // namespace detail

// Whether an item by `vendor` named `name` is the company's and one of the products named.
template <class List>
constexpr bool names_product(std::string_view company, const List& products, std::string_view vendor,
                             std::string_view name) noexcept {
  if (company.empty()) return false;
  if (!detail::contains_word(vendor, company) && !detail::contains_word(name, company)) return false;
  for (std::string_view p : products) {
    if (detail::contains_word(name, p)) return true;
  }
  return false;
}

constexpr bool names_product(const dated_measure& m, std::string_view vendor, std::string_view name) noexcept {
  return names_product(m.company, m.products, vendor, name);
}

// Whether a destination is in a space-separated list of codes (Hong Kong counts as China).
constexpr bool code_listed(std::string_view codes, destination d) noexcept {
  return detail::list_contains(codes, d.group_code()) || detail::list_contains(codes, d.code);
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/measures.hpp ----

// (inlined: party_name.hpp)

namespace accelspec::policy {

// What the import measures need to know about the item.
struct import_item {
  bool ai_chip = true;  // an IC or a system of them (an HBM device is not an AI chip)
  std::string_view vendor{};
  accelspec::detail::fixed_list<std::string_view, 8> names{};
};

// How the buyer given matches a buyer a measure names: exact, possible (for a person to review,
// never taken as a match) or none. Names are compared in one place, party_name.hpp (case,
// punctuation, spacing and legal suffixes aside).
constexpr name_match buyer_name_match(std::string_view given, std::string_view listed) noexcept {
  return match_name(given, listed);
}

namespace detail {

// Whether the destination is one the measure names: exact codes (Hong Kong and Macau are customs
// territories of their own).
constexpr bool import_place(const import_measure& m, destination to) noexcept {
  return list_contains(m.codes, to.code);
}

// Whether a vendor is one of the destination's own, in a "|"-separated list.
constexpr bool vendor_listed(std::string_view list, std::string_view vendor) noexcept {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find('|', start);
    if (end == std::string_view::npos) end = list.size();
    if (contains_word(vendor, list.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

constexpr truth import_items_match(const import_measure& m, const import_item& item, std::string_view& needs) {
  if (!item.ai_chip) return truth::no;
  switch (m.items) {
    case import_items::named_products:
      for (std::string_view n : item.names) {
        if (names_product(m.company, m.products, item.vendor, n)) return truth::yes;
      }
      return truth::no;
    case import_items::foreign_chips:
      if (item.vendor.empty()) {
        needs = "the chip's vendor (whether it is foreign to the destination)";
        return truth::unknown;
      }
      return to_truth(!vendor_listed(domestic_vendors_cn, item.vendor));
  }
  return truth::no;
}

inline constexpr std::string_view possible_buyer =
    "whether the end user is one of the firms the measure names (its name is a possible match, to review)";

inline constexpr std::string_view end_user_needed =
    "the end user's name (--end-user NAME): the approval names its buyers";

constexpr truth buyer_match(const import_measure& m, std::string_view end_user, std::string_view& needs) {
  switch (m.buyers) {
    case buyer_scope::any:
      return truth::yes;
    case buyer_scope::named:
    case buyer_scope::named_among_others:
      if (end_user.empty()) {
        needs = m.buyers == buyer_scope::named ? end_user_needed : m.buyer_needs;
        return truth::unknown;
      }
      {
        name_match best = name_match::none;
        for (const auto* list : {&m.buyer_names, &m.buyer_aliases}) {
          for (std::string_view n : *list) {
            const name_match x = buyer_name_match(end_user, n);
            if (x == name_match::exact) return truth::yes;
            if (x == name_match::possible) best = x;
          }
        }
        if (best == name_match::possible) {
          needs = possible_buyer;
          return truth::unknown;
        }
      }
      if (m.buyers == buyer_scope::named) return truth::no;
      needs = m.buyer_needs;
      return truth::unknown;
    case buyer_scope::unnamed:
    case buyer_scope::category:
      needs = m.buyer_needs;
      return truth::unknown;
  }
  return truth::unknown;
}

template <class T, std::size_t N>
constexpr void add_once(accelspec::detail::fixed_list<T, N>& list, const T& item) {
  for (const T& x : list) {
    if (x == item) return;
  }
  if (list.size() < list.capacity()) list.push_back(item);
}

}  // namespace detail

// Whether any import measure of the destination is modelled (on any date, for any item).
constexpr bool import_modelled(destination to) noexcept {
  for (const import_measure* m : all_import_measures) {
    if (detail::import_place(*m, to)) return true;
  }
  return false;
}

// The destination's side for an item, a destination, a date and a buyer (empty: not given).
constexpr destination_answer destination_side(const import_item& item, destination to, std::chrono::year_month_day date,
                                              std::string_view end_user = {}) {
  destination_answer a;
  a.end_user = end_user;
  a.modelled = import_modelled(to);
  if (!a.modelled) {
    a.reasons.push_back(
        "no import measure of the destination is modelled: this answer says nothing about whether the destination "
        "allows the import");
    return a;
  }
  for (const import_measure* m : all_import_measures) {
    if (!detail::import_place(*m, to) || !m->in_force(date)) continue;
    std::string_view needs{};
    const truth on_item = detail::import_items_match(*m, item, needs);
    if (on_item == truth::no) continue;
    std::string_view buyer_needs{};
    const truth on_buyer = detail::buyer_match(*m, end_user, buyer_needs);
    const truth applies = on_item && on_buyer;
    if (applies == truth::no) continue;
    if (needs.empty()) needs = buyer_needs;
    if (a.measures.size() < a.measures.capacity())
      a.measures.push_back({m, applies, applies == truth::yes ? "" : needs});
  }

  // The latest decisive measure that covers the buyer, and whether a decisive measure as recent may.
  const import_verdict* decided = nullptr;
  for (const import_verdict& v : a.measures) {
    if (decides_import(v.measure->effect) && v.applies == truth::yes &&
        (decided == nullptr || v.measure->from > decided->measure->from)) {
      decided = &v;
    }
  }
  bool open = false;
  for (const import_verdict& v : a.measures) {
    if (decides_import(v.measure->effect) && v.applies == truth::unknown &&
        (decided == nullptr || v.measure->from >= decided->measure->from)) {
      open = true;
      detail::add_once(a.needs, v.needs);
    }
  }
  if (open) {
    a.import_allowed = truth::unknown;
    a.reasons.push_back(decided != nullptr && decided->measure->effect == import_effect::not_allowed
                            ? "an import stop in force covers the item; a later approval names its buyers: who the "
                              "buyer is decides"
                            : "a measure in force may decide the import for some buyers: who the buyer is decides");
  } else if (decided != nullptr) {
    a.import_allowed = to_truth(decided->measure->effect == import_effect::allowed);
    a.reasons.push_back(a.import_allowed == truth::yes
                            ? "an import approval in force on this date names the buyer"
                            : "an import stop in force on this date covers the buyer, and no approval in force "
                              "names it");
  } else {
    a.import_allowed = truth::unknown;
    a.reasons.push_back(
        "no modelled import measure of the destination decides on this item on this date: nothing is said either "
        "way");
  }
  for (const import_verdict& v : a.measures) {
    const import_measure& m = *v.measure;
    if (m.effect == import_effect::allowed && (a.import_allowed != truth::no)) {
      for (std::string_view c : m.conditions) detail::add_once(a.conditions, c);
    }
    if (m.effect == import_effect::discouraged || m.effect == import_effect::required_domestic_share) {
      detail::add_once(a.conditions, m.text);  // about uses and buyers: said, never folded into the import
    }
    if (m.status != import_status::official) {
      detail::add_once(a.reasons, std::string_view{"the destination's measures here are known from press reports, "
                                                   "not from a published document"});
    }
  }
  return a;
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/destination_side.hpp ----

// (inlined: diffusion.hpp)
// ---- begin accelspec/policy/diffusion.hpp ----
// The quantities of the AI Diffusion framework (90 FR 4544, effective 2025-01-13, not enforced
// from 2025-05-13) and of the January 2025 foundry due-diligence rule (90 FR 5298), each with how
// well it is established. These are allowances and presumptions, not chip parameters: they are
// evaluated here and reported by assess() as conditions, never as a classification.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdint>
#include <optional>

// (inlined: ../metrics/tpp.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: provenance.hpp)
// (inlined: regulation.hpp)

namespace accelspec::policy {

struct tpp_allowance {
  tpp_value amount{};
  verification status = verification::secondary;
};

// Per-country cap on licensed TPP for Tier 2 destinations, 2025 to 2027 (about 50,000 H100).
inline constexpr tpp_allowance diffusion_country_cap{tpp_value::from_integer(790'000'000), verification::secondary};
// License Exception LPP (740.29): TPP per ultimate consignee per calendar year (about 1,700 H100).
inline constexpr tpp_allowance lpp_allowance{tpp_value::from_integer(26'900'000), verification::unverified};

// How many whole chips of a given TPP an allowance covers.
constexpr std::int64_t chips_within(const tpp_allowance& a, tpp_value per_chip) {
  if (per_chip.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: TPP per chip must be positive");
  return a.amount.count() / per_chip.count();
}

// An operation count for ECCN 4E091, exact: significand x 10^exponent (10^26 does not fit in 64
// bits, so the count is kept in scientific form and compared digit-exactly).
struct operation_count {
  std::int64_t significand = 0;
  int exponent = 0;
};

namespace detail {
// Compares a x 10^ea with b x 10^eb exactly (a, b >= 0); -1, 0 or 1.
// Unsigned inside: two values of equal magnitude align to at most 19 digits, which fit in 64 bits.
constexpr int compare_scientific(std::int64_t sa, int ea, std::int64_t sb, int eb) noexcept {
  if (sa == 0 || sb == 0) return (sa > 0) - (sb > 0);
  auto a = static_cast<std::uint64_t>(sa);
  auto b = static_cast<std::uint64_t>(sb);
  // Normalise: strip trailing zeros so each value has a unique form.
  while (a % 10 == 0) {
    a /= 10;
    ++ea;
  }
  while (b % 10 == 0) {
    b /= 10;
    ++eb;
  }
  int da = 0, db = 0;
  for (std::uint64_t x = a; x != 0; x /= 10) ++da;
  for (std::uint64_t x = b; x != 0; x /= 10) ++db;
  // Magnitudes (position of the leading digit) decide first.
  if (da + ea != db + eb) return da + ea < db + eb ? -1 : 1;
  // Same magnitude: align to the same exponent by scaling the one with more digits down.
  while (ea > eb) {
    a *= 10;
    --ea;
  }
  while (eb > ea) {
    b *= 10;
    --eb;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
}  // namespace detail

// 4E091 heading: "'Parameters' for an artificial intelligence model trained utilizing 10^26 or
// more 'operations'" (codified 2025-01-13; not enforced from 2025-05-13).
constexpr bool meets_4e091(operation_count training) {
  if (training.significand < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: operation count must not be negative");
  return detail::compare_scientific(training.significand, training.exponent, 1, 26) >= 0;
}

// The derived-model carve-back: a model derived from published weights is controlled only when
// the additional training exceeds the higher of 2.5 x 10^25 operations and 25% of the training.
constexpr bool derived_model_controlled(operation_count additional, operation_count training) {
  if (additional.significand < 0 || training.significand < 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: operation count must not be negative");
  }
  // 25% of training: significand / 4 exactly is (significand x 25) x 10^(exponent - 2).
  const std::int64_t quarter = accelspec::detail::checked_mul(training.significand, 25);
  const bool above_fixed = detail::compare_scientific(additional.significand, additional.exponent, 25, 24) > 0;
  const bool above_share =
      detail::compare_scientific(additional.significand, additional.exponent, quarter, training.exponent - 2) > 0;
  return above_fixed && above_share;
}

// Note 1 to 3A090.a (January 2025): a front-end fabricator or OSAT exporting an 'applicable
// advanced logic integrated circuit' presumes it 3A090.a and designed for datacenters, unless
// the 'aggregated approximated transistor count' of the final package is below 30 billion, or
// the package has no HBM and is below 35 billion (exports completed in 2027) or 40 billion
// (2029 or later). The text names no figure for 2028: between 30 and 40 billion without HBM the
// answer for 2028 is undecided.
struct foundry_package {
  std::int64_t aggregated_transistors = 0;  // sum over the package's applicable logic dies
  bool has_hbm = true;
};

// Whether the transistor-count attestation can overcome the presumption for an export completed
// in `year`. no: the presumption stands (unless the designer attests TPP and density).
constexpr truth presumption_overcome(const foundry_package& p, std::chrono::year year) {
  if (p.aggregated_transistors < 0)
    ACCELSPEC_FAIL(invalid_argument, "accelspec: transistor count must not be negative");
  constexpr std::int64_t billion = 1'000'000'000;
  if (p.aggregated_transistors < 30 * billion) return truth::yes;
  if (p.has_hbm) return truth::no;
  const int y = static_cast<int>(year);
  if (y == 2027) return to_truth(p.aggregated_transistors < 35 * billion);
  if (y >= 2029) return to_truth(p.aggregated_transistors < 40 * billion);
  if (y == 2028 && p.aggregated_transistors < 40 * billion) return truth::unknown;
  return truth::no;
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/diffusion.hpp ----

// (inlined: hbm.hpp)
// (inlined: measure.hpp)
// (inlined: measures.hpp)
// (inlined: regulation.hpp)
// (inlined: system.hpp)
// ---- begin accelspec/policy/system.hpp ----
// ECCN 4A090: "Computers, 'electronic assemblies,' and 'components' containing integrated
// circuits, any of which meets or exceeds the limits in 3A090.a" (4A090.a; 4A090.b the same for
// 3A090.b). "Any of which": one controlled IC makes the system controlled; the ICs' TPPs are never
// summed into a system TPP.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <string_view>

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../rules/classify.hpp)
// (inlined: ../spec/accelerator.hpp)

namespace accelspec::policy {

struct system_part {
  const accelerator* chip = nullptr;
  int count = 1;
};

// A computer or assembly, e.g. an eight-GPU server: the integrated circuits it contains.
struct system_spec {
  std::string_view name{};
  std::string_view vendor{};
  accelspec::detail::fixed_list<system_part, 8> parts{};
};

// The 3A090 paragraph that decides the system, and which part decides it.
struct system_classification {
  eccn paragraph = eccn::none;  // a, b, none or undecided, for the contained ICs
  int deciding_part = -1;       // index of the part that decides (-1: none)
};

constexpr system_classification classify_system(const system_spec& s, std::chrono::year_month_day date,
                                                classify_options options = {}) {
  if (s.parts.empty()) ACCELSPEC_FAIL(invalid_argument, "accelspec: a system needs at least one integrated circuit");
  system_classification out;
  int first_b = -1, first_undecided = -1;
  for (std::size_t i = 0; i < s.parts.size(); ++i) {
    const system_part& p = s.parts[i];
    if (p.chip == nullptr || p.count < 1) {
      ACCELSPEC_FAIL(invalid_argument, "accelspec: a system part needs a chip and a count of at least 1");
    }
    const eccn e = classify(*p.chip, date, options).eccn;
    if (e == eccn::a) return {eccn::a, static_cast<int>(i)};
    if (e == eccn::b && first_b < 0) first_b = static_cast<int>(i);
    if (e == eccn::undecided && first_undecided < 0) first_undecided = static_cast<int>(i);
  }
  // An undecided IC could be .a, so it outranks a decided .b.
  if (first_undecided >= 0) return {eccn::undecided, first_undecided};
  if (first_b >= 0) return {eccn::b, first_b};
  return out;
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/system.hpp ----

// (inlined: tariff.hpp)

namespace accelspec::policy {

struct assess_options {
  // An export from the United States. false: a reexport, an export from abroad or an in-country
  // transfer; the January 2026 case-by-case review covers exports from the United States only.
  bool export_from_us = true;
  classify_options classification{};
  // The country where the end user, or its ultimate parent, is headquartered. nullopt: assumed to
  // be the destination, and the answer lists that assumption.
  std::optional<destination> headquarters{};
  // Whether the product was commercially available in the United States when the January 2026
  // rule was published (its condition for the case-by-case review). unknown: the review is stated
  // as conditional.
  truth us_available = truth::unknown;
  // The bit length of TF32. nullopt: when the two readings give different answers, the answer is
  // undecided and carries both (classification.tf32 set to significant_19 also chooses).
  std::optional<tf32_reading> tf32{};
  // Who the end user is, by name (empty = not given). Matched against the curated named parties
  // (parties.hpp: Entity List entries, the end users of the UAE rule) by party_name.hpp; an inexact
  // match leaves the answer undecided. The destination's own measures that name their buyers (an
  // import approval of named firms) are matched too, beside the US answer (destination_side). Where the answer depends
  // on it and it is not given (the UAE from 2026-07-10), the answer is undecided and `needs` names end_user.
  std::string_view end_user{};
  // More named parties to screen the end user against (a screening-list file read by
  // io/screening.hpp), evaluated like the curated ones; they must outlive the call.
  std::span<const dated_measure> more_parties{};
  // A screening-list file was searched for the end user (even if nothing matched): what the answer
  // does not check then names what the file does not cover.
  bool screened_by_file = false;
};

// What every answer leaves to the exporter: no answer of assess() is a clearance of these.
namespace not_checked_items {
inline constexpr std::string_view party_screening =
    "screening of every party against the Entity List, the Unverified List, the Military End-User List (15 CFR "
    "744 and its supplements) and OFAC's SDN list";
// With an end user named but no screening-list file: only the curated entries were compared.
inline constexpr std::string_view party_screening_curated =
    "Entity List and other lists beyond the curated entries (the end user was compared with the named parties the "
    "library carries, not with the full lists; give --screening-list FILE), and every other party to the "
    "transaction";
// With a screening-list file: what it does not cover.
inline constexpr std::string_view party_screening_file =
    "every party other than the end user, and the end user's owners (the file was searched for the end user's "
    "name only)";
inline constexpr std::string_view affiliates_rule =
    "the Affiliates (50 %) rule: entities at least 50 % owned by listed parties are restricted like them (interim "
    "final rule effective 2025-09-29, suspended 2025-11-10 to 2026-11-09, returning on 2026-11-10 unless "
    "extended); ownership is not an input";
inline constexpr std::string_view company_notices_raw =
    "company notices (is-informed letters) apply to the products they name: a raw spec has no product name, so "
    "none was applied (give --product ID to assess it as a catalog product's variant)";
inline constexpr std::string_view end_use =
    "end-use and end-user controls: 15 CFR 744.23 (supercomputers, advanced-node IC development or production), "
    "744.21 and 744.22 (military end uses and users), and knowledge of any other prohibited end use";
inline constexpr std::string_view gp10 =
    "General Prohibition 10 (15 CFR 736.2(b)(10)) beyond PRC-designed 3A090 ICs: proceeding with any item "
    "exported, reexported or used in violation of the EAR";
inline constexpr std::string_view exception_terms =
    "the full terms of the license exceptions named (15 CFR 740.8, 740.25): only their main conditions are listed";
}  // namespace not_checked_items

namespace detail {

// What the measures need to know about the item, whatever its kind.
struct item_facts {
  item_kind kind = item_kind::chip;
  eccn paragraph = eccn::none;  // .a/.b/none/undecided for ICs and systems
  const rule* applied = nullptr;
  bool nac_aca = false;
  accelspec::market market = accelspec::market::unknown;
  std::optional<tpp_value> tpp{};
  std::optional<data_rate> dram{};
  std::optional<data_rate> io{};
  truth zone = truth::unknown;  // for systems: every contained IC inside the zone
  std::string_view vendor{};
  accelspec::detail::fixed_list<std::string_view, 8> names{};  // the IC names (a system: each part's)
  bool memory_controlled = false;                              // an HBM device that is 3A090.c
  bool raw = false;  // a raw spec: no product name, so no company notice can apply
};

// At most this many named parties from a screening-list file take part in one answer.
inline constexpr std::size_t max_more_parties = 8;

struct shipment {
  destination to{};
  std::chrono::year_month_day date{};
  destination headquarters{};
  bool export_from_us = true;
  truth us_available = truth::unknown;
  std::string_view end_user{};
  std::span<const dated_measure> more_parties{};
  bool more_parties_file = false;  // a screening-list file was given (even with no match)
};

inline constexpr std::string_view needs_end_user_uae =
    "end_user: who the end user is (--end-user NAME): from 2026-07-10 the UAE rule lets the UAE Government, the "
    "entities of Supplement No. 8 to Part 740 (G42, Core42) and named US companies' UAE subsidiaries receive these "
    "items without a license; every other end user needs one";
inline constexpr std::string_view needs_listed_review =
    "end_user: whether the end user is the listed party its name resembles (a possible match, to review: an "
    "inexact match is never a clearance)";
inline constexpr std::string_view needs_authorized_review =
    "end_user: whether the end user is one the UAE rule names (a possible match, to review: the rule names the "
    "UAE Government, G42 and Core42, and the UAE subsidiaries of named US companies)";
inline constexpr std::string_view needs_designer_unnamed =
    "the chip's designer: a spec that names no vendor (a raw spec) may be a PRC-designed 3A090 IC, which needs BIS "
    "authorization wherever it goes (General Prohibition 10 guidance); give --product ID for a catalog product";
inline constexpr std::string_view needs_designer =
    "whether the chip's designer is headquartered in China or Macau (its vendor's name is a possible match for a "
    "PRC designer; General Prohibition 10 guidance)";

template <class T, std::size_t N>
constexpr void add_unique(accelspec::detail::fixed_list<T, N>& list, const T& item) {
  for (const T& x : list) {
    if (x == item) return;
  }
  list.push_back(item);
}

constexpr void cite(assessment& a, const regulation& r) {
  add_unique(a.citations, &r);
  if (!r.doubt.empty()) add_unique(a.unverified, r.doubt);
}

// Cites the dated Country Group change (if any) that decided a membership on the date.
constexpr void cite_membership(assessment& a, destination d, country_group g) {
  const membership m = group_membership(d, g, a.date);
  if (m.change != nullptr &&
      ((m.change->since && a.date >= *m.change->since) || (m.change->until && a.date >= *m.change->until))) {
    cite(a, *m.change->source);
  }
}

// "any destination specified in Country Groups D:1, D:4, or D:5 that is not also specified in
// Country Groups A:5 or A:6"; from its move to A:5 the UAE is named explicitly.
constexpr bool in_scope_2023(destination d, std::chrono::year_month_day date) {
  return in_d1_d4_d5_scope(d, date) || (d.code == "AE" && regulations::uae_2026.applies_on(date));
}

constexpr bool place_matches(const dated_measure& m, const shipment& s) {
  switch (m.destinations) {
    case place::anywhere:
      return true;
    case place::codes:
      return code_listed(m.codes, s.to);
    case place::scope_2023:
      return in_scope_2023(s.to, s.date);
    case place::d5_or_macau:
      return d5_or_macau(s.to, s.date);
    case place::outside_d5_or_macau:
      return !d5_or_macau(s.to, s.date);
    case place::outside_scope_2023:
      return !in_scope_2023(s.to, s.date);
  }
  return false;
}

constexpr bool named(const dated_measure& m, const item_facts& f) {
  for (std::string_view n : f.names) {
    if (names_product(m, f.vendor, n)) return true;
  }
  return false;
}

// Whether the item is one the measure names: yes, no, or unknown (with the input that decides).
constexpr truth items_match(const dated_measure& m, const item_facts& f, std::string_view& needs) {
  const bool ic = f.kind != item_kind::memory;
  switch (m.items) {
    case item_scope::any_item:
      return truth::yes;
    case item_scope::eccn_a_b:
      if (!ic) return truth::no;
      if (f.paragraph == eccn::undecided) {
        needs = "the classification's missing inputs (see the classification)";
        return truth::unknown;
      }
      return to_truth(f.paragraph == eccn::a || f.paragraph == eccn::b);
    case item_scope::eccn_a:
    case item_scope::eccn_b:
      if (!ic) return truth::no;
      if (f.paragraph == eccn::undecided) {
        needs = "the classification's missing inputs (see the classification)";
        return truth::unknown;
      }
      return to_truth(f.paragraph == (m.items == item_scope::eccn_a ? eccn::a : eccn::b));
    case item_scope::eccn_c:
      return to_truth(!ic && f.memory_controlled);
    case item_scope::named_products: {
      if (!ic) return truth::no;
      if (named(m, f)) return truth::yes;
      if (m.reach == notice_reach::a100_class_2022 && detail::contains_word(f.vendor, m.company)) {
        // The letter reached future chips "roughly" at the A100's performance and I/O, with no public
        // figure. A chip below the October 2022 text's thresholds is taken as outside it; one at or
        // above them may be inside.
        const truth io = f.io ? to_truth(*f.io >= data_rate::from_count(600'000'000'000)) : truth::unknown;
        const truth perf = f.tpp ? to_truth(*f.tpp >= tpp_value::from_integer(4800)) : truth::unknown;
        if ((io && perf) != truth::no) {
          needs = "the letter's unpublished 'roughly the A100' thresholds for future chips";
          return truth::unknown;
        }
      }
      return truth::no;
    }
    case item_scope::prc_designed_3a090: {
      if (!ic) return truth::no;
      if (named(m, f)) return truth::yes;
      // No vendor (a raw spec): the designer is unknown, so a 3A090 IC may be one the guidance covers.
      const name_match by = f.vendor.empty()     ? name_match::possible
                            : m.party != nullptr ? m.party->match(f.vendor)
                                                 : name_match::none;
      if (by == name_match::none) return truth::no;
      if (f.paragraph == eccn::undecided) {
        needs = "the classification's missing inputs (see the classification)";
        return truth::unknown;
      }
      if (f.paragraph != eccn::a && f.paragraph != eccn::b) return truth::no;
      if (by == name_match::possible) {
        needs = f.vendor.empty() ? needs_designer_unnamed : needs_designer;
        return truth::unknown;
      }
      return truth::yes;
    }
  }
  return truth::no;
}

constexpr review_policy review_of(const dated_measure& m, const item_facts& f, const shipment& s) {
  switch (m.review_by) {
    case review_rule::fixed:
      return m.review;
    case review_rule::d5_macau_denial:
      if (d5_or_macau(s.to, s.date) || d5_or_macau(s.headquarters, s.date)) return review_policy::presumption_of_denial;
      // "Presumption of approval" is the 2024 text of 742.6(b)(10)(ii); the AI Diffusion rule rewrote
      // 742.6(b)(10) from 2025-01-13 and no source read states the review for these destinations since.
      return s.date >= regulations::ai_diffusion_2025.effective ? review_policy::not_public
                                                                : review_policy::presumption_of_approval;
    case review_rule::datacenter_a_denial:
      if (f.paragraph == eccn::a && f.market != market::other) return review_policy::presumption_of_denial;
      if (f.paragraph == eccn::undecided) return review_policy::undecided;
      // 744.23(d) was read in its 2024 text; from 2025-01-13 no source read restates it.
      return s.date >= regulations::ai_diffusion_2025.effective ? review_policy::not_public
                                                                : review_policy::case_by_case;
    case review_rule::china_zone_2026:
      return review_policy::none;  // decided by apply_overlay()
  }
  return review_policy::undecided;
}

// One measure's finding for the shipment (before overlays).
constexpr measure_verdict evaluate(const dated_measure& m, const item_facts& f, const shipment& s) {
  measure_verdict v{&m, truth::no, review_policy::none, {}, {}};
  // Guidance and General Prohibition 10 reach the use of an item in the United States too; nothing else does.
  const bool reaches_us = m.kind == measure_kind::guidance || m.kind == measure_kind::general_prohibition;
  if (!m.in_force(s.date) || (s.to.is_united_states() && !reaches_us)) return v;
  // A named party: the end user is it, may be it (to review), or is not; without an end user, a list
  // entry is left to screening (not_checked) while an authorization cannot be granted (undecided).
  std::string_view party_needs{};
  if (m.parties == party_scope::named) {
    const name_match nm = m.party != nullptr ? m.party->match(s.end_user) : name_match::none;
    if (s.end_user.empty()) {
      if (m.kind != measure_kind::authorization) return v;
      party_needs = needs_end_user_uae;
    } else if (nm == name_match::none) {
      return v;
    } else if (nm == name_match::possible) {
      party_needs = m.kind == measure_kind::authorization ? needs_authorized_review : needs_listed_review;
    }
  }
  bool where = place_matches(m, s);
  if (m.or_headquartered && d5_or_macau(s.headquarters, s.date)) where = true;
  if (!where) return v;
  if (m.parties == party_scope::headquartered_d5_or_macau && !d5_or_macau(s.headquarters, s.date)) return v;
  std::string_view needs{};
  v.applies = items_match(m, f, needs);
  if (v.applies == truth::no) return v;
  if (!party_needs.empty() && v.applies == truth::yes) {
    v.applies = truth::unknown;
    needs = party_needs;
  }
  if (!m.certain_codes.empty() && !code_listed(m.certain_codes, s.to) &&
      !(m.or_headquartered && d5_or_macau(s.headquarters, s.date))) {
    v.applies = truth::unknown;
    needs = m.destination_doubt;
  }
  v.needs = needs;
  v.reason = m.effect;
  if (m.requires_license) v.review = review_of(m, f, s);
  if (v.review == review_policy::undecided && v.needs.empty()) v.needs = m.review_needs;
  return v;
}

inline constexpr std::string_view condition_us_only =
    "exports from the United States only; reexports, exports from abroad and in-country transfers stay under a "
    "presumption of denial";

constexpr void add_2026_conditions(assessment& a) {
  a.conditions.push_back(condition_us_only);
  a.conditions.push_back(
      "the product was commercially available in the United States when the rule was published (2026-01-15); "
      "products made only for China stay under a presumption of denial");
  a.conditions.push_back("exporter certifies sufficient supply of the product in the United States");
  a.conditions.push_back(
      "exporter certifies production for China will not divert global foundry capacity for similar or more "
      "advanced products from end users in the United States");
  a.conditions.push_back("the recipient has demonstrated sufficient security procedures");
  a.conditions.push_back(
      "independent third-party testing in the United States verifies the performance specifications");
  a.conditions.push_back("exporter states the units of the product already shipped to customers in the United States");
  a.conditions.push_back("exporter certifies the export is not barred by an end-use or end-user control");
  a.conditions.push_back("shipments to China and Macau no more than 50% of the volume shipped to US customers");
  a.conditions.push_back(
      "know-your-customer review, including remote end users in countries of concern; no military end use");
  a.conditions.push_back(
      "presumption of denial continues for entities headquartered in D:5 or Macau located outside them");
}

// The January 2026 overlay: the review of the destination-rule licenses to China and Macau.
template <std::size_t N>
constexpr void apply_overlay(assessment& a, measure_verdict& overlay, std::array<measure_verdict, N>& found,
                             std::size_t count, const item_facts& f, const shipment& s) {
  a.china_zone = f.zone;
  review_policy zone_review = review_policy::presumption_of_denial;
  if (!s.export_from_us) {
    a.reasons.push_back("not an export from the United States: the January 2026 case-by-case review does not apply");
  } else if (f.zone == truth::no) {
    a.reasons.push_back(
        "TPP of 21,000 or more or total DRAM bandwidth of 6,500 GB/s or more: outside the January 2026 "
        "case-by-case zone, presumption of denial stays");
  } else if (f.zone == truth::unknown) {
    zone_review = review_policy::undecided;
    a.reasons.push_back("TPP or total DRAM bandwidth unknown: the January 2026 case-by-case zone cannot be decided");
    add_unique(a.needs, std::string_view{"TPP and total DRAM bandwidth (for the January 2026 zone)"});
  } else if (s.us_available == truth::no) {
    a.reasons.push_back(
        "inside the January 2026 parameters but not commercially available in the United States on 2026-01-15: "
        "presumption of denial stays");
  } else {
    zone_review =
        s.us_available == truth::yes ? review_policy::case_by_case : review_policy::case_by_case_if_us_available;
    a.reasons.push_back(
        s.us_available == truth::yes
            ? "TPP below 21,000 and total DRAM bandwidth below 6,500 GB/s, commercially available in the United "
              "States: case-by-case review for China and Macau under conditions (January 2026)"
            : "TPP below 21,000 and total DRAM bandwidth below 6,500 GB/s: case-by-case review for China and Macau "
              "only if the product was commercially available in the United States on 2026-01-15 (not known), "
              "otherwise presumption of denial");
    if (s.us_available != truth::yes) {
      add_unique(a.needs, std::string_view{"whether the product was commercially available in the United States on "
                                           "2026-01-15 (--us-available yes|no)"});
    }
    add_2026_conditions(a);
  }
  overlay.review = zone_review;
  overlay.reason = zone_review == review_policy::presumption_of_denial
                       ? std::string_view{"the January 2026 case-by-case review does not reach this shipment"}
                       : overlay.measure->effect;
  for (std::size_t i = 0; i < count; ++i) {
    measure_verdict& v = found[i];
    if (v.measure->kind == measure_kind::destination_rule && v.review == review_policy::presumption_of_denial) {
      v.review = zone_review;
    }
  }
}

constexpr void offer_nac_aca(assessment& a, bool notified) {
  exception_offer e;
  if (!regulations::nac_aca_2024.applies_on(a.date)) {
    e.which = license_exception::nac;
    e.source = &regulations::eccn_3a090_2023;
    e.status = verification::primary_quoted;
    if (notified) e.conditions.push_back("prior notification to BIS (Macau or D:5), 25-day review");
  } else if (notified) {
    e.which = license_exception::nac;
    e.source = &regulations::nac_aca_2024;
    e.status = verification::primary_quoted;
    e.conditions.push_back("prior notification to BIS (Macau, D:5, or entities headquartered there), 25-day review");
  } else {
    e.which = license_exception::aca;
    e.source = &regulations::nac_aca_2024;
    e.status = verification::primary_quoted;
    e.conditions.push_back("no notification");
  }
  e.conditions.push_back(a.classification.market == market::other
                             ? "3A090.a item not designed or marketed for datacenters (TPP 4800 or more)"
                             : "3A090.b item designed or marketed for datacenters");
  cite(a, *e.source);
  a.license_exceptions.push_back(e);
}

constexpr control to_control(item_kind k, eccn e) {
  if (e == eccn::undecided) return control::undecided;
  if (e == eccn::none) return control::none;
  if (k == item_kind::system) return e == eccn::a ? control::c4a090_a : control::c4a090_b;
  return e == eccn::a ? control::c3a090_a : control::c3a090_b;
}

// A measure codified on the date but not complied with or enforced: said, cited, never applied.
constexpr void note_unenforced(assessment& a, const dated_measure& m, const item_facts& f, const shipment& s) {
  if (!m.codified(s.date) || m.in_force(s.date) || s.to.is_united_states()) return;
  std::string_view needs{};
  if (!place_matches(m, s) || items_match(m, f, needs) == truth::no) return;
  cite(a, *m.source);
  const regulation& r = *m.source;
  if (r.compliance_from && r.not_enforced_from && *r.not_enforced_from <= *r.compliance_from) {
    a.reasons.push_back(
        "the AI Diffusion framework's worldwide requirement for 3A090.a (beyond buyers headquartered in Macau or "
        "D:5) was codified from 2025-01-13 but never had to be complied with: compliance was due from 2025-05-15 "
        "and BIS announced non-enforcement on 2025-05-13");
  } else {
    a.reasons.push_back("a measure is codified on this date but not enforced: it is cited, not applied");
  }
  if (a.date >= regulations::gao_b337935.effective) cite(a, regulations::gao_b337935);
}

inline constexpr std::string_view review_2025_doubt =
    "review policy 'not public': presumption of approval for destinations outside Macau and D:5 is the 2024 text "
    "of 742.6(b)(10)(ii), which the AI Diffusion rule rewrote from 2025-01-13; no source read states how BIS "
    "reviews these destinations since (the 2025 Gulf approvals were individually conditioned)";

inline constexpr std::string_view review_744_23_doubt =
    "review policy 'not public': case-by-case for 3A090.b items under 744.23(a)(3) is the 2024 text of 744.23(d); "
    "no source read restates it from 2025-01-13";

// An authorization for named end users (the UAE rule) lifts the destination rules' license for
// them: for an end user it names, the destination rule no longer applies; for one it may name (no
// end user given, or a possible match), the destination rule may not apply. Never for buyers
// headquartered in Macau or D:5 (the headquarters rule stays). Returns the new count.
template <std::size_t N>
constexpr std::size_t lift_authorized(assessment& a, std::array<measure_verdict, N>& found, std::size_t count,
                                      const shipment& s) {
  truth authorized = truth::no;
  std::string_view needs{};
  for (std::size_t i = 0; i < count; ++i) {
    const measure_verdict& v = found[i];
    if (v.measure->kind != measure_kind::authorization || v.applies == truth::no) continue;
    if (v.applies == truth::yes) {
      authorized = truth::yes;
    } else if (authorized == truth::no) {
      authorized = truth::unknown;
      needs = v.needs;
    }
  }
  if (authorized == truth::no || d5_or_macau(s.headquarters, s.date)) return count;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < count; ++i) {
    measure_verdict v = found[i];
    if (v.measure->kind == measure_kind::destination_rule && v.measure->requires_license && v.applies == truth::yes) {
      if (authorized == truth::yes) {
        a.reasons.push_back("the destination rule's license is lifted for this end user by the UAE rule of July 2026");
        continue;
      }
      v.applies = truth::unknown;
      v.needs = needs;
    }
    found[kept++] = v;
  }
  return kept;
}

constexpr assessment fold(assessment a, const item_facts& f, const shipment& s) {
  a.tpp = f.tpp;
  a.total_dram_bandwidth = f.dram;
  if (f.kind != item_kind::memory) {
    a.eccn = to_control(f.kind, f.paragraph);
    if (f.applied == &rules::eccn_3a090_2022) {
      cite(a, regulations::eccn_3a090_2022);
    } else if (f.applied == &rules::eccn_3a090_2023) {
      cite(a, regulations::eccn_3a090_2023);
    } else {
      cite(a, regulations::eccn_3a090_2022);
      a.reasons.push_back("no ECCN 3A090 existed before 2022-10-07");
    }
    if (f.kind == item_kind::chip) {
      a.tariff = section_232(f.tpp, f.dram, a.date);
      if (a.tariff.band != nullptr) cite(a, regulations::section_232_2026);
    }
  } else {
    cite(a, regulations::hbm_2024);
  }
  // The memberships that decide the destination scopes, when a dated change decided them.
  for (const country_group g : {country_group::d1, country_group::d4, country_group::d5, country_group::a5}) {
    cite_membership(a, s.to, g);
    if (a.headquarters_given) cite_membership(a, s.headquarters, g);
  }
  if (s.to.code == "HK") a.reasons.push_back("Hong Kong is treated as China (not a separate EAR destination)");

  // The fold: every measure in force, the curated ones and those of a screening-list file.
  std::array<measure_verdict, all_measures.size() + max_more_parties> found{};
  std::size_t count = 0;
  const auto take = [&](const dated_measure& m) {
    const measure_verdict v = evaluate(m, f, s);
    if (v.applies == truth::no) {
      note_unenforced(a, m, f, s);
      return;
    }
    if (count == found.size()) ACCELSPEC_FAIL(invalid_argument, "accelspec: too many matching named parties");
    found[count++] = v;
    cite(a, *m.source);
    if (m.kind == measure_kind::destination_rule && m.source == &regulations::macau_2023) {
      a.reasons.push_back("Macau added to the 3A090 license requirement from 2023-01-17");
    }
  };
  for (const dated_measure* m : all_measures) take(*m);
  for (const dated_measure& m : s.more_parties) take(m);
  for (std::size_t i = 0; i < count; ++i) {
    if (found[i].measure->kind == measure_kind::review_overlay) apply_overlay(a, found[i], found, count, f, s);
  }
  count = lift_authorized(a, found, count, s);
  for (std::size_t i = 0; i < count; ++i) a.measures.push_back(found[i]);
  for (const measure_verdict& v : a.measures) {
    if (v.measure->review_by == review_rule::d5_macau_denial && v.review == review_policy::not_public) {
      add_unique(a.unverified, review_2025_doubt);
    }
    if (v.measure->review_by == review_rule::datacenter_a_denial && v.review == review_policy::not_public) {
      add_unique(a.unverified, review_744_23_doubt);
    }
  }

  // Combine: a license if any applicable measure requires one; the most restrictive review.
  bool required = false, open = false, embargoed = false, listed = false;
  review_policy review = review_policy::none;
  for (const measure_verdict& v : a.measures) {
    if (!v.measure->requires_license) {
      if (v.measure->kind == measure_kind::guidance) a.warnings.push_back(v.measure->effect);
      if (v.measure->kind == measure_kind::authorization && v.applies == truth::yes) a.reasons.push_back(v.reason);
      continue;
    }
    if (v.applies == truth::yes) {
      required = true;
      review = most_restrictive(review, v.review);
      if (v.review == review_policy::undecided && !v.needs.empty()) add_unique(a.needs, v.needs);
      embargoed = embargoed || v.measure->kind == measure_kind::embargo;
      listed = listed || v.measure->kind == measure_kind::listed_party ||
               v.measure->kind == measure_kind::general_prohibition;
      a.reasons.push_back(v.reason);
      if (!v.measure->addressee_note.empty()) a.reasons.push_back(v.measure->addressee_note);
    } else {
      open = true;
      add_unique(a.needs, v.needs);
    }
  }
  for (const measure_verdict& v : a.measures) {
    if (v.measure->requires_license && v.applies == truth::unknown) {
      a.reasons.push_back(v.measure->kind == measure_kind::company_notice
                              ? "a company notice may reach this item; its thresholds are not public"
                              : "a measure may apply but an input it depends on is unknown");
      if (restrictiveness(v.review) > restrictiveness(review)) review = review_policy::undecided;
    }
  }
  if (required) {
    a.license_required = truth::yes;
    a.review = review;
  } else if (open) {
    a.license_required = truth::unknown;
    a.review = review_policy::undecided;
  } else if (a.date < a.covered_from && !s.to.is_united_states()) {
    // Before the first date modelled for the destination, only a requirement is an answer.
    a.license_required = truth::unknown;
    a.review = review_policy::undecided;
    a.reasons.push_back(
        "no measure the library models requires a license on this date, but the date is before the first date "
        "it models for this destination (covered_from): measures in force then are not modelled, so no "
        "clearance is given");
    add_unique(a.needs, std::string_view{"a date on or after the first date modelled for the destination "
                                         "(covered_from)"});
  } else {
    a.license_required = truth::no;
    a.review = review_policy::none;
    a.reasons.push_back(s.to.is_united_states() ? "the destination is the United States: not an export"
                                                : "no measure in force on this date requires a license for this "
                                                  "item, destination and buyer");
  }

  // License exceptions of the 3A090 and 3A090.c requirements; Part 746 is not overcome by them.
  if (embargoed) {
    a.reasons.push_back("the license exceptions of 3A090 (NAC, ACA, HBM) do not overcome a Part 746 requirement");
  } else if (listed) {
    a.reasons.push_back(
        "the license exceptions of 3A090 (NAC, ACA, HBM) do not overcome an Entity List entry or General "
        "Prohibition 10");
  } else if (a.license_required == truth::yes) {
    bool scope_rule = false, party = false, hbm_rule = false;
    for (const measure_verdict& v : a.measures) {
      if (v.applies != truth::yes) continue;
      scope_rule = scope_rule || v.measure == &measures::eccn_3a090_2023;
      party = party || v.measure->kind == measure_kind::party_rule;
      hbm_rule = hbm_rule || v.measure == &measures::hbm_2024;
    }
    if ((scope_rule || party) && f.nac_aca) {
      offer_nac_aca(a, d5_or_macau(s.to, s.date) || d5_or_macau(s.headquarters, s.date));
    }
    if (hbm_rule && a.memory.license_exception_hbm) {
      exception_offer e{license_exception::hbm, &regulations::hbm_2024, verification::primary, {}};
      e.conditions.push_back("memory bandwidth density below 3.3 GB/s/mm²");
      e.conditions.push_back("exporter headquartered in the United States or Country Group A:5 (secondary)");
      a.license_exceptions.push_back(e);
    }
  }
  if (f.kind == item_kind::memory && !a.memory.is_3a090c()) {
    a.reasons.push_back(a.memory.status == hbm_status::not_in_force ? "3A090.c did not exist before 2024-12-02"
                        : a.memory.status == hbm_status::excluded
                            ? "co-packaged with logic whose dominant function is processing: not 3A090.c"
                            : "memory bandwidth density of 2 GB/s/mm² or less: not 3A090.c");
  }
  if (f.paragraph == eccn::undecided && f.kind != item_kind::memory) {
    a.reasons.push_back("classification undecided: an input it depends on is unknown");
  }

  // The April 2025 letter's reach to other NVIDIA circuits "achieving the H20's memory bandwidth,
  // interconnect bandwidth, or combination thereof" has no public threshold: said, not evaluated.
  if (f.kind != item_kind::memory && regulations::h20_notice_2025.applies_on(a.date) &&
      detail::contains_word(f.vendor, "NVIDIA") && !a.has_measure("h20-notice-2025") &&
      (d5_or_macau(s.to, s.date) || d5_or_macau(s.headquarters, s.date)) && a.license_required != truth::yes) {
    cite(a, regulations::h20_notice_2025);
    add_unique(a.unverified, std::string_view{"the April 2025 NVIDIA letter also reaches circuits achieving the "
                                              "H20's memory bandwidth, interconnect bandwidth, or combination "
                                              "thereof; with no public threshold this is not evaluated"});
  }

  // Assumptions and what is not checked.
  if (!a.headquarters_given) {
    a.assumptions.push_back(
        "the end user and its ultimate parent are headquartered in the destination (give the headquarters to "
        "apply the Macau/D:5 headquarters rule)");
  }
  a.assumptions.push_back(s.export_from_us ? "an export from the United States"
                                           : "a reexport, export from abroad or in-country transfer");
  a.assumptions.push_back(
      "the item is subject to the EAR (US-origin, or foreign-made under the de minimis or foreign direct product "
      "rules)");
  if (a.end_user.empty() && s.more_parties.empty()) {
    a.assumptions.push_back(
        "the end user is not a named party (give --end-user NAME to compare it with the curated Entity List "
        "entries and the end users of the UAE rule)");
  }
  if (s.to.code == "UA") {
    cite(a, regulations::embargo_ukraine_regions);
    a.assumptions.push_back(
        "the consignee is outside Crimea and the covered regions of Ukraine (15 CFR 746.6 requires a license "
        "there for all items subject to the EAR)");
  }
  a.not_checked.push_back(s.more_parties_file  ? not_checked_items::party_screening_file
                          : a.end_user.empty() ? not_checked_items::party_screening
                                               : not_checked_items::party_screening_curated);
  if (a.date >= regulations::affiliates_rule_2025.effective) {
    cite(a, regulations::affiliates_rule_2025);
    a.not_checked.push_back(not_checked_items::affiliates_rule);
  }
  if (f.raw && f.kind != item_kind::memory) a.not_checked.push_back(not_checked_items::company_notices_raw);
  a.not_checked.push_back(not_checked_items::end_use);
  a.not_checked.push_back(not_checked_items::gp10);
  if (!a.license_exceptions.empty()) a.not_checked.push_back(not_checked_items::exception_terms);

  // The destination's side, beside the answer above and never folded into it.
  a.destination_side = policy::destination_side(import_item{f.kind != item_kind::memory, f.vendor, f.names}, s.to,
                                                s.date, a.destination_side.end_user);
  return a;
}

// The first date the library models for a destination: the earliest measure that names it, and for
// every destination the first advanced-computing measure (ECCN 3A090, 2022-10-07). Before it an
// answer can be "required" (a measure that applies) but never "not required".
constexpr std::chrono::year_month_day coverage_start(destination to) {
  std::chrono::year_month_day first = regulations::eccn_3a090_2022.effective;
  for (const dated_measure* m : all_measures) {
    if (m->destinations == place::codes && code_listed(m->codes, to) && m->first_day() < first) first = m->first_day();
  }
  return first;
}

constexpr assessment start(destination to, std::chrono::year_month_day date, item_kind k, const assess_options& o) {
  if (!date.ok()) ACCELSPEC_FAIL(invalid_argument, "accelspec: not a valid calendar date");
  assessment a;
  a.kind = k;
  a.to = to;
  a.date = date;
  a.export_from_us = o.export_from_us;
  a.headquarters_given = o.headquarters.has_value();
  a.headquarters = o.headquarters ? *o.headquarters : to;
  a.us_available = o.us_available;
  a.destination_side.end_user = o.end_user;
  a.end_user = o.end_user;
  a.covered_from = coverage_start(to);
  return a;
}

constexpr shipment shipment_of(const assessment& a, const assess_options& o) {
  return {a.to,           a.date,     a.headquarters, a.export_from_us,
          a.us_available, o.end_user, o.more_parties, o.screened_by_file};
}

// A date before the product's release: the answer is about a product that did not exist yet.
inline constexpr std::string_view before_release =
    "the date is before the product's release date: the answer is for a product that did not exist yet";

// Whether the TF32 reading can change anything: only through the TPP, so only when the two
// readings give different TPPs (every metric and clause downstream is a function of TPP).
constexpr bool tf32_matters(const accelerator& chip) {
  bool any = false;
  for (const compute_rate& r : chip.compute) any = any || r.format == number_format::tf32;
  if (!any) return false;
  return tpp(chip, {.tf32 = tf32_reading::container_32}) != tpp(chip, {.tf32 = tf32_reading::significant_19});
}

constexpr assessment assess_chip(const accelerator& chip, destination to, std::chrono::year_month_day date,
                                 const assess_options& o, tf32_reading reading) {
  assessment a = start(to, date, item_kind::chip, o);
  a.classification = classify(chip, date, {.tf32 = reading});
  item_facts f;
  f.kind = item_kind::chip;
  f.paragraph = a.classification.eccn;
  f.applied = a.classification.applied;
  f.nac_aca = a.classification.nac_aca;
  f.market = a.classification.market;
  f.tpp = a.classification.tpp;
  f.dram = total_dram_bandwidth(chip);
  f.io = chip.io_bandwidth;
  f.zone = in_china_zone(f.tpp, f.dram);
  f.vendor = chip.vendor;
  f.names.push_back(chip.name);
  f.raw = chip.vendor.empty();
  if (chip.released && date < *chip.released) a.warnings.push_back(before_release);
  return fold(a, f, shipment_of(a, o));
}

constexpr assessment assess_system(const system_spec& sys, destination to, std::chrono::year_month_day date,
                                   const assess_options& o, tf32_reading reading) {
  assessment a = start(to, date, item_kind::system, o);
  const system_classification sc = classify_system(sys, date, {.tf32 = reading});
  item_facts f;
  f.kind = item_kind::system;
  f.paragraph = sc.paragraph;
  f.zone = truth::yes;
  for (const system_part& p : sys.parts) {
    const std::optional<tpp_value> t = tpp(*p.chip, {.tf32 = reading});
    f.zone = f.zone && in_china_zone(t, total_dram_bandwidth(*p.chip));
    if (t && (!f.tpp || *t > *f.tpp)) f.tpp = t;
    f.names.push_back(p.chip->name);
  }
  const accelerator& decider = *sys.parts[sc.deciding_part >= 0 ? static_cast<std::size_t>(sc.deciding_part) : 0].chip;
  a.classification = classify(decider, date, {.tf32 = reading});
  f.applied = a.classification.applied;
  f.nac_aca = a.classification.nac_aca;
  f.market = a.classification.market;
  f.dram = total_dram_bandwidth(decider);
  f.io = decider.io_bandwidth;
  f.vendor = decider.vendor;
  f.raw = decider.vendor.empty();
  for (const system_part& p : sys.parts) {
    if (p.chip->released && date < *p.chip->released) {
      a.warnings.push_back(before_release);
      break;
    }
  }
  a = fold(a, f, shipment_of(a, o));
  if (a.eccn != control::none) {
    add_unique(a.unverified, std::string_view{"for a system, the January 2026 zone and the company letters "
                                              "are applied to each contained IC (system treatment not read)"});
  }
  return a;
}

constexpr bool same_answer(const assessment& x, const assessment& y) {
  return x.eccn == y.eccn && x.license_required == y.license_required && x.review == y.review &&
         x.tariff.band == y.tariff.band && x.tariff.in_band == y.tariff.in_band && x.china_zone == y.china_zone;
}

constexpr tf32_outcome outcome(const assessment& a, tf32_reading r) {
  return {r, a.eccn, a.tpp, a.license_required, a.review, a.tariff.band, a.tariff.in_band};
}

// The regulation does not say whether TF32 counts 32 bits (its container) or 19 (the bits that take
// part in the multiply). When the two readings give different answers, the answer is undecided where
// they differ and carries both.
constexpr assessment merge_tf32(assessment a32, const assessment& a19) {
  if (same_answer(a32, a19)) return a32;
  a32.tf32_readings.push_back(outcome(a32, tf32_reading::container_32));
  a32.tf32_readings.push_back(outcome(a19, tf32_reading::significant_19));
  if (a32.eccn != a19.eccn) a32.eccn = control::undecided;
  if (a32.license_required != a19.license_required) a32.license_required = truth::unknown;
  if (a32.review != a19.review) a32.review = review_policy::undecided;
  if (a32.china_zone != a19.china_zone) a32.china_zone = truth::unknown;
  if (a32.tariff.band != a19.tariff.band || a32.tariff.in_band != a19.tariff.in_band) {
    a32.tariff.in_band = truth::unknown;
    if (a32.tariff.band == nullptr) a32.tariff.band = a19.tariff.band;
  }
  a32.reasons.push_back(
      "the answer depends on the bit length of TF32, which the regulation does not settle (32-bit container or "
      "19 significant bits): both readings are given");
  add_unique(a32.needs, std::string_view{"the TF32 bit length to use (--tf32-bits 32|19)"});
  // What the other reading would still need (e.g. US availability inside the 2026 zone).
  for (std::string_view n : a19.needs) {
    if (a32.needs.size() < a32.needs.capacity()) add_unique(a32.needs, n);
  }
  a32.reasons.push_back(
      "the reasons above follow the 32-bit reading; under the 19-bit reading the TPP and what follows from it "
      "change as shown");
  return a32;
}

constexpr std::optional<tf32_reading> chosen_tf32(const assess_options& o) {
  if (o.tf32) return o.tf32;
  if (o.classification.tf32 != tf32_reading::container_32) return o.classification.tf32;
  return std::nullopt;
}

}  // namespace detail

// An integrated circuit (3A090.a/.b) to a destination on a date.
constexpr assessment assess(const accelerator& chip, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  if (const auto r = detail::chosen_tf32(options)) return detail::assess_chip(chip, to, date, options, *r);
  if (!detail::tf32_matters(chip)) return detail::assess_chip(chip, to, date, options, tf32_reading::container_32);
  return detail::merge_tf32(detail::assess_chip(chip, to, date, options, tf32_reading::container_32),
                            detail::assess_chip(chip, to, date, options, tf32_reading::significant_19));
}

constexpr assessment assess(const accelerator& chip, std::string_view destination_code,
                            std::chrono::year_month_day date, assess_options options = {}) {
  return assess(chip, require_destination(destination_code), date, options);
}

// A computer or assembly (4A090.a/.b) through the ICs it contains.
constexpr assessment assess(const system_spec& sys, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  if (const auto r = detail::chosen_tf32(options)) return detail::assess_system(sys, to, date, options, *r);
  const assessment a32 = detail::assess_system(sys, to, date, options, tf32_reading::container_32);
  bool any = false;
  for (const system_part& p : sys.parts) any = any || (p.chip != nullptr && detail::tf32_matters(*p.chip));
  if (!any) return a32;
  return detail::merge_tf32(a32, detail::assess_system(sys, to, date, options, tf32_reading::significant_19));
}

// An HBM stack or packaged memory device (3A090.c).
constexpr assessment assess(const hbm_device& device, destination to, std::chrono::year_month_day date,
                            assess_options options = {}) {
  assessment a = detail::start(to, date, item_kind::memory, options);
  a.memory = classify_hbm(device, date);
  a.eccn = a.memory.is_3a090c() ? control::c3a090_c : control::none;
  detail::item_facts f;
  f.kind = item_kind::memory;
  f.memory_controlled = a.memory.is_3a090c();
  return detail::fold(a, f, detail::shipment_of(a, options));
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/assess.hpp ----

// (inlined: policy/assessment.hpp)
// (inlined: policy/china_zone.hpp)
// (inlined: policy/destination.hpp)
// (inlined: policy/destination_side.hpp)
// (inlined: policy/diffusion.hpp)
// (inlined: policy/hbm.hpp)
// (inlined: policy/import_measure.hpp)
// (inlined: policy/import_measures.hpp)
// (inlined: policy/measure.hpp)
// (inlined: policy/measures.hpp)
// (inlined: policy/parties.hpp)
// (inlined: policy/party_name.hpp)
// (inlined: policy/provenance.hpp)
// (inlined: policy/regulation.hpp)
// (inlined: policy/review.hpp)
// (inlined: policy/system.hpp)
// (inlined: policy/tariff.hpp)
// (inlined: policy/timeline.hpp)
// ---- begin accelspec/policy/timeline.hpp ----
// timeline(): every date on which the assessment of an item for a destination changes, with the
// measures that took effect or ended that day: the same fold as assess() over every date a
// measure, a regulation or a Country Group membership starts or ends. A date enters the timeline
// only when the answer on it differs from the answer the day before.
//
// A chip with a known release date starts there: no row predates the product. The first row is the
// release date itself when something already applied to it then (the H200 to China), otherwise the
// first change after it (the A100 to China starts on 2022-08-26). Without a release date the rows
// are not limited, and the result says the release date is unknown.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>

// (inlined: ../detail/fixed_list.hpp)
// (inlined: assess.hpp)
// (inlined: destination.hpp)
// (inlined: destination_side.hpp)
// (inlined: import_measures.hpp)
// (inlined: measures.hpp)
// (inlined: regulation.hpp)

namespace accelspec::policy {

struct timeline_event {
  std::chrono::year_month_day date{};
  assessment answer{};                                                // the assessment from this date
  accelspec::detail::fixed_list<const regulation*, 6> took_effect{};  // in force (or unenforced) from the date
  accelspec::detail::fixed_list<const regulation*, 6> ended{};        // last in force the day before
  bool release = false;                                               // the row opens at the product's release
  // The destination's own import measures that start (or end) on the date, when the row is theirs
  // too: a change at the destination, not in the US answer.
  accelspec::detail::fixed_list<const import_measure*, 4> destination_started{};
  accelspec::detail::fixed_list<const import_measure*, 4> destination_ended{};
};

// A dated event that changes no requirement (a license granted, its terms), for the same product and
// destination.
struct timeline_note {
  const policy_event* event = nullptr;
};

struct timeline_result {
  std::optional<std::chrono::year_month_day> released{};  // the product's release date, when known
  // The first date modelled for the destination: no row predates it (before it nothing is cleared).
  std::chrono::year_month_day covered_from{};
  accelspec::detail::fixed_list<timeline_event, 20> events{};
  accelspec::detail::fixed_list<timeline_note, 6> notes{};
};

namespace detail {

constexpr std::chrono::year_month_day next_day(std::chrono::year_month_day d) {
  return std::chrono::year_month_day{std::chrono::sys_days{d} + std::chrono::days{1}};
}
constexpr std::chrono::year_month_day previous_day(std::chrono::year_month_day d) {
  return std::chrono::year_month_day{std::chrono::sys_days{d} - std::chrono::days{1}};
}

constexpr bool starts_on(const regulation& r, std::chrono::year_month_day d) {
  return r.effective == d || r.not_enforced_from == d || r.compliance_from == d;
}
constexpr bool ends_on(const regulation& r, std::chrono::year_month_day d) {
  return r.last_day && next_day(*r.last_day) == d;
}

inline constexpr std::size_t max_candidates = 96;

constexpr accelspec::detail::fixed_list<std::chrono::year_month_day, max_candidates> candidate_dates() {
  std::array<std::chrono::year_month_day, max_candidates> d{};
  std::size_t n = 0;
  auto add = [&](std::chrono::year_month_day x) {
    for (std::size_t i = 0; i < n; ++i) {
      if (d[i] == x) return;
    }
    if (n == max_candidates) ACCELSPEC_FAIL(invalid_argument, "accelspec: too many timeline dates");
    std::size_t pos = n++;
    while (pos > 0 && d[pos - 1] > x) {
      d[pos] = d[pos - 1];
      --pos;
    }
    d[pos] = x;
  };
  for (const regulation* r : regulations::all) {
    add(r->effective);
    if (r->last_day) add(next_day(*r->last_day));
    if (r->not_enforced_from) add(*r->not_enforced_from);
    if (r->compliance_from) add(*r->compliance_from);
  }
  for (const dated_measure* m : all_measures) {
    add(m->first_day());
    if (m->last_day()) add(next_day(*m->last_day()));
  }
  for (const membership_change& c : membership_changes) {
    if (c.since) add(*c.since);
    if (c.until) add(*c.until);
  }
  for (const import_measure* m : all_import_measures) {
    add(m->from);
    if (m->until) add(next_day(*m->until));
  }
  accelspec::detail::fixed_list<std::chrono::year_month_day, max_candidates> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(d[i]);
  return out;
}

// What the timeline compares: the substance of the answer, not its wording.
constexpr bool same_outcome(const assessment& x, const assessment& y) {
  // A new text of the rule matters when it classifies the item; a chip outside both is unchanged.
  const bool text_changed =
      x.classification.applied != y.classification.applied && (x.eccn != control::none || y.eccn != control::none);
  if (x.eccn != y.eccn || text_changed || x.license_required != y.license_required || x.review != y.review ||
      x.license_exceptions.size() != y.license_exceptions.size() || x.measures.size() != y.measures.size() ||
      x.tariff.band != y.tariff.band || x.tariff.in_band != y.tariff.in_band) {
    return false;
  }
  for (std::size_t i = 0; i < x.license_exceptions.size(); ++i) {
    if (x.license_exceptions[i].which != y.license_exceptions[i].which) return false;
  }
  for (std::size_t i = 0; i < x.measures.size(); ++i) {
    if (x.measures[i].measure != y.measures[i].measure || x.measures[i].applies != y.measures[i].applies) return false;
  }
  // The destination's side: whether the import is allowed, and which of its measures apply.
  const destination_answer &dx = x.destination_side, &dy = y.destination_side;
  if (dx.import_allowed != dy.import_allowed || dx.measures.size() != dy.measures.size()) return false;
  for (std::size_t i = 0; i < dx.measures.size(); ++i) {
    if (dx.measures[i].measure != dy.measures[i].measure || dx.measures[i].applies != dy.measures[i].applies) {
      return false;
    }
  }
  return true;
}

// The state before anything applied: what a product had before any measure.
constexpr bool nothing_applies(const assessment& a) {
  return a.eccn == control::none && a.license_required == truth::no && a.measures.empty() && a.tariff.band == nullptr &&
         a.destination_side.measures.empty();
}

// Lists what took effect and what ended on the date, among the entries the answers rely on.
constexpr void add_event(timeline_result& out, std::chrono::year_month_day d, const assessment& before,
                         const assessment& now, bool release) {
  timeline_event e{d, now, {}, {}, release};
  if (!release) {
    for (const regulation* r : regulations::all) {
      if (starts_on(*r, d) && now.cites(*r) && e.took_effect.size() < e.took_effect.capacity()) {
        e.took_effect.push_back(r);
      }
      if (ends_on(*r, d) && before.cites(*r) && e.ended.size() < e.ended.capacity()) e.ended.push_back(r);
    }
    for (const import_verdict& v : now.destination_side.measures) {
      if (v.measure->from == d && e.destination_started.size() < e.destination_started.capacity()) {
        e.destination_started.push_back(v.measure);
      }
    }
    for (const import_verdict& v : before.destination_side.measures) {
      if (v.measure->until && next_day(*v.measure->until) == d &&
          e.destination_ended.size() < e.destination_ended.capacity()) {
        e.destination_ended.push_back(v.measure);
      }
    }
  }
  out.events.push_back(e);
}

template <class Item>
constexpr timeline_result make_timeline(const Item& item, destination to, assess_options options,
                                        std::optional<std::chrono::year_month_day> released, std::string_view vendor,
                                        std::string_view name) {
  timeline_result out;
  out.released = released;
  out.covered_from = coverage_start(to);
  const auto dates = candidate_dates();
  // The first row: the release date, or the first date modelled for the destination if later.
  const bool from_release = released && *released >= out.covered_from;
  const std::chrono::year_month_day first = from_release ? *released : out.covered_from;
  const assessment at = assess(item, to, first, options);
  if (!nothing_applies(at)) add_event(out, first, at, at, from_release);
  std::optional<assessment> before = at;
  for (const std::chrono::year_month_day d : dates) {
    if (d <= first) continue;
    const assessment now = assess(item, to, d, options);
    if (!same_outcome(*before, now)) add_event(out, d, *before, now, false);
    before = now;
  }
  for (const policy_event& e : measures::events) {
    if ((released && e.date < *released) || e.date < out.covered_from) continue;
    if (!code_listed(e.codes, to)) continue;
    if (!names_product(e.company, e.products, vendor, name)) continue;
    if (out.notes.size() < out.notes.capacity()) out.notes.push_back({&e});
  }
  return out;
}

}  // namespace detail

// Every date the assessment of a chip for a destination changes, from the chip's release date
// when the spec records it.
constexpr timeline_result timeline(const accelerator& chip, destination to, assess_options options = {}) {
  return detail::make_timeline(chip, to, options, chip.released, chip.vendor, chip.name);
}
constexpr timeline_result timeline(const accelerator& chip, std::string_view destination_code,
                                   assess_options options = {}) {
  return timeline(chip, require_destination(destination_code), options);
}
constexpr timeline_result timeline(const system_spec& sys, destination to, assess_options options = {}) {
  std::optional<std::chrono::year_month_day> released{};
  for (const system_part& p : sys.parts) {
    if (p.chip == nullptr || !p.chip->released) continue;
    if (!released || *p.chip->released > *released) released = p.chip->released;
  }
  const accelerator* first = sys.parts.empty() ? nullptr : sys.parts[0].chip;
  return detail::make_timeline(sys, to, options, released, first ? first->vendor : std::string_view{},
                               first ? first->name : std::string_view{});
}
constexpr timeline_result timeline(const hbm_device& device, destination to, assess_options options = {}) {
  return detail::make_timeline(device, to, options, std::nullopt, {}, {});
}

}  // namespace accelspec::policy

// ---- end accelspec/policy/timeline.hpp ----

// ---- end accelspec/policy.hpp ----

// (inlined: catalog.hpp)
// ---- begin accelspec/catalog.hpp ----
// The catalog of real accelerators: every SKU as a constexpr spec, with sources for every value.
// Opt-in on top of the core <accelspec/accelspec.hpp>; see docs/catalog.md. It needs the core
// only (and the thresholds of the January 2026 China zone, for the claims it checks): assessing a
// catalog product under the policy layer is <accelspec/catalog/assess.hpp>, which
// <accelspec/all.hpp> includes.

// (inlined: detail/cxx20.hpp)

// (inlined: accelspec.hpp)

// (inlined: catalog/all.hpp)
// ---- begin accelspec/catalog/all.hpp ----
// The whole catalog as one constexpr range, and lookup by id or alias.
//
//   for (const catalog::entry* e : catalog::all) ...
//   static_assert(catalog::find("H20")->id == "nvidia-h20");
//
// Lookup is ASCII case-insensitive and works in constant expressions and at run time.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <string_view>

// (inlined: amd.hpp)
// ---- begin accelspec/catalog/amd.hpp ----
// AMD Instinct accelerators. AMD datasheets print dense and sparse figures separately; the dense
// ones are recorded. Chiplet die areas are not published by AMD: they are analyst estimates and
// say so.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)
// ---- begin accelspec/catalog/entry.hpp ----
// A catalog entry: one real SKU's spec plus what makes it citable. The spec itself is a plain
// `accelerator` (so `classify(catalog::nvidia::h200_sxm, date)` works directly); the entry adds
// a stable id, aliases, the product it was derived from, a source for every value, the sparse
// headlines the vendor printed (and that the dense rates were converted from), and the figures a
// public source printed about the chip (TPP, density, classification), which the tests check
// against the derivation.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdint>
#include <string_view>
// (inlined: ../maybe.hpp)

// (inlined: ../detail/error.hpp)
// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../metrics/checked_accelerator.hpp)
// (inlined: ../rules/eccn.hpp)
// (inlined: ../rules/truth.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)

namespace accelspec::catalog {
// String literals as "..."sv, here and in every vendor header (nested namespaces of this one,
// which include this header, so this directive serves them too): a string_view made from a plain
// literal counts its characters one by one in a constant evaluation (libstdc++), which was most of
// the catalog's constexpr steps and a large part of its compile time.
using namespace std::string_view_literals;

// How a value was obtained from its source.
enum class value_kind : std::uint8_t {
  datasheet,  // printed by the vendor (datasheet, whitepaper, product page, documentation)
  secondary,  // printed by press, analysts or aggregators
  estimate,   // an analyst's or this catalog's estimate (e.g. chiplet die areas); says what was assumed
  derived,    // computed from printed figures (e.g. a sparse headline halved, a card figure halved)
};

constexpr std::string_view key(value_kind k) noexcept {
  switch (k) {
    case value_kind::datasheet:
      return "datasheet"sv;
    case value_kind::secondary:
      return "secondary"sv;
    case value_kind::estimate:
      return "estimate"sv;
    case value_kind::derived:
      return "derived"sv;
  }
  return ""sv;
}

// Which value of the spec a provenance record covers.
enum class field : std::uint8_t {
  compute,           // dense rates (all of them, or the one format named)
  die_area,          // areas of the dies (and their process, hence transistor architecture)
  memory_layout,     // memory technology, stack/package count and per-stack figures
  memory_capacity,   // usable memory capacity
  memory_bandwidth,  // total memory bandwidth
  io_bandwidth,      // aggregate bidirectional chip-to-chip I/O
  tdp,               // thermal design power
  market,            // designed or marketed for datacenters, or not
  process,           // foundry and process node of the dies (when not cited with their areas)
  transistor_count,  // transistors in the package
  links,             // the scale-up, host and scale-out links with their direction convention
  form_factor,       // SXM, OAM, PCIe card, superchip, module, wafer
  dates,             // announcement and first shipment
  identity,          // that the product exists, under this name, from this vendor (name-only entries)
};

constexpr std::string_view key(field f) noexcept {
  switch (f) {
    case field::compute:
      return "compute"sv;
    case field::die_area:
      return "die_area"sv;
    case field::memory_layout:
      return "memory_layout"sv;
    case field::memory_capacity:
      return "memory_capacity"sv;
    case field::memory_bandwidth:
      return "memory_bandwidth"sv;
    case field::io_bandwidth:
      return "io_bandwidth"sv;
    case field::tdp:
      return "tdp"sv;
    case field::market:
      return "market"sv;
    case field::process:
      return "process"sv;
    case field::transistor_count:
      return "transistor_count"sv;
    case field::links:
      return "links"sv;
    case field::form_factor:
      return "form_factor"sv;
    case field::dates:
      return "dates"sv;
    case field::identity:
      return "identity"sv;
  }
  return ""sv;
}

// Where one value (or one group of values) of an entry comes from.
struct provenance {
  catalog::field field{};
  std::string_view source{};  // id into catalog::sources
  value_kind kind = value_kind::datasheet;
  std::string_view note{};        // how it was read or derived, when not verbatim
  maybe<number_format> format{};  // field::compute only: the rate covered; nullopt: all rates
};

constexpr provenance datasheet(field f, std::string_view source, std::string_view note = {}) noexcept {
  return {f, source, value_kind::datasheet, note, std::nullopt};
}
constexpr provenance secondary(field f, std::string_view source, std::string_view note = {}) noexcept {
  return {f, source, value_kind::secondary, note, std::nullopt};
}
constexpr provenance estimate(field f, std::string_view source, std::string_view note) noexcept {
  return {f, source, value_kind::estimate, note, std::nullopt};
}
constexpr provenance derived(field f, std::string_view source, std::string_view note) noexcept {
  return {f, source, value_kind::derived, note, std::nullopt};
}
// One compute rate's own source, when the rates of an entry come from different places.
constexpr provenance rate_source(number_format fmt, value_kind kind, std::string_view source,
                                 std::string_view note = {}) noexcept {
  return {field::compute, source, kind, note, fmt};
}

// A headline the vendor printed "with sparsity", and the format it is for. The entry's dense rate
// for that format must be exactly its conversion (the catalog tests check this), so a sparse
// figure can never pass for a dense one.
struct sparse_headline {
  number_format format{};
  sparse_rate rate{};
  sparsity ratio = sparsity::structured_2_4;
};

// What a public source printed about the chip.
enum class claim_kind : std::uint8_t {
  tpp,                  // a TPP figure
  performance_density,  // a performance density figure
  eccn,                 // a classification under a named vintage of 3A090
  china_review_2026,    // named in (or within the parameters of) 91 FR 1684: TPP < 21,000 and
                        // total DRAM bandwidth < 6,500 GB/s
};

constexpr std::string_view key(claim_kind k) noexcept {
  switch (k) {
    case claim_kind::tpp:
      return "tpp"sv;
    case claim_kind::performance_density:
      return "performance_density"sv;
    case claim_kind::eccn:
      return "eccn"sv;
    case claim_kind::china_review_2026:
      return "china_review_2026"sv;
  }
  return ""sv;
}

struct published_claim {
  claim_kind kind{};
  rational value{};      // tpp / performance_density: the printed figure
  rational tolerance{};  // the printed rounding: the derivation must be within value ± tolerance
  accelspec::eccn eccn = accelspec::eccn::none;  // kind eccn: the printed classification
  std::string_view rule{};                       // kind eccn: key of the vintage it refers to
  std::string_view source{};                     // id into catalog::sources
  std::string_view printed{};                    // the claim in the source's terms
};

constexpr published_claim tpp_claim(rational value, rational tolerance, std::string_view source,
                                    std::string_view printed) noexcept {
  return {claim_kind::tpp, value, tolerance, accelspec::eccn::none, {}, source, printed};
}
constexpr published_claim density_claim(rational value, rational tolerance, std::string_view source,
                                        std::string_view printed) noexcept {
  return {claim_kind::performance_density, value, tolerance, accelspec::eccn::none, {}, source, printed};
}
constexpr published_claim eccn_claim(accelspec::eccn e, std::string_view rule_key, std::string_view source,
                                     std::string_view printed) noexcept {
  return {claim_kind::eccn, {}, {}, e, rule_key, source, printed};
}
constexpr published_claim china_review_2026_claim(std::string_view source, std::string_view printed) noexcept {
  return {claim_kind::china_review_2026, {}, {}, accelspec::eccn::none, {}, source, printed};
}

// Two sources that print different figures for one value: the entry uses one and records the
// other, so a reader sees the disagreement instead of a silent choice. Figures are kept as
// printed text ("13,500 TFLOPS dense FP4 per GPU"): they may be in different units or bases.
struct value_conflict {
  catalog::field field{};
  maybe<number_format> format{};    // field::compute: the rate in question
  std::string_view used{};          // the figure the entry stores
  std::string_view used_source{};   // id into catalog::sources
  std::string_view other{};         // the figure it does not store
  std::string_view other_source{};  // id into catalog::sources
  std::string_view why{};           // why the one used was chosen
};

// How much of the product is known. A product known by name only (a China-market part reported
// by its maker's filings or by the press, with no published rates) still has an identity, a
// vendor, a release and the policy facts that name it: assess() applies the notices that name it,
// while classify() stays undecided because no rate is known. Its rates are never invented.
enum class detail_level : std::uint8_t {
  specified,  // the spec's values come from sources (some may still be unknown)
  name_only,  // identity and policy facts only: no rate, die or memory figure was published
};

constexpr std::string_view key(detail_level d) noexcept {
  return d == detail_level::name_only ? "name_only"sv : "specified"sv;
}

struct entry {
  std::string_view id{};    // vendor-model[-form], lower case with hyphens; stable
  std::string_view name{};  // display name
  const accelerator* spec = nullptr;
  detail::fixed_list<std::string_view, 6> aliases{};  // matched case-insensitively, like the id
  std::string_view derived_from{};                    // id of the product this one was cut from
  detail::fixed_list<provenance, 14> sources{};
  detail::fixed_list<sparse_headline, 6> sparse{};
  detail::fixed_list<published_claim, 4> claims{};
  std::string_view note{};
  detail_level level = detail_level::specified;
  detail::fixed_list<value_conflict, 3> conflicts{};
  // When the product was announced and when it first shipped, where a source says; the spec's
  // `released` is the date the rules compare with (the earlier known of the two).
  maybe<std::chrono::year_month_day> announced{};
  maybe<std::chrono::year_month_day> first_shipped{};
  // Whether the product was commercially available in the United States on 2026-01-15, when the
  // January 2026 rule (91 FR 1684) was published: its case-by-case review covers only such
  // products; a product made for China only stays under a presumption of denial. unknown when no
  // source says.
  std::string_view released_note{};  // how the spec's release date is known (announcement, first shipment)
  truth us_available = truth::unknown;
  std::string_view us_available_source{};  // how it is known (a source, or the catalog's judgement)
  // The spec checked and measured once, when the entry is defined (an invalid spec is a compile
  // error there): classify(entry.checked(), ...) and eccn_of(entry.checked(), ...) start from this
  // measurement rather than run the pass again. Left to its default: it follows `spec`.
  checked_accelerator checked_spec = checked_of(spec);

  [[nodiscard]] constexpr const accelerator& chip() const { return *spec; }
  [[nodiscard]] constexpr const checked_accelerator& checked() const noexcept { return checked_spec; }

  // An entry without a spec is an error, not a null read.
  static constexpr checked_accelerator checked_of(const accelerator* spec) {
    if (spec == nullptr) ACCELSPEC_FAIL(invalid_argument, "accelspec: a catalog entry needs a spec");
    return checked_accelerator(*spec);
  }
};

}  // namespace accelspec::catalog

// ---- end accelspec/catalog/entry.hpp ----

namespace accelspec::catalog::amd {
using namespace ::accelspec::literals;

namespace dies {
// TSMC N7 and N6 (FinFET): non-planar.
inline constexpr die arcturus{
    .name = "Arcturus"sv, .area = 750_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N7"sv};
// AMD has not published the Aldebaran GCD area; about 790 mm² is Tom's Hardware's estimate from
// package photos (the 724 mm² once recorded here could not be traced to a source).
inline constexpr die aldebaran_gcd{
    .name = "Aldebaran GCD"sv, .area = 790_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N6"sv};
// MI300 chiplets (SemiAnalysis estimates): compute dies on N5, I/O base dies on N6, both FinFET.
// The I/O dies are logic dies for the rule (see docs/limitations.md).
inline constexpr die mi300_xcd{.name = "MI300 XCD"sv,
                               .area = 115_mm2,
                               .transistors = non_planar,
                               .count = 8,
                               .foundry = "TSMC"sv,
                               .process = "N5"sv};
inline constexpr die mi300a_xcd{.name = "MI300 XCD"sv,
                                .area = 115_mm2,
                                .transistors = non_planar,
                                .count = 6,
                                .foundry = "TSMC"sv,
                                .process = "N5"sv};
inline constexpr die mi300a_ccd{.name = "Zen 4 CCD"sv,
                                .area = 70.4_mm2,
                                .transistors = non_planar,
                                .count = 3,
                                .foundry = "TSMC"sv,
                                .process = "N5"sv};
inline constexpr die mi300_iod{.name = "MI300 IOD"sv,
                               .area = 370_mm2,
                               .transistors = non_planar,
                               .role = die_role::io,
                               .count = 4,
                               .foundry = "TSMC"sv,
                               .process = "N6"sv};
// MI355X: the XCD area was presented at ISSCC; the I/O die area is not public (unknown).
inline constexpr die mi355_xcd{.name = "MI355 XCD"sv,
                               .area = 110_mm2,
                               .transistors = non_planar,
                               .count = 8,
                               .foundry = "TSMC"sv,
                               .process = "N3P"sv};
inline constexpr die mi355_iod{.name = "MI355 IOD"sv,
                               .transistors = non_planar,
                               .role = die_role::io,
                               .count = 2,
                               .foundry = "TSMC"sv,
                               .process = "N6"sv};
}  // namespace dies

inline constexpr accelerator mi300x{
    .name = "AMD Instinct MI300X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 163.4_tflops), dense(fp32, 163.4_tflops), dense(tf32, 653.7_tflops),
                dense(fp16, 1307.4_tflops), dense(bf16, 1307.4_tflops), dense(fp8, 2614.9_tflops),
                dense(int8, 2614.9_tops)},
    .dies = {dies::mi300_xcd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 662.5_GBps,
               .capacity = 192_GB,
               .bandwidth = 5.3_TBps},
    .io_bandwidth = 896_GBps,
    .tdp = 750_W,
    .released = std::chrono::year{2023} / 12 / 6,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 128 GB/s)"sv, 896_GBps, link_direction::bidirectional}},
    .transistor_count = 153'000'000'000,
};
inline constexpr entry mi300x_entry{
    .id = "amd-mi300x"sv,
    .name = "AMD Instinct MI300X"sv,
    .spec = &mi300x,
    .aliases = {"mi300x"sv, "instinct-mi300x"sv},
    .sources = {secondary(field::transistor_count, "amd-mi300x-datasheet"sv,
                          "153 billion (AMD figure, quoted widely; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi300x-datasheet"sv,
                          "dense peaks (the sheet lists sparse separately)"sv),
                estimate(field::die_area, "semianalysis-mi300"sv,
                         "8 XCD x ~115 mm² (N5) + 4 IOD x ~370 mm² (N6); not published by AMD. A method choice: "sv
                         "the I/O dies are logic dies on a FinFET node, so they count (2,400 mm²); trackers that "sv
                         "count the XCDs only use about 1,017 mm² and get a density 2.4 times higher"sv),
                derived(field::memory_layout, "amd-mi300x-datasheet"sv,
                        "eight 24 GB HBM3 stacks; per-stack rate = 5.3 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi300x-datasheet"sv),
                datasheet(field::memory_bandwidth, "amd-mi300x-datasheet"sv),
                datasheet(field::io_bandwidth, "amd-mi300x-datasheet"sv, "Infinity Fabric, 7 links x 128 GB/s"sv),
                datasheet(field::tdp, "amd-mi300x-datasheet"sv), datasheet(field::market, "amd-mi300x-datasheet"sv)},
    .released_note = "launched at Advancing AI 2023 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi325x{
    .name = "AMD Instinct MI325X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = mi300x.compute,
    .dies = {dies::mi300_xcd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 32_GB,
               .stack_bandwidth = 750_GBps,
               .capacity = 256_GB,
               .bandwidth = 6_TBps},
    .io_bandwidth = 896_GBps,
    .tdp = 1000_W,
    .released = std::chrono::year{2024} / 10 / 10,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 128 GB/s)"sv, 896_GBps, link_direction::bidirectional}},
    .transistor_count = 153'000'000'000,
};
inline constexpr entry mi325x_entry{
    .id = "amd-mi325x"sv,
    .name = "AMD Instinct MI325X"sv,
    .spec = &mi325x,
    .aliases = {"mi325x"sv, "instinct-mi325x"sv},
    .sources = {secondary(field::transistor_count, "amd-mi325x-page"sv,
                          "153 billion, the MI300X silicon (AMD figure; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi325x-page"sv, "same CDNA 3 compute as MI300X"sv),
                estimate(field::die_area, "semianalysis-mi300"sv, "same silicon as MI300X"sv),
                derived(field::memory_layout, "amd-mi325x-page"sv,
                        "eight 32 GB HBM3e stacks; per-stack rate = 6 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi325x-page"sv),
                datasheet(field::memory_bandwidth, "amd-mi325x-page"sv),
                datasheet(field::io_bandwidth, "amd-mi325x-page"sv), datasheet(field::tdp, "amd-mi325x-page"sv),
                datasheet(field::market, "amd-mi325x-page"sv)},
    .claims = {tpp_claim(20919, 1, "amd-mi325x-page"sv,
                         "FP16 1,307.4 TFLOPS dense (x16 = 20,918.4); OCP-FP8 2,614.9 TFLOPS dense (x8 = 20,919.2)"sv),
               tpp_claim(
                   20800, 800, "tomshardware-2026"sv,
                   "TPP 20,800 (1,300 TFLOPS x 16: a figure rounded to the nearest 100 TFLOPS, so +/- 50 x 16)"sv),
               china_review_2026_claim("bis-2026"sv,
                                       "named with the NVIDIA H200 as within the case-by-case parameters"sv)},
    .released_note = "launched at Advancing AI 2024 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source =
        "named by BIS with the H200 as within the case-by-case parameters (press); sold through US OEMs"sv,
};

inline constexpr accelerator mi100{
    .name = "AMD Instinct MI100"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 11.5_tflops), dense(fp32, 46.1_tflops), dense(fp16, 184.6_tflops), dense(bf16, 92.3_tflops),
                dense(int8, 184.6_tops), dense(int4, 184.6_tops)},
    .dies = {dies::arcturus},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 4,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 307.2_GBps,
               .capacity = 32_GB,
               .bandwidth = 1228.8_GBps},
    .io_bandwidth = 276_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2020} / 11 / 16,
    .form_factor = form_factor::pcie,
    .transistor_count = 25'600'000'000,
};
inline constexpr entry mi100_entry{
    .id = "amd-mi100"sv,
    .name = "AMD Instinct MI100"sv,
    .spec = &mi100,
    .aliases = {"mi100"sv, "instinct-mi100"sv},
    .sources = {secondary(field::transistor_count, "amd-mi100-datasheet"sv,
                          "25.6 billion (AMD figure; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi100-datasheet"sv, "matrix peaks; FP32 is the matrix rate"sv),
                secondary(field::die_area, "techpowerup-gpudb"sv, "Arcturus, 750 mm², TSMC N7"sv),
                derived(field::memory_layout, "amd-mi100-datasheet"sv,
                        "four 8 GB HBM2 stacks at 2.4 Gbps (307.2 GB/s each)"sv),
                datasheet(field::memory_capacity, "amd-mi100-datasheet"sv),
                datasheet(field::memory_bandwidth, "amd-mi100-datasheet"sv, "1.2288 TB/s"sv),
                datasheet(field::io_bandwidth, "amd-mi100-datasheet"sv, "three Infinity Fabric links, 276 GB/s"sv),
                datasheet(field::tdp, "amd-mi100-datasheet"sv), datasheet(field::market, "amd-mi100-datasheet"sv)},
    .released_note = "announced 2020-11-16 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (end of life)"sv,
};

inline constexpr accelerator mi210{
    .name = "AMD Instinct MI210"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 45.3_tflops), dense(fp32, 45.3_tflops), dense(fp16, 181_tflops), dense(bf16, 181_tflops),
                dense(int8, 181_tops)},
    .dies = {dies::aldebaran_gcd},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 409.6_GBps,
               .capacity = 64_GB,
               .bandwidth = 1638.4_GBps},
    .io_bandwidth = 300_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2022} / 3 / 22,
    .form_factor = form_factor::pcie,
};
inline constexpr entry mi210_entry{
    .id = "amd-mi210"sv,
    .name = "AMD Instinct MI210"sv,
    .spec = &mi210,
    .aliases = {"mi210"sv, "instinct-mi210"sv},
    .sources = {datasheet(field::compute, "amd-mi200-specs"sv, "matrix peaks"sv),
                estimate(field::die_area, "tomshardware-mi250x-pictured"sv,
                         "one Aldebaran GCD, about 790 mm² (photo estimate; AMD does not publish it), TSMC N6"sv),
                derived(field::memory_layout, "anandtech-mi210"sv,
                        "four 16 GB HBM2e stacks at 3.2 Gbps (409.6 GB/s)"sv),
                datasheet(field::memory_capacity, "amd-mi200-specs"sv),
                datasheet(field::memory_bandwidth, "amd-mi200-specs"sv),
                datasheet(field::io_bandwidth, "amd-mi200-specs"sv, "Infinity Fabric links, 300 GB/s"sv),
                datasheet(field::tdp, "amd-mi200-specs"sv), datasheet(field::market, "amd-mi200-specs"sv)},
    .note = "FP64 matrix sets the TPP: 45.3 x 64 = 2,899.2 exceeds the FP16 figure (2,896)."sv,
    .released_note = "announced 2022-03-22 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi250x{
    .name = "AMD Instinct MI250X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 95.7_tflops), dense(fp32, 95.7_tflops), dense(fp16, 383_tflops), dense(bf16, 383_tflops),
                dense(int8, 383_tops)},
    .dies = {{.name = "Aldebaran GCD"sv,
              .area = 790_mm2,
              .transistors = non_planar,
              .count = 2,
              .foundry = "TSMC"sv,
              .process = "N6"sv}},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 409.6_GBps,
               .capacity = 128_GB,
               .bandwidth = 3276.8_GBps},
    .io_bandwidth = 800_GBps,
    .tdp = 560_W,
    .released = std::chrono::year{2021} / 11 / 8,
    .form_factor = form_factor::oam,
    .transistor_count = 58'200'000'000,
};
inline constexpr entry mi250x_entry{
    .id = "amd-mi250x"sv,
    .name = "AMD Instinct MI250X"sv,
    .spec = &mi250x,
    .aliases = {"mi250x"sv, "instinct-mi250x"sv},
    .sources = {secondary(field::transistor_count, "amd-mi200-specs"sv,
                          "58.2 billion (AMD figure; Hot Chips 34 reports quote 58 billion)"sv),
                datasheet(field::compute, "amd-mi200-specs"sv, "matrix peaks"sv),
                estimate(field::die_area, "tomshardware-mi250x-pictured"sv,
                         "two Aldebaran GCDs of about 790 mm² (photo estimate; AMD does not publish it)"sv),
                derived(field::memory_layout, "amd-mi200-specs"sv, "eight 16 GB HBM2e stacks at 3.2 Gbps"sv),
                datasheet(field::memory_capacity, "amd-mi200-specs"sv),
                datasheet(field::memory_bandwidth, "amd-mi200-specs"sv),
                datasheet(field::io_bandwidth, "amd-mi200-specs"sv, "eight Infinity Fabric links, 800 GB/s"sv),
                datasheet(field::tdp, "amd-mi200-specs"sv, "560 W liquid-cooled peak"sv),
                datasheet(field::market, "amd-mi200-specs"sv)},
    .released_note = "announced 2021-11-08 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi250{
    .name = "AMD Instinct MI250"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 90.5_tflops), dense(fp32, 90.5_tflops), dense(fp16, 362.1_tflops),
                dense(bf16, 362.1_tflops), dense(int8, 362.1_tops)},
    .dies = mi250x.dies,
    .memory = mi250x.memory,
    .io_bandwidth = 600_GBps,
    .tdp = 500_W,
    .released = std::chrono::year{2021} / 11 / 8,
    .form_factor = form_factor::oam,
    .transistor_count = 58'200'000'000,
};
inline constexpr entry mi250_entry{
    .id = "amd-mi250"sv,
    .name = "AMD Instinct MI250"sv,
    .spec = &mi250,
    .aliases = {"mi250"sv, "instinct-mi250"sv},
    .sources =
        {secondary(field::transistor_count, "amd-mi200-specs"sv,
                   "58.2 billion, the MI250X silicon (AMD figure; Hot Chips 34 reports quote 58 billion)"sv),
         datasheet(field::compute, "amd-mi200-specs"sv, "matrix peaks, 208 compute units"sv),
         estimate(field::die_area, "tomshardware-mi250x-pictured"sv,
                  "two Aldebaran GCDs of about 790 mm² (photo estimate; AMD does not publish it)"sv),
         derived(field::memory_layout, "amd-mi200-specs"sv, "as MI250X"sv),
         datasheet(field::memory_capacity, "amd-mi200-specs"sv),
         datasheet(field::memory_bandwidth, "amd-mi200-specs"sv),
         derived(
             field::io_bandwidth, "amd-mi200-specs"sv,
             "six Infinity Fabric links of 100 GB/s (the MI250X has eight); the PCIe 4.0 x16 host link not added"sv),
         datasheet(field::tdp, "amd-mi200-specs"sv), datasheet(field::market, "amd-mi200-specs"sv)},
    .note = "Infinity Fabric: six links of 100 GB/s (600 GB/s), at the 2022 text's I/O threshold."sv,
    .released_note = "announced 2021-11-08 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi300a{
    .name = "AMD Instinct MI300A"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 122.6_tflops), dense(fp32, 122.6_tflops), dense(tf32, 490.3_tflops),
                dense(fp16, 980.6_tflops), dense(bf16, 980.6_tflops), dense(fp8, 1961.2_tflops),
                dense(int8, 1961.2_tops)},
    .dies = {dies::mi300a_xcd, dies::mi300a_ccd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 662.5_GBps,
               .capacity = 128_GB,
               .bandwidth = 5.3_TBps},
    .tdp = 550_W,
    .released = std::chrono::year{2023} / 12 / 6,
    .transistor_count = 146'000'000'000,
};
inline constexpr entry mi300a_entry{
    .id = "amd-mi300a"sv,
    .name = "AMD Instinct MI300A"sv,
    .spec = &mi300a,
    .aliases = {"mi300a"sv, "instinct-mi300a"sv},
    .sources = {secondary(field::transistor_count, "amd-mi300a-datasheet"sv,
                          "146 billion (AMD figure; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi300a-datasheet"sv, "dense peaks"sv),
                estimate(field::die_area, "semianalysis-mi300"sv,
                         "6 XCD x ~115 + 3 CCD x ~70.4 + 4 IOD x ~370 mm²; not published by AMD"sv),
                derived(field::memory_layout, "amd-mi300a-datasheet"sv, "eight 16 GB HBM3 stacks; 5.3 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi300a-datasheet"sv, "unified with the CPU cores"sv),
                datasheet(field::memory_bandwidth, "amd-mi300a-datasheet"sv),
                datasheet(field::tdp, "amd-mi300a-datasheet"sv, "550 W typical, up to 760 W"sv),
                datasheet(field::market, "amd-mi300a-datasheet"sv)},
    .released_note = "launched at Advancing AI 2023 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (mainly in systems)"sv,
};

inline constexpr accelerator mi355x{
    .name = "AMD Instinct MI355X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 78.6_tflops), dense(fp16, 2516.6_tflops), dense(bf16, 2516.6_tflops),
                dense(fp8, 5033.2_tflops), dense(int8, 5033.2_tops), dense(fp6, 10066.3_tflops),
                dense(fp4, 10066.3_tflops)},
    .dies = {dies::mi355_xcd, dies::mi355_iod},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 36_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 288_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1075.2_GBps,
    .tdp = 1400_W,
    .released = std::chrono::year{2025} / 6 / 12,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 153.6 GB/s)"sv, 1075.2_GBps, link_direction::unknown}},
    .transistor_count = 185'000'000'000,
};
inline constexpr entry mi355x_entry{
    .id = "amd-mi355x"sv,
    .name = "AMD Instinct MI355X"sv,
    .spec = &mi355x,
    .aliases = {"mi355x"sv, "instinct-mi355x"sv},
    .sources = {secondary(field::transistor_count, "amd-cdna4-whitepaper"sv,
                          "185 billion, as AMD stated at launch (quoted by press)"sv),
                datasheet(field::compute, "amd-mi355x-page"sv, "dense peaks"sv),
                rate_source(fp6, value_kind::secondary, "amd-cdna4-whitepaper"sv,
                            "CDNA 4 runs MXFP6 at the MXFP4 rate (16,384 FLOP per CU per clock): 10,066.3 TFLOPS "sv
                            "dense, so FP6 sets the TPP; AMD's figures seen in secondary copies"sv),
                secondary(field::die_area, "isscc-mi355x"sv, "XCD 110 mm² each (N3P); I/O die area not published"sv),
                derived(field::memory_layout, "amd-mi355x-page"sv, "eight 36 GB HBM3e stacks; 8 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi355x-page"sv),
                datasheet(field::memory_bandwidth, "amd-mi355x-page"sv),
                derived(field::io_bandwidth, "amd-mi355x-page"sv, "seven Infinity Fabric links x 153.6 GB/s"sv),
                datasheet(field::tdp, "amd-mi355x-page"sv), datasheet(field::market, "amd-mi355x-page"sv)},
    .note = "Density unknown (I/O die area unpublished); TPP alone places it in 3A090.a.1."sv,
    .released_note = "launched at Advancing AI 2025 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// The MI350X: the MI355X's silicon (same dies, 185 billion transistors) at a lower clock and power,
// air-cooled. AMD's own MI350X page was not found in the sources read: the rates are the MI355X's
// per-CU rates scaled by the clock (2.2 / 2.4 GHz), so they are estimates, and match AMD's rounded
// "2.3 PF" FP16 and the 18.45 PFLOPS sparse FP4/FP6 quoted by press.
inline constexpr accelerator mi350x{
    .name = "AMD Instinct MI350X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 72.05_tflops), dense(fp16, 2306.9_tflops), dense(bf16, 2306.9_tflops),
                dense(fp8, 4613.7_tflops), dense(int8, 4613.7_tops), dense(fp6, 9227.5_tflops),
                dense(fp4, 9227.5_tflops)},
    .dies = {dies::mi355_xcd, dies::mi355_iod},
    .memory = mi355x.memory,
    .io_bandwidth = 1075.2_GBps,
    .tdp = 1000_W,
    .released = std::chrono::year{2025} / 6 / 12,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 153.6 GB/s)"sv, 1075.2_GBps, link_direction::unknown},
              .host = {"PCIe 5.0 x16"sv, 64_GBps, link_direction::per_direction}},
    .transistor_count = 185'000'000'000,
};
inline constexpr entry mi350x_entry{
    .id = "amd-mi350x"sv,
    .name = "AMD Instinct MI350X"sv,
    .spec = &mi350x,
    .aliases = {"mi350x"sv, "instinct-mi350x"sv},
    .derived_from = "amd-mi355x"sv,
    .sources = {estimate(field::compute, "tomshardware-mi355x"sv,
                         "the MI355X's dense per-CU rates (256 CUs) scaled by the clock, 2.2 / 2.4 GHz: FP16 "sv
                         "2,306.9, FP8 and INT8 4,613.7, MXFP6 and MXFP4 9,227.5 (press: 18.45 PFLOPS with "sv
                         "sparsity), FP64 72.05; no TF32"sv),
                secondary(field::die_area, "techpowerup-mi350-silicon"sv,
                          "8 XCDs on TSMC N3P (110 mm² each, ISSCC) on 2 I/O dies on TSMC N6 (area not published)"sv),
                secondary(field::transistor_count, "techpowerup-mi350-silicon"sv, "185 billion, as the MI355X"sv),
                estimate(field::memory_layout, "tomshardware-mi355x"sv, "288 GB HBM3e read as eight 36 GB stacks"sv),
                secondary(field::memory_capacity, "theregister-mi355x"sv, "288 GB"sv),
                secondary(field::memory_bandwidth, "theregister-mi355x"sv, "8 TB/s"sv),
                secondary(field::io_bandwidth, "techpowerup-mi350-silicon"sv,
                          "seven Infinity Fabric links of 153.6 GB/s (direction not stated: a lower bound)"sv),
                secondary(field::links, "techpowerup-mi350-silicon"sv, "Infinity Fabric; PCIe 5.0 x16 host link"sv),
                secondary(field::tdp, "tomshardware-mi355x"sv, "1,000 W (MI355X: 1,400 W)"sv),
                secondary(field::market, "theregister-mi355x"sv),
                secondary(field::form_factor, "tomshardware-mi355x"sv, "OAM, air-cooled"sv),
                secondary(field::dates, "theregister-mi355x"sv, "launched at Advancing AI, 2025-06-12"sv)},
    .note =
        "MXFP6 runs at the MXFP4 rate and sets the TPP (9,227.5 x 6 = 55,365) if an MX format counts at its "sv
        "element bit length; no source discusses the shared 8-bit scale (docs/limitations.md)."sv,
    .announced = std::chrono::year{2025} / 6 / 12,
    .released_note = "launched at Advancing AI 2025 (secondary); shipping from the third quarter of 2025"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// The MI308X: a cut-down MI300-series part for China. AMD has published no figure for it; the April
// 2025 is-informed letter that requires a license for it to China is modelled in policy/measures.hpp
// (mi308-notice-2025), which matches this entry by vendor and name.
inline constexpr accelerator mi308x{
    .name = "AMD Instinct MI308X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .released = std::chrono::year{2025} / 4 / 16,
};
inline constexpr entry mi308x_entry{
    .id = "amd-mi308x"sv,
    .name = "AMD Instinct MI308X (China)"sv,
    .spec = &mi308x,
    .aliases = {"mi308"sv, "mi308x"sv},
    .sources = {secondary(field::identity, "theoutpost-mi308"sv,
                          "AMD's filing of April 2025: a license is required to export the MI308 to China; about "sv
                          "US$800 million in charges"sv),
                secondary(field::market, "theoutpost-mi308"sv, "datacenter accelerator"sv)},
    .note =
        "Known by name only: AMD published no rate, die or memory figure, so TPP, density and the "sv
        "classification are unknown; the April 2025 notice names it all the same."sv,
    .level = detail_level::name_only,
    .released_note = "on the market by 2024 (reported; no day): the date recorded is that of AMD's filing naming it"sv,
    .us_available = truth::no,
    .us_available_source = "made for China only"sv,
};

}  // namespace accelspec::catalog::amd

// ---- end accelspec/catalog/amd.hpp ----

// (inlined: aws.hpp)
// ---- begin accelspec/catalog/aws.hpp ----
// AWS's Trainium and Inferentia chips, from the AWS Neuron documentation (which prints dense and
// sparse rates on separate lines). Cloud-only parts: no die areas are published.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::aws {
using namespace ::accelspec::literals;

inline constexpr accelerator trainium2{
    .name = "AWS Trainium2"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // AWS prints one 667 TFLOPS figure for BF16, FP16 and TF32: with TF32 read as a 32-bit
    // operation (the library's default) TF32 sets the TPP; see docs/limitations.md.
    .compute = {dense(fp32, 181_tflops), dense(tf32, 667_tflops), dense(fp16, 667_tflops), dense(bf16, 667_tflops),
                dense(fp8, 1299_tflops)},
    .dies = {{.name = "Trainium2 compute die"sv, .transistors = transistor_architecture::unknown, .count = 2}},
    // 96 GiB, not GB: AWS states binary capacity.
    .memory = {.technology = memory_technology::hbm,
               .stacks = 4,
               .stack_capacity = 24_GiB,
               .stack_bandwidth = 725_GBps,
               .capacity = 96_GiB,
               .bandwidth = 2.9_TBps},
    .io_bandwidth = 1280_GBps,
    .released = std::chrono::year{2023} / 11 / 28,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"NeuronLink"sv, 1280_GBps, link_direction::unknown}},
};
inline constexpr entry trainium2_entry{
    .id = "aws-trainium2"sv,
    .name = "AWS Trainium2"sv,
    .spec = &trainium2,
    .aliases = {"trainium2"sv, "trn2"sv},
    .sources = {datasheet(field::compute, "aws-trainium2"sv),
                secondary(field::die_area, "epoch-chips"sv, "two compute dies; areas and process not published"sv),
                derived(field::memory_layout, "aws-trainium2"sv, "four HBM stacks of 24 GiB; 2.9 TB/s / 4"sv),
                datasheet(field::memory_capacity, "aws-trainium2"sv, "96 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-trainium2"sv),
                datasheet(field::io_bandwidth, "aws-trainium3"sv,
                          "NeuronLink inter-chip interconnect 1,280 GB/s per chip (Trainium3 page's comparison); "sv
                          "direction not stated, so a lower bound of the bidirectional rate"sv),
                datasheet(field::market, "aws-trainium2"sv, "cloud datacenter part"sv)},
    .released_note = "announced at re:Invent 2023 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

// Trainium3: AWS prints one rate for BF16, FP16 and TF32 (671 TFLOPS). With TF32 read as a 32-bit
// operation, TPP is 21,472, above the January 2026 rule's 21,000; read as 19 bits it is 12,749 and
// MXFP8 sets TPP at 20,136, below. The policy layer evaluates both readings (tf32_readings).
inline constexpr accelerator trainium3{
    .name = "AWS Trainium3"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 183_tflops), dense(tf32, 671_tflops), dense(fp16, 671_tflops), dense(bf16, 671_tflops),
                dense(fp8, 2517_tflops), dense(fp4, 2517_tflops)},
    .dies = {{.name = "Trainium3 die"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "3 nm"sv}},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 4,
               .stack_capacity = 36_GiB,
               .capacity = 144_GiB,
               .bandwidth = 4.9_TBps},
    .io_bandwidth = 2560_GBps,
    .released = std::chrono::year{2025} / 12 / 2,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"NeuronLink-v4"sv, 2560_GBps, link_direction::unknown}},
};
inline constexpr entry trainium3_entry{
    .id = "aws-trainium3"sv,
    .name = "AWS Trainium3"sv,
    .spec = &trainium3,
    .aliases = {"trainium3"sv, "trn3"sv},
    .derived_from = "aws-trainium2"sv,
    .sources = {datasheet(field::compute, "aws-trainium3"sv,
                          "2,517 MXFP8/MXFP4 TFLOPS; 671 BF16/FP16/TF32 TFLOPS; 183 FP32 TFLOPS (sparse rates "sv
                          "printed apart)"sv),
                secondary(field::process, "aiwire-trainium3"sv,
                          "built by TSMC on a 3 nm process; die count and area not published (one die listed to "sv
                          "carry the process)"sv),
                datasheet(field::memory_layout, "aws-trainium3-nki"sv, "four HBM stacks (HBM3e per press)"sv),
                datasheet(field::memory_capacity, "aws-trainium3"sv, "144 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-trainium3"sv, "4.9 TB/s"sv),
                datasheet(field::io_bandwidth, "aws-trainium3"sv,
                          "NeuronLink-v4 2.56 TB/s per device; direction not stated, so a lower bound of the "sv
                          "bidirectional rate"sv),
                datasheet(field::market, "aws-trainium3"sv, "cloud datacenter part"sv),
                secondary(field::dates, "thelettertwo-trainium3"sv,
                          "previewed at re:Invent 2024; Trn3 UltraServers generally available 2025-12-02"sv)},
    .note =
        "MXFP8 and MXFP4 recorded at their element bit lengths (8 and 4); no source discusses the shared "sv
        "scale (docs/limitations.md)."sv,
    .conflicts = {{.field = field::memory_bandwidth,
                   .used = "4.9 TB/s"sv,
                   .used_source = "aws-trainium3"sv,
                   .other = "4.7 TB/s"sv,
                   .other_source = "aws-trainium3-nki"sv,
                   .why = "the architecture page's headline and table agree on 4.9"sv}},
    .first_shipped = std::chrono::year{2025} / 12 / 2,
    .released_note = "generally available 2025-12-02 (secondary); previewed in December 2024 (day not read)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

// Trainium (first generation, Trn1) and Inferentia2 share the NeuronCore-v2 and AWS prints the
// same figures for both. TF32 runs at the 16-bit rate: read as 32 bits it sets TPP at 6,080.
inline constexpr accelerator trainium1{
    .name = "AWS Trainium"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 47.5_tflops), dense(tf32, 190_tflops), dense(fp16, 190_tflops), dense(bf16, 190_tflops),
                dense(fp8, 190_tflops), dense(int8, 380_tops)},
    .memory = {.technology = memory_technology::hbm, .capacity = 32_GiB, .bandwidth = 820_GiBps},
    .released = std::chrono::year{2020} / 12 / 1,
    .form_factor = form_factor::board,
};
inline constexpr entry trainium1_entry{
    .id = "aws-trainium1"sv,
    .name = "AWS Trainium (first generation)"sv,
    .spec = &trainium1,
    .aliases = {"trainium1"sv, "trn1"sv, "trainium"sv},
    .sources = {datasheet(field::compute, "aws-trainium"sv,
                          "380 INT8 TOPS; 190 FP16/BF16/cFP8/TF32 TFLOPS; 47.5 FP32 TFLOPS"sv),
                datasheet(field::memory_layout, "aws-trainium"sv, "HBM; generation and stacks not stated"sv),
                datasheet(field::memory_capacity, "aws-trainium"sv, "32 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-trainium"sv, "820 GiB/s"sv),
                datasheet(field::market, "aws-trainium"sv, "cloud datacenter part"sv)},
    .note = "NeuronLink-v2 has no published bandwidth: the 2022 text's I/O prong is undecided."sv,
    .conflicts = {{.field = field::compute,
                   .format = int8,
                   .used = "380 INT8 TOPS"sv,
                   .used_source = "aws-trainium"sv,
                   .other = "420 INT8 TOPS"sv,
                   .other_source = "aws-trainium-2023"sv,
                   .why = "the current page; INT8 does not set the TPP"sv}},
    .released_note =
        "announced at re:Invent 2020 (December; day not known: the first recorded); Trn1 "sv
        "instances from October 2022 (unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator inferentia2{
    .name = "AWS Inferentia2"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = trainium1.compute,
    .memory = trainium1.memory,
    .io_bandwidth = 192_GiBps,
    .released = std::chrono::year{2022} / 11 / 30,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"NeuronLink-v2"sv, 192_GiBps, link_direction::unknown}},
};
inline constexpr entry inferentia2_entry{
    .id = "aws-inferentia2"sv,
    .name = "AWS Inferentia2"sv,
    .spec = &inferentia2,
    .aliases = {"inferentia2"sv, "inf2"sv},
    .sources = {datasheet(field::compute, "aws-inferentia2"sv,
                          "380 INT8 TOPS; 190 FP16/BF16/cFP8/TF32 TFLOPS; 47.5 FP32 TFLOPS"sv),
                datasheet(field::memory_layout, "aws-inferentia2"sv, "HBM; generation and stacks not stated"sv),
                datasheet(field::memory_capacity, "aws-inferentia2"sv, "32 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-inferentia2"sv, "820 GiB/s"sv),
                datasheet(field::io_bandwidth, "aws-inferentia2"sv,
                          "NeuronLink-v2 192 GiB/s per chip; direction not stated, but even doubled (412 GB/s) it is "sv
                          "below the 2022 text's 600 GB/s"sv),
                datasheet(field::market, "aws-inferentia2"sv, "cloud datacenter part"sv)},
    .released_note = "Inf2 previewed at re:Invent 2022 on 2022-11-30 (secondary, weak)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};
}  // namespace accelspec::catalog::aws

// ---- end accelspec/catalog/aws.hpp ----

// (inlined: biren.hpp)
// ---- begin accelspec/catalog/biren.hpp ----
// Biren Technology (Shanghai). Figures from the Hot Chips 34 talk as reported by press.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::biren {
using namespace ::accelspec::literals;

inline constexpr accelerator br100{
    .name = "Biren BR100"sv,
    .vendor = "Biren"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    // Biren's "TF32+" (512 TFLOPS) is its own format and is not recorded as TF32.
    .compute = {dense(fp32, 256_tflops), dense(bf16, 1024_tflops), dense(int8, 2048_tops)},
    .dies = {{.name = "BR100 compute tile"sv,
              .area = 537_mm2,
              .transistors = non_planar,
              .count = 2,
              .foundry = "TSMC"sv,
              .process = "N7"sv}},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 410_GBps,
               .capacity = 64_GB,
               .bandwidth = 1.64_TBps},
    .io_bandwidth = 512_GBps,
    .tdp = 550_W,
    .released = std::chrono::year{2022} / 8 / 9,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"BLink (8 x 64 GB/s)"sv, 512_GBps, link_direction::bidirectional},
              .host = {"PCIe 5.0 x16 with CXL"sv, 64_GBps, link_direction::per_direction}},
    .transistor_count = 77'000'000'000,
};
inline constexpr entry br100_entry{
    .id = "biren-br100"sv,
    .name = "Biren BR100"sv,
    .spec = &br100,
    .aliases = {"br100"sv},
    .sources = {secondary(field::compute, "tomshardware-br100"sv,
                          "FP32 256, BF16 1,024 TFLOPS, INT8 2,048 TOPS; not marked as with sparsity"sv),
                secondary(field::die_area, "chipsandcheese-br100"sv,
                          "two compute tiles, 1,074 mm² in total, TSMC N7 (one report heard 477 mm² per tile)"sv),
                secondary(field::transistor_count, "tomshardware-br100"sv, "77 billion"sv),
                derived(field::memory_layout, "tomshardware-br100"sv,
                        "four HBM2e stacks; 64 GB / 4 and 1.64 TB/s / 4"sv),
                secondary(field::memory_capacity, "tomshardware-br100"sv),
                secondary(field::memory_bandwidth, "tomshardware-br100"sv, "1.64 TB/s"sv),
                secondary(field::io_bandwidth, "chipsandcheese-br100"sv,
                          "eight BLink ports of 64 GB/s bidirectional"sv),
                secondary(field::links, "chipsandcheese-br100"sv, "BLink; PCIe 5.0 x16 with CXL"sv),
                secondary(field::tdp, "tomshardware-br100"sv, "550 W"sv),
                secondary(field::market, "tomshardware-br100"sv, "datacenter OAM module"sv),
                secondary(field::dates, "tomshardware-br100"sv, "unveiled 2022-08-09"sv)},
    .note =
        "TPP 16,384 and density 15.25: 3A090.a. With BLink at 512 GB/s it falls below the 2022 text's 600 GB/s "sv
        "I/O prong; with the 2.3 TB/s another report prints it would not."sv,
    .conflicts = {{.field = field::io_bandwidth,
                   .used = "512 GB/s (8 BLink ports x 64 GB/s)"sv,
                   .used_source = "chipsandcheese-br100"sv,
                   .other = "2.3 TB/s in total over eight BLink lanes"sv,
                   .other_source = "tomshardware-br100"sv,
                   .why = "the Hot Chips talk's per-port figure"sv}},
    .announced = std::chrono::year{2022} / 8 / 9,
    .released_note = "unveiled 2022-08-09 (secondary); a paper launch"sv,
    .us_available = truth::no,
    .us_available_source = "Chinese vendor on the Entity List since 2023-10 (judgement)"sv,
};

}  // namespace accelspec::catalog::biren

// ---- end accelspec/catalog/biren.hpp ----

// (inlined: entry.hpp)
// (inlined: google.hpp)
// ---- begin accelspec/catalog/google.hpp ----
// Google's TPUs. Google sells them as a cloud service, not as items, and publishes per-chip rates,
// memory and interconnect on its Cloud TPU pages but no die areas: those stay unknown, and the
// density clauses with them.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::google {
using namespace ::accelspec::literals;

inline constexpr accelerator tpu_v4{
    .name = "Google TPU v4"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 275_tflops), dense(int8, 275_tops)},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 4,
               .stack_capacity = 8_GiB,
               .stack_bandwidth = 300_GBps,
               .capacity = 32_GiB,
               .bandwidth = 1200_GBps},
    .released = std::chrono::year{2021} / 5 / 18,
    .form_factor = form_factor::board,
};
inline constexpr entry tpu_v4_entry{
    .id = "google-tpu-v4"sv,
    .name = "Google TPU v4"sv,
    .spec = &tpu_v4,
    .aliases = {"tpu-v4"sv, "tpuv4"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v4"sv),
                estimate(field::memory_layout, "gcp-tpu-v4"sv, "32 GiB HBM2 read as four 8 GiB stacks"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v4"sv, "32 GiB (34.36 GB): Google prints GiB"sv),
                datasheet(field::memory_bandwidth, "gcp-tpu-v4"sv),
                datasheet(field::market, "gcp-tpu-v4"sv, "cloud datacenter part"sv)},
    .note = "Die area not published: TPP 4,400 leaves 3A090.a.2 (density) undecided."sv,
    .released_note = "announced at Google I/O 2021 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu_v5e{
    .name = "Google TPU v5e"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 197_tflops), dense(int8, 393_tops)},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 2,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 409.5_GBps,
               .capacity = 16_GB,
               .bandwidth = 819_GBps},
    .io_bandwidth = 400_GBps,
    .released = std::chrono::year{2023} / 8 / 29,
    .form_factor = form_factor::board,
};
inline constexpr entry tpu_v5e_entry{
    .id = "google-tpu-v5e"sv,
    .name = "Google TPU v5e"sv,
    .spec = &tpu_v5e,
    .aliases = {"tpu-v5e"sv, "tpuv5e"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v5e"sv, "197 TFLOPS BF16 and 393 TOPS INT8 per chip"sv),
                estimate(field::memory_layout, "gcp-tpu-v5e"sv, "16 GB HBM2 read as two 8 GB stacks"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v5e"sv), datasheet(field::memory_bandwidth, "gcp-tpu-v5e"sv),
                datasheet(field::io_bandwidth, "gcp-tpu-v5e"sv, "inter-chip interconnect, bidirectional"sv),
                datasheet(field::market, "gcp-tpu-v5e"sv, "cloud datacenter part"sv)},
    .conflicts = {{.field = field::compute,
                   .format = int8,
                   .used = "393 TOPS INT8 per chip"sv,
                   .used_source = "gcp-tpu-v5e"sv,
                   .other = "394 TOPS (3.94e14) INT8 per chip"sv,
                   .other_source = "jax-tpu-info"sv,
                   .why = "the Cloud TPU page's figure; BF16 sets the TPP either way"sv}},
    .released_note = "announced at Cloud Next 2023 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu_v5p{
    .name = "Google TPU v5p"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 459_tflops), dense(int8, 918_tops)},
    .memory = {.technology = memory_technology::hbm2e, .capacity = 95_GiB, .bandwidth = 2765_GBps},
    .io_bandwidth = 1200_GBps,
    .released = std::chrono::year{2023} / 12 / 6,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"ICI"sv, 1200_GBps, link_direction::bidirectional},
              .scale_out = {"DCN"sv, 50_Gbps, link_direction::unknown}},
};
inline constexpr entry tpu_v5p_entry{
    .id = "google-tpu-v5p"sv,
    .name = "Google TPU v5p"sv,
    .spec = &tpu_v5p,
    .aliases = {"tpu-v5p"sv, "tpuv5p"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v5p"sv), datasheet(field::memory_layout, "gcp-tpu-v5p"sv, "HBM2e"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v5p"sv, "95 GiB (102.0 GB): the table prints GiB"sv),
                datasheet(field::memory_bandwidth, "gcp-tpu-v5p"sv, "2,765 GB/s per chip"sv),
                datasheet(field::io_bandwidth, "gcp-tpu-v5p"sv,
                          "bidirectional ICI bandwidth per chip 1,200 GB/s (the older page's 4,800 Gbps is one "sv
                          "direction)"sv),
                datasheet(field::links, "gcp-tpu-v5p"sv, "ICI 1,200 GB/s bidirectional; DCN 50 Gbps per chip"sv),
                datasheet(field::market, "gcp-tpu-v5p"sv, "cloud datacenter part"sv)},
    .released_note = "announced 2023-12-06 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu_v6e{
    .name = "Google TPU v6e (Trillium)"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 918_tflops), dense(int8, 1836_tops)},
    .memory = {.technology = memory_technology::hbm, .capacity = 32_GB, .bandwidth = 1638_GBps},
    .io_bandwidth = 800_GBps,
    .released = std::chrono::year{2024} / 5 / 14,
    .form_factor = form_factor::board,
};
inline constexpr entry tpu_v6e_entry{
    .id = "google-tpu-v6e"sv,
    .name = "Google TPU v6e (Trillium)"sv,
    .spec = &tpu_v6e,
    .aliases = {"tpu-v6e"sv, "trillium"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v6e"sv),
                datasheet(field::memory_layout, "gcp-tpu-v6e"sv, "HBM; generation not stated"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v6e"sv), datasheet(field::memory_bandwidth, "gcp-tpu-v6e"sv),
                datasheet(field::io_bandwidth, "gcp-tpu-v6e"sv, "inter-chip interconnect, bidirectional"sv),
                datasheet(field::market, "gcp-tpu-v6e"sv, "cloud datacenter part"sv)},
    .released_note = "announced at Google I/O 2024 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu7x{
    .name = "Google TPU7x (Ironwood)"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 2307_tflops), dense(fp8, 4614_tflops)},
    // Two compute dies per package (Hot Chips 2025 reports); area and process not published.
    .dies = {{.name = "Ironwood compute die"sv, .count = 2}},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GiB,
               .capacity = 192_GiB,
               .bandwidth = 7.4_TBps},
    .io_bandwidth = 1200_GBps,
    .released = std::chrono::year{2025} / 4 / 9,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"ICI"sv, 1200_GBps, link_direction::bidirectional}},
};
inline constexpr entry tpu7x_entry{
    .id = "google-tpu7x"sv,
    .name = "Google TPU7x (Ironwood)"sv,
    .spec = &tpu7x,
    .aliases = {"tpu7x"sv, "ironwood"sv, "tpu-v7"sv, "tpu-7x"sv},
    .sources = {datasheet(field::compute, "gcp-tpu7x"sv,
                          "peak per chip: 2,307 TFLOPS BF16, 4,614 TFLOPS FP8; Google does not say dense, and TPUs "sv
                          "advertise no sparsity mode (read as dense)"sv),
                secondary(field::die_area, "pakinomist-ironwood"sv,
                          "dual-die package; area and process not published"sv),
                secondary(field::memory_layout, "pakinomist-ironwood"sv, "HBM3e, eight stacks (192 GiB / 8)"sv),
                datasheet(field::memory_capacity, "gcp-tpu7x"sv, "192 GiB per chip (Google prints GiB)"sv),
                datasheet(field::memory_bandwidth, "jax-tpu-info"sv,
                          "7.40e12 B/s per chip in Google's JAX hardware table"sv),
                secondary(field::io_bandwidth, "pakinomist-ironwood"sv,
                          "1.2 TB/s ICI per chip, bidirectional as Google counts it for v5p"sv),
                secondary(field::links, "pakinomist-ironwood"sv, "ICI 1.2 TB/s; DCN through the host's NICs"sv),
                datasheet(field::market, "gcp-tpu7x"sv, "cloud datacenter part"sv),
                secondary(field::dates, "siliconangle-ironwood"sv,
                          "announced at Cloud Next 2025 on 2025-04-09; general availability announced 2025-11-06"sv)},
    .note =
        "TPP 36,912 (FP8): above 21,000, outside the January 2026 review parameters; density unknown. "sv
        "Google's JAX table lists no INT8 rate for it."sv,
    .conflicts = {{.field = field::memory_bandwidth,
                   .used = "7.40 TB/s"sv,
                   .used_source = "jax-tpu-info"sv,
                   .other = "7.3 TB/s"sv,
                   .other_source = "pakinomist-ironwood"sv,
                   .why = "a Google-authored figure preferred to reports of a talk"sv}},
    .announced = std::chrono::year{2025} / 4 / 9,
    .first_shipped = std::chrono::year{2025} / 11 / 6,
    .released_note =
        "announced at Google Cloud Next 2025 (secondary); general availability reported 2025-11-06 "sv
        "(one report says 2026-03-31)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};
}  // namespace accelspec::catalog::google

// ---- end accelspec/catalog/google.hpp ----

// (inlined: groq.hpp)
// ---- begin accelspec/catalog/groq.hpp ----
// Groq's LPU (first-generation Tensor Streaming Processor): a single 14 nm die with on-chip SRAM and
// no external memory.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::groq {
using namespace ::accelspec::literals;

inline constexpr accelerator lpu_v1{
    .name = "Groq LPU v1 (GroqChip)"sv,
    .vendor = "Groq"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 188_tflops), dense(int8, 750_tops)},
    .dies = {{.name = "GroqChip 1"sv,
              .area = 725_mm2,
              .transistors = non_planar,
              .foundry = "GlobalFoundries"sv,
              .process = "14 nm"sv}},
    .memory = {.technology = memory_technology::sram, .capacity = 230_MB, .bandwidth = 80'000_GBps},
    .released = std::chrono::year{2020} / 1 / 25,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 32_GBps, link_direction::per_direction}},
};
inline constexpr entry lpu_v1_entry{
    .id = "groq-lpu-v1"sv,
    .name = "Groq LPU v1"sv,
    .spec = &lpu_v1,
    .aliases = {"groq-lpu"sv, "groqchip"sv, "groq-tsp"sv},
    .sources = {secondary(field::compute, "techpowerup-groq"sv,
                          "INT8 750 TOPS, FP16 188 TFLOPS at the 900 MHz nominal clock; no sparsity mode"sv),
                datasheet(field::die_area, "groq-isca-2020"sv, "25 mm x 29 mm, 14 nm, one die"sv),
                secondary(field::process, "aiwiki-groq"sv, "GlobalFoundries 14 nm"sv),
                secondary(field::memory_layout, "techpowerup-groq"sv, "on-chip SRAM only"sv),
                secondary(field::memory_capacity, "techpowerup-groq"sv, "230 MB"sv),
                secondary(field::memory_bandwidth, "techpowerup-groq"sv, "80 TB/s"sv),
                secondary(field::links, "techpowerup-groq"sv,
                          "GroqCard on PCIe 4.0 x16; chip-to-chip links not stated"sv),
                secondary(field::market, "techspot-groq"sv, "datacenter card, now GroqCloud"sv),
                secondary(field::dates, "techspot-groq"sv, "card launched January 2020"sv)},
    .note = "Chip-to-chip link rates not published: the 2022 text's I/O prong is undecided."sv,
    .released_note = "card launch reported January 2020 (secondary; a copy dated 2020-01-25)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold by a US company (cards, then GroqCloud)"sv,
};

}  // namespace accelspec::catalog::groq

// ---- end accelspec/catalog/groq.hpp ----

// (inlined: huawei.hpp)
// ---- begin accelspec/catalog/huawei.hpp ----
// Huawei Ascend accelerators. Made in the PRC and not exported from the US; listed because
// analysts compare them with the parts the rules are written against. Huawei publishes few
// figures: most values here are secondary or estimates and say so.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::huawei {
using namespace ::accelspec::literals;

namespace dies {
// SMIC N+1/N+2 are 7 nm-class FinFET processes: non-planar. Area from a die-shot measurement
// (21.32 mm x 31.22 mm).
inline constexpr die ascend_910b{
    .name = "Ascend 910B"sv, .area = 665.61_mm2, .transistors = non_planar, .foundry = "SMIC"sv, .process = "N+1"sv};
// The 910C package: two 910B-class compute dies (an estimate; one report says a single die).
inline constexpr die ascend_910c{
    .name = "Ascend 910C compute die"sv, .area = 665.61_mm2, .transistors = non_planar, .count = 2};
}  // namespace dies

inline constexpr accelerator ascend_910b{
    .name = "Huawei Ascend 910B"sv,
    .vendor = "Huawei"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 320_tflops), dense(int8, 640_tops)},
    .dies = {dies::ascend_910b},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 64_GB,
               .bandwidth = 1.6_TBps},
    .io_bandwidth = 392_GBps,
    .tdp = 400_W,
    .released = std::chrono::year{2023} / 1 / 1,
};
inline constexpr entry ascend_910b_entry{
    .id = "huawei-ascend-910b"sv,
    .name = "Huawei Ascend 910B"sv,
    .spec = &ascend_910b,
    .aliases = {"ascend-910b"sv, "910b"sv},
    .sources = {secondary(field::compute, "borimooc-910b"sv,
                          "unconfirmed: a blog's FP16 320 / INT8 640 with no bin named; CSET's text does not show "sv
                          "them; see the conflict with Epoch's per-bin figures"sv),
                secondary(field::die_area, "kurnal-910b"sv, "die-shot measurement 21.32 mm x 31.22 mm"sv),
                derived(field::memory_layout, "cset-ascend"sv,
                        "four 16 GB HBM2e stacks; per-stack rate = 1.6 TB/s / 4"sv),
                secondary(field::memory_capacity, "cset-ascend"sv), secondary(field::memory_bandwidth, "cset-ascend"sv),
                secondary(field::io_bandwidth, "cset-ascend"sv, "HCCS; may be a system-level figure"sv),
                secondary(field::tdp, "cset-ascend"sv), secondary(field::market, "cset-ascend"sv)},
    .conflicts = {{.field = field::compute,
                   .format = fp16,
                   .used = "320 TFLOPS FP16, 640 TOPS INT8 (910B, bin not named)"sv,
                   .used_source = "borimooc-910b"sv,
                   .other = "per bin: 910B1 400, 910B2 376, 910B3 313, 910B4 280 TFLOPS FP16"sv,
                   .other_source = "epoch-chips"sv,
                   .why = "the generic 910B figure; the 910B4's 280 x 16 = 4,480 would fall below TPP 4,800, so "sv
                          "the bin can change the classification"sv}},
    .released_note = "volume from 2023 (CSET; day not known)"sv,
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States"sv,
};

inline constexpr accelerator ascend_910c{
    .name = "Huawei Ascend 910C"sv,
    .vendor = "Huawei"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    // Both 16-bit rates from one source (the CloudMatrix384 paper): 752 TFLOPS dense per package.
    .compute = {dense(fp16, 752_tflops), dense(bf16, 752_tflops)},
    .dies = {dies::ascend_910c},
    // HBM generation not published: "hbm" only.
    .memory = {.technology = memory_technology::hbm,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 128_GB,
               .bandwidth = 3.2_TBps},
    .io_bandwidth = 784_GBps,
    .released = std::chrono::year{2025} / 4 / 1,
};
inline constexpr entry ascend_910c_entry{
    .id = "huawei-ascend-910c"sv,
    .name = "Huawei Ascend 910C"sv,
    .spec = &ascend_910c,
    .aliases = {"ascend-910c"sv, "910c"sv},
    .derived_from = "huawei-ascend-910b"sv,
    .sources = {secondary(field::compute, "arxiv-cloudmatrix384"sv,
                          "752 TFLOPS dense BF16/FP16 per dual-die package (quoted from the paper); the Atlas A3 "sv
                          "system total (307.2 PFLOPS / "sv
                          "384 = 800) is not mixed in"sv),
                estimate(field::die_area, "arxiv-cloudmatrix384"sv, "dual-die package; each die assumed 910B-sized"sv),
                estimate(field::memory_layout, "huawei-atlas-a3"sv, "128 GB read as eight 16 GB stacks"sv),
                datasheet(field::memory_capacity, "huawei-atlas-a3"sv),
                datasheet(field::memory_bandwidth, "huawei-atlas-a3"sv),
                datasheet(field::io_bandwidth, "huawei-atlas-a3"sv, "scale-up (UB) link, 784 GB/s"sv),
                datasheet(field::market, "huawei-atlas-a3"sv)},
    .note = "TDP not published."sv,
    .conflicts = {{.field = field::compute,
                   .format = fp16,
                   .used = "752 TFLOPS dense FP16/BF16 per package"sv,
                   .used_source = "arxiv-cloudmatrix384"sv,
                   .other =
                       "800 TFLOPS FP16 (Huawei Connect 2025 keynote, as summarized; dense or sparse not stated)"sv,
                   .other_source = "besthub-ascend-2025"sv,
                   .why = "the paper states dense; 800 x 16 = 12,800 would not change the classification"sv}},
    .released_note = "first shipments April 2025 (secondary; day not known)"sv,
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States"sv,
};

// The Ascend 910D: reported in April 2025 as in testing; named, with the 910B and 910C, in BIS's
// May 2025 guidance on General Prohibition 10. No figure was published.
inline constexpr accelerator ascend_910d{
    .name = "Huawei Ascend 910D"sv,
    .vendor = "Huawei"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    .released = std::chrono::year{2025} / 4 / 28,
};
inline constexpr entry ascend_910d_entry{
    .id = "huawei-ascend-910d"sv,
    .name = "Huawei Ascend 910D (reported)"sv,
    .spec = &ascend_910d,
    .aliases = {"ascend-910d"sv, "910d"sv},
    .sources = {secondary(field::identity, "evertiq-910d"sv,
                          "WSJ: Huawei to test the 910D, first samples as early as late May 2025; more dies in one "sv
                          "package"sv),
                secondary(field::market, "evertiq-910d"sv, "datacenter AI processor"sv),
                secondary(field::identity, "bis-gp10-guidance-2025"sv, "named in BIS's guidance of 2025-05-13"sv)},
    .note =
        "Known by name only: no rate, die or memory figure was published, so TPP, density and the "sv
        "classification are unknown."sv,
    .level = detail_level::name_only,
    .released_note = "first reported 2025-04-28 (WSJ via Evertiq); absent from Huawei's September 2025 roadmap"sv,
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States"sv,
};

}  // namespace accelspec::catalog::huawei

// ---- end accelspec/catalog/huawei.hpp ----

// (inlined: intel.hpp)
// ---- begin accelspec/catalog/intel.hpp ----
// Intel Gaudi accelerators. Intel has not published Gaudi die areas: they are unknown, so the
// density clauses are undecided where TPP alone does not settle the classification.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::intel {
using namespace ::accelspec::literals;

namespace dies {
// TSMC N7 and N5 (FinFET): non-planar; areas unpublished.
inline constexpr die gaudi2{.name = "Gaudi 2"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N7"sv};
inline constexpr die gaudi3{
    .name = "Gaudi 3 compute die"sv, .transistors = non_planar, .count = 2, .foundry = "TSMC"sv, .process = "N5"sv};
}  // namespace dies

inline constexpr accelerator gaudi2{
    .name = "Intel Gaudi 2 (HL-225H)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 432_tflops), dense(fp8, 865_tflops)},
    .dies = {dies::gaudi2},
    // 2.45 TB/s over six stacks is not a whole number of bytes/s per stack: left unknown.
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .capacity = 96_GB,
               .bandwidth = 2.45_TBps},
    .io_bandwidth = 600_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2022} / 5 / 10,
    .form_factor = form_factor::oam,
};
inline constexpr entry gaudi2_entry{
    .id = "intel-gaudi2"sv,
    .name = "Intel Gaudi 2"sv,
    .spec = &gaudi2,
    .aliases = {"gaudi2"sv, "gaudi-2"sv, "hl-225h"sv},
    .sources = {datasheet(field::compute, "intel-gaudi2-whitepaper"sv, "matrix engine peaks"sv),
                datasheet(field::die_area, "intel-gaudi2-whitepaper"sv, "single die, TSMC N7; area not published"sv),
                derived(field::memory_layout, "intel-gaudi2-whitepaper"sv, "six 16 GB HBM2e stacks"sv),
                datasheet(field::memory_capacity, "intel-gaudi2-whitepaper"sv),
                datasheet(field::memory_bandwidth, "intel-gaudi2-whitepaper"sv),
                derived(field::io_bandwidth, "intel-gaudi2-whitepaper"sv, "24 x 100 GbE RoCE, both directions"sv),
                datasheet(field::tdp, "intel-gaudi2-whitepaper"sv),
                datasheet(field::market, "intel-gaudi2-whitepaper"sv)},
    .released_note = "launched at Intel Vision 2022 (day from memory)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator gaudi2_hl225b{
    .name = "Intel Gaudi 2 China (HL-225B)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = gaudi2.compute,
    .dies = {dies::gaudi2},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 96_GB,
               .bandwidth = 2.4_TBps},
    .io_bandwidth = 525_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2023} / 7 / 11,
    .form_factor = form_factor::oam,
};
inline constexpr entry gaudi2_hl225b_entry{
    .id = "intel-gaudi2-hl-225b"sv,
    .name = "Intel Gaudi 2 HL-225B (China)"sv,
    .spec = &gaudi2_hl225b,
    .aliases = {"hl-225b"sv, "gaudi2-china"sv},
    .derived_from = "intel-gaudi2"sv,
    .sources = {secondary(field::compute, "technode-gaudi2-china"sv, "compute not stated to be reduced: as HL-225H"sv),
                datasheet(field::die_area, "intel-gaudi2-whitepaper"sv, "same die as HL-225H; area not published"sv),
                derived(field::memory_layout, "technode-gaudi2-china"sv, "six 16 GB HBM2e stacks; 2.4 TB/s / 6"sv),
                secondary(field::memory_capacity, "technode-gaudi2-china"sv),
                secondary(field::memory_bandwidth, "technode-gaudi2-china"sv),
                derived(field::io_bandwidth, "technode-gaudi2-china"sv, "21 instead of 24 x 100 GbE ports"sv),
                estimate(field::tdp, "intel-gaudi2-whitepaper"sv,
                         "unconfirmed: the HL-225H's 600 W; no source on the China part prints its TDP"sv),
                secondary(field::market, "technode-gaudi2-china"sv)},
    .note = "Cut for the 2022 text's I/O prong (525 GB/s < 600 GB/s)."sv,
    .released_note = "announced for the Chinese market on 2023-07-11 (TechNode)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator gaudi3{
    .name = "Intel Gaudi 3 (HL-325L OAM)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // The BF16 matrix rate equals the FP8 rate, so the 16-bit TPP is the larger.
    .compute = {dense(bf16, 1835_tflops), dense(fp8, 1835_tflops)},
    .dies = {dies::gaudi3},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 462.5_GBps,
               .capacity = 128_GB,
               .bandwidth = 3.7_TBps},
    .io_bandwidth = 1200_GBps,
    .tdp = 900_W,
    .released = std::chrono::year{2024} / 4 / 9,
    .form_factor = form_factor::oam,
};
inline constexpr entry gaudi3_entry{
    .id = "intel-gaudi3"sv,
    .name = "Intel Gaudi 3 (OAM)"sv,
    .spec = &gaudi3,
    .aliases = {"gaudi3"sv, "gaudi-3"sv, "hl-325l"sv},
    .sources = {datasheet(field::compute, "intel-gaudi3-whitepaper"sv, "matrix engine peaks"sv),
                secondary(field::die_area, "spectrum-gaudi3"sv, "two compute dies, TSMC N5; areas not published"sv),
                derived(field::memory_layout, "intel-gaudi3-whitepaper"sv, "eight 16 GB HBM2e stacks; 3.7 TB/s / 8"sv),
                datasheet(field::memory_capacity, "intel-gaudi3-whitepaper"sv),
                datasheet(field::memory_bandwidth, "intel-gaudi3-whitepaper"sv),
                derived(field::io_bandwidth, "intel-gaudi3-whitepaper"sv, "24 x 200 GbE RoCE, both directions"sv),
                datasheet(field::tdp, "intel-gaudi3-whitepaper"sv),
                datasheet(field::market, "intel-gaudi3-whitepaper"sv)},
    .released_note = "announced at Intel Vision 2024 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator gaudi3_pcie{
    .name = "Intel Gaudi 3 PCIe (HL-338)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = gaudi3.compute,
    .dies = {dies::gaudi3},
    .memory = gaudi3.memory,
    .io_bandwidth = 1100_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2024} / 4 / 9,
    .form_factor = form_factor::pcie,
};
inline constexpr entry gaudi3_pcie_entry{
    .id = "intel-gaudi3-pcie"sv,
    .name = "Intel Gaudi 3 PCIe (HL-338)"sv,
    .spec = &gaudi3_pcie,
    .aliases = {"gaudi3-pcie"sv, "hl-338"sv},
    .derived_from = "intel-gaudi3"sv,
    .sources = {datasheet(field::compute, "intel-gaudi3-whitepaper"sv, "same peak rates as the OAM module"sv),
                secondary(field::die_area, "spectrum-gaudi3"sv, "two compute dies; areas not published"sv),
                derived(field::memory_layout, "intel-gaudi3-whitepaper"sv, "as the OAM module"sv),
                datasheet(field::memory_capacity, "intel-gaudi3-whitepaper"sv),
                datasheet(field::memory_bandwidth, "intel-gaudi3-whitepaper"sv),
                derived(field::io_bandwidth, "intel-gaudi3-whitepaper"sv, "22 x 200 GbE, both directions"sv),
                datasheet(field::tdp, "intel-gaudi3-whitepaper"sv),
                datasheet(field::market, "intel-gaudi3-whitepaper"sv)},
    .released_note = "announced at Intel Vision 2024 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

}  // namespace accelspec::catalog::intel

// ---- end accelspec/catalog/intel.hpp ----

// (inlined: meta.hpp)
// ---- begin accelspec/catalog/meta.hpp ----
// Meta's MTIA inference accelerators, internal to Meta. Meta's blog posts were not read; the
// figures are Meta's as quoted by press, and say so.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::meta {
using namespace ::accelspec::literals;

inline constexpr accelerator mtia_v1{
    .name = "Meta MTIA v1"sv,
    .vendor = "Meta"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 51.2_tflops), dense(int8, 102.4_tops)},
    .dies = {{.name = "MTIA v1"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "7 nm"sv}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 64_GB},
    .tdp = 25_W,
    .released = std::chrono::year{2023} / 5 / 18,
    .form_factor = form_factor::board,
};
inline constexpr entry mtia_v1_entry{
    .id = "meta-mtia-v1"sv,
    .name = "Meta MTIA v1"sv,
    .spec = &mtia_v1,
    .aliases = {"mtia-v1"sv, "mtia1"sv},
    .sources = {secondary(field::compute, "icwells-mtia"sv,
                          "INT8 102.4 TOPS, FP16 51.2 TFLOPS at 800 MHz (Meta's figures quoted); dense: v2 is 3.5 "sv
                          "times v1 in dense compute and 354 / 102.4 = 3.46"sv),
                secondary(field::die_area, "icwells-mtia"sv, "TSMC 7 nm; die area not confirmed"sv),
                secondary(field::memory_layout, "eenews-mtia2"sv, "LPDDR5"sv),
                estimate(field::memory_capacity, "eenews-mtia2"sv, "64 GB: v2's 128 GB is said to double v1's"sv),
                secondary(field::tdp, "icwells-mtia"sv, "25 W"sv),
                secondary(field::market, "icwells-mtia"sv, "Meta's datacenters (internal)"sv),
                secondary(field::dates, "hada-mtia"sv, "announced by Meta in May 2023"sv)},
    .released_note = "announced by Meta on 2023-05-18 (secondary; the month is verified, the day not)"sv,
    .us_available = truth::no,
    .us_available_source = "used in Meta's own datacenters; not sold as an item (judgement)"sv,
};

inline constexpr accelerator mtia_v2{
    .name = "Meta MTIA v2"sv,
    .vendor = "Meta"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 177_tflops), dense(bf16, 177_tflops), dense(int8, 354_tops)},
    .dies =
        {{.name = "MTIA v2"sv, .area = 421_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "5 nm"sv}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 128_GB},
    .tdp = 90_W,
    .released = std::chrono::year{2024} / 4 / 10,
    .form_factor = form_factor::board,
    .links = {.host = {"PCIe Gen5"sv}},
};
inline constexpr entry mtia_v2_entry{
    .id = "meta-mtia-v2"sv,
    .name = "Meta MTIA v2"sv,
    .spec = &mtia_v2,
    .aliases = {"mtia-v2"sv, "mtia2"sv},
    .derived_from = "meta-mtia-v1"sv,
    .sources = {secondary(field::compute, "techpowerup-mtia2"sv,
                          "dense GEMM: INT8 354 TOPS, FP16/BF16 177 TFLOPS (708 and 354 with sparsity, printed "sv
                          "apart)"sv),
                secondary(field::die_area, "eenews-mtia2"sv, "25.6 mm x 16.4 mm = 421 mm², TSMC 5 nm"sv),
                secondary(field::memory_layout, "eenews-mtia2"sv, "LPDDR5"sv),
                secondary(field::memory_capacity, "eenews-mtia2"sv, "128 GB"sv),
                secondary(field::tdp, "techpowerup-mtia2"sv, "90 W per chip package"sv),
                secondary(field::links, "techpowerup-mtia2"sv, "PCIe Gen5 to the host (rate not stated)"sv),
                secondary(field::market, "eenews-mtia2"sv, "Meta's datacenters (internal)"sv),
                secondary(field::dates, "techpowerup-mtia2"sv, "announced by Meta in April 2024"sv)},
    .note =
        "TPP 2,832 with density 6.73 (2,832 / 421): 3A090.a.2, the density prong. The 2.35 billion some "sv
        "reports print is a gate count, not transistors (not recorded)."sv,
    .conflicts = {{.field = field::memory_capacity,
                   .used = "128 GB LPDDR5 per chip"sv,
                   .used_source = "eenews-mtia2"sv,
                   .other = "128 GB per board of two chips"sv,
                   .other_source = "techpowerup-mtia2"sv,
                   .why = "eeNews quotes Meta's per-chip table"sv}},
    .released_note = "announced by Meta on 2024-04-10 (secondary; the month is verified, the day not)"sv,
    .us_available = truth::no,
    .us_available_source = "used in Meta's own datacenters; not sold as an item (judgement)"sv,
};

}  // namespace accelspec::catalog::meta

// ---- end accelspec/catalog/meta.hpp ----

// (inlined: microsoft.hpp)
// ---- begin accelspec/catalog/microsoft.hpp ----
// Microsoft's Azure Maia accelerators: internal to Azure, not sold. Maia 100's figures come from
// Microsoft's own Hot Chips 2024 spec slide (read in a reproduction); Maia 200's from press quoting
// Microsoft's January 2026 announcement.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::microsoft {
using namespace ::accelspec::literals;

// "Peak Dense Tensor POPS: 6bit 3, 9bit 1.5, BF16 0.8". Microsoft's MX6 and MX9 are microscaling
// formats; Microsoft names them by a bit length that includes the shared exponent, and the catalog
// records MX6 as a 6-bit rate (fp6). MX9 has no format of its own here: at 9 bits it would give TPP
// 13,500, below the MX6 figure, so leaving it out does not change the TPP.
inline constexpr accelerator maia100{
    .name = "Microsoft Azure Maia 100"sv,
    .vendor = "Microsoft"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 800_tflops), dense(fp6, 3000_tflops)},
    .dies =
        {{.name = "Maia 100"sv, .area = 820_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N5"sv}},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 450_GBps,
               .capacity = 64_GB,
               .bandwidth = 1.8_TBps},
    .io_bandwidth = 1264_GBps,
    .tdp = 700_W,
    .released = std::chrono::year{2023} / 11 / 15,
    .form_factor = form_factor::board,
    .links = {.host = {"PCIe 5.0 x8"sv, 32_GBps, link_direction::per_direction},
              .scale_out = {"12 x 400 GbE backend network"sv, 600_GBps, link_direction::per_direction}},
};
inline constexpr entry maia100_entry{
    .id = "microsoft-maia-100"sv,
    .name = "Microsoft Azure Maia 100"sv,
    .spec = &maia100,
    .aliases = {"maia-100"sv, "maia100"sv},
    .sources = {datasheet(field::compute, "microsoft-maia100-hotchips"sv,
                          "peak dense tensor: 6-bit 3 POPS, 9-bit 1.5 POPS, BF16 0.8 PFLOPS"sv),
                datasheet(field::die_area, "microsoft-maia100-hotchips"sv, "chip size 820 mm², N5, TSMC CoWoS-S"sv),
                secondary(field::memory_layout, "microsoft-maia100-hotchips"sv,
                          "HBM2E; four stacks per press; per stack 64 GB / 4 and 1.8 TB/s / 4"sv),
                datasheet(field::memory_capacity, "microsoft-maia100-hotchips"sv, "64 GB"sv),
                datasheet(field::memory_bandwidth, "microsoft-maia100-hotchips"sv, "1.8 TB/s"sv),
                derived(field::io_bandwidth, "microsoft-maia100-hotchips"sv,
                        "backend network 600 GB/s (12 x 400 GbE, per direction) both ways, 1,200 GB/s, plus the "sv
                        "PCIe Gen5 x8 host link both ways, 64 GB/s"sv),
                datasheet(field::links, "microsoft-maia100-hotchips"sv,
                          "backend network 600 GB/s (12 x 400 GbE); host PCIe Gen5 x8, 32 GB/s"sv),
                datasheet(field::tdp, "microsoft-maia100-hotchips"sv, "designed to 700 W; provisioned at 500 W"sv),
                datasheet(field::market, "microsoft-maia100-hotchips"sv, "Azure datacenters (internal)"sv),
                secondary(field::dates, "hostzealot-maia100"sv, "announced at Microsoft Ignite 2023"sv)},
    .note =
        "MX6 at 6 bits sets the TPP (3,000 x 6 = 18,000); the bit length of microscaling formats is not "sv
        "settled by the rule (docs/limitations.md)."sv,
    .released_note = "announced at Ignite 2023 (2023-11-15, secondary); detailed at Hot Chips 2024"sv,
    .us_available = truth::no,
    .us_available_source = "used in Microsoft's own datacenters; not sold as an item (judgement)"sv,
};

// "Over 10 petaFLOPS" FP4 and "over 5 petaFLOPS" FP8: floors, not stated dense or sparse. Recorded
// at the floor as estimates; halved (if sparse) the TPP would be 20,000 rather than 40,000, in
// 3A090.a either way but on the other side of the January 2026 rule's 21,000.
inline constexpr accelerator maia200{
    .name = "Microsoft Maia 200"sv,
    .vendor = "Microsoft"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp8, 5000_tflops), dense(fp4, 10000_tflops)},
    .dies = {{.name = "Maia 200"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N3"sv}},
    .memory = {.technology = memory_technology::hbm3e, .capacity = 216_GB, .bandwidth = 7_TBps},
    .io_bandwidth = 2800_GBps,
    .tdp = 750_W,
    .released = std::chrono::year{2026} / 1 / 26,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"Ethernet-based scale-up fabric"sv, 2800_GBps, link_direction::bidirectional}},
};
inline constexpr entry maia200_entry{
    .id = "microsoft-maia-200"sv,
    .name = "Microsoft Maia 200"sv,
    .spec = &maia200,
    .aliases = {"maia-200"sv, "maia200"sv},
    .derived_from = "microsoft-maia-100"sv,
    .sources = {estimate(field::compute, "inelectronics-maia200"sv,
                         "\"over 10 petaFLOPS\" FP4 and \"over 5 petaFLOPS\" FP8 taken at the floor; dense or "sv
                         "sparse not stated"sv),
                secondary(field::process, "globalpractice-maia200"sv,
                          "TSMC 3 nm (N3); die count and area not published (one die listed to carry the process)"sv),
                secondary(field::memory_layout, "inelectronics-maia200"sv, "HBM3e"sv),
                secondary(field::memory_capacity, "inelectronics-maia200"sv, "216 GB"sv),
                secondary(field::memory_bandwidth, "inelectronics-maia200"sv, "7 TB/s"sv),
                secondary(field::io_bandwidth, "inelectronics-maia200"sv,
                          "2.8 TB/s bidirectional dedicated scale-up bandwidth per accelerator"sv),
                secondary(field::links, "inelectronics-maia200"sv, "two-tier Ethernet-based scale-up fabric"sv),
                secondary(field::tdp, "inelectronics-maia200"sv, "750 W SoC TDP"sv),
                secondary(field::market, "taiwannews-maia200"sv, "Azure datacenters"sv),
                secondary(field::dates, "taiwannews-maia200"sv, "launched 2026-01-26, already running in Azure"sv)},
    .note = "Transistors \"over 140 billion\" (a floor; not recorded)."sv,
    .announced = std::chrono::year{2026} / 1 / 26,
    .released_note = "announced 2026-01-26, already deployed in Azure (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "used in Microsoft's own datacenters; not sold as an item (judgement)"sv,
};

}  // namespace accelspec::catalog::microsoft

// ---- end accelspec/catalog/microsoft.hpp ----

// (inlined: moore_threads.hpp)
// ---- begin accelspec/catalog/moore_threads.hpp ----
// Moore Threads (Beijing). Figures are the vendor's as quoted by press.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::moore_threads {
using namespace ::accelspec::literals;

inline constexpr accelerator mtt_s4000{
    .name = "Moore Threads MTT S4000"sv,
    .vendor = "Moore Threads"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 25_tflops), dense(tf32, 50_tflops), dense(fp16, 100_tflops), dense(bf16, 100_tflops),
                dense(int8, 200_tops)},
    .memory = {.technology = memory_technology::gddr6, .capacity = 48_GB, .bandwidth = 768_GBps},
    .io_bandwidth = 240_GBps,
    .released = std::chrono::year{2023} / 12 / 19,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"MTLink 1.0"sv, 240_GBps, link_direction::unknown},
              .host = {"PCIe 5.0 x16"sv, 64_GBps, link_direction::per_direction}},
};
inline constexpr entry mtt_s4000_entry{
    .id = "moore-threads-mtt-s4000"sv,
    .name = "Moore Threads MTT S4000"sv,
    .spec = &mtt_s4000,
    .aliases = {"s4000"sv, "mtt-s4000"sv},
    .sources = {secondary(field::compute, "iotech-s4000"sv,
                          "FP32 25, TF32 50, FP16/BF16 100 TFLOPS, INT8 200 TOPS; sparsity not stated"sv),
                secondary(field::memory_layout, "iotech-s4000"sv, "GDDR6, 384-bit"sv),
                secondary(field::memory_capacity, "iotech-s4000"sv, "48 GB"sv),
                secondary(field::memory_bandwidth, "iotech-s4000"sv, "768 GB/s"sv),
                secondary(field::io_bandwidth, "iotech-s4000"sv,
                          "MTLink 240 GB/s between GPUs; direction not stated, so a lower bound (PCIe not added)"sv),
                secondary(field::links, "iotech-s4000"sv, "MTLink 1.0; PCIe 5.0 x16 card"sv),
                secondary(field::market, "iotech-s4000"sv, "datacenter card for KUAE clusters"sv),
                secondary(field::dates, "iotech-s4000"sv, "launched at Moore Threads' event of 2023-12-19"sv)},
    .note = "TPP exactly 1,600 (every format): 3A090.a.2 and .b.2 turn on the density, unknown without a die area."sv,
    .released_note = "launched 2023-12-19 (secondary; the month is verified, the day not)"sv,
    .us_available = truth::no,
    .us_available_source = "Chinese vendor on the Entity List since 2023-10 (judgement)"sv,
};

}  // namespace accelspec::catalog::moore_threads

// ---- end accelspec/catalog/moore_threads.hpp ----

// (inlined: nvidia.hpp)
// ---- begin accelspec/catalog/nvidia.hpp ----
// NVIDIA accelerators. Dense rates only: where a datasheet prints only the sparse headline, the
// entry records that headline and the spec converts it with dense_from_sparse. Die records are
// shared between the SKUs cut from one die.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::nvidia {
using namespace ::accelspec::literals;

namespace dies {
// All TSMC FinFET (12FFN, N7, 4N, 4NP) or Samsung 8N (FinFET): non-planar, so they count.
inline constexpr die gv100{
    .name = "GV100"sv, .area = 815_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "12FFN"sv};
inline constexpr die ga100{
    .name = "GA100"sv, .area = 826_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N7"sv};
inline constexpr die ga102{
    .name = "GA102"sv, .area = 628.4_mm2, .transistors = non_planar, .foundry = "Samsung"sv, .process = "8N"sv};
inline constexpr die tu104{
    .name = "TU104"sv, .area = 545_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "12FFN"sv};
inline constexpr die gh100{
    .name = "GH100"sv, .area = 814_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "4N"sv};
inline constexpr die ad102{
    .name = "AD102"sv, .area = 608.5_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "4N"sv};
inline constexpr die ad103{
    .name = "AD103"sv, .area = 378.6_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "4N"sv};
inline constexpr die ad104{
    .name = "AD104"sv, .area = 294.5_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "4N"sv};
inline constexpr die gb202{
    .name = "GB202"sv, .area = 750_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "4N"sv};
// NVIDIA has not published the Blackwell datacenter die area: two reticle-sized dies of about
// 800 mm² each is an analyst estimate.
inline constexpr die gb100{
    .name = "GB100"sv, .area = 800_mm2, .transistors = non_planar, .count = 2, .foundry = "TSMC"sv, .process = "4NP"sv};
}  // namespace dies

// --- Hopper (GH100) ---------------------------------------------------------------------------

inline constexpr accelerator h100_sxm{
    .name = "NVIDIA H100 SXM5 80GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 67_tflops), dense(tf32, 494.7_tflops), dense(fp16, 989.4_tflops), dense(bf16, 989.4_tflops),
                dense(fp8, 1978.9_tflops), dense(int8, 1978.9_tops)},
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 670_GBps,
               .capacity = 80_GB,
               .bandwidth = 3.35_TBps},
    .io_bandwidth = 900_GBps,
    .tdp = 700_W,
    .released = std::chrono::year{2022} / 3 / 22,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 4"sv, 900_GBps, link_direction::bidirectional}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h100_sxm_entry{
    .id = "nvidia-h100-sxm"sv,
    .name = "NVIDIA H100 SXM"sv,
    .spec = &h100_sxm,
    .aliases = {"h100"sv, "h100-sxm"sv, "h100-sxm5"sv, "nvidia-h100"sv},
    .sources = {datasheet(field::compute, "nvidia-h100-whitepaper"sv, "dense Tensor Core peaks, SXM5 at boost clock"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv, "GH100, 814 mm², TSMC 4N"sv),
                derived(field::memory_layout, "nvidia-h100-whitepaper"sv,
                        "five active HBM3 stacks of 16 GB; per-stack rate = 3.35 TB/s / 5"sv),
                datasheet(field::memory_capacity, "nvidia-h100-page"sv),
                datasheet(field::memory_bandwidth, "nvidia-h100-page"sv),
                datasheet(field::io_bandwidth, "nvidia-h100-page"sv, "NVLink 900 GB/s"sv),
                datasheet(field::tdp, "nvidia-h100-page"sv), datasheet(field::market, "nvidia-h100-page"sv)},
    .claims = {density_claim(rational::from_decimal(194, 1), rational::from_decimal(5, 2), "semianalysis-h20"sv,
                             "performance density 19.4"sv)},
    .released_note = "announced at GTC 2022 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator h20{
    .name = "NVIDIA H20"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 1_tflops), dense(tf32, 74_tflops), dense(fp16, 148_tflops), dense(bf16, 148_tflops),
                dense(fp8, 296_tflops), dense(int8, 296_tops)},
    .dies = {dies::gh100},
    // 4.0 TB/s over six stacks is not a whole number of bytes/s per stack: left unknown.
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .capacity = 96_GB,
               .bandwidth = 4_TBps},
    .io_bandwidth = 900_GBps,
    .tdp = 400_W,
    .released = std::chrono::year{2024} / 2 / 1,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 4"sv, 900_GBps, link_direction::bidirectional}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h20_entry{
    .id = "nvidia-h20"sv,
    .name = "NVIDIA H20"sv,
    .spec = &h20,
    .aliases = {"h20"sv, "h20-hgx"sv},
    .derived_from = "nvidia-h100-sxm"sv,
    .sources = {secondary(field::compute, "tomshardware-h20"sv, "no public NVIDIA datasheet; dense figures"sv),
                secondary(field::die_area, "semianalysis-h20"sv, "full GH100 die"sv),
                estimate(field::memory_layout, "tomshardware-h20"sv, "96 GB read as six 16 GB HBM3 stacks"sv),
                secondary(field::memory_capacity, "tomshardware-h20"sv),
                secondary(field::memory_bandwidth, "tomshardware-h20"sv),
                secondary(field::io_bandwidth, "tomshardware-h20"sv, "NVLink 900 GB/s"sv),
                secondary(field::tdp, "tomshardware-h20"sv), secondary(field::market, "tomshardware-h20"sv)},
    .claims = {tpp_claim(2368, rational::from_decimal(5, 1), "whatpsu-h20"sv, "TPP 2,368"sv),
               density_claim(rational::from_decimal(29, 1), rational::from_decimal(5, 2), "semianalysis-h20"sv,
                             "performance density 2.9"sv),
               eccn_claim(eccn::none, "3a090-2023"sv, "tomshardware-h20"sv,
                          "designed to stay under the October 2023 thresholds"sv)},
    .note =
        "China-market derivative of H100; from April 2025 licensed by an is-informed letter, not by 3A090 "sv
        "parameters."sv,
    .released_note = "pre-orders and small batches in China from early 2024 (secondary; day not known)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator h200_sxm{
    .name = "NVIDIA H200 SXM 141GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = h100_sxm.compute,
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 6,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 800_GBps,
               .capacity = 141_GB,
               .bandwidth = 4.8_TBps},
    .io_bandwidth = 900_GBps,
    .tdp = 700_W,
    .released = std::chrono::year{2023} / 11 / 13,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 4"sv, 900_GBps, link_direction::bidirectional}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h200_sxm_entry{
    .id = "nvidia-h200-sxm"sv,
    .name = "NVIDIA H200 SXM"sv,
    .spec = &h200_sxm,
    .aliases = {"h200"sv, "h200-sxm"sv, "nvidia-h200"sv},
    .sources = {datasheet(field::compute, "nvidia-h100-whitepaper"sv, "same GH100 Tensor Core peaks as H100 SXM"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv),
                derived(field::memory_layout, "nvidia-h200-page"sv,
                        "six 24 GB HBM3e stacks (144 GB physical); per-stack rate = 4.8 TB/s / 6"sv),
                datasheet(field::memory_capacity, "nvidia-h200-page"sv),
                datasheet(field::memory_bandwidth, "nvidia-h200-page"sv),
                datasheet(field::io_bandwidth, "nvidia-h200-page"sv), datasheet(field::tdp, "nvidia-h200-page"sv),
                datasheet(field::market, "nvidia-h200-page"sv)},
    .claims = {tpp_claim(15832, 1, "tomshardware-2026"sv,
                         "TPP 15,832 (989.5 TFLOPS x 16; our 1,978.9 x 8 = 15,831.2)"sv),
               china_review_2026_claim("bis-2026"sv,
                                       "named with the AMD MI325X as within the case-by-case parameters"sv)},
    .released_note = "announced at SC23 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "named by 91 FR 1684 as covered"sv,
};

// --- Ampere (GA100) ---------------------------------------------------------------------------

inline constexpr accelerator a100_sxm{
    .name = "NVIDIA A100 SXM4 80GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 19.5_tflops), dense(tf32, 156_tflops), dense(fp16, 312_tflops), dense(bf16, 312_tflops),
                dense(int8, 624_tops), dense(int4, 1248_tops)},
    .dies = {dies::ga100},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 407.8_GBps,
               .capacity = 80_GB,
               .bandwidth = 2039_GBps},
    .io_bandwidth = 600_GBps,
    .tdp = 400_W,
    .released = std::chrono::year{2020} / 5 / 14,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 3"sv, 600_GBps, link_direction::bidirectional}},
    .transistor_count = 54'200'000'000,
};
inline constexpr entry a100_sxm_entry{
    .id = "nvidia-a100-sxm"sv,
    .name = "NVIDIA A100 SXM 80GB"sv,
    .spec = &a100_sxm,
    .aliases = {"a100"sv, "a100-sxm"sv, "a100-sxm4"sv, "nvidia-a100"sv},
    .sources = {datasheet(field::compute, "nvidia-a100-datasheet"sv, "dense figures (the sheet prints both)"sv),
                datasheet(field::die_area, "nvidia-a100-whitepaper"sv, "GA100, 826 mm², TSMC N7"sv),
                derived(field::memory_layout, "nvidia-a100-whitepaper"sv,
                        "five active HBM2e stacks of 16 GB; per-stack rate = 2,039 GB/s / 5"sv),
                datasheet(field::memory_capacity, "nvidia-a100-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-a100-datasheet"sv),
                datasheet(field::io_bandwidth, "nvidia-a100-datasheet"sv, "NVLink 600 GB/s"sv),
                datasheet(field::tdp, "nvidia-a100-datasheet"sv), datasheet(field::market, "nvidia-a100-datasheet"sv)},
    // The TPP claim of 4,992 once cited here is not in that article (audit of 2026-12): dropped until a
    // source that prints it is found; the TPP itself follows from the datasheet's 624 TOPS INT8.
    .claims = {eccn_claim(eccn::a, "3a090-2023"sv, "tomshardware-4090d"sv, "controlled under the October 2023 rule"sv)},
    .released_note = "A100 announced at GTC 2020 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator a800_sxm{
    .name = "NVIDIA A800 SXM4 80GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = a100_sxm.compute,
    .dies = {dies::ga100},
    .memory = a100_sxm.memory,
    .io_bandwidth = 400_GBps,
    .tdp = 400_W,
    .released = std::chrono::year{2022} / 11 / 7,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 3"sv, 400_GBps, link_direction::bidirectional}},
    .transistor_count = 54'200'000'000,
};
inline constexpr entry a800_sxm_entry{
    .id = "nvidia-a800-sxm"sv,
    .name = "NVIDIA A800 SXM 80GB"sv,
    .spec = &a800_sxm,
    .aliases = {"a800"sv, "a800-sxm"sv, "nvidia-a800"sv},
    .derived_from = "nvidia-a100-sxm"sv,
    .sources = {secondary(field::compute, "tweakers-a800"sv, "compute unchanged from A100"sv),
                datasheet(field::die_area, "nvidia-a100-whitepaper"sv),
                derived(field::memory_layout, "nvidia-a100-whitepaper"sv, "as A100 SXM 80GB"sv),
                secondary(field::memory_capacity, "tweakers-a800"sv),
                secondary(field::memory_bandwidth, "tweakers-a800"sv),
                secondary(field::io_bandwidth, "tweakers-a800"sv, "NVLink cut from 600 to 400 GB/s"sv),
                secondary(field::tdp, "tweakers-a800"sv), secondary(field::market, "tweakers-a800"sv)},
    .claims = {eccn_claim(eccn::none, "3a090-2022"sv, "tweakers-a800"sv,
                          "not covered by the October 2022 export restrictions (interconnect under 600 GB/s)"sv),
               eccn_claim(eccn::a, "3a090-2023"sv, "tomshardware-4090d"sv, "restricted by the October 2023 rule"sv)},
    .note = "Cut for the 2022 text: the NVLink rate is under its 600 GB/s I/O prong."sv,
    .released_note = "first reported by NVIDIA to Reuters, 2022-11-07 (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only (Global Times, Reuters)"sv,
};

// --- Ada Lovelace ------------------------------------------------------------------------------

inline constexpr accelerator rtx_4090{
    .name = "NVIDIA GeForce RTX 4090"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::other,
    // GeForce: FP16 with FP16 accumulate at full rate; BF16 and TF32 (FP32 accumulate) at half rate.
    .compute = {dense(tf32, 82.6_tflops), dense(fp16, 330.3_tflops), dense(bf16, 165.2_tflops),
                dense(fp8, 660.6_tflops), dense(int8, 660.6_tops), dense(int4, 1321.2_tops)},
    .dies = {dies::ad102},
    .memory = {.technology = memory_technology::gddr6x,
               .stacks = 12,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 84_GBps,
               .capacity = 24_GB,
               .bandwidth = 1008_GBps},
    .io_bandwidth = 64_GBps,
    .tdp = 450_W,
    .released = std::chrono::year{2022} / 9 / 20,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 76'300'000'000,
};
inline constexpr entry rtx_4090_entry{
    .id = "nvidia-rtx-4090"sv,
    .name = "NVIDIA GeForce RTX 4090"sv,
    .spec = &rtx_4090,
    .aliases = {"rtx-4090"sv, "rtx4090"sv, "4090"sv, "geforce-rtx-4090"sv},
    .sources = {datasheet(field::compute, "nvidia-ada-whitepaper"sv, "dense Tensor Core peaks at 2,520 MHz boost"sv),
                datasheet(field::die_area, "nvidia-ada-whitepaper"sv, "AD102, 608.5 mm², TSMC 4N"sv),
                derived(field::memory_layout, "nvidia-ada-whitepaper"sv,
                        "twelve 2 GB GDDR6X packages on a 384-bit bus at 21 Gbps (84 GB/s each)"sv),
                datasheet(field::memory_capacity, "nvidia-ada-whitepaper"sv),
                datasheet(field::memory_bandwidth, "nvidia-ada-whitepaper"sv),
                derived(field::io_bandwidth, "nvidia-ada-whitepaper"sv,
                        "PCIe 4.0 x16, no NVLink: 64 GB/s both directions together"sv),
                datasheet(field::tdp, "nvidia-ada-whitepaper"sv),
                datasheet(field::market, "nvidia-ada-whitepaper"sv, "GeForce: gaming and creator market"sv)},
    .claims = {tpp_claim(5285, rational::from_decimal(5, 1), "winbuzzer-4090d"sv, "TPP 5,285"sv),
               eccn_claim(eccn::a, "3a090-2023"sv, "tomshardware-4090d"sv,
                          "TPP over 4,800: restricted for China (license exception NAC as a non-datacenter item)"sv)},
    .released_note = "announced 2022-09-20, on sale 2022-10-12 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator rtx_4090d{
    .name = "NVIDIA GeForce RTX 4090D"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::other,
    .compute = {dense(tf32, 73.6_tflops), dense(fp16, 294.2_tflops), dense(bf16, 147.1_tflops),
                dense(fp8, 588.3_tflops), dense(int8, 588.3_tops)},
    .dies = {dies::ad102},
    .memory = rtx_4090.memory,
    .io_bandwidth = 64_GBps,
    .tdp = 425_W,
    .released = std::chrono::year{2023} / 12 / 28,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 76'300'000'000,
};
inline constexpr entry rtx_4090d_entry{
    .id = "nvidia-rtx-4090d"sv,
    .name = "NVIDIA GeForce RTX 4090D"sv,
    .spec = &rtx_4090d,
    .aliases = {"rtx-4090d"sv, "rtx4090d"sv, "4090d"sv, "rtx-4090-d"sv},
    .derived_from = "nvidia-rtx-4090"sv,
    .sources = {secondary(field::compute, "tomshw-it-4090d"sv, "114 of 128 SMs enabled"sv),
                datasheet(field::die_area, "nvidia-ada-whitepaper"sv, "AD102"sv),
                derived(field::memory_layout, "nvidia-ada-whitepaper"sv, "as RTX 4090"sv),
                secondary(field::memory_capacity, "winbuzzer-4090d"sv),
                secondary(field::memory_bandwidth, "winbuzzer-4090d"sv),
                derived(field::io_bandwidth, "winbuzzer-4090d"sv,
                        "PCIe 4.0 x16, no NVLink: 64 GB/s both directions together"sv),
                secondary(field::tdp, "winbuzzer-4090d"sv),
                secondary(field::market, "winbuzzer-4090d"sv, "GeForce gaming card"sv)},
    .claims = {tpp_claim(4707, rational::from_decimal(5, 1), "winbuzzer-4090d"sv,
                         "TPP 4,707 (our 294.2 TFLOPS FP16 x 16 = 4,707.2)"sv),
               eccn_claim(eccn::none, "3a090-2023"sv, "winbuzzer-4090d"sv,
                          "below 4,800 and not for datacenters: outside 3A090 by the note"sv)},
    .note = "China-market GeForce cut to stay under TPP 4,800 so that the non-datacenter note applies."sv,
    .released_note = "on sale in China from 2023-12-28 (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator l4{
    .name = "NVIDIA L4"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(tf32, dense_from_sparse(120_sparse_tflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(242_sparse_tflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(242_sparse_tflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(485_sparse_tflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(485_sparse_tops, sparsity::structured_2_4))},
    .dies = {dies::ad104},
    .memory = {.technology = memory_technology::gddr6, .capacity = 24_GB, .bandwidth = 300_GBps},
    .io_bandwidth = 64_GBps,
    .tdp = 72_W,
    .released = std::chrono::year{2023} / 3 / 21,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 35'800'000'000,
};
inline constexpr entry l4_entry{
    .id = "nvidia-l4"sv,
    .name = "NVIDIA L4"sv,
    .spec = &l4,
    .aliases = {"l4"sv},
    .sources = {derived(field::compute, "nvidia-l4-datasheet"sv, "the datasheet prints sparse figures only; halved"sv),
                datasheet(field::die_area, "nvidia-ada-whitepaper"sv, "AD104, 294.5 mm²"sv),
                datasheet(field::memory_layout, "nvidia-l4-datasheet"sv, "GDDR6; package count not printed"sv),
                datasheet(field::memory_capacity, "nvidia-l4-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-l4-datasheet"sv),
                derived(field::io_bandwidth, "nvidia-l4-datasheet"sv,
                        "PCIe Gen4 x16: 64 GB/s both directions together"sv),
                datasheet(field::tdp, "nvidia-l4-datasheet"sv), datasheet(field::market, "nvidia-l4-datasheet"sv)},
    .sparse = {{fp8, 485_sparse_tflops},
               {int8, 485_sparse_tops},
               {fp16, 242_sparse_tflops},
               {bf16, 242_sparse_tflops},
               {tf32, 120_sparse_tflops}},
    .claims = {density_claim(rational::from_decimal(66, 1), rational::from_decimal(5, 2), "tomshardware-4090d"sv,
                             "performance density 6.6"sv),
               eccn_claim(eccn::a, "3a090-2023"sv, "tomshardware-4090d"sv, "restricted through the density clause"sv)},
    .released_note = "announced at GTC 2023 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// --- Blackwell -------------------------------------------------------------------------------

inline constexpr accelerator b200{
    .name = "NVIDIA B200 (HGX, 1000 W)"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // TF32: the HGX table prints 18 PFLOPS with sparsity for eight GPUs, 2.25 per GPU (the per-GPU
    // "2.2" elsewhere is a rounding of it).
    .compute = {dense(fp64, 37_tflops), dense(tf32, dense_from_sparse(2.25_sparse_pflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(4.5_sparse_pflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(4.5_sparse_pflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(9_sparse_pflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(9_sparse_pops, sparsity::structured_2_4)),
                dense(fp4, dense_from_sparse(18_sparse_pflops, sparsity::structured_2_4))},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 962.5_GBps,
               .capacity = 180_GB,
               .bandwidth = 7.7_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1000_W,
    .released = std::chrono::year{2024} / 3 / 18,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 5"sv, 1800_GBps, link_direction::bidirectional}},
    .transistor_count = 208'000'000'000,
};
inline constexpr entry b200_entry{
    .id = "nvidia-b200"sv,
    .name = "NVIDIA B200 (HGX)"sv,
    .spec = &b200,
    .aliases = {"b200"sv, "b200-hgx"sv},
    .sources = {derived(field::compute, "nvidia-hgx-page"sv,
                        "per-GPU share (one eighth) of the HGX B200 table; sparse rows halved (TF32: 18 PFLOPS / 8 = "sv
                        "2.25 sparse, 1,125 dense); FP64 is dense"sv),
                estimate(field::die_area, "lynskey-blackwell"sv, "two reticle-sized dies of about 800 mm² each"sv),
                derived(field::memory_layout, "lockwood-blackwell"sv,
                        "eight 24 GB HBM3e stacks (192 GB physical); per-stack rate = 7.7 TB/s / 8"sv),
                datasheet(field::memory_capacity, "nvidia-hgx-page"sv, "180 GB in the current HGX table"sv),
                datasheet(field::memory_bandwidth, "nvidia-hgx-page"sv),
                datasheet(field::io_bandwidth, "nvidia-hgx-page"sv, "fifth-generation NVLink, 1.8 TB/s"sv),
                secondary(field::tdp, "lockwood-blackwell"sv), datasheet(field::market, "nvidia-hgx-page"sv)},
    .sparse = {{tf32, 2.25_sparse_pflops},
               {fp16, 4.5_sparse_pflops},
               {bf16, 4.5_sparse_pflops},
               {fp8, 9_sparse_pflops},
               {int8, 9_sparse_pops},
               {fp4, 18_sparse_pflops}},
    .released_note = "announced at GTC 2024 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// --- Volta, Turing, more Ampere --------------------------------------------------------------

inline constexpr accelerator v100_sxm2{
    .name = "NVIDIA V100 SXM2 32GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // No TF32, BF16, FP8 or INT8 Tensor Core path on Volta.
    .compute = {dense(fp64, 7.8_tflops), dense(fp32, 15.7_tflops), dense(fp16, 125_tflops)},
    .dies = {dies::gv100},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 4,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 225_GBps,
               .capacity = 32_GB,
               .bandwidth = 900_GBps},
    .io_bandwidth = 300_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2017} / 5 / 10,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 2"sv, 300_GBps, link_direction::bidirectional}},
    .transistor_count = 21'100'000'000,
};
inline constexpr entry v100_sxm2_entry{
    .id = "nvidia-v100-sxm2"sv,
    .name = "NVIDIA V100 SXM2 32GB"sv,
    .spec = &v100_sxm2,
    .aliases = {"v100"sv, "v100-sxm2"sv, "tesla-v100"sv},
    .sources = {datasheet(field::compute, "nvidia-v100-datasheet"sv),
                secondary(field::die_area, "epoch-chips"sv, "GV100, 815 mm², TSMC 12FFN"sv),
                derived(field::memory_layout, "nvidia-v100-datasheet"sv,
                        "four 8 GB HBM2 stacks; per-stack rate = 900 GB/s / 4"sv),
                datasheet(field::memory_capacity, "nvidia-v100-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-v100-datasheet"sv),
                datasheet(field::io_bandwidth, "nvidia-v100-datasheet"sv, "NVLink 300 GB/s"sv),
                datasheet(field::tdp, "nvidia-v100-datasheet"sv), datasheet(field::market, "nvidia-v100-datasheet"sv)},
    .released_note = "V100 announced at GTC 2017 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (end of life)"sv,
};

inline constexpr accelerator t4{
    .name = "NVIDIA T4"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // Turing has no structured sparsity: the datasheet figures are dense.
    .compute = {dense(fp32, 8.1_tflops), dense(fp16, 65_tflops), dense(int8, 130_tops), dense(int4, 260_tops)},
    .dies = {dies::tu104},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 8,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 40_GBps,
               .capacity = 16_GB,
               .bandwidth = 320_GBps},
    .io_bandwidth = 32_GBps,
    .tdp = 70_W,
    .released = std::chrono::year{2018} / 9 / 12,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 3.0 x16"sv, 32_GBps, link_direction::bidirectional}},
    .transistor_count = 13'600'000'000,
};
inline constexpr entry t4_entry{
    .id = "nvidia-t4"sv,
    .name = "NVIDIA T4"sv,
    .spec = &t4,
    .aliases = {"t4"sv, "tesla-t4"sv},
    .sources = {datasheet(field::compute, "nvidia-t4-datasheet"sv, "mixed-precision FP16/FP32, INT8, INT4 peaks"sv),
                datasheet(field::die_area, "nvidia-turing-whitepaper"sv, "TU104, 545 mm², TSMC 12FFN"sv),
                derived(field::memory_layout, "nvidia-t4-datasheet"sv,
                        "256-bit bus at 10 Gbps: eight 2 GB GDDR6 packages of 40 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-t4-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-t4-datasheet"sv),
                derived(field::io_bandwidth, "nvidia-t4-datasheet"sv,
                        "PCIe Gen3 x16: 32 GB/s both directions together (NVIDIA prints 32 GB/s)"sv),
                datasheet(field::tdp, "nvidia-t4-datasheet"sv), datasheet(field::market, "nvidia-t4-datasheet"sv)},
    .released_note = "announced at GTC Japan 2018 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator a100_pcie{
    .name = "NVIDIA A100 PCIe 80GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = a100_sxm.compute,
    .dies = {dies::ga100},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 387_GBps,
               .capacity = 80_GB,
               .bandwidth = 1935_GBps},
    .io_bandwidth = 600_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2021} / 6 / 28,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 600_GBps, link_direction::bidirectional}},
    .transistor_count = 54'200'000'000,
};
inline constexpr entry a100_pcie_entry{
    .id = "nvidia-a100-pcie"sv,
    .name = "NVIDIA A100 PCIe 80GB"sv,
    .spec = &a100_pcie,
    .aliases = {"a100-pcie"sv},
    .sources = {datasheet(field::compute, "nvidia-a100-datasheet"sv, "same peaks as the SXM module"sv),
                datasheet(field::die_area, "nvidia-a100-whitepaper"sv),
                derived(field::memory_layout, "nvidia-a100-whitepaper"sv,
                        "five active HBM2e stacks of 16 GB; per-stack rate = 1,935 GB/s / 5"sv),
                datasheet(field::memory_capacity, "nvidia-a100-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-a100-datasheet"sv),
                datasheet(field::io_bandwidth, "nvidia-a100-datasheet"sv, "NVLink bridge for two GPUs, 600 GB/s"sv),
                datasheet(field::tdp, "nvidia-a100-datasheet"sv), datasheet(field::market, "nvidia-a100-datasheet"sv)},
    .released_note = "80 GB PCIe card announced at ISC 2021 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator a30{
    .name = "NVIDIA A30"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 10.3_tflops), dense(tf32, 82_tflops), dense(fp16, 165_tflops), dense(bf16, 165_tflops),
                dense(int8, 330_tops), dense(int4, 661_tops)},
    .dies = {dies::ga100},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 3,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 311_GBps,
               .capacity = 24_GB,
               .bandwidth = 933_GBps},
    .io_bandwidth = 200_GBps,
    .tdp = 165_W,
    .released = std::chrono::year{2021} / 4 / 12,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 200_GBps, link_direction::bidirectional}},
    .transistor_count = 54'200'000'000,
};
inline constexpr entry a30_entry{
    .id = "nvidia-a30"sv,
    .name = "NVIDIA A30"sv,
    .spec = &a30,
    .aliases = {"a30"sv},
    .sources = {datasheet(field::compute, "nvidia-a30-datasheet"sv, "dense figures; INT4 661 TOPS as printed"sv),
                datasheet(field::die_area, "nvidia-a100-whitepaper"sv, "GA100"sv),
                estimate(field::memory_layout, "nvidia-a30-datasheet"sv,
                         "3072-bit bus read as three 8 GB HBM2 stacks"sv),
                datasheet(field::memory_capacity, "nvidia-a30-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-a30-datasheet"sv),
                datasheet(field::io_bandwidth, "nvidia-a30-datasheet"sv, "NVLink bridge, 200 GB/s"sv),
                datasheet(field::tdp, "nvidia-a30-datasheet"sv), datasheet(field::market, "nvidia-a30-datasheet"sv)},
    .note = "The printed INT4 rate (661 x 4 = 2,644) is its highest TPP, just above the INT8 figure (2,640)."sv,
    .released_note = "announced at GTC 2021 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator a10{
    .name = "NVIDIA A10"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 31.2_tflops), dense(tf32, 62.5_tflops), dense(fp16, 125_tflops), dense(bf16, 125_tflops),
                dense(int8, 250_tops), dense(int4, 500_tops)},
    .dies = {dies::ga102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 12,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 50_GBps,
               .capacity = 24_GB,
               .bandwidth = 600_GBps},
    .io_bandwidth = 64_GBps,
    .tdp = 150_W,
    .released = std::chrono::year{2021} / 4 / 12,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 28'300'000'000,
};
inline constexpr entry a10_entry{
    .id = "nvidia-a10"sv,
    .name = "NVIDIA A10"sv,
    .spec = &a10,
    .aliases = {"a10"sv},
    .sources = {datasheet(field::compute, "nvidia-a10-datasheet"sv, "dense figures (the sheet prints both)"sv),
                datasheet(field::die_area, "nvidia-ga102-whitepaper"sv, "GA102, 628.4 mm², Samsung 8N"sv),
                derived(field::memory_layout, "nvidia-a10-datasheet"sv,
                        "384-bit bus at 12.5 Gbps: twelve 2 GB GDDR6 packages of 50 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-a10-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-a10-datasheet"sv),
                derived(field::io_bandwidth, "nvidia-a10-datasheet"sv,
                        "PCIe Gen4 x16: 64 GB/s both directions together"sv),
                datasheet(field::tdp, "nvidia-a10-datasheet"sv), datasheet(field::market, "nvidia-a10-datasheet"sv)},
    .released_note = "announced at GTC 2021 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator a40{
    .name = "NVIDIA A40"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 37.4_tflops), dense(tf32, 74.8_tflops), dense(fp16, 149.7_tflops),
                dense(bf16, 149.7_tflops), dense(int8, 299.3_tops), dense(int4, 598.7_tops)},
    .dies = {dies::ga102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 24,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 29_GBps,
               .capacity = 48_GB,
               .bandwidth = 696_GBps},
    .io_bandwidth = 112.5_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2020} / 10 / 5,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 112.5_GBps, link_direction::bidirectional}},
    .transistor_count = 28'300'000'000,
};
inline constexpr entry a40_entry{
    .id = "nvidia-a40"sv,
    .name = "NVIDIA A40"sv,
    .spec = &a40,
    .aliases = {"a40"sv},
    .sources = {datasheet(field::compute, "nvidia-a40-datasheet"sv, "dense figures (the sheet prints both)"sv),
                datasheet(field::die_area, "nvidia-ga102-whitepaper"sv, "GA102, 628.4 mm², Samsung 8N"sv),
                derived(field::memory_layout, "nvidia-a40-datasheet"sv,
                        "384-bit bus at 14.5 Gbps, clamshell: 24 x 2 GB GDDR6 packages of 29 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-a40-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-a40-datasheet"sv),
                datasheet(field::io_bandwidth, "nvidia-a40-datasheet"sv, "NVLink bridge, 112.5 GB/s bidirectional"sv),
                datasheet(field::tdp, "nvidia-a40-datasheet"sv), datasheet(field::market, "nvidia-a40-datasheet"sv)},
    .released_note = "announced at GTC Fall 2020 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// --- more Hopper -----------------------------------------------------------------------------

inline constexpr accelerator h100_pcie{
    .name = "NVIDIA H100 PCIe 80GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 51_tflops), dense(tf32, dense_from_sparse(756_sparse_tflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(1513_sparse_tflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(1513_sparse_tflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(3026_sparse_tflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(3026_sparse_tops, sparsity::structured_2_4))},
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 80_GB,
               .bandwidth = 2_TBps},
    .io_bandwidth = 600_GBps,
    .tdp = 350_W,
    .released = std::chrono::year{2022} / 3 / 22,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 600_GBps, link_direction::bidirectional}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h100_pcie_entry{
    .id = "nvidia-h100-pcie"sv,
    .name = "NVIDIA H100 PCIe"sv,
    .spec = &h100_pcie,
    .aliases = {"h100-pcie"sv},
    .sources = {derived(field::compute, "nvidia-h100-page"sv, "Tensor Core rows printed with sparsity; halved"sv),
                rate_source(fp64, value_kind::datasheet, "nvidia-h100-page"sv, "FP64 Tensor Core, dense"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv),
                derived(field::memory_layout, "nvidia-h100-whitepaper"sv,
                        "five active HBM2e stacks of 16 GB; per-stack rate = 2 TB/s / 5"sv),
                datasheet(field::memory_capacity, "nvidia-h100-page"sv),
                datasheet(field::memory_bandwidth, "nvidia-h100-page"sv),
                datasheet(field::io_bandwidth, "nvidia-h100-page"sv, "NVLink bridge, 600 GB/s"sv),
                datasheet(field::tdp, "nvidia-h100-page"sv, "300-350 W configurable"sv),
                datasheet(field::market, "nvidia-h100-page"sv)},
    .sparse = {{tf32, 756_sparse_tflops},
               {fp16, 1513_sparse_tflops},
               {bf16, 1513_sparse_tflops},
               {fp8, 3026_sparse_tflops},
               {int8, 3026_sparse_tops}},
    .released_note = "announced at GTC 2022 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator h100_nvl{
    .name = "NVIDIA H100 NVL (per GPU)"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 60_tflops), dense(tf32, dense_from_sparse(835_sparse_tflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(1671_sparse_tflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(1671_sparse_tflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(3341_sparse_tflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(3341_sparse_tops, sparsity::structured_2_4))},
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 650_GBps,
               .capacity = 94_GB,
               .bandwidth = 3.9_TBps},
    .io_bandwidth = 600_GBps,
    .tdp = 400_W,
    .released = std::chrono::year{2023} / 3 / 21,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 600_GBps, link_direction::bidirectional}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h100_nvl_entry{
    .id = "nvidia-h100-nvl"sv,
    .name = "NVIDIA H100 NVL"sv,
    .spec = &h100_nvl,
    .aliases = {"h100-nvl"sv},
    .sources = {derived(field::compute, "nvidia-h100-page"sv, "NVL column printed with sparsity; halved"sv),
                rate_source(fp64, value_kind::datasheet, "nvidia-h100-page"sv, "FP64 Tensor Core, dense"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv),
                derived(field::memory_layout, "nvidia-h100-page"sv,
                        "six 16 GB HBM3 stacks (96 GB physical); per-stack rate = 3.9 TB/s / 6"sv),
                datasheet(field::memory_capacity, "nvidia-h100-page"sv),
                datasheet(field::memory_bandwidth, "nvidia-h100-page"sv),
                datasheet(field::io_bandwidth, "nvidia-h100-page"sv, "NVLink bridge, 600 GB/s"sv),
                datasheet(field::tdp, "nvidia-h100-page"sv, "350-400 W configurable"sv),
                datasheet(field::market, "nvidia-h100-page"sv)},
    .sparse = {{tf32, 835_sparse_tflops},
               {fp16, 1671_sparse_tflops},
               {bf16, 1671_sparse_tflops},
               {fp8, 3341_sparse_tflops},
               {int8, 3341_sparse_tops}},
    .note = "Sold as a bridged pair; figures are per GPU."sv,
    .released_note = "announced at GTC 2023 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator h800_sxm{
    .name = "NVIDIA H800 SXM5"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 1_tflops), dense(tf32, 494.7_tflops), dense(fp16, 989.4_tflops), dense(bf16, 989.4_tflops),
                dense(fp8, 1978.9_tflops), dense(int8, 1978.9_tops)},
    .dies = {dies::gh100},
    .memory = h100_sxm.memory,
    .io_bandwidth = 400_GBps,
    .tdp = 700_W,
    .released = std::chrono::year{2023} / 3 / 21,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 4"sv, 400_GBps, link_direction::bidirectional}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h800_sxm_entry{
    .id = "nvidia-h800-sxm"sv,
    .name = "NVIDIA H800 SXM"sv,
    .spec = &h800_sxm,
    .aliases = {"h800"sv, "h800-sxm"sv},
    .derived_from = "nvidia-h100-sxm"sv,
    .sources = {secondary(field::compute, "philisun-h800"sv,
                          "Tensor Core rates as H100 SXM; FP64 cut to about 1 TFLOPS"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv),
                derived(field::memory_layout, "nvidia-h100-whitepaper"sv, "as H100 SXM"sv),
                secondary(field::memory_capacity, "philisun-h800"sv),
                secondary(field::memory_bandwidth, "philisun-h800"sv),
                secondary(field::io_bandwidth, "philisun-h800"sv, "NVLink cut from 900 to 400 GB/s"sv),
                secondary(field::tdp, "philisun-h800"sv), secondary(field::market, "philisun-h800"sv)},
    .note = "Cut for the 2022 text (I/O under 600 GB/s); caught by the 2023 text's TPP-only clause."sv,
    .released_note = "reported by Reuters 2023-03-21 (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator h200_nvl{
    .name = "NVIDIA H200 NVL (per GPU)"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = h100_nvl.compute,
    .dies = {dies::gh100},
    .memory = h200_sxm.memory,
    .io_bandwidth = 900_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2024} / 11 / 18,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 900_GBps, link_direction::bidirectional}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h200_nvl_entry{
    .id = "nvidia-h200-nvl"sv,
    .name = "NVIDIA H200 NVL"sv,
    .spec = &h200_nvl,
    .aliases = {"h200-nvl"sv},
    .sources = {derived(field::compute, "nvidia-h200-page"sv, "NVL column printed with sparsity; halved"sv),
                rate_source(fp64, value_kind::datasheet, "nvidia-h200-page"sv, "FP64 Tensor Core, dense"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv),
                derived(field::memory_layout, "nvidia-h200-page"sv, "as H200 SXM"sv),
                datasheet(field::memory_capacity, "nvidia-h200-page"sv),
                datasheet(field::memory_bandwidth, "nvidia-h200-page"sv),
                datasheet(field::io_bandwidth, "nvidia-h200-page"sv, "2- or 4-way NVLink bridge, 900 GB/s"sv),
                datasheet(field::tdp, "nvidia-h200-page"sv, "up to 600 W"sv),
                datasheet(field::market, "nvidia-h200-page"sv)},
    .sparse = {{tf32, 835_sparse_tflops},
               {fp16, 1671_sparse_tflops},
               {bf16, 1671_sparse_tflops},
               {fp8, 3341_sparse_tflops},
               {int8, 3341_sparse_tops}},
    .released_note = "announced at SC24 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator gh200{
    .name = "NVIDIA GH200 (Hopper GPU)"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = h100_sxm.compute,
    .dies = {dies::gh100},
    // 4.9 TB/s over six stacks is not a whole number of bytes/s per stack: left unknown.
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 6,
               .stack_capacity = 24_GB,
               .capacity = 144_GB,
               .bandwidth = 4.9_TBps},
    .io_bandwidth = 900_GBps,
    .released = std::chrono::year{2023} / 5 / 29,
    .form_factor = form_factor::superchip,
    .links = {.scale_up = {"NVLink 4"sv, 900_GBps, link_direction::bidirectional}, .host = {"NVLink-C2C to Grace"sv}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry gh200_entry{
    .id = "nvidia-gh200"sv,
    .name = "NVIDIA GH200 (GPU part)"sv,
    .spec = &gh200,
    .aliases = {"gh200"sv, "grace-hopper"sv},
    .sources = {datasheet(field::compute, "nvidia-h100-whitepaper"sv, "GH100 at H100 SXM peaks"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv, "GH100 only; Grace is a separate package"sv),
                derived(field::memory_layout, "nvidia-gh200-page"sv, "six 24 GB HBM3e stacks"sv),
                datasheet(field::memory_capacity, "nvidia-gh200-page"sv,
                          "HBM3e option; a 96 GB HBM3 option also exists"sv),
                datasheet(field::memory_bandwidth, "nvidia-gh200-page"sv),
                datasheet(field::io_bandwidth, "nvidia-gh200-page"sv, "NVLink 900 GB/s (C2C to Grace not added)"sv),
                datasheet(field::market, "nvidia-gh200-page"sv)},
    .note = "Module power (450-1000 W) includes the Grace CPU and its memory: no GPU TDP recorded."sv,
    .released_note = "in full production, Computex 2023 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// --- more Blackwell --------------------------------------------------------------------------

inline constexpr accelerator b100{
    .name = "NVIDIA B100"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 30_tflops), dense(tf32, 875_tflops), dense(fp16, 1750_tflops), dense(bf16, 1750_tflops),
                dense(fp8, 3500_tflops), dense(int8, 3500_tops), dense(fp4, 7000_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 192_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 700_W,
    .released = std::chrono::year{2024} / 3 / 18,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 5"sv, 1800_GBps, link_direction::bidirectional}},
    .transistor_count = 208'000'000'000,
};
inline constexpr entry b100_entry{
    .id = "nvidia-b100"sv,
    .name = "NVIDIA B100"sv,
    .spec = &b100,
    .aliases = {"b100"sv},
    .sources = {secondary(field::compute, "lockwood-blackwell"sv, "dense per-GPU figures from launch material"sv),
                estimate(field::die_area, "lynskey-blackwell"sv, "two reticle-sized dies of about 800 mm² each"sv),
                derived(field::memory_layout, "lockwood-blackwell"sv, "eight 24 GB HBM3e stacks; 8 TB/s / 8"sv),
                secondary(field::memory_capacity, "lockwood-blackwell"sv),
                secondary(field::memory_bandwidth, "lockwood-blackwell"sv),
                secondary(field::io_bandwidth, "lockwood-blackwell"sv, "NVLink 1.8 TB/s"sv),
                secondary(field::tdp, "lockwood-blackwell"sv), secondary(field::market, "lockwood-blackwell"sv)},
    .released_note = "announced at GTC 2024 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "volume shipments not confirmed"sv,
};

inline constexpr accelerator gb200_gpu{
    .name = "NVIDIA GB200 (per B200 GPU, 1200 W)"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 40_tflops), dense(tf32, 1250_tflops), dense(fp16, 2500_tflops), dense(bf16, 2500_tflops),
                dense(fp8, 5000_tflops), dense(int8, 5000_tops), dense(fp4, 10000_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 186_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1200_W,
    .released = std::chrono::year{2024} / 3 / 18,
    .form_factor = form_factor::superchip,
    .links = {.scale_up = {"NVLink 5"sv, 1800_GBps, link_direction::bidirectional}, .host = {"NVLink-C2C to Grace"sv}},
    .transistor_count = 208'000'000'000,
};
inline constexpr entry gb200_gpu_entry{
    .id = "nvidia-gb200"sv,
    .name = "NVIDIA GB200 (per GPU)"sv,
    .spec = &gb200_gpu,
    .aliases = {"gb200"sv, "gb200-gpu"sv},
    .sources = {derived(field::compute, "nvidia-gb200-page"sv,
                        "per-GPU share of the NVL72 table; sparse rows halved"sv),
                rate_source(fp64, value_kind::datasheet, "nvidia-gb200-page"sv, "FP64 is dense"sv),
                estimate(field::die_area, "lynskey-blackwell"sv, "two reticle-sized dies of about 800 mm² each"sv),
                derived(field::memory_layout, "lockwood-blackwell"sv, "eight 24 GB HBM3e stacks; 8 TB/s / 8"sv),
                datasheet(field::memory_capacity, "nvidia-gb200-page"sv, "186 GB per GPU in the current table"sv),
                datasheet(field::memory_bandwidth, "nvidia-gb200-page"sv),
                datasheet(field::io_bandwidth, "nvidia-gb200-page"sv, "NVLink 1.8 TB/s per GPU"sv),
                secondary(field::tdp, "lockwood-blackwell"sv), datasheet(field::market, "nvidia-gb200-page"sv)},
    .note = "A GB200 superchip is two of these GPUs and one Grace CPU."sv,
    .released_note = "announced at GTC 2024 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator b300{
    .name = "NVIDIA B300 (HGX Blackwell Ultra)"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // NVIDIA's HGX B300 table (eight GPUs) divided by eight: FP4 108 PFLOPS dense, TF32 18 PFLOPS
    // and INT8 2 POPS with sparsity (halved). Other sources print other FP4 and INT8 figures: see
    // the entry's conflicts.
    .compute = {dense(fp64, 1.25_tflops), dense(tf32, 1125_tflops), dense(fp16, 2250_tflops), dense(bf16, 2250_tflops),
                dense(fp8, 4500_tflops), dense(int8, 125_tops), dense(fp4, 13500_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 36_GB,
               .stack_bandwidth = 962.5_GBps,
               .capacity = 270_GB,
               .bandwidth = 7.7_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1100_W,
    .released = std::chrono::year{2025} / 3 / 18,
    .form_factor = form_factor::sxm,
    .links = {.scale_up = {"NVLink 5"sv, 1800_GBps, link_direction::bidirectional}},
};
inline constexpr entry b300_entry{
    .id = "nvidia-b300"sv,
    .name = "NVIDIA B300 (HGX)"sv,
    .spec = &b300,
    .aliases = {"b300"sv, "b300-hgx"sv, "blackwell-ultra"sv},
    .sources = {secondary(field::compute, "verda-gb300"sv, "FP64, FP16, BF16 and FP8 from the dense per-GPU table"sv),
                rate_source(fp4, value_kind::derived, "nvidia-hgx-page"sv, "108 PFLOPS dense FP4 per eight GPUs / 8"sv),
                rate_source(tf32, value_kind::derived, "nvidia-hgx-page"sv,
                            "18 PFLOPS with sparsity per eight GPUs / 8, halved"sv),
                rate_source(int8, value_kind::derived, "nvidia-hgx-page"sv,
                            "2 POPS with sparsity per eight GPUs / 8, halved"sv),
                estimate(field::die_area, "lynskey-blackwell"sv, "two reticle-sized dies of about 800 mm² each"sv),
                derived(field::memory_layout, "lockwood-blackwell"sv,
                        "eight 12-high 36 GB HBM3e stacks (288 GB physical); 7.7 TB/s / 8"sv),
                secondary(field::memory_capacity, "epoch-chips"sv,
                          "270 GB usable per GPU, as transcribed from NVIDIA's Blackwell Ultra datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-hgx-page"sv),
                datasheet(field::io_bandwidth, "nvidia-hgx-page"sv, "NVLink 1.8 TB/s"sv),
                secondary(field::tdp, "lockwood-blackwell"sv), datasheet(field::market, "nvidia-hgx-page"sv)},
    .note =
        "FP4 sets the TPP: 13,500 x 4 = 54,000 exceeds the FP8 figure (36,000); with the other source's "sv
        "14,000 it would be 56,000, in 3A090.a either way."sv,
    .conflicts = {{.field = field::compute,
                   .format = fp4,
                   .used = "13,500 TFLOPS dense FP4 per GPU (108 PFLOPS per eight)"sv,
                   .used_source = "nvidia-hgx-page"sv,
                   .other = "14,000 TFLOPS dense FP4 per GPU (also the HGX column of NVIDIA's Blackwell Ultra "sv
                            "datasheet; an earlier HGX table's 105 PFLOPS per eight gives 13,125)"sv,
                   .other_source = "verda-gb300"sv,
                   .why = "NVIDIA's own page preferred to a transcription"sv},
                  {.field = field::compute,
                   .format = int8,
                   .used = "125 TOPS dense INT8 (2 POPS with sparsity per eight GPUs)"sv,
                   .used_source = "nvidia-hgx-page"sv,
                   .other = "150 TOPS dense INT8 per GPU; NVIDIA's own pages also give 154 (Blackwell Ultra "sv
                            "datasheet) and 187.5 (a later HGX table, 3 POPS with sparsity per eight)"sv,
                   .other_source = "verda-gb300"sv,
                   .why = "NVIDIA's own page preferred; INT8 does not set the TPP"sv},
                  {.field = field::memory_capacity,
                   .used = "270 GB per GPU"sv,
                   .used_source = "epoch-chips"sv,
                   .other = "2.1 TB per eight GPUs (262.5 GB per GPU)"sv,
                   .other_source = "nvidia-hgx-page"sv,
                   .why = "the per-GPU datasheet figure; the platform total is rounded"sv}},
    .released_note = "announced at GTC 2025 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator gb300_gpu{
    .name = "NVIDIA GB300 (per B300 GPU, 1400 W)"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 1.25_tflops), dense(tf32, 1250_tflops), dense(fp16, 2500_tflops), dense(bf16, 2500_tflops),
                dense(fp8, 5000_tflops), dense(int8, 165_tops), dense(fp4, 15000_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 36_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 279_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1400_W,
    .released = std::chrono::year{2025} / 3 / 18,
    .form_factor = form_factor::superchip,
    .links = {.scale_up = {"NVLink 5"sv, 1800_GBps, link_direction::bidirectional}, .host = {"NVLink-C2C to Grace"sv}},
};
inline constexpr entry gb300_gpu_entry{
    .id = "nvidia-gb300"sv,
    .name = "NVIDIA GB300 (per GPU)"sv,
    .spec = &gb300_gpu,
    .aliases = {"gb300"sv, "gb300-gpu"sv},
    .sources = {secondary(field::compute, "verda-gb300"sv, "dense per-GPU table"sv),
                estimate(field::die_area, "lynskey-blackwell"sv, "two reticle-sized dies of about 800 mm² each"sv),
                derived(field::memory_layout, "lockwood-blackwell"sv,
                        "eight 12-high 36 GB HBM3e stacks (288 GB physical); 8 TB/s / 8"sv),
                secondary(field::memory_capacity, "verda-gb300"sv, "279 GB usable"sv),
                secondary(field::memory_bandwidth, "verda-gb300"sv),
                secondary(field::io_bandwidth, "verda-gb300"sv, "NVLink 1.8 TB/s"sv),
                secondary(field::tdp, "verda-gb300"sv), secondary(field::market, "verda-gb300"sv)},
    .released_note = "announced at GTC 2025 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator rtx_pro_6000_server{
    .name = "NVIDIA RTX PRO 6000 Blackwell Server Edition"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 500_tflops), dense(bf16, 500_tflops), dense(fp8, 1000_tflops),
                dense(fp4, dense_from_sparse(4000_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::gb202},
    .memory = {.technology = memory_technology::gddr7,
               .stacks = 32,
               .stack_capacity = 3_GB,
               .stack_bandwidth = 56_GBps,
               .capacity = 96_GB,
               .bandwidth = 1792_GBps},
    .io_bandwidth = 128_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2025} / 3 / 18,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 5.0 x16"sv, 128_GBps, link_direction::bidirectional}},
    .transistor_count = 92'200'000'000,
};
inline constexpr entry rtx_pro_6000_server_entry{
    .id = "nvidia-rtx-pro-6000-server"sv,
    .name = "NVIDIA RTX PRO 6000 Blackwell Server Edition"sv,
    .spec = &rtx_pro_6000_server,
    .aliases = {"rtx-pro-6000"sv, "rtx-pro-6000-blackwell"sv},
    .sources = {derived(field::compute, "nvidia-rtx-pro-6000-page"sv,
                        "4,000 AI TOPS (FP4, with sparsity) halved; FP8 and FP16 taken as 1/2 and 1/4 of dense FP4"sv),
                datasheet(field::die_area, "nvidia-rtx-blackwell-whitepaper"sv, "GB202, 750 mm², TSMC 4N"sv),
                derived(field::memory_layout, "nvidia-rtx-pro-6000-page"sv,
                        "512-bit bus at 28 Gbps, clamshell: 32 x 3 GB GDDR7 packages of 56 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-rtx-pro-6000-page"sv),
                datasheet(field::memory_bandwidth, "nvidia-rtx-pro-6000-page"sv),
                derived(field::io_bandwidth, "nvidia-rtx-pro-6000-page"sv,
                        "PCIe Gen5 x16, no NVLink: 128 GB/s both directions together"sv),
                datasheet(field::tdp, "nvidia-rtx-pro-6000-page"sv),
                datasheet(field::market, "nvidia-rtx-pro-6000-page"sv, "Server Edition, for datacenters"sv)},
    .sparse = {{fp4, 4000_sparse_tflops}},
    .released_note = "announced at GTC 2025 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// --- more Ada Lovelace -----------------------------------------------------------------------

inline constexpr accelerator l40s{
    .name = "NVIDIA L40S"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(tf32, 183_tflops), dense(fp16, 362.05_tflops), dense(bf16, 362.05_tflops),
                dense(fp8, 733_tflops)},
    .dies = {dies::ad102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 24,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 36_GBps,
               .capacity = 48_GB,
               .bandwidth = 864_GBps},
    .io_bandwidth = 64_GBps,
    .tdp = 350_W,
    .released = std::chrono::year{2023} / 8 / 8,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 76'300'000'000,
};
inline constexpr entry l40s_entry{
    .id = "nvidia-l40s"sv,
    .name = "NVIDIA L40S"sv,
    .spec = &l40s,
    .aliases = {"l40s"sv},
    .sources = {datasheet(field::compute, "nvidia-l40s-datasheet"sv, "dense column (the sheet prints both)"sv),
                datasheet(field::die_area, "nvidia-ada-whitepaper"sv, "AD102"sv),
                derived(field::memory_layout, "nvidia-l40s-datasheet"sv,
                        "384-bit bus at 18 Gbps, clamshell: 24 x 2 GB GDDR6 packages of 36 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-l40s-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-l40s-datasheet"sv),
                derived(field::io_bandwidth, "nvidia-l40s-datasheet"sv,
                        "datasheet: PCIe Gen4 x16, 64 GB/s bidirectional; NVLink not supported"sv),
                datasheet(field::tdp, "nvidia-l40s-datasheet"sv), datasheet(field::market, "nvidia-l40s-datasheet"sv)},
    .released_note = "announced at SIGGRAPH 2023 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator l40{
    .name = "NVIDIA L40"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(tf32, 90.5_tflops), dense(fp16, 181.05_tflops), dense(bf16, 181.05_tflops),
                dense(fp8, 362_tflops), dense(int8, 362_tops), dense(int4, 724_tops)},
    .dies = {dies::ad102},
    .memory = l40s.memory,
    .io_bandwidth = 64_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2022} / 9 / 20,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 76'300'000'000,
};
inline constexpr entry l40_entry{
    .id = "nvidia-l40"sv,
    .name = "NVIDIA L40"sv,
    .spec = &l40,
    .aliases = {"l40"sv},
    .sources = {datasheet(field::compute, "nvidia-l40-datasheet"sv, "dense column (the sheet prints both)"sv),
                datasheet(field::die_area, "nvidia-ada-whitepaper"sv, "AD102"sv),
                derived(field::memory_layout, "nvidia-l40-datasheet"sv, "as L40S"sv),
                datasheet(field::memory_capacity, "nvidia-l40-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-l40-datasheet"sv),
                derived(field::io_bandwidth, "nvidia-l40-datasheet"sv,
                        "datasheet: PCIe Gen4 x16, 64 GB/s bidirectional; NVLink not supported"sv),
                datasheet(field::tdp, "nvidia-l40-datasheet"sv), datasheet(field::market, "nvidia-l40-datasheet"sv)},
    .released_note = "announced at GTC Fall 2022 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator l20{
    .name = "NVIDIA L20"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(tf32, 59.8_tflops), dense(fp16, 119.5_tflops), dense(bf16, 119.5_tflops), dense(fp8, 239_tflops),
                dense(int8, 239_tops)},
    .dies = {dies::ad102},
    .memory = l40s.memory,
    .io_bandwidth = 64_GBps,
    .tdp = 275_W,
    .released = std::chrono::year{2024} / 2 / 1,
    .form_factor = form_factor::pcie,
    .transistor_count = 76'300'000'000,
};
inline constexpr entry l20_entry{
    .id = "nvidia-l20"sv,
    .name = "NVIDIA L20"sv,
    .spec = &l20,
    .aliases = {"l20"sv},
    .derived_from = "nvidia-l40"sv,
    .sources = {secondary(field::compute, "tomshardware-h20"sv, "no public NVIDIA datasheet"sv),
                secondary(field::die_area, "epoch-chips"sv, "AD102"sv),
                derived(field::memory_layout, "tomshardware-h20"sv, "48 GB GDDR6 as on L40"sv),
                secondary(field::memory_capacity, "tomshardware-h20"sv),
                secondary(field::memory_bandwidth, "tomshardware-h20"sv),
                derived(field::io_bandwidth, "tomshardware-h20"sv,
                        "PCIe (Gen4 x16 assumed): 64 GB/s both directions together"sv),
                secondary(field::tdp, "tomshardware-h20"sv), secondary(field::market, "tomshardware-h20"sv)},
    .released_note = "China-market card reported with the H20 in early 2024 (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator l2{
    .name = "NVIDIA L2"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(tf32, 48.3_tflops), dense(fp16, 96.5_tflops), dense(bf16, 96.5_tflops), dense(fp8, 193_tflops),
                dense(int8, 193_tops)},
    .dies = {dies::ad104},
    .memory = {.technology = memory_technology::gddr6, .capacity = 24_GB, .bandwidth = 300_GBps},
    .io_bandwidth = 64_GBps,
    .released = std::chrono::year{2024} / 2 / 1,
    .form_factor = form_factor::pcie,
};
inline constexpr entry l2_entry{
    .id = "nvidia-l2"sv,
    .name = "NVIDIA L2"sv,
    .spec = &l2,
    .aliases = {"l2"sv},
    .derived_from = "nvidia-l4"sv,
    .sources = {secondary(field::compute, "tomshardware-h20"sv, "no public NVIDIA datasheet"sv),
                estimate(field::die_area, "epoch-chips"sv, "AD104 assumed (as L4); not confirmed"sv),
                secondary(field::memory_layout, "tomshardware-h20"sv, "GDDR6"sv),
                secondary(field::memory_capacity, "tomshardware-h20"sv),
                secondary(field::memory_bandwidth, "tomshardware-h20"sv),
                derived(field::io_bandwidth, "tomshardware-h20"sv,
                        "PCIe (Gen4 x16 assumed): 64 GB/s both directions together"sv),
                secondary(field::market, "tomshardware-h20"sv)},
    .note =
        "TPP 1,545.6 (TF32 read as 32-bit) is under the 1,600 floor of every density clause, so the unconfirmed "sv
        "die does not matter. TDP not found."sv,
    .released_note = "China-market card reported with the H20 in early 2024 (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator rtx_4080{
    .name = "NVIDIA GeForce RTX 4080"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::other,
    .compute = {dense(tf32, 48.7_tflops), dense(fp16, 194.9_tflops), dense(bf16, 97.5_tflops), dense(fp8, 389.9_tflops),
                dense(int8, 389.9_tops), dense(int4, 779.8_tops)},
    .dies = {dies::ad103},
    .memory = {.technology = memory_technology::gddr6x,
               .stacks = 8,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 89.6_GBps,
               .capacity = 16_GB,
               .bandwidth = 716.8_GBps},
    .io_bandwidth = 64_GBps,
    .tdp = 320_W,
    .released = std::chrono::year{2022} / 9 / 20,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 45'900'000'000,
};
inline constexpr entry rtx_4080_entry{
    .id = "nvidia-rtx-4080"sv,
    .name = "NVIDIA GeForce RTX 4080"sv,
    .spec = &rtx_4080,
    .aliases = {"rtx-4080"sv, "rtx4080"sv, "4080"sv},
    .sources = {datasheet(field::compute, "nvidia-ada-whitepaper"sv, "dense Tensor Core peaks at 2,505 MHz boost"sv),
                datasheet(field::die_area, "nvidia-ada-whitepaper"sv, "AD103, 378.6 mm²"sv),
                derived(field::memory_layout, "nvidia-ada-whitepaper"sv,
                        "256-bit bus at 22.4 Gbps: eight 2 GB GDDR6X packages of 89.6 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-ada-whitepaper"sv),
                datasheet(field::memory_bandwidth, "nvidia-ada-whitepaper"sv),
                derived(field::io_bandwidth, "nvidia-ada-whitepaper"sv,
                        "PCIe 4.0 x16: 64 GB/s both directions together"sv),
                datasheet(field::tdp, "nvidia-ada-whitepaper"sv),
                datasheet(field::market, "nvidia-ada-whitepaper"sv, "GeForce: gaming and creator market"sv)},
    .note = "Density above 5.92 but TPP under 4,800 and not for datacenters: outside 3A090 by the note."sv,
    .released_note = "announced 2022-09-20 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (end of life)"sv,
};

inline constexpr accelerator rtx_6000_ada{
    .name = "NVIDIA RTX 6000 Ada Generation"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::other,
    .compute = {dense(fp8, dense_from_sparse(1457_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::ad102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 24,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 40_GBps,
               .capacity = 48_GB,
               .bandwidth = 960_GBps},
    .io_bandwidth = 64_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2022} / 9 / 20,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 64_GBps, link_direction::bidirectional}},
    .transistor_count = 76'300'000'000,
};
inline constexpr entry rtx_6000_ada_entry{
    .id = "nvidia-rtx-6000-ada"sv,
    .name = "NVIDIA RTX 6000 Ada Generation"sv,
    .spec = &rtx_6000_ada,
    .aliases = {"rtx-6000-ada"sv, "rtx6000-ada"sv},
    .sources = {derived(field::compute, "nvidia-rtx6000-ada-datasheet"sv,
                        "'Tensor performance' 1,457 TFLOPS is FP8 with sparsity; halved. Other formats not printed"sv),
                datasheet(field::die_area, "nvidia-ada-whitepaper"sv, "AD102"sv),
                derived(field::memory_layout, "nvidia-rtx6000-ada-datasheet"sv,
                        "384-bit bus at 20 Gbps, clamshell: 24 x 2 GB GDDR6 packages of 40 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-rtx6000-ada-datasheet"sv),
                datasheet(field::memory_bandwidth, "nvidia-rtx6000-ada-datasheet"sv),
                derived(field::io_bandwidth, "nvidia-rtx6000-ada-datasheet"sv,
                        "PCIe 4.0 x16, no NVLink: 64 GB/s both directions together"sv),
                datasheet(field::tdp, "nvidia-rtx6000-ada-datasheet"sv),
                datasheet(field::market, "nvidia-rtx6000-ada-datasheet"sv, "professional workstation card"sv)},
    .sparse = {{fp8, 1457_sparse_tflops}},
    .released_note = "announced 2022-09-20 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator rtx_5090{
    .name = "NVIDIA GeForce RTX 5090"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::other,
    .compute = {dense(tf32, 104.8_tflops), dense(fp16, 419.2_tflops), dense(bf16, 209.6_tflops),
                dense(fp8, 838.4_tflops), dense(fp4, dense_from_sparse(3352_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::gb202},
    .memory = {.technology = memory_technology::gddr7,
               .stacks = 16,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 112_GBps,
               .capacity = 32_GB,
               .bandwidth = 1792_GBps},
    .io_bandwidth = 128_GBps,
    .tdp = 575_W,
    .released = std::chrono::year{2025} / 1 / 6,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 5.0 x16"sv, 128_GBps, link_direction::bidirectional}},
    .transistor_count = 92'200'000'000,
};
inline constexpr entry rtx_5090_entry{
    .id = "nvidia-rtx-5090"sv,
    .name = "NVIDIA GeForce RTX 5090"sv,
    .spec = &rtx_5090,
    .aliases = {"rtx-5090"sv, "rtx5090"sv, "5090"sv},
    .sources = {derived(
                    field::compute, "nvidia-rtx-blackwell-whitepaper"sv,
                    "3,352 AI TOPS (FP4, with sparsity) halved; FP8/FP16 dense; BF16/TF32 at the GeForce half rate"sv),
                datasheet(field::die_area, "nvidia-rtx-blackwell-whitepaper"sv, "GB202, 750 mm²"sv),
                derived(field::memory_layout, "nvidia-rtx-blackwell-whitepaper"sv,
                        "512-bit bus at 28 Gbps: sixteen 2 GB GDDR7 packages of 112 GB/s"sv),
                datasheet(field::memory_capacity, "nvidia-rtx-blackwell-whitepaper"sv),
                datasheet(field::memory_bandwidth, "nvidia-rtx-blackwell-whitepaper"sv),
                derived(field::io_bandwidth, "nvidia-rtx-blackwell-whitepaper"sv,
                        "PCIe 5.0 x16: 128 GB/s both directions together"sv),
                datasheet(field::tdp, "nvidia-rtx-blackwell-whitepaper"sv),
                datasheet(field::market, "nvidia-rtx-blackwell-whitepaper"sv, "GeForce"sv)},
    .sparse = {{fp4, 3352_sparse_tflops}},
    .released_note = "announced at CES 2025 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator rtx_5090d{
    .name = "NVIDIA GeForce RTX 5090D"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::other,
    .compute = {dense(fp16, 296.9_tflops), dense(fp8, 593.75_tflops),
                dense(fp4, dense_from_sparse(2375_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::gb202},
    .memory = rtx_5090.memory,
    .io_bandwidth = 128_GBps,
    .tdp = 575_W,
    .released = std::chrono::year{2025} / 1 / 6,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 5.0 x16"sv, 128_GBps, link_direction::bidirectional}},
    .transistor_count = 92'200'000'000,
};
inline constexpr entry rtx_5090d_entry{
    .id = "nvidia-rtx-5090d"sv,
    .name = "NVIDIA GeForce RTX 5090D"sv,
    .spec = &rtx_5090d,
    .aliases = {"rtx-5090d"sv, "rtx5090d"sv, "5090d"sv},
    .derived_from = "nvidia-rtx-5090"sv,
    .sources = {derived(field::compute, "tomshardware-5090d"sv,
                        "AI TOPS capped at 2,375 (FP4, with sparsity) and halved; FP8/FP16 scaled from it"sv),
                datasheet(field::die_area, "nvidia-rtx-blackwell-whitepaper"sv, "GB202"sv),
                derived(field::memory_layout, "tomshardware-5090d"sv, "as RTX 5090 (first version)"sv),
                secondary(field::memory_capacity, "tomshardware-5090d"sv),
                secondary(field::memory_bandwidth, "tomshardware-5090d"sv),
                derived(field::io_bandwidth, "tomshardware-5090d"sv,
                        "PCIe 5.0 x16: 128 GB/s both directions together"sv),
                secondary(field::tdp, "tomshardware-5090d"sv),
                secondary(field::market, "tomshardware-5090d"sv, "GeForce"sv)},
    .sparse = {{fp4, 2375_sparse_tflops}},
    .note = "First version (32 GB). The August 2025 V2 has 24 GB at 1,344 GB/s and the same AI TOPS cap."sv,
    .released_note = "announced at CES 2025 for China (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

// --- China-market PCIe cards, the RTX PRO 6000 workstation card, and products known by name only ---

// The A800 PCIe: the A100 80GB PCIe with NVLink cut from 600 to 400 GB/s for the October 2022 text.
// NVIDIA published it on its China site only; the figures come from press and aggregators.
inline constexpr accelerator a800_pcie{
    .name = "NVIDIA A800 PCIe 80GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = a100_pcie.compute,
    .dies = {dies::ga100},
    .memory = a100_pcie.memory,
    .io_bandwidth = 400_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2022} / 11 / 7,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 400_GBps, link_direction::bidirectional},
              .host = {"PCIe 4.0 x16"sv, 32_GBps, link_direction::per_direction}},
    .transistor_count = 54'200'000'000,
};
inline constexpr entry a800_pcie_entry{
    .id = "nvidia-a800-pcie"sv,
    .name = "NVIDIA A800 PCIe 80GB"sv,
    .spec = &a800_pcie,
    .aliases = {"a800-pcie"sv, "a800-80gb-pcie"sv},
    .derived_from = "nvidia-a100-pcie"sv,
    .sources = {secondary(field::compute, "tweakers-a800"sv,
                          "the A100's rates unchanged (\"dezelfde als die van de A100-serie\")"sv),
                datasheet(field::die_area, "nvidia-a100-whitepaper"sv, "GA100, 826 mm², TSMC N7"sv),
                estimate(field::memory_layout, "hmc-tech-a800"sv, "80 GB HBM2e; stack layout as the A100 80GB PCIe"sv),
                secondary(field::memory_capacity, "hmc-tech-a800"sv),
                estimate(field::memory_bandwidth, "hmc-tech-a800"sv,
                         "1,935 GB/s is the A100 80GB PCIe figure; no A800 page read prints it"sv),
                secondary(field::io_bandwidth, "tweakers-a800"sv, "NVLink cut to 400 GB/s"sv),
                derived(field::links, "tweakers-a800"sv,
                        "NVLink bridge 400 GB/s; PCIe 4.0 x16 host link, 32 GB/s per direction"sv),
                secondary(field::tdp, "tweakers-a800"sv, "300 W for the PCIe variant"sv),
                secondary(field::market, "tweakers-a800"sv, "datacenter PCIe card"sv),
                secondary(field::dates, "aiwiki-a800"sv, "NVIDIA confirmed the A800 on 2022-11-07"sv)},
    .note =
        "Same compute as the A100: TPP 4,992 puts it in 3A090.a under the October 2023 text; the 400 GB/s "sv
        "NVLink kept it below the October 2022 text's 600 GB/s I/O prong."sv,
    .conflicts = {{.field = field::tdp,
                   .used = "300 W"sv,
                   .used_source = "tweakers-a800"sv,
                   .other = "250 W"sv,
                   .other_source = "hmc-tech-a800"sv,
                   .why = "Tweakers reports the A100 PCIe's TDP unchanged"sv}},
    .announced = std::chrono::year{2022} / 11 / 7,
    .released_note = "confirmed by NVIDIA on 2022-11-07 (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

// The H800 PCIe: no H800-PCIe-specific page was found. Every value is the H100 PCIe's, by the
// analogy the H800 SXM shows (same GH100, NVLink cut to 400 GB/s): all marked estimates.
inline constexpr accelerator h800_pcie{
    .name = "NVIDIA H800 PCIe 80GB"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(tf32, dense_from_sparse(756_sparse_tflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(1513_sparse_tflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(1513_sparse_tflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(3026_sparse_tflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(3026_sparse_tops, sparsity::structured_2_4))},
    .dies = {dies::gh100},
    .memory = h100_pcie.memory,
    .io_bandwidth = 400_GBps,
    .tdp = 350_W,
    .released = std::chrono::year{2023} / 3 / 21,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"NVLink bridge"sv, 400_GBps, link_direction::bidirectional},
              .host = {"PCIe 5.0 x16"sv, 64_GBps, link_direction::per_direction}},
    .transistor_count = 80'000'000'000,
};
inline constexpr entry h800_pcie_entry{
    .id = "nvidia-h800-pcie"sv,
    .name = "NVIDIA H800 PCIe 80GB"sv,
    .spec = &h800_pcie,
    .aliases = {"h800-pcie"sv, "h800-80gb-pcie"sv},
    .derived_from = "nvidia-h100-pcie"sv,
    .sources = {estimate(field::compute, "philisun-h800"sv,
                         "the H100 PCIe's tensor rates (the H800 keeps the H100's tensor throughput); FP64 cut "sv
                         "(about 0.8 TFLOPS reported, unverified) and not recorded"sv),
                datasheet(field::die_area, "nvidia-h100-whitepaper"sv, "GH100, 814 mm², TSMC 4N"sv),
                estimate(field::memory_layout, "philisun-h800"sv, "as the H100 PCIe: five 16 GB HBM2e stacks"sv),
                estimate(field::memory_capacity, "philisun-h800"sv, "80 GB, as the H100 PCIe"sv),
                estimate(field::memory_bandwidth, "philisun-h800"sv, "2.0 TB/s, as the H100 PCIe"sv),
                secondary(field::io_bandwidth, "philisun-h800"sv, "NVLink cut to 400 GB/s"sv),
                estimate(field::links, "philisun-h800"sv, "NVLink bridge 400 GB/s; PCIe 5.0 x16 as the H100 PCIe"sv),
                estimate(field::tdp, "philisun-h800"sv, "350 W, as the H100 PCIe"sv),
                secondary(field::market, "philisun-h800"sv, "datacenter part for China"sv),
                secondary(field::dates, "aiwiki-h800"sv, "H800 launched 2023-03-21"sv)},
    .sparse = {{tf32, 756_sparse_tflops},
               {fp16, 1513_sparse_tflops},
               {bf16, 1513_sparse_tflops},
               {fp8, 3026_sparse_tflops},
               {int8, 3026_sparse_tops}},
    .note = "No H800 PCIe datasheet is public: every figure is the H100 PCIe's by analogy (estimates)."sv,
    .announced = std::chrono::year{2023} / 3 / 21,
    .released_note = "H800 launched 2023-03-21 (secondary; the PCIe card's own date not found)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator rtx_pro_6000_workstation{
    .name = "NVIDIA RTX PRO 6000 Blackwell Workstation Edition"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::other,
    .compute = rtx_pro_6000_server.compute,
    .dies = {dies::gb202},
    .memory = rtx_pro_6000_server.memory,
    .io_bandwidth = 128_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2025} / 3 / 18,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 5.0 x16"sv, 64_GBps, link_direction::per_direction}},
    .transistor_count = 92'200'000'000,
};
inline constexpr entry rtx_pro_6000_workstation_entry{
    .id = "nvidia-rtx-pro-6000-workstation"sv,
    .name = "NVIDIA RTX PRO 6000 Blackwell Workstation Edition"sv,
    .spec = &rtx_pro_6000_workstation,
    .aliases = {"rtx-pro-6000-workstation"sv, "rtx-pro-6000-ws"sv},
    .derived_from = "nvidia-rtx-pro-6000-server"sv,
    .sources = {derived(field::compute, "fixstars-rtx-pro-6000"sv,
                        "4,000 AI TOPS (FP4, with sparsity) halved; FP8 and FP16 taken as 1/2 and 1/4 of dense FP4 "sv
                        "(an aggregator's clock arithmetic gives 2,015 / 1,008 / 503.8)"sv),
                datasheet(field::die_area, "nvidia-rtx-blackwell-whitepaper"sv, "GB202, 750 mm², TSMC 4N"sv),
                derived(field::memory_layout, "gpuname-rtx-pro-6000"sv,
                        "512-bit GDDR7 at 28 Gbps, 32 x 3 GB packages"sv),
                secondary(field::memory_capacity, "gpuname-rtx-pro-6000"sv, "96 GB GDDR7 with ECC"sv),
                secondary(field::memory_bandwidth, "gpuname-rtx-pro-6000"sv, "1,792 GB/s"sv),
                derived(field::io_bandwidth, "gpuname-rtx-pro-6000"sv,
                        "PCIe 5.0 x16, no NVLink: 128 GB/s both directions together"sv),
                secondary(field::tdp, "gpuname-rtx-pro-6000"sv, "600 W (the Max-Q edition: 300 W)"sv),
                secondary(field::market, "fixstars-rtx-pro-6000"sv,
                          "workstation card; the Server Edition is the datacenter SKU"sv),
                secondary(field::dates, "gpuname-rtx-pro-6000"sv,
                          "announced at GTC 2025 (2025-03-18); on sale from April 2025 (day not known)"sv)},
    .sparse = {{fp4, 4000_sparse_tflops}},
    .note =
        "Not designed or marketed for datacenters, but TPP 8,000 is above 4,800: 3A090.a, eligible for "sv
        "License Exception NAC/ACA."sv,
    .announced = std::chrono::year{2025} / 3 / 18,
    .released_note = "announced at GTC 2025 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (PNY and distributors)"sv,
};

// Products known by name only: no rate, die or memory figure was published, so none is recorded.
// classify() is undecided for them; assess() still applies the notices and guidance that name them.
inline constexpr accelerator b30a{
    .name = "NVIDIA B30A"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .released = std::chrono::year{2025} / 8 / 19,
};
inline constexpr entry b30a_entry{
    .id = "nvidia-b30a"sv,
    .name = "NVIDIA B30A (reported)"sv,
    .spec = &b30a,
    .aliases = {"b30a"sv},
    .sources = {secondary(field::identity, "bnn-b30a"sv,
                          "Reuters: a single-die Blackwell Ultra derivative for China with about half the B300's "sv
                          "compute, HBM and NVLink; specifications not final"sv),
                secondary(field::market, "bnn-b30a"sv, "datacenter part"sv)},
    .note = "Known by name only: no rate was published, so TPP, density and the classification are unknown."sv,
    .level = detail_level::name_only,
    .released_note = "first reported 2025-08-19 (Reuters); not released as of the catalog's date"sv,
    .us_available = truth::no,
    .us_available_source = "reported as a China-market product"sv,
};

inline constexpr accelerator rtx_pro_6000d{
    .name = "NVIDIA RTX PRO 6000D"sv,
    .vendor = "NVIDIA"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .released = std::chrono::year{2025} / 7 / 15,
};
inline constexpr entry rtx_pro_6000d_entry{
    .id = "nvidia-rtx-pro-6000d"sv,
    .name = "NVIDIA RTX PRO 6000D (B40, reported)"sv,
    .spec = &rtx_pro_6000d,
    .aliases = {"rtx-pro-6000d"sv, "b40"sv},
    .sources = {secondary(
                    field::identity, "coinpaper-rtx6000d"sv,
                    "unveiled in July 2025 for China; reported with 84 GB GDDR7 on a 448-bit bus and no NVLink; "sv
                    "AI TOPS not published; Chinese regulators told buyers to stop testing it (reported "sv
                    "2025-09-17)"sv),
                secondary(field::market, "coinpaper-rtx6000d"sv, "server part for China"sv)},
    .note = "Known by name only: no rate was published, so TPP, density and the classification are unknown."sv,
    .level = detail_level::name_only,
    .released_note =
        "unveiled in July 2025 during NVIDIA's Beijing visit (secondary; day not known: mid-month "sv
        "recorded)"sv,
    .us_available = truth::no,
    .us_available_source = "made for China only"sv,
};

}  // namespace accelspec::catalog::nvidia

// ---- end accelspec/catalog/nvidia.hpp ----

// (inlined: others.hpp)
// ---- begin accelspec/catalog/others.hpp ----
// Accelerators of Cerebras and Cambricon (Google's and AWS's are in google.hpp and aws.hpp).

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog {

namespace cerebras {
using namespace ::accelspec::literals;

inline constexpr accelerator wse3{
    .name = "Cerebras WSE-3"sv,
    .vendor = "Cerebras"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // The vendor's "125 petaflops of peak AI performance" states neither format nor sparsity:
    // no dense rate is recorded, so TPP is unknown.
    .dies = {{.name = "WSE-3 wafer"sv,
              .area = 46225_mm2,
              .transistors = non_planar,
              .foundry = "TSMC"sv,
              .process = "5 nm"sv}},
    .memory = {.technology = memory_technology::sram, .capacity = 44_GB, .bandwidth = 21'000'000_GBps},
    .released = std::chrono::year{2024} / 3 / 13,
    .form_factor = form_factor::wafer,
    .transistor_count = 4'000'000'000'000,
};
inline constexpr entry wse3_entry{
    .id = "cerebras-wse-3"sv,
    .name = "Cerebras WSE-3"sv,
    .spec = &wse3,
    .aliases = {"wse-3"sv, "wse3"sv},
    .sources = {datasheet(field::die_area, "cerebras-wse3"sv, "46,225 mm² wafer-scale die, TSMC 5 nm"sv),
                datasheet(field::memory_layout, "cerebras-wse3"sv, "on-wafer SRAM"sv),
                datasheet(field::memory_capacity, "cerebras-wse3"sv),
                datasheet(field::memory_bandwidth, "cerebras-wse3"sv, "21 PB/s"sv),
                datasheet(field::market, "cerebras-wse3"sv)},
    .note = "No dense rate published: TPP and the classification are unknown."sv,
    .released_note = "announced 2024-03-13 (Cerebras press release)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (as CS-3 systems)"sv,
};
}  // namespace cerebras

namespace cambricon {
using namespace ::accelspec::literals;

inline constexpr accelerator mlu370{
    .name = "Cambricon MLU370 (one of two ICs on the MLU370-X8 card)"sv,
    .vendor = "Cambricon"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 48_tflops), dense(bf16, 48_tflops), dense(int8, 128_tops)},
    .dies =
        {{.name = "MLU370 chiplet"sv, .transistors = non_planar, .count = 2, .foundry = "TSMC"sv, .process = "7 nm"sv}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 24_GB, .bandwidth = 307.2_GBps},
    .released = std::chrono::year{2022} / 3 / 21,
    .form_factor = form_factor::pcie,
};
inline constexpr entry mlu370_entry{
    .id = "cambricon-mlu370-x8"sv,
    .name = "Cambricon MLU370-X8 (per IC)"sv,
    .spec = &mlu370,
    .aliases = {"mlu370"sv, "mlu370-x8"sv},
    .sources = {derived(field::compute, "cambricon-mlu370"sv, "card figures (96 TFLOPS FP16, 256 TOPS INT8) halved"sv),
                datasheet(field::die_area, "cambricon-mlu370"sv,
                          "two chiplets per IC, TSMC 7 nm; areas not published"sv),
                datasheet(field::memory_layout, "cambricon-mlu370"sv, "LPDDR5"sv),
                derived(field::memory_capacity, "cambricon-mlu370"sv, "48 GB card memory halved"sv),
                derived(field::memory_bandwidth, "cambricon-mlu370"sv, "614.4 GB/s card bandwidth halved"sv),
                datasheet(field::market, "cambricon-mlu370"sv)},
    .note = "3A090 applies per integrated circuit: the card carries two, so the card's rates are halved."sv,
    .released_note = "launched 2022-03-21 (Chinese press)"sv,
    .us_available = truth::no,
    .us_available_source = "Chinese vendor on the Entity List since 2022-12"sv,
};
}  // namespace cambricon

}  // namespace accelspec::catalog

// ---- end accelspec/catalog/others.hpp ----

// (inlined: sambanova.hpp)
// ---- begin accelspec/catalog/sambanova.hpp ----
// SambaNova's SN40L reconfigurable dataflow unit. Figures from SambaNova's Hot Chips 2024 slide,
// read in a reproduction.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/literals.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog::sambanova {
using namespace ::accelspec::literals;

inline constexpr accelerator sn40l{
    .name = "SambaNova SN40L"sv,
    .vendor = "SambaNova"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 638_tflops)},
    .dies = {{.name = "SN40L die"sv, .transistors = non_planar, .count = 2, .foundry = "TSMC"sv, .process = "N5"sv}},
    // Three memory tiers: 520 MB SRAM, 64 GB HBM, up to 1.5 TB DDR. The HBM tier is recorded.
    .memory = {.technology = memory_technology::hbm, .capacity = 64_GB, .bandwidth = 1.6_TBps},
    .released = std::chrono::year{2023} / 9 / 19,
    .transistor_count = 102'000'000'000,
};
inline constexpr entry sn40l_entry{
    .id = "sambanova-sn40l"sv,
    .name = "SambaNova SN40L"sv,
    .spec = &sn40l,
    .aliases = {"sn40l"sv},
    .sources = {datasheet(field::compute, "sambanova-hotchips-2024"sv,
                          "638 TFLOPS (bf16); not labelled dense or sparse, and no sparsity mode is advertised"sv),
                secondary(field::die_area, "aiwiki-sn40l"sv, "two TSMC 5 nm dies on CoWoS-S; areas not published"sv),
                datasheet(field::transistor_count, "sambanova-hotchips-2024"sv, "102 billion"sv),
                secondary(field::memory_layout, "aiwiki-sn40l"sv,
                          "HBM tier (HBM3 per aiwiki); DDR tier not recorded"sv),
                datasheet(field::memory_capacity, "sambanova-hotchips-2024"sv, "64 GB of HBM"sv),
                estimate(field::memory_bandwidth, "sambanova-hotchips-2024"sv,
                         "25.6 TB/s for a 16-socket system / 16"sv),
                secondary(field::market, "aiwiki-sn40l"sv, "datacenter systems"sv),
                secondary(field::dates, "aiwiki-sn40l"sv, "announced 2023-09-19"sv)},
    .note = "Chip-to-chip link rates not published: the 2022 text's I/O prong is undecided."sv,
    .announced = std::chrono::year{2023} / 9 / 19,
    .released_note = "announced 2023-09-19 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold by a US company (systems and cloud)"sv,
};

}  // namespace accelspec::catalog::sambanova

// ---- end accelspec/catalog/sambanova.hpp ----

namespace accelspec::catalog {

// Every entry, grouped by vendor.
inline constexpr std::array all = {
    // NVIDIA
    &nvidia::v100_sxm2_entry,
    &nvidia::t4_entry,
    &nvidia::a100_sxm_entry,
    &nvidia::a100_pcie_entry,
    &nvidia::a800_sxm_entry,
    &nvidia::a30_entry,
    &nvidia::a10_entry,
    &nvidia::a40_entry,
    &nvidia::h100_sxm_entry,
    &nvidia::h100_pcie_entry,
    &nvidia::h100_nvl_entry,
    &nvidia::h800_sxm_entry,
    &nvidia::h20_entry,
    &nvidia::h200_sxm_entry,
    &nvidia::h200_nvl_entry,
    &nvidia::gh200_entry,
    &nvidia::b100_entry,
    &nvidia::b200_entry,
    &nvidia::gb200_gpu_entry,
    &nvidia::b300_entry,
    &nvidia::gb300_gpu_entry,
    &nvidia::l4_entry,
    &nvidia::l2_entry,
    &nvidia::l40_entry,
    &nvidia::l40s_entry,
    &nvidia::l20_entry,
    &nvidia::rtx_4080_entry,
    &nvidia::rtx_4090_entry,
    &nvidia::rtx_4090d_entry,
    &nvidia::rtx_6000_ada_entry,
    &nvidia::rtx_5090_entry,
    &nvidia::rtx_5090d_entry,
    &nvidia::rtx_pro_6000_server_entry,
    &nvidia::rtx_pro_6000_workstation_entry,
    &nvidia::a800_pcie_entry,
    &nvidia::h800_pcie_entry,
    &nvidia::b30a_entry,
    &nvidia::rtx_pro_6000d_entry,
    // AMD
    &amd::mi100_entry,
    &amd::mi210_entry,
    &amd::mi250_entry,
    &amd::mi250x_entry,
    &amd::mi300x_entry,
    &amd::mi300a_entry,
    &amd::mi325x_entry,
    &amd::mi355x_entry,
    &amd::mi350x_entry,
    &amd::mi308x_entry,
    // Intel
    &intel::gaudi2_entry,
    &intel::gaudi2_hl225b_entry,
    &intel::gaudi3_entry,
    &intel::gaudi3_pcie_entry,
    // Huawei
    &huawei::ascend_910b_entry,
    &huawei::ascend_910c_entry,
    &huawei::ascend_910d_entry,
    // Google
    &google::tpu_v4_entry,
    &google::tpu_v5e_entry,
    &google::tpu_v5p_entry,
    &google::tpu_v6e_entry,
    &google::tpu7x_entry,
    // AWS
    &aws::trainium2_entry,
    &aws::trainium3_entry,
    &aws::trainium1_entry,
    &aws::inferentia2_entry,
    // Cerebras
    &cerebras::wse3_entry,
    // Cambricon
    &cambricon::mlu370_entry,
    // Microsoft
    &microsoft::maia100_entry,
    &microsoft::maia200_entry,
    // Meta
    &meta::mtia_v1_entry,
    &meta::mtia_v2_entry,
    // Groq
    &groq::lpu_v1_entry,
    // SambaNova
    &sambanova::sn40l_entry,
    // Biren
    &biren::br100_entry,
    // Moore Threads
    &moore_threads::mtt_s4000_entry,
};

namespace detail {

constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool iequal(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

}  // namespace detail

// The entry whose id or one of whose aliases equals `key` (ignoring ASCII case); nullptr if none.
constexpr const entry* find(std::string_view key) noexcept {
  for (const entry* e : all) {
    if (detail::iequal(e->id, key)) return e;
  }
  for (const entry* e : all) {
    for (const std::string_view alias : e->aliases) {
      if (detail::iequal(alias, key)) return e;
    }
  }
  return nullptr;
}

}  // namespace accelspec::catalog

// ---- end accelspec/catalog/all.hpp ----

// (inlined: catalog/claims.hpp)
// ---- begin accelspec/catalog/claims.hpp ----
// Checks a published claim against the catalog's own derivation. A claim holds when the derived
// figure is within the printed rounding of the printed figure (for TPP and density), when the
// classifier reaches the printed classification under the named vintage, or when the chip is
// within the parameters the January 2026 review policy names.

// (inlined: ../detail/cxx20.hpp)

// (inlined: ../maybe.hpp)

// (inlined: ../metrics/bandwidth.hpp)
// (inlined: ../metrics/density.hpp)
// (inlined: ../metrics/tpp.hpp)
// (inlined: ../policy/china_zone.hpp)
// (inlined: ../rules/classify.hpp)
// (inlined: ../rules/rule.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: entry.hpp)

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

// ---- end accelspec/catalog/claims.hpp ----

// (inlined: catalog/entry.hpp)
// (inlined: catalog/sources.hpp)
// ---- begin accelspec/catalog/sources.hpp ----
// The citations behind the catalog's values. Every provenance record and published claim names
// one of these ids; the catalog tests check that each id resolves. Vendor documents are preferred;
// where a figure was only found in press or analyst coverage, that coverage is cited and the value
// is marked secondary (or estimate) in the entry.

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <string_view>

namespace accelspec::catalog {
// String literals as "..."sv: a string_view made from a plain literal counts its characters
// one by one in a constant evaluation (libstdc++), which was most of the catalog's constexpr
// steps and a large part of its compile time.
using namespace std::string_view_literals;

struct source {
  std::string_view id{};
  std::string_view title{};
  std::string_view publisher{};
  std::string_view date{};  // ISO 8601, as precise as known: "2023", "2023-10", "2023-10-25"
  std::string_view url{};
};

inline constexpr std::array sources{
    // NVIDIA
    source{"nvidia-v100-datasheet"sv, "NVIDIA Tesla V100 GPU Accelerator datasheet"sv, "NVIDIA"sv, "2018"sv,
           "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf"sv},
    source{"nvidia-a100-whitepaper"sv, "NVIDIA A100 Tensor Core GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2020"sv,
           "https://images.nvidia.com/aem-dam/en-zz/Solutions/data-center/nvidia-ampere-architecture-whitepaper.pdf"sv},
    source{"nvidia-a100-datasheet"sv, "NVIDIA A100 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2021"sv,
           "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/"sv
           "nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf"sv},
    source{"nvidia-a30-datasheet"sv, "NVIDIA A30 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2021"sv,
           "https://www.nvidia.com/en-us/data-center/products/a30-gpu/"sv},
    source{"nvidia-a10-datasheet"sv, "NVIDIA A10 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2021"sv,
           "https://www.nvidia.com/en-us/data-center/products/a10-gpu/"sv},
    source{"nvidia-a40-datasheet"sv, "NVIDIA A40 GPU datasheet"sv, "NVIDIA"sv, "2020"sv,
           "https://www.nvidia.com/en-us/data-center/a40/"sv},
    source{"nvidia-ga102-whitepaper"sv, "NVIDIA Ampere GA102 GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2020"sv,
           "https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf"sv},
    source{"nvidia-t4-datasheet"sv, "NVIDIA T4 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2019"sv,
           "https://www.nvidia.com/en-us/data-center/tesla-t4/"sv},
    source{"nvidia-turing-whitepaper"sv, "NVIDIA Turing GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2018"sv,
           "https://images.nvidia.com/aem-dam/en-zz/Solutions/design-visualization/technologies/turing-architecture/"sv
           "NVIDIA-Turing-Architecture-Whitepaper.pdf"sv},
    source{"nvidia-h100-whitepaper"sv, "NVIDIA H100 Tensor Core GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2022"sv,
           "https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper"sv},
    source{"nvidia-h100-page"sv, "NVIDIA H100 Tensor Core GPU: specifications"sv, "NVIDIA"sv, "2023"sv,
           "https://www.nvidia.com/en-us/data-center/h100/"sv},
    source{"nvidia-h200-page"sv, "NVIDIA H200 Tensor Core GPU: specifications"sv, "NVIDIA"sv, "2024"sv,
           "https://www.nvidia.com/en-us/data-center/h200/"sv},
    source{"nvidia-gh200-page"sv, "NVIDIA GH200 Grace Hopper Superchip"sv, "NVIDIA"sv, "2024"sv,
           "https://www.nvidia.com/en-us/data-center/grace-hopper-superchip/"sv},
    source{"nvidia-hgx-page"sv, "NVIDIA HGX platform: HGX B200 and B300 specifications"sv, "NVIDIA"sv, "2025"sv,
           "https://www.nvidia.com/en-us/data-center/hgx/"sv},
    source{"nvidia-gb200-page"sv, "NVIDIA GB200 NVL72: specifications"sv, "NVIDIA"sv, "2024"sv,
           "https://www.nvidia.com/en-us/data-center/gb200-nvl72/"sv},
    source{"nvidia-ada-whitepaper"sv, "NVIDIA Ada GPU Architecture (whitepaper)"sv, "NVIDIA"sv, "2023"sv,
           "https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf"sv},
    source{"nvidia-l40s-datasheet"sv, "NVIDIA L40S GPU datasheet"sv, "NVIDIA"sv, "2023"sv,
           "https://www.nvidia.com/en-us/data-center/l40s/"sv},
    source{"nvidia-l40-datasheet"sv, "NVIDIA L40 GPU datasheet"sv, "NVIDIA"sv, "2022"sv,
           "https://www.nvidia.com/en-us/data-center/l40/"sv},
    source{"nvidia-l4-datasheet"sv, "NVIDIA L4 Tensor Core GPU datasheet"sv, "NVIDIA"sv, "2023"sv,
           "https://www.nvidia.com/en-us/data-center/l4/"sv},
    source{"nvidia-rtx6000-ada-datasheet"sv, "NVIDIA RTX 6000 Ada Generation datasheet"sv, "NVIDIA"sv, "2022"sv,
           "https://www.nvidia.com/en-us/design-visualization/rtx-6000/"sv},
    source{"nvidia-rtx-blackwell-whitepaper"sv, "NVIDIA RTX Blackwell GPU Architecture (whitepaper)"sv, "NVIDIA"sv,
           "2025"sv,
           "https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf"sv},
    source{"nvidia-rtx-pro-6000-page"sv, "NVIDIA RTX PRO 6000 Blackwell Server Edition"sv, "NVIDIA"sv, "2025"sv,
           "https://www.nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition/"sv},
    source{"lockwood-blackwell"sv, "Glenn K. Lockwood, B200 and B300 processor notes"sv, "glennklockwood.com"sv,
           "2025"sv, "https://glennklockwood.com/garden/processors/B200"sv},
    source{"verda-gb300"sv, "GB300 NVL72 architecture: per-GPU dense throughput"sv, "Verda"sv, "2025"sv,
           "https://verda.com/blog/gb300-nvl72-architecture"sv},
    source{"lynskey-blackwell"sv, "NVIDIA Blackwell low-level notes (die size estimate)"sv, "B. J. Lynskey"sv, "2025"sv,
           "https://brendanjameslynskey.github.io/NVIDIA_GPU_32_Blackwell_Low_Level/"sv},
    source{
        "tomshardware-h20"sv,
        "New Nvidia AI GPUs designed to get around US export bans come to China: H20, L20 and L2"sv, "Tom's Hardware"sv,
        "2024"sv,
        "https://www.tomshardware.com/pc-components/gpus/"sv
        "new-nvidia-ai-gpus-designed-to-get-around-us-export-bans-come-to-china-h20-l20-and-l2-to-fill-void-left-by-"sv
        "restricted-models"sv},
    source{"semianalysis-h20"sv,
           "NVIDIA's tweaked H20 AI GPU enters mass production in Q2 2024, destined for China (relays SemiAnalysis's "sv
           "figures)"sv,
           "TweakTown"sv, "2024"sv,
           "https://www.tweaktown.com/news/95224/"sv
           "nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html"sv},
    source{"whatpsu-h20"sv, "NVIDIA will sell more than one million H20 GPUs to China"sv, "WhatPSU"sv, "2023"sv,
           "https://in.whatpsu.com/articles/"sv
           "1176-NVIDIA-will-sell-more-than-one-million-H20-GPUs-to-China-resulting-in-12-billion-in-revenue"sv},
    source{"philisun-h800"sv, "NVIDIA H800 vs H100: a technical deep dive"sv, "Philisun"sv, "2024"sv,
           "https://www.philisun.com/technical-analysis/"sv
           "nvidia-h800-vs-h100-a-technical-deep-dive-into-politically-defined-ai-chips/"sv},
    source{"tweakers-a800"sv, "Nvidia introduceert A800-gpu voor China"sv, "Tweakers"sv, "2022-11"sv,
           "https://tweakers.net/nieuws/203182/"sv
           "nvidia-introduceert-a800-gpu-voor-china-die-niet-onder-exportrestricties-vs-valt.html"sv},
    source{"tomshardware-4090d"sv, "Nvidia reportedly creating RTX 4090 D to comply with US export regulations"sv,
           "thetechnicalissue.com (reprint of a Tom's Hardware article)"sv, "2023-11"sv,
           "https://thetechnicalissue.com/"sv
           "nvidia-reportedly-creating-new-rtx-4090-d-dragon-gpu-to-comply-with-us-export-regulations-for-china/"sv},
    source{"winbuzzer-4090d"sv,
           "Nvidia releases downgraded RTX 4090D GPU for compliance with US-China export controls"sv, "WinBuzzer"sv,
           "2023-12-29"sv,
           "https://winbuzzer.com/2023/12/29/"sv
           "nvidia-releases-downgraded-rtx-4090d-gpu-for-compliance-with-us-china-export-controls-xcxwbn/"sv},
    source{
        "tomshw-it-4090d"sv, "Anche la RTX 4090D e' illegale?"sv, "Tom's Hardware Italia"sv, "2024-04-04"sv,
        "https://www.tomshw.it/hardware/anche-la-rtx-4090d-e-illegale-gli-usa-vietano-le-gpu-sopra-i-70-teraflops-in-"sv
        "cina-2024-04-04"sv},
    source{"tomshardware-5090d"sv, "Nvidia RTX 5090D V2 limits AI performance even more"sv, "Tom's Hardware"sv,
           "2025-08"sv,
           "https://www.tomshardware.com/pc-components/gpus/"sv
           "nvidia-rtx-5090d-v2-limits-ai-performance-even-more-with-25-percent-less-vram-and-bandwidth-downgraded-"sv
           "gaming-flagship-keeps-same-usd2299-msrp-in-china"sv},
    source{"tomshardware-2026"sv, "U.S. posts official H200 and MI325X AI GPU export rules to China"sv,
           "Tom's Hardware"sv, "2026-01"sv,
           "https://www.tomshardware.com/tech-industry/artificial-intelligence/"sv
           "u-s-posts-official-h200-and-mi325x-ai-gpu-export-rules-to-china-but-with-plenty-of-caveats-a-string-of-"sv
           "requirments-greatly-limits-the-total-number-of-gpus-that-can-be-shipped-to-china"sv},
    source{"bis-2026"sv, "Revision to License Review Policy for Advanced Computing Commodities (91 FR 1684)"sv,
           "Bureau of Industry and Security, Federal Register"sv, "2026-01-15"sv,
           "https://www.federalregister.gov/documents/2026/01/15/2026-00789/"sv
           "revision-to-license-review-policy-for-advanced-computing-commodities"sv},
    source{"epoch-chips"sv, "Epoch AI machine learning hardware dataset"sv, "Epoch AI"sv, "2025"sv,
           "https://epoch.ai/data/machine-learning-hardware"sv},
    // AMD
    source{"amd-mi100-datasheet"sv, "AMD Instinct MI100 accelerator specifications"sv, "AMD"sv, "2020"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi100.html"sv},
    source{"amd-mi200-specs"sv, "AMD Instinct MI210, MI250 and MI250X specifications"sv, "AMD"sv, "2022"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi200.html"sv},
    source{"anandtech-mi210"sv, "AMD releases Instinct MI210 accelerator: CDNA 2 on a PCIe card"sv, "AnandTech"sv,
           "2022-03-22"sv,
           "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card"sv},
    source{"techpowerup-gpudb"sv, "TechPowerUp GPU database (die sizes)"sv, "TechPowerUp"sv, "2024"sv,
           "https://www.techpowerup.com/gpu-specs/"sv},
    source{"amd-mi300x-datasheet"sv, "AMD Instinct MI300X accelerator datasheet"sv, "AMD"sv, "2023"sv,
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/"sv
           "amd-instinct-mi300x-data-sheet.pdf"sv},
    source{"amd-mi300a-datasheet"sv, "AMD Instinct MI300A APU datasheet"sv, "AMD"sv, "2023"sv,
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/"sv
           "amd-instinct-mi300a-data-sheet.pdf"sv},
    source{"amd-mi325x-page"sv, "AMD Instinct MI325X accelerator specifications"sv, "AMD"sv, "2024"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html"sv},
    source{"amd-mi355x-page"sv, "AMD Instinct MI355X accelerator specifications"sv, "AMD"sv, "2025"sv,
           "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html"sv},
    source{"semianalysis-mi300"sv, "AMD MI300: taming the hype (chiplet die areas)"sv, "SemiAnalysis"sv, "2023"sv,
           "https://newsletter.semianalysis.com/p/amd-mi300-taming-the-hype-ai-performance"sv},
    source{"isscc-mi355x"sv,
           "ISSCC 2026: AMD discloses how the Instinct MI355X doubled per-CU throughput despite lower compute unit "sv
           "count"sv,
           "3DTested (copy of a Tom's Hardware article)"sv, "2026"sv,
           "https://www.3dtested.com/tech-industry/semiconductors/inside-the-instinct-mi355x"sv},
    // Intel
    source{"intel-gaudi2-whitepaper"sv, "Habana Gaudi2 white paper"sv, "Habana Labs (Intel); copy hosted on Scribd"sv,
           "2022-05"sv, "https://www.scribd.com/document/752234452/gaudi2-whitepaper"sv},
    source{"technode-gaudi2-china"sv,
           "Intel launches Habana Gaudi 2 deep learning accelerator card for Chinese market"sv, "TechNode"sv,
           "2023-07-12"sv,
           "https://technode.com/2023/07/12/intel-launches-habana-gaudi-2-deep-learning-accelerator-card-for-chinese-"sv
           "market/"sv},
    source{
        "intel-gaudi3-whitepaper"sv, "Intel Gaudi 3 AI Accelerator white paper"sv, "Intel"sv, "2024"sv,
        "https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html"sv},
    source{"spectrum-gaudi3"sv, "Intel's Gaudi 3 goes after Nvidia (two-die package)"sv, "IEEE Spectrum"sv, "2024-04"sv,
           "https://spectrum.ieee.org/intel-gaudi-3"sv},
    // Huawei
    source{"cset-ascend"sv, "Pushing the limits: Huawei's AI chip tests U.S. export controls"sv,
           "CSET, Georgetown University"sv, "2024"sv,
           "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/"sv},
    source{"kurnal-910b"sv, "Huawei's homegrown AI chip examined: SMIC-produced Ascend 910B (die shot)"sv,
           "bytefeed.ai (rewrite of a Tom's Hardware article; die-shot measurements by Kurnal)"sv, "2024"sv,
           "https://bytefeed.ai/technology/"sv
           "huaweis-homegrown-ai-chip-examined-chinese-fab-smic-produced-ascend-910b-is-massively-different-from-the-"sv
           "tsmc-produced-ascend-910/"sv},
    source{"huawei-atlas-a3"sv, "Atlas 900 A3 SuperPoD"sv, "Huawei"sv, "2025"sv,
           "https://e.huawei.com/cn/products/computing/ascend/atlas-900-a3-superpod"sv},
    source{"arxiv-cloudmatrix384"sv, "Serving Large Language Models on Huawei CloudMatrix384 (arXiv:2506.12708)"sv,
           "Huawei, SiliconFlow"sv, "2025-06"sv, "https://arxiv.org/abs/2506.12708"sv},
    // Google
    source{"gcp-tpu-v4"sv, "Cloud TPU v4"sv, "Google Cloud"sv, "2023"sv, "https://cloud.google.com/tpu/docs/v4"sv},
    source{"gcp-tpu-v5e"sv, "Cloud TPU v5e"sv, "Google Cloud"sv, "2024"sv, "https://cloud.google.com/tpu/docs/v5e"sv},
    source{"gcp-tpu-v5p"sv, "Cloud TPU v5p"sv, "Google Cloud"sv, "2024"sv,
           "https://docs.cloud.google.com/tpu/docs/v5p"sv},
    source{"gcp-tpu-v6e"sv, "Cloud TPU v6e (Trillium)"sv, "Google Cloud"sv, "2025"sv,
           "https://cloud.google.com/tpu/docs/v6e"sv},
    // AWS
    source{
        "aws-trainium2"sv, "Trainium2 architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv, "2025"sv,
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html"sv},
    // Cerebras
    source{"cerebras-wse3"sv, "Cerebras announces third generation wafer scale engine"sv, "Cerebras Systems"sv,
           "2024-03-13"sv,
           "https://www.cerebras.ai/press-release/cerebras-announces-third-generation-wafer-scale-engine"sv},
    // Cambricon
    source{"cambricon-mlu370"sv, "MLU370-X8 intelligent accelerator card"sv, "Cambricon"sv, "2022"sv,
           "https://www.cambricon.com/index.php?m=content&c=index&a=lists&catid=406"sv},
    // Added for the policy and catalog review (issue 10)
    source{"amd-cdna4-whitepaper"sv, "AMD CDNA 4 Architecture (whitepaper)"sv, "AMD"sv, "2025"sv,
           "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/white-papers/"sv
           "amd-cdna-4-architecture-whitepaper.pdf"sv},
    source{"tomshardware-mi250x-pictured"sv, "AMD's Instinct MI250X pictured (GCD area estimated from photos)"sv,
           "Tom's Hardware"sv, "2021-11"sv, "https://www.tomshardware.com/news/amd-instinct-mi250x-pictured"sv},
    // Audit of 2026-12 and the parts added then
    source{"borimooc-910b"sv, "Ascend 910B in depth: FP16 320 TFLOPS, INT8 640 TOPS (blog; bin not named)"sv,
           "borimooc.com"sv, "2025-02-25"sv, "https://borimooc.com/mNoticeDetail/1187.htm"sv},
    source{
        "besthub-ascend-2025"sv,
        "Huawei Ascend AI chip specs comparison and 2025-2028 roadmap (summary of the Huawei Connect 2025 keynote)"sv,
        "besthub.dev"sv, "2025-09"sv,
        "https://www.besthub.dev/articles/"sv
        "huawei-ascend-ai-chip-detailed-specs-comparison-2025-2028-roadmap-a247a4760c30"sv},
    source{"evertiq-910d"sv, "Report: Huawei develops new AI chip to compete with Nvidia (Ascend 910D)"sv, "Evertiq"sv,
           "2025-04-28"sv,
           "https://evertiq.com/news/2025-04-28-report-huawei-develops-new-ai-chip-to-compete-with-nvidia"sv},
    source{
        "bis-gp10-guidance-2025"sv,
        "Guidance on application of General Prohibition 10 to PRC advanced-computing ICs (names Ascend 910B, 910C, "sv
        "910D; text not read, known from reports)"sv,
        "Bureau of Industry and Security"sv, "2025-05-13"sv, "https://www.bis.gov/"sv},
    source{"theoutpost-mi308"sv,
           "AMD faces $800 million charge as US tightens AI chip export controls to China (MI308)"sv, "The Outpost"sv,
           "2025-04-16"sv,
           "https://theoutpost.ai/news-story/"sv
           "amd-faces-800-million-charge-as-us-tightens-ai-chip-export-controls-to-china-14428"sv},
    source{"bnn-b30a"sv, "Nvidia working on new AI chip for China that outperforms the H20, sources say (Reuters)"sv,
           "BNN Bloomberg"sv, "2025-08-19"sv,
           "https://www.bnnbloomberg.ca/business/2025/08/19/"sv
           "nvidia-working-on-new-ai-chip-for-china-that-outperforms-the-h20-sources-say/"sv},
    source{"coinpaper-rtx6000d"sv, "China blocks Nvidia's RTX Pro 6000D as local chips rise"sv, "Coinpaper"sv,
           "2025-09"sv, "https://coinpaper.com/11072/china-blocks-nvidia-s-rtx-pro-6000-d-as-local-chips-rise"sv},
    source{"rocm-gpu-specs"sv, "GPU hardware specifications (ROCm documentation)"sv, "AMD"sv, "2026"sv,
           "https://rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html"sv},
    source{
        "tomshardware-mi355x"sv, "AMD's Instinct MI355X accelerator will consume 1,400 watts"sv, "Tom's Hardware"sv,
        "2025-06"sv,
        "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts"sv},
    source{"theregister-mi355x"sv, "AMD's MI355X and MI350X (Advancing AI 2025 launch report)"sv, "The Register"sv,
           "2025-06-12"sv, "https://www.theregister.com/2025/06/12/amd_mi355x/"sv},
    source{"techpowerup-mi350-silicon"sv,
           "AMD Instinct MI350X series AI GPU silicon detailed (TechPowerUp text, reproduced)"sv, "whatpsu.com"sv,
           "2025-08"sv,
           "https://de.whatpsu.com/articles/"sv
           "1768-Detailed-information-on-the-silicon-of-the-AMD-Instinct-MI350X-Series-AI-GPU"sv},
    source{"jax-tpu-info"sv, "Pallas Mosaic TPU hardware table (jax/_src/pallas/mosaic/tpu_info.py)"sv,
           "Google (jax-ml/jax)"sv, "2026"sv,
           "https://github.com/jax-ml/jax/blob/main/jax/_src/pallas/mosaic/tpu_info.py"sv},
    source{"gcp-tpu7x"sv, "TPU7x (Ironwood)"sv, "Google Cloud"sv, "2025"sv,
           "https://docs.cloud.google.com/tpu/docs/tpu7x"sv},
    source{"pakinomist-ironwood"sv, "Ironwood TPU details (Hot Chips 2025 report)"sv, "pakinomist.com"sv, "2025-08"sv,
           "https://pakinomist.com/"sv
           "ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-"sv
           "9216-chips-that-set-a-new-world-record"sv},
    source{
        "siliconangle-ironwood"sv, "Google's cloud-based AI Hypercomputer gets new workhorse: Ironwood TPU"sv,
        "SiliconANGLE"sv, "2025-04-09"sv,
        "https://siliconangle.com/2025/04/09/googles-cloud-based-ai-hypercomputer-gets-new-workhorse-ironwood-tpu"sv},
    source{
        "aws-trainium3"sv, "Trainium3 architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv,
        "2025-12-02"sv,
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium3.html"sv},
    source{"aws-trainium3-nki"sv, "Trainium3 architecture (NKI guide)"sv, "Amazon Web Services"sv, "2025"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/about/trainium3_arch.html"sv},
    source{"aiwire-trainium3"sv, "AWS Trainium3 UltraServers (AIwire report, reproduced)"sv, "buzzbytech.com"sv,
           "2025-12"sv, "https://buzzbytech.com/?p=9439"sv},
    source{"thelettertwo-trainium3"sv, "AWS Trainium3 UltraServers generally available; Trainium4 preview"sv,
           "The Letter Two"sv, "2025-12-02"sv,
           "https://thelettertwo.com/2025/12/02/aws-trainium3-ultraservers-trainium4-preview/"sv},
    source{"aws-trainium"sv, "Trainium architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv, "2025"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html"sv},
    source{"aws-trainium-2023"sv, "Trainium architecture (AWS Neuron documentation, release 2.9.1)"sv,
           "Amazon Web Services"sv, "2023"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/v2.9.1/_sources/general/arch/neuron-hardware/"sv
           "trainium.rst.txt"sv},
    source{"aws-inferentia2"sv, "Inferentia2 architecture (AWS Neuron documentation)"sv, "Amazon Web Services"sv,
           "2025"sv,
           "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html"sv},
    source{"cloudoptimo-trainium"sv, "Amazon's custom ML accelerators: AWS Trainium and Inferentia"sv, "CloudOptimo"sv,
           "2024"sv, "https://cloudoptimo.com/blog/amazons-custom-ml-accelerators-aws-trainium-and-inferentia"sv},
    source{"zephtech-inf2"sv, "AWS EC2 Inf2 preview (re:Invent 2022)"sv, "zephtech.net"sv, "2022-11-30"sv,
           "https://zephtech.net/feed/2022-11-30-aws-ec2-inf2-trainium-ml-inference.html"sv},
    source{"microsoft-maia100-hotchips"sv,
           "Inside Maia 100: Microsoft's spec slide (Hot Chips 2024 deck, reproduced)"sv,
           "Microsoft (via sgpjbg.com)"sv, "2024-08"sv, "https://www.sgpjbg.com/bgdown/464893.html?dtype=0"sv},
    source{"hostzealot-maia100"sv, "Microsoft announced the first AI chip, Maia 100 (Ignite 2023)"sv, "HostZealot"sv,
           "2023-11"sv, "https://hostzealot.com/blog/news/microsoft-announced-the-first-ai-chip-maia-100"sv},
    source{"inelectronics-maia200"sv, "Microsoft Maia 200 inference accelerator"sv, "inelectronics.co.uk"sv,
           "2026-01"sv, "https://www.inelectronics.co.uk/?p=424784"sv},
    source{"taiwannews-maia200"sv, "Microsoft launches Maia 200 AI chip"sv, "Taiwan News"sv, "2026-01-26"sv,
           "https://www.taiwannews.com.tw/news/6291442"sv},
    source{"globalpractice-maia200"sv,
           "Microsoft's Maia 200 promises Blackwell levels of performance for two-thirds the power"sv,
           "The Global Practice"sv, "2026-01-27"sv,
           "https://theglobalpractice.com/2026/01/27/"sv
           "microsofts-maia-200-promises-blackwell-levels-of-performance-for-two-thirds-the-power"sv},
    source{"icwells-mtia"sv, "Meta MTIA v1 (summary of Meta's announcement)"sv, "icwells.com"sv, "2023-05"sv,
           "http://icwells.com/en/103.html"sv},
    source{"hada-mtia"sv, "MTIA v1: Meta's first-generation AI inference accelerator (news item)"sv,
           "GeekNews (news.hada.io)"sv, "2023-05-24"sv, "https://news.hada.io/topic/9246.md"sv},
    source{"eenews-mtia2"sv, "Meta launches second-generation custom AI chip"sv, "eeNews Europe"sv, "2024-04"sv,
           "https://www.eenewseurope.com/en/meta-launches-second-generation-custom-ai-chip/"sv},
    source{"techpowerup-mtia2"sv, "Meta's next-generation MTIA (news report with Meta's table)"sv, "TechPowerUp"sv,
           "2024-04"sv, "https://techpowerup.com/news-tags/Triton"sv},
    source{"groq-isca-2020"sv, "Groq at ISCA 2020: the Tensor Streaming Processor"sv, "Groq"sv, "2020"sv,
           "https://groq.com/isca-2020-conference/"sv},
    source{"techpowerup-groq"sv, "Groq LPU figures (TechPowerUp news)"sv, "TechPowerUp"sv, "2024"sv,
           "https://techpowerup.com/news-tags/Processor?page=3"sv},
    source{"techspot-groq"sv, "Groq launches the first AI accelerator card capable of 1 PetaOPS"sv, "TechSpot"sv,
           "2020-01"sv, "https://www.techspot.com/news/83719-groq-launches-first-ai-accelerator-card-capable-1.html"sv},
    source{"aiwiki-groq"sv, "Groq LPU"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv, "https://aiwiki.ai/wiki/groq_lpu"sv},
    source{"sambanova-hotchips-2024"sv, "SambaNova SN40L (Hot Chips 2024 slides, reproduced)"sv,
           "SambaNova (via sgpjbg.com)"sv, "2024-08"sv, "https://www.sgpjbg.com/baogao/465014.html"sv},
    source{"aiwiki-sn40l"sv, "SambaNova SN40L"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv,
           "https://aiwiki.ai/wiki/sambanova_sn40l"sv},
    source{"tomshardware-br100"sv,
           "Chinese Biren rolls out new GPUs with 77 billion transistors, 2 PFLOPS of AI performance"sv,
           "Tom's Hardware"sv, "2022-08-10"sv,
           "https://www.tomshardware.com/news/"sv
           "chinese-biren-rolls-out-new-gpus-with-77-billion-transistors-2-pflops-of-ai-performance"sv},
    source{"chipsandcheese-br100"sv,
           "Hot Chips 34: Biren's BR100, a machine learning GPU from China (Chips and Cheese, reproduced)"sv,
           "vuink.com"sv, "2022-10-04"sv,
           "https://vuink.com/post/puvcfnaqpurrfr-d-dpbz/2022/10/04/"sv
           "hot-chips-34-birens-br100-a-machine-learning-gpu-from-china"sv},
    source{"iotech-s4000"sv, "Moore Threads launches the MTT S4000 compute card and KUAE clusters"sv, "io-tech.fi"sv,
           "2023-12"sv,
           "https://www.io-tech.fi/uutinen/"sv
           "moore-threads-julkaisi-uuden-mtt-s4000-laskentakortin-ja-kuae-intelligent-computing-center-"sv
           "palvelinklusterit/"sv},
    source{"hmc-tech-a800"sv, "NVIDIA A800 specifications (aggregator)"sv, "hmc-tech.com"sv, "2025"sv,
           "https://hmc-tech.com/gpu/nvidia-a800-vs-nvidia-t40"sv},
    source{"aiwiki-a800"sv, "NVIDIA A800"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv, "https://aiwiki.ai/wiki/nvidia_a800"sv},
    source{"aiwiki-h800"sv, "NVIDIA H800"sv, "AI Wiki (aiwiki.ai)"sv, "2026"sv, "https://aiwiki.ai/wiki/nvidia_h800"sv},
    source{"fixstars-rtx-pro-6000"sv,
           "What kind of GPU is the NVIDIA RTX PRO 6000 Blackwell Max-Q? (quotes NVIDIA's datasheet)"sv, "Fixstars"sv,
           "2025"sv, "https://blog.us.fixstars.com/what-kind-of-gpu-is-the-nvidia-rtx-pro-6000-blackwell-max-q"sv},
    source{"hmc-tech-rtx-pro-6000"sv,
           "NVIDIA RTX PRO 6000 Blackwell specifications (aggregator; dense and sparse listed)"sv, "hmc-tech.com"sv,
           "2025"sv, "https://hmc-tech.com/gpu/nvidia-rtx-pro-6000-blackwell-vs-amd-radeon-pro-duo-polaris"sv},
    source{"gpuname-rtx-pro-6000"sv, "NVIDIA unveils RTX PRO 6000 Blackwell GPU with 24,064 cores and 96 GB memory"sv,
           "gpu.name"sv, "2025-03"sv,
           "https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory"sv},
};

// The catalog's as-of date: the day its figures and sources were last checked.
inline constexpr std::string_view as_of = "2026-12-04"sv;

// The sources whose URL was seen, with the content the catalog cites, when the catalog was last
// checked (as_of). Every other URL is unverified: it is the publisher's page as recorded when the
// value was entered, and the JSON and the report say so ("url_verified": false).
// Added on 2026-12-04 after reading: Google's v5p and TPU7x pages, AWS's Neuron pages for Trainium,
// Trainium2, Trainium3 and Inferentia2, Groq's ISCA page, and Tom's Hardware Italia on the 4090D.
inline constexpr std::string_view verified_urls[] = {
    "tomshardware-h20"sv,
    "semianalysis-h20"sv,
    "tomshardware-4090d"sv,
    "winbuzzer-4090d"sv,
    "tomshardware-2026"sv,
    "isscc-mi355x"sv,
    "intel-gaudi2-whitepaper"sv,
    "technode-gaudi2-china"sv,
    "cset-ascend"sv,
    "kurnal-910b"sv,
    "gcp-tpu-v5p"sv,
    "gcp-tpu7x"sv,
    "aws-trainium2"sv,
    "aws-trainium3"sv,
    "aws-trainium3-nki"sv,
    "aws-trainium"sv,
    "aws-trainium-2023"sv,
    "aws-inferentia2"sv,
    "groq-isca-2020"sv,
    "tomshw-it-4090d"sv,
    "jax-tpu-info"sv,
};

constexpr bool url_verified(std::string_view id) noexcept {
  for (const std::string_view v : verified_urls) {
    if (v == id) return true;
  }
  return false;
}

// The citation with that id, or nullptr.
constexpr const source* find_source(std::string_view id) noexcept {
  for (const source& s : sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace accelspec::catalog

// ---- end accelspec/catalog/sources.hpp ----

// ---- end accelspec/catalog.hpp ----

// (inlined: catalog/assess.hpp)
// ---- begin accelspec/catalog/assess.hpp ----
// assess() and timeline() for a catalog entry: the entry's own inputs of the policy layer (whether
// the product was commercially available in the United States on 2026-01-15) fill the options the
// caller left open. The spec alone cannot carry that fact: it is about the market, not the chip.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>

// (inlined: ../policy/assess.hpp)
// (inlined: ../policy/timeline.hpp)
// (inlined: entry.hpp)

namespace accelspec::catalog {

// The options with the entry's facts where the caller gave none.
constexpr policy::assess_options policy_options(const entry& e, policy::assess_options options = {}) {
  if (options.us_available == truth::unknown) options.us_available = e.us_available;
  return options;
}

constexpr policy::assessment assess(const entry& e, policy::destination to, std::chrono::year_month_day date,
                                    policy::assess_options options = {}) {
  return policy::assess(e.chip(), to, date, policy_options(e, options));
}

constexpr policy::timeline_result timeline(const entry& e, policy::destination to,
                                           policy::assess_options options = {}) {
  return policy::timeline(e.chip(), to, policy_options(e, options));
}

}  // namespace accelspec::catalog

// ---- end accelspec/catalog/assess.hpp ----

// (inlined: analysis.hpp)
// ---- begin accelspec/analysis.hpp ----
// accelspec analysis: design headroom (classification run backwards), the roofline model and
// first-order LLM inference bounds. constexpr throughout; opt-in on top of the core <accelspec/accelspec.hpp>.

// (inlined: detail/cxx20.hpp)

// (inlined: accelspec.hpp)

// (inlined: analysis/headroom.hpp)
// ---- begin accelspec/analysis/headroom.hpp ----
// Design headroom: classification run backwards.
//
// A designer holding a die asks "how much dense compute may it have and stay outside 3A090.a
// and .b?"; one holding a compute target asks "how large must the die be?". Both answers follow
// from the clauses of the rule and nothing else, so they are computed from the rule's thresholds,
// exactly, and must agree with classify() at every point (tests/analysis checks this by sweeping).
//
// How the staircase arises (88 FR 73458, 3A090.a and .b as revised in October 2023). For a fixed
// applicable die area A, performance density is TPP / A, so every density condition "d_min <=
// TPP/A < d_max" is the TPP interval [d_min*A, d_max*A). Each clause is then one half-open TPP
// interval (its TPP interval intersected with its density interval):
//   a.1  [4800, inf)
//   a.2  [max(1600, 5.92 A), inf)
//   b.1  [max(2400, 1.6 A), min(4800, 5.92 A))
//   b.2  [max(1600, 3.2 A), 5.92 A)
// A chip is outside .a and .b below the lowest start of a non-empty interval, and inside at that
// start. That start is the exclusive TPP bound; for a datacenter die it climbs in steps with A:
// 1600 below 500 mm², then 3.2 A up to 750 mm², 2400 up to 1500 mm², 1.6 A up to 3000 mm², and
// 4800 beyond. An 814 mm² die therefore has a bound of 2400, which the H20 (TPP 2368) meets.
// The note to 3A090.a and .b (not designed or marketed for datacenters, TPP below 4800) moves the
// start of every interval to 4800 for such chips, and .a is read before .b, as classify() does.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdint>
#include <optional>

// (inlined: ../metrics/tpp.hpp)
// (inlined: ../rules/eccn.hpp)
// (inlined: ../rules/rule.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)

namespace accelspec {

namespace detail {

inline constexpr std::int64_t um2_per_mm2 = 1'000'000;

constexpr rational area_in_mm2(area a) { return rational{a.count(), um2_per_mm2}; }

// The smallest whole count strictly above a value, and the largest strictly below it.
constexpr std::int64_t count_above(const rational& r) { return checked_add(r.floor(), 1); }
constexpr std::int64_t count_below(const rational& r) { return checked_sub(r.ceil(), 1); }

// One clause as a half-open interval [lo, hi) of TPP (hi absent: unbounded above).
struct tpp_interval {
  clause which{};
  bool is_a = false;  // a paragraph .a clause (read before .b)
  rational lo{};
  std::optional<rational> hi{};
  bool possible = true;  // false: the clause cannot be met at all (e.g. a density clause without area)

  [[nodiscard]] constexpr bool empty() const { return !possible || (hi && !(lo < *hi)); }
  [[nodiscard]] constexpr bool contains(const rational& t) const { return !empty() && lo <= t && (!hi || t < *hi); }
};

constexpr rational max_of(const rational& x, const rational& y) { return x < y ? y : x; }
constexpr rational min_of(const rational& x, const rational& y) { return x < y ? x : y; }

struct clause_intervals {
  tpp_interval items[4]{};
  int size = 0;
};

// The clauses of a rule as TPP intervals for one applicable area (in mm²) and market. `io_prong` is whether the
// 2022 text's I/O condition holds (only that text has one).
constexpr clause_intervals intervals_for(const rule& r, const rational& a_mm2, bool has_density, market m,
                                         bool io_prong) {
  clause_intervals out;
  if (r.text == rule_text::original_2022) {
    // 87 FR 62186, 3A090.a: I/O of 600 GB/s or more AND bit length x TOPS of 4800 or more.
    out.items[out.size++] = {clause::a_2022, true, r.original.tpp.value(), std::nullopt, io_prong};
    return out;
  }
  const thresholds_2023& th = r.revised;
  out.items[out.size++] = {clause::a_1, true, th.a1_tpp.value(), std::nullopt, true};
  out.items[out.size++] = {clause::a_2, true, max_of(th.a2_tpp.value(), th.a2_density * a_mm2), std::nullopt,
                           has_density};
  out.items[out.size++] = {clause::b_1, false, max_of(th.b1_tpp_min.value(), th.b1_density_min * a_mm2),
                           min_of(th.b1_tpp_max.value(), th.b1_density_max * a_mm2), has_density};
  out.items[out.size++] = {clause::b_2, false, max_of(th.b2_tpp.value(), th.b2_density_min * a_mm2),
                           th.b2_density_max * a_mm2, has_density};
  if (m == market::other) {
    // Note to 3A090.a and .b: a chip not designed or marketed for datacenters with TPP below
    // 4800 is not described by .a or .b, so only TPP at or above 4800 can be inside.
    for (int i = 0; i < out.size; ++i) out.items[i].lo = max_of(out.items[i].lo, th.note_tpp.value());
  }
  return out;
}

// The clauses a chip at TPP t meets, .a first: when an .a clause holds, .b clauses are not
// reported (3A090.b describes only items not described by .a).
constexpr clause_set clauses_at(const clause_intervals& iv, const rational& t) {
  clause_set a, b;
  for (int i = 0; i < iv.size; ++i) {
    if (!iv.items[i].contains(t)) continue;
    (iv.items[i].is_a ? a : b).insert(iv.items[i].which);
  }
  return a.empty() ? b : a;
}

}  // namespace detail

// The answer to "how much TPP may a die of this area have and stay outside 3A090.a and .b?".
struct tpp_headroom {
  const rule* applied = nullptr;  // nullptr: no 3A090 rule in force on the date asked
  area applicable_die_area{};
  accelspec::market market = accelspec::market::datacenter;
  // false: no TPP brings the chip inside (no rule in force, or the 2022 text with I/O below
  // 600 GB/s: the A800's design).
  bool bounded = false;
  // Exclusive bound: every TPP below it is outside .a and .b, a TPP equal to it is inside.
  rational tpp_limit{};
  clause_set binding{};  // the clauses a chip with TPP exactly tpp_limit meets

  // Whether a TPP stays outside .a and .b.
  [[nodiscard]] constexpr bool keeps_outside(tpp_value t) const { return !bounded || t < tpp_limit; }

  // The largest TPP (at the library's resolution of 10^-6) that stays outside.
  [[nodiscard]] constexpr std::optional<tpp_value> max_tpp() const {
    if (!bounded) return std::nullopt;
    return tpp_value::from_count(detail::count_below(tpp_limit * rational{tpp_value::per_unit}));
  }

  // The exclusive bound on the dense rate of one format, in TOPS: tpp_limit / bit length.
  [[nodiscard]] constexpr std::optional<rational> dense_limit(number_format f,
                                                              tf32_reading tf32 = tf32_reading::container_32) const {
    if (!bounded) return std::nullopt;
    return tpp_limit / rational{bit_length(f, tf32)};
  }

  // The largest dense rate of one format (at 10^-6 TOPS) whose TPP stays below the bound: the
  // most a single matrix unit running that format may deliver.
  [[nodiscard]] constexpr std::optional<dense_rate> max_dense_rate(
      number_format f, tf32_reading tf32 = tf32_reading::container_32) const {
    if (!bounded) return std::nullopt;
    const rational counts = tpp_limit * rational{dense_rate::kind::per_display} / rational{bit_length(f, tf32)};
    return dense_rate::from_count(detail::count_below(counts));
  }
};

// Headroom of a die under a rule. `applicable_die_area` is the non-planar logic area (zero for a
// chip whose logic is all planar). `io_bandwidth` matters only under the 2022 text; unknown is
// read as meeting its 600 GB/s prong, the reading that never overstates the headroom.
constexpr tpp_headroom headroom(area applicable_die_area, market m, const rule& r = rules::latest,
                                std::optional<data_rate> io_bandwidth = std::nullopt) {
  if (applicable_die_area.count() < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: headroom needs an area >= 0");
  if (m == market::unknown) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: headroom needs a market (datacenter or other), not unknown");
  }
  tpp_headroom h{.applied = &r, .applicable_die_area = applicable_die_area, .market = m};
  const bool io_prong = !io_bandwidth || *io_bandwidth >= r.original.io_bandwidth;
  // An applicable area of zero (planar logic only) has no density: no density clause is met.
  const detail::clause_intervals iv =
      detail::intervals_for(r, detail::area_in_mm2(applicable_die_area), applicable_die_area.count() > 0, m, io_prong);
  for (int i = 0; i < iv.size; ++i) {
    const detail::tpp_interval& c = iv.items[i];
    if (c.empty()) continue;
    if (!h.bounded || c.lo < h.tpp_limit) h.tpp_limit = c.lo;
    h.bounded = true;
  }
  if (h.bounded) h.binding = detail::clauses_at(iv, h.tpp_limit);
  return h;
}

// Headroom under the rule in force on a date (unbounded before the first 3A090 took effect).
constexpr tpp_headroom headroom(area applicable_die_area, market m, std::chrono::year_month_day date,
                                std::optional<data_rate> io_bandwidth = std::nullopt) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return headroom(applicable_die_area, m, *r, io_bandwidth);
  if (applicable_die_area.count() < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: headroom needs an area >= 0");
  return tpp_headroom{.applied = nullptr, .applicable_die_area = applicable_die_area, .market = m};
}

// Which paragraphs the inverse question keeps a chip out of.
enum class outside_of : std::uint8_t {
  paragraph_a,  // outside 3A090.a (it may still be 3A090.b)
  a_and_b,      // outside both
};

// The answer to "how large must the applicable die area be for this TPP to stay outside?".
// For a fixed TPP T each density clause holds on the area interval (T/d_max, T/d_min] (larger
// dies are less dense), so the smallest area that keeps the chip outside lies just above the
// largest T/d_min among the clauses whose TPP condition T meets.
struct area_headroom {
  enum class kind : std::uint8_t {
    any_area,    // every applicable area keeps it outside
    area_above,  // outside at every area above min_area_mm2, inside at exactly that area
    no_area,     // no area keeps it outside (a clause without a density condition holds)
  };
  const rule* applied = nullptr;
  tpp_value tpp{};
  accelspec::market market = accelspec::market::datacenter;
  outside_of goal = outside_of::a_and_b;
  kind result = kind::any_area;
  rational min_area_mm2{};  // area_above: exclusive lower bound, in mm²
  clause_set binding{};     // area_above: clauses met at exactly min_area_mm2; no_area: the clauses that hold
  bool io_prong = true;     // 2022 text: whether the I/O prong was taken as met

  // The smallest whole number of µm² above the bound (area_above), zero (any_area) or nullopt.
  [[nodiscard]] constexpr std::optional<area> smallest_area() const {
    if (result == kind::no_area) return std::nullopt;
    if (result == kind::any_area) return area{};
    return area::from_count(detail::count_above(min_area_mm2 * rational{detail::um2_per_mm2}));
  }
};

namespace detail {

// The upper end T/d_min of the area interval on which a density clause holds; nullopt when the
// clause has no density condition (it then holds at every area, zero included).
struct area_condition {
  clause which{};
  bool tpp_met = false;
  std::optional<rational> density_min{};
};

constexpr area_headroom area_headroom_for(const rule& r, tpp_value t, market m, outside_of goal, bool io_prong) {
  area_headroom out{.applied = &r, .tpp = t, .market = m, .goal = goal, .io_prong = io_prong};
  area_condition conds[4]{};
  int n = 0;
  if (r.text == rule_text::original_2022) {
    conds[n++] = {clause::a_2022, io_prong && t >= r.original.tpp, std::nullopt};
  } else {
    const thresholds_2023& th = r.revised;
    // The note takes a non-datacenter chip below 4800 out of .a and .b whatever its area.
    const bool note = m == market::other && t < th.note_tpp;
    conds[n++] = {clause::a_1, !note && t >= th.a1_tpp, std::nullopt};
    conds[n++] = {clause::a_2, !note && t >= th.a2_tpp, th.a2_density};
    if (goal == outside_of::a_and_b) {
      conds[n++] = {clause::b_1, !note && t >= th.b1_tpp_min && t < th.b1_tpp_max, th.b1_density_min};
      conds[n++] = {clause::b_2, !note && t >= th.b2_tpp, th.b2_density_min};
    }
  }
  bool bounded = false;
  for (int i = 0; i < n; ++i) {
    const area_condition& c = conds[i];
    // A density below d_min needs T > 0; a zero TPP has density zero and meets no density clause.
    if (!c.tpp_met || (c.density_min && t.count() == 0)) continue;
    if (!c.density_min) {
      out.result = area_headroom::kind::no_area;
      out.binding.insert(c.which);
      continue;
    }
    const rational upper = t.value() / *c.density_min;
    if (!bounded || out.min_area_mm2 < upper) out.min_area_mm2 = upper;
    bounded = true;
  }
  if (out.result == area_headroom::kind::no_area) {
    out.min_area_mm2 = rational{};
    return out;
  }
  if (!bounded) return out;
  out.result = area_headroom::kind::area_above;
  // What a chip of exactly that area meets, read through the same intervals as headroom().
  const clause_intervals iv = intervals_for(r, out.min_area_mm2, true, m, io_prong);
  const clause_set at = clauses_at(iv, t.value());
  for (const clause c : clause_set::all) {
    const bool counts = goal == outside_of::a_and_b || c == clause::a_1 || c == clause::a_2 || c == clause::a_2022;
    if (counts && at.contains(c)) out.binding.insert(c);
  }
  return out;
}

// Whether a TPP at an applicable area meets none of the clauses `goal` names.
constexpr bool outside_at(const rule& r, tpp_value t, area a, market m, outside_of goal, bool io_prong) {
  const clause_intervals iv = intervals_for(r, area_in_mm2(a), a.count() > 0, m, io_prong);
  for (int i = 0; i < iv.size; ++i) {
    if ((goal == outside_of::a_and_b || iv.items[i].is_a) && iv.items[i].contains(t.value())) return false;
  }
  return true;
}

}  // namespace detail

// Whether the chip of an inverse question stays outside at a given applicable area, decided by
// the clauses themselves (an area of zero, planar logic only, has no density).
constexpr bool keeps_outside(const area_headroom& h, area a) {
  if (h.applied == nullptr) return true;
  return detail::outside_at(*h.applied, h.tpp, a, h.market, h.goal, h.io_prong);
}

// The smallest applicable die area that keeps a TPP outside .a, or outside .a and .b.
constexpr area_headroom min_die_area(tpp_value t, market m, outside_of goal = outside_of::a_and_b,
                                     const rule& r = rules::latest,
                                     std::optional<data_rate> io_bandwidth = std::nullopt) {
  if (t.count() < 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: min_die_area needs a TPP >= 0");
  if (m == market::unknown) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: min_die_area needs a market (datacenter or other), not unknown");
  }
  const bool io_prong = !io_bandwidth || *io_bandwidth >= r.original.io_bandwidth;
  return detail::area_headroom_for(r, t, m, goal, io_prong);
}

}  // namespace accelspec

// ---- end accelspec/analysis/headroom.hpp ----

// (inlined: analysis/llm.hpp)
// ---- begin accelspec/analysis/llm.hpp ----
// First-order bounds for running a large language model on one accelerator, exact.
//
// A dense transformer with P parameters does about 2P operations per token (one multiply-
// accumulate per weight; Kaplan et al., "Scaling Laws for Neural Language Models", 2020, sec. 2.1)
// and, generating one token at a time for one sequence (batch-1 decode), must read every weight
// once per token. So:
//   weight memory      W = P x (bits per weight) / 8 bytes (rounded up to a whole byte)
//   fits               W <= memory capacity
//   decode (batch 1)   tokens/s <= memory bandwidth / (W + other bytes read per token)
//   prefill            tokens/s <= dense peak rate / (2 P)
// These are upper bounds: attention over the KV cache, activations, kernel efficiency and
// communication only lower them. The decode bound has arithmetic intensity 2P / W (2 op/byte at
// 8 bits, 1 at 16), far below any accelerator's ridge point, which is why bandwidth, not peak
// compute, sets the speed of single-stream generation.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <optional>

// (inlined: ../metrics/bandwidth.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: roofline.hpp)
// ---- begin accelspec/analysis/roofline.hpp ----
// The roofline model (Williams, Waterman and Patterson, "Roofline: An Insightful Visual
// Performance Model for Multicore Architectures", CACM 52(4), 2009), exact.
//
// A kernel that performs I operations per byte it moves to or from memory (its arithmetic
// intensity) can run no faster than
//     attainable(I) = min(peak rate, memory bandwidth x I).
// The two limits meet at the ridge point I* = peak rate / bandwidth: below it the kernel is
// memory bound, above it compute bound. All values are exact rationals; TOPS and op/byte.

// (inlined: ../detail/cxx20.hpp)

#include <optional>

// (inlined: ../metrics/bandwidth.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/number_format.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)

namespace accelspec {

// The chip's dense peak in one format: the sum over its processing units that run the format
// (units run side by side). nullopt when no unit lists the format.
constexpr std::optional<dense_rate> peak_dense_rate(const accelerator& chip, number_format f) {
  std::optional<dense_rate> sum;
  for (const compute_rate& r : chip.compute) {
    if (r.format == f) sum = sum.value_or(dense_rate{}) + r.rate;
  }
  return sum;
}

// Ridge point in operations per byte: peak / bandwidth.
constexpr rational ridge_point(dense_rate peak, data_rate bandwidth) {
  if (peak.count() <= 0 || bandwidth.count() <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: ridge point needs a positive rate and bandwidth");
  }
  // rate counts are 10^6 op/s, bandwidth counts are bytes/s.
  return rational{peak.count(), bandwidth.count()} * rational{dense_rate::kind::per_display};
}

// Ridge point of a chip in one format; nullopt when the format's rate or the bandwidth is unknown.
constexpr std::optional<rational> ridge_point(const accelerator& chip, number_format f) {
  const std::optional<dense_rate> peak = peak_dense_rate(chip, f);
  const std::optional<data_rate> bw = memory_bandwidth(chip);
  if (!peak || !bw) return std::nullopt;
  return ridge_point(*peak, *bw);
}

struct roofline_point {
  rational intensity{};       // operations per byte
  rational teraops{};         // attainable rate, TOPS
  bool memory_bound = false;  // true below the ridge point (bandwidth x intensity < peak)
};

// Attainable rate at an arithmetic intensity (operations per byte, > 0).
constexpr roofline_point attainable(dense_rate peak, data_rate bandwidth, const rational& intensity) {
  if (peak.count() <= 0 || bandwidth.count() <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: roofline needs a positive rate and bandwidth");
  }
  if (intensity <= rational{}) ACCELSPEC_FAIL(invalid_argument, "accelspec: arithmetic intensity must be positive");
  // bandwidth (B/s) x intensity (op/B) in TOPS: / 10^12.
  const rational memory_roof = rational{bandwidth.count(), 1'000'000'000'000} * intensity;
  const rational compute_roof = peak.in_display_units();
  const bool memory_bound = memory_roof < compute_roof;
  return {intensity, memory_bound ? memory_roof : compute_roof, memory_bound};
}

}  // namespace accelspec

// ---- end accelspec/analysis/roofline.hpp ----

namespace accelspec {

// Bytes to hold P weights stored in a format (its storage width; TF32 is stored in 32 bits).
constexpr data_size weight_memory(std::int64_t parameters, number_format f) {
  if (parameters <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: a model needs a positive parameter count");
  const std::int64_t bits = detail::checked_mul(parameters, info(f).bits);
  return data_size::from_count(bits / 8 + (bits % 8 != 0 ? 1 : 0));
}

// Whether weights fit one accelerator's memory.
constexpr bool fits_in(data_size need, data_size capacity) noexcept { return need <= capacity; }

// The fewest accelerators whose memories together hold the weights (weights only, evenly split).
constexpr std::int64_t accelerators_to_hold(data_size need, data_size capacity) {
  if (capacity.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: memory capacity must be positive");
  return (need / capacity).ceil();
}

// Upper bound on batch-1 decode tokens per second: bandwidth / bytes read per token.
constexpr rational decode_tokens_per_second(data_rate bandwidth, data_size bytes_per_token) {
  if (bandwidth.count() <= 0 || bytes_per_token.count() <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: decode bound needs a positive bandwidth and bytes per token");
  }
  return rational{bandwidth.count(), bytes_per_token.count()};
}

// Upper bound on prefill tokens per second: dense peak / (2 P) operations per token.
constexpr rational prefill_tokens_per_second(dense_rate peak, std::int64_t parameters) {
  if (peak.count() <= 0 || parameters <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: prefill bound needs a positive rate and parameter count");
  }
  return rational{peak.count(), detail::checked_mul(parameters, 2)} * rational{dense_rate::kind::per_display};
}

// Arithmetic intensity of batch-1 decode: 2P operations over W bytes.
constexpr rational decode_intensity(std::int64_t parameters, number_format f) {
  return rational{detail::checked_mul(parameters, 2), weight_memory(parameters, f).count()};
}

// All of the above for one chip, one model size and one format (weights and compute in the same
// format, as FP8 or BF16 inference runs). Unknown chip figures give nullopt, never zero.
struct llm_bounds {
  std::int64_t parameters = 0;
  number_format format{};
  data_size weights{};
  std::optional<data_size> capacity{};
  std::optional<bool> fits{};
  std::optional<std::int64_t> accelerators_needed{};
  std::optional<rational> decode_tokens_per_second{};   // batch 1, weights read once per token
  std::optional<rational> prefill_tokens_per_second{};  // at the dense peak of `format`
  rational decode_intensity{};                          // op/byte of batch-1 decode
  std::optional<rational> ridge_point{};                // op/byte where the chip turns compute bound
};

constexpr llm_bounds llm_inference_bounds(const accelerator& chip, std::int64_t parameters, number_format f,
                                          data_size extra_bytes_per_token = {}) {
  llm_bounds b{.parameters = parameters, .format = f, .weights = weight_memory(parameters, f)};
  b.capacity = memory_capacity(chip);
  if (b.capacity) {
    b.fits = fits_in(b.weights, *b.capacity);
    b.accelerators_needed = accelerators_to_hold(b.weights, *b.capacity);
  }
  if (const std::optional<data_rate> bw = memory_bandwidth(chip)) {
    b.decode_tokens_per_second = accelspec::decode_tokens_per_second(*bw, b.weights + extra_bytes_per_token);
  }
  if (const std::optional<dense_rate> peak = peak_dense_rate(chip, f)) {
    b.prefill_tokens_per_second = accelspec::prefill_tokens_per_second(*peak, parameters);
  }
  b.decode_intensity = accelspec::decode_intensity(parameters, f);
  b.ridge_point = accelspec::ridge_point(chip, f);
  return b;
}

}  // namespace accelspec

// ---- end accelspec/analysis/llm.hpp ----

// (inlined: analysis/roofline.hpp)

// ---- end accelspec/analysis.hpp ----

// (inlined: io.hpp)
// ---- begin accelspec/io.hpp ----
// accelspec's run-time text layer: formatting, explanations, JSON and parsing of text inputs.
// Separate from <accelspec/accelspec.hpp> so that classification alone stays light to compile.

// (inlined: detail/cxx20.hpp)

// (inlined: accelspec.hpp)
// (inlined: io/csv.hpp)
// ---- begin accelspec/io/csv.hpp ----
// CSV read one record at a time (RFC 4180): the one CSV reader of the library and the command (the
// screening-list file, the CLI's batch input).

// (inlined: ../detail/cxx20.hpp)

#include <array>
#include <cstddef>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace accelspec::io {

// Malformed CSV: what() is "line N: what is wrong" (N counts from 1, the line the record starts on
// or the line of the bad byte); the caller puts the file or option in front.
struct csv_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One record and the line it starts on (a quoted field may span lines). `fields` is reused from
// record to record, so that reading a long file allocates only for its longest record.
struct csv_record {
  std::vector<std::string> fields;
  std::size_t count = 0;  // fields[0, count) are this record's; the rest is reused storage
  std::size_t line = 0;
};

// RFC 4180, read from a stream one record at a time: fields separated by commas, records by CRLF,
// LF or a lone CR; a field in double quotes may hold commas, line breaks and "" for a quote. A UTF-8
// byte-order mark at the start of the input (spreadsheets write one with "CSV UTF-8") is skipped.
// Blank lines are no records. Throws csv_error on a quote left open or text after a closing quote.
class csv_reader {
 public:
  explicit csv_reader(std::istream& in) : in_(in) {}

  // The next record that is not a blank line; false at the end of the input.
  bool next(csv_record& r) {
    while (true) {
      r.count = 0;
      r.line = line_;
      bool quoted_field = false, after_quote = false, any = false;
      std::string* field = start_field(r);
      while (true) {
        if (pos_ == end_ && !fill()) {
          if (quoted_field) {
            throw csv_error("line " + std::to_string(r.line) +
                            ": a quoted field is not closed before the end of the file");
          }
          if (!any && field->empty()) return false;
          break;
        }
        const char c = buffer_[pos_++];
        if (quoted_field) {
          if (c == '"') {
            if (pos_ == end_) fill();
            if (pos_ < end_ && buffer_[pos_] == '"') {
              *field += '"';
              ++pos_;
            } else {
              quoted_field = false;
              after_quote = true;
            }
          } else {
            if (c == '\n') ++line_;
            *field += c;
          }
          continue;
        }
        if (c == ',') {
          field = start_field(r);
          after_quote = false;
          any = true;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            if (pos_ == end_) fill();
            if (pos_ < end_ && buffer_[pos_] == '\n') ++pos_;
          }
          ++line_;
          break;
        } else if (c == '"' && field->empty() && !after_quote) {
          quoted_field = true;
          any = true;
        } else if (after_quote) {
          throw csv_error("line " + std::to_string(line_) + ": text after a closing quote");
        } else {
          *field += c;
          any = true;
        }
      }
      // A blank line is no record.
      if (r.count == 1 && r.fields[0].empty() && !any) continue;
      return true;
    }
  }

  // Whether the stream failed other than by reaching its end (a read error, not malformed CSV).
  [[nodiscard]] bool read_failed() const { return in_.bad(); }

 private:
  static std::string* start_field(csv_record& r) {
    if (r.count == r.fields.size()) r.fields.emplace_back();
    std::string* f = &r.fields[r.count++];
    f->clear();
    return f;
  }

  bool fill() {
    if (!in_) return false;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    end_ = static_cast<std::size_t>(in_.gcount());
    pos_ = 0;
    if (first_ && end_ >= 3 && buffer_[0] == '\xEF' && buffer_[1] == '\xBB' && buffer_[2] == '\xBF') pos_ = 3;
    first_ = false;
    return pos_ < end_;
  }

  std::istream& in_;
  std::array<char, 1 << 16> buffer_{};
  std::size_t pos_ = 0, end_ = 0, line_ = 1;
  bool first_ = true;
};

}  // namespace accelspec::io

// ---- end accelspec/io/csv.hpp ----

// (inlined: io/explain.hpp)
// ---- begin accelspec/io/explain.hpp ----
// A determination in words and as JSON. The same findings drive both, so the sentences and
// the JSON never disagree.

// (inlined: ../detail/cxx20.hpp)

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// (inlined: ../rules/determination.hpp)
// (inlined: format.hpp)
// ---- begin accelspec/io/format.hpp ----
// Numbers for people and scripts. Exact values print exactly ("15831.2", never "15831.199999");
// a ratio with no finite decimal expansion (2368/814) is cut, never rounded, after a fixed
// number of places. Cutting toward zero keeps every printed value on the same side of any
// threshold with that many places or fewer: 5.9199999... prints as 5.919999, not 5.92.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <string>
#include <string_view>

// (inlined: ../metrics/tpp.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)

namespace accelspec::io {

struct decimal_text {
  std::string text;
  bool exact = true;  // false when the expansion was cut after `places` digits
};

// The number of decimal places of a terminating decimal with this denominator: the larger of the
// powers of 2 and 5 in it (at most 63, since the denominator is below 2^63).
inline int terminating_places(std::int64_t den) {
  int twos = 0, fives = 0;
  while (den % 2 == 0) {
    den /= 2;
    ++twos;
  }
  while (den % 5 == 0) {
    den /= 5;
    ++fives;
  }
  return twos > fives ? twos : fives;
}

// The decimal expansion of r. A terminating decimal prints all of its digits and is exact (the
// text is the whole value: 0.0000019073486328125, not a cut 0.000001907348632812); any other
// value is cut (toward zero) after `places` decimals and marked inexact. Trailing zeros are
// dropped. So `exact` is true exactly when the printed digits are the value.
inline decimal_text to_decimal(const rational& r, int places = 6) {
  const std::int64_t num = r.numerator();
  const std::int64_t den = r.denominator();  // >= 1
  std::string out;
  if (num < 0) out += '-';
  // The magnitude as unsigned: -INT64_MIN does not fit an int64.
  const detail::u64 mag = detail::magnitude(num);
  const auto d = static_cast<detail::u64>(den);
  detail::u64 rem = mag % d;
  out += std::to_string(mag / d);
  const bool terminating = r.is_terminating_decimal();
  const int limit = terminating ? terminating_places(den) : (places < 0 ? 0 : places);
  std::string frac;
  for (int i = 0; i < limit && rem != 0; ++i) {
    // rem < den < 2^63, so rem * 10 < 10 * 2^63 needs the exact 128-bit helpers; the next digit
    // is the number of times den fits in it (at most 9).
    detail::u128 acc = detail::mul_wide(rem, 10u);
    int digit = 0;
    while (acc.hi != 0 || acc.lo >= d) {
      const detail::u64 lo = acc.lo - d;
      acc.hi -= (acc.lo < d) ? 1u : 0u;
      acc.lo = lo;
      ++digit;
    }
    rem = acc.lo;
    frac += static_cast<char>('0' + digit);
  }
  const bool exact = rem == 0;
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  if (!frac.empty()) out += '.' + frac;
  return {out, exact};
}

// Inserts thousands separators into the integer part: "15831.2" -> "15,831.2".
inline std::string group_thousands(std::string_view plain) {
  std::string sign;
  if (!plain.empty() && plain.front() == '-') {
    sign = "-";
    plain.remove_prefix(1);
  }
  const std::size_t point = plain.find('.');
  const std::string_view whole = plain.substr(0, point);
  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i != 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  if (point != std::string_view::npos) out += plain.substr(point);
  return sign + out;
}

// Display width of UTF-8 text in columns (one per code point: every character we print is narrow).
inline std::size_t display_columns(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Pads text with spaces to `width` display columns, for aligned tables.
inline std::string pad_right(std::string s, std::size_t width) {
  const std::size_t columns = display_columns(s);
  if (columns < width) s.append(width - columns, ' ');
  return s;
}

// For JSON and CSV: plain digits, exact where possible.
inline std::string number(const rational& r, int places = 6) { return to_decimal(r, places).text; }
inline std::string number(const tpp_value& t) { return to_decimal(t.value()).text; }
template <class Kind>
std::string number(const quantity<Kind>& q, int places = 6) {
  return to_decimal(q.in_display_units(), places).text;
}

// For sentences: grouped digits, "~" before a value that was cut.
inline std::string pretty(const rational& r, int places = 2) {
  const decimal_text d = to_decimal(r, places);
  return (d.exact ? "" : "~") + group_thousands(d.text);
}
inline std::string pretty(const tpp_value& t) { return pretty(t.value(), 6); }
template <class Kind>
std::string pretty(const quantity<Kind>& q) {
  return pretty(q.in_display_units(), 6) + " " + std::string(Kind::display_unit);
}

}  // namespace accelspec::io

// ---- end accelspec/io/format.hpp ----

// (inlined: json.hpp)
// ---- begin accelspec/io/json.hpp ----
// A small JSON writer: enough for the CLI's stable output contracts, nothing more.

// (inlined: ../detail/cxx20.hpp)

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace accelspec::io {

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong form, no surrogate, nothing
// above U+10FFFF) that starts at s[i], or 0 when none does. The one UTF-8 check of the library and
// the command (JSON strings here; text read from a CSV file in the CLI).
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = at(i);
  if (b < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xbf;  // the range of the second byte
  if (b >= 0xc2 && b <= 0xdf) {
    n = 2;
  } else if (b >= 0xe0 && b <= 0xef) {
    n = 3;
    if (b == 0xe0) lo = 0xa0;
    if (b == 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4;
    if (b == 0xf0) lo = 0x90;
    if (b == 0xf4) hi = 0x8f;
  } else {
    return 0;
  }
  if (i + n > s.size() || at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (at(i + k) < 0x80 || at(i + k) > 0xbf) return 0;
  }
  return n;
}

// The length of the start of p[0, n) that a JSON string holds as it is, counted in words of eight
// bytes (the last one padded with spaces): no byte below 0x20, no '"', no '\\', no byte of 0x80 or
// more (whose UTF-8 sequence must be checked). Each word is tested at once, with no branch per byte.
inline std::size_t plain_json_prefix(const char* p, std::size_t n) {
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  const auto needs_look = [](std::uint64_t w) {
    const std::uint64_t quote = w ^ (ones * 0x22u), slash = w ^ (ones * 0x5cu);  // '"' and '\\'
    return (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash) | w) & highs;
  };
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, p + i, 8);
    if (needs_look(w) != 0) return i;
  }
  if (i == n) return n;
  std::uint64_t w = ones * 0x20u;  // the padding is plain: a space
  std::memcpy(&w, p + i, n - i);
  return needs_look(w) != 0 ? i : n;
}

// Appends `s` to `out` as a JSON string: quotes, backslash and every control character (U+0000 to
// U+001F) escaped; well-formed UTF-8 passes through, and each byte that does not start a
// well-formed UTF-8 sequence becomes U+FFFD (JSON text must be UTF-8, RFC 8259 section 8.1).
// Runs of plain characters are copied at once: batch output writes millions.
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t plain = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    i += plain_json_prefix(s.data() + i, s.size() - i);
    if (i >= s.size()) break;
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      const std::size_t n = utf8_sequence_length(s, i);
      if (n != 0) {  // well-formed: part of the plain run
        i += n - 1;
        continue;
      }
      out.append(s.data() + plain, i - plain);
      out += "\\ufffd";
      plain = i + 1;
      continue;
    }
    if (c != '"' && c != '\\' && u >= 0x20) continue;
    out.append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        constexpr char hex[] = "0123456789abcdef";
        out += "\\u00";
        out += hex[(u >> 4) & 0xf];
        out += hex[u & 0xf];
      }
    }
  }
  out.append(s.data() + plain, s.size() - plain);
  out += '"';
}

// `s` as a JSON string (see append_json_string).
inline std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s);
  return out;
}

// Writes the members of one JSON object into a text that is being built elsewhere (the output
// buffer of a batch, the body of a json_object), so that nested objects, arrays and lists of
// strings cost no text of their own: a batch writes about 10 KB of JSON a row.
class json_members {
 public:
  // Members go to the end of `out`; `first` says whether none precedes them in this object.
  explicit json_members(std::string& out, bool first = true) : out_(&out), first_(first) {}

  json_members& raw(std::string_view key, std::string_view json_value) {
    start_member(key);
    *out_ += json_value;
    return *this;
  }
  json_members& string(std::string_view key, std::string_view value) {
    start_member(key);
    append_json_string(*out_, value);
    return *this;
  }
  json_members& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
  json_members& null(std::string_view key) { return raw(key, "null"); }
  // The string, or null when it is empty (a name that was not given).
  json_members& string_or_null(std::string_view key, std::string_view value) {
    return value.empty() ? null(key) : string(key, value);
  }
  // An array of strings from any range whose elements convert to std::string_view.
  template <class Range>
  json_members& strings(std::string_view key, const Range& values) {
    start_member(key);
    *out_ += '[';
    bool first = true;
    for (const auto& v : values) {
      if (!first) *out_ += ',';
      first = false;
      append_json_string(*out_, std::string_view(v));
    }
    *out_ += ']';
    return *this;
  }
  // A value written by `write(std::string&)`, which appends JSON text (a number, a date, null).
  template <class Write>
  json_members& value(std::string_view key, Write&& write) {
    start_member(key);
    write(*out_);
    return *this;
  }
  // A nested object whose members `fill(json_members&)` writes.
  template <class Fill>
  json_members& object(std::string_view key, Fill&& fill) {
    start_member(key);
    nested(fill);
    return *this;
  }
  // An array of objects, one per element of `items`, whose members `fill(json_members&, item)` writes.
  template <class Range, class Fill>
  json_members& objects(std::string_view key, const Range& items, Fill&& fill) {
    start_member(key);
    *out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      if (!first) *out_ += ',';
      first = false;
      nested([&](json_members& m) { fill(m, item); });
    }
    *out_ += ']';
    return *this;
  }

 private:
  template <class Fill>
  void nested(Fill&& fill) {
    *out_ += '{';
    json_members inner(*out_);
    fill(inner);
    *out_ += '}';
  }
  void start_member(std::string_view key) {
    // Keys are short and nearly always plain ASCII (every key of the library's contracts is): the
    // separator, a plain key and the colon go out in one append; any other key is escaped.
    constexpr std::size_t short_key = 60;
    if (key.size() <= short_key && plain_json_prefix(key.data(), key.size()) == key.size()) {
      char text[short_key + 4];
      std::size_t n = 0;
      if (!first_) text[n++] = ',';
      text[n++] = '"';
      std::memcpy(text + n, key.data(), key.size());
      n += key.size();
      text[n++] = '"';
      text[n++] = ':';
      out_->append(text, n);
      first_ = false;
      return;
    }
    if (!first_) *out_ += ',';
    first_ = false;
    append_json_string(*out_, key);
    *out_ += ':';
  }
  std::string* out_;
  bool first_;
};

// Builds one JSON object member by member; values are given as JSON text. The members are kept as
// one text, so that building and appending objects costs no allocation per member; `members()`
// writes more of them straight into that text.
class json_object {
 public:
  json_object& raw(std::string_view key, std::string_view json_value) {
    members().raw(key, json_value);
    return *this;
  }
  json_object& string(std::string_view key, std::string_view value) {
    members().string(key, value);
    return *this;
  }
  json_object& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
  json_object& null(std::string_view key) { return raw(key, "null"); }
  json_object& strings(std::string_view key, const std::vector<std::string>& values) {
    members().strings(key, values);
    return *this;
  }
  // A writer of further members, after those already here.
  json_members members() { return json_members(body_, body_.empty()); }
  // The members of `other`, after this object's own (e.g. "chip" first, then a determination).
  json_object& append(const json_object& other) {
    if (other.body_.empty()) return *this;
    if (!body_.empty()) body_ += ',';
    body_ += other.body_;
    return *this;
  }
  [[nodiscard]] std::string str() const {
    std::string out;
    out.reserve(body_.size() + 2);
    out += '{';
    out += body_;
    out += '}';
    return out;
  }
  // Appends the object's text to `out` (no copy of its own).
  void append_to(std::string& out) const {
    out += '{';
    out += body_;
    out += '}';
  }

 private:
  std::string body_;
};

// A JSON array of already serialised values.
inline std::string json_array(const std::vector<std::string>& values) {
  std::string a = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    a += i ? "," : "";
    a += values[i];
  }
  return a + "]";
}

}  // namespace accelspec::io

// ---- end accelspec/io/json.hpp ----

namespace accelspec::io {

inline std::string describe_value(const comparison& c) {
  if (!c.value) return "unknown";
  switch (c.measure) {
    case measure::tpp:
      return pretty(*c.value, 6);
    case measure::performance_density:
      return pretty(*c.value, 3);
    case measure::io_bandwidth:
      return pretty(*c.value, 6) + " GB/s";
    case measure::datacenter_market:
      return "";
  }
  return "";
}

inline std::string describe_threshold(const comparison& c) {
  const std::string t = pretty(c.threshold, 6);
  return c.measure == measure::io_bandwidth ? t + " GB/s" : t;
}

// One comparison as it came out, appended to `out`: "TPP 2,368 < 2,400", "performance density
// unknown (needs >= 5.92)".
inline void append_description(std::string& out, const comparison& c, market m) {
  if (c.measure == measure::datacenter_market) {
    out += m == market::unknown ? "whether it is designed or marketed for datacenters is unknown"
           : m == market::other ? "not designed or marketed for datacenters"
                                : "designed or marketed for datacenters";
    return;
  }
  const std::string_view want = c.relation == relation::at_least ? ">=" : "<";
  const std::string_view opposite = c.relation == relation::at_least ? "<" : ">=";
  if (!c.value) {
    if (c.measure == measure::performance_density && c.holds == truth::no) {
      out += "no performance density (no non-planar logic die area)";
      return;
    }
    out += key(c.measure);
    out += " unknown (needs ";
    out += want;
    out += ' ';
    out += describe_threshold(c);
    out += ')';
    return;
  }
  out += key(c.measure);
  out += ' ';
  out += describe_value(c);
  out += ' ';
  out += c.holds == truth::yes ? want : opposite;
  out += ' ';
  out += describe_threshold(c);
}
inline std::string describe(const comparison& c, market m) {
  std::string s;
  append_description(s, c, m);
  return s;
}

inline std::vector<std::string> clause_keys(const clause_set& s) {
  std::vector<std::string> out;
  for (const clause c : clause_set::all) {
    if (s.contains(c)) out.emplace_back(c == clause::non_datacenter_note ? "note-non-datacenter" : key(c));
  }
  return out;
}

inline std::string tf32_bit_length(tf32_reading r) { return r == tf32_reading::container_32 ? "32" : "19"; }

// The paragraph with the clauses met, in short: "3A090.a (a.1, a.2)".
inline std::string paragraph_with_clauses(eccn e, const clause_set& met_set) {
  std::string s(key(e));
  const std::vector<std::string> met = clause_keys(met_set);
  for (std::size_t i = 0; i < met.size(); ++i) {
    s += i == 0 ? " (" : ", ";
    s += met[i].substr(met[i].size() - 3);  // "3A090.a.1" -> "a.1"
  }
  if (!met.empty()) s += ")";
  return s;
}

// Both readings of TF32, when they give different answers.
inline std::string tf32_readings_line(const determination& d) {
  std::string s = "the answer depends on the bit length of TF32, which the regulation does not settle: ";
  for (std::size_t i = 0; i < d.tf32_readings.size(); ++i) {
    const tf32_result& t = d.tf32_readings[i];
    s += i == 0 ? "" : "; ";
    s += "as " + tf32_bit_length(t.reading) + " bits, TPP " + (t.tpp ? pretty(*t.tpp) : std::string("unknown")) + ", " +
         paragraph_with_clauses(t.eccn, t.clauses);
  }
  return s + " (the lines above follow the 32-bit reading; choose one with --tf32-bits 32|19)";
}

// One line per clause: "TPP 15,831.2 >= 4,800: 3A090.a.1 met", each given to `take(line)` in turn
// (the line is built in one buffer: JSON batches write millions of them).
template <class Take>
void for_each_reason(const determination& d, Take&& take) {
  if (d.applied == nullptr) {
    take(std::string_view("no ECCN 3A090 rule was in force on the date asked (the first took effect on 2022-10-07)"));
    return;
  }
  std::string line;
  for (const clause_finding& f : d.findings()) {
    line.clear();
    // Show the parts that decide the clause: all of them when it is met, otherwise the ones that
    // fail or are unknown.
    for (const comparison& p : f.parts) {
      if (f.holds != truth::yes && p.holds == truth::yes) continue;
      if (!line.empty()) line += " and ";
      append_description(line, p, d.market);
    }
    line += ": ";
    line += key(f.clause);
    line += ' ';
    line += key(f.holds);
    if (f.clause == clause::non_datacenter_note && f.holds == truth::yes) line += " (3A090.a and .b do not apply)";
    take(std::string_view(line));
  }
  if (!d.tf32_readings.empty()) take(std::string_view(tf32_readings_line(d)));
}

inline std::vector<std::string> reasons(const determination& d) {
  std::vector<std::string> out;
  for_each_reason(d, [&](std::string_view line) { out.emplace_back(line); });
  return out;
}

// The ECCN with its clauses in short, for tables: "3A090.a (a.1, a.2)", "none (note)".
inline std::string eccn_summary(const determination& d) {
  std::string s(key(d.eccn));
  const std::vector<std::string> met = clause_keys(d.clauses);
  for (std::size_t i = 0; i < met.size(); ++i) {
    s += i == 0 ? " (" : ", ";
    s += met[i].substr(met[i].size() - 3);  // "3A090.a.1" -> "a.1"
  }
  if (!met.empty()) s += ")";
  if (d.non_datacenter_note == truth::yes) s += " (note)";
  return s;
}

// A short explanation in sentences.
inline std::string explain(const determination& d) {
  std::string s;
  if (d.applied == nullptr)
    return "No ECCN 3A090 rule was in force on that date (the first took effect on 2022-10-07).\n";
  s += "Rule: " + std::string(d.applied->name) + ", " + std::string(d.applied->source.federal_register) + " (FR Doc " +
       std::string(d.applied->source.document_number) + ").\n";
  s += "TPP: " + (d.tpp ? pretty(*d.tpp) + " (at " + std::to_string(d.tpp_bits) + "-bit)" : std::string("unknown")) +
       ".\n";
  s +=
      "Applicable die area: " +
      (d.applicable_die_area ? pretty(d.applicable_die_area->in_display_units(), 6) + " mm²" : std::string("unknown")) +
      ".\n";
  s += "Performance density: " + (d.performance_density ? pretty(*d.performance_density, 3) : std::string("unknown")) +
       ".\n";
  switch (d.eccn) {
    case eccn::a:
      s += "Result: ECCN 3A090.a";
      break;
    case eccn::b:
      s += "Result: ECCN 3A090.b";
      break;
    case eccn::none:
      s += "Result: not described by 3A090.a or 3A090.b";
      break;
    case eccn::undecided:
      s += d.tf32_readings.empty() || d.tf32_readings[0].eccn == eccn::undecided ||
                   d.tf32_readings[1].eccn == eccn::undecided
               ? "Result: undecided, an input the answer depends on is unknown"
               : "Result: undecided, the answer depends on the bit length of TF32";
      break;
  }
  const std::vector<std::string> met = clause_keys(d.clauses);
  if (!met.empty()) {
    s += " (";
    for (std::size_t i = 0; i < met.size(); ++i) {
      s += i ? ", " : "";
      s += met[i];
    }
    s += ")";
  }
  s += ".\n";
  if (d.nac_aca) s += "License Exception NAC/ACA may be available for this item.\n";
  s += "Because:\n";
  for (const std::string& r : reasons(d)) s += "  - " + r + "\n";
  return s;
}

// Appends the JSON array of the keys of the clauses in `s` (the keys clause_keys() gives).
inline void append_clause_keys_json(std::string& out, const clause_set& s) {
  out += '[';
  bool first = true;
  for (const clause c : clause_set::all) {
    if (!s.contains(c)) continue;
    if (!first) out += ',';
    first = false;
    append_json_string(out, c == clause::non_datacenter_note ? std::string_view("note-non-datacenter") : key(c));
  }
  out += ']';
}

// The documented JSON contract of `accelspec classify --json` (see docs/cli.md): the members of
// the determination, written into `o`.
inline void write_json(json_members& o, const determination& d) {
  o.raw("tpp", d.tpp ? number(*d.tpp) : "null");
  o.raw("tpp_bit_length", d.tpp ? std::to_string(d.tpp_bits) : "null");
  o.raw("applicable_die_area_mm2", d.applicable_die_area ? number(*d.applicable_die_area) : "null");
  o.raw("performance_density", d.performance_density ? number(*d.performance_density, 9) : "null");
  // The flag says whether the printed digits are the whole value; with no value, there is no flag.
  if (d.performance_density)
    o.boolean("performance_density_exact", to_decimal(*d.performance_density, 9).exact);
  else
    o.null("performance_density_exact");
  o.string("eccn", key(d.eccn));
  o.value("clauses", [&](std::string& out) { append_clause_keys_json(out, d.clauses); });
  o.value("undecided_clauses", [&](std::string& out) { append_clause_keys_json(out, d.undecided); });
  o.raw("non_datacenter_note", d.non_datacenter_note == truth::unknown ? "null"
                               : d.non_datacenter_note == truth::yes   ? "true"
                                                                       : "false");
  o.boolean("nac_aca", d.nac_aca);
  o.string("market", key(d.market));
  if (d.applied != nullptr) {
    o.string("rule", d.applied->key);
    o.string("rule_name", d.applied->name);
    o.string("citation", std::string(d.applied->source.federal_register) + " (FR Doc " +
                             std::string(d.applied->source.document_number) + ")");
  } else {
    o.null("rule");
    o.null("rule_name");
    o.null("citation");
  }
  o.value("reasons", [&](std::string& out) {
    out += '[';
    bool first = true;
    for_each_reason(d, [&](std::string_view line) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, line);
    });
    out += ']';
  });
  o.objects("tf32_readings", d.tf32_readings, [](json_members& r, const tf32_result& t) {
    r.raw("tf32_bits", tf32_bit_length(t.reading));
    r.string("eccn", key(t.eccn));
    r.value("clauses", [&](std::string& out) { append_clause_keys_json(out, t.clauses); });
    r.value("undecided_clauses", [&](std::string& out) { append_clause_keys_json(out, t.undecided); });
    r.boolean("nac_aca", t.nac_aca);
    r.raw("tpp", t.tpp ? number(*t.tpp) : "null");
    r.raw("tpp_bit_length", t.tpp ? std::to_string(t.tpp_bits) : "null");
  });
}

inline json_object to_json_object(const determination& d) {
  json_object o;
  json_members m = o.members();
  write_json(m, d);
  return o;
}

inline std::string to_json(const determination& d) { return to_json_object(d).str(); }

}  // namespace accelspec::io

// ---- end accelspec/io/explain.hpp ----

// (inlined: io/format.hpp)
// (inlined: io/json.hpp)
// (inlined: io/parse.hpp)
// ---- begin accelspec/io/parse.hpp ----
// Run-time parsing of the text forms the CLI and configuration files use. Every function
// returns nullopt (or an error code) for bad input; none throws or has undefined behaviour.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <optional>
#include <string_view>

// (inlined: ../rules/rule.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/number_format.hpp)

namespace accelspec::io {

// Strict ISO 8601 calendar date, "YYYY-MM-DD", that exists in the calendar.
constexpr std::optional<std::chrono::year_month_day> parse_date(std::string_view s) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (std::size_t i = 0; i < lengths[f]; ++i) {
      const char c = s[starts[f] + i];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const std::chrono::year_month_day d{std::chrono::year{fields[0]},
                                      std::chrono::month{static_cast<unsigned>(fields[1])},
                                      std::chrono::day{static_cast<unsigned>(fields[2])}};
  if (!d.ok()) return std::nullopt;
  return d;
}

constexpr std::optional<market> parse_market(std::string_view s) noexcept {
  if (s == "datacenter") return market::datacenter;
  if (s == "other") return market::other;
  return std::nullopt;
}

}  // namespace accelspec::io

// ---- end accelspec/io/parse.hpp ----

// (inlined: io/policy.hpp)
// ---- begin accelspec/io/policy.hpp ----
// Assessments and timelines in words and as JSON (the contracts of `accelspec assess`,
// `accelspec timeline` and `accelspec hbm`, see docs/policy.md).

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// (inlined: ../policy.hpp)
// (inlined: explain.hpp)
// (inlined: format.hpp)
// (inlined: json.hpp)

namespace accelspec::io {

// Appends "YYYY-MM-DD" (years 0 to 9999; the library's dates are all in that range).
inline void append_date(std::string& out, std::chrono::year_month_day d) {
  const int y = static_cast<int>(d.year());
  if (y < 0 || y > 9999) {  // outside the four-digit form: as printf would write it
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    out += buf;
    return;
  }
  const auto digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
  const auto yy = static_cast<unsigned>(y), mm = static_cast<unsigned>(d.month()), dd = static_cast<unsigned>(d.day());
  const char text[10] = {
      digit(yy / 1000), digit(yy / 100), digit(yy / 10), digit(yy), '-', digit(mm / 10), digit(mm), '-',
      digit(dd / 10),   digit(dd)};
  out.append(text, sizeof text);
}

inline std::string to_string(std::chrono::year_month_day d) {
  std::string s;
  append_date(s, d);
  return s;
}

// A date as a JSON string, or null.
inline void append_date_json(std::string& out, std::chrono::year_month_day d) {
  out += '"';
  append_date(out, d);
  out += '"';
}
inline void append_date_json(std::string& out, const std::optional<std::chrono::year_month_day>& d) {
  if (d)
    append_date_json(out, *d);
  else
    out += "null";
}

// "91 FR 1684 (FR Doc 2026-00789)", or the document for sources outside the Federal Register.
inline void append_citation_text(std::string& out, const policy::regulation& r) {
  if (r.source.federal_register.empty()) {
    out += r.source.document_number;
  } else if (r.source.document_number.empty()) {
    out += r.source.federal_register;
  } else {
    out += r.source.federal_register;
    out += " (FR Doc ";
    out += r.source.document_number;
    out += ')';
  }
}
inline std::string citation_text(const policy::regulation& r) {
  std::string s;
  append_citation_text(s, r);
  return s;
}

// The citation as a JSON string; an offer without a source has the empty string.
inline void append_citation_json(std::string& out, const policy::regulation* r) {
  if (r == nullptr) {
    out += "\"\"";
    return;
  }
  // The citation is built from up to three parts, then escaped as any string.
  std::string text;
  append_citation_text(text, *r);
  append_json_string(out, text);
}

// JSON null for "no license" and for policies that are not one of the three the regulation names.
inline void append_review_json(std::string& out, policy::review_policy r) {
  switch (r) {
    case policy::review_policy::presumption_of_denial:
    case policy::review_policy::case_by_case:
    case policy::review_policy::presumption_of_approval:
      append_json_string(out, key(r));
      return;
    default:
      out += "null";
  }
}

inline std::string_view truth_json(truth t) { return t == truth::yes ? "true" : t == truth::no ? "false" : "null"; }

// Each contract below is written once, into `o` (write_json); to_json gives it as its own text.
template <class T>
std::string json_text_of(const T& x) {
  std::string s = "{";
  json_members m(s);
  write_json(m, x);
  s += '}';
  return s;
}

inline void write_json(json_members& o, const policy::regulation& r) {
  o.string("key", r.key).string("name", r.name);
  o.value("citation", [&](std::string& out) { append_citation_json(out, &r); });
  o.string("title", r.source.title);
  o.value("effective", [&](std::string& out) { append_date_json(out, r.effective); });
  o.value("last_day", [&](std::string& out) { append_date_json(out, r.last_day); });
  o.value("not_enforced_from", [&](std::string& out) { append_date_json(out, r.not_enforced_from); });
  o.string("status", key(r.status));
  o.boolean("verified", policy::is_verified(r.status));
  if (!r.source.url.empty()) o.string("url", r.source.url);
}
inline std::string to_json(const policy::regulation& r) { return json_text_of(r); }

inline void write_json(json_members& o, const policy::exception_offer& e) {
  o.string("exception", key(e.which));
  o.strings("conditions", e.conditions);
  o.value("citation", [&](std::string& out) { append_citation_json(out, e.source); });
  o.string("status", key(e.status));
  o.boolean("verified", policy::is_verified(e.status));
}
inline std::string to_json(const policy::exception_offer& e) { return json_text_of(e); }

inline void write_json(json_members& o, const policy::measure_verdict& v) {
  const policy::dated_measure& m = *v.measure;
  o.string("key", m.key).string("kind", key(m.kind)).string("section", m.section);
  o.raw("applies", truth_json(v.applies));
  o.boolean("requires_license", m.requires_license);
  o.value("review_policy", [&](std::string& out) { append_review_json(out, v.review); });
  o.string("review", key(v.review));
  o.string("requirement", m.effect);
  if (!m.company.empty()) o.string("company", m.company);
  if (!v.needs.empty()) o.string("needs", v.needs);
  o.value("citation", [&](std::string& out) { append_citation_json(out, m.source); });
  o.value("effective", [&](std::string& out) { append_date_json(out, m.first_day()); });
  o.value("last_day", [&](std::string& out) { append_date_json(out, m.last_day()); });
  o.string("status", key(m.source->status));
  o.boolean("verified", policy::is_verified(m.source->status));
}
inline std::string to_json(const policy::measure_verdict& v) { return json_text_of(v); }

// An import measure of the destination, with how it is known (reported measures say so).
inline void write_json(json_members& o, const policy::import_measure& m) {
  o.string("key", m.key).string("country", m.codes).string("authority", key(m.authority));
  o.string("effect", key(m.effect));
  o.string("measure", m.text);
  o.value("from", [&](std::string& out) { append_date_json(out, m.from); });
  o.string("date_basis", key(m.basis));
  o.string("when", m.when);
  o.value("until", [&](std::string& out) { append_date_json(out, m.until); });
  o.value("products", [&](std::string& out) {
    out += '[';
    if (m.items == policy::import_items::foreign_chips) {
      append_json_string(out, "every foreign AI chip");
    } else {
      std::string product;
      bool first = true;
      for (std::string_view p : m.products) {
        if (!first) out += ',';
        first = false;
        product.assign(m.company);
        product += ' ';
        product += p;
        append_json_string(out, product);
      }
    }
    out += ']';
  });
  o.string("buyers", key(m.buyers));
  o.strings("buyer_names", m.buyer_names);
  o.strings("buyer_aliases", m.buyer_aliases);
  o.strings("conditions", m.conditions);
  o.string("status", key(m.status));
  o.boolean("verified", m.status == policy::import_status::official);
  o.objects("sources", m.sources, [](json_members& so, const policy::import_source& x) {
    so.string("outlet", x.outlet);
    so.value("date", [&](std::string& out) { append_date_json(out, x.date); });
    so.string("url", x.url);
  });
  if (!m.doubt.empty()) o.string("doubt", m.doubt);
}
inline json_object import_measure_object(const policy::import_measure& m) {
  json_object o;
  json_members w = o.members();
  write_json(w, m);
  return o;
}
inline std::string to_json(const policy::import_measure& m) { return json_text_of(m); }

inline void write_json(json_members& o, const policy::destination_answer& d) {
  o.boolean("modelled", d.modelled);
  o.raw("import_allowed", truth_json(d.import_allowed));
  o.string_or_null("end_user", d.end_user);
  o.objects("measures", d.measures, [](json_members& m, const policy::import_verdict& v) {
    m.raw("applies", truth_json(v.applies));
    if (!v.needs.empty()) m.string("needs", v.needs);
    write_json(m, *v.measure);
  });
  o.strings("reasons", d.reasons);
  o.strings("needs", d.needs);
  o.strings("conditions", d.conditions);
}
inline std::string to_json(const policy::destination_answer& d) { return json_text_of(d); }

inline void write_json(json_members& o, const policy::tariff_finding& t) {
  o.raw("band", std::to_string(t.band->number));
  o.raw("in_band", truth_json(t.in_band));
  o.raw("rate_percent", std::to_string(policy::section_232_rate_percent));
  o.string("tpp_range", number(t.band->tpp_low) + "-" + number(t.band->tpp_high));
  o.string("memory_bandwidth_gbps_range", number(t.band->bandwidth_low) + "-" + number(t.band->bandwidth_high));
  o.boolean("endpoints_excluded", true);
  o.strings("covered_articles", policy::section_232_articles);
  o.string("scope", policy::section_232_scope_note);
  o.strings("exemptions", policy::section_232_exemptions);
}
// The documented JSON contract of `accelspec assess --json` (see docs/policy.md): the members of
// the assessment, written into `o`.
inline void write_json(json_members& o, const policy::assessment& a) {
  o.string("destination", a.to.code);
  o.value("date", [&](std::string& out) { append_date_json(out, a.date); });
  o.string("item", a.kind == policy::item_kind::chip     ? "chip"
                   : a.kind == policy::item_kind::system ? "system"
                                                         : "memory");
  o.string("eccn", key(a.eccn));
  o.raw("license_required", truth_json(a.license_required));
  o.value("review_policy", [&](std::string& out) { append_review_json(out, a.review); });
  o.string("review", key(a.review));
  o.objects("license_exceptions", a.license_exceptions,
            [](json_members& m, const policy::exception_offer& e) { write_json(m, e); });
  o.strings("conditions", a.conditions);
  o.objects("measures", a.measures, [](json_members& m, const policy::measure_verdict& v) { write_json(m, v); });
  o.objects("citations", a.citations, [](json_members& m, const policy::regulation* r) { write_json(m, *r); });
  o.strings("unverified", a.unverified);
  o.strings("reasons", a.reasons);
  o.strings("assumptions", a.assumptions);
  o.strings("not_checked", a.not_checked);
  o.strings("warnings", a.warnings);
  o.strings("needs", a.needs);
  o.string("headquarters", a.headquarters.code);
  o.boolean("headquarters_given", a.headquarters_given);
  o.string_or_null("end_user", a.end_user);
  o.value("covered_from", [&](std::string& out) { append_date_json(out, a.covered_from); });
  o.raw("us_available", truth_json(a.us_available));
  o.objects("tf32_readings", a.tf32_readings, [](json_members& r, const policy::tf32_outcome& t) {
    r.raw("tf32_bits", tf32_bit_length(t.reading));
    r.string("eccn", key(t.eccn));
    r.raw("tpp", t.tpp ? number(*t.tpp) : "null");
    r.raw("license_required", truth_json(t.license_required));
    r.value("review_policy", [&](std::string& out) { append_review_json(out, t.review); });
    r.string("review", key(t.review));
    r.raw("tariff_band", t.band != nullptr && t.in_band != truth::no ? std::to_string(t.band->number) : "null");
  });
  if (a.tariff.band == nullptr)
    o.null("tariff");
  else
    o.object("tariff", [&](json_members& m) { write_json(m, a.tariff); });
  o.boolean("export_from_us", a.export_from_us);
  o.object("destination_side", [&](json_members& m) { write_json(m, a.destination_side); });
  if (a.kind == policy::item_kind::memory) {
    o.raw("memory_bandwidth_density", number(a.memory.density, 9));
    // Whether the printed digits are the whole value (as `hbm --json` and classify's density).
    o.boolean("memory_bandwidth_density_exact", to_decimal(a.memory.density, 9).exact);
    o.boolean("license_exception_hbm", a.memory.license_exception_hbm);
  } else {
    o.raw("tpp", a.tpp ? number(*a.tpp) : "null");
    o.raw("dram_bandwidth_gbps", a.total_dram_bandwidth ? number(*a.total_dram_bandwidth) : "null");
    o.raw("china_zone_2026", truth_json(a.china_zone));
    o.object("classification", [&](json_members& m) { write_json(m, a.classification); });
  }
}

inline json_object to_json_object(const policy::assessment& a) {
  json_object o;
  json_members m = o.members();
  write_json(m, a);
  return o;
}

inline std::string to_json(const policy::assessment& a) { return to_json_object(a).str(); }

inline std::string describe(const policy::exception_offer& e) {
  std::string s = "License Exception " + std::string(key(e.which));
  if (!e.conditions.empty()) {
    s += " (";
    for (std::size_t i = 0; i < e.conditions.size(); ++i) s += (i ? "; " : "") + std::string(e.conditions[i]);
    s += ")";
  }
  if (!policy::is_verified(e.status)) s += " [" + std::string(key(e.status)) + "]";
  return s;
}

// "[reported: Reuters, 2026-01-28]": how a destination's measure is known, in every text output.
inline std::string import_status_note(const policy::import_measure& m) {
  std::string s = "[" + std::string(key(m.status));
  if (!m.sources.empty()) s += ": " + std::string(m.sources[0].outlet) + ", " + to_string(m.sources[0].date);
  return s + "]";
}

inline std::string allowed_words(truth t) {
  return t == truth::yes ? "allowed" : t == truth::no ? "not allowed" : "undecided";
}

// The destination's side in words: a section of its own, after the US answer.
inline std::string explain(const policy::destination_answer& d, std::string_view code) {
  std::string s = "At the destination (" + std::string(code) + "):\n";
  if (!d.modelled) {
    s += "  Not modelled: no import measure of " + std::string(code) +
         " is in the library; nothing is said about whether the destination allows the import.\n";
    return s;
  }
  s += "  Import: " + allowed_words(d.import_allowed);
  s += d.end_user.empty() ? " (no end user given)" : " for end user " + std::string(d.end_user);
  s += ".\n";
  for (const policy::import_verdict& v : d.measures) {
    const policy::import_measure& m = *v.measure;
    s += "  - " + std::string(m.key) + " (" + std::string(key(m.authority)) + ", from " + to_string(m.from);
    if (m.basis == policy::date_basis::report_day) s += ", the report's date";
    s += "): " + std::string(key(m.effect)) + ": " + std::string(m.text);
    if (v.applies == truth::unknown) s += "; may apply, needs " + std::string(v.needs);
    s += " " + import_status_note(m) + "\n";
    if (!m.doubt.empty()) s += "      not established: " + std::string(m.doubt) + "\n";
  }
  for (std::string_view r : d.reasons) s += "  because " + std::string(r) + "\n";
  for (std::string_view c : d.conditions) s += "  condition: " + std::string(c) + "\n";
  for (std::string_view n : d.needs) s += "  to decide, give: " + std::string(n) + "\n";
  return s;
}

// The assessment in words.
inline std::string explain(const policy::assessment& a) {
  std::string s;
  s += "Destination " + std::string(a.to.code) + " on " + to_string(a.date) + ": " + std::string(key(a.eccn));
  if (a.kind != policy::item_kind::memory && a.tpp) s += ", TPP " + pretty(*a.tpp);
  if (a.kind == policy::item_kind::memory)
    s += ", memory bandwidth density " + pretty(a.memory.density, 6) + " GB/s/mm²";
  s += ".\n";
  if (!a.end_user.empty()) s += "End user: " + std::string(a.end_user) + ".\n";
  if (a.date < a.covered_from) s += "Modelled for this destination from " + to_string(a.covered_from) + ".\n";
  s += "License required: " +
       std::string(a.license_required == truth::yes  ? "yes"
                   : a.license_required == truth::no ? "no"
                                                     : "undecided") +
       ".\n";
  if (a.review != policy::review_policy::none) s += "Review policy: " + std::string(key(a.review)) + ".\n";
  for (const policy::exception_offer& e : a.license_exceptions) s += "May use " + describe(e) + ".\n";
  if (!a.conditions.empty()) {
    s += "Conditions:\n";
    for (std::string_view c : a.conditions) s += "  - " + std::string(c) + "\n";
  }
  if (!a.measures.empty()) {
    s += "Measures:\n";
    for (const policy::measure_verdict& v : a.measures) {
      s += "  - " + std::string(v.measure->key) + " (" + std::string(v.measure->section) + ")";
      if (v.applies == truth::unknown) s += ": may apply, needs " + std::string(v.needs);
      if (v.measure->requires_license && v.applies == truth::yes)
        s += ": license required, " + std::string(key(v.review));
      if (!v.measure->requires_license) s += ": " + std::string(key(v.measure->kind));
      s += "\n";
    }
  }
  for (const policy::tf32_outcome& t : a.tf32_readings) {
    s += "If TF32 counts " + tf32_bit_length(t.reading) + " bits: " + std::string(key(t.eccn)) +
         (t.tpp ? ", TPP " + pretty(*t.tpp) : std::string()) + ", license " +
         (t.license_required == truth::yes  ? "required"
          : t.license_required == truth::no ? "not required"
                                            : "undecided") +
         (t.review != policy::review_policy::none ? ", " + std::string(key(t.review)) : std::string()) + ".\n";
  }
  if (a.tariff.band != nullptr) {
    s += "Section 232 tariff band " + std::to_string(a.tariff.band->number) + " (" +
         std::to_string(policy::section_232_rate_percent) + "% on covered imports into the United States): " +
         (a.tariff.in_band == truth::yes ? "inside" : "undecided (an input is unknown or the TF32 reading decides)") +
         "; " + std::string(policy::section_232_scope_note) + ".\n";
  }
  s += "Because:\n";
  for (std::string_view r : a.reasons) s += "  - " + std::string(r) + "\n";
  for (std::string_view w : a.warnings) s += "Warning: " + std::string(w) + ".\n";
  if (!a.needs.empty()) {
    s += "To decide, give:\n";
    for (std::string_view n : a.needs) s += "  - " + std::string(n) + "\n";
  }
  s += "Assumed:\n";
  for (std::string_view x : a.assumptions) s += "  - " + std::string(x) + "\n";
  s += "Not checked:\n";
  for (std::string_view x : a.not_checked) s += "  - " + std::string(x) + "\n";
  s += "Citations:\n";
  for (const policy::regulation* r : a.citations) {
    s += "  - " + std::string(r->name) + ", " + citation_text(*r) + ", effective " + to_string(r->effective);
    if (r->not_enforced_from) s += ", not enforced from " + to_string(*r->not_enforced_from);
    s += " [" + std::string(key(r->status)) + "]\n";
  }
  if (!a.unverified.empty()) {
    s += "Not verified:\n";
    for (std::string_view u : a.unverified) s += "  - " + std::string(u) + "\n";
  }
  s += explain(a.destination_side, a.to.code);
  return s;
}

}  // namespace accelspec::io

// ---- end accelspec/io/policy.hpp ----

// (inlined: io/screening.hpp)
// ---- begin accelspec/io/screening.hpp ----
// A screening-list file: the US government's Consolidated Screening List (CSL) in its CSV export
// (trade.gov), read at run time and searched for the end user's name with the same name matching
// as the curated parties (policy/party_name.hpp). Each match becomes a named-party measure that
// assess() folds in like the curated ones (assess_options::more_parties).
//
// The export's header row names its columns: _id, source, entity_number, type, programs, name,
// title, addresses, federal_register_notice, start_date, end_date, standard_order,
// license_requirement, license_policy, call_sign, vessel_type, gross_tonnage,
// gross_registered_tonnage, vessel_flag, vessel_owner, remarks, source_list_url, alt_names,
// citizenships, dates_of_birth, nationalities, places_of_birth, source_information_url, ids.
// Columns are found by name (`source` and `name` are required; alt_names are separated by "; ").
// A file that is not such a CSV is an error naming the line.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstddef>
#include <deque>
#include <istream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// (inlined: ../policy.hpp)
// (inlined: csv.hpp)

namespace accelspec::io {

struct screening_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Which list of the CSL a row comes from, and what it means for an export of these items.
enum class screening_source : std::uint8_t { entity_list, meu, uvl, dpl, sdn, other };

struct screening_row {
  std::size_t line = 0;
  std::string source, entity_number, type, programs, name, federal_register_notice, start_date, license_requirement,
      license_policy;
  std::vector<std::string> alt_names;
  screening_source list = screening_source::other;
};

struct screening_list {
  std::string file;  // as given
  std::vector<screening_row> rows;
  std::string latest_entry;  // the newest start_date in the file (YYYY-MM-DD), empty if none
};

namespace detail::screening {

inline screening_source source_of(std::string_view s) {
  if (s.find("(EL)") != std::string_view::npos || s.starts_with("Entity List")) return screening_source::entity_list;
  if (s.find("(MEU)") != std::string_view::npos || s.starts_with("Military End User")) return screening_source::meu;
  if (s.find("(UVL)") != std::string_view::npos || s.starts_with("Unverified List")) return screening_source::uvl;
  if (s.find("(DPL)") != std::string_view::npos || s.starts_with("Denied Persons")) return screening_source::dpl;
  if (s.find("(SDN)") != std::string_view::npos || s.starts_with("Specially Designated Nationals"))
    return screening_source::sdn;
  return screening_source::other;
}

inline bool valid_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (const std::size_t i : {0UL, 1UL, 2UL, 3UL, 5UL, 6UL, 8UL, 9UL}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

}  // namespace detail::screening

// Reads a CSL CSV export, one record at a time (io::csv_reader). Throws screening_error (one line
// naming the file and what is wrong).
inline screening_list read_screening_list(std::istream& in, const std::string& file) {
  csv_reader reader(in);
  csv_record header_record, record;
  const auto next = [&](csv_record& r) {
    try {
      const bool got = reader.next(r);
      if (reader.read_failed()) throw screening_error(file + ": cannot be read");
      return got;
    } catch (const csv_error& e) {
      throw screening_error(file + ": " + e.what());
    }
  };
  if (!next(header_record))
    throw screening_error(file + ": empty (expected the Consolidated Screening List CSV export)");
  const std::vector<std::string> header(
      header_record.fields.begin(), header_record.fields.begin() + static_cast<std::ptrdiff_t>(header_record.count));
  const auto column = [&](std::string_view n) -> std::ptrdiff_t {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == n) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  };
  const std::ptrdiff_t c_source = column("source"), c_name = column("name");
  if (c_source < 0 || c_name < 0) {
    throw screening_error(file +
                          ": line 1: not the Consolidated Screening List CSV export (no 'source' and 'name' "
                          "columns in the header)");
  }
  const std::ptrdiff_t c_number = column("entity_number"), c_type = column("type"), c_programs = column("programs"),
                       c_notice = column("federal_register_notice"), c_start = column("start_date"),
                       c_requirement = column("license_requirement"), c_policy = column("license_policy"),
                       c_alt = column("alt_names");
  screening_list out;
  out.file = file;
  while (next(record)) {
    const std::size_t line = record.line;
    if (record.count != header.size()) {
      throw screening_error(file + ": line " + std::to_string(line) + ": " + std::to_string(record.count) +
                            " fields, the header has " + std::to_string(header.size()));
    }
    const auto cell = [&](std::ptrdiff_t c) {
      return c < 0 ? std::string{} : record.fields[static_cast<std::size_t>(c)];
    };
    screening_row row;
    row.line = line;
    row.source = cell(c_source);
    row.name = cell(c_name);
    if (row.source.empty() || row.name.find_first_not_of(" \t") == std::string::npos) {
      throw screening_error(file + ": line " + std::to_string(line) + ": a row without its source list or name");
    }
    row.entity_number = cell(c_number);
    row.type = cell(c_type);
    row.programs = cell(c_programs);
    row.federal_register_notice = cell(c_notice);
    row.start_date = cell(c_start);
    row.license_requirement = cell(c_requirement);
    row.license_policy = cell(c_policy);
    if (!row.start_date.empty() && !detail::screening::valid_date(row.start_date)) {
      throw screening_error(file + ": line " + std::to_string(line) + ": start_date " + row.start_date +
                            " is not a date (YYYY-MM-DD)");
    }
    if (row.start_date > out.latest_entry) out.latest_entry = row.start_date;
    const std::string alt = cell(c_alt);
    for (std::size_t i = 0; i < alt.size();) {
      const std::size_t j = alt.find(';', i);
      std::string a = alt.substr(i, j == std::string::npos ? std::string::npos : j - i);
      const std::size_t b = a.find_first_not_of(' '), e = a.find_last_not_of(' ');
      if (b != std::string::npos) row.alt_names.push_back(a.substr(b, e - b + 1));
      if (j == std::string::npos) break;
      i = j + 1;
    }
    row.list = detail::screening::source_of(row.source);
    out.rows.push_back(std::move(row));
  }
  return out;
}

// One row that names the end user: exactly (its name or a listed alias) or possibly (to review).
struct screening_match {
  const screening_row* row = nullptr;
  policy::name_match match = policy::name_match::none;
  bool by_alias = false;
};

// The rows matching the end user, exact matches first.
inline std::vector<screening_match> screen(const screening_list& list, std::string_view end_user) {
  std::vector<screening_match> exact, possible;
  for (const screening_row& r : list.rows) {
    screening_match m{&r, policy::match_name(end_user, r.name), false};
    for (const std::string& a : r.alt_names) {
      if (m.match == policy::name_match::exact) break;
      const policy::name_match x = policy::match_name(end_user, a);
      if (x > m.match) m = {&r, x, true};
    }
    if (m.match == policy::name_match::exact) exact.push_back(m);
    if (m.match == policy::name_match::possible) possible.push_back(m);
  }
  exact.insert(exact.end(), possible.begin(), possible.end());
  return exact;
}

// The measures the matches bring into assess(): one per matching row (at most
// policy::detail::max_more_parties; more matches are an error asking for a narrower name). The
// object owns everything the measures point to: keep it alive while the assessments are used.
class screening_measures {
  using review_policy_t = policy::review_policy;

 public:
  screening_measures(const screening_list& list, std::string_view end_user) : list_(&list) {
    matches_ = screen(list, end_user);
    if (matches_.size() > policy::detail::max_more_parties) {
      throw screening_error(list.file + ": " + std::to_string(matches_.size()) + " rows match the end user '" +
                            std::string(end_user) + "' (at most " + std::to_string(policy::detail::max_more_parties) +
                            "): give the full name");
    }
    for (const screening_match& m : matches_) add(*m.row);
  }
  screening_measures(const screening_measures&) = delete;
  screening_measures& operator=(const screening_measures&) = delete;

  [[nodiscard]] const std::vector<screening_match>& matches() const noexcept { return matches_; }
  [[nodiscard]] std::span<const policy::dated_measure> measures() const noexcept { return measures_; }
  // "screening list FILE: N rows, newest entry YYYY-MM-DD": what was checked.
  [[nodiscard]] std::string checked() const {
    std::string s = "screening list " + list_->file + ": " + std::to_string(list_->rows.size()) + " rows";
    if (!list_->latest_entry.empty()) s += ", newest entry " + list_->latest_entry;
    s += " (Consolidated Screening List: Entity List, MEU, UVL, DPL, SDN and the other lists it consolidates), "
         "searched for the end user";
    return s;
  }
  // The options for assess(): the base options plus these parties.
  [[nodiscard]] policy::assess_options apply(policy::assess_options o) const {
    o.more_parties = measures();
    o.screened_by_file = true;
    return o;
  }

 private:
  void add(const screening_row& r) {
    using policy::measure_kind, policy::review_policy;
    std::vector<std::string_view>& aliases = aliases_.emplace_back();
    for (const std::string& a : r.alt_names) aliases.push_back(a);
    const policy::party_names& names = names_.emplace_back(policy::party_names{.name = r.name, .aliases = aliases});
    const std::string& doc =
        strings_.emplace_back("Consolidated Screening List row (" + list_->file + ", line " + std::to_string(r.line) +
                              ")" + (r.entity_number.empty() ? "" : ", entity number " + r.entity_number) +
                              (r.programs.empty() ? "" : ", programs " + r.programs) +
                              (r.federal_register_notice.empty() ? "" : ", " + r.federal_register_notice));
    const std::string& title = strings_.emplace_back(r.source + ": " + r.name);
    policy::regulation reg{.key = "screening-list", .name = title, .effective = std::chrono::year{1900} / 1 / 1};
    reg.source.title = title;
    reg.source.document_number = doc;
    reg.status = policy::verification::primary_quoted;
    const policy::regulation& source = regs_.emplace_back(reg);
    const std::string& effect = strings_.emplace_back(effect_of(r));
    policy::dated_measure m{};
    m.key = "screening-list";
    m.source = &source;
    m.section = strings_.emplace_back(r.source);
    m.destinations = policy::place::anywhere;
    m.parties = policy::party_scope::named;
    m.party = &names;
    m.effect = effect;
    switch (r.list) {
      case screening_source::entity_list:
        m.kind = measure_kind::listed_party;
        m.review = review_of(r.license_policy);
        break;
      case screening_source::dpl:
        m.kind = measure_kind::listed_party;
        m.review = review_policy::presumption_of_denial;
        break;
      case screening_source::sdn:
      case screening_source::meu:
        m.kind = measure_kind::listed_party;
        m.review = review_policy::not_public;
        break;
      case screening_source::uvl:
      case screening_source::other:
        m.kind = measure_kind::guidance;
        m.requires_license = false;
        break;
    }
    measures_.push_back(m);
  }
  static review_policy_t review_of(std::string_view p) {
    const auto has = [&](std::string_view w) {
      for (std::size_t i = 0; i + w.size() <= p.size(); ++i) {
        bool same = true;
        for (std::size_t k = 0; k < w.size() && same; ++k)
          same = policy::detail::names::fold(p[i + k]) == policy::detail::names::fold(w[k]);
        if (same) return true;
      }
      return false;
    };
    if (has("presumption of denial")) return policy::review_policy::presumption_of_denial;
    if (has("case-by-case") || has("case by case")) return policy::review_policy::case_by_case;
    if (has("presumption of approval")) return policy::review_policy::presumption_of_approval;
    return policy::review_policy::not_public;
  }
  static std::string effect_of(const screening_row& r) {
    switch (r.list) {
      case screening_source::entity_list:
        return "Entity List (" + r.name + "): license required for " +
               (r.license_requirement.empty() ? std::string("all items subject to the EAR") : r.license_requirement) +
               (r.license_policy.empty() ? std::string() : "; " + r.license_policy);
      case screening_source::dpl:
        return "Denied Persons List (" + r.name + "): export privileges denied; no export without BIS authorization";
      case screening_source::sdn:
        return "OFAC SDN list (" + r.name + "): property blocked; no dealings without an OFAC license";
      case screening_source::meu:
        return "Military End-User List (" + r.name +
               "): license required for the items of Supp. No. 2 to Part 744 (all items subject to the EAR for "
               "Russia and Belarus); whether the item is among them is not evaluated, so a license is taken as "
               "required";
      case screening_source::uvl:
        return "Unverified List (" + r.name +
               "): no license exceptions, and a UVL statement is required before export (15 CFR 744.15)";
      case screening_source::other:
        return "listed on " + r.source + " (" + r.name + "): check that list's terms";
    }
    return {};
  }

  const screening_list* list_;
  std::vector<screening_match> matches_;
  std::deque<std::vector<std::string_view>> aliases_;
  std::deque<policy::party_names> names_;
  std::deque<std::string> strings_;
  std::deque<policy::regulation> regs_;
  std::vector<policy::dated_measure> measures_;
};

}  // namespace accelspec::io

// ---- end accelspec/io/screening.hpp ----

// ---- end accelspec/io.hpp ----

// (inlined: io/map_svg.hpp)
// ---- begin accelspec/io/map_svg.hpp ----
// The threshold map: an SVG of the TPP x performance-density plane with the regions of ECCN
// 3A090.a and .b under one vintage of the rule, the 4,800 line of the non-datacenter note, and
// chips placed by their exact metrics. Positions are computed in double: the picture is for
// people, and every chip's determination printed with it comes from the exact classifier.
//
// Nothing written may mislead: a chip label, its leader line and every caption stay clear of every
// other chip's marker, of every threshold line (the region edges and the note's line) and of
// every other label. Labels are placed greedily, in catalog order, at the first of 16 directions
// and growing distances where all of that holds; a chip for which no place is free is named in
// the list of unlabelled chips below the plot instead (its marker keeps its tooltip). Every text
// carries textLength with lengthAdjust, so the box it occupies is exactly the box checked here
// (tests/analysis/cli_map_report.cpp reads the geometry back and checks it). Region captions are
// short tags inside their regions; the full thresholds are in the key below the plot.

// (inlined: ../detail/cxx20.hpp)

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// (inlined: ../catalog.hpp)
// (inlined: ../metrics/density.hpp)
// (inlined: ../metrics/tpp.hpp)
// (inlined: ../rules/classify.hpp)
// (inlined: ../rules/rule.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: format.hpp)

namespace accelspec::io {

// One chip on the map.
struct map_point {
  std::string id;     // stable key (catalog id), written as data-id
  std::string label;  // the name shown
  rational tpp{};
  rational density{};
  accelspec::market market = accelspec::market::unknown;
  accelspec::eccn eccn = accelspec::eccn::none;  // under the map's rule
};

struct map_input {
  const rule* applied = &rules::latest;
  std::vector<map_point> points;
  std::vector<std::string> not_plotted;  // "name (why)": chips without a known density
  std::string title;                     // empty: a title naming the rule
  bool link_markers = false;             // wrap each marker in <a href="#ID"> (the report's table rows)
  std::string as_of;                     // the date the data is as of, printed under the title; empty: none
};

// A chip as a map point under a rule; nullopt (with `why`) when its TPP or density is unknown.
inline std::optional<map_point> map_point_for(const accelerator& chip, std::string_view id, std::string_view label,
                                              const rule& r, std::string* why = nullptr) {
  const determination d = classify(chip, r);
  if (!d.tpp || !d.performance_density) {
    if (why != nullptr) {
      *why = !d.tpp                                                         ? "TPP unknown"
             : d.applicable_die_area && d.applicable_die_area->count() == 0 ? "no non-planar logic area"
                                                                            : "die area unknown";
    }
    return std::nullopt;
  }
  return map_point{std::string(id), std::string(label), d.tpp->value(), *d.performance_density, chip.market, d.eccn};
}

// Every catalog chip under a rule: those with a known density as points, the others by name.
inline map_input catalog_map_input(const rule& r) {
  map_input in;
  in.applied = &r;
  in.as_of = std::string(catalog::as_of);
  for (const catalog::entry* e : catalog::all) {
    std::string why;
    if (std::optional<map_point> p = map_point_for(e->chip(), e->id, e->name, r, &why)) {
      in.points.push_back(std::move(*p));
    } else {
      in.not_plotted.push_back(std::string(e->name) + " (" + why + ")");
    }
  }
  return in;
}

namespace detail {

// XML text and attribute escaping.
inline std::string xml_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

inline std::string fmt1(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

struct box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  [[nodiscard]] bool overlaps(const box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  [[nodiscard]] bool inside(const box& o) const { return x0 >= o.x0 && x1 <= o.x1 && y0 >= o.y0 && y1 <= o.y1; }
};

// Whether the segment (ax, ay)-(bx, by) passes through a box (Liang-Barsky clipping).
inline bool segment_hits(double ax, double ay, double bx, double by, const box& b) {
  double t0 = 0, t1 = 1;
  const double dx = bx - ax, dy = by - ay;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {ax - b.x0, b.x1 - ax, ay - b.y0, b.y1 - ay};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      t0 = std::max(t0, t);
    } else {
      t1 = std::min(t1, t);
    }
    if (t0 > t1) return false;
  }
  return true;
}

// Distance from a point to a segment.
inline double point_segment_distance(double px, double py, double ax, double ay, double bx, double by) {
  const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Whether two segments cross or touch.
inline bool segments_cross(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
  const auto orient = [](double px, double py, double qx, double qy, double rx, double ry) {
    const double v = (qx - px) * (ry - py) - (qy - py) * (rx - px);
    return v > 1e-9 ? 1 : v < -1e-9 ? -1 : 0;
  };
  const int o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
  const int o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 != o2 && o3 != o4) return true;
  return point_segment_distance(cx, cy, ax, ay, bx, by) < 1e-6 ||
         point_segment_distance(dx, dy, ax, ay, bx, by) < 1e-6 ||
         point_segment_distance(ax, ay, cx, cy, dx, dy) < 1e-6 || point_segment_distance(bx, by, cx, cy, dx, dy) < 1e-6;
}

// Distance from a circle's centre to a box (0 inside it).
inline double point_box_distance(double x, double y, const box& b) {
  const double cx = std::clamp(x, b.x0, b.x1), cy = std::clamp(y, b.y0, b.y1);
  return std::hypot(x - cx, y - cy);
}

// Advance widths of DejaVu Sans in em (the map's first font), for ASCII; anything else 0.84 em.
// Used to size each text's textLength, so that glyphs are only slightly compressed or stretched.
inline double text_width(std::string_view s, double font_size) {
  // In thousandths of an em.
  static constexpr std::array<int, 95> advance{
      318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
      636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
      575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
      611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
      278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};
  int milli_em = 0;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 32 && c < 127) {
      milli_em += advance[c - 32];
    } else if ((c & 0xC0) != 0x80) {
      milli_em += 840;  // a multi-byte character (×, ≥, ²), counted once
    }
  }
  return milli_em / 1000.0 * font_size;
}

struct map_frame {
  double width = 1000, height = 700;
  double left = 84, right = 44, top = 64, bottom = 120;
  double lx0 = 3, lx1 = 5, ly0 = 0, ly1 = 2;  // log10 ranges of TPP and density

  [[nodiscard]] double x(double tpp) const {
    return left + (std::log10(tpp) - lx0) / (lx1 - lx0) * (width - left - right);
  }
  [[nodiscard]] double y(double density) const {
    return top + (ly1 - std::log10(density)) / (ly1 - ly0) * (height - top - bottom);
  }
  [[nodiscard]] box plot() const { return {left, top, width - right, height - bottom}; }
};

inline std::string tick_label(double v) {
  if (v >= 1) return group_thousands(std::to_string(std::llround(v)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace detail

// The map as a standalone SVG document.
inline std::string threshold_map_svg(const map_input& in) {
  using detail::box;
  using detail::fmt1;
  const rule& r = in.applied != nullptr ? *in.applied : rules::latest;
  const bool revised = r.text == rule_text::revised_2023;
  const double note_tpp = (revised ? r.revised.note_tpp : r.original.tpp).value().approximate();

  // Axis ranges from the data: the chips and the thresholds of the rule (the 2022 text has no
  // density threshold), widened by 15% and rounded out to 1, 2 or 5 times a power of ten.
  double tmin = revised ? r.revised.a2_tpp.value().approximate() : note_tpp, tmax = note_tpp;
  double dmin = revised ? r.revised.b1_density_min.approximate() : 1e300;
  double dmax = revised ? r.revised.a2_density.approximate() : 0;
  if (!revised && in.points.empty()) {
    dmin = 1;
    dmax = 10;
  }
  for (const map_point& p : in.points) {
    tmin = std::min(tmin, p.tpp.approximate());
    tmax = std::max(tmax, p.tpp.approximate());
    dmin = std::min(dmin, p.density.approximate());
    dmax = std::max(dmax, p.density.approximate());
  }
  detail::map_frame f;
  // A crowded catalog gets a larger canvas; the key and the lists of chips not plotted or not
  // labelled go below it, and the document grows to hold them.
  if (in.points.size() > 20) {
    f.width = 1240;
    f.height = 860;
  }
  const auto nice_down = [](double v) {
    const double k = std::floor(std::log10(v)), m = v / std::pow(10.0, k);
    return std::log10((m >= 5 ? 5 : m >= 2 ? 2 : 1) * std::pow(10.0, k));
  };
  const auto nice_up = [](double v) {
    const double k = std::floor(std::log10(v)), m = v / std::pow(10.0, k);
    return std::log10((m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * std::pow(10.0, k));
  };
  f.lx0 = nice_down(tmin / 1.15);
  f.lx1 = nice_up(tmax * 1.15);
  f.ly0 = nice_down(dmin / 1.15);
  f.ly1 = nice_up(dmax * 1.15);
  const box plot = f.plot();
  const double xmax_tpp = std::pow(10.0, f.lx1), ymin_d = std::pow(10.0, f.ly0), ymax_d = std::pow(10.0, f.ly1);

  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  // The height is known once the key and the lists below the plot are written.
  const std::string height_mark = "@ACCELSPEC_MAP_HEIGHT@";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fmt1(f.width) + "\" height=\"" + height_mark +
       "\" viewBox=\"0 0 " + fmt1(f.width) + " " + height_mark +
       "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n";
  const std::string title = in.title.empty() ? std::string(r.name) + ", " + std::string(r.source.federal_register) +
                                                   ": TPP × performance density"
                                             : in.title;
  s += "<title>" + detail::xml_escape(title) + "</title>\n";
  s += "<rect x=\"0\" y=\"0\" width=\"" + fmt1(f.width) + "\" height=\"" + height_mark + "\" fill=\"#ffffff\"/>\n";
  s += "<text x=\"" + fmt1(f.left) + "\" y=\"28\" font-size=\"16\" font-weight=\"bold\">" + detail::xml_escape(title) +
       "</text>\n";
  s += "<text x=\"" + fmt1(f.left) +
       "\" y=\"46\" fill=\"#444444\">Total processing performance (TPP) against performance density (TPP per mm² of "
       "applicable die area), both axes logarithmic." +
       (in.as_of.empty() ? std::string() : " Catalog as of " + detail::xml_escape(in.as_of) + ".") + "</text>\n";

  // Regions: .b first, .a on top (an item described by .a is not .b).
  struct region {
    std::string cls, caption;
    double t0, t1, d0, d1;
    const char* fill;
  };
  std::vector<region> regions;
  const auto clip_t = [&](double t) { return std::min(t, xmax_tpp); };
  if (revised) {
    const thresholds_2023& th = r.revised;
    regions.push_back({"region-b",
                       "3A090.b.1: TPP " + pretty(th.b1_tpp_min.value()) + " to " + pretty(th.b1_tpp_max.value()) +
                           ", PD " + pretty(th.b1_density_min) + " to " + pretty(th.b1_density_max),
                       th.b1_tpp_min.value().approximate(), clip_t(th.b1_tpp_max.value().approximate()),
                       th.b1_density_min.approximate(), th.b1_density_max.approximate(), "#fde4bd"});
    regions.push_back({"region-b",
                       "3A090.b.2: TPP ≥ " + pretty(th.b2_tpp.value()) + ", PD " + pretty(th.b2_density_min) + " to " +
                           pretty(th.b2_density_max),
                       th.b2_tpp.value().approximate(), xmax_tpp, th.b2_density_min.approximate(),
                       th.b2_density_max.approximate(), "#fde4bd"});
    regions.push_back({"region-a", "3A090.a.1: TPP ≥ " + pretty(th.a1_tpp.value()), th.a1_tpp.value().approximate(),
                       xmax_tpp, ymin_d, ymax_d, "#f7c1c1"});
    regions.push_back({"region-a",
                       "3A090.a.2: TPP ≥ " + pretty(th.a2_tpp.value()) + " and PD ≥ " + pretty(th.a2_density),
                       th.a2_tpp.value().approximate(), xmax_tpp, th.a2_density.approximate(), ymax_d, "#f7c1c1"});
  } else {
    // The 2022 text needs TPP and I/O together: above the TPP line the I/O decides, which this plane
    // does not show, so the region is hatched (it may or may not be 3A090.a), never solid red.
    regions.push_back({"region-a",
                       "3A090.a (2022): TPP ≥ " + pretty(r.original.tpp.value()) + " and I/O ≥ " +
                           pretty(r.original.io_bandwidth.in_display_units()) +
                           " GB/s (hatched: the I/O decides; markers show each chip's answer)",
                       r.original.tpp.value().approximate(), xmax_tpp, ymin_d, ymax_d, "url(#io-decides)"});
  }
  if (!revised) {
    s += "<defs><pattern id=\"io-decides\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fbeaea\"/><rect width=\"3\" "
         "height=\"8\" fill=\"#f2b8b8\"/></pattern></defs>\n";
  }
  s += "<g class=\"regions\">\n";
  for (const region& g : regions) {
    const double x0 = f.x(g.t0), x1 = f.x(g.t1), y0 = f.y(g.d1), y1 = f.y(g.d0);
    s += "<rect class=\"" + g.cls + "\" x=\"" + fmt1(x0) + "\" y=\"" + fmt1(y0) + "\" width=\"" + fmt1(x1 - x0) +
         "\" height=\"" + fmt1(y1 - y0) + "\" fill=\"" + g.fill + "\" stroke=\"none\"/>\n";
  }
  s += "</g>\n";

  // Grid and ticks at 1, 2 and 5 times each power of ten.
  s += "<g class=\"axes\" stroke=\"#999999\" stroke-width=\"0.5\">\n";
  std::string tick_text;
  // An integer counter (the bounds are whole powers of ten): no floating-point loop counter.
  for (int e = static_cast<int>(std::floor(f.lx0)); e <= static_cast<int>(std::floor(f.lx1)); ++e) {
    const double k = e;
    for (const double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, k);
      if (std::log10(v) > f.lx1 + 1e-9 || std::log10(v) < f.lx0 - 1e-9) continue;
      const double x = f.x(v);
      s += "<line x1=\"" + fmt1(x) + "\" y1=\"" + fmt1(plot.y0) + "\" x2=\"" + fmt1(x) + "\" y2=\"" + fmt1(plot.y1) +
           "\"" + (m == 1.0 ? "" : " stroke-dasharray=\"2,3\"") + "/>\n";
      tick_text += "<text class=\"tick-x\" x=\"" + fmt1(x) + "\" y=\"" + fmt1(plot.y1 + 16) +
                   "\" text-anchor=\"middle\">" + detail::tick_label(v) + "</text>\n";
    }
  }
  // An integer counter (the bounds are whole powers of ten): no floating-point loop counter.
  for (int e = static_cast<int>(std::floor(f.ly0)); e <= static_cast<int>(std::floor(f.ly1)); ++e) {
    const double k = e;
    for (const double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, k);
      if (std::log10(v) > f.ly1 + 1e-9 || std::log10(v) < f.ly0 - 1e-9) continue;
      const double y = f.y(v);
      s += "<line x1=\"" + fmt1(plot.x0) + "\" y1=\"" + fmt1(y) + "\" x2=\"" + fmt1(plot.x1) + "\" y2=\"" + fmt1(y) +
           "\"" + (m == 1.0 ? "" : " stroke-dasharray=\"2,3\"") + "/>\n";
      tick_text += "<text class=\"tick-y\" x=\"" + fmt1(plot.x0 - 6) + "\" y=\"" + fmt1(y + 4) +
                   "\" text-anchor=\"end\">" + detail::tick_label(v) + "</text>\n";
    }
  }
  s += "<rect x=\"" + fmt1(plot.x0) + "\" y=\"" + fmt1(plot.y0) + "\" width=\"" + fmt1(plot.x1 - plot.x0) +
       "\" height=\"" + fmt1(plot.y1 - plot.y0) + "\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>\n";
  s += "</g>\n<g class=\"ticks\">\n" + tick_text + "</g>\n";
  s += "<text x=\"" + fmt1((plot.x0 + plot.x1) / 2) + "\" y=\"" + fmt1(plot.y1 + 36) +
       "\" text-anchor=\"middle\" font-size=\"12\">TPP (dense TOPS × bit length)</text>\n";
  s += "<text transform=\"translate(" + fmt1(22) + "," + fmt1((plot.y0 + plot.y1) / 2) +
       ") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">performance density (TPP / mm²)</text>\n";

  // Threshold lines: the note's line and every region edge inside the plot. No text and no leader
  // line may cross one.
  struct segment {
    double x0, y0, x1, y1;
  };
  std::vector<segment> thresholds;
  const double note_x = f.x(note_tpp);
  thresholds.push_back({note_x, plot.y0, note_x, plot.y1});
  s += "<line class=\"note-line\" x1=\"" + fmt1(note_x) + "\" y1=\"" + fmt1(plot.y0) + "\" x2=\"" + fmt1(note_x) +
       "\" y2=\"" + fmt1(plot.y1) + "\" stroke=\"#1f4e9c\" stroke-width=\"1.5\" stroke-dasharray=\"6,4\"/>\n";
  std::vector<box> region_boxes;
  for (const region& g : regions) {
    const box rb{std::max(f.x(g.t0), plot.x0), std::max(f.y(g.d1), plot.y0), std::min(f.x(g.t1), plot.x1),
                 std::min(f.y(g.d0), plot.y1)};
    region_boxes.push_back(rb);
    if (rb.x0 > plot.x0 + 0.5) thresholds.push_back({rb.x0, rb.y0, rb.x0, rb.y1});
    if (rb.x1 < plot.x1 - 0.5) thresholds.push_back({rb.x1, rb.y0, rb.x1, rb.y1});
    if (rb.y0 > plot.y0 + 0.5) thresholds.push_back({rb.x0, rb.y0, rb.x1, rb.y0});
    if (rb.y1 < plot.y1 - 0.5) thresholds.push_back({rb.x0, rb.y1, rb.x1, rb.y1});
  }

  // Markers: chips at the same spot (H100 and H200 share their compute and die) are concentric,
  // the first listed outermost, so that every colour stays visible.
  struct marker_at {
    double x, y, r;
  };
  std::vector<marker_at> at;
  at.reserve(in.points.size());
  for (const map_point& p : in.points) at.push_back({f.x(p.tpp.approximate()), f.y(p.density.approximate()), 5});
  for (std::size_t i = 0; i < at.size(); ++i) {
    for (std::size_t j = i + 1; j < at.size(); ++j) {
      if (std::hypot(at[j].x - at[i].x, at[j].y - at[i].y) < 2) at[i].r += 3;
    }
  }
  // The largest marker drawn at a spot, which every text must keep clear of.
  const auto outer = [&at](std::size_t i) {
    double r = at[i].r;
    for (const marker_at& m : at) {
      if (std::hypot(m.x - at[i].x, m.y - at[i].y) < 2) r = std::max(r, m.r);
    }
    return r;
  };
  constexpr double clear = 1.5;  // free space around markers, lines and texts
  // How far from its centre a text must stay of the markers drawn at a spot: a square marker (a chip
  // not for datacenters) reaches its corners, sqrt(2) times its half side from the centre.
  const auto keep_off = [&at, &in](std::size_t i) {
    double r = 0;
    for (std::size_t j = 0; j < at.size(); ++j) {
      if (std::hypot(at[j].x - at[i].x, at[j].y - at[i].y) >= 2) continue;
      r = std::max(r, at[j].r * (in.points[j].market == market::other ? std::numbers::sqrt2 : 1.0));
    }
    return r;
  };

  std::vector<box> texts;  // every text placed so far (captions and labels)
  std::vector<segment> leaders;
  // Whether a box is free: inside the plot, clear of every marker, threshold line, text and leader.
  const auto box_free = [&](const box& b) {
    const box padded{b.x0 - clear, b.y0 - clear, b.x1 + clear, b.y1 + clear};
    if (!b.inside(plot)) return false;
    for (std::size_t i = 0; i < at.size(); ++i) {
      if (detail::point_box_distance(at[i].x, at[i].y, b) <= keep_off(i) + clear) return false;
    }
    for (const segment& l : thresholds) {
      if (detail::segment_hits(l.x0, l.y0, l.x1, l.y1, padded)) return false;
    }
    for (const box& t : texts) {
      if (padded.overlaps(t)) return false;
    }
    for (const segment& l : leaders) {
      if (detail::segment_hits(l.x0, l.y0, l.x1, l.y1, padded)) return false;
    }
    return true;
  };
  const auto text_element = [](const std::string& cls, double x, double baseline, double width,
                               const std::string& extra, const std::string& text) {
    return "<text class=\"" + cls + "\"" + extra + " x=\"" + fmt1(x) + "\" y=\"" + fmt1(baseline) + "\" textLength=\"" +
           fmt1(width) + "\" lengthAdjust=\"spacingAndGlyphs\">" + detail::xml_escape(text) + "</text>\n";
  };
  // A text of font size `size` at baseline y occupies [y - size, y + 0.3 size] vertically.
  const double label_size = 11, tag_size = 10;

  // Region tags ("a.1", "b.2") inside their regions, at the first free corner; the note's tag
  // beside its line. Their full text is in the key below the plot.
  std::string captions = "<g class=\"region-captions\" font-size=\"10\">\n";
  std::vector<std::string> key_lines;
  for (std::size_t k = 0; k < regions.size(); ++k) {
    const region& g = regions[k];
    const box& rb = region_boxes[k];
    const std::string tag = g.caption.substr(6, g.caption.find(':') - 6);  // "3A090.a.1: ..." -> "a.1"
    key_lines.push_back(g.caption);
    const double w = detail::text_width(tag, tag_size), h = 1.3 * tag_size;
    bool placed = false;
    for (const double inset : {4.0, 10.0, 18.0, 28.0, 40.0}) {
      for (const auto& [fx, fy] : std::array<std::pair<int, int>, 4>{{{0, 1}, {0, 0}, {1, 1}, {1, 0}}}) {
        const double x0 = fx == 0 ? rb.x0 + inset : rb.x1 - inset - w;
        const double y0 = fy == 0 ? rb.y0 + inset : rb.y1 - inset - h;
        const box b{x0, y0, x0 + w, y0 + h};
        if (!b.inside(rb) || !box_free(b)) continue;
        texts.push_back(b);
        captions += text_element("region-tag", b.x0, b.y0 + tag_size, w,
                                 std::string(" fill=\"") + (g.cls == "region-a" ? "#8a1c1c" : "#8a5a00") + "\"", tag);
        placed = true;
        break;
      }
      if (placed) break;
    }
  }
  {
    const std::string tag = (revised ? "note: TPP " : "TPP ") + pretty(rational{static_cast<std::int64_t>(note_tpp)});
    const double w = detail::text_width(tag, tag_size), h = 1.3 * tag_size;
    bool placed = false;
    for (double y0 = plot.y0 + 4; y0 + h < plot.y1 && !placed; y0 += 6) {
      for (const double x0 : {note_x + 4, note_x - 4 - w}) {
        const box b{x0, y0, x0 + w, y0 + h};
        if (!box_free(b)) continue;
        texts.push_back(b);
        captions += text_element("note-caption", b.x0, b.y0 + tag_size, w, " fill=\"#1f4e9c\"", tag);
        placed = true;
        break;
      }
    }
    key_lines.push_back(revised ? "note: TPP " + pretty(rational{static_cast<std::int64_t>(note_tpp)}) +
                                      " (dashed line): chips not designed or marketed for datacenters left of it "
                                      "are outside 3A090.a and .b"
                                : "dashed line: TPP " + pretty(rational{static_cast<std::int64_t>(note_tpp)}));
  }
  captions += "</g>\n";
  s += captions;

  // Chip labels, greedily in catalog order; a chip whose name finds no free place gets a number
  // instead ("1"), explained in the key below the plot.
  std::string labels;
  std::vector<std::string> numbered, unlabelled;
  const double h = 1.3 * label_size;
  // Names stay within `reach` of their marker (a long leader reads badly); numbers may go further.
  const auto place = [&](std::size_t i, const std::string& text, const std::string& cls, double reach) {
    const map_point& p = in.points[i];
    const double x = at[i].x, y = at[i].y, own = outer(i);
    const double w = detail::text_width(text, label_size);
    for (const double dist :
         {2.0, 6.0, 11.0, 17.0, 24.0, 32.0, 42.0, 54.0, 68.0, 84.0, 102.0, 124.0, 150.0, 180.0, 215.0}) {
      if (dist > reach) break;
      for (int k = 0; k < 32; ++k) {
        // right, left, then ever steeper directions, alternating sides
        constexpr std::array<int, 32> order{0, 16, 2,  14, 18, 30, 4,  12, 20, 28, 6,  10, 22, 26, 8,  24,
                                            1, 15, 17, 31, 3,  13, 19, 29, 5,  11, 21, 27, 7,  9,  23, 25};
        const double angle = order[static_cast<std::size_t>(k)] * std::numbers::pi / 16;
        const double dx = std::cos(angle), dy = std::sin(angle);
        const double ax = x + dx * (own + dist), ay = y + dy * (own + dist);
        // Anchor: the label's near edge faces the marker.
        const double bx0 = dx > 0.3 ? ax : dx < -0.3 ? ax - w : ax - w / 2;
        const double by0 = dy > 0.3 ? ay : dy < -0.3 ? ay - h : ay - h / 2;
        const box b{bx0, by0, bx0 + w, by0 + h};
        if (!box_free(b)) continue;
        // A leader from the marker's edge to the nearest point of the box, when the label is not
        // adjacent: it must pass clear of every other marker, threshold line, text and leader.
        const double cx = std::clamp(x, b.x0, b.x1), cy = std::clamp(y, b.y0, b.y1);
        const double gap = std::hypot(cx - x, cy - y);
        std::optional<segment> line;
        if (gap > own + 8) {
          const segment l{x + (cx - x) * own / gap, y + (cy - y) * own / gap, cx, cy};
          bool ok = true;
          for (std::size_t j = 0; j < at.size() && ok; ++j) {
            if (std::hypot(at[j].x - x, at[j].y - y) < 2) continue;  // its own spot
            ok = detail::point_segment_distance(at[j].x, at[j].y, l.x0, l.y0, l.x1, l.y1) > keep_off(j) + clear;
          }
          for (const segment& t : thresholds) {
            if (ok) ok = !detail::segments_cross(l.x0, l.y0, l.x1, l.y1, t.x0, t.y0, t.x1, t.y1);
          }
          for (const box& t : texts) {
            if (ok) {
              ok = !detail::segment_hits(l.x0, l.y0, l.x1, l.y1,
                                         {t.x0 - clear, t.y0 - clear, t.x1 + clear, t.y1 + clear});
            }
          }
          for (const segment& t : leaders) {
            if (ok) ok = !detail::segments_cross(l.x0, l.y0, l.x1, l.y1, t.x0, t.y0, t.x1, t.y1);
          }
          if (!ok) continue;
          line = l;
        }
        texts.push_back(b);
        if (line) {
          leaders.push_back(*line);
          labels += "<line class=\"leader\" data-id=\"" + detail::xml_escape(p.id) + "\" x1=\"" + fmt1(line->x0) +
                    "\" y1=\"" + fmt1(line->y0) + "\" x2=\"" + fmt1(line->x1) + "\" y2=\"" + fmt1(line->y1) +
                    "\" stroke=\"#555555\" stroke-width=\"0.7\"/>\n";
        }
        labels += text_element(cls, b.x0, b.y0 + label_size, w, " data-id=\"" + detail::xml_escape(p.id) + "\"", text);
        return true;
      }
    }
    return false;
  };
  std::vector<std::size_t> unplaced;
  for (std::size_t i = 0; i < in.points.size(); ++i) {
    if (!place(i, in.points[i].label, "chip-label", 110)) unplaced.push_back(i);
  }
  for (const std::size_t i : unplaced) {
    const std::string number = std::to_string(numbered.size() + 1);
    if (place(i, number, "chip-label chip-number", 1000)) {
      numbered.push_back(number + ": " + in.points[i].label);
    } else {
      unlabelled.push_back(in.points[i].label);
    }
  }

  // Legend and key, bottom band.
  double ly = plot.y1 + 58;
  s += "<g class=\"legend\">\n";
  // The 2022 text had no 3A090.b: its legend names none, and its undecided chips are those whose I/O
  // is unknown above the TPP line.
  const std::vector<std::pair<const char*, const char*>> legend =
      revised ? std::vector<std::pair<const char*, const char*>>{{"#b21f1f", "3A090.a"},
                                                                 {"#d97706", "3A090.b"},
                                                                 {"#2f7d32", "outside 3A090.a/.b"},
                                                                 {"#777777", "undecided"}}
              : std::vector<std::pair<const char*, const char*>>{
                    {"#b21f1f", "3A090.a"}, {"#2f7d32", "outside 3A090.a"}, {"#777777", "undecided (I/O unknown)"}};
  double lx = plot.x0;
  for (const auto& [colour, name] : legend) {
    s += "<circle cx=\"" + fmt1(lx + 5) + "\" cy=\"" + fmt1(ly - 4) + "\" r=\"5\" fill=\"" + colour + "\"/>\n";
    s += "<text x=\"" + fmt1(lx + 14) + "\" y=\"" + fmt1(ly) + "\">" + detail::xml_escape(name) + "</text>\n";
    lx += 150;
  }
  s += "<circle cx=\"" + fmt1(lx + 5) + "\" cy=\"" + fmt1(ly - 4) +
       "\" r=\"5\" fill=\"none\" stroke=\"#333333\"/><text x=\"" + fmt1(lx + 14) + "\" y=\"" + fmt1(ly) +
       "\">datacenter</text>\n";
  s += "<rect x=\"" + fmt1(lx + 100) + "\" y=\"" + fmt1(ly - 9) +
       "\" width=\"9\" height=\"9\" fill=\"none\" stroke=\"#333333\"/><text x=\"" + fmt1(lx + 114) + "\" y=\"" +
       fmt1(ly) + "\">not for datacenters</text>\n";
  s += "</g>\n<g class=\"key\">\n";
  for (const std::string& k : key_lines) {
    ly += 15;
    s += "<text class=\"key-line\" x=\"" + fmt1(plot.x0) + "\" y=\"" + fmt1(ly) + "\" fill=\"#444444\">" +
         detail::xml_escape(k) + "</text>\n";
  }
  s += "</g>\n";
  const auto wrapped = [&](std::string line, const std::vector<std::string>& items) {
    std::vector<std::string> out;
    const double room = plot.x1 - plot.x0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string item = items[i] + (i + 1 < items.size() ? "; " : "");
      if (detail::text_width(line + item, 11) > room) {
        out.push_back(line);
        line.clear();
      }
      line += item;
    }
    out.push_back(line);
    return out;
  };
  std::vector<std::string> notes;
  if (!in.not_plotted.empty()) notes = wrapped("Not plotted (no known performance density): ", in.not_plotted);
  if (!numbered.empty()) {
    for (const std::string& l : wrapped("Numbered (no room for the name): ", numbered)) notes.push_back(l);
  }
  if (!unlabelled.empty()) {
    for (const std::string& l : wrapped("Not labelled (no free place; the marker's tooltip names it): ", unlabelled))
      notes.push_back(l);
  }
  for (const std::string& n : notes) {
    ly += 15;
    s += "<text class=\"not-plotted\" x=\"" + fmt1(plot.x0) + "\" y=\"" + fmt1(ly) + "\" fill=\"#444444\">" +
         detail::xml_escape(n) + "</text>\n";
  }

  // Markers, larger first so that concentric ones stay visible.
  std::vector<std::size_t> order(in.points.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Not std::stable_sort: libstdc++ 12's calls its own deprecated get_temporary_buffer, which
  // clang 19 reports (an error under -Werror).
  std::sort(order.begin(), order.end(),
            [&at](std::size_t i, std::size_t j) { return at[i].r != at[j].r ? at[i].r > at[j].r : i < j; });
  s += "<g class=\"labels\">\n" + labels + "</g>\n<g class=\"chips\">\n";
  for (const std::size_t i : order) {
    const map_point& p = in.points[i];
    const auto [x, y, size] = at[i];
    const char* colour = p.eccn == eccn::a      ? "#b21f1f"
                         : p.eccn == eccn::b    ? "#d97706"
                         : p.eccn == eccn::none ? "#2f7d32"
                                                : "#777777";
    const std::string tip =
        p.label + ": TPP " + pretty(p.tpp, 1) + ", PD " + pretty(p.density, 3) + ", " +
        std::string(p.eccn == eccn::none ? (revised ? "outside 3A090.a/.b" : "outside 3A090.a") : key(p.eccn));
    std::string marker = "<g class=\"chip\" data-id=\"" + detail::xml_escape(p.id) + "\">";
    if (in.link_markers) marker += "<a href=\"#" + detail::xml_escape(p.id) + "\">";
    marker += "<title>" + detail::xml_escape(tip) + "</title>";
    if (p.market == market::other) {
      marker += "<rect class=\"marker\" x=\"" + fmt1(x - size) + "\" y=\"" + fmt1(y - size) + "\" width=\"" +
                fmt1(2 * size) + "\" height=\"" + fmt1(2 * size) + "\" fill=\"" + colour +
                "\" stroke=\"#222222\" stroke-width=\"0.8\"/>";
    } else {
      marker += "<circle class=\"marker\" cx=\"" + fmt1(x) + "\" cy=\"" + fmt1(y) + "\" r=\"" + fmt1(size) +
                "\" fill=\"" + colour + "\" stroke=\"#222222\" stroke-width=\"0.8\"/>";
    }
    if (in.link_markers) marker += "</a>";
    marker += "</g>\n";
    s += marker;
  }
  s += "</g>\n";
  s += "</svg>\n";
  const std::string height = fmt1(std::max(f.height, ly + 20));
  for (std::size_t pos = s.find(height_mark); pos != std::string::npos; pos = s.find(height_mark, pos)) {
    s.replace(pos, height_mark.size(), height);
  }
  return s;
}

}  // namespace accelspec::io

// ---- end accelspec/io/map_svg.hpp ----

// (inlined: io/report_html.hpp)
// ---- begin accelspec/io/report_html.hpp ----
// The catalog report: one self-contained HTML page (no script, no style sheet, font or image
// fetched from anywhere) with the threshold map inline and a table of every catalog chip, its
// metrics, its determination under the chosen rule with the reasons, and the sources of its values.

// (inlined: ../detail/cxx20.hpp)

#include <chrono>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// (inlined: ../catalog.hpp)
// (inlined: ../rules/classify.hpp)
// (inlined: ../version.hpp)
// (inlined: explain.hpp)
// (inlined: format.hpp)
// (inlined: map_svg.hpp)

namespace accelspec::io {

namespace detail {

inline std::string iso_date(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

inline std::string determination_cell(const determination& d) {
  if (d.applied == nullptr) return "no 3A090 rule in force";
  std::string s = d.eccn == eccn::none ? "outside 3A090.a/.b" : std::string(key(d.eccn));
  const std::vector<std::string> met = clause_keys(d.clauses);
  if (!met.empty()) {
    s += " (";
    for (std::size_t i = 0; i < met.size(); ++i) s += (i ? ", " : "") + met[i];
    s += ")";
  }
  return s;
}

inline std::string sources_cell(const catalog::entry& e) {
  std::string s;
  std::set<std::string_view> seen;
  for (const catalog::provenance& p : e.sources) {
    if (!seen.insert(p.source).second) continue;
    const catalog::source* src = catalog::find_source(p.source);
    if (src == nullptr) {
      s += "<li>" + xml_escape(p.source) + "</li>";
      continue;
    }
    std::string fields;
    for (const catalog::provenance& q : e.sources) {
      if (q.source != p.source) continue;
      fields += (fields.empty() ? "" : ", ") + std::string(catalog::key(q.field)) + " (" +
                std::string(catalog::key(q.kind)) + ")";
    }
    s += "<li><a href=\"" + xml_escape(src->url) + "\">" + xml_escape(src->title) + "</a>, " +
         xml_escape(src->publisher) + (src->date.empty() ? "" : ", " + xml_escape(src->date)) + ": " +
         xml_escape(fields) + (catalog::url_verified(src->id) ? "" : " (URL not verified)") + "</li>";
  }
  return s.empty() ? "" : "<ul>" + s + "</ul>";
}

}  // namespace detail

// The page. `r` is the rule the map and the table apply.
inline std::string catalog_report_html(const rule& r) {
  using detail::xml_escape;
  map_input input = catalog_map_input(r);
  input.link_markers = true;  // each marker links to its table row
  std::string svg = threshold_map_svg(input);
  if (svg.starts_with("<?xml")) svg.erase(0, svg.find('\n') + 1);  // inline SVG takes no XML declaration

  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
  h += "<title>accelspec catalog report: " + xml_escape(r.name) + "</title>\n";
  h += "<style>\n"
       "body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; margin: 24px; color: #222; }\n"
       "table { border-collapse: collapse; font-size: 13px; }\n"
       "th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }\n"
       "th { background: #f2f2f2; }\n"
       "td.num { text-align: right; white-space: nowrap; }\n"
       "td ul { margin: 0; padding-left: 16px; }\n"
       ".a { color: #b21f1f; font-weight: bold; } .b { color: #b45f06; font-weight: bold; } "
       ".none { color: #2f7d32; } .undecided { color: #777; }\n"
       "tr:target { background: #fff6cc; }\n"
       "summary { cursor: pointer; }\n"
       "</style>\n</head>\n<body>\n";
  h += "<h1>AI accelerators under ECCN 3A090</h1>\n";
  h += "<p class=\"as-of\">Catalog as of " + std::string(catalog::as_of) +
       " (the day its figures and sources were "
       "last checked). Rule applied: <b>" +
       xml_escape(r.name) + "</b>, <a href=\"" + xml_escape(r.source.url) + "\">" +
       xml_escape(r.source.federal_register) + "</a> (FR Doc " + xml_escape(r.source.document_number) +
       "), in force from " + detail::iso_date(r.effective) + ".</p>\n";
  h += "<p>Every figure below is derived exactly from the catalog's dense rates and die areas; numbers that do not "
       "terminate are cut, never rounded, and marked with ~. Each marker on the map links to its row in the table; "
       "each row shows the clauses the chip meets, with the full reasons one click away.</p>\n";
  h += "<figure>\n" + svg + "</figure>\n";
  h += "<h2>Catalog</h2>\n<table>\n<thead><tr><th>Chip</th><th>Market</th><th>TPP</th><th>Applicable die area "
       "(mm²)</th><th>Performance density</th><th>Determination</th><th>Why</th><th>Sources</th></tr></thead>\n"
       "<tbody>\n";
  for (const catalog::entry* e : catalog::all) {
    const determination d = classify(e->chip(), r);
    const char* cls = d.eccn == eccn::a ? "a" : d.eccn == eccn::b ? "b" : d.eccn == eccn::none ? "none" : "undecided";
    std::string why;
    for (const std::string& line : reasons(d)) why += "<li>" + xml_escape(line) + "</li>";
    // The clauses met (or undecided) in one line; every clause's reason, met or not, one click away.
    std::string summary;
    for (const std::string& c : clause_keys(d.clauses)) summary += (summary.empty() ? "" : ", ") + c + " met";
    for (const std::string& c : clause_keys(d.undecided)) summary += (summary.empty() ? "" : ", ") + c + " undecided";
    if (d.non_datacenter_note == truth::yes) summary += (summary.empty() ? "" : "; ") + std::string("out by the note");
    if (summary.empty()) summary = d.applied == nullptr ? "no rule in force" : "no clause met";
    h += "<tr id=\"" + xml_escape(e->id) + "\"><td><b>" + xml_escape(e->name) + "</b><br/><code>" + xml_escape(e->id) +
         "</code></td>";
    h += "<td>" + std::string(key(e->chip().market)) + "</td>";
    h += "<td class=\"num\">" +
         (d.tpp ? pretty(*d.tpp) + " (" + std::to_string(d.tpp_bits) + "-bit)" : std::string("unknown")) + "</td>";
    h += "<td class=\"num\">" +
         (d.applicable_die_area ? pretty(d.applicable_die_area->in_display_units(), 6) : std::string("unknown")) +
         "</td>";
    h += "<td class=\"num\">" + (d.performance_density ? pretty(*d.performance_density, 3) : std::string("unknown")) +
         "</td>";
    h += "<td class=\"" + std::string(cls) + "\">" + xml_escape(detail::determination_cell(d)) +
         (d.nac_aca ? "<br/>NAC/ACA eligible" : "") + "</td>";
    h += "<td><details><summary>" + xml_escape(summary) + "</summary><ul>" + why + "</ul></details></td>";
    h += "<td>" + detail::sources_cell(*e) + "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n";
  h += "<p>Generated by accelspec " + std::string(version_string) +
       ". Not legal advice: the regulation's text and BIS decide.</p>\n</body>\n</html>\n";
  return h;
}

}  // namespace accelspec::io

// ---- end accelspec/io/report_html.hpp ----

// ---- end accelspec/all.hpp ----
