// What an accelerator is: a plain aggregate, written with designated initializers.
//
//   constexpr accelspec::accelerator h20{
//       .name = "NVIDIA H20",
//       .market = accelspec::market::datacenter,
//       .compute = {accelspec::dense(accelspec::fp16, 148_tflops), accelspec::dense(accelspec::fp8, 296_tflops)},
//       .dies = {{.name = "GH100", .area = 814_mm2, .transistors = accelspec::non_planar}},
//   };
//
// Anything not known stays unknown (std::nullopt, market::unknown); nothing defaults to zero.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../detail/fixed_list.hpp"
#include "../units/quantity.hpp"
#include "die.hpp"
#include "memory.hpp"
#include "number_format.hpp"

namespace accelspec {

// Whether the item is "designed or marketed for use in datacenters" (note to 3A090.a and .b).
// The regulation does not define the phrase; it is an input, and unknown is a valid answer.
enum class market : std::uint8_t { unknown, datacenter, other };

constexpr std::string_view key(market m) noexcept {
  return m == market::datacenter ? "datacenter" : m == market::other ? "other" : "unknown";
}

// One dense peak rate of one processing unit in one number format. Entries that share a `unit`
// are modes of the same hardware (its rate at each bit length is the best of its formats);
// different units run side by side and their TPPs add up (Technical Note: TPP = TPP1 + ... + TPPn).
struct compute_rate {
  number_format format{};
  dense_rate rate{};
  std::string_view unit{};  // processing unit; empty = the chip's main matrix unit
};

// A dense rate only: a sparse headline must go through dense_from_sparse first.
constexpr compute_rate dense(number_format f, dense_rate r, std::string_view unit = {}) noexcept {
  return compute_rate{f, r, unit};
}

struct accelerator {
  std::string_view name{};
  std::string_view vendor{};
  accelspec::market market = accelspec::market::unknown;
  detail::fixed_list<compute_rate, 24> compute{};  // dense peak rates
  detail::fixed_list<die, 16> dies{};
  memory_system memory{};
  // Aggregate bidirectional transfer rate over all inputs and outputs to integrated circuits other
  // than volatile memories (the 2022 text's interconnect prong).
  std::optional<data_rate> io_bandwidth{};
  std::optional<power> tdp{};
  std::optional<std::chrono::year_month_day> released{};
};

}  // namespace accelspec
