// AMD Instinct accelerators. AMD datasheets print dense and sparse figures separately; the dense
// ones are recorded. Chiplet die areas are not published by AMD: they are analyst estimates and
// say so.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::amd {
using namespace ::accelspec::literals;

namespace dies {
// TSMC N7 and N6 (FinFET): non-planar.
inline constexpr die arcturus{
    .name = "Arcturus"sv, .area = 750_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N7"sv};
// AMD has not published the Aldebaran GCD area; about 790 mm² is Tom's Hardware's estimate from
// package photos (the 724 mm² once recorded here could not be traced to a source).
inline constexpr die aldebaran_gcd{
    .name = "Aldebaran GCD"sv, .area = 790_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N6"sv};
// MI300 chiplets (SemiAnalysis estimates): compute dies on N5, I/O base dies on N6, both FinFET.
// The I/O dies are logic dies for the rule (see docs/limitations.md).
inline constexpr die mi300_xcd{.name = "MI300 XCD"sv,
                               .area = 115_mm2,
                               .transistors = non_planar,
                               .count = 8,
                               .foundry = "TSMC"sv,
                               .process = "N5"sv};
inline constexpr die mi300a_xcd{.name = "MI300 XCD"sv,
                                .area = 115_mm2,
                                .transistors = non_planar,
                                .count = 6,
                                .foundry = "TSMC"sv,
                                .process = "N5"sv};
inline constexpr die mi300a_ccd{.name = "Zen 4 CCD"sv,
                                .area = 70.4_mm2,
                                .transistors = non_planar,
                                .count = 3,
                                .foundry = "TSMC"sv,
                                .process = "N5"sv};
inline constexpr die mi300_iod{.name = "MI300 IOD"sv,
                               .area = 370_mm2,
                               .transistors = non_planar,
                               .role = die_role::io,
                               .count = 4,
                               .foundry = "TSMC"sv,
                               .process = "N6"sv};
// MI355X: the XCD area was presented at ISSCC; the I/O die area is not public (unknown).
inline constexpr die mi355_xcd{.name = "MI355 XCD"sv,
                               .area = 110_mm2,
                               .transistors = non_planar,
                               .count = 8,
                               .foundry = "TSMC"sv,
                               .process = "N3P"sv};
inline constexpr die mi355_iod{.name = "MI355 IOD"sv,
                               .transistors = non_planar,
                               .role = die_role::io,
                               .count = 2,
                               .foundry = "TSMC"sv,
                               .process = "N6"sv};
}  // namespace dies

inline constexpr accelerator mi300x{
    .name = "AMD Instinct MI300X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 163.4_tflops), dense(fp32, 163.4_tflops), dense(tf32, 653.7_tflops),
                dense(fp16, 1307.4_tflops), dense(bf16, 1307.4_tflops), dense(fp8, 2614.9_tflops),
                dense(int8, 2614.9_tops)},
    .dies = {dies::mi300_xcd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 662.5_GBps,
               .capacity = 192_GB,
               .bandwidth = 5.3_TBps},
    .io_bandwidth = 896_GBps,
    .tdp = 750_W,
    .released = std::chrono::year{2023} / 12 / 6,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 128 GB/s)"sv, 896_GBps, link_direction::bidirectional}},
    .transistor_count = 153'000'000'000,
};
inline constexpr entry mi300x_entry{
    .id = "amd-mi300x"sv,
    .name = "AMD Instinct MI300X"sv,
    .spec = &mi300x,
    .aliases = {"mi300x"sv, "instinct-mi300x"sv},
    .sources = {secondary(field::transistor_count, "amd-mi300x-datasheet"sv,
                          "153 billion (AMD figure, quoted widely; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi300x-datasheet"sv,
                          "dense peaks (the sheet lists sparse separately)"sv),
                estimate(field::die_area, "semianalysis-mi300"sv,
                         "8 XCD x ~115 mm² (N5) + 4 IOD x ~370 mm² (N6); not published by AMD. A method choice: "sv
                         "the I/O dies are logic dies on a FinFET node, so they count (2,400 mm²); trackers that "sv
                         "count the XCDs only use about 1,017 mm² and get a density 2.4 times higher"sv),
                derived(field::memory_layout, "amd-mi300x-datasheet"sv,
                        "eight 24 GB HBM3 stacks; per-stack rate = 5.3 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi300x-datasheet"sv),
                datasheet(field::memory_bandwidth, "amd-mi300x-datasheet"sv),
                datasheet(field::io_bandwidth, "amd-mi300x-datasheet"sv, "Infinity Fabric, 7 links x 128 GB/s"sv),
                datasheet(field::tdp, "amd-mi300x-datasheet"sv), datasheet(field::market, "amd-mi300x-datasheet"sv)},
    .released_note = "launched at Advancing AI 2023 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi325x{
    .name = "AMD Instinct MI325X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = mi300x.compute,
    .dies = {dies::mi300_xcd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 32_GB,
               .stack_bandwidth = 750_GBps,
               .capacity = 256_GB,
               .bandwidth = 6_TBps},
    .io_bandwidth = 896_GBps,
    .tdp = 1000_W,
    .released = std::chrono::year{2024} / 10 / 10,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 128 GB/s)"sv, 896_GBps, link_direction::bidirectional}},
    .transistor_count = 153'000'000'000,
};
inline constexpr entry mi325x_entry{
    .id = "amd-mi325x"sv,
    .name = "AMD Instinct MI325X"sv,
    .spec = &mi325x,
    .aliases = {"mi325x"sv, "instinct-mi325x"sv},
    .sources = {secondary(field::transistor_count, "amd-mi325x-page"sv,
                          "153 billion, the MI300X silicon (AMD figure; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi325x-page"sv, "same CDNA 3 compute as MI300X"sv),
                estimate(field::die_area, "semianalysis-mi300"sv, "same silicon as MI300X"sv),
                derived(field::memory_layout, "amd-mi325x-page"sv,
                        "eight 32 GB HBM3e stacks; per-stack rate = 6 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi325x-page"sv),
                datasheet(field::memory_bandwidth, "amd-mi325x-page"sv),
                datasheet(field::io_bandwidth, "amd-mi325x-page"sv), datasheet(field::tdp, "amd-mi325x-page"sv),
                datasheet(field::market, "amd-mi325x-page"sv)},
    .claims = {tpp_claim(20919, 1, "amd-mi325x-page"sv,
                         "FP16 1,307.4 TFLOPS dense (x16 = 20,918.4); OCP-FP8 2,614.9 TFLOPS dense (x8 = 20,919.2)"sv),
               tpp_claim(
                   20800, 800, "tomshardware-2026"sv,
                   "TPP 20,800 (1,300 TFLOPS x 16: a figure rounded to the nearest 100 TFLOPS, so +/- 50 x 16)"sv),
               china_review_2026_claim("bis-2026"sv,
                                       "named with the NVIDIA H200 as within the case-by-case parameters"sv)},
    .released_note = "launched at Advancing AI 2024 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source =
        "named by BIS with the H200 as within the case-by-case parameters (press); sold through US OEMs"sv,
};

