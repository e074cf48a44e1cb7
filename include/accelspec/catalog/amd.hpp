// AMD Instinct accelerators. AMD datasheets print dense and sparse figures separately; the dense
// ones are recorded. Chiplet die areas are not published by AMD: they are analyst estimates and
// say so.
#pragma once

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::amd {
using namespace ::accelspec::literals;

namespace dies {
// TSMC N7 and N6 (FinFET): non-planar.
inline constexpr die arcturus{.name = "Arcturus", .area = 750_mm2, .transistors = non_planar};
inline constexpr die aldebaran_gcd{.name = "Aldebaran GCD", .area = 724_mm2, .transistors = non_planar};
// MI300 chiplets (SemiAnalysis estimates): compute dies on N5, I/O base dies on N6, both FinFET.
// The I/O dies are logic dies for the rule (see docs/limitations.md).
inline constexpr die mi300_xcd{.name = "MI300 XCD", .area = 115_mm2, .transistors = non_planar, .count = 8};
inline constexpr die mi300a_xcd{.name = "MI300 XCD", .area = 115_mm2, .transistors = non_planar, .count = 6};
inline constexpr die mi300a_ccd{.name = "Zen 4 CCD", .area = 70.4_mm2, .transistors = non_planar, .count = 3};
inline constexpr die mi300_iod{
    .name = "MI300 IOD", .area = 370_mm2, .transistors = non_planar, .role = die_role::io, .count = 4};
// MI355X: the XCD area was presented at ISSCC; the I/O die area is not public (unknown).
inline constexpr die mi355_xcd{.name = "MI355 XCD", .area = 110_mm2, .transistors = non_planar, .count = 8};
inline constexpr die mi355_iod{.name = "MI355 IOD", .transistors = non_planar, .role = die_role::io, .count = 2};
}  // namespace dies

inline constexpr accelerator mi300x{
    .name = "AMD Instinct MI300X",
    .vendor = "AMD",
    .market = market::datacenter,
    .compute = {dense(fp64, 163.4_tflops), dense(fp32, 163.4_tflops), dense(tf32, 653.7_tflops),
                dense(fp16, 1307.4_tflops), dense(bf16, 1307.4_tflops), dense(fp8, 2614.9_tflops),
                dense(int8, 2614.9_tops)},
    .dies = {dies::mi300_xcd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3, .stacks = 8, .stack_capacity = 24_GB,
               .stack_bandwidth = 662.5_GBps, .capacity = 192_GB, .bandwidth = 5.3_TBps},
    .io_bandwidth = 896_GBps,
    .tdp = 750_W,
};
inline constexpr entry mi300x_entry{
    .id = "amd-mi300x",
    .name = "AMD Instinct MI300X",
    .spec = &mi300x,
    .aliases = {"mi300x", "instinct-mi300x"},
    .sources = {datasheet(field::compute, "amd-mi300x-datasheet", "dense peaks (the sheet lists sparse separately)"),
                estimate(field::die_area, "semianalysis-mi300",
                         "8 XCD x ~115 mm² (N5) + 4 IOD x ~370 mm² (N6); not published by AMD"),
                derived(field::memory_layout, "amd-mi300x-datasheet",
                        "eight 24 GB HBM3 stacks; per-stack rate = 5.3 TB/s / 8"),
                datasheet(field::memory_capacity, "amd-mi300x-datasheet"),
                datasheet(field::memory_bandwidth, "amd-mi300x-datasheet"),
                datasheet(field::io_bandwidth, "amd-mi300x-datasheet", "Infinity Fabric, 7 links x 128 GB/s"),
                datasheet(field::tdp, "amd-mi300x-datasheet"), datasheet(field::market, "amd-mi300x-datasheet")},
};

inline constexpr accelerator mi325x{
    .name = "AMD Instinct MI325X",
    .vendor = "AMD",
    .market = market::datacenter,
    .compute = mi300x.compute,
    .dies = {dies::mi300_xcd, dies::mi300_iod},
    .memory = {.technology = memory_technology::hbm3e, .stacks = 8, .stack_capacity = 32_GB,
               .stack_bandwidth = 750_GBps, .capacity = 256_GB, .bandwidth = 6_TBps},
    .io_bandwidth = 896_GBps,
    .tdp = 1000_W,
};
inline constexpr entry mi325x_entry{
    .id = "amd-mi325x",
    .name = "AMD Instinct MI325X",
    .spec = &mi325x,
    .aliases = {"mi325x", "instinct-mi325x"},
    .sources = {datasheet(field::compute, "amd-mi325x-page", "same CDNA 3 compute as MI300X"),
                estimate(field::die_area, "semianalysis-mi300", "same silicon as MI300X"),
                derived(field::memory_layout, "amd-mi325x-page",
                        "eight 32 GB HBM3e stacks; per-stack rate = 6 TB/s / 8"),
                datasheet(field::memory_capacity, "amd-mi325x-page"),
                datasheet(field::memory_bandwidth, "amd-mi325x-page"),
                datasheet(field::io_bandwidth, "amd-mi325x-page"), datasheet(field::tdp, "amd-mi325x-page"),
                datasheet(field::market, "amd-mi325x-page")},
    .claims = {tpp_claim(20800, 800, "tomshardware-2026",
                         "TPP 20,800 (1,300 TFLOPS x 16: a figure rounded to the nearest 100 TFLOPS, so +/- 50 x 16)"),
               china_review_2026_claim("bis-2026", "named with the NVIDIA H200 as within the case-by-case parameters")},
};

}  // namespace accelspec::catalog::amd
