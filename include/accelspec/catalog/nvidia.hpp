// NVIDIA accelerators. Dense rates only: where a datasheet prints only the sparse headline, the
// entry records that headline and the spec converts it with dense_from_sparse. Die records are
// shared between the SKUs cut from one die.
#pragma once

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::nvidia {
using namespace ::accelspec::literals;

namespace dies {
// All TSMC FinFET (12FFN, N7, 4N, 4NP) or Samsung 8N (FinFET): non-planar, so they count.
inline constexpr die gv100{.name = "GV100", .area = 815_mm2, .transistors = non_planar};
inline constexpr die ga100{.name = "GA100", .area = 826_mm2, .transistors = non_planar};
inline constexpr die ga102{.name = "GA102", .area = 628.4_mm2, .transistors = non_planar};
inline constexpr die tu104{.name = "TU104", .area = 545_mm2, .transistors = non_planar};
inline constexpr die gh100{.name = "GH100", .area = 814_mm2, .transistors = non_planar};
inline constexpr die ad102{.name = "AD102", .area = 608.5_mm2, .transistors = non_planar};
inline constexpr die ad103{.name = "AD103", .area = 378.6_mm2, .transistors = non_planar};
inline constexpr die ad104{.name = "AD104", .area = 294.5_mm2, .transistors = non_planar};
inline constexpr die gb202{.name = "GB202", .area = 750_mm2, .transistors = non_planar};
// NVIDIA has not published the Blackwell datacenter die area: two reticle-sized dies of about
// 800 mm² each is an analyst estimate.
inline constexpr die gb100{.name = "GB100", .area = 800_mm2, .transistors = non_planar, .count = 2};
}  // namespace dies

// --- Hopper (GH100) ---------------------------------------------------------------------------

inline constexpr accelerator h100_sxm{
    .name = "NVIDIA H100 SXM5 80GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 67_tflops), dense(tf32, 494.7_tflops), dense(fp16, 989.4_tflops), dense(bf16, 989.4_tflops),
                dense(fp8, 1978.9_tflops), dense(int8, 1978.9_tops)},
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 670_GBps,
               .capacity = 80_GB,
               .bandwidth = 3.35_TBps},
    .io_bandwidth = 900_GBps,
    .tdp = 700_W,
};
inline constexpr entry h100_sxm_entry{
    .id = "nvidia-h100-sxm",
    .name = "NVIDIA H100 SXM",
    .spec = &h100_sxm,
    .aliases = {"h100", "h100-sxm", "h100-sxm5", "nvidia-h100"},
    .sources = {datasheet(field::compute, "nvidia-h100-whitepaper", "dense Tensor Core peaks, SXM5 at boost clock"),
                datasheet(field::die_area, "nvidia-h100-whitepaper", "GH100, 814 mm², TSMC 4N"),
                derived(field::memory_layout, "nvidia-h100-whitepaper",
                        "five active HBM3 stacks of 16 GB; per-stack rate = 3.35 TB/s / 5"),
                datasheet(field::memory_capacity, "nvidia-h100-page"),
                datasheet(field::memory_bandwidth, "nvidia-h100-page"),
                datasheet(field::io_bandwidth, "nvidia-h100-page", "NVLink 900 GB/s"),
                datasheet(field::tdp, "nvidia-h100-page"), datasheet(field::market, "nvidia-h100-page")},
    .claims = {density_claim(rational::from_decimal(194, 1), rational::from_decimal(5, 2), "semianalysis-h20",
                             "performance density 19.4")},
};

inline constexpr accelerator h20{
    .name = "NVIDIA H20",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 1_tflops), dense(tf32, 74_tflops), dense(fp16, 148_tflops), dense(bf16, 148_tflops),
                dense(fp8, 296_tflops), dense(int8, 296_tops)},
    .dies = {dies::gh100},
    // 4.0 TB/s over six stacks is not a whole number of bytes/s per stack: left unknown.
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .capacity = 96_GB,
               .bandwidth = 4_TBps},
    .io_bandwidth = 900_GBps,
    .tdp = 400_W,
};
inline constexpr entry h20_entry{
    .id = "nvidia-h20",
    .name = "NVIDIA H20",
    .spec = &h20,
    .aliases = {"h20", "h20-hgx"},
    .derived_from = "nvidia-h100-sxm",
    .sources = {secondary(field::compute, "tomshardware-h20", "no public NVIDIA datasheet; dense figures"),
                secondary(field::die_area, "semianalysis-h20", "full GH100 die"),
                estimate(field::memory_layout, "tomshardware-h20", "96 GB read as six 16 GB HBM3 stacks"),
                secondary(field::memory_capacity, "tomshardware-h20"),
                secondary(field::memory_bandwidth, "tomshardware-h20"),
                secondary(field::io_bandwidth, "tomshardware-h20", "NVLink 900 GB/s"),
                secondary(field::tdp, "tomshardware-h20"), secondary(field::market, "tomshardware-h20")},
    .claims = {tpp_claim(2368, rational::from_decimal(5, 1), "whatpsu-h20", "TPP 2,368"),
               density_claim(rational::from_decimal(29, 1), rational::from_decimal(5, 2), "semianalysis-h20",
                             "performance density 2.9"),
               eccn_claim(eccn::none, "3a090-2023", "tomshardware-h20",
                          "designed to stay under the October 2023 thresholds")},
    .note =
        "China-market derivative of H100; from April 2025 licensed by an is-informed letter, not by 3A090 "
        "parameters.",
};

inline constexpr accelerator h200_sxm{
    .name = "NVIDIA H200 SXM 141GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = h100_sxm.compute,
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 6,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 800_GBps,
               .capacity = 141_GB,
               .bandwidth = 4.8_TBps},
    .io_bandwidth = 900_GBps,
    .tdp = 700_W,
};
inline constexpr entry h200_sxm_entry{
    .id = "nvidia-h200-sxm",
    .name = "NVIDIA H200 SXM",
    .spec = &h200_sxm,
    .aliases = {"h200", "h200-sxm", "nvidia-h200"},
    .sources = {datasheet(field::compute, "nvidia-h100-whitepaper", "same GH100 Tensor Core peaks as H100 SXM"),
                datasheet(field::die_area, "nvidia-h100-whitepaper"),
                derived(field::memory_layout, "nvidia-h200-page",
                        "six 24 GB HBM3e stacks (144 GB physical); per-stack rate = 4.8 TB/s / 6"),
                datasheet(field::memory_capacity, "nvidia-h200-page"),
                datasheet(field::memory_bandwidth, "nvidia-h200-page"),
                datasheet(field::io_bandwidth, "nvidia-h200-page"), datasheet(field::tdp, "nvidia-h200-page"),
                datasheet(field::market, "nvidia-h200-page")},
    .claims = {tpp_claim(15832, 1, "tomshardware-2026", "TPP 15,832 (989.5 TFLOPS x 16; our 1,978.9 x 8 = 15,831.2)"),
               china_review_2026_claim("bis-2026", "named with the AMD MI325X as within the case-by-case parameters")},
};

