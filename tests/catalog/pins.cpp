// Every entry's derived TPP, performance density and ECCN (newest rule and 2022 text) pinned, so
// a change to an entry's data or to the derivation shows up here.
#include <accelspec/accelspec.hpp>

#include "catch.hpp"

using namespace accelspec::literals;
namespace as = accelspec;
namespace cat = accelspec::catalog;

namespace {
struct pin {
  std::string_view id;
  as::tpp_value tpp;  // exact
  as::rational density_floor;  // density cut (not rounded) to three decimals; -1: unknown
  as::eccn eccn_2023;
  as::eccn eccn_2022;
};

constexpr as::rational unknown_density{-1};

constexpr bool matches(const pin& p) {
  const cat::entry* e = cat::find(p.id);
  if (e == nullptr || e->id != p.id) return false;
  const std::optional<as::tpp_value> t = as::tpp(e->chip());
  if (!t || *t != p.tpp) return false;
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
    {"nvidia-a100-sxm",     4992_tpp,    d3(6043),  E::a,    E::a},
    {"nvidia-a800-sxm",     4992_tpp,    d3(6043),  E::a,    E::none},
    {"nvidia-h100-sxm",     15831.2_tpp, d3(19448), E::a,    E::a},
    {"nvidia-h20",          2368_tpp,    d3(2909),  E::none, E::none},
    {"nvidia-h200-sxm",     15831.2_tpp, d3(19448), E::a,    E::a},
    {"nvidia-b200",         36000_tpp,   d3(22500), E::a,    E::a},
    {"nvidia-l4",           1940_tpp,    d3(6587),  E::a,    E::none},
    {"nvidia-rtx-4090",     5284.8_tpp,  d3(8684),  E::a,    E::undecided},
    {"nvidia-rtx-4090d",    4707.2_tpp,  d3(7735),  E::none, E::none},
    {"amd-mi300x",          20919.2_tpp, d3(8716),  E::a,    E::a},
    {"amd-mi325x",          20919.2_tpp, d3(8716),  E::a,    E::a},
    {"huawei-ascend-910b",  5120_tpp,    d3(7692),  E::a,    E::none},
    {"huawei-ascend-910c",  12800_tpp,   d3(9615),  E::a,    E::a},
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

TEST_CASE("pinned values", "[catalog][static]") {
  constexpr bool all_match = [] {
    for (const pin& p : pins) {
      if (!matches(p)) return false;
    }
    return true;
  }();
  STATIC_REQUIRE(all_match);
  // Per-entry checks at run time too, so a failure names the entry.
  for (const pin& p : pins) {
    INFO(p.id);
    CHECK(matches(p));
  }
}
