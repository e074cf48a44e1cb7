// Local test specs for the policy tests: figures as in the public datasheets, written here so the
// policy tests check the engine independently of the catalog's entries.
#pragma once

#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/catalog/assess.hpp>  // catalog::assess and catalog::timeline
#include <accelspec/policy.hpp>

namespace accelspec::test_specs {
using namespace accelspec::literals;

inline constexpr accelerator h200{
    .name = "Test H200 SXM",
    .vendor = "Test",
    .market = market::datacenter,
    .compute = {dense(fp16, 989.5_tflops), dense(fp8, 1979_tflops)},
    .dies = {die{.name = "GH100", .area = 814_mm2, .transistors = non_planar}},
    .memory = hbm(memory_technology::hbm3e, 6, 141_GB, 4.8_TBps),
    .io_bandwidth = 900_GBps,
};

inline constexpr accelerator b200{
    .name = "Test B200",
    .vendor = "Test",
    .market = market::datacenter,
    .compute = {dense(fp8, 4500_tflops), dense(fp4, 9000_tflops)},
    .dies = {die{.name = "B die", .area = 800_mm2, .transistors = non_planar, .count = 2}},
    .memory = hbm(memory_technology::hbm3e, 8, 180_GB, 7.7_TBps),
    .io_bandwidth = 1800_GBps,
};

// The H20 by name: the April 2025 letter names it.
inline constexpr accelerator h20{
    .name = "NVIDIA H20",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(bf16, 148_tflops), dense(fp8, 296_tflops)},
    .dies = {die{.name = "GH100", .area = 814_mm2, .transistors = non_planar}},
    .memory = hbm(memory_technology::hbm3, 6, 96_GB, 4_TBps),
    .io_bandwidth = 900_GBps,
};

// A chip at chosen TPP and DRAM bandwidth: fp8 rate = tpp / 8 TOPS.
constexpr accelerator at(tpp_value t, data_rate dram, market m = market::datacenter) {
  return accelerator{
      .name = "Test chip",
      .vendor = "Test",
      .market = m,
      .compute = {dense(fp8, dense_rate::from_count(t.count() / 8))},
      .dies = {die{.name = "die", .area = 800_mm2, .transistors = non_planar}},
      .memory = memory_system{.technology = memory_technology::hbm3e, .bandwidth = dram},
      .io_bandwidth = 900_GBps,
  };
}

}  // namespace accelspec::test_specs
