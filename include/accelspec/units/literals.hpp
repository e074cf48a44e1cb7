// User-defined literals for exact quantities: 989.4_tflops, 4.8_TBps, 814_mm2, 141_GB, 700_W.
//
// Each literal is a raw literal operator, so the compiler hands us the characters as written
// ("989.4") and the value is parsed exactly at compile time, never converted to double. A literal
// that cannot be held exactly (more decimal places than the smallest unit) is rejected with a
// message, not rounded: the operators are consteval, so the failing check stops the compile on
// the line that carries the message.
//
// The operators take the characters as a `const char*` rather than as a template parameter pack:
// a pack instantiates the parser once per distinct spelling (a catalog writes hundreds), the
// pointer form once per unit.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

#include "../detail/error.hpp"
#include "decimal.hpp"
#include "quantity.hpp"

namespace accelspec {
namespace detail {

// Keep each message on the line of its check: that line is what the compiler prints.
template <class Q, std::int64_t Factor>
consteval Q make_literal(const char* text) {
  static_assert(Factor > 0);
  // The short spelling read in one lean loop up to the literal's end (no length taken first), as
  // parse_decimal() reads it, and scaled as scale_short() scales it when the unit holds its decimal
  // places (written out: with the factor a constant it is a fifth of a literal's steps fewer than
  // the call). Any other spelling, or a short one the unit does not hold so, goes to
  // parse_decimal(), which gives the same value or error and whose error is named below.
  if (const short_decimal s = read_short_decimal<true>(text, nullptr, true); s.read) {
    const std::int64_t power = ten_to.of[s.places], scale = Factor / power;
    if (Factor % power == 0 && s.digits <= i64_max / scale) return Q::from_count(s.digits * scale);
  }
  std::size_t length = 0;  // not std::string_view(text): libstdc++ counts in a slower loop there
  while (text[length] != '\0') ++length;
  const decimal_result r = parse_decimal(std::string_view(text, length), Factor, true);
  if (r.error == decimal_errc::too_precise) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: literal has more decimal places than the quantity can hold exactly");
  }
  if (r.error == decimal_errc::too_large) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: literal value is too large for the quantity");
  }
  if (r.error == decimal_errc::invalid_character) {
    ACCELSPEC_FAIL(invalid_quantity,
                   "accelspec: quantity literals must be decimal numbers (no hexadecimal, octal or binary)");
  }
  if (!r.ok()) ACCELSPEC_FAIL(invalid_quantity, "accelspec: malformed quantity literal");
  return Q::from_count(r.count);
}

}  // namespace detail

namespace literals {

// Dense operation rates, as printed on datasheets (one MAC = two operations).
consteval dense_rate operator""_gops(const char* text) { return detail::make_literal<dense_rate, 1'000>(text); }
consteval dense_rate operator""_gflops(const char* text) { return detail::make_literal<dense_rate, 1'000>(text); }
consteval dense_rate operator""_tops(const char* text) { return detail::make_literal<dense_rate, 1'000'000>(text); }
consteval dense_rate operator""_tflops(const char* text) { return detail::make_literal<dense_rate, 1'000'000>(text); }
consteval dense_rate operator""_pops(const char* text) { return detail::make_literal<dense_rate, 1'000'000'000>(text); }
consteval dense_rate operator""_pflops(const char* text) {
  return detail::make_literal<dense_rate, 1'000'000'000>(text);
}

// Sparse headline rates: usable only through accelspec::dense_from_sparse.
consteval sparse_rate operator""_sparse_tops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000>(text);
}
consteval sparse_rate operator""_sparse_tflops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000>(text);
}
consteval sparse_rate operator""_sparse_pops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000'000>(text);
}
consteval sparse_rate operator""_sparse_pflops(const char* text) {
  return detail::make_literal<sparse_rate, 1'000'000'000>(text);
}

// The regulation's MacTOPS (tera multiply-accumulates per second).
consteval mac_rate operator""_mactops(const char* text) { return detail::make_literal<mac_rate, 1'000'000>(text); }

// Data rates. Decimal prefixes are powers of ten; binary ones (GiB/s) are powers of two.
consteval data_rate operator""_MBps(const char* text) { return detail::make_literal<data_rate, 1'000'000>(text); }
consteval data_rate operator""_GBps(const char* text) { return detail::make_literal<data_rate, 1'000'000'000>(text); }
consteval data_rate operator""_TBps(const char* text) {
  return detail::make_literal<data_rate, 1'000'000'000'000>(text);
}
consteval data_rate operator""_GiBps(const char* text) { return detail::make_literal<data_rate, 1'073'741'824>(text); }
consteval data_rate operator""_TiBps(const char* text) {
  return detail::make_literal<data_rate, 1'099'511'627'776>(text);
}
consteval data_rate operator""_Gbps(const char* text) {
  return detail::make_literal<data_rate, 125'000'000>(text);
}  // gigabits/s

// Data sizes.
consteval data_size operator""_MB(const char* text) { return detail::make_literal<data_size, 1'000'000>(text); }
consteval data_size operator""_GB(const char* text) { return detail::make_literal<data_size, 1'000'000'000>(text); }
consteval data_size operator""_TB(const char* text) { return detail::make_literal<data_size, 1'000'000'000'000>(text); }
consteval data_size operator""_MiB(const char* text) { return detail::make_literal<data_size, 1'048'576>(text); }
consteval data_size operator""_GiB(const char* text) { return detail::make_literal<data_size, 1'073'741'824>(text); }
consteval data_size operator""_TiB(const char* text) {
  return detail::make_literal<data_size, 1'099'511'627'776>(text);
}

// Area, power, frequency.
consteval area operator""_mm2(const char* text) { return detail::make_literal<area, 1'000'000>(text); }
consteval power operator""_W(const char* text) { return detail::make_literal<power, 1'000>(text); }
consteval power operator""_kW(const char* text) { return detail::make_literal<power, 1'000'000>(text); }
consteval frequency operator""_MHz(const char* text) { return detail::make_literal<frequency, 1'000'000>(text); }
consteval frequency operator""_GHz(const char* text) { return detail::make_literal<frequency, 1'000'000'000>(text); }

}  // namespace literals
}  // namespace accelspec
