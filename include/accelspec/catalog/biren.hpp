// Biren Technology (Shanghai). Figures from the Hot Chips 34 talk as reported by press.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::biren {
using namespace ::accelspec::literals;

inline constexpr accelerator br100{
    .name = "Biren BR100"sv,
    .vendor = "Biren"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    // Biren's "TF32+" (512 TFLOPS) is its own format and is not recorded as TF32.
    .compute = {dense(fp32, 256_tflops), dense(bf16, 1024_tflops), dense(int8, 2048_tops)},
    .dies = {{.name = "BR100 compute tile"sv,
              .area = 537_mm2,
              .transistors = non_planar,
              .count = 2,
              .foundry = "TSMC"sv,
              .process = "N7"sv}},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 410_GBps,
               .capacity = 64_GB,
               .bandwidth = 1.64_TBps},
    .io_bandwidth = 512_GBps,
    .tdp = 550_W,
    .released = std::chrono::year{2022} / 8 / 9,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"BLink (8 x 64 GB/s)"sv, 512_GBps, link_direction::bidirectional},
              .host = {"PCIe 5.0 x16 with CXL"sv, 64_GBps, link_direction::per_direction}},
    .transistor_count = 77'000'000'000,
};
inline constexpr entry br100_entry{
    .id = "biren-br100"sv,
    .name = "Biren BR100"sv,
    .spec = &br100,
    .aliases = {"br100"sv},
    .sources = {secondary(field::compute, "tomshardware-br100"sv,
                          "FP32 256, BF16 1,024 TFLOPS, INT8 2,048 TOPS; not marked as with sparsity"sv),
                secondary(field::die_area, "chipsandcheese-br100"sv,
                          "two compute tiles, 1,074 mm² in total, TSMC N7 (one report heard 477 mm² per tile)"sv),
                secondary(field::transistor_count, "tomshardware-br100"sv, "77 billion"sv),
                derived(field::memory_layout, "tomshardware-br100"sv,
                        "four HBM2e stacks; 64 GB / 4 and 1.64 TB/s / 4"sv),
                secondary(field::memory_capacity, "tomshardware-br100"sv),
                secondary(field::memory_bandwidth, "tomshardware-br100"sv, "1.64 TB/s"sv),
                secondary(field::io_bandwidth, "chipsandcheese-br100"sv,
                          "eight BLink ports of 64 GB/s bidirectional"sv),
                secondary(field::links, "chipsandcheese-br100"sv, "BLink; PCIe 5.0 x16 with CXL"sv),
                secondary(field::tdp, "tomshardware-br100"sv, "550 W"sv),
                secondary(field::market, "tomshardware-br100"sv, "datacenter OAM module"sv),
                secondary(field::dates, "tomshardware-br100"sv, "unveiled 2022-08-09"sv)},
    .note =
        "TPP 16,384 and density 15.25: 3A090.a. With BLink at 512 GB/s it falls below the 2022 text's 600 GB/s "sv
        "I/O prong; with the 2.3 TB/s another report prints it would not."sv,
    .conflicts = {{.field = field::io_bandwidth,
                   .used = "512 GB/s (8 BLink ports x 64 GB/s)"sv,
                   .used_source = "chipsandcheese-br100"sv,
                   .other = "2.3 TB/s in total over eight BLink lanes"sv,
                   .other_source = "tomshardware-br100"sv,
                   .why = "the Hot Chips talk's per-port figure"sv}},
    .announced = std::chrono::year{2022} / 8 / 9,
    .released_note = "unveiled 2022-08-09 (secondary); a paper launch"sv,
    .us_available = truth::no,
    .us_available_source = "Chinese vendor on the Entity List since 2023-10 (judgement)"sv,
};

}  // namespace accelspec::catalog::biren
