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
inline constexpr die gaudi2{.name = "Gaudi 2"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N7"sv};
inline constexpr die gaudi3{
    .name = "Gaudi 3 compute die"sv, .transistors = non_planar, .count = 2, .foundry = "TSMC"sv, .process = "N5"sv};
}  // namespace dies

inline constexpr accelerator gaudi2{
    .name = "Intel Gaudi 2 (HL-225H)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
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
    .id = "intel-gaudi2"sv,
    .name = "Intel Gaudi 2"sv,
    .spec = &gaudi2,
    .aliases = {"gaudi2"sv, "gaudi-2"sv, "hl-225h"sv},
    .sources = {datasheet(field::compute, "intel-gaudi2-whitepaper"sv, "matrix engine peaks"sv),
                datasheet(field::die_area, "intel-gaudi2-whitepaper"sv, "single die, TSMC N7; area not published"sv),
                derived(field::memory_layout, "intel-gaudi2-whitepaper"sv, "six 16 GB HBM2e stacks"sv),
                datasheet(field::memory_capacity, "intel-gaudi2-whitepaper"sv),
                datasheet(field::memory_bandwidth, "intel-gaudi2-whitepaper"sv),
                derived(field::io_bandwidth, "intel-gaudi2-whitepaper"sv, "24 x 100 GbE RoCE, both directions"sv),
                datasheet(field::tdp, "intel-gaudi2-whitepaper"sv),
                datasheet(field::market, "intel-gaudi2-whitepaper"sv)},
    .released_note = "launched at Intel Vision 2022 (day from memory)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator gaudi2_hl225b{
    .name = "Intel Gaudi 2 China (HL-225B)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
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
    .id = "intel-gaudi2-hl-225b"sv,
    .name = "Intel Gaudi 2 HL-225B (China)"sv,
    .spec = &gaudi2_hl225b,
    .aliases = {"hl-225b"sv, "gaudi2-china"sv},
    .derived_from = "intel-gaudi2"sv,
    .sources = {secondary(field::compute, "technode-gaudi2-china"sv, "compute not stated to be reduced: as HL-225H"sv),
                datasheet(field::die_area, "intel-gaudi2-whitepaper"sv, "same die as HL-225H; area not published"sv),
                derived(field::memory_layout, "technode-gaudi2-china"sv, "six 16 GB HBM2e stacks; 2.4 TB/s / 6"sv),
                secondary(field::memory_capacity, "technode-gaudi2-china"sv),
                secondary(field::memory_bandwidth, "technode-gaudi2-china"sv),
                derived(field::io_bandwidth, "technode-gaudi2-china"sv, "21 instead of 24 x 100 GbE ports"sv),
                estimate(field::tdp, "intel-gaudi2-whitepaper"sv,
                         "unconfirmed: the HL-225H's 600 W; no source on the China part prints its TDP"sv),
                secondary(field::market, "technode-gaudi2-china"sv)},
    .note = "Cut for the 2022 text's I/O prong (525 GB/s < 600 GB/s)."sv,
    .released_note = "announced for the Chinese market on 2023-07-11 (TechNode)"sv,
    .us_available = truth::no,
    .us_available_source = "made for and sold in China only"sv,
};

inline constexpr accelerator gaudi3{
    .name = "Intel Gaudi 3 (HL-325L OAM)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
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
    .id = "intel-gaudi3"sv,
    .name = "Intel Gaudi 3 (OAM)"sv,
    .spec = &gaudi3,
    .aliases = {"gaudi3"sv, "gaudi-3"sv, "hl-325l"sv},
    .sources = {datasheet(field::compute, "intel-gaudi3-whitepaper"sv, "matrix engine peaks"sv),
                secondary(field::die_area, "spectrum-gaudi3"sv, "two compute dies, TSMC N5; areas not published"sv),
                derived(field::memory_layout, "intel-gaudi3-whitepaper"sv, "eight 16 GB HBM2e stacks; 3.7 TB/s / 8"sv),
                datasheet(field::memory_capacity, "intel-gaudi3-whitepaper"sv),
                datasheet(field::memory_bandwidth, "intel-gaudi3-whitepaper"sv),
                derived(field::io_bandwidth, "intel-gaudi3-whitepaper"sv, "24 x 200 GbE RoCE, both directions"sv),
                datasheet(field::tdp, "intel-gaudi3-whitepaper"sv),
                datasheet(field::market, "intel-gaudi3-whitepaper"sv)},
    .released_note = "announced at Intel Vision 2024 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator gaudi3_pcie{
    .name = "Intel Gaudi 3 PCIe (HL-338)"sv,
    .vendor = "Intel"sv,
    .designer_country = "US"sv,
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
    .id = "intel-gaudi3-pcie"sv,
    .name = "Intel Gaudi 3 PCIe (HL-338)"sv,
    .spec = &gaudi3_pcie,
    .aliases = {"gaudi3-pcie"sv, "hl-338"sv},
    .derived_from = "intel-gaudi3"sv,
    .sources = {datasheet(field::compute, "intel-gaudi3-whitepaper"sv, "same peak rates as the OAM module"sv),
                secondary(field::die_area, "spectrum-gaudi3"sv, "two compute dies; areas not published"sv),
                derived(field::memory_layout, "intel-gaudi3-whitepaper"sv, "as the OAM module"sv),
                datasheet(field::memory_capacity, "intel-gaudi3-whitepaper"sv),
                datasheet(field::memory_bandwidth, "intel-gaudi3-whitepaper"sv),
                derived(field::io_bandwidth, "intel-gaudi3-whitepaper"sv, "22 x 200 GbE, both directions"sv),
                datasheet(field::tdp, "intel-gaudi3-whitepaper"sv),
                datasheet(field::market, "intel-gaudi3-whitepaper"sv)},
    .released_note = "announced at Intel Vision 2024 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

}  // namespace accelspec::catalog::intel
