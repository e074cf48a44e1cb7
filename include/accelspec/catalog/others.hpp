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
    .name = "Cerebras WSE-3"sv,
    .vendor = "Cerebras"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // The vendor's "125 petaflops of peak AI performance" states neither format nor sparsity:
    // no dense rate is recorded, so TPP is unknown.
    .dies = {{.name = "WSE-3 wafer"sv,
              .area = 46225_mm2,
              .transistors = non_planar,
              .foundry = "TSMC"sv,
              .process = "5 nm"sv}},
    .memory = {.technology = memory_technology::sram, .capacity = 44_GB, .bandwidth = 21'000'000_GBps},
    .released = std::chrono::year{2024} / 3 / 13,
    .form_factor = form_factor::wafer,
    .transistor_count = 4'000'000'000'000,
};
inline constexpr entry wse3_entry{
    .id = "cerebras-wse-3"sv,
    .name = "Cerebras WSE-3"sv,
    .spec = &wse3,
    .aliases = {"wse-3"sv, "wse3"sv},
    .sources = {datasheet(field::die_area, "cerebras-wse3"sv, "46,225 mm² wafer-scale die, TSMC 5 nm"sv),
                datasheet(field::memory_layout, "cerebras-wse3"sv, "on-wafer SRAM"sv),
                datasheet(field::memory_capacity, "cerebras-wse3"sv),
                datasheet(field::memory_bandwidth, "cerebras-wse3"sv, "21 PB/s"sv),
                datasheet(field::market, "cerebras-wse3"sv)},
    .note = "No dense rate published: TPP and the classification are unknown."sv,
    .released_note = "announced 2024-03-13 (Cerebras press release)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (as CS-3 systems)"sv,
};
}  // namespace cerebras

namespace cambricon {
using namespace ::accelspec::literals;

inline constexpr accelerator mlu370{
    .name = "Cambricon MLU370 (one of two ICs on the MLU370-X8 card)"sv,
    .vendor = "Cambricon"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 48_tflops), dense(bf16, 48_tflops), dense(int8, 128_tops)},
    .dies =
        {{.name = "MLU370 chiplet"sv, .transistors = non_planar, .count = 2, .foundry = "TSMC"sv, .process = "7 nm"sv}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 24_GB, .bandwidth = 307.2_GBps},
    .released = std::chrono::year{2022} / 3 / 21,
    .form_factor = form_factor::pcie,
};
inline constexpr entry mlu370_entry{
    .id = "cambricon-mlu370-x8"sv,
    .name = "Cambricon MLU370-X8 (per IC)"sv,
    .spec = &mlu370,
    .aliases = {"mlu370"sv, "mlu370-x8"sv},
    .sources = {derived(field::compute, "cambricon-mlu370"sv, "card figures (96 TFLOPS FP16, 256 TOPS INT8) halved"sv),
                datasheet(field::die_area, "cambricon-mlu370"sv,
                          "two chiplets per IC, TSMC 7 nm; areas not published"sv),
                datasheet(field::memory_layout, "cambricon-mlu370"sv, "LPDDR5"sv),
                derived(field::memory_capacity, "cambricon-mlu370"sv, "48 GB card memory halved"sv),
                derived(field::memory_bandwidth, "cambricon-mlu370"sv, "614.4 GB/s card bandwidth halved"sv),
                datasheet(field::market, "cambricon-mlu370"sv)},
    .note = "3A090 applies per integrated circuit: the card carries two, so the card's rates are halved."sv,
    .released_note = "launched 2022-03-21 (Chinese press)"sv,
    .us_available = truth::no,
    .us_available_source = "Chinese vendor on the Entity List since 2022-12"sv,
};
}  // namespace cambricon

}  // namespace accelspec::catalog
