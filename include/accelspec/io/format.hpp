// Numbers for people and scripts. Exact values print exactly ("15831.2", never "15831.199999");
// a ratio with no finite decimal expansion (2368/814) is cut, never rounded, after a fixed
// number of places. Cutting toward zero keeps every printed value on the same side of any
// threshold with that many places or fewer: 5.9199999... prints as 5.919999, not 5.92.
#pragma once

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
