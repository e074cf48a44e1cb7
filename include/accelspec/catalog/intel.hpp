// Intel Gaudi accelerators. Intel has not published Gaudi die areas: they are unknown, so the
// density clauses are undecided where TPP alone does not settle the classification.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::intel {
using namespace ::accelspec::literals;

namespace dies {
// TSMC N7 and N5 (FinFET): non-planar; areas unpublished.
inline constexpr die gaudi2{.name = "Gaudi 2", .transistors = non_planar, .foundry = "TSMC", .process = "N7"};
inline constexpr die gaudi3{
    .name = "Gaudi 3 compute die", .transistors = non_planar, .count = 2, .foundry = "TSMC", .process = "N5"};
}  // namespace dies

inline constexpr accelerator gaudi2{
    .name = "Intel Gaudi 2 (HL-225H)",
    .vendor = "Intel",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(bf16, 432_tflops), dense(fp8, 865_tflops)},
    .dies = {dies::gaudi2},
    // 2.45 TB/s over six stacks is not a whole number of bytes/s per stack: left unknown.
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .capacity = 96_GB,
               .bandwidth = 2.45_TBps},
    .io_bandwidth = 600_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2022} / 5 / 10,
    .form_factor = form_factor::oam,
};
inline constexpr entry gaudi2_entry{
    .id = "intel-gaudi2",
    .name = "Intel Gaudi 2",
    .spec = &gaudi2,
    .aliases = {"gaudi2", "gaudi-2", "hl-225h"},
    .sources = {datasheet(field::compute, "intel-gaudi2-whitepaper", "matrix engine peaks"),
                datasheet(field::die_area, "intel-gaudi2-whitepaper", "single die, TSMC N7; area not published"),
                derived(field::memory_layout, "intel-gaudi2-whitepaper", "six 16 GB HBM2e stacks"),
                datasheet(field::memory_capacity, "intel-gaudi2-whitepaper"),
                datasheet(field::memory_bandwidth, "intel-gaudi2-whitepaper"),
                derived(field::io_bandwidth, "intel-gaudi2-whitepaper", "24 x 100 GbE RoCE, both directions"),
                datasheet(field::tdp, "intel-gaudi2-whitepaper"), datasheet(field::market, "intel-gaudi2-whitepaper")},
    .released_note = "launched at Intel Vision 2022 (day from memory)",
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels",
};

inline constexpr accelerator gaudi2_hl225b{
    .name = "Intel Gaudi 2 China (HL-225B)",
    .vendor = "Intel",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = gaudi2.compute,
    .dies = {dies::gaudi2},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 96_GB,
               .bandwidth = 2.4_TBps},
    .io_bandwidth = 525_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2023} / 7 / 11,
    .form_factor = form_factor::oam,
};
inline constexpr entry gaudi2_hl225b_entry{
    .id = "intel-gaudi2-hl-225b",
    .name = "Intel Gaudi 2 HL-225B (China)",
    .spec = &gaudi2_hl225b,
    .aliases = {"hl-225b", "gaudi2-china"},
    .derived_from = "intel-gaudi2",
    .sources = {secondary(field::compute, "technode-gaudi2-china", "compute not stated to be reduced: as HL-225H"),
                datasheet(field::die_area, "intel-gaudi2-whitepaper", "same die as HL-225H; area not published"),
                derived(field::memory_layout, "technode-gaudi2-china", "six 16 GB HBM2e stacks; 2.4 TB/s / 6"),
                secondary(field::memory_capacity, "technode-gaudi2-china"),
                secondary(field::memory_bandwidth, "technode-gaudi2-china"),
                derived(field::io_bandwidth, "technode-gaudi2-china", "21 instead of 24 x 100 GbE ports"),
                estimate(field::tdp, "intel-gaudi2-whitepaper",
                         "unconfirmed: the HL-225H's 600 W; no source on the China part prints its TDP"),
                secondary(field::market, "technode-gaudi2-china")},
    .note = "Cut for the 2022 text's I/O prong (525 GB/s < 600 GB/s).",
    .released_note = "announced for the Chinese market on 2023-07-11 (TechNode)",
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only",
};

inline constexpr accelerator gaudi3{
    .name = "Intel Gaudi 3 (HL-325L OAM)",
    .vendor = "Intel",
    .designer_country = "US",
    .market = market::datacenter,
    // The BF16 matrix rate equals the FP8 rate, so the 16-bit TPP is the larger.
    .compute = {dense(bf16, 1835_tflops), dense(fp8, 1835_tflops)},
    .dies = {dies::gaudi3},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 462.5_GBps,
               .capacity = 128_GB,
               .bandwidth = 3.7_TBps},
    .io_bandwidth = 1200_GBps,
    .tdp = 900_W,
    .released = std::chrono::year{2024} / 4 / 9,
    .form_factor = form_factor::oam,
};
inline constexpr entry gaudi3_entry{
    .id = "intel-gaudi3",
    .name = "Intel Gaudi 3 (OAM)",
    .spec = &gaudi3,
    .aliases = {"gaudi3", "gaudi-3", "hl-325l"},
    .sources = {datasheet(field::compute, "intel-gaudi3-whitepaper", "matrix engine peaks"),
                secondary(field::die_area, "spectrum-gaudi3", "two compute dies, TSMC N5; areas not published"),
                derived(field::memory_layout, "intel-gaudi3-whitepaper", "eight 16 GB HBM2e stacks; 3.7 TB/s / 8"),
                datasheet(field::memory_capacity, "intel-gaudi3-whitepaper"),
                datasheet(field::memory_bandwidth, "intel-gaudi3-whitepaper"),
                derived(field::io_bandwidth, "intel-gaudi3-whitepaper", "24 x 200 GbE RoCE, both directions"),
                datasheet(field::tdp, "intel-gaudi3-whitepaper"), datasheet(field::market, "intel-gaudi3-whitepaper")},
    .released_note = "announced at Intel Vision 2024 (from memory, unverified)",
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels",
};

inline constexpr accelerator gaudi3_pcie{
    .name = "Intel Gaudi 3 PCIe (HL-338)",
    .vendor = "Intel",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = gaudi3.compute,
    .dies = {dies::gaudi3},
    .memory = gaudi3.memory,
    .io_bandwidth = 1100_GBps,
    .tdp = 600_W,
    .released = std::chrono::year{2024} / 4 / 9,
    .form_factor = form_factor::pcie,
};
inline constexpr entry gaudi3_pcie_entry{
    .id = "intel-gaudi3-pcie",
    .name = "Intel Gaudi 3 PCIe (HL-338)",
    .spec = &gaudi3_pcie,
    .aliases = {"gaudi3-pcie", "hl-338"},
    .derived_from = "intel-gaudi3",
    .sources = {datasheet(field::compute, "intel-gaudi3-whitepaper", "same peak rates as the OAM module"),
                secondary(field::die_area, "spectrum-gaudi3", "two compute dies; areas not published"),
                derived(field::memory_layout, "intel-gaudi3-whitepaper", "as the OAM module"),
                datasheet(field::memory_capacity, "intel-gaudi3-whitepaper"),
                datasheet(field::memory_bandwidth, "intel-gaudi3-whitepaper"),
                derived(field::io_bandwidth, "intel-gaudi3-whitepaper", "22 x 200 GbE, both directions"),
                datasheet(field::tdp, "intel-gaudi3-whitepaper"), datasheet(field::market, "intel-gaudi3-whitepaper")},
    .released_note = "announced at Intel Vision 2024 (from memory, unverified)",
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels",
};

}  // namespace accelspec::catalog::intel
