// Every entry's TPP, performance density and ECCN (newest rule and 2022 text) pinned, and each pin
// derived here, outside the library, from the datasheet figures it rests on: the dense rate and
// bit length that set TPP (TPP = TOPS x bit length), the applicable die area (density = TPP / area,
// cut to three decimals), the I/O rate and the market, classified by the independent reference of
// the rule text (support/reference_3a090.hpp). So a pin cannot simply be the code's own output: a
// change to an entry's data, to the metrics or to a threshold shows up here, and the pinned value
// can be checked by hand from its row (e.g. H100 SXM: 1978.9 TOPS INT8 x 8 = 15831.2 TPP;
// 15831.2 / 814 mm² = 19.448...; TPP >= 4800 and I/O 900 GB/s >= 600: .a under both texts).
#include <accelspec/catalog.hpp>
#include <accelspec/rules/classify.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "catch.hpp"
#include "reference_3a090.hpp"

using namespace accelspec::literals;
namespace as = accelspec;
namespace cat = accelspec::catalog;

namespace {
enum class mkt { dc, other };
constexpr mkt dc = mkt::dc, other = mkt::other;
using E = as::eccn;

struct pin {
  std::string_view id;
  // The derivation: the format and dense rate (TOPS) that set TPP, its bit length, the applicable
  // die area (mm²; empty: unknown), the aggregate I/O rate (GB/s; empty: unknown), the market.
  std::string_view rate;
  int bits;
  std::string_view area_mm2;
  std::string_view io_gbps;
  mkt market;
  // The pinned results.
  std::optional<as::tpp_value> tpp;  // exact; nullopt: unknown
  std::int64_t density_thousandths;  // density cut (not rounded) to three decimals; -1: unknown
  as::eccn eccn_2023;
  as::eccn eccn_2022;
};

// clang-format off
constexpr pin pins[] = {
    {"nvidia-v100-sxm2", "fp16 125", 16, "815", "300", dc, 2000_tpp, 2453, E::none, E::none},
    {"nvidia-t4", "int4 260", 4, "545", "32", dc, 1040_tpp, 1908, E::none, E::none},
    {"nvidia-a100-sxm", "int4 1248", 4, "826", "600", dc, 4992_tpp, 6043, E::a, E::a},
    {"nvidia-a100-pcie", "int4 1248", 4, "826", "600", dc, 4992_tpp, 6043, E::a, E::a},
    {"nvidia-a800-sxm", "int4 1248", 4, "826", "400", dc, 4992_tpp, 6043, E::a, E::none},
    {"nvidia-a30", "int4 661", 4, "826", "200", dc, 2644_tpp, 3200, E::b, E::none},
    {"nvidia-a10", "int4 500", 4, "628.4", "64", dc, 2000_tpp, 3182, E::none, E::none},
    {"nvidia-a40", "fp16 149.7", 16, "628.4", "112.5", dc, 2395.2_tpp, 3811, E::b, E::none},
    {"nvidia-h100-sxm", "int8 1978.9", 8, "814", "900", dc, 15831.2_tpp, 19448, E::a, E::a},
    {"nvidia-h100-pcie", "int8 1513", 8, "814", "600", dc, 12104_tpp, 14869, E::a, E::a},
    {"nvidia-h100-nvl", "fp16 835.5", 16, "814", "600", dc, 13368_tpp, 16422, E::a, E::a},
    {"nvidia-h800-sxm", "int8 1978.9", 8, "814", "400", dc, 15831.2_tpp, 19448, E::a, E::none},
    {"nvidia-h20", "int8 296", 8, "814", "900", dc, 2368_tpp, 2909, E::none, E::none},
    {"nvidia-h200-sxm", "int8 1978.9", 8, "814", "900", dc, 15831.2_tpp, 19448, E::a, E::a},
    {"nvidia-h200-nvl", "fp16 835.5", 16, "814", "900", dc, 13368_tpp, 16422, E::a, E::a},
    {"nvidia-gh200", "int8 1978.9", 8, "814", "900", dc, 15831.2_tpp, 19448, E::a, E::a},
    {"nvidia-b100", "fp4 7000", 4, "1600", "1800", dc, 28000_tpp, 17500, E::a, E::a},
    {"nvidia-b200", "fp4 9000", 4, "1600", "1800", dc, 36000_tpp, 22500, E::a, E::a},
    {"nvidia-gb200", "fp4 10000", 4, "1600", "1800", dc, 40000_tpp, 25000, E::a, E::a},
    {"nvidia-b300", "fp4 13500", 4, "1600", "1800", dc, 54000_tpp, 33750, E::a, E::a},
    {"nvidia-gb300", "fp4 15000", 4, "1600", "1800", dc, 60000_tpp, 37500, E::a, E::a},
    {"nvidia-l4", "int8 242.5", 8, "294.5", "64", dc, 1940_tpp, 6587, E::a, E::none},
    {"nvidia-l2", "tf32 48.3", 32, "294.5", "64", dc, 1545.6_tpp, 5248, E::none, E::none},
    {"nvidia-l40", "fp16 181.05", 16, "608.5", "64", dc, 2896.8_tpp, 4760, E::b, E::none},
    {"nvidia-l40s", "fp8 733", 8, "608.5", "64", dc, 5864_tpp, 9636, E::a, E::none},
    {"nvidia-l20", "tf32 59.8", 32, "608.5", "64", dc, 1913.6_tpp, 3144, E::none, E::none},
    {"nvidia-rtx-4080", "int4 779.8", 4, "378.6", "64", other, 3119.2_tpp, 8238, E::none, E::none},
    {"nvidia-rtx-4090", "int4 1321.2", 4, "608.5", "64", other, 5284.8_tpp, 8684, E::a, E::none},
    {"nvidia-rtx-4090d", "fp16 294.2", 16, "608.5", "64", other, 4707.2_tpp, 7735, E::none, E::none},
    {"nvidia-rtx-6000-ada", "fp8 728.5", 8, "608.5", "64", other, 5828_tpp, 9577, E::a, E::none},
    {"nvidia-rtx-5090", "fp8 838.4", 8, "750", "128", other, 6707.2_tpp, 8942, E::a, E::none},
    {"nvidia-rtx-5090d", "fp16 296.9", 16, "750", "128", other, 4750.4_tpp, 6333, E::none, E::none},
    {"nvidia-rtx-pro-6000-server", "fp4 2000", 4, "750", "128", dc, 8000_tpp, 10666, E::a, E::none},
    {"amd-mi100", "fp16 184.6", 16, "750", "276", dc, 2953.6_tpp, 3938, E::b, E::none},
    {"amd-mi210", "fp64 45.3", 64, "790", "300", dc, 2899.2_tpp, 3669, E::b, E::none},
    {"amd-mi250", "fp16 362.1", 16, "1580" /* 2 x 790 */, "600", dc, 5793.6_tpp, 3666, E::a, E::a},
    {"amd-mi250x", "fp16 383", 16, "1580", "800", dc, 6128_tpp, 3878, E::a, E::a},
    {"amd-mi300x", "int8 2614.9", 8, "2400", "896", dc, 20919.2_tpp, 8716, E::a, E::a},
    {"amd-mi300a", "int8 1961.2", 8, "2381.2", "", dc, 15689.6_tpp, 6588, E::a, E::undecided},
    {"amd-mi325x", "int8 2614.9", 8, "2400", "896", dc, 20919.2_tpp, 8716, E::a, E::a},
    {"amd-mi355x", "fp6 10066.3", 6, "", "1075.2", dc, 60397.8_tpp, -1, E::a, E::a},
    {"intel-gaudi2", "fp8 865", 8, "", "600", dc, 6920_tpp, -1, E::a, E::a},
    {"intel-gaudi2-hl-225b", "fp8 865", 8, "", "525", dc, 6920_tpp, -1, E::a, E::none},
    {"intel-gaudi3", "bf16 1835", 16, "", "1200", dc, 29360_tpp, -1, E::a, E::a},
    {"intel-gaudi3-pcie", "bf16 1835", 16, "", "1100", dc, 29360_tpp, -1, E::a, E::a},
    {"huawei-ascend-910b", "int8 640", 8, "665.61", "392", dc, 5120_tpp, 7692, E::a, E::none},
    {"huawei-ascend-910c", "fp16 752", 16, "1331.22", "784", dc, 12032_tpp, 9038, E::a, E::a},
    {"google-tpu-v4", "bf16 275", 16, "", "", dc, 4400_tpp, -1, E::undecided, E::none},
    {"google-tpu-v5e", "bf16 197", 16, "", "400", dc, 3152_tpp, -1, E::undecided, E::none},
    {"google-tpu-v5p", "int8 918", 8, "", "1200", dc, 7344_tpp, -1, E::a, E::a},
    {"google-tpu-v6e", "int8 1836", 8, "", "800", dc, 14688_tpp, -1, E::a, E::a},
    {"aws-trainium2", "tf32 667", 32, "", "1280", dc, 21344_tpp, -1, E::a, E::a},
    {"cerebras-wse-3", "", 0, "46225", "", dc, std::nullopt, -1, E::undecided, E::undecided},
    {"cambricon-mlu370-x8", "int8 128", 8, "", "", dc, 1024_tpp, -1, E::none, E::none},
    {"nvidia-rtx-pro-6000-workstation", "fp4 2000", 4, "750", "128", other, 8000_tpp, 10666, E::a, E::none},
    {"nvidia-a800-pcie", "int4 1248", 4, "826", "400", dc, 4992_tpp, 6043, E::a, E::none},
    {"nvidia-h800-pcie", "int8 1513", 8, "814", "400", dc, 12104_tpp, 14869, E::a, E::none},
    {"nvidia-b30a", "", 0, "", "", dc, std::nullopt, -1, E::undecided, E::undecided},
    {"nvidia-rtx-pro-6000d", "", 0, "", "", dc, std::nullopt, -1, E::undecided, E::undecided},
    {"amd-mi350x", "fp6 9227.5", 6, "", "1075.2", dc, 55365_tpp, -1, E::a, E::a},
    {"amd-mi308x", "", 0, "", "", dc, std::nullopt, -1, E::undecided, E::undecided},
    {"huawei-ascend-910d", "", 0, "", "", dc, std::nullopt, -1, E::undecided, E::undecided},
    {"google-tpu7x", "fp8 4614", 8, "", "1200", dc, 36912_tpp, -1, E::a, E::a},
    {"aws-trainium3", "tf32 671", 32, "", "2560", dc, 21472_tpp, -1, E::a, E::a},
    {"aws-trainium1", "tf32 190", 32, "", "", dc, 6080_tpp, -1, E::a, E::undecided},
    {"aws-inferentia2", "tf32 190", 32, "", "206.158430", dc, 6080_tpp, -1, E::a, E::none},
    {"microsoft-maia-100", "fp6 3000", 6, "820", "1264", dc, 18000_tpp, 21951, E::a, E::a},
    {"microsoft-maia-200", "fp8 5000", 8, "", "2800", dc, 40000_tpp, -1, E::a, E::a},
    {"meta-mtia-v1", "int8 102.4", 8, "", "", dc, 819.2_tpp, -1, E::none, E::none},
    {"meta-mtia-v2", "int8 354", 8, "421", "", dc, 2832_tpp, 6726, E::a, E::none},
    {"groq-lpu-v1", "int8 750", 8, "725", "", dc, 6000_tpp, 8275, E::a, E::undecided},
    {"sambanova-sn40l", "bf16 638", 16, "", "", dc, 10208_tpp, -1, E::a, E::undecided},
    {"biren-br100", "int8 2048", 8, "1074", "512", dc, 16384_tpp, 15255, E::a, E::none},
    {"moore-threads-mtt-s4000", "int8 200", 8, "", "240", dc, 1600_tpp, -1, E::undecided, E::none},
};
// clang-format on

// A decimal string as a count of 10^-6 of its unit ("1978.9" -> 1978900000), by hand.
std::optional<std::int64_t> micro(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::int64_t whole = 0, frac = 0;
  int places = 0;
  bool point = false;
  for (const char c : text) {
    if (c == '.') {
      point = true;
    } else if (point) {
      frac = frac * 10 + (c - '0');
      ++places;
    } else {
      whole = whole * 10 + (c - '0');
    }
  }
  for (; places < 6; ++places) frac *= 10;
  return whole * 1'000'000 + frac;
}

// The rate after the format name: "int8 1978.9" -> 1978.9.
std::string_view rate_of(std::string_view r) { return r.substr(r.find(' ') + 1); }

constexpr bool matches(const pin& p) {
  const cat::entry* e = cat::find(p.id);
  if (e == nullptr || e->id != p.id) return false;
  if (as::tpp(e->chip()) != p.tpp) return false;
  const std::optional<as::rational> d = as::performance_density(e->chip());
  if (p.density_thousandths < 0) {
    if (d) return false;
  } else {
    if (!d) return false;
    if ((*d * as::rational{1000}).floor() != p.density_thousandths) return false;
  }
  // The pins follow the row's bit length (TF32 at 32 bits where TF32 sets TPP); the default
  // classification, both TF32 readings, is pinned for those entries below.
  const as::classify_options as_32{.tf32 = as::tf32_reading::container_32};
  return as::classify(e->chip(), as::rules::eccn_3a090_2023, as_32).eccn == p.eccn_2023 &&
         as::classify(e->chip(), as::rules::eccn_3a090_2022, as_32).eccn == p.eccn_2022;
}

// Where TF32 sets TPP, the 19-bit reading can give another ECCN: Trainium and Inferentia2 (TF32 at
// the 16-bit rate, 190 TFLOPS) have TPP 6,080 as 32 bits (.a) and 3,610 as 19 bits, where the
// unknown die area leaves .a.2/.b open; the default answer is undecided under the 2023 text.
static_assert(as::classify(cat::aws::trainium1, as::rules::eccn_3a090_2023).eccn == E::undecided);
static_assert(as::classify(cat::aws::inferentia2, as::rules::eccn_3a090_2023).eccn == E::undecided);
static_assert(as::classify(cat::aws::trainium1, as::rules::eccn_3a090_2023, {.tf32 = as::tf32_reading::significant_19})
                  .eccn == E::undecided);

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

TEST_CASE("each pin follows from its datasheet figures and the rule text", "[catalog][reference]") {
  for (const pin& p : pins) {
    INFO(p.id);
    // TPP = rate (TOPS) x bit length, in counts of 10^-6 TPP.
    const std::optional<std::int64_t> rate = p.rate.empty() ? std::nullopt : micro(rate_of(p.rate));
    const std::optional<std::int64_t> tpp = rate ? std::optional{*rate * p.bits} : std::nullopt;
    REQUIRE(tpp.has_value() == p.tpp.has_value());
    if (tpp) CHECK(*tpp == p.tpp->count());
    // Density = TPP / area, both in 10^-6 units; cut to thousandths.
    const std::optional<std::int64_t> area = micro(p.area_mm2);
    if (tpp && area) {
      CHECK(*tpp * 1000 / *area == p.density_thousandths);
    } else {
      CHECK(p.density_thousandths == -1);
    }
    // The ECCN under both texts, by the reference.
    const std::optional<std::int64_t> io_gbps = micro(p.io_gbps);
    const reference::inputs in{.tpp_count = tpp,
                               .area_um2 = area,
                               .io_bytes_per_s = io_gbps ? std::optional{*io_gbps * 1000} : std::nullopt,
                               .m = p.market == dc ? reference::market::datacenter : reference::market::other};
    CHECK(reference::eccn_of(in, false) == p.eccn_2023);
    CHECK(reference::eccn_of(in, true) == p.eccn_2022);
  }
}

// One constant evaluation per pin (clang bounds the steps of each evaluation).
template <std::size_t... I>
constexpr bool all_pins_match(std::index_sequence<I...>) {
  return (std::bool_constant<matches(pins[I])>::value && ...);
}

TEST_CASE("the library reproduces every pin", "[catalog][static]") {
  STATIC_REQUIRE(all_pins_match(std::make_index_sequence<std::size(pins)>{}));
  // Per-entry checks at run time too, so a failure names the entry.
  for (const pin& p : pins) {
    INFO(p.id);
    CHECK(matches(p));
  }
}
