// Accelerators of Google, AWS, Cerebras and Cambricon. Cloud-only parts publish rates and memory
// but rarely die areas: those stay unknown, and the density clauses with them.
#pragma once

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog {

namespace google {
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
    .form_factor = form_factor::module,
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
    .form_factor = form_factor::module,
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
    .form_factor = form_factor::module,
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
    .form_factor = form_factor::module,
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
}  // namespace google

namespace aws {
using namespace ::accelspec::literals;

inline constexpr accelerator trainium2{
    .name = "AWS Trainium2",
    .vendor = "AWS",
    .designer_country = "US",
    .market = market::datacenter,
    // AWS prints one 667 TFLOPS figure for BF16, FP16 and TF32: with TF32 read as a 32-bit
    // operation (the library's default) TF32 sets the TPP; see docs/limitations.md.
    .compute = {dense(fp32, 181_tflops), dense(tf32, 667_tflops), dense(fp16, 667_tflops), dense(bf16, 667_tflops),
                dense(fp8, 1299_tflops)},
    .dies = {{.name = "Trainium2 compute die", .transistors = transistor_architecture::unknown, .count = 2}},
    // 96 GiB, not GB: AWS states binary capacity.
    .memory = {.technology = memory_technology::hbm,
               .stacks = 4,
               .stack_capacity = 24_GiB,
               .stack_bandwidth = 725_GBps,
               .capacity = 96_GiB,
               .bandwidth = 2.9_TBps},
    .io_bandwidth = 1280_GBps,
    .released = std::chrono::year{2023} / 11 / 28,
    .form_factor = form_factor::module,
    .links = {.scale_up = {"NeuronLink", 1280_GBps, link_direction::unknown}},
};
inline constexpr entry trainium2_entry{
    .id = "aws-trainium2",
    .name = "AWS Trainium2",
    .spec = &trainium2,
    .aliases = {"trainium2", "trn2"},
    .sources = {datasheet(field::compute, "aws-trainium2"),
                secondary(field::die_area, "epoch-chips", "two compute dies; areas and process not published"),
                derived(field::memory_layout, "aws-trainium2", "four HBM stacks of 24 GiB; 2.9 TB/s / 4"),
                datasheet(field::memory_capacity, "aws-trainium2", "96 GiB"),
                datasheet(field::memory_bandwidth, "aws-trainium2"),
                datasheet(field::io_bandwidth, "aws-trainium3",
                          "NeuronLink inter-chip interconnect 1,280 GB/s per chip (Trainium3 page's comparison); "
                          "direction not stated, so a lower bound of the bidirectional rate"),
                datasheet(field::market, "aws-trainium2", "cloud datacenter part")},
    .released_note = "announced at re:Invent 2023 (from memory, unverified)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};
}  // namespace aws

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
