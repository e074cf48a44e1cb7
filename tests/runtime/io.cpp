// Printing: exact values print exactly, cut values are marked and never rounded across a threshold.
#include <accelspec/io.hpp>

#include "catch.hpp"

namespace as = accelspec;

TEST_CASE("exact decimals print exactly", "[io]") {
  CHECK(as::io::to_decimal(as::rational(158312, 10)).text == "15831.2");
  CHECK(as::io::to_decimal(as::rational(158312, 10)).exact);
  CHECK(as::io::to_decimal(as::rational(4800)).text == "4800");
  CHECK(as::io::to_decimal(as::rational(-5, 4)).text == "-1.25");
  CHECK(as::io::to_decimal(as::rational(1, 1024)).text == "0.0009765625");
}

TEST_CASE("non-terminating values are cut toward zero, never rounded up to a threshold", "[io]") {
  // 5.92 - 10^-12 must not print as 5.92.
  const as::rational just_below = as::rational(592, 100) - as::rational(1, 3'000'000'000);
  CHECK(as::io::to_decimal(just_below, 6).text == "5.919999");
  const as::io::decimal_text h20 = as::io::to_decimal(as::rational(2368, 814), 6);
  CHECK(h20.text == "2.90909");  // cut after six places; the trailing zero is dropped
  CHECK_FALSE(h20.exact);
  CHECK(as::io::pretty(as::rational(2368, 814), 2) == "~2.9");
  CHECK(as::io::to_decimal(as::rational(2, 3), 4).text == "0.6666");
}

TEST_CASE("thousands are grouped in sentences only", "[io]") {
  CHECK(as::io::group_thousands("15831.2") == "15,831.2");
  CHECK(as::io::group_thousands("1234567") == "1,234,567");
  CHECK(as::io::group_thousands("-1000.5") == "-1,000.5");
  CHECK(as::io::group_thousands("999") == "999");
}

TEST_CASE("dates are strict ISO 8601 calendar dates", "[io]") {
  CHECK(as::io::parse_date("2026-01-15").has_value());
  CHECK_FALSE(as::io::parse_date("2023-02-29").has_value());
  CHECK(as::io::parse_date("2024-02-29").has_value());
  CHECK_FALSE(as::io::parse_date("2026-13-01").has_value());
  CHECK_FALSE(as::io::parse_date("2026-1-15").has_value());
  CHECK_FALSE(as::io::parse_date("2026/01/15").has_value());
  CHECK_FALSE(as::io::parse_date("").has_value());
  CHECK_FALSE(as::io::parse_date("20260115xx").has_value());
}

TEST_CASE("JSON strings are escaped", "[io]") {
  CHECK(as::io::json_string("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
}