inline constexpr accelerator mi100{
    .name = "AMD Instinct MI100"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 11.5_tflops), dense(fp32, 46.1_tflops), dense(fp16, 184.6_tflops), dense(bf16, 92.3_tflops),
                dense(int8, 184.6_tops), dense(int4, 184.6_tops)},
    .dies = {dies::arcturus},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 4,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 307.2_GBps,
               .capacity = 32_GB,
               .bandwidth = 1228.8_GBps},
    .io_bandwidth = 276_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2020} / 11 / 16,
    .form_factor = form_factor::pcie,
    .transistor_count = 25'600'000'000,
};
inline constexpr entry mi100_entry{
    .id = "amd-mi100"sv,
    .name = "AMD Instinct MI100"sv,
    .spec = &mi100,
    .aliases = {"mi100"sv, "instinct-mi100"sv},
    .sources = {secondary(field::transistor_count, "amd-mi100-datasheet"sv,
                          "25.6 billion (AMD figure; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi100-datasheet"sv, "matrix peaks; FP32 is the matrix rate"sv),
                secondary(field::die_area, "techpowerup-gpudb"sv, "Arcturus, 750 mm², TSMC N7"sv),
                derived(field::memory_layout, "amd-mi100-datasheet"sv,
                        "four 8 GB HBM2 stacks at 2.4 Gbps (307.2 GB/s each)"sv),
                datasheet(field::memory_capacity, "amd-mi100-datasheet"sv),
                datasheet(field::memory_bandwidth, "amd-mi100-datasheet"sv, "1.2288 TB/s"sv),
                datasheet(field::io_bandwidth, "amd-mi100-datasheet"sv, "three Infinity Fabric links, 276 GB/s"sv),
                datasheet(field::tdp, "amd-mi100-datasheet"sv), datasheet(field::market, "amd-mi100-datasheet"sv)},
    .released_note = "announced 2020-11-16 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (end of life)"sv,
};

