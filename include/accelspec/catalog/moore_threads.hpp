// Moore Threads (Beijing). Figures are the vendor's as quoted by press.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::moore_threads {
using namespace ::accelspec::literals;

inline constexpr accelerator mtt_s4000{
    .name = "Moore Threads MTT S4000"sv,
    .vendor = "Moore Threads"sv,
    .designer_country = "CN"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 25_tflops), dense(tf32, 50_tflops), dense(fp16, 100_tflops), dense(bf16, 100_tflops),
                dense(int8, 200_tops)},
    .memory = {.technology = memory_technology::gddr6, .capacity = 48_GB, .bandwidth = 768_GBps},
    .io_bandwidth = 240_GBps,
    .released = std::chrono::year{2023} / 12 / 19,
    .form_factor = form_factor::pcie,
    .links = {.scale_up = {"MTLink 1.0"sv, 240_GBps, link_direction::unknown},
              .host = {"PCIe 5.0 x16"sv, 64_GBps, link_direction::per_direction}},
};
inline constexpr entry mtt_s4000_entry{
    .id = "moore-threads-mtt-s4000"sv,
    .name = "Moore Threads MTT S4000"sv,
    .spec = &mtt_s4000,
    .aliases = {"s4000"sv, "mtt-s4000"sv},
    .sources = {secondary(field::compute, "iotech-s4000"sv,
                          "FP32 25, TF32 50, FP16/BF16 100 TFLOPS, INT8 200 TOPS; sparsity not stated"sv),
                secondary(field::memory_layout, "iotech-s4000"sv, "GDDR6, 384-bit"sv),
                secondary(field::memory_capacity, "iotech-s4000"sv, "48 GB"sv),
                secondary(field::memory_bandwidth, "iotech-s4000"sv, "768 GB/s"sv),
                secondary(field::io_bandwidth, "iotech-s4000"sv,
                          "MTLink 240 GB/s between GPUs; direction not stated, so a lower bound (PCIe not added)"sv),
                secondary(field::links, "iotech-s4000"sv, "MTLink 1.0; PCIe 5.0 x16 card"sv),
                secondary(field::market, "iotech-s4000"sv, "datacenter card for KUAE clusters"sv),
                secondary(field::dates, "iotech-s4000"sv, "launched at Moore Threads' event of 2023-12-19"sv)},
    .note = "TPP exactly 1,600 (every format): 3A090.a.2 and .b.2 turn on the density, unknown without a die area."sv,
    .released_note = "launched 2023-12-19 (secondary; the month is verified, the day not)"sv,
    .us_available = truth::no,
    .us_available_source = "Chinese vendor on the Entity List since 2023-10 (judgement)"sv,
};

}  // namespace accelspec::catalog::moore_threads
