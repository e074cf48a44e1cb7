// accelspec 0.1.0: AI accelerators and the US export-control rules on them as constexpr data.
// Single-header edition: every header of include/accelspec/ in one file, io layer included.
//
// GENERATED FILE, do not edit. Regenerate with `cmake -P scripts/amalgamate.cmake` from the source tree.
#pragma once

// ---- begin accelspec/accelspec.hpp ----
// accelspec: AI accelerators and the US export-control rules on them as constexpr data.
//
// This umbrella header brings in every layer that works in constant expressions (units, spec,
// metrics, rules). Text, JSON and CSV output live in <accelspec/io.hpp>, so a translation unit
// that only classifies does not pay for <string> and friends.

// (inlined: version.hpp)
// ---- begin accelspec/version.hpp ----
// accelspec version: the single source of truth, read by CMake as well.

#define ACCELSPEC_VERSION_MAJOR 0
#define ACCELSPEC_VERSION_MINOR 1
#define ACCELSPEC_VERSION_PATCH 0

// Encodes a version as one integer for `#if` checks: ACCELSPEC_VERSION >= ACCELSPEC_VERSION_NUMBER(0, 1, 0).
#define ACCELSPEC_VERSION_NUMBER(major, minor, patch) ((major)*10000 + (minor)*100 + (patch))
#define ACCELSPEC_VERSION \
  ACCELSPEC_VERSION_NUMBER(ACCELSPEC_VERSION_MAJOR, ACCELSPEC_VERSION_MINOR, ACCELSPEC_VERSION_PATCH)

namespace accelspec {
inline constexpr int version_major = ACCELSPEC_VERSION_MAJOR;
inline constexpr int version_minor = ACCELSPEC_VERSION_MINOR;
inline constexpr int version_patch = ACCELSPEC_VERSION_PATCH;
inline constexpr const char* version_string = "0.1.0";
}  // namespace accelspec

// ---- end accelspec/version.hpp ----

// (inlined: units/decimal.hpp)
// ---- begin accelspec/units/decimal.hpp ----
// Exact decimal parsing, shared by the compile-time literals (`989.4_tflops`) and run-time text
// (`--dense fp16=989.4`). A decimal is read digit by digit into an integer mantissa and a power
// of ten, then scaled to the quantity's smallest unit by integer arithmetic. No step goes
// through floating point, so "989.4" is 989.4 and never 989.39999999999998.

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
  std::fputs("accelspec: ", stderr);
  std::fputs(message, stderr);
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
  while (y != 0) {
    const u64 t = x % y;
    x = y;
    y = t;
  }
  return static_cast<i64>(x);
}

// 10^n for 0 <= n <= 18 (the powers that fit in an int64).
constexpr i64 pow10(int n) noexcept {
  i64 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

}  // namespace accelspec::detail

// ---- end accelspec/detail/arith.hpp ----

namespace accelspec {

// Why a decimal text could not be turned into an exact quantity.
enum class decimal_errc : std::uint8_t {
  ok,
  empty,              // nothing to read
  negative,           // a leading minus sign: quantities here are never negative
  invalid_character,  // anything but digits, one '.', an exponent, and (in literals) digit separators
  no_digits,          // e.g. "." or "e5"
  bad_exponent,       // "1e", "1e+", or an exponent out of range
  too_precise,        // more decimal places than the quantity's smallest unit can hold exactly
  too_large,          // the value does not fit the quantity's integer representation
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
      return "malformed exponent";
    case decimal_errc::too_precise:
      return "more decimal places than can be held exactly";
    case decimal_errc::too_large:
      return "value too large";
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
  const i64 rest = divisor / g;
  if (mantissa % rest != 0) return {0, decimal_errc::too_precise};
  i64 out = 0;
  if (!try_mul(mantissa / rest, factor / g, out)) return {0, decimal_errc::too_large};
  return {out, decimal_errc::ok};
}

}  // namespace detail

// Parses a non-negative decimal ("989.4", "4.8", "1e3", "0.5E-2") and scales it exactly by
// `factor`. `allow_separators` admits C++ digit separators (1'000), as they appear in literals.
constexpr decimal_result parse_decimal(std::string_view text, std::int64_t factor,
                                       bool allow_separators = false) noexcept {
  using detail::i64;
  if (text.empty()) return {0, decimal_errc::empty};
  if (text.front() == '-') return {0, decimal_errc::negative};
  if (text.front() == '+') text.remove_prefix(1);
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X' || text[1] == 'b' || text[1] == 'B')) {
    return {0, decimal_errc::invalid_character};
  }
  i64 mantissa = 0, pending_zeros = 0, fraction_digits = 0;
  bool seen_point = false, seen_digit = false;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (seen_point) ++fraction_digits;
      if (c == '0') {
        ++pending_zeros;
        continue;
      }
      // Flush the zeros seen since the last non-zero digit, then append this digit.
      if (mantissa == 0) {
        mantissa = c - '0';  // leading zeros carry no digits
      } else {
        i64 shifted = 0;
        if (pending_zeros + 1 > 18 ||
            !detail::try_mul(mantissa, detail::pow10(static_cast<int>(pending_zeros + 1)), shifted) ||
            shifted > detail::i64_max - (c - '0')) {
          return {0, seen_point ? decimal_errc::too_precise : decimal_errc::too_large};
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
  i64 exponent = pending_zeros - fraction_digits;
  if (i < text.size()) {  // exponent part
    ++i;
    bool negative_exponent = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      negative_exponent = text[i] == '-';
      ++i;
    }
    if (i == text.size()) return {0, decimal_errc::bad_exponent};
    i64 e = 0;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c < '0' || c > '9')
        return {0, c == '\'' && allow_separators ? decimal_errc::bad_exponent : decimal_errc::invalid_character};
      e = e * 10 + (c - '0');
      if (e > 400) return {0, decimal_errc::bad_exponent};
    }
    exponent += negative_exponent ? -e : e;
  }
  return detail::scale_decimal(mantissa, exponent, factor);
}

}  // namespace accelspec

// ---- end accelspec/units/decimal.hpp ----