// --- Ampere (GA100) ---------------------------------------------------------------------------

inline constexpr accelerator a100_sxm{
    .name = "NVIDIA A100 SXM4 80GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 19.5_tflops), dense(tf32, 156_tflops), dense(fp16, 312_tflops), dense(bf16, 312_tflops),
                dense(int8, 624_tops), dense(int4, 1248_tops)},
    .dies = {dies::ga100},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 407.8_GBps,
               .capacity = 80_GB,
               .bandwidth = 2039_GBps},
    .io_bandwidth = 600_GBps,
    .tdp = 400_W,
};
inline constexpr entry a100_sxm_entry{
    .id = "nvidia-a100-sxm",
    .name = "NVIDIA A100 SXM 80GB",
    .spec = &a100_sxm,
    .aliases = {"a100", "a100-sxm", "a100-sxm4", "nvidia-a100"},
    .sources = {datasheet(field::compute, "nvidia-a100-datasheet", "dense figures (the sheet prints both)"),
                datasheet(field::die_area, "nvidia-a100-whitepaper", "GA100, 826 mm², TSMC N7"),
                derived(field::memory_layout, "nvidia-a100-whitepaper",
                        "five active HBM2e stacks of 16 GB; per-stack rate = 2,039 GB/s / 5"),
                datasheet(field::memory_capacity, "nvidia-a100-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-a100-datasheet"),
                datasheet(field::io_bandwidth, "nvidia-a100-datasheet", "NVLink 600 GB/s"),
                datasheet(field::tdp, "nvidia-a100-datasheet"), datasheet(field::market, "nvidia-a100-datasheet")},
    .claims = {tpp_claim(4992, rational::from_decimal(5, 1), "tomshardware-4090d", "TPP 4,992"),
               eccn_claim(eccn::a, "3a090-2023", "tomshardware-4090d", "controlled under the October 2023 rule")},
};

inline constexpr accelerator a800_sxm{
    .name = "NVIDIA A800 SXM4 80GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = a100_sxm.compute,
    .dies = {dies::ga100},
    .memory = a100_sxm.memory,
    .io_bandwidth = 400_GBps,
    .tdp = 400_W,
};
inline constexpr entry a800_sxm_entry{
    .id = "nvidia-a800-sxm",
    .name = "NVIDIA A800 SXM 80GB",
    .spec = &a800_sxm,
    .aliases = {"a800", "a800-sxm", "nvidia-a800"},
    .derived_from = "nvidia-a100-sxm",
    .sources = {secondary(field::compute, "tweakers-a800", "compute unchanged from A100"),
                datasheet(field::die_area, "nvidia-a100-whitepaper"),
                derived(field::memory_layout, "nvidia-a100-whitepaper", "as A100 SXM 80GB"),
                secondary(field::memory_capacity, "tweakers-a800"), secondary(field::memory_bandwidth, "tweakers-a800"),
                secondary(field::io_bandwidth, "tweakers-a800", "NVLink cut from 600 to 400 GB/s"),
                secondary(field::tdp, "tweakers-a800"), secondary(field::market, "tweakers-a800")},
    .claims = {eccn_claim(eccn::none, "3a090-2022", "tweakers-a800",
                          "not covered by the October 2022 export restrictions (interconnect under 600 GB/s)"),
               eccn_claim(eccn::a, "3a090-2023", "tomshardware-4090d", "restricted by the October 2023 rule")},
    .note = "Cut for the 2022 text: the NVLink rate is under its 600 GB/s I/O prong.",
};

// --- Ada Lovelace ------------------------------------------------------------------------------

inline constexpr accelerator rtx_4090{
    .name = "NVIDIA GeForce RTX 4090",
    .vendor = "NVIDIA",
    .market = market::other,
    // GeForce: FP16 with FP16 accumulate at full rate; BF16 and TF32 (FP32 accumulate) at half rate.
    .compute = {dense(tf32, 82.6_tflops), dense(fp16, 330.3_tflops), dense(bf16, 165.2_tflops),
                dense(fp8, 660.6_tflops), dense(int8, 660.6_tops), dense(int4, 1321.2_tops)},
    .dies = {dies::ad102},
    .memory = {.technology = memory_technology::gddr6x,
               .stacks = 12,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 84_GBps,
               .capacity = 24_GB,
               .bandwidth = 1008_GBps},
    .tdp = 450_W,
};
inline constexpr entry rtx_4090_entry{
    .id = "nvidia-rtx-4090",
    .name = "NVIDIA GeForce RTX 4090",
    .spec = &rtx_4090,
    .aliases = {"rtx-4090", "rtx4090", "4090", "geforce-rtx-4090"},
    .sources = {datasheet(field::compute, "nvidia-ada-whitepaper", "dense Tensor Core peaks at 2,520 MHz boost"),
                datasheet(field::die_area, "nvidia-ada-whitepaper", "AD102, 608.5 mm², TSMC 4N"),
                derived(field::memory_layout, "nvidia-ada-whitepaper",
                        "twelve 2 GB GDDR6X packages on a 384-bit bus at 21 Gbps (84 GB/s each)"),
                datasheet(field::memory_capacity, "nvidia-ada-whitepaper"),
                datasheet(field::memory_bandwidth, "nvidia-ada-whitepaper"),
                datasheet(field::tdp, "nvidia-ada-whitepaper"),
                datasheet(field::market, "nvidia-ada-whitepaper", "GeForce: gaming and creator market")},
    .claims = {tpp_claim(5285, rational::from_decimal(5, 1), "winbuzzer-4090d", "TPP 5,285"),
               eccn_claim(eccn::a, "3a090-2023", "tomshardware-4090d",
                          "TPP over 4,800: restricted for China (license exception NAC as a non-datacenter item)")},
};

inline constexpr accelerator rtx_4090d{
    .name = "NVIDIA GeForce RTX 4090D",
    .vendor = "NVIDIA",
    .market = market::other,
    .compute = {dense(tf32, 73.6_tflops), dense(fp16, 294.2_tflops), dense(bf16, 147.1_tflops),
                dense(fp8, 588.3_tflops), dense(int8, 588.3_tops)},
    .dies = {dies::ad102},
    .memory = rtx_4090.memory,
    .tdp = 425_W,
};
inline constexpr entry rtx_4090d_entry{
    .id = "nvidia-rtx-4090d",
    .name = "NVIDIA GeForce RTX 4090D",
    .spec = &rtx_4090d,
    .aliases = {"rtx-4090d", "rtx4090d", "4090d", "rtx-4090-d"},
    .derived_from = "nvidia-rtx-4090",
    .sources = {secondary(field::compute, "tomshw-it-4090d", "114 of 128 SMs enabled"),
                datasheet(field::die_area, "nvidia-ada-whitepaper", "AD102"),
                derived(field::memory_layout, "nvidia-ada-whitepaper", "as RTX 4090"),
                secondary(field::memory_capacity, "winbuzzer-4090d"),
                secondary(field::memory_bandwidth, "winbuzzer-4090d"), secondary(field::tdp, "winbuzzer-4090d"),
                secondary(field::market, "winbuzzer-4090d", "GeForce gaming card")},
    .claims = {tpp_claim(4707, rational::from_decimal(5, 1), "winbuzzer-4090d",
                         "TPP 4,707 (our 294.2 TFLOPS FP16 x 16 = 4,707.2)"),
               eccn_claim(eccn::none, "3a090-2023", "winbuzzer-4090d",
                          "below 4,800 and not for datacenters: outside 3A090 by the note")},
    .note = "China-market GeForce cut to stay under TPP 4,800 so that the non-datacenter note applies.",
};

