// Google's TPUs. Google sells them as a cloud service, not as items, and publishes per-chip rates,
// memory and interconnect on its Cloud TPU pages but no die areas: those stay unknown, and the
// density clauses with them.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::google {
using namespace ::accelspec::literals;

inline constexpr accelerator tpu_v4{
    .name = "Google TPU v4",
    .vendor = "Google",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(bf16, 275_tflops), dense(int8, 275_tops)},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 4,
               .stack_capacity = 8_GiB,
               .stack_bandwidth = 300_GBps,
               .capacity = 32_GiB,
               .bandwidth = 1200_GBps},
    .released = std::chrono::year{2021} / 5 / 18,
    .form_factor = form_factor::board,
};
inline constexpr entry tpu_v4_entry{
    .id = "google-tpu-v4",
    .name = "Google TPU v4",
    .spec = &tpu_v4,
    .aliases = {"tpu-v4", "tpuv4"},
    .sources = {datasheet(field::compute, "gcp-tpu-v4"),
                estimate(field::memory_layout, "gcp-tpu-v4", "32 GiB HBM2 read as four 8 GiB stacks"),
                datasheet(field::memory_capacity, "gcp-tpu-v4", "32 GiB (34.36 GB): Google prints GiB"),
                datasheet(field::memory_bandwidth, "gcp-tpu-v4"),
                datasheet(field::market, "gcp-tpu-v4", "cloud datacenter part")},
    .note = "Die area not published: TPP 4,400 leaves 3A090.a.2 (density) undecided.",
    .released_note = "announced at Google I/O 2021 (from memory, unverified)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};

inline constexpr accelerator tpu_v5e{
    .name = "Google TPU v5e",
    .vendor = "Google",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(bf16, 197_tflops), dense(int8, 393_tops)},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 2,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 409.5_GBps,
               .capacity = 16_GB,
               .bandwidth = 819_GBps},
    .io_bandwidth = 400_GBps,
    .released = std::chrono::year{2023} / 8 / 29,
    .form_factor = form_factor::board,
};
inline constexpr entry tpu_v5e_entry{
    .id = "google-tpu-v5e",
    .name = "Google TPU v5e",
    .spec = &tpu_v5e,
    .aliases = {"tpu-v5e", "tpuv5e"},
    .sources = {datasheet(field::compute, "gcp-tpu-v5e", "197 TFLOPS BF16 and 393 TOPS INT8 per chip"),
                estimate(field::memory_layout, "gcp-tpu-v5e", "16 GB HBM2 read as two 8 GB stacks"),
                datasheet(field::memory_capacity, "gcp-tpu-v5e"), datasheet(field::memory_bandwidth, "gcp-tpu-v5e"),
                datasheet(field::io_bandwidth, "gcp-tpu-v5e", "inter-chip interconnect, bidirectional"),
                datasheet(field::market, "gcp-tpu-v5e", "cloud datacenter part")},
    .conflicts = {{.field = field::compute,
                   .format = int8,
                   .used = "393 TOPS INT8 per chip",
                   .used_source = "gcp-tpu-v5e",
                   .other = "394 TOPS (3.94e14) INT8 per chip",
                   .other_source = "jax-tpu-info",
                   .why = "the Cloud TPU page's figure; BF16 sets the TPP either way"}},
    .released_note = "announced at Cloud Next 2023 (from memory, unverified)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};

inline constexpr accelerator tpu_v5p{
    .name = "Google TPU v5p",
    .vendor = "Google",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(bf16, 459_tflops), dense(int8, 918_tops)},
    .memory = {.technology = memory_technology::hbm2e, .capacity = 95_GiB, .bandwidth = 2765_GBps},
    .io_bandwidth = 1200_GBps,
    .released = std::chrono::year{2023} / 12 / 6,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"ICI", 1200_GBps, link_direction::bidirectional},
              .scale_out = {"DCN", 50_Gbps, link_direction::unknown}},
};
inline constexpr entry tpu_v5p_entry{
    .id = "google-tpu-v5p",
    .name = "Google TPU v5p",
    .spec = &tpu_v5p,
    .aliases = {"tpu-v5p", "tpuv5p"},
    .sources = {datasheet(field::compute, "gcp-tpu-v5p"), datasheet(field::memory_layout, "gcp-tpu-v5p", "HBM2e"),
                datasheet(field::memory_capacity, "gcp-tpu-v5p", "95 GiB (102.0 GB): the table prints GiB"),
                datasheet(field::memory_bandwidth, "gcp-tpu-v5p", "2,765 GB/s per chip"),
                datasheet(field::io_bandwidth, "gcp-tpu-v5p",
                          "bidirectional ICI bandwidth per chip 1,200 GB/s (the older page's 4,800 Gbps is one "
                          "direction)"),
                datasheet(field::links, "gcp-tpu-v5p", "ICI 1,200 GB/s bidirectional; DCN 50 Gbps per chip"),
                datasheet(field::market, "gcp-tpu-v5p", "cloud datacenter part")},
    .released_note = "announced 2023-12-06 (from memory, unverified)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};

inline constexpr accelerator tpu_v6e{
    .name = "Google TPU v6e (Trillium)",
    .vendor = "Google",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(bf16, 918_tflops), dense(int8, 1836_tops)},
    .memory = {.technology = memory_technology::hbm, .capacity = 32_GB, .bandwidth = 1638_GBps},
    .io_bandwidth = 800_GBps,
    .released = std::chrono::year{2024} / 5 / 14,
    .form_factor = form_factor::board,
};
inline constexpr entry tpu_v6e_entry{
    .id = "google-tpu-v6e",
    .name = "Google TPU v6e (Trillium)",
    .spec = &tpu_v6e,
    .aliases = {"tpu-v6e", "trillium"},
    .sources = {datasheet(field::compute, "gcp-tpu-v6e"),
                datasheet(field::memory_layout, "gcp-tpu-v6e", "HBM; generation not stated"),
                datasheet(field::memory_capacity, "gcp-tpu-v6e"), datasheet(field::memory_bandwidth, "gcp-tpu-v6e"),
                datasheet(field::io_bandwidth, "gcp-tpu-v6e", "inter-chip interconnect, bidirectional"),
                datasheet(field::market, "gcp-tpu-v6e", "cloud datacenter part")},
    .released_note = "announced at Google I/O 2024 (from memory, unverified)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};

inline constexpr accelerator tpu7x{
    .name = "Google TPU7x (Ironwood)",
    .vendor = "Google",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(bf16, 2307_tflops), dense(fp8, 4614_tflops)},
    // Two compute dies per package (Hot Chips 2025 reports); area and process not published.
    .dies = {{.name = "Ironwood compute die", .count = 2}},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GiB,
               .capacity = 192_GiB,
               .bandwidth = 7.4_TBps},
    .io_bandwidth = 1200_GBps,
    .released = std::chrono::year{2025} / 4 / 9,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"ICI", 1200_GBps, link_direction::bidirectional}},
};
inline constexpr entry tpu7x_entry{
    .id = "google-tpu7x",
    .name = "Google TPU7x (Ironwood)",
    .spec = &tpu7x,
    .aliases = {"tpu7x", "ironwood", "tpu-v7", "tpu-7x"},
    .sources = {datasheet(field::compute, "gcp-tpu7x",
                          "peak per chip: 2,307 TFLOPS BF16, 4,614 TFLOPS FP8; Google does not say dense, and TPUs "
                          "advertise no sparsity mode (read as dense)"),
                secondary(field::die_area, "pakinomist-ironwood", "dual-die package; area and process not published"),
                secondary(field::memory_layout, "pakinomist-ironwood", "HBM3e, eight stacks (192 GiB / 8)"),
                datasheet(field::memory_capacity, "gcp-tpu7x", "192 GiB per chip (Google prints GiB)"),
                datasheet(field::memory_bandwidth, "jax-tpu-info",
                          "7.40e12 B/s per chip in Google's JAX hardware table"),
                secondary(field::io_bandwidth, "pakinomist-ironwood",
                          "1.2 TB/s ICI per chip, bidirectional as Google counts it for v5p"),
                secondary(field::links, "pakinomist-ironwood", "ICI 1.2 TB/s; DCN through the host's NICs"),
                datasheet(field::market, "gcp-tpu7x", "cloud datacenter part"),
                secondary(field::dates, "siliconangle-ironwood",
                          "announced at Cloud Next 2025 on 2025-04-09; general availability announced 2025-11-06")},
    .note =
        "TPP 36,912 (FP8): above 21,000, outside the January 2026 review parameters; density unknown. "
        "Google's JAX table lists no INT8 rate for it.",
    .conflicts = {{.field = field::memory_bandwidth,
                   .used = "7.40 TB/s",
                   .used_source = "jax-tpu-info",
                   .other = "7.3 TB/s",
                   .other_source = "pakinomist-ironwood",
                   .why = "a Google-authored figure preferred to reports of a talk"}},
    .announced = std::chrono::year{2025} / 4 / 9,
    .first_shipped = std::chrono::year{2025} / 11 / 6,
    .released_note =
        "announced at Google Cloud Next 2025 (secondary); general availability reported 2025-11-06 "
        "(one report says 2026-03-31)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};
}  // namespace accelspec::catalog::google