// (inlined: units/literals.hpp)
// ---- begin accelspec/units/literals.hpp ----
// User-defined literals for exact quantities: 989.4_tflops, 4.8_TBps, 814_mm2, 141_GB, 700_W.
//
// Each literal is a raw literal operator template, so the compiler hands us the characters as
// written ("989.4") and the value is parsed exactly at compile time, never converted to double.
// A literal that cannot be held exactly (more decimal places than the smallest unit) is rejected
// with a message, not rounded.

#include <cstdint>
#include <string_view>

// (inlined: decimal.hpp)
// (inlined: quantity.hpp)
// ---- begin accelspec/units/quantity.hpp ----
// Exact, kind-safe quantities.
//
// A quantity is an int64 count of its kind's smallest exact unit (a million operations per
// second, one byte, one square micrometre, ...). Kinds are distinct types: an operation rate never meets a
// data rate, and a sparse headline rate is not a dense rate. Mixing them fails to compile with a
// message that says what to do instead.

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

#include <compare>
#include <cstdint>

// (inlined: ../detail/arith.hpp)

namespace accelspec {

class rational {
 public:
  constexpr rational() noexcept = default;
  constexpr rational(std::int64_t value) noexcept : num_(value), den_(1) {}  // NOLINT: integers are rationals
  constexpr rational(std::int64_t numerator, std::int64_t denominator) : num_(numerator), den_(denominator) {
    if (den_ == 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: rational with a zero denominator");
    if (den_ < 0) {
      num_ = detail::checked_sub(0, num_);
      den_ = detail::checked_sub(0, den_);
    }
    const std::int64_t g = detail::gcd(num_, den_);
    if (g > 1) {
      num_ /= g;
      den_ /= g;
    }
  }

  // A decimal written as an integer count of 10^-scale: from_decimal(592, 2) is 5.92.
  static constexpr rational from_decimal(std::int64_t count, int scale) { return {count, detail::pow10(scale)}; }

  [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return num_; }
  [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return den_; }

  friend constexpr bool operator==(const rational&, const rational&) = default;
  friend constexpr std::strong_ordering operator<=>(const rational& x, const rational& y) noexcept {
    const int c = detail::compare_products(x.num_, y.den_, y.num_, x.den_);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

  friend constexpr rational operator*(const rational& x, const rational& y) {
    // Cross-reduce first so that products of already reduced values overflow as late as possible.
    const std::int64_t g1 = detail::gcd(x.num_, y.den_), g2 = detail::gcd(y.num_, x.den_);
    const std::int64_t a = g1 > 1 ? x.num_ / g1 : x.num_, d = g1 > 1 ? y.den_ / g1 : y.den_;
    const std::int64_t c = g2 > 1 ? y.num_ / g2 : y.num_, b = g2 > 1 ? x.den_ / g2 : x.den_;
    return {detail::checked_mul(a, c), detail::checked_mul(b, d)};
  }
  friend constexpr rational operator/(const rational& x, const rational& y) {
    if (y.num_ == 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: division of a rational by zero");
    return x * rational{y.den_, y.num_};
  }
  friend constexpr rational operator+(const rational& x, const rational& y) {
    const std::int64_t g = detail::gcd(x.den_, y.den_);
    const std::int64_t xd = x.den_ / g;
    return {detail::checked_add(detail::checked_mul(x.num_, y.den_ / g), detail::checked_mul(y.num_, xd)),
            detail::checked_mul(x.den_, y.den_ / g)};
  }
  friend constexpr rational operator-(const rational& x, const rational& y) {
    return x + rational{detail::checked_sub(0, y.num_), y.den_};
  }

  // The largest integer not above the value.
  [[nodiscard]] constexpr std::int64_t floor() const noexcept {
    const std::int64_t q = num_ / den_;
    return (num_ % den_ != 0 && num_ < 0) ? q - 1 : q;
  }
  // The smallest integer not below the value.
  [[nodiscard]] constexpr std::int64_t ceil() const noexcept {
    const std::int64_t q = num_ / den_;
    return (num_ % den_ != 0 && num_ > 0) ? q + 1 : q;
  }

  // True when the value has a finite decimal expansion (the denominator has only factors 2 and 5).
  [[nodiscard]] constexpr bool is_terminating_decimal() const noexcept {
    std::int64_t d = den_;
    while (d % 2 == 0) d /= 2;
    while (d % 5 == 0) d /= 5;
    return d == 1;
  }

  // An approximation for display and plotting only; never used to decide a threshold.
  [[nodiscard]] constexpr double approximate() const noexcept {
    return static_cast<double>(num_) / static_cast<double>(den_);
  }

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
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
  requires(!std::is_same_v<Other, Kind>) constexpr quantity(
      const quantity<Other>&) {  // NOLINT(google-explicit-constructor)
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
requires(!std::is_same_v<K1, K2>) constexpr void operator+(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot add quantities of different kinds (e.g. an operation rate and a data rate)");
}
template <class K1, class K2>
requires(!std::is_same_v<K1, K2>) constexpr void operator-(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot subtract quantities of different kinds (e.g. an operation rate and a data rate)");
}
template <class K1, class K2>
requires(!std::is_same_v<K1, K2>) constexpr bool operator<(quantity<K1>, quantity<K2>) {
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

template <class Q, std::int64_t Factor, char... Cs>
consteval Q make_literal() {
  constexpr char text[] = {Cs...};
  constexpr decimal_result r = parse_decimal(std::string_view(text, sizeof...(Cs)), Factor, true);
  static_assert(r.error != decimal_errc::too_precise,
                "accelspec: literal has more decimal places than the quantity can hold exactly");
  static_assert(r.error != decimal_errc::too_large, "accelspec: literal value is too large for the quantity");
  static_assert(r.error != decimal_errc::invalid_character,
                "accelspec: quantity literals must be decimal numbers (no hexadecimal, octal or binary)");
  static_assert(r.ok(), "accelspec: malformed quantity literal");
  return Q::from_count(r.count);
}

}  // namespace detail

namespace literals {

// Dense operation rates, as printed on datasheets (one MAC = two operations).
template <char... Cs>
consteval dense_rate operator""_gops() {
  return detail::make_literal<dense_rate, 1'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_gflops() {
  return detail::make_literal<dense_rate, 1'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_tops() {
  return detail::make_literal<dense_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_tflops() {
  return detail::make_literal<dense_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_pops() {
  return detail::make_literal<dense_rate, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_pflops() {
  return detail::make_literal<dense_rate, 1'000'000'000, Cs...>();
}

// Sparse headline rates: usable only through accelspec::dense_from_sparse.
template <char... Cs>
consteval sparse_rate operator""_sparse_tops() {
  return detail::make_literal<sparse_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval sparse_rate operator""_sparse_tflops() {
  return detail::make_literal<sparse_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval sparse_rate operator""_sparse_pops() {
  return detail::make_literal<sparse_rate, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval sparse_rate operator""_sparse_pflops() {
  return detail::make_literal<sparse_rate, 1'000'000'000, Cs...>();
}

// The regulation's MacTOPS (tera multiply-accumulates per second).
template <char... Cs>
consteval mac_rate operator""_mactops() {
  return detail::make_literal<mac_rate, 1'000'000, Cs...>();
}

// Data rates. Decimal prefixes are powers of ten; binary ones (GiB/s) are powers of two.
template <char... Cs>
consteval data_rate operator""_MBps() {
  return detail::make_literal<data_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_GBps() {
  return detail::make_literal<data_rate, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_TBps() {
  return detail::make_literal<data_rate, 1'000'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_GiBps() {
  return detail::make_literal<data_rate, 1'073'741'824, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_TiBps() {
  return detail::make_literal<data_rate, 1'099'511'627'776, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_Gbps() {
  return detail::make_literal<data_rate, 125'000'000, Cs...>();
}  // gigabits/s

// Data sizes.
template <char... Cs>
consteval data_size operator""_MB() {
  return detail::make_literal<data_size, 1'000'000, Cs...>();
}
template <char... Cs>
consteval data_size operator""_GB() {
  return detail::make_literal<data_size, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_size operator""_TB() {
  return detail::make_literal<data_size, 1'000'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_size operator""_MiB() {
  return detail::make_literal<data_size, 1'048'576, Cs...>();
}
template <char... Cs>
consteval data_size operator""_GiB() {
  return detail::make_literal<data_size, 1'073'741'824, Cs...>();
}
template <char... Cs>
consteval data_size operator""_TiB() {
  return detail::make_literal<data_size, 1'099'511'627'776, Cs...>();
}

// Area, power, frequency.
template <char... Cs>
consteval area operator""_mm2() {
  return detail::make_literal<area, 1'000'000, Cs...>();
}
template <char... Cs>
consteval power operator""_W() {
  return detail::make_literal<power, 1'000, Cs...>();
}
template <char... Cs>
consteval power operator""_kW() {
  return detail::make_literal<power, 1'000'000, Cs...>();
}
template <char... Cs>
consteval frequency operator""_MHz() {
  return detail::make_literal<frequency, 1'000'000, Cs...>();
}
template <char... Cs>
consteval frequency operator""_GHz() {
  return detail::make_literal<frequency, 1'000'000'000, Cs...>();
}

}  // namespace literals
}  // namespace accelspec

// ---- end accelspec/units/literals.hpp ----

// (inlined: units/parse.hpp)
// ---- begin accelspec/units/parse.hpp ----
// Run-time construction of quantities from decimal text, exactly as the literals do it.

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
// Anything not known stays unknown (std::nullopt, market::unknown); nothing defaults to zero.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

// (inlined: ../detail/fixed_list.hpp)
// ---- begin accelspec/detail/fixed_list.hpp ----
// A fixed-capacity list usable in constant expressions: the storage behind the spec's lists of
// compute rates and dies, so that a whole accelerator is one literal-type aggregate.

#include <array>
#include <cstddef>
#include <initializer_list>

// (inlined: error.hpp)

namespace accelspec::detail {

template <class T, std::size_t Capacity>
class fixed_list {
 public:
  constexpr fixed_list() = default;
  constexpr fixed_list(std::initializer_list<T> items) {  // NOLINT: braced lists are the intended spelling
    for (const T& item : items) push_back(item);
  }

  constexpr void push_back(const T& item) {
    if (size_ == Capacity) ACCELSPEC_FAIL(invalid_spec, "accelspec: too many entries in a list (capacity exceeded)");
    items_[size_++] = item;
  }

  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }
  [[nodiscard]] constexpr const T& operator[](std::size_t i) const {
    if (i >= size_) ACCELSPEC_FAIL(invalid_argument, "accelspec: list index out of range");
    return items_[i];
  }
  [[nodiscard]] constexpr const T* begin() const noexcept { return items_.data(); }
  [[nodiscard]] constexpr const T* end() const noexcept { return items_.data() + size_; }

 private:
  std::array<T, Capacity> items_{};
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

#include <cstdint>
#include <optional>
#include <string_view>

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
  std::optional<accelspec::area> area{};  // nullopt: unknown, never zero
  transistor_architecture transistors = transistor_architecture::unknown;
  die_role role = die_role::logic;
  int count = 1;  // identical dies in the package (e.g. 8 compute chiplets)
};

}  // namespace accelspec

// ---- end accelspec/spec/die.hpp ----

// (inlined: memory.hpp)
// ---- begin accelspec/spec/memory.hpp ----
// The memory system of an accelerator: technology, stacks (or packages/channels), per-stack
// capacity and bandwidth, and the totals the product is sold with.

#include <cstdint>
#include <optional>
#include <string_view>

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
constexpr std::optional<bool> is_dram(memory_technology t) noexcept {
  if (t == memory_technology::unknown) return std::nullopt;
  return t != memory_technology::sram;
}

constexpr bool is_hbm(memory_technology t) noexcept {
  return t == memory_technology::hbm || t == memory_technology::hbm2 || t == memory_technology::hbm2e ||
         t == memory_technology::hbm3 || t == memory_technology::hbm3e || t == memory_technology::hbm4;
}

struct memory_system {
  memory_technology technology = memory_technology::unknown;
  std::optional<int> stacks{};                 // HBM stacks, or GDDR/LPDDR packages
  std::optional<data_size> stack_capacity{};   // physical capacity of one stack or package
  std::optional<data_rate> stack_bandwidth{};  // peak bandwidth of one stack or package
  std::optional<data_size> capacity{};         // usable total as specified (may be below the physical total)
  std::optional<data_rate> bandwidth{};        // total peak bandwidth as specified
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

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

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
// the two is its "bit length of the operation" is not said in the rule. The default is the
// conservative reading: 32, which can only raise a TPP, never hide one.
enum class tf32_reading : std::uint8_t {
  container_32,    // 32 bits: the register/container width (default, conservative)
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
constexpr std::optional<number_format> format_from_key(std::string_view k) noexcept {
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

struct accelerator {
  std::string_view name{};
  std::string_view vendor{};
  accelspec::market market = accelspec::market::unknown;
  detail::fixed_list<compute_rate, 24> compute{};  // dense peak rates
  detail::fixed_list<die, 16> dies{};
  memory_system memory{};
  // Aggregate bidirectional transfer rate over all inputs and outputs to integrated circuits other
  // than volatile memories (the 2022 text's interconnect prong).
  std::optional<data_rate> io_bandwidth{};
  std::optional<power> tdp{};
  std::optional<std::chrono::year_month_day> released{};
};

}  // namespace accelspec

// ---- end accelspec/spec/accelerator.hpp ----

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
// Each message is written on the line that detects it, so a compile-time failure shows it.

#include <string_view>

// (inlined: ../detail/error.hpp)
// (inlined: accelerator.hpp)

namespace accelspec {
namespace detail {

// Throw = true: fail at the first problem. Throw = false: return its message (nullptr if none).
#define ACCELSPEC_SPEC_CHECK(condition, message)                         \
  if (condition) {                                                       \
    if constexpr (Throw)                                                 \
      ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec: " message); \
    else                                                                 \
      return "accelspec: invalid spec: " message;                        \
  }

template <bool Throw>
constexpr const char* check_spec(const accelerator& chip) {
  const auto& rates = chip.compute;
  for (std::size_t i = 0; i < rates.size(); ++i) {
    ACCELSPEC_SPEC_CHECK(rates[i].rate.count() < 0, "a compute rate is negative");
    ACCELSPEC_SPEC_CHECK(rates[i].rate.count() == 0, "a compute rate is zero (leave an unsupported format out)");
    ACCELSPEC_SPEC_CHECK(static_cast<std::size_t>(rates[i].format) >= format_table.size(), "unknown number format");
    for (std::size_t j = i + 1; j < rates.size(); ++j) {
      ACCELSPEC_SPEC_CHECK(rates[i].format == rates[j].format && rates[i].unit == rates[j].unit,
                           "duplicate compute entry (one format listed twice for the same processing unit)");
    }
  }
  const auto& dies = chip.dies;
  for (std::size_t i = 0; i < dies.size(); ++i) {
    ACCELSPEC_SPEC_CHECK(dies[i].area && dies[i].area->count() < 0, "die area is negative");
    ACCELSPEC_SPEC_CHECK(dies[i].area && dies[i].area->count() == 0, "die area is zero (use std::nullopt for unknown)");
    ACCELSPEC_SPEC_CHECK(dies[i].count < 1, "die count must be at least 1");
    for (std::size_t j = i + 1; j < dies.size(); ++j) {
      ACCELSPEC_SPEC_CHECK(!dies[i].name.empty() && dies[i].name == dies[j].name,
                           "duplicate die name (list a die once and set .count)");
    }
  }
  const memory_system& m = chip.memory;
  ACCELSPEC_SPEC_CHECK(m.stacks && *m.stacks < 1, "memory stack count must be at least 1");
  ACCELSPEC_SPEC_CHECK(m.capacity && m.capacity->count() <= 0, "memory capacity must be positive");
  ACCELSPEC_SPEC_CHECK(m.bandwidth && m.bandwidth->count() <= 0, "memory bandwidth must be positive");
  ACCELSPEC_SPEC_CHECK(m.stack_capacity && m.stack_capacity->count() <= 0,
                       "per-stack memory capacity must be positive");
  ACCELSPEC_SPEC_CHECK(m.stack_bandwidth && m.stack_bandwidth->count() <= 0,
                       "per-stack memory bandwidth must be positive");
  ACCELSPEC_SPEC_CHECK(m.stacks && m.stack_capacity && m.capacity && *m.capacity > *m.stack_capacity * *m.stacks,
                       "usable memory capacity exceeds stacks x per-stack capacity");
  ACCELSPEC_SPEC_CHECK(m.stacks && m.stack_bandwidth && m.bandwidth && *m.bandwidth > *m.stack_bandwidth * *m.stacks,
                       "memory bandwidth exceeds stacks x per-stack bandwidth");
  ACCELSPEC_SPEC_CHECK(chip.io_bandwidth && chip.io_bandwidth->count() < 0, "I/O bandwidth is negative");
  ACCELSPEC_SPEC_CHECK(chip.tdp && chip.tdp->count() <= 0, "TDP must be positive");
  ACCELSPEC_SPEC_CHECK(chip.released && !chip.released->ok(), "release date is not a valid calendar date");
  ACCELSPEC_SPEC_CHECK(static_cast<int>(chip.market) > static_cast<int>(market::other), "unknown market value");
  return nullptr;
}

#undef ACCELSPEC_SPEC_CHECK

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

#include <optional>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/validate.hpp)

namespace accelspec {

// Total memory bandwidth: the specified total, else stacks x per-stack bandwidth.
constexpr std::optional<data_rate> memory_bandwidth(const accelerator& chip) {
  require_valid(chip);
  const memory_system& m = chip.memory;
  if (m.bandwidth) return m.bandwidth;
  if (m.stacks && m.stack_bandwidth) return *m.stack_bandwidth * *m.stacks;
  return std::nullopt;
}

// Total DRAM bandwidth (the January 2026 rule's 'total DRAM bandwidth'): the memory bandwidth
// when the memory is DRAM, zero for on-die SRAM, unknown when the technology is unknown.
constexpr std::optional<data_rate> total_dram_bandwidth(const accelerator& chip) {
  const std::optional<bool> dram = is_dram(chip.memory.technology);
  if (!dram) return std::nullopt;
  if (!*dram) return data_rate{};
  return memory_bandwidth(chip);
}

// Total memory capacity: the specified usable total, else stacks x per-stack capacity.
constexpr std::optional<data_size> memory_capacity(const accelerator& chip) {
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

#include <optional>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/validate.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: tpp.hpp)
// ---- begin accelspec/metrics/tpp.hpp ----
// Total processing performance (TPP), Technical Note to 3A090.a and .b:
//   TPP = 2 x MacTOPS x bit length of the operation, aggregated over all processing units;
//   with several bit lengths, the highest TPP counts; dense rates only.
// Datasheet TOPS already equal 2 x MacTOPS (note b), so TPP = dense TOPS x bit length.

#include <array>
#include <compare>
#include <cstdint>
#include <optional>

// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/validate.hpp)
// (inlined: ../units/decimal.hpp)
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
  [[nodiscard]] constexpr rational value() const { return rational{count_, per_unit}; }

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
template <char... Cs>
consteval tpp_value operator""_tpp() {
  constexpr char text[] = {Cs...};
  constexpr decimal_result r = parse_decimal(std::string_view(text, sizeof...(Cs)), tpp_value::per_unit, true);
  static_assert(r.ok(), "accelspec: malformed TPP literal (at most six decimal places)");
  return tpp_value::from_count(r.count);
}
}  // namespace literals

// The TPP of a dense rate at a bit length: rate (TOPS) x bits.
constexpr tpp_value tpp_of(dense_rate rate, int bits) {
  return tpp_value::from_count(detail::checked_mul(rate.count(), bits));
}

struct tpp_options {
  tf32_reading tf32 = tf32_reading::container_32;
};

// The aggregate at one bit length, and which formats supplied it.
struct tpp_at_bit_length {
  int bits = 0;
  tpp_value value;
};

// How a TPP was reached: the aggregate at every bit length the chip supports, and the winner.
struct tpp_breakdown {
  detail::fixed_list<tpp_at_bit_length, 16> by_bit_length;  // ascending bit length
  std::optional<tpp_value> total;                           // nullopt: no compute rate known
  int bits = 0;                                             // bit length of the highest TPP
};

constexpr tpp_breakdown tpp_details(const accelerator& chip, tpp_options options = {}) {
  require_valid(chip);
  // Distinct bit lengths, ascending.
  std::array<int, 24> lengths{};
  std::size_t n = 0;
  for (const compute_rate& r : chip.compute) {
    const int b = bit_length(r.format, options.tf32);
    bool seen = false;
    for (std::size_t i = 0; i < n; ++i) seen = seen || lengths[i] == b;
    if (!seen) {
      std::size_t pos = n++;
      while (pos > 0 && lengths[pos - 1] > b) {
        lengths[pos] = lengths[pos - 1];
        --pos;
      }
      lengths[pos] = b;
    }
  }
  tpp_breakdown out;
  for (std::size_t li = 0; li < n; ++li) {
    const int b = lengths[li];
    tpp_value sum;
    // Each processing unit contributes its best rate at this bit length (formats of one unit
    // with the same bit length are alternative modes, not simultaneous work).
    for (std::size_t i = 0; i < chip.compute.size(); ++i) {
      const compute_rate& r = chip.compute[i];
      if (bit_length(r.format, options.tf32) != b) continue;
      bool unit_seen_before = false;
      for (std::size_t j = 0; j < i; ++j) {
        unit_seen_before = unit_seen_before ||
                           (chip.compute[j].unit == r.unit && bit_length(chip.compute[j].format, options.tf32) == b);
      }
      if (unit_seen_before) continue;
      dense_rate best = r.rate;
      for (std::size_t j = i + 1; j < chip.compute.size(); ++j) {
        const compute_rate& o = chip.compute[j];
        if (o.unit == r.unit && bit_length(o.format, options.tf32) == b && o.rate > best) best = o.rate;
      }
      sum = sum + tpp_of(best, b);
    }
    out.by_bit_length.push_back({b, sum});
    if (!out.total || sum > *out.total) {
      out.total = sum;
      out.bits = b;
    }
  }
  return out;
}

// The chip's TPP; nullopt when no compute rate is known (unknown is never zero).
constexpr std::optional<tpp_value> tpp(const accelerator& chip, tpp_options options = {}) {
  return tpp_details(chip, options).total;
}

}  // namespace accelspec

// ---- end accelspec/metrics/tpp.hpp ----

namespace accelspec {

// The sum over logic (and I/O) dies on non-planar processes, times their counts. nullopt when a
// die that may count has an unknown area or transistor architecture, or when no die is listed.
// Zero when every logic die is planar.
constexpr std::optional<area> applicable_die_area(const accelerator& chip) {
  require_valid(chip);
  if (chip.dies.empty()) return std::nullopt;
  area sum;
  for (const die& d : chip.dies) {
    if (d.role == die_role::memory || d.transistors == transistor_architecture::planar) continue;
    if (d.transistors == transistor_architecture::unknown || !d.area) return std::nullopt;
    sum += *d.area * d.count;
  }
  return sum;
}

// TPP per mm² of applicable die area, exact. Both counts are in units of 10^-6, so the ratio
// of the counts is the density itself. nullopt when TPP or area is unknown, or the area is zero
// (a chip with only planar logic has no performance density; see docs/limitations.md).
constexpr std::optional<rational> performance_density(const accelerator& chip, tpp_options options = {}) {
  const std::optional<tpp_value> t = tpp(chip, options);
  const std::optional<area> a = applicable_die_area(chip);
  if (!t || !a || a->count() == 0) return std::nullopt;
  return rational{t->count(), a->count()};
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

#include <chrono>
#include <optional>

// (inlined: ../metrics/density.hpp)
// (inlined: ../metrics/tpp.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../spec/validate.hpp)
// (inlined: determination.hpp)
// ---- begin accelspec/rules/determination.hpp ----
// The answer of a classification: the ECCN paragraph, the clauses met and undecided, the
// exception eligibility, the metrics it used and, for every clause, the comparisons with their
// numbers. The io layer turns the comparisons into sentences and JSON; nothing here allocates.

#include <cstdint>
#include <optional>
#include <string_view>

// (inlined: ../detail/fixed_list.hpp)
// (inlined: ../metrics/tpp.hpp)
// (inlined: ../spec/accelerator.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: eccn.hpp)
// ---- begin accelspec/rules/eccn.hpp ----
// The outcomes of a 3A090 classification and the clauses that lead to them.

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

}  // namespace accelspec

// ---- end accelspec/rules/eccn.hpp ----

// (inlined: rule.hpp)
// ---- begin accelspec/rules/rule.hpp ----
// ECCN 3A090 as dated data. Each vintage carries its thresholds exactly as written, its
// Federal Register citation and the days it was in force. Nothing is "the rule": there is the
// rule in force on a date (see in_force()).

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

// (inlined: ../metrics/tpp.hpp)
// (inlined: ../units/quantity.hpp)
// (inlined: ../units/rational.hpp)
// (inlined: citation.hpp)

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
  std::chrono::year_month_day effective{};                // first day in force
  std::optional<std::chrono::year_month_day> last_day{};  // last day in force; nullopt: still in force
  rule_text text{};
  thresholds_2022 original{};
  thresholds_2023 revised{};

  [[nodiscard]] constexpr bool in_force_on(std::chrono::year_month_day d) const noexcept {
    return d >= effective && (!last_day || d <= *last_day);
  }
};

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
// ---- begin accelspec/rules/truth.hpp ----
// Three-valued logic for clauses whose inputs may be unknown (Kleene logic): a clause that needs
// an unknown die area is neither met nor unmet, and stays visibly undecided.

#include <cstdint>
#include <string_view>

namespace accelspec {

enum class truth : std::uint8_t { no, yes, unknown };

constexpr truth operator&&(truth a, truth b) noexcept {
  if (a == truth::no || b == truth::no) return truth::no;
  if (a == truth::yes && b == truth::yes) return truth::yes;
  return truth::unknown;
}
constexpr truth operator||(truth a, truth b) noexcept {
  if (a == truth::yes || b == truth::yes) return truth::yes;
  if (a == truth::no && b == truth::no) return truth::no;
  return truth::unknown;
}
constexpr truth operator!(truth a) noexcept {
  return a == truth::yes ? truth::no : a == truth::no ? truth::yes : truth::unknown;
}
constexpr truth to_truth(bool b) noexcept { return b ? truth::yes : truth::no; }

constexpr std::string_view key(truth t) noexcept {
  return t == truth::yes ? "met" : t == truth::no ? "not met" : "undecided";
}

}  // namespace accelspec

// ---- end accelspec/rules/truth.hpp ----

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
struct comparison {
  accelspec::measure measure{};
  accelspec::relation relation{};
  std::optional<rational> value{};  // nullopt: the input is unknown
  rational threshold{};             // for datacenter_market: unused
  truth holds{};
};

// One clause: whether it holds, and the comparisons it is made of.
struct clause_finding {
  accelspec::clause clause{};
  truth holds{};
  detail::fixed_list<comparison, 4> parts{};
};

struct determination {
  const rule* applied = nullptr;  // nullptr: no 3A090 rule in force on the date asked
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};                   // clauses of the determined paragraph that are met
  clause_set undecided{};                 // clauses that cannot be decided because an input is unknown
  truth non_datacenter_note = truth::no;  // whether the note takes the chip out of .a/.b
  bool nac_aca = false;                   // eligible for License Exception NAC/ACA (per the paragraph's LE line)
  // The metrics the answer used.
  std::optional<tpp_value> tpp{};
  int tpp_bits = 0;
  std::optional<area> applicable_die_area{};
  std::optional<rational> performance_density{};
  std::optional<data_rate> io_bandwidth{};
  accelspec::market market = accelspec::market::unknown;
  detail::fixed_list<clause_finding, 6> findings{};
};

}  // namespace accelspec

// ---- end accelspec/rules/determination.hpp ----

// (inlined: rule.hpp)

namespace accelspec {

struct classify_options {
  tf32_reading tf32 = tf32_reading::container_32;
};

namespace detail {

constexpr comparison compare_tpp(const std::optional<tpp_value>& t, relation rel, tpp_value threshold) {
  const rational th = threshold.value();
  if (!t) return {measure::tpp, rel, std::nullopt, th, truth::unknown};
  const bool holds = rel == relation::at_least ? *t >= threshold : *t < threshold;
  return {measure::tpp, rel, t->value(), th, to_truth(holds)};
}

// `no_area` is true when the applicable die area is known to be zero: a chip whose logic is all
// planar has no performance density, and no density clause can be met.
constexpr comparison compare_density(const std::optional<rational>& d, bool no_area, relation rel, rational threshold) {
  if (no_area) return {measure::performance_density, rel, std::nullopt, threshold, truth::no};
  if (!d) return {measure::performance_density, rel, std::nullopt, threshold, truth::unknown};
  const bool holds = rel == relation::at_least ? *d >= threshold : *d < threshold;
  return {measure::performance_density, rel, d, threshold, to_truth(holds)};
}

constexpr clause_finding make_finding(clause c, std::initializer_list<comparison> parts) {
  clause_finding f{c, truth::yes, {}};
  for (const comparison& p : parts) {
    f.parts.push_back(p);
    f.holds = f.holds && p.holds;
  }
  return f;
}

constexpr determination classify_2022(const accelerator& chip, const rule& r, const determination& base) {
  determination d = base;
  const thresholds_2022& th = r.original;
  comparison io{measure::io_bandwidth, relation::at_least, std::nullopt, th.io_bandwidth.in_display_units(),
                truth::unknown};
  if (chip.io_bandwidth) {
    io.value = chip.io_bandwidth->in_display_units();
    io.holds = to_truth(*chip.io_bandwidth >= th.io_bandwidth);
  }
  const clause_finding a = make_finding(clause::a_2022, {io, compare_tpp(d.tpp, relation::at_least, th.tpp)});
  d.findings.push_back(a);
  if (a.holds == truth::yes) {
    d.eccn = eccn::a;
    d.clauses.insert(clause::a_2022);
  } else if (a.holds == truth::unknown) {
    d.eccn = eccn::undecided;
    d.undecided.insert(clause::a_2022);
  }
  return d;
}

constexpr determination classify_2023(const rule& r, const determination& base) {
  determination d = base;
  const thresholds_2023& th = r.revised;
  const std::optional<tpp_value>& t = d.tpp;
  const std::optional<rational>& pd = d.performance_density;
  const bool no_area = d.applicable_die_area && d.applicable_die_area->count() == 0;

  const clause_finding a1 = make_finding(clause::a_1, {compare_tpp(t, relation::at_least, th.a1_tpp)});
  const clause_finding a2 = make_finding(
      clause::a_2,
      {compare_tpp(t, relation::at_least, th.a2_tpp), compare_density(pd, no_area, relation::at_least, th.a2_density)});
  const clause_finding b1 = make_finding(
      clause::b_1, {compare_tpp(t, relation::at_least, th.b1_tpp_min), compare_tpp(t, relation::below, th.b1_tpp_max),
                    compare_density(pd, no_area, relation::at_least, th.b1_density_min),
                    compare_density(pd, no_area, relation::below, th.b1_density_max)});
  const clause_finding b2 =
      make_finding(clause::b_2, {compare_tpp(t, relation::at_least, th.b2_tpp),
                                 compare_density(pd, no_area, relation::at_least, th.b2_density_min),
                                 compare_density(pd, no_area, relation::below, th.b2_density_max)});
  // The note: "not designed or marketed for use in datacenters" and TPP below 4800.
  const truth not_datacenter = d.market == market::unknown ? truth::unknown : to_truth(d.market == market::other);
  const clause_finding note =
      make_finding(clause::non_datacenter_note,
                   {comparison{measure::datacenter_market, relation::is_not, std::nullopt, rational{}, not_datacenter},
                    compare_tpp(t, relation::below, th.note_tpp)});

  for (const clause_finding& f : {a1, a2, b1, b2, note}) d.findings.push_back(f);
  d.non_datacenter_note = note.holds;

  const truth in_a = a1.holds || a2.holds;
  // .a is evaluated first; .b describes only what .a does not.
  const truth b1_effective = b1.holds && !in_a;
  const truth b2_effective = b2.holds && !in_a;
  const truth in_b = b1_effective || b2_effective;
  const truth controlled_a = in_a && !note.holds;
  const truth controlled_b = in_b && !note.holds;

  if (controlled_a == truth::yes) {
    d.eccn = eccn::a;
    if (a1.holds == truth::yes) d.clauses.insert(clause::a_1);
    if (a2.holds == truth::yes) d.clauses.insert(clause::a_2);
    // LE NAC/ACA line: 3A090.a items not designed or marketed for datacenters (TPP >= 4800).
    d.nac_aca = d.market == market::other;
  } else if (controlled_a == truth::unknown) {
    d.eccn = eccn::undecided;
  } else if (controlled_b == truth::yes) {
    d.eccn = eccn::b;
    if (b1_effective == truth::yes) d.clauses.insert(clause::b_1);
    if (b2_effective == truth::yes) d.clauses.insert(clause::b_2);
    // LE NAC/ACA line: 3A090.b items designed or marketed for datacenters.
    d.nac_aca = d.market == market::datacenter;
  } else if (controlled_b == truth::unknown) {
    d.eccn = eccn::undecided;
  } else {
    d.eccn = eccn::none;
  }
  if (a1.holds == truth::unknown) d.undecided.insert(clause::a_1);
  if (a2.holds == truth::unknown) d.undecided.insert(clause::a_2);
  if (b1_effective == truth::unknown) d.undecided.insert(clause::b_1);
  if (b2_effective == truth::unknown) d.undecided.insert(clause::b_2);
  if (note.holds == truth::unknown && (in_a != truth::no || in_b != truth::no)) {
    d.undecided.insert(clause::non_datacenter_note);
  }
  return d;
}

}  // namespace detail

// Classifies a chip under one vintage of the rule.
constexpr determination classify(const accelerator& chip, const rule& r, classify_options options = {}) {
  require_valid(chip);
  determination base;
  base.applied = &r;
  const tpp_breakdown t = tpp_details(chip, {.tf32 = options.tf32});
  base.tpp = t.total;
  base.tpp_bits = t.bits;
  base.applicable_die_area = applicable_die_area(chip);
  base.performance_density = performance_density(chip, {.tf32 = options.tf32});
  base.io_bandwidth = chip.io_bandwidth;
  base.market = chip.market;
  return r.text == rule_text::original_2022 ? detail::classify_2022(chip, r, base) : detail::classify_2023(r, base);
}

// Classifies a chip under the vintage in force on a date. Before 2022-10-07 no 3A090 existed:
// the determination is `none` with no rule applied.
constexpr determination classify(const accelerator& chip, std::chrono::year_month_day date,
                                 classify_options options = {}) {
  const rule* r = rules::in_force(date);
  if (r != nullptr) return classify(chip, *r, options);
  require_valid(chip);
  determination d;
  d.tpp = tpp(chip, {.tf32 = options.tf32});
  d.applicable_die_area = applicable_die_area(chip);
  d.performance_density = performance_density(chip, {.tf32 = options.tf32});
  d.io_bandwidth = chip.io_bandwidth;
  d.market = chip.market;
  return d;
}

// Classifies a chip under the newest vintage.
constexpr determination classify(const accelerator& chip, classify_options options = {}) {
  return classify(chip, rules::latest, options);
}

}  // namespace accelspec

// ---- end accelspec/rules/classify.hpp ----

// (inlined: rules/determination.hpp)
// (inlined: rules/eccn.hpp)
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

// (inlined: ../spec/accelerator.hpp)
// (inlined: classify.hpp)
// (inlined: eccn.hpp)
// (inlined: rule.hpp)

namespace accelspec {

// The chip's ECCN paragraph under a rule is exactly `E`.
template <const accelerator& Chip, eccn E, const rule& Rule = rules::latest>
concept classified_as = (classify(Chip, Rule).eccn == E);

// Outside 3A090.a and .b under the rule (decided, not merely unknown).
template <const accelerator& Chip, const rule& Rule = rules::latest>
concept outside_3a090 = classified_as<Chip, eccn::none, Rule>;

}  // namespace accelspec

// ---- end accelspec/rules/gate.hpp ----

// (inlined: rules/rule.hpp)
// (inlined: rules/truth.hpp)

// ---- end accelspec/accelspec.hpp ----

// ---- begin accelspec/io.hpp ----
// accelspec's run-time text layer: formatting, explanations, JSON and parsing of text inputs.
// Separate from <accelspec/accelspec.hpp> so that classification alone stays light to compile.

// (inlined: accelspec.hpp)
// (inlined: io/explain.hpp)
// ---- begin accelspec/io/explain.hpp ----
// A determination in words and as JSON. The same findings drive both, so the sentences and
// the JSON never disagree.

#include <optional>
#include <string>
#include <vector>

// (inlined: ../rules/determination.hpp)
// (inlined: format.hpp)
// ---- begin accelspec/io/format.hpp ----
// Numbers for people and scripts. Exact values print exactly ("15831.2", never "15831.199999");
// a ratio with no finite decimal expansion (2368/814) is cut, never rounded, after a fixed
// number of places. Cutting toward zero keeps every printed value on the same side of any
// threshold with that many places or fewer: 5.9199999... prints as 5.919999, not 5.92.

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

// The decimal expansion of r: exact when it terminates within 18 places, otherwise cut (toward
// zero) after `places` decimals. Trailing zeros are dropped.
inline decimal_text to_decimal(const rational& r, int places = 6) {
  std::int64_t num = r.numerator();
  const std::int64_t den = r.denominator();
  std::string out;
  if (num < 0) {
    out += '-';
    num = -num;
  }
  const std::int64_t whole = num / den;
  std::int64_t rem = num % den;
  out += std::to_string(whole);
  const int limit = r.is_terminating_decimal() ? 18 : places;
  std::string frac;
  int i = 0;
  for (; i < limit && rem != 0; ++i) {
    // rem < den <= 2^63, so rem * 10 may overflow; use the exact 128-bit helpers.
    const detail::u128 p = detail::mul_wide(static_cast<detail::u64>(rem), 10u);
    // p < 10 * den fits easily in 128 bits; divide by den digit by digit.
    int digit = 0;
    detail::u128 acc = p;
    const auto d = static_cast<detail::u64>(den);
    while (acc.hi != 0 || acc.lo >= d) {
      // subtract den
      const detail::u64 lo = acc.lo - d;
      acc.hi -= (acc.lo < d) ? 1u : 0u;
      acc.lo = lo;
      ++digit;
    }
    rem = static_cast<std::int64_t>(acc.lo);
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

#include <string>
#include <string_view>
#include <vector>

namespace accelspec::io {

// Escapes a string for JSON (quotes, backslash, control characters; UTF-8 passes through).
inline std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
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
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          constexpr char hex[] = "0123456789abcdef";
          out += "\\u00";
          out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
          out += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// Builds one JSON object member by member; values are given as JSON text.
class json_object {
 public:
  json_object& raw(std::string_view key, std::string_view json_value) {
    members_.push_back(json_string(key) + ":" + std::string(json_value));
    return *this;
  }
  json_object& string(std::string_view key, std::string_view value) { return raw(key, json_string(value)); }
  json_object& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
  json_object& null(std::string_view key) { return raw(key, "null"); }
  json_object& strings(std::string_view key, const std::vector<std::string>& values) {
    std::string a = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
      a += i ? "," : "";
      a += json_string(values[i]);
    }
    return raw(key, a + "]");
  }
  [[nodiscard]] std::string str() const {
    std::string out = "{";
    for (std::size_t i = 0; i < members_.size(); ++i) {
      out += i ? "," : "";
      out += members_[i];
    }
    return out + "}";
  }

 private:
  std::vector<std::string> members_;
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

// One comparison as it came out: "TPP 2,368 < 2,400", "performance density unknown (needs >= 5.92)".
inline std::string describe(const comparison& c, market m) {
  if (c.measure == measure::datacenter_market) {
    if (m == market::unknown) return "whether it is designed or marketed for datacenters is unknown";
    return m == market::other ? "not designed or marketed for datacenters" : "designed or marketed for datacenters";
  }
  const std::string name(key(c.measure));
  const std::string want = c.relation == relation::at_least ? ">=" : "<";
  const std::string opposite = c.relation == relation::at_least ? "<" : ">=";
  if (!c.value) {
    if (c.measure == measure::performance_density && c.holds == truth::no) {
      return "no performance density (no non-planar logic die area)";
    }
    return name + " unknown (needs " + want + " " + describe_threshold(c) + ")";
  }
  const std::string op = c.holds == truth::yes ? want : opposite;
  return name + " " + describe_value(c) + " " + op + " " + describe_threshold(c);
}

// One line per clause: "TPP 15,831.2 >= 4,800: 3A090.a.1 met".
inline std::vector<std::string> reasons(const determination& d) {
  std::vector<std::string> out;
  if (d.applied == nullptr) {
    out.emplace_back("no ECCN 3A090 rule was in force on the date asked (the first took effect on 2022-10-07)");
    return out;
  }
  for (const clause_finding& f : d.findings) {
    std::string line;
    // Show the parts that decide the clause: all of them when it is met, otherwise the ones that
    // fail or are unknown.
    for (const comparison& p : f.parts) {
      if (f.holds != truth::yes && p.holds == truth::yes) continue;
      if (!line.empty()) line += " and ";
      line += describe(p, d.market);
    }
    line += ": " + std::string(key(f.clause)) + " " + std::string(key(f.holds));
    if (f.clause == clause::non_datacenter_note && f.holds == truth::yes) line += " (3A090.a and .b do not apply)";
    out.push_back(line);
  }
  return out;
}

inline std::vector<std::string> clause_keys(const clause_set& s) {
  std::vector<std::string> out;
  for (const clause c : clause_set::all) {
    if (s.contains(c)) out.emplace_back(c == clause::non_datacenter_note ? "note-non-datacenter" : key(c));
  }
  return out;
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
      s += "Result: undecided, an input the answer depends on is unknown";
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

// The documented JSON contract of `accelspec classify --json` (see docs/cli.md).
inline json_object to_json_object(const determination& d) {
  json_object o;
  o.raw("tpp", d.tpp ? number(*d.tpp) : "null");
  o.raw("tpp_bit_length", d.tpp ? std::to_string(d.tpp_bits) : "null");
  o.raw("applicable_die_area_mm2", d.applicable_die_area ? number(*d.applicable_die_area) : "null");
  o.raw("performance_density", d.performance_density ? number(*d.performance_density, 9) : "null");
  o.boolean("performance_density_exact", !d.performance_density || d.performance_density->is_terminating_decimal());
  o.string("eccn", key(d.eccn));
  o.strings("clauses", clause_keys(d.clauses));
  o.strings("undecided_clauses", clause_keys(d.undecided));
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
  o.strings("reasons", reasons(d));
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

// ---- end accelspec/io.hpp ----