inline constexpr accelerator l4{
    .name = "NVIDIA L4",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(tf32, dense_from_sparse(120_sparse_tflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(242_sparse_tflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(242_sparse_tflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(485_sparse_tflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(485_sparse_tops, sparsity::structured_2_4))},
    .dies = {dies::ad104},
    .memory = {.technology = memory_technology::gddr6, .capacity = 24_GB, .bandwidth = 300_GBps},
    .tdp = 72_W,
};
inline constexpr entry l4_entry{
    .id = "nvidia-l4",
    .name = "NVIDIA L4",
    .spec = &l4,
    .aliases = {"l4"},
    .sources = {derived(field::compute, "nvidia-l4-datasheet", "the datasheet prints sparse figures only; halved"),
                datasheet(field::die_area, "nvidia-ada-whitepaper", "AD104, 294.5 mm²"),
                datasheet(field::memory_layout, "nvidia-l4-datasheet", "GDDR6; package count not printed"),
                datasheet(field::memory_capacity, "nvidia-l4-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-l4-datasheet"), datasheet(field::tdp, "nvidia-l4-datasheet"),
                datasheet(field::market, "nvidia-l4-datasheet")},
    .sparse = {{fp8, 485_sparse_tflops},
               {int8, 485_sparse_tops},
               {fp16, 242_sparse_tflops},
               {bf16, 242_sparse_tflops},
               {tf32, 120_sparse_tflops}},
    .claims = {density_claim(rational::from_decimal(66, 1), rational::from_decimal(5, 2), "tomshardware-4090d",
                             "performance density 6.6"),
               eccn_claim(eccn::a, "3a090-2023", "tomshardware-4090d", "restricted through the density clause")},
};

// --- Blackwell -------------------------------------------------------------------------------

inline constexpr accelerator b200{
    .name = "NVIDIA B200 (HGX, 1000 W)",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 37_tflops), dense(tf32, dense_from_sparse(2.2_sparse_pflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(4.5_sparse_pflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(4.5_sparse_pflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(9_sparse_pflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(9_sparse_pops, sparsity::structured_2_4)),
                dense(fp4, dense_from_sparse(18_sparse_pflops, sparsity::structured_2_4))},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 962.5_GBps,
               .capacity = 180_GB,
               .bandwidth = 7.7_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1000_W,
};
inline constexpr entry b200_entry{
    .id = "nvidia-b200",
    .name = "NVIDIA B200 (HGX)",
    .spec = &b200,
    .aliases = {"b200", "b200-hgx"},
    .sources = {derived(field::compute, "nvidia-hgx-page",
                        "per-GPU share of the HGX B200 table; sparse rows halved; FP64 is dense"),
                estimate(field::die_area, "lynskey-blackwell", "two reticle-sized dies of about 800 mm² each"),
                derived(field::memory_layout, "lockwood-blackwell",
                        "eight 24 GB HBM3e stacks (192 GB physical); per-stack rate = 7.7 TB/s / 8"),
                datasheet(field::memory_capacity, "nvidia-hgx-page", "180 GB in the current HGX table"),
                datasheet(field::memory_bandwidth, "nvidia-hgx-page"),
                datasheet(field::io_bandwidth, "nvidia-hgx-page", "fifth-generation NVLink, 1.8 TB/s"),
                secondary(field::tdp, "lockwood-blackwell"), datasheet(field::market, "nvidia-hgx-page")},
    .sparse = {{tf32, 2.2_sparse_pflops},
               {fp16, 4.5_sparse_pflops},
               {bf16, 4.5_sparse_pflops},
               {fp8, 9_sparse_pflops},
               {int8, 9_sparse_pops},
               {fp4, 18_sparse_pflops}},
};

// --- Volta, Turing, more Ampere --------------------------------------------------------------

inline constexpr accelerator v100_sxm2{
    .name = "NVIDIA V100 SXM2 32GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    // No TF32, BF16, FP8 or INT8 Tensor Core path on Volta.
    .compute = {dense(fp64, 7.8_tflops), dense(fp32, 15.7_tflops), dense(fp16, 125_tflops)},
    .dies = {dies::gv100},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 4,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 225_GBps,
               .capacity = 32_GB,
               .bandwidth = 900_GBps},
    .io_bandwidth = 300_GBps,
    .tdp = 300_W,
};
inline constexpr entry v100_sxm2_entry{
    .id = "nvidia-v100-sxm2",
    .name = "NVIDIA V100 SXM2 32GB",
    .spec = &v100_sxm2,
    .aliases = {"v100", "v100-sxm2", "tesla-v100"},
    .sources = {datasheet(field::compute, "nvidia-v100-datasheet"),
                secondary(field::die_area, "epoch-chips", "GV100, 815 mm², TSMC 12FFN"),
                derived(field::memory_layout, "nvidia-v100-datasheet",
                        "four 8 GB HBM2 stacks; per-stack rate = 900 GB/s / 4"),
                datasheet(field::memory_capacity, "nvidia-v100-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-v100-datasheet"),
                datasheet(field::io_bandwidth, "nvidia-v100-datasheet", "NVLink 300 GB/s"),
                datasheet(field::tdp, "nvidia-v100-datasheet"), datasheet(field::market, "nvidia-v100-datasheet")},
};

inline constexpr accelerator t4{
    .name = "NVIDIA T4",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    // Turing has no structured sparsity: the datasheet figures are dense.
    .compute = {dense(fp32, 8.1_tflops), dense(fp16, 65_tflops), dense(int8, 130_tops), dense(int4, 260_tops)},
    .dies = {dies::tu104},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 8,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 40_GBps,
               .capacity = 16_GB,
               .bandwidth = 320_GBps},
    .tdp = 70_W,
};
inline constexpr entry t4_entry{
    .id = "nvidia-t4",
    .name = "NVIDIA T4",
    .spec = &t4,
    .aliases = {"t4", "tesla-t4"},
    .sources = {datasheet(field::compute, "nvidia-t4-datasheet", "mixed-precision FP16/FP32, INT8, INT4 peaks"),
                datasheet(field::die_area, "nvidia-turing-whitepaper", "TU104, 545 mm², TSMC 12FFN"),
                derived(field::memory_layout, "nvidia-t4-datasheet",
                        "256-bit bus at 10 Gbps: eight 2 GB GDDR6 packages of 40 GB/s"),
                datasheet(field::memory_capacity, "nvidia-t4-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-t4-datasheet"), datasheet(field::tdp, "nvidia-t4-datasheet"),
                datasheet(field::market, "nvidia-t4-datasheet")},
};

inline constexpr accelerator a100_pcie{
    .name = "NVIDIA A100 PCIe 80GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = a100_sxm.compute,
    .dies = {dies::ga100},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 387_GBps,
               .capacity = 80_GB,
               .bandwidth = 1935_GBps},
    .io_bandwidth = 600_GBps,
    .tdp = 300_W,
};
inline constexpr entry a100_pcie_entry{
    .id = "nvidia-a100-pcie",
    .name = "NVIDIA A100 PCIe 80GB",
    .spec = &a100_pcie,
    .aliases = {"a100-pcie"},
    .sources = {datasheet(field::compute, "nvidia-a100-datasheet", "same peaks as the SXM module"),
                datasheet(field::die_area, "nvidia-a100-whitepaper"),
                derived(field::memory_layout, "nvidia-a100-whitepaper",
                        "five active HBM2e stacks of 16 GB; per-stack rate = 1,935 GB/s / 5"),
                datasheet(field::memory_capacity, "nvidia-a100-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-a100-datasheet"),
                datasheet(field::io_bandwidth, "nvidia-a100-datasheet", "NVLink bridge for two GPUs, 600 GB/s"),
                datasheet(field::tdp, "nvidia-a100-datasheet"), datasheet(field::market, "nvidia-a100-datasheet")},
};

inline constexpr accelerator a30{
    .name = "NVIDIA A30",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 10.3_tflops), dense(tf32, 82_tflops), dense(fp16, 165_tflops), dense(bf16, 165_tflops),
                dense(int8, 330_tops), dense(int4, 661_tops)},
    .dies = {dies::ga100},
    .memory = {.technology = memory_technology::hbm2,
               .stacks = 3,
               .stack_capacity = 8_GB,
               .stack_bandwidth = 311_GBps,
               .capacity = 24_GB,
               .bandwidth = 933_GBps},
    .io_bandwidth = 200_GBps,
    .tdp = 165_W,
};
inline constexpr entry a30_entry{
    .id = "nvidia-a30",
    .name = "NVIDIA A30",
    .spec = &a30,
    .aliases = {"a30"},
    .sources = {datasheet(field::compute, "nvidia-a30-datasheet", "dense figures; INT4 661 TOPS as printed"),
                datasheet(field::die_area, "nvidia-a100-whitepaper", "GA100"),
                estimate(field::memory_layout, "nvidia-a30-datasheet", "3072-bit bus read as three 8 GB HBM2 stacks"),
                datasheet(field::memory_capacity, "nvidia-a30-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-a30-datasheet"),
                datasheet(field::io_bandwidth, "nvidia-a30-datasheet", "NVLink bridge, 200 GB/s"),
                datasheet(field::tdp, "nvidia-a30-datasheet"), datasheet(field::market, "nvidia-a30-datasheet")},
    .note = "The printed INT4 rate (661 x 4 = 2,644) is its highest TPP, just above the INT8 figure (2,640).",
};

