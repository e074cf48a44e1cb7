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
    .memory = {.technology = memory_technology::hbm3, .stacks = 5, .stack_capacity = 16_GB, .stack_bandwidth = 670_GBps,
               .capacity = 80_GB, .bandwidth = 3.35_TBps},
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
    .memory = {.technology = memory_technology::hbm3, .stacks = 6, .stack_capacity = 16_GB, .capacity = 96_GB,
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
    .note = "China-market derivative of H100; from April 2025 licensed by an is-informed letter, not by 3A090 "
            "parameters.",
};

inline constexpr accelerator h200_sxm{
    .name = "NVIDIA H200 SXM 141GB",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = h100_sxm.compute,
    .dies = {dies::gh100},
    .memory = {.technology = memory_technology::hbm3e, .stacks = 6, .stack_capacity = 24_GB,
               .stack_bandwidth = 800_GBps, .capacity = 141_GB, .bandwidth = 4.8_TBps},
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
    .memory = {.technology = memory_technology::hbm2e, .stacks = 5, .stack_capacity = 16_GB,
               .stack_bandwidth = 407.8_GBps, .capacity = 80_GB, .bandwidth = 2039_GBps},
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
    .memory = {.technology = memory_technology::gddr6x, .stacks = 12, .stack_capacity = 2_GB, .stack_bandwidth = 84_GBps,
               .capacity = 24_GB, .bandwidth = 1008_GBps},
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
    .sparse = {{fp8, 485_sparse_tflops}, {int8, 485_sparse_tops}, {fp16, 242_sparse_tflops}, {bf16, 242_sparse_tflops},
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
    .compute = {dense(fp64, 37_tflops),
                dense(tf32, dense_from_sparse(2.2_sparse_pflops, sparsity::structured_2_4)),
                dense(fp16, dense_from_sparse(4.5_sparse_pflops, sparsity::structured_2_4)),
                dense(bf16, dense_from_sparse(4.5_sparse_pflops, sparsity::structured_2_4)),
                dense(fp8, dense_from_sparse(9_sparse_pflops, sparsity::structured_2_4)),
                dense(int8, dense_from_sparse(9_sparse_pops, sparsity::structured_2_4)),
                dense(fp4, dense_from_sparse(18_sparse_pflops, sparsity::structured_2_4))},
    .dies = {dies::gb100},
    .memory = {.technology = memory_technology::hbm3e, .stacks = 8, .stack_capacity = 24_GB,
               .stack_bandwidth = 962.5_GBps, .capacity = 180_GB, .bandwidth = 7.7_TBps},
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

}  // namespace accelspec::catalog::nvidia
