// Number formats and the rule's "bit length of the operation".
//
// Technical Note to 3A090 (TPP, item c): the bit length of a multiply-accumulate is the largest
// bit length of the inputs to the multiply. For every format here that is the storage width of
// its inputs, except TF32, which the text does not settle (see tf32_reading).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

namespace accelspec {

enum class number_format : std::uint8_t {
  fp64,
  fp32,
  tf32,
  bf16,
  fp16,
  fp8,
  fp8_e4m3,
  fp8_e5m2,
  fp6,
  fp4,
  int32,
  int16,
  int8,
  int4,
};

// TF32 keeps 19 significant bits (sign, 8 exponent, 10 mantissa) in a 32-bit container. Which of
// the two is its "bit length of the operation" is not said in the rule. A TPP (a number) reads 32
// unless told otherwise: the conservative reading, which can only raise a TPP, never hide one.
// classify() and eccn_of() read both unless told which (rules/classify.hpp).
enum class tf32_reading : std::uint8_t {
  container_32,    // 32 bits: the register/container width (tpp()'s default, conservative)
  significant_19,  // 19 bits: the bits that take part in the multiply
};

struct format_info {
  number_format format{};
  std::string_view key{};  // lower-case spelling used by the CLI and JSON
  int bits;                // bit length of the operation (TF32: the container reading)
  bool floating{};
};

inline constexpr std::array<format_info, 14> format_table{{
    {number_format::fp64, "fp64", 64, true},
    {number_format::fp32, "fp32", 32, true},
    {number_format::tf32, "tf32", 32, true},
    {number_format::bf16, "bf16", 16, true},
    {number_format::fp16, "fp16", 16, true},
    {number_format::fp8, "fp8", 8, true},
    {number_format::fp8_e4m3, "fp8_e4m3", 8, true},
    {number_format::fp8_e5m2, "fp8_e5m2", 8, true},
    {number_format::fp6, "fp6", 6, true},
    {number_format::fp4, "fp4", 4, true},
    {number_format::int32, "int32", 32, false},
    {number_format::int16, "int16", 16, false},
    {number_format::int8, "int8", 8, false},
    {number_format::int4, "int4", 4, false},
}};

constexpr const format_info& info(number_format f) noexcept { return format_table[static_cast<std::size_t>(f)]; }

constexpr std::string_view key(number_format f) noexcept { return info(f).key; }

// The rule's bit length for a format, with TF32 read as chosen.
constexpr int bit_length(number_format f, tf32_reading tf32 = tf32_reading::container_32) noexcept {
  if (f == number_format::tf32 && tf32 == tf32_reading::significant_19) return 19;
  return info(f).bits;
}

// Looks a format up by its key ("fp16", "int8", "fp8_e4m3"); nullopt when unknown.
constexpr maybe<number_format> format_from_key(std::string_view k) noexcept {
  for (const format_info& fi : format_table) {
    if (fi.key == k) return fi.format;
  }
  return std::nullopt;
}

inline constexpr number_format fp64 = number_format::fp64;
inline constexpr number_format fp32 = number_format::fp32;
inline constexpr number_format tf32 = number_format::tf32;
inline constexpr number_format bf16 = number_format::bf16;
inline constexpr number_format fp16 = number_format::fp16;
inline constexpr number_format fp8 = number_format::fp8;
inline constexpr number_format fp8_e4m3 = number_format::fp8_e4m3;
inline constexpr number_format fp8_e5m2 = number_format::fp8_e5m2;
inline constexpr number_format fp6 = number_format::fp6;
inline constexpr number_format fp4 = number_format::fp4;
inline constexpr number_format int32 = number_format::int32;
inline constexpr number_format int16 = number_format::int16;
inline constexpr number_format int8 = number_format::int8;
inline constexpr number_format int4 = number_format::int4;

}  // namespace accelspec