inline constexpr accelerator a10{
    .name = "NVIDIA A10",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp32, 31.2_tflops), dense(tf32, 62.5_tflops), dense(fp16, 125_tflops), dense(bf16, 125_tflops),
                dense(int8, 250_tops), dense(int4, 500_tops)},
    .dies = {dies::ga102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 12,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 50_GBps,
               .capacity = 24_GB,
               .bandwidth = 600_GBps},
    .tdp = 150_W,
};
inline constexpr entry a10_entry{
    .id = "nvidia-a10",
    .name = "NVIDIA A10",
    .spec = &a10,
    .aliases = {"a10"},
    .sources = {datasheet(field::compute, "nvidia-a10-datasheet", "dense figures (the sheet prints both)"),
                datasheet(field::die_area, "nvidia-ga102-whitepaper", "GA102, 628.4 mm², Samsung 8N"),
                derived(field::memory_layout, "nvidia-a10-datasheet",
                        "384-bit bus at 12.5 Gbps: twelve 2 GB GDDR6 packages of 50 GB/s"),
                datasheet(field::memory_capacity, "nvidia-a10-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-a10-datasheet"),
                datasheet(field::tdp, "nvidia-a10-datasheet"), datasheet(field::market, "nvidia-a10-datasheet")},
};

inline constexpr accelerator a40{
    .name = "NVIDIA A40",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp32, 37.4_tflops), dense(tf32, 74.8_tflops), dense(fp16, 149.7_tflops),
                dense(bf16, 149.7_tflops), dense(int8, 299.3_tops), dense(int4, 598.7_tops)},
    .dies = {dies::ga102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 24,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 29_GBps,
               .capacity = 48_GB,
               .bandwidth = 696_GBps},
    .io_bandwidth = 112.5_GBps,
    .tdp = 300_W,
};
inline constexpr entry a40_entry{
    .id = "nvidia-a40",
    .name = "NVIDIA A40",
    .spec = &a40,
    .aliases = {"a40"},
    .sources = {datasheet(field::compute, "nvidia-a40-datasheet", "dense figures (the sheet prints both)"),
                datasheet(field::die_area, "nvidia-ga102-whitepaper", "GA102, 628.4 mm², Samsung 8N"),
                derived(field::memory_layout, "nvidia-a40-datasheet",
                        "384-bit bus at 14.5 Gbps, clamshell: 24 x 2 GB GDDR6 packages of 29 GB/s"),
                datasheet(field::memory_capacity, "nvidia-a40-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-a40-datasheet"),
                datasheet(field::io_bandwidth, "nvidia-a40-datasheet", "NVLink bridge, 112.5 GB/s bidirectional"),
                datasheet(field::tdp, "nvidia-a40-datasheet"), datasheet(field::market, "nvidia-a40-datasheet")},
};

// --- more Hopper -----------------------------------------------------------------------------

