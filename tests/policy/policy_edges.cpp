// The edges of the dated measures, one count either side of every line: the January 2026
// China/Macau zone (TPP < 21,000 and DRAM < 6,500 GB/s, both strict), 3A090.c (memory bandwidth
// density > 2 GB/s per mm²; License Exception HBM below 3.3) and the Section 232 tariff bands
// (both endpoints excluded: "greater than ... and less than ..."). The expected values are written from the
// measures' text, so a bound moved by one count or a comparison turned (< to <=) fails here.
#include <accelspec/policy.hpp>

#include <chrono>
#include <optional>

#include "catch.hpp"

namespace as = accelspec;
namespace policy = accelspec::policy;
using namespace std::chrono_literals;
using as::truth;

namespace {
as::tpp_value tpp_count(std::int64_t count) { return as::tpp_value::from_count(count); }
as::data_rate gbps_bytes(std::int64_t bytes_per_s) { return as::data_rate::from_count(bytes_per_s); }
constexpr std::int64_t tpp_unit = 1'000'000;
constexpr std::int64_t gbps = 1'000'000'000;
}  // namespace

TEST_CASE("the 2026 China zone: TPP below 21,000 and DRAM below 6,500 GB/s, both strict", "[policy][edges]") {
  const auto dram_ok = gbps_bytes(6'500 * gbps - 1);
  CHECK(policy::in_china_zone(tpp_count(21'000 * tpp_unit - 1), dram_ok) == truth::yes);
  CHECK(policy::in_china_zone(tpp_count(21'000 * tpp_unit), dram_ok) == truth::no);
  CHECK(policy::in_china_zone(tpp_count(21'000 * tpp_unit + 1), dram_ok) == truth::no);
  const auto tpp_ok = tpp_count(21'000 * tpp_unit - 1);
  CHECK(policy::in_china_zone(tpp_ok, gbps_bytes(6'500 * gbps)) == truth::no);
  CHECK(policy::in_china_zone(tpp_ok, gbps_bytes(6'500 * gbps + 1)) == truth::no);
  CHECK(policy::in_china_zone(tpp_count(0), gbps_bytes(1)) == truth::yes);
  // Unknown input: unknown unless the other already rules the zone out.
  CHECK(policy::in_china_zone(std::nullopt, dram_ok) == truth::unknown);
  CHECK(policy::in_china_zone(tpp_ok, std::nullopt) == truth::unknown);
  CHECK(policy::in_china_zone(std::nullopt, gbps_bytes(6'500 * gbps)) == truth::no);
  CHECK(policy::in_china_zone(tpp_count(21'000 * tpp_unit), std::nullopt) == truth::no);
}

TEST_CASE("3A090.c: density above 2 GB/s per mm² is controlled; License Exception HBM below 3.3", "[policy][edges]") {
  const auto when = 2025y / 6 / 1;
  const as::area mm2_100 = as::area::from_count(100'000'000);  // 100 mm²
  const auto at = [&](std::int64_t bytes_per_s) {
    return policy::classify_hbm({.bandwidth = gbps_bytes(bytes_per_s), .footprint = mm2_100}, when);
  };
  // Exactly 2 GB/s per mm² (200 GB/s over 100 mm²) is not "more than 2".
  CHECK_FALSE(at(200 * gbps).is_3a090c());
  CHECK(at(200 * gbps + 1).is_3a090c());
  CHECK_FALSE(at(200 * gbps - 1).is_3a090c());
  // The exception: below 3.3 (330 GB/s over 100 mm²).
  CHECK(at(330 * gbps - 1).license_exception_hbm);
  CHECK_FALSE(at(330 * gbps).license_exception_hbm);
  CHECK(at(330 * gbps).is_3a090c());
  // The rule's date: in force from 2024-12-02, not the day before.
  CHECK(policy::classify_hbm({.bandwidth = gbps_bytes(819 * gbps), .footprint = mm2_100}, 2024y / 12 / 2).is_3a090c());
  CHECK_FALSE(
      policy::classify_hbm({.bandwidth = gbps_bytes(819 * gbps), .footprint = mm2_100}, 2024y / 12 / 1).is_3a090c());
}

TEST_CASE("Section 232 bands: inside, outside, and both endpoints excluded", "[policy][edges]") {
  const auto when = 2026y / 2 / 1;
  const auto band_of = [&](std::int64_t tpp, std::int64_t bw) {
    return policy::section_232(tpp_count(tpp), gbps_bytes(bw), when);
  };
  // Band 1: TPP 14,000-17,500 and 4,500-5,000 GB/s.
  const policy::tariff_finding in1 = band_of(15'000 * tpp_unit, 4'700 * gbps);
  REQUIRE(in1.band != nullptr);
  CHECK(in1.band->number == 1);
  CHECK(in1.in_band == truth::yes);
  // One count inside each endpoint is in the band.
  CHECK(band_of(14'000 * tpp_unit + 1, 4'700 * gbps).in_band == truth::yes);
  CHECK(band_of(17'500 * tpp_unit - 1, 4'700 * gbps).in_band == truth::yes);
  CHECK(band_of(15'000 * tpp_unit, 4'500 * gbps + 1).in_band == truth::yes);
  CHECK(band_of(15'000 * tpp_unit, 5'000 * gbps - 1).in_band == truth::yes);
  CHECK(band_of(14'000 * tpp_unit - 1, 4'700 * gbps).band == nullptr);
  CHECK(band_of(17'500 * tpp_unit + 1, 4'700 * gbps).band == nullptr);
  CHECK(band_of(15'000 * tpp_unit, 4'500 * gbps - 1).band == nullptr);
  CHECK(band_of(15'000 * tpp_unit, 5'000 * gbps + 1).band == nullptr);
  for (const auto& [t, b] : {std::pair{14'000 * tpp_unit, 4'700 * gbps}, std::pair{17'500 * tpp_unit, 4'700 * gbps},
                             std::pair{15'000 * tpp_unit, 4'500 * gbps}, std::pair{15'000 * tpp_unit, 5'000 * gbps}}) {
    // The annex says "greater than ... and less than ...": an endpoint is outside the band.
    const policy::tariff_finding f = band_of(t, b);
    INFO(t << " " << b);
    CHECK(f.band == nullptr);
    CHECK(f.in_band == truth::no);
  }
  // Band 2: TPP 20,800-21,100 and 5,800-6,200 GB/s.
  for (const auto& [t, b] : {std::pair{20'800 * tpp_unit, 6'000 * gbps}, std::pair{21'100 * tpp_unit, 6'000 * gbps},
                             std::pair{21'000 * tpp_unit, 5'800 * gbps}, std::pair{21'000 * tpp_unit, 6'200 * gbps}}) {
    // The annex says "greater than ... and less than ...": an endpoint is outside the band.
    const policy::tariff_finding f = band_of(t, b);
    INFO(t << " " << b);
    CHECK(f.band == nullptr);
    CHECK(f.in_band == truth::no);
  }
  const policy::tariff_finding in2 = band_of(21'000 * tpp_unit, 6'000 * gbps);
  REQUIRE(in2.band != nullptr);
  CHECK(in2.band->number == 2);
  CHECK(in2.in_band == truth::yes);
  // One count inside each endpoint is in band 2.
  CHECK(band_of(20'800 * tpp_unit + 1, 6'000 * gbps).in_band == truth::yes);
  CHECK(band_of(21'100 * tpp_unit - 1, 6'000 * gbps).in_band == truth::yes);
  CHECK(band_of(21'000 * tpp_unit, 5'800 * gbps + 1).in_band == truth::yes);
  CHECK(band_of(21'000 * tpp_unit, 6'200 * gbps - 1).in_band == truth::yes);
  CHECK(band_of(20'800 * tpp_unit - 1, 6'000 * gbps).band == nullptr);
  CHECK(band_of(21'100 * tpp_unit + 1, 6'000 * gbps).band == nullptr);
  CHECK(band_of(21'000 * tpp_unit, 5'800 * gbps - 1).band == nullptr);
  CHECK(band_of(21'000 * tpp_unit, 6'200 * gbps + 1).band == nullptr);
  // Before the proclamation: no band.
  CHECK(policy::section_232(tpp_count(15'000 * tpp_unit), gbps_bytes(4'700 * gbps), 2026y / 1 / 14).band == nullptr);
}
