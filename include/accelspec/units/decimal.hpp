// Exact decimal parsing, shared by the compile-time literals (`989.4_tflops`) and run-time text
// (`--dense fp16=989.4`). A decimal is read digit by digit into an integer mantissa and a power
// of ten, then scaled to the quantity's smallest unit by integer arithmetic. No step goes
// through floating point, so "989.4" is 989.4 and never 989.39999999999998.
#pragma once

#include <cstdint>
#include <string_view>

#include "../detail/arith.hpp"

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
  const i64 rest = divisor / g;  // at least 1: g divides divisor
  // NOLINTNEXTLINE(clang-analyzer-core.DivideZero): the analyzer cannot see that g <= divisor
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
