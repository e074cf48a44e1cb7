// The edges of the units layer: every overflow is reported (an error, never a wrapped value or
// undefined behaviour; UBSan runs this file in CI), every decimal error names its real cause,
// and a printed value is marked exact only when its digits are the whole value.
#include <accelspec/io/format.hpp>
#include <accelspec/units/decimal.hpp>
#include <accelspec/units/parse.hpp>
#include <accelspec/units/quantity.hpp>
#include <accelspec/units/rational.hpp>

#include <cstdint>
#include <limits>
#include <string>

#include "catch.hpp"

namespace as = accelspec;
using as::decimal_errc;

namespace {
constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();

decimal_errc error_of(const char* text, std::int64_t factor = 1) { return as::parse_decimal(text, factor).error; }

// Exact decimal text of num/den by long division with a cap: the reference for to_decimal, written
// independently (string arithmetic, no 128-bit helpers).
std::string long_division(std::uint64_t num, std::uint64_t den, int max_places) {
  std::string out = std::to_string(num / den);
  std::uint64_t rem = num % den;
  std::string frac;
  for (int i = 0; i < max_places && rem != 0; ++i) {
    // rem < den < 2^63: rem * 10 can overflow 64 bits, so add rem ten times with a carry check.
    std::uint64_t acc = 0;
    int digit = 0;
    for (int k = 0; k < 10; ++k) {
      acc += rem;
      if (acc >= den) {
        acc -= den;
        ++digit;
      }
    }
    rem = acc;
    frac += static_cast<char>('0' + digit);
  }
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  return frac.empty() ? out : out + "." + frac;
}
}  // namespace

TEST_CASE("powers of ten beyond an int64 are an error, not an overflow", "[units][ub]") {
  CHECK(as::rational::from_decimal(1, 18) == as::rational(1, 1'000'000'000'000'000'000));
  CHECK(as::rational::from_decimal(592, 2) == as::rational(148, 25));
  CHECK_THROWS_AS(as::rational::from_decimal(1, 19), as::error);
  CHECK_THROWS_AS(as::rational::from_decimal(1, -1), as::error);
  CHECK_THROWS_WITH(as::rational::from_decimal(1, 400), Catch::Contains("power of ten out of range"));
  STATIC_REQUIRE(as::detail::pow10(18) == 1'000'000'000'000'000'000);
}

TEST_CASE("rational arithmetic at the int64 edges is checked", "[units][ub]") {
  CHECK_THROWS_AS(as::rational(1, min64), as::error);   // the sign cannot move to the numerator
  CHECK_THROWS_AS(as::rational(min64, -1), as::error);  // -INT64_MIN does not fit
  CHECK_THROWS_AS(as::rational(1) / as::rational(min64), as::error);
  CHECK_THROWS_AS(as::rational(max64) + as::rational(1), as::error);
  CHECK_THROWS_AS(as::rational(min64) - as::rational(1), as::error);
  CHECK_THROWS_AS(as::rational(0) - as::rational(min64), as::error);
  CHECK_THROWS_AS(as::rational(max64) * as::rational(2), as::error);
  // 2^63 fits an int64 only as -2^63.
  CHECK_THROWS_AS(as::rational(std::int64_t{1} << 62) * as::rational(2), as::error);
  CHECK(as::rational(std::int64_t{1} << 62) * as::rational(-2) == as::rational(min64));
  // The sign lives in the numerator; the fraction is in lowest terms.
  CHECK(as::rational(3, -1) == as::rational(-3));
  CHECK(as::rational(1, -2).denominator() == 2);
  CHECK(as::rational(1, -2).numerator() == -1);
  CHECK(as::rational(-6, -4) == as::rational(3, 2));
  CHECK_THROWS_AS(as::rational(1, max64) + as::rational(1, max64 - 1), as::error);
  CHECK(as::rational(min64).floor() == min64);
  CHECK(as::rational(min64, 3).floor() == min64 / 3 - 1);
  CHECK(as::rational(max64, 2).ceil() == max64 / 2 + 1);
  CHECK(as::rational(min64) < as::rational(max64));
  CHECK(as::rational(min64, max64) < as::rational(-1));
  const as::dense_rate top = as::dense_rate::from_count(max64);
  const as::dense_rate bottom = as::dense_rate::from_count(min64);
  CHECK_THROWS_AS(bottom - as::dense_rate::from_count(1), as::error);
  CHECK_THROWS_AS(bottom * -1, as::error);
  CHECK_THROWS_AS(top * 2, as::error);
  CHECK_THROWS_AS(bottom / as::dense_rate::from_count(-1), as::error);
  CHECK_THROWS_AS(as::dense_from_macs(as::mac_rate::from_count(max64 / 2 + 1)), as::error);
  CHECK_THROWS_AS(as::dense_from_sparse(as::sparse_rate::from_count(4), as::sparsity{1, 2}), as::error);
  CHECK_THROWS_AS(as::dense_from_sparse(as::sparse_rate::from_count(4), as::sparsity{0, 0}), as::error);
}

TEST_CASE("to_decimal prints every int64 value, INT64_MIN included", "[io][ub]") {
  CHECK(as::io::to_decimal(as::rational(min64)).text == "-9223372036854775808");
  CHECK(as::io::to_decimal(as::rational(min64)).exact);
  CHECK(as::io::to_decimal(as::rational(max64)).text == "9223372036854775807");
  CHECK(as::io::to_decimal(as::rational(min64, 5)).text == "-1844674407370955161.6");
  CHECK(as::io::to_decimal(as::rational(min64 + 1, max64)).text == "-1");
  const as::io::decimal_text third = as::io::to_decimal(as::rational(min64, 3), 3);
  CHECK(third.text == "-3074457345618258602.666");
  CHECK_FALSE(third.exact);
}

