// Exact decimal parsing, shared by the compile-time literals (`989.4_tflops`) and run-time text
// (`--dense fp16=989.4`). A decimal is read digit by digit into an integer mantissa and a power
// of ten, then scaled to the quantity's smallest unit by integer arithmetic. No step goes
// through floating point, so "989.4" is 989.4 and never 989.39999999999998.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

#include "../detail/arith.hpp"

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
