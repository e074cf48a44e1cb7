// The whole catalog as one constexpr range, and lookup by id or alias.
//
//   for (const catalog::entry* e : catalog::all) ...
//   static_assert(catalog::find("H20")->id == "nvidia-h20");
//
// Lookup is ASCII case-insensitive and works in constant expressions and at run time.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <string_view>

#include "amd.hpp"
#include "aws.hpp"
#include "biren.hpp"
#include "entry.hpp"
#include "google.hpp"
#include "groq.hpp"
#include "huawei.hpp"
#include "intel.hpp"
#include "meta.hpp"
#include "microsoft.hpp"
#include "moore_threads.hpp"
#include "nvidia.hpp"
#include "others.hpp"
#include "sambanova.hpp"

namespace accelspec::catalog {

// Every entry, grouped by vendor.
inline constexpr std::array all = {
    // NVIDIA
    &nvidia::v100_sxm2_entry,
    &nvidia::t4_entry,
    &nvidia::a100_sxm_entry,
    &nvidia::a100_pcie_entry,
    &nvidia::a800_sxm_entry,
    &nvidia::a30_entry,
    &nvidia::a10_entry,
    &nvidia::a40_entry,
    &nvidia::h100_sxm_entry,
    &nvidia::h100_pcie_entry,
    &nvidia::h100_nvl_entry,
    &nvidia::h800_sxm_entry,
    &nvidia::h20_entry,
    &nvidia::h200_sxm_entry,
    &nvidia::h200_nvl_entry,
    &nvidia::gh200_entry,
    &nvidia::b100_entry,
    &nvidia::b200_entry,
    &nvidia::gb200_gpu_entry,
    &nvidia::b300_entry,
    &nvidia::gb300_gpu_entry,
    &nvidia::l4_entry,
    &nvidia::l2_entry,
    &nvidia::l40_entry,
    &nvidia::l40s_entry,
    &nvidia::l20_entry,
    &nvidia::rtx_4080_entry,
    &nvidia::rtx_4090_entry,
    &nvidia::rtx_4090d_entry,
    &nvidia::rtx_6000_ada_entry,
    &nvidia::rtx_5090_entry,
    &nvidia::rtx_5090d_entry,
    &nvidia::rtx_pro_6000_server_entry,
    &nvidia::rtx_pro_6000_workstation_entry,
    &nvidia::a800_pcie_entry,
    &nvidia::h800_pcie_entry,
    &nvidia::b30a_entry,
    &nvidia::rtx_pro_6000d_entry,
    // AMD
    &amd::mi100_entry,
    &amd::mi210_entry,
    &amd::mi250_entry,
    &amd::mi250x_entry,
    &amd::mi300x_entry,
    &amd::mi300a_entry,
    &amd::mi325x_entry,
    &amd::mi355x_entry,
    &amd::mi350x_entry,
    &amd::mi308x_entry,
    // Intel
    &intel::gaudi2_entry,
    &intel::gaudi2_hl225b_entry,
    &intel::gaudi3_entry,
    &intel::gaudi3_pcie_entry,
    // Huawei
    &huawei::ascend_910b_entry,
    &huawei::ascend_910c_entry,
    &huawei::ascend_910d_entry,
    // Google
    &google::tpu_v4_entry,
    &google::tpu_v5e_entry,
    &google::tpu_v5p_entry,
    &google::tpu_v6e_entry,
    &google::tpu7x_entry,
    // AWS
    &aws::trainium2_entry,
    &aws::trainium3_entry,
    &aws::trainium1_entry,
    &aws::inferentia2_entry,
    // Cerebras
    &cerebras::wse3_entry,
    // Cambricon
    &cambricon::mlu370_entry,
    // Microsoft
    &microsoft::maia100_entry,
    &microsoft::maia200_entry,
    // Meta
    &meta::mtia_v1_entry,
    &meta::mtia_v2_entry,
    // Groq
    &groq::lpu_v1_entry,
    // SambaNova
    &sambanova::sn40l_entry,
    // Biren
    &biren::br100_entry,
    // Moore Threads
    &moore_threads::mtt_s4000_entry,
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