inline constexpr accelerator h100_pcie{
    .name = "NVIDIA H100 PCIe 80GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 51_tflops), dense(tf32, dense_from_sparse(756_sparse_tflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(1513_sparse_tflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(1513_sparse_tflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(3026_sparse_tflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(3026_sparse_tops, sparsity::structured_2_4))},
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 5,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 400_GBps,
               .capacity = 80_GB,
               .bandwidth = 2_TBps},
    .io_bandwidth = 600_GBps,
    .tdp = 350_W,
};
inline constexpr entry h100_pcie_entry{
    .id = "nvidia-h100-pcie",
    .name = "NVIDIA H100 PCIe",
    .spec = &h100_pcie,
    .aliases = {"h100-pcie"},
    .sources = {derived(field::compute, "nvidia-h100-page", "Tensor Core rows printed with sparsity; halved"),
                rate_source(fp64, value_kind::datasheet, "nvidia-h100-page", "FP64 Tensor Core, dense"),
                datasheet(field::die_area, "nvidia-h100-whitepaper"),
                derived(field::memory_layout, "nvidia-h100-whitepaper",
                        "five active HBM2e stacks of 16 GB; per-stack rate = 2 TB/s / 5"),
                datasheet(field::memory_capacity, "nvidia-h100-page"),
                datasheet(field::memory_bandwidth, "nvidia-h100-page"),
                datasheet(field::io_bandwidth, "nvidia-h100-page", "NVLink bridge, 600 GB/s"),
                datasheet(field::tdp, "nvidia-h100-page", "300-350 W configurable"),
                datasheet(field::market, "nvidia-h100-page")},
    .sparse = {{tf32, 756_sparse_tflops},
               {fp16, 1513_sparse_tflops},
               {bf16, 1513_sparse_tflops},
               {fp8, 3026_sparse_tflops},
               {int8, 3026_sparse_tops}},
};

inline constexpr accelerator h100_nvl{
    .name = "NVIDIA H100 NVL (per GPU)",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 60_tflops), dense(tf32, dense_from_sparse(835_sparse_tflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(1671_sparse_tflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(1671_sparse_tflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(3341_sparse_tflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(3341_sparse_tops, sparsity::structured_2_4))},
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm3,
               .stacks = 6,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 650_GBps,
               .capacity = 94_GB,
               .bandwidth = 3.9_TBps},
    .io_bandwidth = 600_GBps,
    .tdp = 400_W,
};
inline constexpr entry h100_nvl_entry{
    .id = "nvidia-h100-nvl",
    .name = "NVIDIA H100 NVL",
    .spec = &h100_nvl,
    .aliases = {"h100-nvl"},
    .sources = {derived(field::compute, "nvidia-h100-page", "NVL column printed with sparsity; halved"),
                rate_source(fp64, value_kind::datasheet, "nvidia-h100-page", "FP64 Tensor Core, dense"),
                datasheet(field::die_area, "nvidia-h100-whitepaper"),
                derived(field::memory_layout, "nvidia-h100-page",
                        "six 16 GB HBM3 stacks (96 GB physical); per-stack rate = 3.9 TB/s / 6"),
                datasheet(field::memory_capacity, "nvidia-h100-page"),
                datasheet(field::memory_bandwidth, "nvidia-h100-page"),
                datasheet(field::io_bandwidth, "nvidia-h100-page", "NVLink bridge, 600 GB/s"),
                datasheet(field::tdp, "nvidia-h100-page", "350-400 W configurable"),
                datasheet(field::market, "nvidia-h100-page")},
    .sparse = {{tf32, 835_sparse_tflops},
               {fp16, 1671_sparse_tflops},
               {bf16, 1671_sparse_tflops},
               {fp8, 3341_sparse_tflops},
               {int8, 3341_sparse_tops}},
    .note = "Sold as a bridged pair; figures are per GPU.",
};

inline constexpr accelerator h800_sxm{
    .name = "NVIDIA H800 SXM5",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 1_tflops), dense(tf32, 494.7_tflops), dense(fp16, 989.4_tflops), dense(bf16, 989.4_tflops),
                dense(fp8, 1978.9_tflops), dense(int8, 1978.9_tops)},
    .dies = {dies::gh100},
    .memory = h100_sxm.memory,
    .io_bandwidth = 400_GBps,
    .tdp = 700_W,
};
inline constexpr entry h800_sxm_entry{
    .id = "nvidia-h800-sxm",
    .name = "NVIDIA H800 SXM",
    .spec = &h800_sxm,
    .aliases = {"h800", "h800-sxm"},
    .derived_from = "nvidia-h100-sxm",
    .sources = {secondary(field::compute, "philisun-h800", "Tensor Core rates as H100 SXM; FP64 cut to about 1 TFLOPS"),
                datasheet(field::die_area, "nvidia-h100-whitepaper"),
                derived(field::memory_layout, "nvidia-h100-whitepaper", "as H100 SXM"),
                secondary(field::memory_capacity, "philisun-h800"), secondary(field::memory_bandwidth, "philisun-h800"),
                secondary(field::io_bandwidth, "philisun-h800", "NVLink cut from 900 to 400 GB/s"),
                secondary(field::tdp, "philisun-h800"), secondary(field::market, "philisun-h800")},
    .note = "Cut for the 2022 text (I/O under 600 GB/s); caught by the 2023 text's TPP-only clause.",
};

inline constexpr accelerator h200_nvl{
    .name = "NVIDIA H200 NVL (per GPU)",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = h100_nvl.compute,
    .dies = {dies::gh100},
    .memory = h200_sxm.memory,
    .io_bandwidth = 900_GBps,
    .tdp = 600_W,
};
inline constexpr entry h200_nvl_entry{
    .id = "nvidia-h200-nvl",
    .name = "NVIDIA H200 NVL",
    .spec = &h200_nvl,
    .aliases = {"h200-nvl"},
    .sources = {derived(field::compute, "nvidia-h200-page", "NVL column printed with sparsity; halved"),
                rate_source(fp64, value_kind::datasheet, "nvidia-h200-page", "FP64 Tensor Core, dense"),
                datasheet(field::die_area, "nvidia-h100-whitepaper"),
                derived(field::memory_layout, "nvidia-h200-page", "as H200 SXM"),
                datasheet(field::memory_capacity, "nvidia-h200-page"),
                datasheet(field::memory_bandwidth, "nvidia-h200-page"),
                datasheet(field::io_bandwidth, "nvidia-h200-page", "2- or 4-way NVLink bridge, 900 GB/s"),
                datasheet(field::tdp, "nvidia-h200-page", "up to 600 W"), datasheet(field::market, "nvidia-h200-page")},
    .sparse = {{tf32, 835_sparse_tflops},
               {fp16, 1671_sparse_tflops},
               {bf16, 1671_sparse_tflops},
               {fp8, 3341_sparse_tflops},
               {int8, 3341_sparse_tops}},
};

