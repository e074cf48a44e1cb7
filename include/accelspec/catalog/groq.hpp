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
    .name = "Groq LPU v1 (GroqChip)"sv,
    .vendor = "Groq"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 188_tflops), dense(int8, 750_tops)},
    .dies = {{.name = "GroqChip 1"sv,
              .area = 725_mm2,
              .transistors = non_planar,
              .foundry = "GlobalFoundries"sv,
              .process = "14 nm"sv}},
    .memory = {.technology = memory_technology::sram, .capacity = 230_MB, .bandwidth = 80'000_GBps},
    .released = std::chrono::year{2020} / 1 / 25,
    .form_factor = form_factor::pcie,
    .links = {.host = {"PCIe 4.0 x16"sv, 32_GBps, link_direction::per_direction}},
};
inline constexpr entry lpu_v1_entry{
    .id = "groq-lpu-v1"sv,
    .name = "Groq LPU v1"sv,
    .spec = &lpu_v1,
    .aliases = {"groq-lpu"sv, "groqchip"sv, "groq-tsp"sv},
    .sources = {secondary(field::compute, "techpowerup-groq"sv,
                          "INT8 750 TOPS, FP16 188 TFLOPS at the 900 MHz nominal clock; no sparsity mode"sv),
                datasheet(field::die_area, "groq-isca-2020"sv, "25 mm x 29 mm, 14 nm, one die"sv),
                secondary(field::process, "aiwiki-groq"sv, "GlobalFoundries 14 nm"sv),
                secondary(field::memory_layout, "techpowerup-groq"sv, "on-chip SRAM only"sv),
                secondary(field::memory_capacity, "techpowerup-groq"sv, "230 MB"sv),
                secondary(field::memory_bandwidth, "techpowerup-groq"sv, "80 TB/s"sv),
                secondary(field::links, "techpowerup-groq"sv,
                          "GroqCard on PCIe 4.0 x16; chip-to-chip links not stated"sv),
                secondary(field::market, "techspot-groq"sv, "datacenter card, now GroqCloud"sv),
                secondary(field::dates, "techspot-groq"sv, "card launched January 2020"sv)},
    .note = "Chip-to-chip link rates not published: the 2022 text's I/O prong is undecided."sv,
    .released_note = "card launch reported January 2020 (secondary; a copy dated 2020-01-25)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold by a US company (cards, then GroqCloud)"sv,
};

}  // namespace accelspec::catalog::groq
