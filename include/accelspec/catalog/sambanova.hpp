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
    .name = "SambaNova SN40L"sv,
    .vendor = "SambaNova"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 638_tflops)},
    .dies = {{.name = "SN40L die"sv, .transistors = non_planar, .count = 2, .foundry = "TSMC"sv, .process = "N5"sv}},
    // Three memory tiers: 520 MB SRAM, 64 GB HBM, up to 1.5 TB DDR. The HBM tier is recorded.
    .memory = {.technology = memory_technology::hbm, .capacity = 64_GB, .bandwidth = 1.6_TBps},
    .released = std::chrono::year{2023} / 9 / 19,
    .transistor_count = 102'000'000'000,
};
inline constexpr entry sn40l_entry{
    .id = "sambanova-sn40l"sv,
    .name = "SambaNova SN40L"sv,
    .spec = &sn40l,
    .aliases = {"sn40l"sv},
    .sources = {datasheet(field::compute, "sambanova-hotchips-2024"sv,
                          "638 TFLOPS (bf16); not labelled dense or sparse, and no sparsity mode is advertised"sv),
                secondary(field::die_area, "aiwiki-sn40l"sv, "two TSMC 5 nm dies on CoWoS-S; areas not published"sv),
                datasheet(field::transistor_count, "sambanova-hotchips-2024"sv, "102 billion"sv),
                secondary(field::memory_layout, "aiwiki-sn40l"sv,
                          "HBM tier (HBM3 per aiwiki); DDR tier not recorded"sv),
                datasheet(field::memory_capacity, "sambanova-hotchips-2024"sv, "64 GB of HBM"sv),
                estimate(field::memory_bandwidth, "sambanova-hotchips-2024"sv,
                         "25.6 TB/s for a 16-socket system / 16"sv),
                secondary(field::market, "aiwiki-sn40l"sv, "datacenter systems"sv),
                secondary(field::dates, "aiwiki-sn40l"sv, "announced 2023-09-19"sv)},
    .note = "Chip-to-chip link rates not published: the 2022 text's I/O prong is undecided."sv,
    .announced = std::chrono::year{2023} / 9 / 19,
    .released_note = "announced 2023-09-19 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold by a US company (systems and cloud)"sv,
};

}  // namespace accelspec::catalog::sambanova