inline constexpr accelerator gh200{
    .name = "NVIDIA GH200 (Hopper GPU)",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = h100_sxm.compute,
    .dies = {dies::gh100},
    // 4.9 TB/s over six stacks is not a whole number of bytes/s per stack: left unknown.
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 6,
               .stack_capacity = 24_GB,
               .capacity = 144_GB,
               .bandwidth = 4.9_TBps},
    .io_bandwidth = 900_GBps,
};
inline constexpr entry gh200_entry{
    .id = "nvidia-gh200",
    .name = "NVIDIA GH200 (GPU part)",
    .spec = &gh200,
    .aliases = {"gh200", "grace-hopper"},
    .sources = {datasheet(field::compute, "nvidia-h100-whitepaper", "GH100 at H100 SXM peaks"),
                datasheet(field::die_area, "nvidia-h100-whitepaper", "GH100 only; Grace is a separate package"),
                derived(field::memory_layout, "nvidia-gh200-page", "six 24 GB HBM3e stacks"),
                datasheet(field::memory_capacity, "nvidia-gh200-page", "HBM3e option; a 96 GB HBM3 option also exists"),
                datasheet(field::memory_bandwidth, "nvidia-gh200-page"),
                datasheet(field::io_bandwidth, "nvidia-gh200-page", "NVLink 900 GB/s (C2C to Grace not added)"),
                datasheet(field::market, "nvidia-gh200-page")},
    .note = "Module power (450-1000 W) includes the Grace CPU and its memory: no GPU TDP recorded.",
};

// --- more Blackwell --------------------------------------------------------------------------

inline constexpr accelerator b100{
    .name = "NVIDIA B100",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 30_tflops), dense(tf32, 875_tflops), dense(fp16, 1750_tflops), dense(bf16, 1750_tflops),
                dense(fp8, 3500_tflops), dense(int8, 3500_tops), dense(fp4, 7000_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 192_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 700_W,
};
inline constexpr entry b100_entry{
    .id = "nvidia-b100",
    .name = "NVIDIA B100",
    .spec = &b100,
    .aliases = {"b100"},
    .sources = {secondary(field::compute, "lockwood-blackwell", "dense per-GPU figures from launch material"),
                estimate(field::die_area, "lynskey-blackwell", "two reticle-sized dies of about 800 mm² each"),
                derived(field::memory_layout, "lockwood-blackwell", "eight 24 GB HBM3e stacks; 8 TB/s / 8"),
                secondary(field::memory_capacity, "lockwood-blackwell"),
                secondary(field::memory_bandwidth, "lockwood-blackwell"),
                secondary(field::io_bandwidth, "lockwood-blackwell", "NVLink 1.8 TB/s"),
                secondary(field::tdp, "lockwood-blackwell"), secondary(field::market, "lockwood-blackwell")},
};

inline constexpr accelerator gb200_gpu{
    .name = "NVIDIA GB200 (per B200 GPU, 1200 W)",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 40_tflops), dense(tf32, 1250_tflops), dense(fp16, 2500_tflops), dense(bf16, 2500_tflops),
                dense(fp8, 5000_tflops), dense(int8, 5000_tops), dense(fp4, 10000_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 24_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 186_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1200_W,
};
inline constexpr entry gb200_gpu_entry{
    .id = "nvidia-gb200",
    .name = "NVIDIA GB200 (per GPU)",
    .spec = &gb200_gpu,
    .aliases = {"gb200", "gb200-gpu"},
    .sources = {derived(field::compute, "nvidia-gb200-page", "per-GPU share of the NVL72 table; sparse rows halved"),
                rate_source(fp64, value_kind::datasheet, "nvidia-gb200-page", "FP64 is dense"),
                estimate(field::die_area, "lynskey-blackwell", "two reticle-sized dies of about 800 mm² each"),
                derived(field::memory_layout, "lockwood-blackwell", "eight 24 GB HBM3e stacks; 8 TB/s / 8"),
                datasheet(field::memory_capacity, "nvidia-gb200-page", "186 GB per GPU in the current table"),
                datasheet(field::memory_bandwidth, "nvidia-gb200-page"),
                datasheet(field::io_bandwidth, "nvidia-gb200-page", "NVLink 1.8 TB/s per GPU"),
                secondary(field::tdp, "lockwood-blackwell"), datasheet(field::market, "nvidia-gb200-page")},
    .note = "A GB200 superchip is two of these GPUs and one Grace CPU.",
};

inline constexpr accelerator b300{
    .name = "NVIDIA B300 (HGX Blackwell Ultra)",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 1.25_tflops), dense(tf32, 1100_tflops), dense(fp16, 2250_tflops), dense(bf16, 2250_tflops),
                dense(fp8, 4500_tflops), dense(int8, 150_tops), dense(fp4, 14000_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 36_GB,
               .stack_bandwidth = 962.5_GBps,
               .capacity = 270_GB,
               .bandwidth = 7.7_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1100_W,
};
inline constexpr entry b300_entry{
    .id = "nvidia-b300",
    .name = "NVIDIA B300 (HGX)",
    .spec = &b300,
    .aliases = {"b300", "b300-hgx", "blackwell-ultra"},
    .sources = {secondary(field::compute, "verda-gb300",
                          "dense per-GPU table; dense FP4 differs by source (13.1-14 PF)"),
                estimate(field::die_area, "lynskey-blackwell", "two reticle-sized dies of about 800 mm² each"),
                derived(field::memory_layout, "lockwood-blackwell",
                        "eight 12-high 36 GB HBM3e stacks (288 GB physical); 7.7 TB/s / 8"),
                datasheet(field::memory_capacity, "nvidia-hgx-page", "270 GB usable per GPU in the HGX listing"),
                datasheet(field::memory_bandwidth, "nvidia-hgx-page"),
                datasheet(field::io_bandwidth, "nvidia-hgx-page", "NVLink 1.8 TB/s"),
                secondary(field::tdp, "lockwood-blackwell"), datasheet(field::market, "nvidia-hgx-page")},
    .note = "FP4 sets the TPP: 14,000 x 4 = 56,000 exceeds the FP8 figure (36,000).",
};

inline constexpr accelerator gb300_gpu{
    .name = "NVIDIA GB300 (per B300 GPU, 1400 W)",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp64, 1.25_tflops), dense(tf32, 1250_tflops), dense(fp16, 2500_tflops), dense(bf16, 2500_tflops),
                dense(fp8, 5000_tflops), dense(int8, 165_tops), dense(fp4, 15000_tflops)},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e,
               .stacks = 8,
               .stack_capacity = 36_GB,
               .stack_bandwidth = 1000_GBps,
               .capacity = 279_GB,
               .bandwidth = 8_TBps},
    .io_bandwidth = 1800_GBps,
    .tdp = 1400_W,
};
inline constexpr entry gb300_gpu_entry{
    .id = "nvidia-gb300",
    .name = "NVIDIA GB300 (per GPU)",
    .spec = &gb300_gpu,
    .aliases = {"gb300", "gb300-gpu"},
    .sources = {secondary(field::compute, "verda-gb300", "dense per-GPU table"),
                estimate(field::die_area, "lynskey-blackwell", "two reticle-sized dies of about 800 mm² each"),
                derived(field::memory_layout, "lockwood-blackwell",
                        "eight 12-high 36 GB HBM3e stacks (288 GB physical); 8 TB/s / 8"),
                secondary(field::memory_capacity, "verda-gb300", "279 GB usable"),
                secondary(field::memory_bandwidth, "verda-gb300"),
                secondary(field::io_bandwidth, "verda-gb300", "NVLink 1.8 TB/s"), secondary(field::tdp, "verda-gb300"),
                secondary(field::market, "verda-gb300")},
};

