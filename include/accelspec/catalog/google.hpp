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
    .name = "Google TPU v4"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
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
    .id = "google-tpu-v4"sv,
    .name = "Google TPU v4"sv,
    .spec = &tpu_v4,
    .aliases = {"tpu-v4"sv, "tpuv4"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v4"sv),
                estimate(field::memory_layout, "gcp-tpu-v4"sv, "32 GiB HBM2 read as four 8 GiB stacks"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v4"sv, "32 GiB (34.36 GB): Google prints GiB"sv),
                datasheet(field::memory_bandwidth, "gcp-tpu-v4"sv),
                datasheet(field::market, "gcp-tpu-v4"sv, "cloud datacenter part"sv)},
    .note = "Die area not published: TPP 4,400 leaves 3A090.a.2 (density) undecided."sv,
    .released_note = "announced at Google I/O 2021 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu_v5e{
    .name = "Google TPU v5e"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
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
    .id = "google-tpu-v5e"sv,
    .name = "Google TPU v5e"sv,
    .spec = &tpu_v5e,
    .aliases = {"tpu-v5e"sv, "tpuv5e"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v5e"sv, "197 TFLOPS BF16 and 393 TOPS INT8 per chip"sv),
                estimate(field::memory_layout, "gcp-tpu-v5e"sv, "16 GB HBM2 read as two 8 GB stacks"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v5e"sv), datasheet(field::memory_bandwidth, "gcp-tpu-v5e"sv),
                datasheet(field::io_bandwidth, "gcp-tpu-v5e"sv, "inter-chip interconnect, bidirectional"sv),
                datasheet(field::market, "gcp-tpu-v5e"sv, "cloud datacenter part"sv)},
    .conflicts = {{.field = field::compute,
                   .format = int8,
                   .used = "393 TOPS INT8 per chip"sv,
                   .used_source = "gcp-tpu-v5e"sv,
                   .other = "394 TOPS (3.94e14) INT8 per chip"sv,
                   .other_source = "jax-tpu-info"sv,
                   .why = "the Cloud TPU page's figure; BF16 sets the TPP either way"sv}},
    .released_note = "announced at Cloud Next 2023 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu_v5p{
    .name = "Google TPU v5p"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 459_tflops), dense(int8, 918_tops)},
    .memory = {.technology = memory_technology::hbm2e, .capacity = 95_GiB, .bandwidth = 2765_GBps},
    .io_bandwidth = 1200_GBps,
    .released = std::chrono::year{2023} / 12 / 6,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"ICI"sv, 1200_GBps, link_direction::bidirectional},
              .scale_out = {"DCN"sv, 50_Gbps, link_direction::unknown}},
};
inline constexpr entry tpu_v5p_entry{
    .id = "google-tpu-v5p"sv,
    .name = "Google TPU v5p"sv,
    .spec = &tpu_v5p,
    .aliases = {"tpu-v5p"sv, "tpuv5p"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v5p"sv), datasheet(field::memory_layout, "gcp-tpu-v5p"sv, "HBM2e"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v5p"sv, "95 GiB (102.0 GB): the table prints GiB"sv),
                datasheet(field::memory_bandwidth, "gcp-tpu-v5p"sv, "2,765 GB/s per chip"sv),
                datasheet(field::io_bandwidth, "gcp-tpu-v5p"sv,
                          "bidirectional ICI bandwidth per chip 1,200 GB/s (the older page's 4,800 Gbps is one "sv
                          "direction)"sv),
                datasheet(field::links, "gcp-tpu-v5p"sv, "ICI 1,200 GB/s bidirectional; DCN 50 Gbps per chip"sv),
                datasheet(field::market, "gcp-tpu-v5p"sv, "cloud datacenter part"sv)},
    .released_note = "announced 2023-12-06 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu_v6e{
    .name = "Google TPU v6e (Trillium)"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 918_tflops), dense(int8, 1836_tops)},
    .memory = {.technology = memory_technology::hbm, .capacity = 32_GB, .bandwidth = 1638_GBps},
    .io_bandwidth = 800_GBps,
    .released = std::chrono::year{2024} / 5 / 14,
    .form_factor = form_factor::board,
};
inline constexpr entry tpu_v6e_entry{
    .id = "google-tpu-v6e"sv,
    .name = "Google TPU v6e (Trillium)"sv,
    .spec = &tpu_v6e,
    .aliases = {"tpu-v6e"sv, "trillium"sv},
    .sources = {datasheet(field::compute, "gcp-tpu-v6e"sv),
                datasheet(field::memory_layout, "gcp-tpu-v6e"sv, "HBM; generation not stated"sv),
                datasheet(field::memory_capacity, "gcp-tpu-v6e"sv), datasheet(field::memory_bandwidth, "gcp-tpu-v6e"sv),
                datasheet(field::io_bandwidth, "gcp-tpu-v6e"sv, "inter-chip interconnect, bidirectional"sv),
                datasheet(field::market, "gcp-tpu-v6e"sv, "cloud datacenter part"sv)},
    .released_note = "announced at Google I/O 2024 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator tpu7x{
    .name = "Google TPU7x (Ironwood)"sv,
    .vendor = "Google"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 2307_tflops), dense(fp8, 4614_tflops)},
    // Two compute dies per package (Hot Chips 2025 reports); area and process not published.
    .dies = {{.name = "Ironwood compute die"sv, .count = 2}},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GiB,
               .capacity = 192_GiB,
               .bandwidth = 7.4_TBps},
    .io_bandwidth = 1200_GBps,
    .released = std::chrono::year{2025} / 4 / 9,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"ICI"sv, 1200_GBps, link_direction::bidirectional}},
};
inline constexpr entry tpu7x_entry{
    .id = "google-tpu7x"sv,
    .name = "Google TPU7x (Ironwood)"sv,
    .spec = &tpu7x,
    .aliases = {"tpu7x"sv, "ironwood"sv, "tpu-v7"sv, "tpu-7x"sv},
    .sources = {datasheet(field::compute, "gcp-tpu7x"sv,
                          "peak per chip: 2,307 TFLOPS BF16, 4,614 TFLOPS FP8; Google does not say dense, and TPUs "sv
                          "advertise no sparsity mode (read as dense)"sv),
                secondary(field::die_area, "pakinomist-ironwood"sv,
                          "dual-die package; area and process not published"sv),
                secondary(field::memory_layout, "pakinomist-ironwood"sv, "HBM3e, eight stacks (192 GiB / 8)"sv),
                datasheet(field::memory_capacity, "gcp-tpu7x"sv, "192 GiB per chip (Google prints GiB)"sv),
                datasheet(field::memory_bandwidth, "jax-tpu-info"sv,
                          "7.40e12 B/s per chip in Google's JAX hardware table"sv),
                secondary(field::io_bandwidth, "pakinomist-ironwood"sv,
                          "1.2 TB/s ICI per chip, bidirectional as Google counts it for v5p"sv),
                secondary(field::links, "pakinomist-ironwood"sv, "ICI 1.2 TB/s; DCN through the host's NICs"sv),
                datasheet(field::market, "gcp-tpu7x"sv, "cloud datacenter part"sv),
                secondary(field::dates, "siliconangle-ironwood"sv,
                          "announced at Cloud Next 2025 on 2025-04-09; general availability announced 2025-11-06"sv)},
    .note =
        "TPP 36,912 (FP8): above 21,000, outside the January 2026 review parameters; density unknown. "sv
        "Google's JAX table lists no INT8 rate for it."sv,
    .conflicts = {{.field = field::memory_bandwidth,
                   .used = "7.40 TB/s"sv,
                   .used_source = "jax-tpu-info"sv,
                   .other = "7.3 TB/s"sv,
                   .other_source = "pakinomist-ironwood"sv,
                   .why = "a Google-authored figure preferred to reports of a talk"sv}},
    .announced = std::chrono::year{2025} / 4 / 9,
    .first_shipped = std::chrono::year{2025} / 11 / 6,
    .released_note =
        "announced at Google Cloud Next 2025 (secondary); general availability reported 2025-11-06 "sv
        "(one report says 2026-03-31)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};
}  // namespace accelspec::catalog::google
