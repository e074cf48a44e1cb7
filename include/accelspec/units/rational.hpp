// An exact rational number: the result type of every ratio the rules compare (performance
// density, memory bandwidth density) and the value carried in explanations.
//
// Kept in lowest terms with a positive denominator, so equality is member-wise. Comparisons
// cross-multiply in 128 bits: 5.92 is 148/25 and a density of 4818.4/814 is compared with it
// exactly, with no binary rounding on either side.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <compare>
#include <cstdint>

#include "../detail/arith.hpp"

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