inline constexpr accelerator rtx_pro_6000_server{
    .name = "NVIDIA RTX PRO 6000 Blackwell Server Edition",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp16, 500_tflops), dense(bf16, 500_tflops), dense(fp8, 1000_tflops),
                dense(fp4, dense_from_sparse(4000_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::gb202},
    .memory = {.technology = memory_technology::gddr7,
               .stacks = 32,
               .stack_capacity = 3_GB,
               .stack_bandwidth = 56_GBps,
               .capacity = 96_GB,
               .bandwidth = 1792_GBps},
    .tdp = 600_W,
};
inline constexpr entry rtx_pro_6000_server_entry{
    .id = "nvidia-rtx-pro-6000-server",
    .name = "NVIDIA RTX PRO 6000 Blackwell Server Edition",
    .spec = &rtx_pro_6000_server,
    .aliases = {"rtx-pro-6000", "rtx-pro-6000-blackwell"},
    .sources = {derived(field::compute, "nvidia-rtx-pro-6000-page",
                        "4,000 AI TOPS (FP4, with sparsity) halved; FP8 and FP16 taken as 1/2 and 1/4 of dense FP4"),
                datasheet(field::die_area, "nvidia-rtx-blackwell-whitepaper", "GB202, 750 mm², TSMC 4N"),
                derived(field::memory_layout, "nvidia-rtx-pro-6000-page",
                        "512-bit bus at 28 Gbps, clamshell: 32 x 3 GB GDDR7 packages of 56 GB/s"),
                datasheet(field::memory_capacity, "nvidia-rtx-pro-6000-page"),
                datasheet(field::memory_bandwidth, "nvidia-rtx-pro-6000-page"),
                datasheet(field::tdp, "nvidia-rtx-pro-6000-page"),
                datasheet(field::market, "nvidia-rtx-pro-6000-page", "Server Edition, for datacenters")},
    .sparse = {{fp4, 4000_sparse_tflops}},
};

// --- more Ada Lovelace -----------------------------------------------------------------------

inline constexpr accelerator l40s{
    .name = "NVIDIA L40S",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(tf32, 183_tflops), dense(fp16, 362.05_tflops), dense(bf16, 362.05_tflops),
                dense(fp8, 733_tflops)},
    .dies = {dies::ad102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 24,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 36_GBps,
               .capacity = 48_GB,
               .bandwidth = 864_GBps},
    .tdp = 350_W,
};
inline constexpr entry l40s_entry{
    .id = "nvidia-l40s",
    .name = "NVIDIA L40S",
    .spec = &l40s,
    .aliases = {"l40s"},
    .sources = {datasheet(field::compute, "nvidia-l40s-datasheet", "dense column (the sheet prints both)"),
                datasheet(field::die_area, "nvidia-ada-whitepaper", "AD102"),
                derived(field::memory_layout, "nvidia-l40s-datasheet",
                        "384-bit bus at 18 Gbps, clamshell: 24 x 2 GB GDDR6 packages of 36 GB/s"),
                datasheet(field::memory_capacity, "nvidia-l40s-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-l40s-datasheet"),
                datasheet(field::tdp, "nvidia-l40s-datasheet"), datasheet(field::market, "nvidia-l40s-datasheet")},
};

inline constexpr accelerator l40{
    .name = "NVIDIA L40",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(tf32, 90.5_tflops), dense(fp16, 181.05_tflops), dense(bf16, 181.05_tflops),
                dense(fp8, 362_tflops), dense(int8, 362_tops), dense(int4, 724_tops)},
    .dies = {dies::ad102},
    .memory = l40s.memory,
    .tdp = 300_W,
};
inline constexpr entry l40_entry{
    .id = "nvidia-l40",
    .name = "NVIDIA L40",
    .spec = &l40,
    .aliases = {"l40"},
    .sources = {datasheet(field::compute, "nvidia-l40-datasheet", "dense column (the sheet prints both)"),
                datasheet(field::die_area, "nvidia-ada-whitepaper", "AD102"),
                derived(field::memory_layout, "nvidia-l40-datasheet", "as L40S"),
                datasheet(field::memory_capacity, "nvidia-l40-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-l40-datasheet"),
                datasheet(field::tdp, "nvidia-l40-datasheet"), datasheet(field::market, "nvidia-l40-datasheet")},
};

inline constexpr accelerator l20{
    .name = "NVIDIA L20",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(tf32, 59.8_tflops), dense(fp16, 119.5_tflops), dense(bf16, 119.5_tflops), dense(fp8, 239_tflops),
                dense(int8, 239_tops)},
    .dies = {dies::ad102},
    .memory = l40s.memory,
    .tdp = 275_W,
};
inline constexpr entry l20_entry{
    .id = "nvidia-l20",
    .name = "NVIDIA L20",
    .spec = &l20,
    .aliases = {"l20"},
    .derived_from = "nvidia-l40",
    .sources = {secondary(field::compute, "tomshardware-h20", "no public NVIDIA datasheet"),
                secondary(field::die_area, "epoch-chips", "AD102"),
                derived(field::memory_layout, "tomshardware-h20", "48 GB GDDR6 as on L40"),
                secondary(field::memory_capacity, "tomshardware-h20"),
                secondary(field::memory_bandwidth, "tomshardware-h20"), secondary(field::tdp, "tomshardware-h20"),
                secondary(field::market, "tomshardware-h20")},
};

inline constexpr accelerator l2{
    .name = "NVIDIA L2",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(tf32, 48.3_tflops), dense(fp16, 96.5_tflops), dense(bf16, 96.5_tflops), dense(fp8, 193_tflops),
                dense(int8, 193_tops)},
    .dies = {dies::ad104},
    .memory = {.technology = memory_technology::gddr6, .capacity = 24_GB, .bandwidth = 300_GBps},
};
inline constexpr entry l2_entry{
    .id = "nvidia-l2",
    .name = "NVIDIA L2",
    .spec = &l2,
    .aliases = {"l2"},
    .derived_from = "nvidia-l4",
    .sources = {secondary(field::compute, "tomshardware-h20", "no public NVIDIA datasheet"),
                estimate(field::die_area, "epoch-chips", "AD104 assumed (as L4); not confirmed"),
                secondary(field::memory_layout, "tomshardware-h20", "GDDR6"),
                secondary(field::memory_capacity, "tomshardware-h20"),
                secondary(field::memory_bandwidth, "tomshardware-h20"), secondary(field::market, "tomshardware-h20")},
    .note =
        "TPP 1,545.6 (TF32 read as 32-bit) is under the 1,600 floor of every density clause, so the unconfirmed "
        "die does not matter. TDP not found.",
};

