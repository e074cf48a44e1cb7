// What an accelerator is: a plain aggregate, written with designated initializers.
//
//   constexpr accelspec::accelerator h20{
//       .name = "NVIDIA H20",
//       .market = accelspec::market::datacenter,
//       .compute = {accelspec::dense(accelspec::fp16, 148_tflops), accelspec::dense(accelspec::fp8, 296_tflops)},
//       .dies = {{.name = "GH100", .area = 814_mm2, .transistors = accelspec::non_planar}},
//   };
//
// Anything not known stays unknown (an empty maybe<T>: std::nullopt, or market::unknown); nothing
// defaults to zero.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

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

// The physical form the product is sold in. Not read by the rules: analysts filter by it, and it
// tells a card (whose host link is its only I/O) from a module on a scale-up fabric.
enum class form_factor : std::uint8_t {
  unknown,
  pcie,       // add-in card on PCI Express
  sxm,        // NVIDIA SXM module
  oam,        // OCP Accelerator Module
  superchip,  // GPU and CPU on one board (GH200, GB200); figures are per GPU
  board,      // a vendor's own board or module (cloud accelerators, TPU trays, ...); not named
              // "module", which nvcc reads as the start of a C++20 module declaration
  wafer,      // wafer-scale engine
};

constexpr std::string_view key(form_factor f) noexcept {
  constexpr std::string_view keys[] = {"unknown", "pcie", "sxm", "oam", "superchip", "board", "wafer"};
  return keys[static_cast<std::size_t>(f)];
}

// How a printed link rate counts directions. Vendors print NVLink, ICI or Infinity Fabric as a
// total of both directions and PCIe or Ethernet per direction; the catalog keeps the figure as
// printed with its convention, and bidirectional() gives the comparable total.
enum class link_direction : std::uint8_t {
  unknown,        // the source does not say: the figure is a lower bound of the bidirectional rate
  bidirectional,  // the sum of both directions
  per_direction,  // one direction; the bidirectional total is twice this
};

constexpr std::string_view key(link_direction d) noexcept {
  return d == link_direction::bidirectional   ? "bidirectional"
         : d == link_direction::per_direction ? "per_direction"
                                              : "unknown";
}

// One class of link of the chip: its name ("NVLink 4", "PCIe 5.0 x16", "400G Ethernet") and its
// aggregate rate as printed. An absent link has neither.
struct link {
  std::string_view name{};
  maybe<data_rate> rate{};
  link_direction direction = link_direction::unknown;

  [[nodiscard]] constexpr bool known() const noexcept { return !name.empty() || rate.has_value(); }
  // The total of both directions, when the direction convention is known.
  [[nodiscard]] constexpr maybe<data_rate> bidirectional() const noexcept {
    if (!rate || direction == link_direction::unknown) return std::nullopt;
    return direction == link_direction::per_direction ? *rate * 2 : *rate;
  }
};

// The chip's links split the way analysts compare them: chip-to-chip scale-up fabric (NVLink,
// Infinity Fabric, ICI, UB), the host link (PCIe, C2C) and the scale-out network (NICs on the
// package, RoCE ports). The rule's single aggregate stays `accelerator::io_bandwidth`.
struct interconnect {
  link scale_up{};
  link host{};
  link scale_out{};
};

struct accelerator {
  std::string_view name{};
  std::string_view vendor{};
  // ISO 3166-1 alpha-2 code of the country where the designer (the vendor) is headquartered: "US",
  // "CN", ... Empty: unknown. Rules that turn on where an item was designed read it (e.g. the
  // General Prohibition 10 guidance on PRC-designed advanced chips).
  std::string_view designer_country{};
  accelspec::market market = accelspec::market::unknown;
  detail::fixed_list<compute_rate, 24> compute{};  // dense peak rates
  detail::fixed_list<die, 16> dies{};
  memory_system memory{};
  // Aggregate bidirectional transfer rate over all inputs and outputs to integrated circuits other
  // than volatile memories (the 2022 text's interconnect prong).
  maybe<data_rate> io_bandwidth{};
  maybe<power> tdp{};
  maybe<std::chrono::year_month_day> released{};
  // Analysts' fields; the rules read none of them.
  accelspec::form_factor form_factor = accelspec::form_factor::unknown;
  accelspec::interconnect links{};
  maybe<std::int64_t> transistor_count{};  // whole package, as the vendor prints it
};

}  // namespace accelspec
