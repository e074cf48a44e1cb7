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
    .name = "Ascend 910B"sv, .area = 665.61_mm2, .transistors = non_planar, .foundry = "SMIC"sv, .process = "N+1"sv};
// The 910C package: two 910B-class compute dies (an estimate; one report says a single die).
inline constexpr die ascend_910c{
    .name = "Ascend 910C compute die"sv, .area = 665.61_mm2, .transistors = non_planar, .count = 2};
}  // namespace dies

inline constexpr accelerator ascend_910b{
    .name = "Huawei Ascend 910B"sv,
    .vendor = "Huawei"sv,
    .designer_country = "CN"sv,
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
    .id = "huawei-ascend-910b"sv,
    .name = "Huawei Ascend 910B"sv,
    .spec = &ascend_910b,
    .aliases = {"ascend-910b"sv, "910b"sv},
    .sources = {secondary(field::compute, "borimooc-910b"sv,
                          "unconfirmed: a blog's FP16 320 / INT8 640 with no bin named; CSET's text does not show "sv
                          "them; see the conflict with Epoch's per-bin figures"sv),
                secondary(field::die_area, "kurnal-910b"sv, "die-shot measurement 21.32 mm x 31.22 mm"sv),
                derived(field::memory_layout, "cset-ascend"sv,
                        "four 16 GB HBM2e stacks; per-stack rate = 1.6 TB/s / 4"sv),
                secondary(field::memory_capacity, "cset-ascend"sv), secondary(field::memory_bandwidth, "cset-ascend"sv),
                secondary(field::io_bandwidth, "cset-ascend"sv, "HCCS; may be a system-level figure"sv),
                secondary(field::tdp, "cset-ascend"sv), secondary(field::market, "cset-ascend"sv)},
    .conflicts = {{.field = field::compute,
                   .format = fp16,
                   .used = "320 TFLOPS FP16, 640 TOPS INT8 (910B, bin not named)"sv,
                   .used_source = "borimooc-910b"sv,
                   .other = "per bin: 910B1 400, 910B2 376, 910B3 313, 910B4 280 TFLOPS FP16"sv,
                   .other_source = "epoch-chips"sv,
                   .why = "the generic 910B figure; the 910B4's 280 x 16 = 4,480 would fall below TPP 4,800, so "sv
                          "the bin can change the classification"sv}},
    .released_note = "volume from 2023 (CSET; day not known)"sv,
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States"sv,
};

inline constexpr accelerator ascend_910c{
    .name = "Huawei Ascend 910C"sv,
    .vendor = "Huawei"sv,
    .designer_country = "CN"sv,
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
    .id = "huawei-ascend-910c"sv,
    .name = "Huawei Ascend 910C"sv,
    .spec = &ascend_910c,
    .aliases = {"ascend-910c"sv, "910c"sv},
    .derived_from = "huawei-ascend-910b"sv,
    .sources = {secondary(field::compute, "arxiv-cloudmatrix384"sv,
                          "752 TFLOPS dense BF16/FP16 per dual-die package (quoted from the paper); the Atlas A3 "sv
                          "system total (307.2 PFLOPS / "sv
                          "384 = 800) is not mixed in"sv),
                estimate(field::die_area, "arxiv-cloudmatrix384"sv, "dual-die package; each die assumed 910B-sized"sv),
                estimate(field::memory_layout, "huawei-atlas-a3"sv, "128 GB read as eight 16 GB stacks"sv),
                datasheet(field::memory_capacity, "huawei-atlas-a3"sv),
                datasheet(field::memory_bandwidth, "huawei-atlas-a3"sv),
                datasheet(field::io_bandwidth, "huawei-atlas-a3"sv, "scale-up (UB) link, 784 GB/s"sv),
                datasheet(field::market, "huawei-atlas-a3"sv)},
    .note = "TDP not published."sv,
    .conflicts = {{.field = field::compute,
                   .format = fp16,
                   .used = "752 TFLOPS dense FP16/BF16 per package"sv,
                   .used_source = "arxiv-cloudmatrix384"sv,
                   .other =
                       "800 TFLOPS FP16 (Huawei Connect 2025 keynote, as summarized; dense or sparse not stated)"sv,
                   .other_source = "besthub-ascend-2025"sv,
                   .why = "the paper states dense; 800 x 16 = 12,800 would not change the classification"sv}},
    .released_note = "first shipments April 2025 (secondary; day not known)"sv,
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States"sv,
};

// The Ascend 910D: reported in April 2025 as in testing; named, with the 910B and 910C, in BIS's
// May 2025 guidance on General Prohibition 10. No figure was published.
inline constexpr accelerator ascend_910d{
    .name = "Huawei Ascend 910D"sv,
    .vendor = "Huawei"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    .released = std::chrono::year{2025} / 4 / 28,
};
inline constexpr entry ascend_910d_entry{
    .id = "huawei-ascend-910d"sv,
    .name = "Huawei Ascend 910D (reported)"sv,
    .spec = &ascend_910d,
    .aliases = {"ascend-910d"sv, "910d"sv},
    .sources = {secondary(field::identity, "evertiq-910d"sv,
                          "WSJ: Huawei to test the 910D, first samples as early as late May 2025; more dies in one "sv
                          "package"sv),
                secondary(field::market, "evertiq-910d"sv, "datacenter AI processor"sv),
                secondary(field::identity, "bis-gp10-guidance-2025"sv, "named in BIS's guidance of 2025-05-13"sv)},
    .note =
        "Known by name only: no rate, die or memory figure was published, so TPP, density and the "sv
        "classification are unknown."sv,
    .level = detail_level::name_only,
    .released_note = "first reported 2025-04-28 (WSJ via Evertiq); absent from Huawei's September 2025 roadmap"sv,
    .us_available = truth::no,
    .us_available_source = "Huawei is on the Entity List; not sold in the United States"sv,
};

}  // namespace accelspec::catalog::huawei
