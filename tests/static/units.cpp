// Exact quantities at compile time: literals parse digit by digit, kinds do not mix, and
// arithmetic never rounds.
#include <accelspec/accelspec.hpp>

#include <type_traits>

#include "catch.hpp"

using namespace accelspec::literals;
namespace as = accelspec;

TEST_CASE("literals are exact decimal values in the smallest unit", "[units][static]") {
  STATIC_REQUIRE((989.4_tflops).count() == 989'400'000);  // 10^6 op/s per count
  STATIC_REQUIRE((1978.9_tops).count() == 1'978'900'000);
  STATIC_REQUIRE(1'000_tops == 1_pops);
  STATIC_REQUIRE(1e3_tflops == 1_pflops);
  STATIC_REQUIRE(0.5e-3_pflops == 0.5_tflops);
  STATIC_REQUIRE((4.8_TBps).count() == 4'800'000'000'000);
  STATIC_REQUIRE(4.8_TBps == 4800_GBps);
  STATIC_REQUIRE((96_GiB).count() == 103'079'215'104);  // binary prefix: 96 x 2^30 bytes
  STATIC_REQUIRE(96_GiB != 96_GB);
  STATIC_REQUIRE((1_TiBps).count() == 1'099'511'627'776);
  STATIC_REQUIRE((665.61_mm2).count() == 665'610'000);  // µm²
  STATIC_REQUIRE((700_W).count() == 700'000);
  STATIC_REQUIRE(1.98_GHz == 1980_MHz);
  STATIC_REQUIRE(8_Gbps == 1_GBps);
}

TEST_CASE("the decimal parser never goes through binary floating point", "[units][static]") {
  // 0.1 + 0.2 != 0.3 in double; here the sum is exact.
  STATIC_REQUIRE(0.1_tflops + 0.2_tflops == 0.3_tflops);
  STATIC_REQUIRE(as::parse_decimal("989.4", 1'000'000).count == 989'400'000);
  STATIC_REQUIRE(as::parse_decimal("0.000001", 1'000'000).count == 1);
  STATIC_REQUIRE(as::parse_decimal("0.0000001", 1'000'000).error == as::decimal_errc::too_precise);
  STATIC_REQUIRE(as::parse_decimal("1.5e2", 1).count == 150);
  STATIC_REQUIRE(as::parse_decimal("15e-1", 10).count == 15);
  STATIC_REQUIRE(as::parse_decimal("00012.5000", 10).count == 125);
  STATIC_REQUIRE(as::parse_decimal("", 1).error == as::decimal_errc::empty);
  STATIC_REQUIRE(as::parse_decimal("-1", 1).error == as::decimal_errc::negative);
  STATIC_REQUIRE(as::parse_decimal("1.2.3", 1).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_decimal("abc", 1).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_decimal(".", 1).error == as::decimal_errc::no_digits);
  STATIC_REQUIRE(as::parse_decimal("1e", 1).error == as::decimal_errc::bad_exponent);
  STATIC_REQUIRE(as::parse_decimal("1e99", 1).error == as::decimal_errc::too_large);
  STATIC_REQUIRE(as::parse_decimal("99999999999999999999", 1).error == as::decimal_errc::too_large);
  STATIC_REQUIRE(as::parse_decimal("0x10", 1).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_decimal("nan", 1).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_decimal("inf", 1).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_quantity<as::area>("814").value == 814_mm2);
}

// The short spelling (digits, one point, separators, at most 18 digits) is read by one lean loop,
// detail::read_short_decimal, for quantity literals and for parse_decimal's short form; scaled
// (scale_short), it gives parse_decimal's value or error. Every other spelling is left to
// parse_decimal's general loop, which names the error.
template <std::int64_t Factor>
consteval as::decimal_result short_and_parsed(const char* text, bool& same) {
  const as::detail::short_decimal s = as::detail::read_short_decimal<true>(text, nullptr, true);
  std::size_t length = 0;
  while (text[length] != '\0') ++length;
  const as::decimal_result r = as::parse_decimal(std::string_view(text, length), Factor, true);
  const as::decimal_result m = as::detail::scale_short(s, Factor);
  same = s.read && m.count == r.count && m.error == r.error;
  return m;
}
template <std::int64_t Factor>
consteval bool short_reading(const char* text, std::int64_t expected) {
  bool same = false;
  const as::decimal_result m = short_and_parsed<Factor>(text, same);
  return same && m.ok() && m.count == expected;
}
template <std::int64_t Factor>
consteval bool short_error(const char* text, as::decimal_errc expected) {
  bool same = false;
  return short_and_parsed<Factor>(text, same).error == expected && same;
}
consteval bool not_short(const char* text) { return !as::detail::read_short_decimal<true>(text, nullptr, true).read; }
TEST_CASE("the short spelling's lean reading is parse_decimal's, and the rest go to its general loop",
          "[units][static]") {
  STATIC_REQUIRE(short_reading<1'000'000>("989.4", 989'400'000));
  STATIC_REQUIRE(short_reading<1'000'000>("0.000001", 1));  // as many places as the unit holds
  STATIC_REQUIRE(short_error<1'000'000>("0.0000001", as::decimal_errc::too_precise));  // one more
  STATIC_REQUIRE(short_reading<10>("1'000.5", 10'005));
  STATIC_REQUIRE(short_reading<10>("1.", 10));
  STATIC_REQUIRE(short_reading<10>(".5", 5));
  STATIC_REQUIRE(short_reading<10>("1.50", 15));  // more places than the unit holds, but zeros
  STATIC_REQUIRE(short_reading<10>("017", 170));  // leading zeros: decimal, as parse_decimal reads them
  // A binary factor holds no decimal place: 1.5 GiB is scaled exactly all the same.
  STATIC_REQUIRE(short_reading<1'073'741'824>("96", 103'079'215'104));
  STATIC_REQUIRE(short_reading<1'073'741'824>("1.5", 1'610'612'736));
  STATIC_REQUIRE((1.5_GiB).count() == 1'610'612'736);
  STATIC_REQUIRE(short_error<1'073'741'824>("1.3", as::decimal_errc::too_precise));
  // 18 digits are short, 19 are not; at the edge of the count's range on both sides.
  STATIC_REQUIRE(short_reading<1>("123456789012345678", 123'456'789'012'345'678));
  STATIC_REQUIRE(not_short("1234567890123456789"));
  STATIC_REQUIRE(short_reading<10>("922337203685477580", 9'223'372'036'854'775'800));
  STATIC_REQUIRE(short_error<10>("922337203685477581", as::decimal_errc::too_large));  // times 10: past it
  STATIC_REQUIRE(short_error<1'000'000>("999999999999999999", as::decimal_errc::too_large));
  // The literal operators scale the short spelling themselves: the same values at the edges.
  STATIC_REQUIRE((9223372036854.775_tflops).count() == 9'223'372'036'854'775'000);
  STATIC_REQUIRE((0.000001_tflops).count() == 1);
  STATIC_REQUIRE((1'000.5_W).count() == (1000.5_W).count());
  // Exponents, prefixes, a second point, no digits, a separator where none is allowed: the
  // general loop's.
  STATIC_REQUIRE(not_short("1e3"));
  STATIC_REQUIRE(not_short("0x10"));
  STATIC_REQUIRE(not_short("1.."));
  STATIC_REQUIRE(not_short("'"));
  constexpr std::string_view separated = "1'0";
  STATIC_REQUIRE(
      as::detail::read_short_decimal<false>(separated.data(), separated.data() + separated.size(), true).read);
  STATIC_REQUIRE(
      !as::detail::read_short_decimal<false>(separated.data(), separated.data() + separated.size(), false).read);
  STATIC_REQUIRE(as::parse_decimal(separated, 1).error == as::decimal_errc::invalid_character);
}

// parse_decimal reads up to 18 digits with a point and separators in a short loop, anything else
// in the general one: both sides of that line give the same value, and the same error.
TEST_CASE("the short and the general decimal forms agree at 18 and 19 digits", "[units][static]") {
  // 18 digits (short form) and 19 (general form), the same value.
  STATIC_REQUIRE(as::parse_decimal("123456789012345678", 1).count == 123'456'789'012'345'678);
  STATIC_REQUIRE(as::parse_decimal("1234567890123456780", 1).count == 1'234'567'890'123'456'780);
  STATIC_REQUIRE(as::parse_decimal("12345678901234567.8", 10).count == 123'456'789'012'345'678);
  STATIC_REQUIRE(as::parse_decimal("1234567890123456.780", 1000).count == 1'234'567'890'123'456'780);
  // Leading and trailing zeros count as digits in the short form only; the value is the same.
  STATIC_REQUIRE(as::parse_decimal("000000000000000001.5", 10).count == 15);  // 19 digits
  STATIC_REQUIRE(as::parse_decimal("00000000000000001.5", 10).count == 15);   // 18 digits
  STATIC_REQUIRE(as::parse_decimal("1.500000000000000000", 10).count == 15);  // 19 digits
  STATIC_REQUIRE(as::parse_decimal("1.50000000000000000", 10).count == 15);   // 18 digits
  // Too precise and too large on both sides.
  STATIC_REQUIRE(as::parse_decimal("0.00000000000000001", 1'000'000).error == as::decimal_errc::too_precise);
  STATIC_REQUIRE(as::parse_decimal("0.000000000000000001", 1'000'000).error == as::decimal_errc::too_precise);
  STATIC_REQUIRE(as::parse_decimal("999999999999999999", 1'000'000).error == as::decimal_errc::too_large);
  STATIC_REQUIRE(as::parse_decimal("9999999999999999999", 1'000'000).error == as::decimal_errc::too_large);
  STATIC_REQUIRE(as::parse_decimal("9223372036854775807", 1).count == 9'223'372'036'854'775'807);  // 19 digits
  STATIC_REQUIRE(as::parse_decimal("922337203685477580.7", 10).count == 9'223'372'036'854'775'807);
  STATIC_REQUIRE(as::parse_decimal("9223372036854775808", 1).error == as::decimal_errc::too_large);
  // Separators: only where allowed; a second point or a sign inside: the general form's error.
  STATIC_REQUIRE(as::parse_decimal("1'000.5", 10, true).count == 10'005);
  STATIC_REQUIRE(as::parse_decimal("1'000.5", 10).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_decimal("1.", 1).count == 1);
  STATIC_REQUIRE(as::parse_decimal(".5", 10).count == 5);
  STATIC_REQUIRE(as::parse_decimal("1..", 1).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_decimal("1-", 1).error == as::decimal_errc::invalid_character);
  STATIC_REQUIRE(as::parse_decimal("'", 1, true).error == as::decimal_errc::no_digits);
  STATIC_REQUIRE(as::parse_decimal("0", 1'000).count == 0);
  STATIC_REQUIRE(as::parse_decimal("0.0", 1'000).count == 0);
  // A literal goes the same way: 18 digits after the point is more than a rate's 10^-6 holds.
  STATIC_REQUIRE((0.000001_tflops).count() == 1);
  STATIC_REQUIRE((123'456.5_tflops).count() == 123'456'500'000);
}

TEST_CASE("kinds are distinct types and never convert silently", "[units][static]") {
  STATIC_REQUIRE(!std::is_same_v<as::dense_rate, as::sparse_rate>);
  STATIC_REQUIRE(!std::is_constructible_v<as::dense_rate, double>);
  STATIC_REQUIRE(!std::is_constructible_v<as::dense_rate, int>);
  STATIC_REQUIRE(!std::is_constructible_v<as::area, long long>);
  // A sparse headline becomes dense only by naming the sparsity.
  STATIC_REQUIRE(as::dense_from_sparse(3958_sparse_tflops, as::sparsity::structured_2_4) == 1979_tflops);
  // Vendor-stated ratios other than 2:1 are expressible (e.g. 4:3).
  STATIC_REQUIRE(as::dense_from_sparse(400_sparse_tflops, as::sparsity{4, 3}) == 300_tflops);
  // MacTOPS are half the datasheet rate (Technical Note, item b).
  STATIC_REQUIRE(as::dense_from_macs(300_mactops) == 600_tops);
}

TEST_CASE("rationals compare exactly", "[units][static]") {
  STATIC_REQUIRE(as::rational(592, 100) == as::rational(148, 25));
  STATIC_REQUIRE(as::rational(4114400000, 695000000) == as::rational(592, 100));
  STATIC_REQUIRE(as::rational(1, 3) < as::rational(33334, 100000));
  STATIC_REQUIRE(as::rational(-1, 2) < as::rational(0));
  STATIC_REQUIRE(as::rational(7, 2).floor() == 3);
  STATIC_REQUIRE(as::rational(-7, 2).floor() == -4);
  STATIC_REQUIRE(as::rational(7, 2).ceil() == 4);
  STATIC_REQUIRE(as::rational(1, 3) + as::rational(1, 6) == as::rational(1, 2));
  STATIC_REQUIRE(as::rational(2368, 814).is_terminating_decimal() == false);
  STATIC_REQUIRE(as::rational(592, 100).is_terminating_decimal());
  // Products beyond 64 bits still compare exactly.
  STATIC_REQUIRE(as::rational(4'000'000'000'000'000'000, 3) > as::rational(4'000'000'000'000'000'000, 4));
}
