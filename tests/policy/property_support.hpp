// Random shipments for the policy property tests: a catalog chip or a random spec (TPP, density,
// I/O, DRAM bandwidth and market near the lines that matter, any of them unknown; names the company
// notices reach), a destination, a date in 2022-2027 (half of them a day either side of a dated
// change), a headquarters, the export's origin and US availability.
//
// ACCELSPEC_PROPERTY_CASES scales the number of cases (see docs/testing.md); ACCELSPEC_PROPERTY_SEED
// replays another sequence.
#pragma once

#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/policy.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "reference_policy.hpp"

namespace property {

namespace as = accelspec;
namespace pol = accelspec::policy;

// A count from the environment, or the default.
inline long env_count(const char* name, long fallback) {
  const char* v = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read once, before any thread
  if (v == nullptr || *v == '\0') return fallback;
  char* end = nullptr;
  const long n = std::strtol(v, &end, 10);
  return end != nullptr && *end == '\0' && n >= 0 ? n : fallback;
}

inline std::uint64_t seed() { return static_cast<std::uint64_t>(env_count("ACCELSPEC_PROPERTY_SEED", 20261204)); }

// Destinations: every code a rule names, the groups' edges (A:6 in D:5, the dated changes), Hong
// Kong, the United States, and ordinary destinations.
inline constexpr std::array<std::string_view, 36> destinations{
    "US", "CN", "HK", "MO", "RU", "BY", "CU", "KP", "IR", "SY", "NI", "CY", "KH", "AE", "SA", "VN", "MY", "IL",
    "SG", "DE", "GB", "IN", "UA", "AF", "VE", "PK", "EG", "TW", "JP", "MX", "BR", "AM", "KZ", "QA", "ZA", "FR"};

// Every date a rule, a notice or a membership changes on (the reference's own list).
inline constexpr std::array<int, 30> change_dates{
    20220224, 20220302, 20220826, 20220831, 20221007, 20230117, 20231023, 20231117, 20240315, 20240404,
    20240530, 20241202, 20250113, 20250116, 20250211, 20250409, 20250415, 20250513, 20250515, 20250902,
    20251107, 20260115, 20260512, 20260531, 20260723, 20221006, 20231116, 20250112, 20250901, 20220101};

inline int yyyymmdd(std::chrono::year_month_day d) {
  return static_cast<int>(d.year()) * 10000 + static_cast<int>(static_cast<unsigned>(d.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(d.day()));
}
inline std::chrono::year_month_day ymd(int v) {
  return std::chrono::year_month_day{std::chrono::year{v / 10000},
                                     std::chrono::month{static_cast<unsigned>(v / 100 % 100)},
                                     std::chrono::day{static_cast<unsigned>(v % 100)}};
}
inline std::chrono::year_month_day plus_days(std::chrono::year_month_day d, int n) {
  return std::chrono::year_month_day{std::chrono::sys_days{d} + std::chrono::days{n}};
}

// Product names the notices and guidance reach, near misses, and anonymous ones.
struct naming {
  std::string_view vendor, name;
};
inline constexpr std::array<naming, 16> namings{{{"NVIDIA", "NVIDIA H20"},
                                                 {"NVIDIA", "NVIDIA H200 SXM"},
                                                 {"NVIDIA", "NVIDIA A100 SXM4"},
                                                 {"NVIDIA", "NVIDIA H100 PCIe"},
                                                 {"NVIDIA", "NVIDIA A800"},
                                                 {"NVIDIA", "NVIDIA H800"},
                                                 {"NVIDIA", "NVIDIA L40S"},
                                                 {"NVIDIA", "NVIDIA B200"},
                                                 {"AMD", "AMD Instinct MI250"},
                                                 {"AMD", "AMD Instinct MI250X"},
                                                 {"AMD", "AMD Instinct MI308X"},
                                                 {"Huawei", "Ascend 910B"},
                                                 {"Huawei", "Ascend 910C"},
                                                 {"Test", "Test H20 clone"},
                                                 {"Test", "Test chip"},
                                                 {"", ""}}};

struct rng {
  std::mt19937_64 gen;
  explicit rng(std::uint64_t s) : gen(s) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(gen() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(gen() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  template <class A>
  auto pick(const A& a) -> decltype(a[0]) {
    return a[below(a.size())];
  }
};

// A value near one of the lines (a step either side, or on it), or anywhere in a range.
inline std::int64_t near(rng& r, std::initializer_list<std::int64_t> lines, std::int64_t step, std::int64_t lo,
                         std::int64_t hi) {
  if (r.chance(25)) return r.between(lo, hi);
  const std::int64_t line = *(lines.begin() + static_cast<std::ptrdiff_t>(r.below(lines.size())));
  return line + step * (static_cast<std::int64_t>(r.below(3)) - 1);
}

// A random chip: one FP8 rate (TPP = 8 x rate, a multiple of 8 counts), sometimes a TF32 rate that
// makes the two TF32 readings differ, one die, a market, I/O and DRAM bandwidth, any unknown.
struct random_chip {
  as::accelerator chip{};
  std::optional<std::int64_t> dram{};
};

inline random_chip make_chip(rng& r) {
  random_chip out;
  as::accelerator& c = out.chip;
  const naming n = r.pick(namings);
  c.vendor = n.vendor;
  c.name = n.name;
  c.market = r.chance(10) ? as::market::unknown : r.chance(75) ? as::market::datacenter : as::market::other;
  constexpr std::int64_t unit = as::tpp_value::per_unit;
  std::int64_t tpp = near(
      r, {1600 * unit, 2400 * unit, 4800 * unit, 14000 * unit, 17500 * unit, 20800 * unit, 21000 * unit, 21100 * unit},
      8, 1, 40000 * unit);
  tpp -= tpp % 8;
  if (tpp <= 0) tpp = 8;
  if (!r.chance(3)) c.compute.push_back(as::dense(as::fp8, as::dense_rate::from_count(tpp / 8)));
  if (r.chance(10)) {
    // TF32 at 32 bits above the FP8 TPP, at 19 bits below or near it.
    c.compute.push_back(as::dense(as::tf32, as::dense_rate::from_count(tpp / 24 + r.between(0, tpp / 40))));
  }
  // Die area: density near 1.6, 3.2 and 5.92, or anywhere; sometimes unknown or planar.
  const std::int64_t area_um2 =
      std::max<std::int64_t>(1, tpp * 100 / near(r, {160, 320, 592}, 1, 50, 1200));  // µm² = counts / density
  as::die d{
      .name = "die", .area = as::area::from_count(area_um2), .transistors = as::transistor_architecture::non_planar};
  if (r.chance(5)) d.area = std::nullopt;
  if (r.chance(3)) d.transistors = as::transistor_architecture::planar;
  c.dies.push_back(d);
  if (!r.chance(10)) {
    c.io_bandwidth = as::data_rate::from_count(near(r, {600'000'000'000}, 1, 100'000'000'000, 1'800'000'000'000));
  }
  if (!r.chance(10)) {
    out.dram = near(r, {4'500'000'000'000, 5'000'000'000'000, 5'800'000'000'000, 6'200'000'000'000, 6'500'000'000'000},
                    1, 500'000'000'000, 9'000'000'000'000);
    c.memory = as::memory_system{.technology = as::memory_technology::hbm3e,
                                 .bandwidth = as::data_rate::from_count(*out.dram)};
  }
  return out;
}

inline int random_date(rng& r) {
  if (r.chance(50)) {
    return yyyymmdd(plus_days(ymd(r.pick(change_dates)), static_cast<int>(r.below(3)) - 1));
  }
  return yyyymmdd(plus_days(ymd(20220101), static_cast<int>(r.below(6 * 365 + 1))));
}

struct random_options {
  pol::assess_options options{};
  std::optional<std::string_view> hq{};
};

// End users: every curated Entity List entry and UAE authorization by its listed name, and a name
// that is none of them.
inline constexpr std::array<std::string_view, 10> end_users{
    "Huawei Technologies Co., Ltd.",
    "Dawning Information Industry Co., Ltd. (Sugon)",
    "Semiconductor Manufacturing International Corporation Incorporated",
    "Beijing Biren Technology Development Co., Ltd.",
    "Moore Threads Intelligent Technology (Beijing) Co., Ltd.",
    "Beijing Zhipu Huazhang Technology Co., Ltd.",
    "Sophgo Technologies Ltd.",
    "Government of the United Arab Emirates",
    "G42",
    "Acme Robotics GmbH"};

inline random_options make_options(rng& r) {
  random_options o;
  if (r.chance(50)) {
    o.hq = r.pick(destinations);
    o.options.headquarters = pol::require_destination(*o.hq);
  }
  if (r.chance(25)) o.options.end_user = r.pick(end_users);
  o.options.export_from_us = !r.chance(15);
  o.options.us_available = r.chance(34) ? as::truth::yes : r.chance(50) ? as::truth::no : as::truth::unknown;
  return o;
}

inline reference_policy::tri tri_of(as::truth t) {
  return t == as::truth::yes  ? reference_policy::tri::yes
         : t == as::truth::no ? reference_policy::tri::no
                              : reference_policy::tri::unknown;
}

inline reference_policy::paragraph paragraph_of(as::eccn e) {
  switch (e) {
    case as::eccn::a:
      return reference_policy::paragraph::a;
    case as::eccn::b:
      return reference_policy::paragraph::b;
    case as::eccn::none:
      return reference_policy::paragraph::none;
    default:
      return reference_policy::paragraph::undecided;
  }
}

inline reference_policy::market market_of(as::market m) {
  return m == as::market::datacenter ? reference_policy::market::datacenter
         : m == as::market::other    ? reference_policy::market::other
                                     : reference_policy::market::unknown;
}

// The reference's view of a chip on a date under one TF32 reading: the classification (checked on
// its own against reference_3a090.hpp) and the metrics.
inline reference_policy::item item_of(const as::accelerator& chip, std::chrono::year_month_day date,
                                      as::tf32_reading reading) {
  reference_policy::item it;
  it.p = paragraph_of(as::classify(chip, date, {.tf32 = reading}).eccn);
  it.m = market_of(chip.market);
  if (const auto t = as::tpp(chip, {.tf32 = reading})) it.tpp_count = t->count();
  if (const auto d = as::total_dram_bandwidth(chip)) it.dram_bytes_per_s = d->count();
  if (chip.io_bandwidth) it.io_bytes_per_s = chip.io_bandwidth->count();
  it.vendor = chip.vendor;
  it.name = chip.name;
  return it;
}

}  // namespace property
