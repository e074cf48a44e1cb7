// Microsoft's Azure Maia accelerators: internal to Azure, not sold. Maia 100's figures come from
// Microsoft's own Hot Chips 2024 spec slide (read in a reproduction); Maia 200's from press quoting
// Microsoft's January 2026 announcement.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>

#include "../spec/accelerator.hpp"
#include "../units/literals.hpp"
#include "entry.hpp"

namespace accelspec::catalog::microsoft {
using namespace ::accelspec::literals;

// "Peak Dense Tensor POPS: 6bit 3, 9bit 1.5, BF16 0.8". Microsoft's MX6 and MX9 are microscaling
// formats; Microsoft names them by a bit length that includes the shared exponent, and the catalog
// records MX6 as a 6-bit rate (fp6). MX9 has no format of its own here: at 9 bits it would give TPP
// 13,500, below the MX6 figure, so leaving it out does not change the TPP.
inline constexpr accelerator maia100{
    .name = "Microsoft Azure Maia 100"sv,
    .vendor = "Microsoft"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(bf16, 800_tflops), dense(fp6, 3000_tflops)},
    .dies =
        {{.name = "Maia 100"sv, .area = 820_mm2, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N5"sv}},
    .memory = {.technology = memory_technology::hbm2e,
               .stacks = 4,
               .stack_capacity = 16_GB,
               .stack_bandwidth = 450_GBps,
               .capacity = 64_GB,
               .bandwidth = 1.8_TBps},
    .io_bandwidth = 1264_GBps,
    .tdp = 700_W,
    .released = std::chrono::year{2023} / 11 / 15,
    .form_factor = form_factor::board,
    .links = {.host = {"PCIe 5.0 x8"sv, 32_GBps, link_direction::per_direction},
              .scale_out = {"12 x 400 GbE backend network"sv, 600_GBps, link_direction::per_direction}},
};
inline constexpr entry maia100_entry{
    .id = "microsoft-maia-100"sv,
    .name = "Microsoft Azure Maia 100"sv,
    .spec = &maia100,
    .aliases = {"maia-100"sv, "maia100"sv},
    .sources = {datasheet(field::compute, "microsoft-maia100-hotchips"sv,
                          "peak dense tensor: 6-bit 3 POPS, 9-bit 1.5 POPS, BF16 0.8 PFLOPS"sv),
                datasheet(field::die_area, "microsoft-maia100-hotchips"sv, "chip size 820 mm², N5, TSMC CoWoS-S"sv),
                secondary(field::memory_layout, "microsoft-maia100-hotchips"sv,
                          "HBM2E; four stacks per press; per stack 64 GB / 4 and 1.8 TB/s / 4"sv),
                datasheet(field::memory_capacity, "microsoft-maia100-hotchips"sv, "64 GB"sv),
                datasheet(field::memory_bandwidth, "microsoft-maia100-hotchips"sv, "1.8 TB/s"sv),
                derived(field::io_bandwidth, "microsoft-maia100-hotchips"sv,
                        "backend network 600 GB/s (12 x 400 GbE, per direction) both ways, 1,200 GB/s, plus the "sv
                        "PCIe Gen5 x8 host link both ways, 64 GB/s"sv),
                datasheet(field::links, "microsoft-maia100-hotchips"sv,
                          "backend network 600 GB/s (12 x 400 GbE); host PCIe Gen5 x8, 32 GB/s"sv),
                datasheet(field::tdp, "microsoft-maia100-hotchips"sv, "designed to 700 W; provisioned at 500 W"sv),
                datasheet(field::market, "microsoft-maia100-hotchips"sv, "Azure datacenters (internal)"sv),
                secondary(field::dates, "hostzealot-maia100"sv, "announced at Microsoft Ignite 2023"sv)},
    .note =
        "MX6 at 6 bits sets the TPP (3,000 x 6 = 18,000); the bit length of microscaling formats is not "sv
        "settled by the rule (docs/limitations.md)."sv,
    .released_note = "announced at Ignite 2023 (2023-11-15, secondary); detailed at Hot Chips 2024"sv,
    .us_available = truth::no,
    .us_available_source = "used in Microsoft's own datacenters; not sold as an item (judgement)"sv,
};

// "Over 10 petaFLOPS" FP4 and "over 5 petaFLOPS" FP8: floors, not stated dense or sparse. Recorded
// at the floor as estimates; halved (if sparse) the TPP would be 20,000 rather than 40,000, in
// 3A090.a either way but on the other side of the January 2026 rule's 21,000.
inline constexpr accelerator maia200{
    .name = "Microsoft Maia 200"sv,
    .vendor = "Microsoft"sv,
    .designer_country = "US"sv,
    .market = market::datacenter,
    .compute = {dense(fp8, 5000_tflops), dense(fp4, 10000_tflops)},
    .dies = {{.name = "Maia 200"sv, .transistors = non_planar, .foundry = "TSMC"sv, .process = "N3"sv}},
    .memory = {.technology = memory_technology::hbm3e, .capacity = 216_GB, .bandwidth = 7_TBps},
    .io_bandwidth = 2800_GBps,
    .tdp = 750_W,
    .released = std::chrono::year{2026} / 1 / 26,
    .form_factor = form_factor::board,
    .links = {.scale_up = {"Ethernet-based scale-up fabric"sv, 2800_GBps, link_direction::bidirectional}},
};
inline constexpr entry maia200_entry{
    .id = "microsoft-maia-200"sv,
    .name = "Microsoft Maia 200"sv,
    .spec = &maia200,
    .aliases = {"maia-200"sv, "maia200"sv},
    .derived_from = "microsoft-maia-100"sv,
    .sources = {estimate(field::compute, "inelectronics-maia200"sv,
                         "\"over 10 petaFLOPS\" FP4 and \"over 5 petaFLOPS\" FP8 taken at the floor; dense or "sv
                         "sparse not stated"sv),
                secondary(field::process, "globalpractice-maia200"sv,
                          "TSMC 3 nm (N3); die count and area not published (one die listed to carry the process)"sv),
                secondary(field::memory_layout, "inelectronics-maia200"sv, "HBM3e"sv),
                secondary(field::memory_capacity, "inelectronics-maia200"sv, "216 GB"sv),
                secondary(field::memory_bandwidth, "inelectronics-maia200"sv, "7 TB/s"sv),
                secondary(field::io_bandwidth, "inelectronics-maia200"sv,
                          "2.8 TB/s bidirectional dedicated scale-up bandwidth per accelerator"sv),
                secondary(field::links, "inelectronics-maia200"sv, "two-tier Ethernet-based scale-up fabric"sv),
                secondary(field::tdp, "inelectronics-maia200"sv, "750 W SoC TDP"sv),
                secondary(field::market, "taiwannews-maia200"sv, "Azure datacenters"sv),
                secondary(field::dates, "taiwannews-maia200"sv, "launched 2026-01-26, already running in Azure"sv)},
    .note = "Transistors \"over 140 billion\" (a floor; not recorded)."sv,
    .announced = std::chrono::year{2026} / 1 / 26,
    .released_note = "announced 2026-01-26, already deployed in Azure (secondary)"sv,
    .us_available = truth::no,
    .us_available_source = "used in Microsoft's own datacenters; not sold as an item (judgement)"sv,
};

}  // namespace accelspec::catalog::microsoft
