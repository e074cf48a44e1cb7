// Numbers for people and scripts. Exact values print exactly ("15831.2", never "15831.199999");
// a ratio with no finite decimal expansion (2368/814) is cut, never rounded, after a fixed
// number of places. Cutting toward zero keeps every printed value on the same side of any
// threshold with that many places or fewer: 5.9199999... prints as 5.919999, not 5.92.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string>
#include <string_view>

#include "../metrics/tpp.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"

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
