// The TPP value type: an exact count of 10^-6 TPP, its literal and the TPP of one dense rate.
// Separate from tpp.hpp (the TPP of a chip) so that the one-pass measurement of a spec
// (measure.hpp) can use it while tpp.hpp is built on that pass.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <compare>
#include <cstdint>
#include <string_view>

#include "../detail/arith.hpp"
#include "../detail/error.hpp"
#include "../units/decimal.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"

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
