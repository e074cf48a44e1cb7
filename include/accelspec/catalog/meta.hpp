// Meta's MTIA inference accelerators, internal to Meta. Meta's blog posts were not read; the
// figures are Meta's as quoted by press, and say so.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::meta {
using namespace ::accelspec::literals;

inline constexpr accelerator mtia_v1{
    .name = "Meta MTIA v1"sv,
    .vendor = "Meta"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 51.2_tflops), dense(int8, 102.4_tops)},
    .dies = {{.name = "MTIA v1"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "7 nm"sv}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 64_GB},
    .tdp = 25_W,
    .released = std::chrono::year{2023} / 5 / 18,
    .form_factor = form_factor::board,
};
inline constexpr entry mtia_v1_entry{
    .id = "meta-mtia-v1"sv,
    .name = "Meta MTIA v1"sv,
    .spec = &mtia_v1,
    .aliases = {"mtia-v1"sv, "mtia1"sv},
    .sources = {secondary(field::compute, "icwells-mtia"sv,
                          "INT8 102.4 TOPS, FP16 51.2 TFLOPS at 800 MHz (Meta's figures quoted); dense: v2 is 3.5 "sv
                          "times v1 in dense compute and 354 / 102.4 = 3.46"sv),
                secondary(field::die_area, "icwells-mtia"sv, "TSMC 7 nm; die area not confirmed"sv),
                secondary(field::memory_layout, "eenews-mtia2"sv, "LPDDR5"sv),
                estimate(field::memory_capacity, "eenews-mtia2"sv, "64 GB: v2's 128 GB is said to double v1's"sv),
                secondary(field::tdp, "icwells-mtia"sv, "25 W"sv),
                secondary(field::market, "icwells-mtia"sv, "Meta's datacenters (internal)"sv),
                secondary(field::dates, "hada-mtia"sv, "announced by Meta in May 2023"sv)},
    .released_note = "announced by Meta on 2023-05-18 (secondary; the month is verified, the day not)"sv,
    .us_available = truth::no,
    .us_available_source = "used in Meta's own datacenters; not sold as an item (judgement)"sv,
};

inline constexpr accelerator mtia_v2{
    .name = "Meta MTIA v2"sv,
    .vendor = "Meta"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp16, 177_tflops), dense(bf16, 177_tflops), dense(int8, 354_tops)},
    .dies =
        {{.name = "MTIA v2"sv, .area = 421_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "5 nm"sv}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 128_GB},
    .tdp = 90_W,
    .released = std::chrono::year{2024} / 4 / 10,
    .form_factor = form_factor::board,
    .links = {.host = {"PCIe Gen5"sv}},
};
inline constexpr entry mtia_v2_entry{
    .id = "meta-mtia-v2"sv,
    .name = "Meta MTIA v2"sv,
    .spec = &mtia_v2,
    .aliases = {"mtia-v2"sv, "mtia2"sv},
    .derived_from = "meta-mtia-v1"sv,
    .sources = {secondary(field::compute, "techpowerup-mtia2"sv,
                          "dense GEMM: INT8 354 TOPS, FP16/BF16 177 TFLOPS (708 and 354 with sparsity, printed "sv
                          "apart)"sv),
                secondary(field::die_area, "eenews-mtia2"sv, "25.6 mm x 16.4 mm = 421 mm², TSMC 5 nm"sv),
                secondary(field::memory_layout, "eenews-mtia2"sv, "LPDDR5"sv),
                secondary(field::memory_capacity, "eenews-mtia2"sv, "128 GB"sv),
                secondary(field::tdp, "techpowerup-mtia2"sv, "90 W per chip package"sv),
                secondary(field::links, "techpowerup-mtia2"sv, "PCIe Gen5 to the host (rate not stated)"sv),
                secondary(field::market, "eenews-mtia2"sv, "Meta's datacenters (internal)"sv),
                secondary(field::dates, "techpowerup-mtia2"sv, "announced by Meta in April 2024"sv)},
    .note =
        "TPP 2,832 with density 6.73 (2,832 / 421): 3A090.a.2, the density prong. The 2.35 billion some "sv
        "reports print is a gate count, not transistors (not recorded)."sv,
    .conflicts = {{.field = field::memory_capacity,
                   .used = "128 GB LPDDR5 per chip"sv,
                   .used_source = "eenews-mtia2"sv,
                   .other = "128 GB per board of two chips"sv,
                   .other_source = "techpowerup-mtia2"sv,
                   .why = "eeNews quotes Meta's per-chip table"sv}},
    .released_note = "announced by Meta on 2024-04-10 (secondary; the month is verified, the day not)"sv,
    .us_available = truth::no,
    .us_available_source = "used in Meta's own datacenters; not sold as an item (judgement)"sv,
};

}  // namespace accelspec::catalog::meta
