// Accelerators of Cerebras and Cambricon (Google's and AWS's are in google.hpp and aws.hpp).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog {

namespace cerebras {
using namespace ::accelspec::literals;

inline constexpr accelerator wse3{
    .name = "Cerebras WSE-3",
    .vendor = "Cerebras",
    .designer_country = "US",
    .market = market::datacenter,
    // The vendor's "125 petaflops of peak AI performance" states neither format nor sparsity:
    // no dense rate is recorded, so TPP is unknown.
    .dies =
        {{.name = "WSE-3 wafer", .area = 46225_mm2, .transistors = non_planar, .foundry = "TSMC", .process = "5 nm"}},
    .memory = {.technology = memory_technology::sram, .capacity = 44_GB, .bandwidth = 21'000'000_GBps},
    .released = std::chrono::year{2024} / 3 / 13,
    .form_factor = form_factor::wafer,
    .transistor_count = 4'000'000'000'000,
};
inline constexpr entry wse3_entry{
    .id = "cerebras-wse-3",
    .name = "Cerebras WSE-3",
    .spec = &wse3,
    .aliases = {"wse-3", "wse3"},
    .sources = {datasheet(field::die_area, "cerebras-wse3", "46,225 mm² wafer-scale die, TSMC 5 nm"),
                datasheet(field::memory_layout, "cerebras-wse3", "on-wafer SRAM"),
                datasheet(field::memory_capacity, "cerebras-wse3"),
                datasheet(field::memory_bandwidth, "cerebras-wse3", "21 PB/s"),
                datasheet(field::market, "cerebras-wse3")},
    .note = "No dense rate published: TPP and the classification are unknown.",
    .released_note = "announced 2024-03-13 (Cerebras press release)",
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (as CS-3 systems)",
};
}  // namespace cerebras

namespace cambricon {
using namespace ::accelspec::literals;

inline constexpr accelerator mlu370{
    .name = "Cambricon MLU370 (one of two ICs on the MLU370-X8 card)",
    .vendor = "Cambricon",
    .designer_country = "CN",
    .market = market::datacenter,
    .compute = {dense(fp16, 48_tflops), dense(bf16, 48_tflops), dense(int8, 128_tops)},
    .dies = {{.name = "MLU370 chiplet", .transistors = non_planar, .count = 2, .foundry = "TSMC", .process = "7 nm"}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 24_GB, .bandwidth = 307.2_GBps},
    .released = std::chrono::year{2022} / 3 / 21,
    .form_factor = form_factor::pcie,
};
inline constexpr entry mlu370_entry{
    .id = "cambricon-mlu370-x8",
    .name = "Cambricon MLU370-X8 (per IC)",
    .spec = &mlu370,
    .aliases = {"mlu370", "mlu370-x8"},
    .sources = {derived(field::compute, "cambricon-mlu370", "card figures (96 TFLOPS FP16, 256 TOPS INT8) halved"),
                datasheet(field::die_area, "cambricon-mlu370", "two chiplets per IC, TSMC 7 nm; areas not published"),
                datasheet(field::memory_layout, "cambricon-mlu370", "LPDDR5"),
                derived(field::memory_capacity, "cambricon-mlu370", "48 GB card memory halved"),
                derived(field::memory_bandwidth, "cambricon-mlu370", "614.4 GB/s card bandwidth halved"),
                datasheet(field::market, "cambricon-mlu370")},
    .note = "3A090 applies per integrated circuit: the card carries two, so the card's rates are halved.",
    .released_note = "launched 2022-03-21 (Chinese press)",
    .us_available = truth::no,
    .us_available_source = "Chinese vendor on the Entity List since 2022-12",
};
}  // namespace cambricon

}  // namespace accelspec::catalog
