// The whole catalog as one constexpr range, and lookup by id or alias.
//
//   for (const catalog::entry* e : catalog::all) ...
//   static_assert(catalog::find("H20")->id == "nvidia-h20");
//
// Lookup is ASCII case-insensitive and works in constant expressions and at run time.
#pragma once

#include <array>
#include <string_view>

#include "amd.hpp"
#include "entry.hpp"
#include "huawei.hpp"
#include "nvidia.hpp"

namespace accelspec::catalog {

// Every entry, grouped by vendor.
inline constexpr std::array all = {
    // NVIDIA
    &nvidia::a100_sxm_entry,
    &nvidia::a800_sxm_entry,
    &nvidia::h100_sxm_entry,
    &nvidia::h20_entry,
    &nvidia::h200_sxm_entry,
    &nvidia::b200_entry,
    &nvidia::l4_entry,
    &nvidia::rtx_4090_entry,
    &nvidia::rtx_4090d_entry,
    // AMD
    &amd::mi300x_entry,
    &amd::mi325x_entry,
    // Huawei
    &huawei::ascend_910b_entry,
    &huawei::ascend_910c_entry,
};

namespace detail {

constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool iequal(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

}  // namespace detail

// The entry whose id or one of whose aliases equals `key` (ignoring ASCII case); nullptr if none.
constexpr const entry* find(std::string_view key) noexcept {
  for (const entry* e : all) {
    if (detail::iequal(e->id, key)) return e;
  }
  for (const entry* e : all) {
    for (const std::string_view alias : e->aliases) {
      if (detail::iequal(alias, key)) return e;
    }
  }
  return nullptr;
}

}  // namespace accelspec::catalog