inline constexpr accelerator mi210{
    .name = "AMD Instinct MI210"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 45.3_tflops), dense(fp32, 45.3_tflops), dense(fp16, 181_tflops), dense(bf16, 181_tflops),
                dense(int8, 181_tops)},
    .dies = {dies::aldebaran_gcd},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 409.6_GBps,
               .capacity = 64_GB,
               .bandwidth = 1638.4_GBps},
    .io_bandwidth = 300_GBps,
    .tdp = 300_W,
    .released = std::chrono::year{2022} / 3 / 22,
    .form_factor = form_factor::pcie,
};
inline constexpr entry mi210_entry{
    .id = "amd-mi210"sv,
    .name = "AMD Instinct MI210"sv,
    .spec = &mi210,
    .aliases = {"mi210"sv, "instinct-mi210"sv},
    .sources = {datasheet(field::compute, "amd-mi200-specs"sv, "matrix peaks"sv),
                estimate(field::die_area, "tomshardware-mi250x-pictured"sv,
                         "one Aldebaran GCD, about 790 mm² (photo estimate; AMD does not publish it), TSMC N6"sv),
                derived(field::memory_layout, "anandtech-mi210"sv,
                        "four 16 GB HBM2e stacks at 3.2 Gbps (409.6 GB/s)"sv),
                datasheet(field::memory_capacity, "amd-mi200-specs"sv),
                datasheet(field::memory_bandwidth, "amd-mi200-specs"sv),
                datasheet(field::io_bandwidth, "amd-mi200-specs"sv, "Infinity Fabric links, 300 GB/s"sv),
                datasheet(field::tdp, "amd-mi200-specs"sv), datasheet(field::market, "amd-mi200-specs"sv)},
    .note = "FP64 matrix sets the TPP: 45.3 x 64 = 2,899.2 exceeds the FP16 figure (2,896)."sv,
    .released_note = "announced 2022-03-22 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi250x{
    .name = "AMD Instinct MI250X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 95.7_tflops), dense(fp32, 95.7_tflops), dense(fp16, 383_tflops), dense(bf16, 383_tflops),
                dense(int8, 383_tops)},
    .dies = {{.name = "Aldebaran GCD"sv,
              .area = 790_mm2,
              .transistors = non_planar,
              .count = 2,
              .foundry = "TSMC"sv,
              .process = "N6"sv}},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 409.6_GBps,
               .capacity = 128_GB,
               .bandwidth = 3276.8_GBps},
    .io_bandwidth = 800_GBps,
    .tdp = 560_W,
    .released = std::chrono::year{2021} / 11 / 8,
    .form_factor = form_factor::oam,
    .transistor_count = 58'200'000'000,
};
inline constexpr entry mi250x_entry{
    .id = "amd-mi250x"sv,
    .name = "AMD Instinct MI250X"sv,
    .spec = &mi250x,
    .aliases = {"mi250x"sv, "instinct-mi250x"sv},
    .sources = {secondary(field::transistor_count, "amd-mi200-specs"sv,
                          "58.2 billion (AMD figure; Hot Chips 34 reports quote 58 billion)"sv),
                datasheet(field::compute, "amd-mi200-specs"sv, "matrix peaks"sv),
                estimate(field::die_area, "tomshardware-mi250x-pictured"sv,
                         "two Aldebaran GCDs of about 790 mm² (photo estimate; AMD does not publish it)"sv),
                derived(field::memory_layout, "amd-mi200-specs"sv, "eight 16 GB HBM2e stacks at 3.2 Gbps"sv),
                datasheet(field::memory_capacity, "amd-mi200-specs"sv),
                datasheet(field::memory_bandwidth, "amd-mi200-specs"sv),
                datasheet(field::io_bandwidth, "amd-mi200-specs"sv, "eight Infinity Fabric links, 800 GB/s"sv),
                datasheet(field::tdp, "amd-mi200-specs"sv, "560 W liquid-cooled peak"sv),
                datasheet(field::market, "amd-mi200-specs"sv)},
    .released_note = "announced 2021-11-08 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi250{
    .name = "AMD Instinct MI250"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 90.5_tflops), dense(fp32, 90.5_tflops), dense(fp16, 362.1_tflops),
                dense(bf16, 362.1_tflops), dense(int8, 362.1_tops)},
    .dies = mi250x.dies,
    .memory = mi250x.memory,
    .io_bandwidth = 600_GBps,
    .tdp = 500_W,
    .released = std::chrono::year{2021} / 11 / 8,
    .form_factor = form_factor::oam,
    .transistor_count = 58'200'000'000,
};
inline constexpr entry mi250_entry{
    .id = "amd-mi250"sv,
    .name = "AMD Instinct MI250"sv,
    .spec = &mi250,
    .aliases = {"mi250"sv, "instinct-mi250"sv},
    .sources =
        {secondary(field::transistor_count, "amd-mi200-specs"sv,
                   "58.2 billion, the MI250X silicon (AMD figure; Hot Chips 34 reports quote 58 billion)"sv),
         datasheet(field::compute, "amd-mi200-specs"sv, "matrix peaks, 208 compute units"sv),
         estimate(field::die_area, "tomshardware-mi250x-pictured"sv,
                  "two Aldebaran GCDs of about 790 mm² (photo estimate; AMD does not publish it)"sv),
         derived(field::memory_layout, "amd-mi200-specs"sv, "as MI250X"sv),
         datasheet(field::memory_capacity, "amd-mi200-specs"sv),
         datasheet(field::memory_bandwidth, "amd-mi200-specs"sv),
         derived(
             field::io_bandwidth, "amd-mi200-specs"sv,
             "six Infinity Fabric links of 100 GB/s (the MI250X has eight); the PCIe 4.0 x16 host link not added"sv),
         datasheet(field::tdp, "amd-mi200-specs"sv), datasheet(field::market, "amd-mi200-specs"sv)},
    .note = "Infinity Fabric: six links of 100 GB/s (600 GB/s), at the 2022 text's I/O threshold."sv,
    .released_note = "announced 2021-11-08 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

inline constexpr accelerator mi300a{
    .name = "AMD Instinct MI300A"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 122.6_tflops), dense(fp32, 122.6_tflops), dense(tf32, 490.3_tflops),
                dense(fp16, 980.6_tflops), dense(bf16, 980.6_tflops), dense(fp8, 1961.2_tflops),
                dense(int8, 1961.2_tops)},
    .dies = {dies::mi300a_xcd, dies::mi300a_ccd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 8,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 662.5_GBps,
               .capacity = 128_GB,
               .bandwidth = 5.3_TBps},
    .tdp = 550_W,
    .released = std::chrono::year{2023} / 12 / 6,
    .transistor_count = 146'000'000'000,
};
inline constexpr entry mi300a_entry{
    .id = "amd-mi300a"sv,
    .name = "AMD Instinct MI300A"sv,
    .spec = &mi300a,
    .aliases = {"mi300a"sv, "instinct-mi300a"sv},
    .sources = {secondary(field::transistor_count, "amd-mi300a-datasheet"sv,
                          "146 billion (AMD figure; not re-read on the page)"sv),
                datasheet(field::compute, "amd-mi300a-datasheet"sv, "dense peaks"sv),
                estimate(field::die_area, "semianalysis-mi300"sv,
                         "6 XCD x ~115 + 3 CCD x ~70.4 + 4 IOD x ~370 mm²; not published by AMD"sv),
                derived(field::memory_layout, "amd-mi300a-datasheet"sv, "eight 16 GB HBM3 stacks; 5.3 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi300a-datasheet"sv, "unified with the CPU cores"sv),
                datasheet(field::memory_bandwidth, "amd-mi300a-datasheet"sv),
                datasheet(field::tdp, "amd-mi300a-datasheet"sv, "550 W typical, up to 760 W"sv),
                datasheet(field::market, "amd-mi300a-datasheet"sv)},
    .released_note = "launched at Advancing AI 2023 (from memory, unverified)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels (mainly in systems)"sv,
};

