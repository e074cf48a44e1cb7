// SambaNova's SN40L reconfigurable dataflow unit. Figures from SambaNova's Hot Chips 2024 slide,
// read in a reproduction.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::sambanova {
using namespace ::accelspec::literals;

inline constexpr accelerator sn40l{
    .name = "SambaNova SN40L",
    .vendor = "SambaNova",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(bf16, 638_tflops)},
    .dies = {{.name = "SN40L die", .transistors = non_planar, .count = 2, .foundry = "TSMC", .process = "N5"}},
    // Three memory tiers: 520 MB SRAM, 64 GB HBM, up to 1.5 TB DDR. The HBM tier is recorded.
    .memory = {.technology = memory_technology::hbm, .capacity = 64_GB, .bandwidth = 1.6_TBps},
    .released = std::chrono::year{2023} / 9 / 19,
    .transistor_count = 102'000'000'000,
};
inline constexpr entry sn40l_entry{
    .id = "sambanova-sn40l",
    .name = "SambaNova SN40L",
    .spec = &sn40l,
    .aliases = {"sn40l"},
    .sources = {datasheet(field::compute, "sambanova-hotchips-2024",
                          "638 TFLOPS (bf16); not labelled dense or sparse, and no sparsity mode is advertised"),
                secondary(field::die_area, "aiwiki-sn40l", "two TSMC 5 nm dies on CoWoS-S; areas not published"),
                datasheet(field::transistor_count, "sambanova-hotchips-2024", "102 billion"),
                secondary(field::memory_layout, "aiwiki-sn40l", "HBM tier (HBM3 per aiwiki); DDR tier not recorded"),
                datasheet(field::memory_capacity, "sambanova-hotchips-2024", "64 GB of HBM"),
                estimate(field::memory_bandwidth, "sambanova-hotchips-2024", "25.6 TB/s for a 16-socket system / 16"),
                secondary(field::market, "aiwiki-sn40l", "datacenter systems"),
                secondary(field::dates, "aiwiki-sn40l", "announced 2023-09-19")},
    .note = "Chip-to-chip link rates not published: the 2022 text's I/O prong is undecided.",
    .announced = std::chrono::year{2023} / 9 / 19,
    .released_note = "announced 2023-09-19 (secondary)",
    .us_available = truth::yes,
    .us_available_source = "judgement: sold by a US company (systems and cloud)",
};

}  // namespace accelspec::catalog::sambanova
