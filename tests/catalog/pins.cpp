// Every entry's derived TPP, performance density and ECCN (newest rule and 2022 text) pinned, so
// a change to an entry's data or to the derivation shows up here.
#include <accelspec/accelspec.hpp>

#include <utility>

#include "catch.hpp"

using namespace accelspec::literals;
namespace as = accelspec;
namespace cat = accelspec::catalog;

namespace {
struct pin {
  std::string_view id;
  std::optional<as::tpp_value> tpp;  // exact; nullopt: unknown
  as::rational density_floor;        // density cut (not rounded) to three decimals; -1: unknown
  as::eccn eccn_2023;
  as::eccn eccn_2022;
};

constexpr as::rational unknown_density{-1};

constexpr bool matches(const pin& p) {
  const cat::entry* e = cat::find(p.id);
  if (e == nullptr || e->id != p.id) return false;
  if (as::tpp(e->chip()) != p.tpp) return false;
  const std::optional<as::rational> d = as::performance_density(e->chip());
  if (p.density_floor == unknown_density) {
    if (d) return false;
  } else {
    if (!d) return false;
    // floor(d * 1000) / 1000 == pinned value
    const as::rational cut{(*d * as::rational{1000}).floor(), 1000};
    if (cut != p.density_floor) return false;
  }
  return as::classify(e->chip(), as::rules::eccn_3a090_2023).eccn == p.eccn_2023 &&
         as::classify(e->chip(), as::rules::eccn_3a090_2022).eccn == p.eccn_2022;
}

constexpr as::rational d3(std::int64_t thousandths) { return as::rational::from_decimal(thousandths, 3); }
using E = as::eccn;

// clang-format off
constexpr pin pins[] = {
    {"nvidia-v100-sxm2",            2000_tpp,     d3(2453),         E::none,      E::none},
    {"nvidia-t4",                   1040_tpp,     d3(1908),         E::none,      E::none},
    {"nvidia-a100-sxm",             4992_tpp,     d3(6043),         E::a,         E::a},
    {"nvidia-a100-pcie",            4992_tpp,     d3(6043),         E::a,         E::a},
    {"nvidia-a800-sxm",             4992_tpp,     d3(6043),         E::a,         E::none},
    {"nvidia-a30",                  2644_tpp,     d3(3200),         E::b,         E::none},
    {"nvidia-a10",                  2000_tpp,     d3(3182),         E::none,      E::none},
    {"nvidia-a40",                  2395.2_tpp,   d3(3811),         E::b,         E::none},
    {"nvidia-h100-sxm",             15831.2_tpp,  d3(19448),        E::a,         E::a},
    {"nvidia-h100-pcie",            12104_tpp,    d3(14869),        E::a,         E::a},
    {"nvidia-h100-nvl",             13368_tpp,    d3(16422),        E::a,         E::a},
    {"nvidia-h800-sxm",             15831.2_tpp,  d3(19448),        E::a,         E::none},
    {"nvidia-h20",                  2368_tpp,     d3(2909),         E::none,      E::none},
    {"nvidia-h200-sxm",             15831.2_tpp,  d3(19448),        E::a,         E::a},
    {"nvidia-h200-nvl",             13368_tpp,    d3(16422),        E::a,         E::a},
    {"nvidia-gh200",                15831.2_tpp,  d3(19448),        E::a,         E::a},
    {"nvidia-b100",                 28000_tpp,    d3(17500),        E::a,         E::a},
    {"nvidia-b200",                 36000_tpp,    d3(22500),        E::a,         E::a},
    {"nvidia-gb200",                40000_tpp,    d3(25000),        E::a,         E::a},
    {"nvidia-b300",                 56000_tpp,    d3(35000),        E::a,         E::a},
    {"nvidia-gb300",                60000_tpp,    d3(37500),        E::a,         E::a},
    {"nvidia-l4",                   1940_tpp,     d3(6587),         E::a,         E::none},
    {"nvidia-l2",                   1545.6_tpp,   d3(5248),         E::none,      E::none},
    {"nvidia-l40",                  2896.8_tpp,   d3(4760),         E::b,         E::none},
    {"nvidia-l40s",                 5864_tpp,     d3(9636),         E::a,         E::none},
    {"nvidia-l20",                  1913.6_tpp,   d3(3144),         E::none,      E::none},
    {"nvidia-rtx-4080",             3119.2_tpp,   d3(8238),         E::none,      E::none},
    {"nvidia-rtx-4090",             5284.8_tpp,   d3(8684),         E::a,         E::none},
    {"nvidia-rtx-4090d",            4707.2_tpp,   d3(7735),         E::none,      E::none},
    {"nvidia-rtx-6000-ada",         5828_tpp,     d3(9577),         E::a,         E::none},
    {"nvidia-rtx-5090",             6707.2_tpp,   d3(8942),         E::a,         E::none},
    {"nvidia-rtx-5090d",            4750.4_tpp,   d3(6333),         E::none,      E::none},
    {"nvidia-rtx-pro-6000-server",  8000_tpp,     d3(10666),        E::a,         E::none},
    {"amd-mi100",                   2953.6_tpp,   d3(3938),         E::b,         E::none},
    {"amd-mi210",                   2899.2_tpp,   d3(3669),         E::b,         E::none},
    {"amd-mi250",                   5793.6_tpp,   d3(3666),         E::a,         E::a},
    {"amd-mi250x",                  6128_tpp,     d3(3878),         E::a,         E::a},
    {"amd-mi300x",                  20919.2_tpp,  d3(8716),         E::a,         E::a},
    {"amd-mi300a",                  15689.6_tpp,  d3(6588),         E::a,         E::undecided},
    {"amd-mi325x",                  20919.2_tpp,  d3(8716),         E::a,         E::a},
    {"amd-mi355x",                  60397.8_tpp,  unknown_density,  E::a,         E::a},
    {"intel-gaudi2",                6920_tpp,     unknown_density,  E::a,         E::a},
    {"intel-gaudi2-hl-225b",        6920_tpp,     unknown_density,  E::a,         E::none},
    {"intel-gaudi3",                29360_tpp,    unknown_density,  E::a,         E::a},
    {"intel-gaudi3-pcie",           29360_tpp,    unknown_density,  E::a,         E::a},
    {"huawei-ascend-910b",          5120_tpp,     d3(7692),         E::a,         E::none},
    {"huawei-ascend-910c",          12032_tpp,    d3(9038),         E::a,         E::a},
    {"google-tpu-v4",               4400_tpp,     unknown_density,  E::undecided, E::none},
    {"google-tpu-v5e",              3152_tpp,     unknown_density,  E::undecided, E::none},
    {"google-tpu-v5p",              7344_tpp,     unknown_density,  E::a,         E::a},
    {"google-tpu-v6e",              14688_tpp,    unknown_density,  E::a,         E::a},
    {"aws-trainium2",               21344_tpp,    unknown_density,  E::a,         E::undecided},
    {"cerebras-wse-3",              std::nullopt, unknown_density, E::undecided, E::undecided},
    {"cambricon-mlu370-x8",         1024_tpp,     unknown_density,  E::none,      E::none},
};
// clang-format on

constexpr bool every_entry_pinned() {
  for (const cat::entry* e : cat::all) {
    bool found = false;
    for (const pin& p : pins) found = found || p.id == e->id;
    if (!found) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("every entry's TPP, density and ECCN are pinned", "[catalog][static]") {
  STATIC_REQUIRE(every_entry_pinned());
  STATIC_REQUIRE(std::size(pins) == cat::all.size());
}

// One constant evaluation per pin (clang bounds the steps of each evaluation).
template <std::size_t... I>
constexpr bool all_pins_match(std::index_sequence<I...>) {
  return (std::bool_constant<matches(pins[I])>::value && ...);
}

TEST_CASE("pinned values", "[catalog][static]") {
  STATIC_REQUIRE(all_pins_match(std::make_index_sequence<std::size(pins)>{}));
  // Per-entry checks at run time too, so a failure names the entry.
  for (const pin& p : pins) {
    INFO(p.id);
    CHECK(matches(p));
  }
}
