// Groq's LPU (first-generation Tensor Streaming Processor): a single 14 nm die with on-chip SRAM and
// no external memory.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::groq {
using namespace ::accelspec::literals;

inline constexpr accelerator lpu_v1{
    .name = "Groq LPU v1 (GroqChip)",
    .vendor = "Groq",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(fp16, 188_tflops), dense(int8, 750_tops)},
    .dies = {{.name = "GroqChip 1",
              .area = 725_mm2,
              .transistors = non_planar,
              .foundry = "GlobalFoundries",
              .process = "14 nm"}},
    .memory = {.technology = memory_technology::sram, .capacity = 230_MB, .bandwidth = 80'000_GBps},
    .released = std::chrono::year{2020} / 1 / 25,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16", 32_GBps, link_direction::per_direction}},
};
inline constexpr entry lpu_v1_entry{
    .id = "groq-lpu-v1",
    .name = "Groq LPU v1",
    .spec = &lpu_v1,
    .aliases = {"groq-lpu", "groqchip", "groq-tsp"},
    .sources = {secondary(field::compute, "techpowerup-groq",
                          "INT8 750 TOPS, FP16 188 TFLOPS at the 900 MHz nominal clock; no sparsity mode"),
                datasheet(field::die_area, "groq-isca-2020", "25 mm x 29 mm, 14 nm, one die"),
                secondary(field::process, "aiwiki-groq", "GlobalFoundries 14 nm"),
                secondary(field::memory_layout, "techpowerup-groq", "on-chip SRAM only"),
                secondary(field::memory_capacity, "techpowerup-groq", "230 MB"),
                secondary(field::memory_bandwidth, "techpowerup-groq", "80 TB/s"),
                secondary(field::links, "techpowerup-groq", "GroqCard on PCIe 4.0 x16; chip-to-chip links not stated"),
                secondary(field::market, "techspot-groq", "datacenter card, now GroqCloud"),
                secondary(field::dates, "techspot-groq", "card launched January 2020")},
    .note = "Chip-to-chip link rates not published: the 2022 text's I/O prong is undecided.",
    .released_note = "card launch reported January 2020 (secondary; a copy dated 2020-01-25)",
    .us_available = truth::yes,
    .us_available_source = "judgement: sold by a US company (cards, then GroqCloud)",
};

}  // namespace accelspec::catalog::groq