inline constexpr accelerator mi355x{
    .name = "AMD Instinct MI355X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 78.6_tflops), dense(fp16, 2516.6_tflops), dense(bf16, 2516.6_tflops),
                dense(fp8, 5033.2_tflops), dense(int8, 5033.2_tops), dense(fp6, 10066.3_tflops),
                dense(fp4, 10066.3_tflops)},
    .dies = {dies::mi355_xcd, dies::mi355_iod},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 36_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 288_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1075.2_GBps,
    .tdp = 1400_W,
    .released = std::chrono::year{2025} / 6 / 12,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 153.6 GB/s)"sv, 1075.2_GBps, link_direction::unknown}},
    .transistor_count = 185'000'000'000,
};
inline constexpr entry mi355x_entry{
    .id = "amd-mi355x"sv,
    .name = "AMD Instinct MI355X"sv,
    .spec = &mi355x,
    .aliases = {"mi355x"sv, "instinct-mi355x"sv},
    .sources = {secondary(field::transistor_count, "amd-cdna4-whitepaper"sv,
                          "185 billion, as AMD stated at launch (quoted by press)"sv),
                datasheet(field::compute, "amd-mi355x-page"sv, "dense peaks"sv),
                rate_source(fp6, value_kind::secondary, "amd-cdna4-whitepaper"sv,
                            "CDNA 4 runs MXFP6 at the MXFP4 rate (16,384 FLOP per CU per clock): 10,066.3 TFLOPS "sv
                            "dense, so FP6 sets the TPP; AMD's figures seen in secondary copies"sv),
                secondary(field::die_area, "isscc-mi355x"sv, "XCD 110 mm² each (N3P); I/O die area not published"sv),
                derived(field::memory_layout, "amd-mi355x-page"sv, "eight 36 GB HBM3e stacks; 8 TB/s / 8"sv),
                datasheet(field::memory_capacity, "amd-mi355x-page"sv),
                datasheet(field::memory_bandwidth, "amd-mi355x-page"sv),
                derived(field::io_bandwidth, "amd-mi355x-page"sv, "seven Infinity Fabric links x 153.6 GB/s"sv),
                datasheet(field::tdp, "amd-mi355x-page"sv), datasheet(field::market, "amd-mi355x-page"sv)},
    .note = "Density unknown (I/O die area unpublished); TPP alone places it in 3A090.a.1."sv,
    .released_note = "launched at Advancing AI 2025 (secondary)"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// The MI350X: the MI355X's silicon (same dies, 185 billion transistors) at a lower clock and power,
// air-cooled. AMD's own MI350X page was not found in the sources read: the rates are the MI355X's
// per-CU rates scaled by the clock (2.2 / 2.4 GHz), so they are estimates, and match AMD's rounded
// "2.3 PF" FP16 and the 18.45 PFLOPS sparse FP4/FP6 quoted by press.
inline constexpr accelerator mi350x{
    .name = "AMD Instinct MI350X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp64, 72.05_tflops), dense(fp16, 2306.9_tflops), dense(bf16, 2306.9_tflops),
                dense(fp8, 4613.7_tflops), dense(int8, 4613.7_tops), dense(fp6, 9227.5_tflops),
                dense(fp4, 9227.5_tflops)},
    .dies = {dies::mi355_xcd, dies::mi355_iod},
    .memory = mi355x.memory,
    .io_bandwidth = 1075.2_GBps,
    .tdp = 1000_W,
    .released = std::chrono::year{2025} / 6 / 12,
    .form_factor = form_factor::oam,
    .links = {.scale_up = {"Infinity Fabric (7 x 153.6 GB/s)"sv, 1075.2_GBps, link_direction::unknown},
              .host = {"PCIe 5.0 x16"sv, 64_GBps, link_direction::per_direction}},
    .transistor_count = 185'000'000'000,
};
inline constexpr entry mi350x_entry{
    .id = "amd-mi350x"sv,
    .name = "AMD Instinct MI350X"sv,
    .spec = &mi350x,
    .aliases = {"mi350x"sv, "instinct-mi350x"sv},
    .derived_from = "amd-mi355x"sv,
    .sources = {estimate(field::compute, "tomshardware-mi355x"sv,
                         "the MI355X's dense per-CU rates (256 CUs) scaled by the clock, 2.2 / 2.4 GHz: FP16 "sv
                         "2,306.9, FP8 and INT8 4,613.7, MXFP6 and MXFP4 9,227.5 (press: 18.45 PFLOPS with "sv
                         "sparsity), FP64 72.05; no TF32"sv),
                secondary(field::die_area, "techpowerup-mi350-silicon"sv,
                          "8 XCDs on TSMC N3P (110 mm² each, ISSCC) on 2 I/O dies on TSMC N6 (area not published)"sv),
                secondary(field::transistor_count, "techpowerup-mi350-silicon"sv, "185 billion, as the MI355X"sv),
                estimate(field::memory_layout, "tomshardware-mi355x"sv, "288 GB HBM3e read as eight 36 GB stacks"sv),
                secondary(field::memory_capacity, "theregister-mi355x"sv, "288 GB"sv),
                secondary(field::memory_bandwidth, "theregister-mi355x"sv, "8 TB/s"sv),
                secondary(field::io_bandwidth, "techpowerup-mi350-silicon"sv,
                          "seven Infinity Fabric links of 153.6 GB/s (direction not stated: a lower bound)"sv),
                secondary(field::links, "techpowerup-mi350-silicon"sv, "Infinity Fabric; PCIe 5.0 x16 host link"sv),
                secondary(field::tdp, "tomshardware-mi355x"sv, "1,000 W (MI355X: 1,400 W)"sv),
                secondary(field::market, "theregister-mi355x"sv),
                secondary(field::form_factor, "tomshardware-mi355x"sv, "OAM, air-cooled"sv),
                secondary(field::dates, "theregister-mi355x"sv, "launched at Advancing AI, 2025-06-12"sv)},
    .note =
        "MXFP6 runs at the MXFP4 rate and sets the TPP (9,227.5 x 6 = 55,365) if an MX format counts at its "sv
        "element bit length; no source discusses the shared 8-bit scale (docs/limitations.md)."sv,
    .announced = std::chrono::year{2025} / 6 / 12,
    .released_note = "launched at Advancing AI 2025 (secondary); shipping from the third quarter of 2025"sv,
    .us_available = truth::yes,
    .us_available_source = "judgement: sold through ordinary US channels"sv,
};