TEST_CASE("a terminating decimal prints all of its digits and only then is exact", "[io][exact]") {
  // The reproducer of the issue: 1 TFLOPS-unit over 8.388608 mm^2 is 0.0000019073486328125.
  const as::io::decimal_text d = as::io::to_decimal(as::rational(1, 524'288));
  CHECK(d.text == "0.0000019073486328125");
  CHECK(d.exact);
  // The largest powers of two and of five below 2^63: 62 and 27 decimal places.
  const as::io::decimal_text p2 = as::io::to_decimal(as::rational(1, std::int64_t{1} << 62));
  CHECK(p2.exact);
  CHECK(p2.text == long_division(1, std::uint64_t{1} << 62, 100));
  CHECK(p2.text.size() == 2 + 62);
  std::int64_t five27 = 1;
  for (int i = 0; i < 27; ++i) five27 *= 5;
  const as::io::decimal_text p5 = as::io::to_decimal(as::rational(3, five27));
  CHECK(p5.exact);
  CHECK(p5.text == long_division(3, static_cast<std::uint64_t>(five27), 100));
  // A sweep of awkward denominators: the exact flag holds exactly when the digits are the value,
  // and the digits agree with an independent long division.
  for (std::int64_t den : {std::int64_t{3}, std::int64_t{7}, std::int64_t{814}, std::int64_t{1} << 40,
                           std::int64_t{1'000'000'007}, max64, max64 - 1, std::int64_t{5'000'000'000'000'000'000},
                           std::int64_t{2'048} * 5 * 5 * 5, std::int64_t{6'103'515'625}}) {
    for (std::int64_t num : {std::int64_t{1}, std::int64_t{2}, std::int64_t{999'999}, max64 / 3, max64}) {
      INFO(num << "/" << den);
      const as::rational r(num, den);
      const as::io::decimal_text t = as::io::to_decimal(r, 6);
      CHECK(t.exact == r.is_terminating_decimal());
      const auto n = static_cast<std::uint64_t>(r.numerator());
      const auto dd = static_cast<std::uint64_t>(r.denominator());
      CHECK(t.text == long_division(n, dd, t.exact ? 100 : 6));
      if (!t.exact) CHECK(as::io::pretty(r, 6).front() == '~');
    }
  }
}

TEST_CASE("decimal errors name the real cause", "[units][parse]") {
  // Too large, even with decimals: 9223372036854.775808 TFLOPS is 2^63 counts of 10^-6 TFLOPS.
  CHECK(error_of("9223372036854.775808", 1'000'000) == decimal_errc::too_large);
  CHECK(as::parse_decimal("9223372036854.775807", 1'000'000).count == max64);
  CHECK(error_of("9223372036854775808") == decimal_errc::too_large);
  CHECK(error_of("9223372036854775807.5") == decimal_errc::too_large);  // at the edge of the range
  CHECK(error_of("99999999999999999999.1") == decimal_errc::too_large);
  CHECK(error_of("12345678901234567890123e-10") == decimal_errc::too_precise);
  CHECK(error_of("1234567890123456789012345e-10", 1'000'000) == decimal_errc::too_large);
  CHECK(error_of("0.12345678901234567891") == decimal_errc::too_precise);
  CHECK(error_of("1.0000000000000000001", 1'000'000) == decimal_errc::too_precise);
  CHECK(error_of("1.00000000000000000000") == decimal_errc::ok);  // trailing zeros are no digits
  CHECK(error_of("0.0000001", 1'000'000) == decimal_errc::too_precise);
  CHECK(error_of("1e19") == decimal_errc::too_large);
  // The exponent: out of range (beyond 400 either way) is not malformed, and not "too large".
  CHECK(error_of("1e401") == decimal_errc::exponent_out_of_range);
  CHECK(error_of("0e999") == decimal_errc::exponent_out_of_range);
  CHECK(error_of("1e-401") == decimal_errc::exponent_out_of_range);
  CHECK(error_of("1e99999999999999999999999") == decimal_errc::exponent_out_of_range);
  CHECK(error_of("1e400") == decimal_errc::too_large);
  CHECK(error_of("0e400") == decimal_errc::ok);
  CHECK(error_of("1e") == decimal_errc::bad_exponent);
  CHECK(error_of("1e+") == decimal_errc::bad_exponent);
  CHECK(error_of("1e401x") == decimal_errc::invalid_character);
  CHECK(as::describe(decimal_errc::exponent_out_of_range).find("exponent out of range") != std::string_view::npos);
  CHECK(as::describe(decimal_errc::too_large) == "value too large");
  // The same causes through parse_quantity.
  CHECK(as::parse_quantity<as::dense_rate>("9223372036854.775808").error == decimal_errc::too_large);
  CHECK(as::parse_quantity<as::area>("1e401").error == decimal_errc::exponent_out_of_range);
}

TEST_CASE("the parse errors are compile-time values too", "[units][parse]") {
  STATIC_REQUIRE(as::parse_decimal("9223372036854.775808", 1'000'000).error == decimal_errc::too_large);
  STATIC_REQUIRE(as::parse_decimal("1e401", 1).error == decimal_errc::exponent_out_of_range);
  STATIC_REQUIRE(as::parse_decimal("0.0000001", 1'000'000).error == decimal_errc::too_precise);
}
