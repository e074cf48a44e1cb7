// Small spec builders for the rule tests: one processing unit at one format, one logic die.
#pragma once

#include <accelspec/accelspec.hpp>

#include <optional>

namespace accelspec::test {

constexpr accelerator make_chip(number_format f, dense_rate r, std::optional<area> die_area,
                                market m = market::datacenter, std::optional<data_rate> io = std::nullopt) {
  accelerator c{.name = "test chip", .market = m, .compute = {dense(f, r)}, .io_bandwidth = io};
  if (die_area) c.dies.push_back(die{.name = "logic", .area = die_area, .transistors = non_planar});
  return c;
}

}  // namespace accelspec::test
