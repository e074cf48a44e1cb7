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
    .name = "AWS Trainium2"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    // AWS prints one 667 TFLOPS figure for BF16, FP16 and TF32: with TF32 read as a 32-bit
    // operation (the library's default) TF32 sets the TPP; see docs/limitations.md.
    .compute = {dense(fp32, 181_tflops), dense(tf32, 667_tflops), dense(fp16, 667_tflops), dense(bf16, 667_tflops),
                dense(fp8, 1299_tflops)},
    .dies = {{.name = "Trainium2 compute die"sv, .transistors = transistor_architecture::unknown, .count = 2}},
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
    .links = {.scale_up = {"NeuronLink"sv, 1280_GBps, link_direction::unknown}},
};
inline constexpr entry trainium2_entry{
    .id = "aws-trainium2"sv,
    .name = "AWS Trainium2"sv,
    .spec = &trainium2,
    .aliases = {"trainium2"sv, "trn2"sv},
    .sources = {datasheet(field::compute, "aws-trainium2"sv),
                secondary(field::die_area, "epoch-chips"sv, "two compute dies; areas and process not published"sv),
                derived(field::memory_layout, "aws-trainium2"sv, "four HBM stacks of 24 GiB; 2.9 TB/s / 4"sv),
                datasheet(field::memory_capacity, "aws-trainium2"sv, "96 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-trainium2"sv),
                datasheet(field::io_bandwidth, "aws-trainium3"sv,
                          "NeuronLink inter-chip interconnect 1,280 GB/s per chip (Trainium3 page's comparison); "sv
                          "direction not stated, so a lower bound of the bidirectional rate"sv),
                datasheet(field::market, "aws-trainium2"sv, "cloud datacenter part"sv)},
    .released_note = "announced at re:Invent 2023 (from memory, unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

// Trainium3: AWS prints one rate for BF16, FP16 and TF32 (671 TFLOPS). With TF32 read as a 32-bit
// operation, TPP is 21,472, above the January 2026 rule's 21,000; read as 19 bits it is 12,749 and
// MXFP8 sets TPP at 20,136, below. The policy layer evaluates both readings (tf32_readings).
inline constexpr accelerator trainium3{
    .name = "AWS Trainium3"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 183_tflops), dense(tf32, 671_tflops), dense(fp16, 671_tflops), dense(bf16, 671_tflops),
                dense(fp8, 2517_tflops), dense(fp4, 2517_tflops)},
    .dies = {{.name = "Trainium3 die"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "3 nm"sv}},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 4,
               .stack_capacity = 36_GiB,
               .capacity = 144_GiB,
               .bandwidth = 4.9_TBps},
    .io_bandwidth = 2560_GBps,
    .released = std::chrono::year{2025} / 12 / 2,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"NeuronLink-v4"sv, 2560_GBps, link_direction::unknown}},
};
inline constexpr entry trainium3_entry{
    .id = "aws-trainium3"sv,
    .name = "AWS Trainium3"sv,
    .spec = &trainium3,
    .aliases = {"trainium3"sv, "trn3"sv},
    .derived_from = "aws-trainium2"sv,
    .sources = {datasheet(field::compute, "aws-trainium3"sv,
                          "2,517 MXFP8/MXFP4 TFLOPS; 671 BF16/FP16/TF32 TFLOPS; 183 FP32 TFLOPS (sparse rates "sv
                          "printed apart)"sv),
                secondary(field::process, "aiwire-trainium3"sv,
                          "built by TSMC on a 3 nm process; die count and area not published (one die listed to "sv
                          "carry the process)"sv),
                datasheet(field::memory_layout, "aws-trainium3-nki"sv, "four HBM stacks (HBM3e per press)"sv),
                datasheet(field::memory_capacity, "aws-trainium3"sv, "144 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-trainium3"sv, "4.9 TB/s"sv),
                datasheet(field::io_bandwidth, "aws-trainium3"sv,
                          "NeuronLink-v4 2.56 TB/s per device; direction not stated, so a lower bound of the "sv
                          "bidirectional rate"sv),
                datasheet(field::market, "aws-trainium3"sv, "cloud datacenter part"sv),
                secondary(field::dates, "thelettertwo-trainium3"sv,
                          "previewed at re:Invent 2024; Trn3 UltraServers generally available 2025-12-02"sv)},
    .note =
        "MXFP8 and MXFP4 recorded at their element bit lengths (8 and 4); no source discusses the shared "sv
        "scale (docs/limitations.md)."sv,
    .conflicts = {{.field = field::memory_bandwidth,
                   .used = "4.9 TB/s"sv,
                   .used_source = "aws-trainium3"sv,
                   .other = "4.7 TB/s"sv,
                   .other_source = "aws-trainium3-nki"sv,
                   .why = "the architecture page's headline and table agree on 4.9"sv}},
    .first_shipped = std::chrono::year{2025} / 12 / 2,
    .released_note = "generally available 2025-12-02 (secondary); previewed in December 2024 (day not read)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

// Trainium (first generation, Trn1) and Inferentia2 share the NeuronCore-v2 and AWS prints the
// same figures for both. TF32 runs at the 16-bit rate: read as 32 bits it sets TPP at 6,080.
inline constexpr accelerator trainium1{
    .name = "AWS Trainium"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp32, 47.5_tflops), dense(tf32, 190_tflops), dense(fp16, 190_tflops), dense(bf16, 190_tflops),
                dense(fp8, 190_tflops), dense(int8, 380_tops)},
    .memory = {.technology = memory_technology::hbm, .capacity = 32_GiB, .bandwidth = 820_GiBps},
    .released = std::chrono::year{2020} / 12 / 1,
    .form_factor = form_factor::board,
};
inline constexpr entry trainium1_entry{
    .id = "aws-trainium1"sv,
    .name = "AWS Trainium (first generation)"sv,
    .spec = &trainium1,
    .aliases = {"trainium1"sv, "trn1"sv, "trainium"sv},
    .sources = {datasheet(field::compute, "aws-trainium"sv,
                          "380 INT8 TOPS; 190 FP16/BF16/cFP8/TF32 TFLOPS; 47.5 FP32 TFLOPS"sv),
                datasheet(field::memory_layout, "aws-trainium"sv, "HBM; generation and stacks not stated"sv),
                datasheet(field::memory_capacity, "aws-trainium"sv, "32 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-trainium"sv, "820 GiB/s"sv),
                datasheet(field::market, "aws-trainium"sv, "cloud datacenter part"sv)},
    .note = "NeuronLink-v2 has no published bandwidth: the 2022 text's I/O prong is undecided."sv,
    .conflicts = {{.field = field::compute,
                   .format = int8,
                   .used = "380 INT8 TOPS"sv,
                   .used_source = "aws-trainium"sv,
                   .other = "420 INT8 TOPS"sv,
                   .other_source = "aws-trainium-2023"sv,
                   .why = "the current page; INT8 does not set the TPP"sv}},
    .released_note =
        "announced at re:Invent 2020 (December; day not known: the first recorded); Trn1 "sv
        "instances from October 2022 (unverified)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};

inline constexpr accelerator inferentia2{
    .name = "AWS Inferentia2"sv,
    .vendor = "AWS"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = trainium1.compute,
    .memory = trainium1.memory,
    .io_bandwidth = 192_GiBps,
    .released = std::chrono::year{2022} / 11 / 30,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"NeuronLink-v2"sv, 192_GiBps, link_direction::unknown}},
};
inline constexpr entry inferentia2_entry{
    .id = "aws-inferentia2"sv,
    .name = "AWS Inferentia2"sv,
    .spec = &inferentia2,
    .aliases = {"inferentia2"sv, "inf2"sv},
    .sources = {datasheet(field::compute, "aws-inferentia2"sv,
                          "380 INT8 TOPS; 190 FP16/BF16/cFP8/TF32 TFLOPS; 47.5 FP32 TFLOPS"sv),
                datasheet(field::memory_layout, "aws-inferentia2"sv, "HBM; generation and stacks not stated"sv),
                datasheet(field::memory_capacity, "aws-inferentia2"sv, "32 GiB"sv),
                datasheet(field::memory_bandwidth, "aws-inferentia2"sv, "820 GiB/s"sv),
                datasheet(field::io_bandwidth, "aws-inferentia2"sv,
                          "NeuronLink-v2 192 GiB/s per chip; direction not stated, but even doubled (412 GB/s) it is "sv
                          "below the 2022 text's 600 GB/s"sv),
                datasheet(field::market, "aws-inferentia2"sv, "cloud datacenter part"sv)},
    .released_note = "Inf2 previewed at re:Invent 2022 on 2022-11-30 (secondary, weak)"sv,
    .us_available = truth::unknown,
    .us_available_source = "sold as a cloud service, not as an item: availability as an item unknown"sv,
};
}  // namespace accelspec::catalog::aws
