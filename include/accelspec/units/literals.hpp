// User-defined literals for exact quantities: 989.4_tflops, 4.8_TBps, 814_mm2, 141_GB, 700_W.
//
// Each literal is a raw literal operator template, so the compiler hands us the characters as
// written ("989.4") and the value is parsed exactly at compile time, never converted to double.
// A literal that cannot be held exactly (more decimal places than the smallest unit) is rejected
// with a message, not rounded.
#pragma once

#include <cstdint>
#include <string_view>

#include "decimal.hpp"
#include "quantity.hpp"

namespace accelspec {
namespace detail {

template <class Q, std::int64_t Factor, char... Cs>
consteval Q make_literal() {
  constexpr char text[] = {Cs...};
  constexpr decimal_result r = parse_decimal(std::string_view(text, sizeof...(Cs)), Factor, true);
  static_assert(r.error != decimal_errc::too_precise,
                "accelspec: literal has more decimal places than the quantity can hold exactly");
  static_assert(r.error != decimal_errc::too_large, "accelspec: literal value is too large for the quantity");
  static_assert(r.error != decimal_errc::invalid_character,
                "accelspec: quantity literals must be decimal numbers (no hexadecimal, octal or binary)");
  static_assert(r.ok(), "accelspec: malformed quantity literal");
  return Q::from_count(r.count);
}

}  // namespace detail

namespace literals {

// Dense operation rates, as printed on datasheets (one MAC = two operations).
template <char... Cs>
consteval dense_rate operator""_gops() {
  return detail::make_literal<dense_rate, 1'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_gflops() {
  return detail::make_literal<dense_rate, 1'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_tops() {
  return detail::make_literal<dense_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_tflops() {
  return detail::make_literal<dense_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_pops() {
  return detail::make_literal<dense_rate, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval dense_rate operator""_pflops() {
  return detail::make_literal<dense_rate, 1'000'000'000, Cs...>();
}

// Sparse headline rates: usable only through accelspec::dense_from_sparse.
template <char... Cs>
consteval sparse_rate operator""_sparse_tops() {
  return detail::make_literal<sparse_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval sparse_rate operator""_sparse_tflops() {
  return detail::make_literal<sparse_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval sparse_rate operator""_sparse_pops() {
  return detail::make_literal<sparse_rate, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval sparse_rate operator""_sparse_pflops() {
  return detail::make_literal<sparse_rate, 1'000'000'000, Cs...>();
}

// The regulation's MacTOPS (tera multiply-accumulates per second).
template <char... Cs>
consteval mac_rate operator""_mactops() {
  return detail::make_literal<mac_rate, 1'000'000, Cs...>();
}

// Data rates. Decimal prefixes are powers of ten; binary ones (GiB/s) are powers of two.
template <char... Cs>
consteval data_rate operator""_MBps() {
  return detail::make_literal<data_rate, 1'000'000, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_GBps() {
  return detail::make_literal<data_rate, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_TBps() {
  return detail::make_literal<data_rate, 1'000'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_GiBps() {
  return detail::make_literal<data_rate, 1'073'741'824, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_TiBps() {
  return detail::make_literal<data_rate, 1'099'511'627'776, Cs...>();
}
template <char... Cs>
consteval data_rate operator""_Gbps() {
  return detail::make_literal<data_rate, 125'000'000, Cs...>();
}  // gigabits/s

// Data sizes.
template <char... Cs>
consteval data_size operator""_MB() {
  return detail::make_literal<data_size, 1'000'000, Cs...>();
}
template <char... Cs>
consteval data_size operator""_GB() {
  return detail::make_literal<data_size, 1'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_size operator""_TB() {
  return detail::make_literal<data_size, 1'000'000'000'000, Cs...>();
}
template <char... Cs>
consteval data_size operator""_MiB() {
  return detail::make_literal<data_size, 1'048'576, Cs...>();
}
template <char... Cs>
consteval data_size operator""_GiB() {
  return detail::make_literal<data_size, 1'073'741'824, Cs...>();
}
template <char... Cs>
consteval data_size operator""_TiB() {
  return detail::make_literal<data_size, 1'099'511'627'776, Cs...>();
}

// Area, power, frequency.
template <char... Cs>
consteval area operator""_mm2() {
  return detail::make_literal<area, 1'000'000, Cs...>();
}
template <char... Cs>
consteval power operator""_W() {
  return detail::make_literal<power, 1'000, Cs...>();
}
template <char... Cs>
consteval power operator""_kW() {
  return detail::make_literal<power, 1'000'000, Cs...>();
}
template <char... Cs>
consteval frequency operator""_MHz() {
  return detail::make_literal<frequency, 1'000'000, Cs...>();
}
template <char... Cs>
consteval frequency operator""_GHz() {
  return detail::make_literal<frequency, 1'000'000'000, Cs...>();
}

}  // namespace literals
}  // namespace accelspec