inline constexpr accelerator rtx_4080{
    .name = "NVIDIA GeForce RTX 4080",
    .vendor = "NVIDIA",
    .market = market::other,
    .compute = {dense(tf32, 48.7_tflops), dense(fp16, 194.9_tflops), dense(bf16, 97.5_tflops), dense(fp8, 389.9_tflops),
                dense(int8, 389.9_tops), dense(int4, 779.8_tops)},
    .dies = {dies::ad103},
    .memory = {.technology = memory_technology::gddr6x,
               .stacks = 8,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 89.6_GBps,
               .capacity = 16_GB,
               .bandwidth = 716.8_GBps},
    .tdp = 320_W,
};
inline constexpr entry rtx_4080_entry{
    .id = "nvidia-rtx-4080",
    .name = "NVIDIA GeForce RTX 4080",
    .spec = &rtx_4080,
    .aliases = {"rtx-4080", "rtx4080", "4080"},
    .sources = {datasheet(field::compute, "nvidia-ada-whitepaper", "dense Tensor Core peaks at 2,505 MHz boost"),
                datasheet(field::die_area, "nvidia-ada-whitepaper", "AD103, 378.6 mm²"),
                derived(field::memory_layout, "nvidia-ada-whitepaper",
                        "256-bit bus at 22.4 Gbps: eight 2 GB GDDR6X packages of 89.6 GB/s"),
                datasheet(field::memory_capacity, "nvidia-ada-whitepaper"),
                datasheet(field::memory_bandwidth, "nvidia-ada-whitepaper"),
                datasheet(field::tdp, "nvidia-ada-whitepaper"),
                datasheet(field::market, "nvidia-ada-whitepaper", "GeForce: gaming and creator market")},
    .note = "Density above 5.92 but TPP under 4,800 and not for datacenters: outside 3A090 by the note.",
};

inline constexpr accelerator rtx_6000_ada{
    .name = "NVIDIA RTX 6000 Ada Generation",
    .vendor = "NVIDIA",
    .market = market::other,
    .compute = {dense(fp8, dense_from_sparse(1457_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::ad102},
    .memory = {.technology = memory_technology::gddr6,
               .stacks = 24,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 40_GBps,
               .capacity = 48_GB,
               .bandwidth = 960_GBps},
    .tdp = 300_W,
};
inline constexpr entry rtx_6000_ada_entry{
    .id = "nvidia-rtx-6000-ada",
    .name = "NVIDIA RTX 6000 Ada Generation",
    .spec = &rtx_6000_ada,
    .aliases = {"rtx-6000-ada", "rtx6000-ada"},
    .sources = {derived(field::compute, "nvidia-rtx6000-ada-datasheet",
                        "'Tensor performance' 1,457 TFLOPS is FP8 with sparsity; halved. Other formats not printed"),
                datasheet(field::die_area, "nvidia-ada-whitepaper", "AD102"),
                derived(field::memory_layout, "nvidia-rtx6000-ada-datasheet",
                        "384-bit bus at 20 Gbps, clamshell: 24 x 2 GB GDDR6 packages of 40 GB/s"),
                datasheet(field::memory_capacity, "nvidia-rtx6000-ada-datasheet"),
                datasheet(field::memory_bandwidth, "nvidia-rtx6000-ada-datasheet"),
                datasheet(field::tdp, "nvidia-rtx6000-ada-datasheet"),
                datasheet(field::market, "nvidia-rtx6000-ada-datasheet", "professional workstation card")},
    .sparse = {{fp8, 1457_sparse_tflops}},
};

inline constexpr accelerator rtx_5090{
    .name = "NVIDIA GeForce RTX 5090",
    .vendor = "NVIDIA",
    .market = market::other,
    .compute = {dense(tf32, 104.8_tflops), dense(fp16, 419.2_tflops), dense(bf16, 209.6_tflops),
                dense(fp8, 838.4_tflops), dense(fp4, dense_from_sparse(3352_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::gb202},
    .memory = {.technology = memory_technology::gddr7,
               .stacks = 16,
               .stack_capacity = 2_GB,
               .stack_bandwidth = 112_GBps,
               .capacity = 32_GB,
               .bandwidth = 1792_GBps},
    .tdp = 575_W,
};
inline constexpr entry rtx_5090_entry{
    .id = "nvidia-rtx-5090",
    .name = "NVIDIA GeForce RTX 5090",
    .spec = &rtx_5090,
    .aliases = {"rtx-5090", "rtx5090", "5090"},
    .sources = {derived(
                    field::compute, "nvidia-rtx-blackwell-whitepaper",
                    "3,352 AI TOPS (FP4, with sparsity) halved; FP8/FP16 dense; BF16/TF32 at the GeForce half rate"),
                datasheet(field::die_area, "nvidia-rtx-blackwell-whitepaper", "GB202, 750 mm²"),
                derived(field::memory_layout, "nvidia-rtx-blackwell-whitepaper",
                        "512-bit bus at 28 Gbps: sixteen 2 GB GDDR7 packages of 112 GB/s"),
                datasheet(field::memory_capacity, "nvidia-rtx-blackwell-whitepaper"),
                datasheet(field::memory_bandwidth, "nvidia-rtx-blackwell-whitepaper"),
                datasheet(field::tdp, "nvidia-rtx-blackwell-whitepaper"),
                datasheet(field::market, "nvidia-rtx-blackwell-whitepaper", "GeForce")},
    .sparse = {{fp4, 3352_sparse_tflops}},
};

inline constexpr accelerator rtx_5090d{
    .name = "NVIDIA GeForce RTX 5090D",
    .vendor = "NVIDIA",
    .market = market::other,
    .compute = {dense(fp16, 296.9_tflops), dense(fp8, 593.75_tflops),
                dense(fp4, dense_from_sparse(2375_sparse_tflops, sparsity::structured_2_4))},
    .dies = {dies::gb202},
    .memory = rtx_5090.memory,
    .tdp = 575_W,
};
inline constexpr entry rtx_5090d_entry{
    .id = "nvidia-rtx-5090d",
    .name = "NVIDIA GeForce RTX 5090D",
    .spec = &rtx_5090d,
    .aliases = {"rtx-5090d", "rtx5090d", "5090d"},
    .derived_from = "nvidia-rtx-5090",
    .sources = {derived(field::compute, "tomshardware-5090d",
                        "AI TOPS capped at 2,375 (FP4, with sparsity) and halved; FP8/FP16 scaled from it"),
                datasheet(field::die_area, "nvidia-rtx-blackwell-whitepaper", "GB202"),
                derived(field::memory_layout, "tomshardware-5090d", "as RTX 5090 (first version)"),
                secondary(field::memory_capacity, "tomshardware-5090d"),
                secondary(field::memory_bandwidth, "tomshardware-5090d"), secondary(field::tdp, "tomshardware-5090d"),
                secondary(field::market, "tomshardware-5090d", "GeForce")},
    .sparse = {{fp4, 2375_sparse_tflops}},
    .note = "First version (32 GB). The August 2025 V2 has 24 GB at 1,344 GB/s and the same AI TOPS cap.",
};

}  // namespace accelspec::catalog::nvidia
