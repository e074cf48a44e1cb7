// Huawei Ascend accelerators. Made in the PRC and not exported from the US; listed because
// analysts compare them with the parts the rules are written against. Huawei publishes few
// figures: most values here are secondary or estimates and say so.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::huawei {
using namespace ::accelspec::literals;

namespace dies {
// SMIC N+1/N+2 are 7 nm-class FinFET processes: non-planar. Area from a die-shot measurement
// (21.32 mm x 31.22 mm).
inline constexpr die ascend_910b{
    .name = "Ascend 910B", .area = 665.61_mm2, .transistors = non_planar, .foundry = "SMIC", .process = "N+1"};
// The 910C package: two 910B-class compute dies (an estimate; one report says a single die).
inline constexpr die ascend_910c{
    .name = "Ascend 910C compute die", .area = 665.61_mm2, .transistors = non_planar, .count = 2};
}  // namespace dies

inline constexpr accelerator ascend_910b{
    .name = "Huawei Ascend 910B",
    .vendor = "Huawei",
    .designer_country = "CN",
    .market = market::datacenter,
    .compute = {dense(fp16, 320_tflops), dense(int8, 640_tops)},
    .dies = {dies::ascend_910b},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 64_GB,
               .bandwidth = 1.6_TBps},
    .io_bandwidth = 392_GBps,
    .tdp = 400_W,
    .released = std::chrono::year{2023} / 1 / 1,
};
inline constexpr entry ascend_910b_entry{
    .id = "huawei-ascend-910b",
    .name = "Huawei Ascend 910B",
    .spec = &ascend_910b,
    .aliases = {"ascend-910b", "910b"},
    .sources = {secondary(field::compute, "borimooc-910b",
                          "unconfirmed: a blog's FP16 320 / INT8 640 with no bin named; CSET's text does not show "
                          "them; see the conflict with Epoch's per-bin figures"),
                secondary(field::die_area, "kurnal-910b", "die-shot measurement 21.32 mm x 31.22 mm"),
                derived(field::memory_layout, "cset-ascend", "four 16 GB HBM2e stacks; per-stack rate = 1.6 TB/s / 4"),
                secondary(field::memory_capacity, "cset-ascend"), secondary(field::memory_bandwidth, "cset-ascend"),
                secondary(field::io_bandwidth, "cset-ascend", "HCCS; may be a system-level figure"),
                secondary(field::tdp, "cset-ascend"), secondary(field::market, "cset-ascend")},
    .conflicts = {{.field = field::compute,
                   .format = fp16,
                   .used = "320 TFLOPS FP16, 640 TOPS INT8 (910B, bin not named)",
                   .used_source = "borimooc-910b",
                   .other = "per bin: 910B1 400, 910B2 376, 910B3 313, 910B4 280 TFLOPS FP16",
                   .other_source = "epoch-chips",
                   .why = "the generic 910B figure; the 910B4's 280 x 16 = 4,480 would fall below TPP 4,800, so "
                          "the bin can change the classification"}},
    .released_note = "volume from 2023 (CSET; day not known)",
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States",
};

inline constexpr accelerator ascend_910c{
    .name = "Huawei Ascend 910C",
    .vendor = "Huawei",
    .designer_country = "CN",
    .market = market::datacenter,
    // Both 16-bit rates from one source (the CloudMatrix384 paper): 752 TFLOPS dense per package.
    .compute = {dense(fp16, 752_tflops), dense(bf16, 752_tflops)},
    .dies = {dies::ascend_910c},
    // HBM generation not published: "hbm" only.
    .memory = {.technology = memory_technology::hbm,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 128_GB,
               .bandwidth = 3.2_TBps},
    .io_bandwidth = 784_GBps,
    .released = std::chrono::year{2025} / 4 / 1,
};
inline constexpr entry ascend_910c_entry{
    .id = "huawei-ascend-910c",
    .name = "Huawei Ascend 910C",
    .spec = &ascend_910c,
    .aliases = {"ascend-910c", "910c"},
    .derived_from = "huawei-ascend-910b",
    .sources = {secondary(field::compute, "arxiv-cloudmatrix384",
                          "752 TFLOPS dense BF16/FP16 per dual-die package (quoted from the paper); the Atlas A3 "
                          "system total (307.2 PFLOPS / "
                          "384 = 800) is not mixed in"),
                estimate(field::die_area, "arxiv-cloudmatrix384", "dual-die package; each die assumed 910B-sized"),
                estimate(field::memory_layout, "huawei-atlas-a3", "128 GB read as eight 16 GB stacks"),
                datasheet(field::memory_capacity, "huawei-atlas-a3"),
                datasheet(field::memory_bandwidth, "huawei-atlas-a3"),
                datasheet(field::io_bandwidth, "huawei-atlas-a3", "scale-up (UB) link, 784 GB/s"),
                datasheet(field::market, "huawei-atlas-a3")},
    .note = "TDP not published.",
    .conflicts = {{.field = field::compute,
                   .format = fp16,
                   .used = "752 TFLOPS dense FP16/BF16 per package",
                   .used_source = "arxiv-cloudmatrix384",
                   .other = "800 TFLOPS FP16 (Huawei Connect 2025 keynote, as summarized; dense or sparse not stated)",
                   .other_source = "besthub-ascend-2025",
                   .why = "the paper states dense; 800 x 16 = 12,800 would not change the classification"}},
    .released_note = "first shipments April 2025 (secondary; day not known)",
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States",
};

// The Ascend 910D: reported in April 2025 as in testing; named, with the 910B and 910C, in BIS's
// May 2025 guidance on General Prohibition 10. No figure was published.
inline constexpr accelerator ascend_910d{
    .name = "Huawei Ascend 910D",
    .vendor = "Huawei",
    .designer_country = "CN",
    .market = market::datacenter,
    .released = std::chrono::year{2025} / 4 / 28,
};
inline constexpr entry ascend_910d_entry{
    .id = "huawei-ascend-910d",
    .name = "Huawei Ascend 910D (reported)",
    .spec = &ascend_910d,
    .aliases = {"ascend-910d", "910d"},
    .sources = {secondary(field::identity, "evertiq-910d",
                          "WSJ: Huawei to test the 910D, first samples as early as late May 2025; more dies in one "
                          "package"),
                secondary(field::market, "evertiq-910d", "datacenter AI processor"),
                secondary(field::identity, "bis-gp10-guidance-2025", "named in BIS's guidance of 2025-05-13")},
    .note =
        "Known by name only: no rate, die or memory figure was published, so TPP, density and the "
        "classification are unknown.",
    .level = detail_level::name_only,
    .released_note = "first reported 2025-04-28 (WSJ via Evertiq); absent from Huawei's September 2025 roadmap",
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States",
};

}  // namespace accelspec::catalog::huawei
