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
    .name = "Meta MTIA v1",
    .vendor = "Meta",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(fp16, 51.2_tflops), dense(int8, 102.4_tops)},
    .dies = {{.name = "MTIA v1", .transistors = non_planar, .foundry = "TSMC", .process = "7 nm"}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 64_GB},
    .tdp = 25_W,
    .released = std::chrono::year{2023} / 5 / 18,
    .form_factor = form_factor::board,
};
inline constexpr entry mtia_v1_entry{
    .id = "meta-mtia-v1",
    .name = "Meta MTIA v1",
    .spec = &mtia_v1,
    .aliases = {"mtia-v1", "mtia1"},
    .sources = {secondary(field::compute, "icwells-mtia",
                          "INT8 102.4 TOPS, FP16 51.2 TFLOPS at 800 MHz (Meta's figures quoted); dense: v2 is 3.5 "
                          "times v1 in dense compute and 354 / 102.4 = 3.46"),
                secondary(field::die_area, "icwells-mtia", "TSMC 7 nm; die area not confirmed"),
                secondary(field::memory_layout, "eenews-mtia2", "LPDDR5"),
                estimate(field::memory_capacity, "eenews-mtia2", "64 GB: v2's 128 GB is said to double v1's"),
                secondary(field::tdp, "icwells-mtia", "25 W"),
                secondary(field::market, "icwells-mtia", "Meta's datacenters (internal)"),
                secondary(field::dates, "hada-mtia", "announced by Meta in May 2023")},
    .released_note = "announced by Meta on 2023-05-18 (secondary; the month is verified, the day not)",
    .us_available = truth::no,
    .us_available_source = "used in Meta's own datacenters; not sold as an item (judgement)",
};

inline constexpr accelerator mtia_v2{
    .name = "Meta MTIA v2",
    .vendor = "Meta",
    .designer_country = "US",
    .market = market::datacenter,
    .compute = {dense(fp16, 177_tflops), dense(bf16, 177_tflops), dense(int8, 354_tops)},
    .dies = {{.name = "MTIA v2", .area = 421_mm2, .transistors = non_planar, .foundry = "TSMC", .process = "5 nm"}},
    .memory = {.technology = memory_technology::lpddr5, .capacity = 128_GB},
    .tdp = 90_W,
    .released = std::chrono::year{2024} / 4 / 10,
    .form_factor = form_factor::board,
    .links = {.host = {"PCIe Gen5"}},
};
inline constexpr entry mtia_v2_entry{
    .id = "meta-mtia-v2",
    .name = "Meta MTIA v2",
    .spec = &mtia_v2,
    .aliases = {"mtia-v2", "mtia2"},
    .derived_from = "meta-mtia-v1",
    .sources = {secondary(field::compute, "techpowerup-mtia2",
                          "dense GEMM: INT8 354 TOPS, FP16/BF16 177 TFLOPS (708 and 354 with sparsity, printed "
                          "apart)"),
                secondary(field::die_area, "eenews-mtia2", "25.6 mm x 16.4 mm = 421 mm², TSMC 5 nm"),
                secondary(field::memory_layout, "eenews-mtia2", "LPDDR5"),
                secondary(field::memory_capacity, "eenews-mtia2", "128 GB"),
                secondary(field::tdp, "techpowerup-mtia2", "90 W per chip package"),
                secondary(field::links, "techpowerup-mtia2", "PCIe Gen5 to the host (rate not stated)"),
                secondary(field::market, "eenews-mtia2", "Meta's datacenters (internal)"),
                secondary(field::dates, "techpowerup-mtia2", "announced by Meta in April 2024")},
    .note =
        "TPP 2,832 with density 6.73 (2,832 / 421): 3A090.a.2, the density prong. The 2.35 billion some "
        "reports print is a gate count, not transistors (not recorded).",
    .conflicts = {{.field = field::memory_capacity,
                   .used = "128 GB LPDDR5 per chip",
                   .used_source = "eenews-mtia2",
                   .other = "128 GB per board of two chips",
                   .other_source = "techpowerup-mtia2",
                   .why = "eeNews quotes Meta's per-chip table"}},
    .released_note = "announced by Meta on 2024-04-10 (secondary; the month is verified, the day not)",
    .us_available = truth::no,
    .us_available_source = "used in Meta's own datacenters; not sold as an item (judgement)",
};

}  // namespace accelspec::catalog::meta
