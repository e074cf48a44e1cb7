// AWS's Trainium and Inferentia chips, from the AWS Neuron documentation (which prints dense and
// sparse rates on separate lines). Cloud-only parts: no die areas are published.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::aws {
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
    .form_factor = form_factor::board,
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

// Trainium3: AWS prints one rate for BF16, FP16 and TF32 (671 TFLOPS). With TF32 read as a 32-bit
// operation, TPP is 21,472, above the January 2026 rule's 21,000; read as 19 bits it is 12,749 and
// MXFP8 sets TPP at 20,136, below. The policy layer evaluates both readings (tf32_readings).
inline constexpr accelerator trainium3{
    .name = "AWS Trainium3",
    .vendor = "AWS",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(fp32, 183_tflops), dense(tf32, 671_tflops), dense(fp16, 671_tflops), dense(bf16, 671_tflops),
                dense(fp8, 2517_tflops), dense(fp4, 2517_tflops)},
    .dies = {{.name = "Trainium3 die", .transistors = non_planar, .foundry = "TSMC", .process = "3 nm"}},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 4,
               .stack_capacity = 36_GiB,
               .capacity = 144_GiB,
               .bandwidth = 4.9_TBps},
    .io_bandwidth = 2560_GBps,
    .released = std::chrono::year{2025} / 12 / 2,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"NeuronLink-v4", 2560_GBps, link_direction::unknown}},
};
inline constexpr entry trainium3_entry{
    .id = "aws-trainium3",
    .name = "AWS Trainium3",
    .spec = &trainium3,
    .aliases = {"trainium3", "trn3"},
    .derived_from = "aws-trainium2",
    .sources = {datasheet(field::compute, "aws-trainium3",
                          "2,517 MXFP8/MXFP4 TFLOPS; 671 BF16/FP16/TF32 TFLOPS; 183 FP32 TFLOPS (sparse rates "
                          "printed apart)"),
                secondary(field::process, "aiwire-trainium3",
                          "built by TSMC on a 3 nm process; die count and area not published (one die listed to "
                          "carry the process)"),
                datasheet(field::memory_layout, "aws-trainium3-nki", "four HBM stacks (HBM3e per press)"),
                datasheet(field::memory_capacity, "aws-trainium3", "144 GiB"),
                datasheet(field::memory_bandwidth, "aws-trainium3", "4.9 TB/s"),
                datasheet(field::io_bandwidth, "aws-trainium3",
                          "NeuronLink-v4 2.56 TB/s per device; direction not stated, so a lower bound of the "
                          "bidirectional rate"),
                datasheet(field::market, "aws-trainium3", "cloud datacenter part"),
                secondary(field::dates, "thelettertwo-trainium3",
                          "previewed at re:Invent 2024; Trn3 UltraServers generally available 2025-12-02")},
    .note =
        "MXFP8 and MXFP4 recorded at their element bit lengths (8 and 4); no source discusses the shared "
        "scale (docs/limitations.md).",
    .conflicts = {{.field = field::memory_bandwidth,
                   .used = "4.9 TB/s",
                   .used_source = "aws-trainium3",
                   .other = "4.7 TB/s",
                   .other_source = "aws-trainium3-nki",
                   .why = "the architecture page's headline and table agree on 4.9"}},
    .first_shipped = std::chrono::year{2025} / 12 / 2,
    .released_note = "generally available 2025-12-02 (secondary); previewed in December 2024 (day not read)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};

// Trainium (first generation, Trn1) and Inferentia2 share the NeuronCore-v2 and AWS prints the
// same figures for both. TF32 runs at the 16-bit rate: read as 32 bits it sets TPP at 6,080.
inline constexpr accelerator trainium1{
    .name = "AWS Trainium",
    .vendor = "AWS",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(fp32, 47.5_tflops), dense(tf32, 190_tflops), dense(fp16, 190_tflops), dense(bf16, 190_tflops),
                dense(fp8, 190_tflops), dense(int8, 380_tops)},
    .memory = {.technology = memory_technology::hbm, .capacity = 32_GiB, .bandwidth = 820_GiBps},
    .released = std::chrono::year{2020} / 12 / 1,
    .form_factor = form_factor::board,
};
inline constexpr entry trainium1_entry{
    .id = "aws-trainium1",
    .name = "AWS Trainium (first generation)",
    .spec = &trainium1,
    .aliases = {"trainium1", "trn1", "trainium"},
    .sources = {datasheet(field::compute, "aws-trainium",
                          "380 INT8 TOPS; 190 FP16/BF16/cFP8/TF32 TFLOPS; 47.5 FP32 TFLOPS"),
                datasheet(field::memory_layout, "aws-trainium", "HBM; generation and stacks not stated"),
                datasheet(field::memory_capacity, "aws-trainium", "32 GiB"),
                datasheet(field::memory_bandwidth, "aws-trainium", "820 GiB/s"),
                datasheet(field::market, "aws-trainium", "cloud datacenter part")},
    .note = "NeuronLink-v2 has no published bandwidth: the 2022 text's I/O prong is undecided.",
    .conflicts = {{.field = field::compute,
                   .format = int8,
                   .used = "380 INT8 TOPS",
                   .used_source = "aws-trainium",
                   .other = "420 INT8 TOPS",
                   .other_source = "aws-trainium-2023",
                   .why = "the current page; INT8 does not set the TPP"}},
    .released_note =
        "announced at re:Invent 2020 (December; day not known: the first recorded); Trn1 "
        "instances from October 2022 (unverified)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};

inline constexpr accelerator inferentia2{
    .name = "AWS Inferentia2",
    .vendor = "AWS",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = trainium1.compute,
    .memory = trainium1.memory,
    .io_bandwidth = 192_GiBps,
    .released = std::chrono::year{2022} / 11 / 30,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"NeuronLink-v2", 192_GiBps, link_direction::unknown}},
};
inline constexpr entry inferentia2_entry{
    .id = "aws-inferentia2",
    .name = "AWS Inferentia2",
    .spec = &inferentia2,
    .aliases = {"inferentia2", "inf2"},
    .sources = {datasheet(field::compute, "aws-inferentia2",
                          "380 INT8 TOPS; 190 FP16/BF16/cFP8/TF32 TFLOPS; 47.5 FP32 TFLOPS"),
                datasheet(field::memory_layout, "aws-inferentia2", "HBM; generation and stacks not stated"),
                datasheet(field::memory_capacity, "aws-inferentia2", "32 GiB"),
                datasheet(field::memory_bandwidth, "aws-inferentia2", "820 GiB/s"),
                datasheet(field::io_bandwidth, "aws-inferentia2",
                          "NeuronLink-v2 192 GiB/s per chip; direction not stated, but even doubled (412 GB/s) it is "
                          "below the 2022 text's 600 GB/s"),
                datasheet(field::market, "aws-inferentia2", "cloud datacenter part")},
    .released_note = "Inf2 previewed at re:Invent 2022 on 2022-11-30 (secondary, weak)",
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown",
};
}  // namespace accelspec::catalog::aws