// The MI308X: a cut-down MI300-series part for China. AMD has published no figure for it; the April
// 2025 is-informed letter that requires a license for it to China is modelled in policy/measures.hpp
// (mi308-notice-2025), which matches this entry by vendor and name.
inline constexpr accelerator mi308x{
    .name = "AMD Instinct MI308X"sv,
    .vendor = "AMD"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .released = std::chrono::year{2025} / 4 / 16,
};
inline constexpr entry mi308x_entry{
    .id = "amd-mi308x"sv,
    .name = "AMD Instinct MI308X (China)"sv,
    .spec = &mi308x,
    .aliases = {"mi308"sv, "mi308x"sv},
    .sources = {secondary(field::identity, "theoutpost-mi308"sv,
                          "AMD's filing of April 2025: a license is required to export the MI308 to China; about "sv
                          "US$800 million in charges"sv),
                secondary(field::market, "theoutpost-mi308"sv, "datacenter accelerator"sv)},
    .note =
        "Known by name only: AMD published no rate, die or memory figure, so TPP, density and the "sv
        "classification are unknown; the April 2025 notice names it all the same."sv,
    .level = detail_level::name_only,
    .released_note = "on the market by 2024 (reported; no day): the date recorded is that of AMD's filing naming it"sv,
    .us_available = truth::no,
    .us_available_source = "made for China only"sv,
};

}  // namespace accelspec::catalog::amd
