// Every figure of every catalog entry pinned to the figure its source printed: every dense rate
// (not only the one that sets TPP: a wrong FP64 rate changes `show` and the CSV), every die's area
// and count, memory capacity, total bandwidth, stack count, per-stack capacity and bandwidth, the
// aggregate I/O rate and the board power. A changed value that does not move TPP still fails here,
// and so does a figure added to or dropped from an entry.
//
// The figures are written in the sources' own units (TOPS or TFLOPS dense, mm², GB, GiB or MB,
// GB/s or GiB/s, W), as the entry's provenance cites them; where the entry marks a value as an
// estimate or derived, the figure is the one its provenance states. There are 74 rows, one per
// entry: 45 of the first 54 were checked against a separate transcription of the vendors' datasheets
// and product pages; the 20 added later were written from the entries' source notes and a separate
// research transcription of their sources. The four products known by name only (MI308X, B30A,
// RTX PRO 6000D, Ascend 910D) have no rate and no die, and every other value is "unknown".
// Where public sources print different figures for the same value (recorded in the entry as a
// conflict), every printed figure is listed, separated by '|': the B200/B300 TF32 rate (1,100 in
// the datasheet, 1,125 from the HGX table), the B300 FP4 and INT8 rates (14,000 and 150 in a
// datasheet transcription, 13,500 and 125 from NVIDIA's HGX page), TPU v4 and v5p capacity (Google
// prints GiB, secondary sources GB), TPU v5e INT8 (394 or 393), TPU v5p ICI (600 GB/s one way or
// 1,200 both ways), Trainium2 I/O, TPU7x bandwidth (7.4 TB/s in Google's JAX table, 7.3 in reports
// of the Hot Chips talk), Trainium3 bandwidth (4.9 TB/s, or 4.7 in AWS's NKI guide), Trainium INT8
// (380, or 420 in AWS's 2023 page), MTIA v2 capacity (128 GB per chip, or 128 GB per board of two:
// 64 GB), BR100 I/O (512 GB/s over eight BLink ports, or 2.3 TB/s) and A800 PCIe power (300 or
// 250 W). The conversion to the library's exact counts is written here (decimal digits, scaled),
// not the library's parser.
#include <accelspec/catalog.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

namespace {

namespace as = accelspec;
namespace cat = accelspec::catalog;

struct published {
  std::string_view id;
  std::string_view rates;  // "FORMAT TOPS; ..." dense
  std::string_view dies;   // "NAME = MM2 xCOUNT; ..." (area "unknown" when unpublished)
  std::string_view capacity, bandwidth_gbps, stacks, stack_capacity, stack_bandwidth_gbps, io_gbps, tdp_w;
};

// clang-format off
constexpr published figures[] = {
    {"nvidia-v100-sxm2", "fp64 7.8; fp32 15.7; fp16 125", "GV100 = 815 x1", "32 GB", "900", "4", "8 GB", "225", "300", "300"},
    {"nvidia-t4", "fp32 8.1; fp16 65; int8 130; int4 260", "TU104 = 545 x1", "16 GB", "320", "8", "2 GB", "40", "32", "70"},
    {"nvidia-a100-sxm", "fp64 19.5; tf32 156; fp16 312; bf16 312; int8 624; int4 1248", "GA100 = 826 x1", "80 GB", "2039", "5", "16 GB", "407.8", "600", "400"},
    {"nvidia-a100-pcie", "fp64 19.5; tf32 156; fp16 312; bf16 312; int8 624; int4 1248", "GA100 = 826 x1", "80 GB", "1935", "5", "16 GB", "387", "600", "300"},
    {"nvidia-a800-sxm", "fp64 19.5; tf32 156; fp16 312; bf16 312; int8 624; int4 1248", "GA100 = 826 x1", "80 GB", "2039", "5", "16 GB", "407.8", "400", "400"},
    {"nvidia-a30", "fp64 10.3; tf32 82; fp16 165; bf16 165; int8 330; int4 661", "GA100 = 826 x1", "24 GB", "933", "3", "8 GB", "311", "200", "165"},
    {"nvidia-a10", "fp32 31.2; tf32 62.5; fp16 125; bf16 125; int8 250; int4 500", "GA102 = 628.4 x1", "24 GB", "600", "12", "2 GB", "50", "64", "150"},
    {"nvidia-a40", "fp32 37.4; tf32 74.8; fp16 149.7; bf16 149.7; int8 299.3; int4 598.7", "GA102 = 628.4 x1", "48 GB", "696", "24", "2 GB", "29", "112.5", "300"},
    {"nvidia-h100-sxm", "fp64 67; tf32 494.7; fp16 989.4; bf16 989.4; fp8 1978.9; int8 1978.9", "GH100 = 814 x1", "80 GB", "3350", "5", "16 GB", "670", "900", "700"},
    {"nvidia-h100-pcie", "fp64 51; tf32 378; fp16 756.5; bf16 756.5; fp8 1513; int8 1513", "GH100 = 814 x1", "80 GB", "2000", "5", "16 GB", "400", "600", "350"},
    {"nvidia-h100-nvl", "fp64 60; tf32 417.5; fp16 835.5; bf16 835.5; fp8 1670.5; int8 1670.5", "GH100 = 814 x1", "94 GB", "3900", "6", "16 GB", "650", "600", "400"},
    {"nvidia-h800-sxm", "fp64 1; tf32 494.7; fp16 989.4; bf16 989.4; fp8 1978.9; int8 1978.9", "GH100 = 814 x1", "80 GB", "3350", "5", "16 GB", "670", "400", "700"},
    {"nvidia-h20", "fp64 1; tf32 74; fp16 148; bf16 148; fp8 296; int8 296", "GH100 = 814 x1", "96 GB", "4000", "6", "16 GB", "unknown", "900", "400"},
    {"nvidia-h200-sxm", "fp64 67; tf32 494.7; fp16 989.4; bf16 989.4; fp8 1978.9; int8 1978.9", "GH100 = 814 x1", "141 GB", "4800", "6", "24 GB", "800", "900", "700"},
    {"nvidia-h200-nvl", "fp64 60; tf32 417.5; fp16 835.5; bf16 835.5; fp8 1670.5; int8 1670.5", "GH100 = 814 x1", "141 GB", "4800", "6", "24 GB", "800", "900", "600"},
    {"nvidia-gh200", "fp64 67; tf32 494.7; fp16 989.4; bf16 989.4; fp8 1978.9; int8 1978.9", "GH100 = 814 x1", "144 GB", "4900", "6", "24 GB", "unknown", "900", "unknown"},
    {"nvidia-b100", "fp64 30; tf32 875; fp16 1750; bf16 1750; fp8 3500; int8 3500; fp4 7000", "GB100 = 800 x2", "192 GB", "8000", "8", "24 GB", "1000", "1800", "700"},
    {"nvidia-b200", "fp64 37; tf32 1100|1125; fp16 2250; bf16 2250; fp8 4500; int8 4500; fp4 9000", "GB100 = 800 x2", "180 GB", "7700", "8", "24 GB", "962.5", "1800", "1000"},
    {"nvidia-gb200", "fp64 40; tf32 1250; fp16 2500; bf16 2500; fp8 5000; int8 5000; fp4 10000", "GB100 = 800 x2", "186 GB", "8000", "8", "24 GB", "1000", "1800", "1200"},
    {"nvidia-b300", "fp64 1.25; tf32 1100|1125; fp16 2250; bf16 2250; fp8 4500; int8 150|125; fp4 14000|13500", "GB100 = 800 x2", "270 GB", "7700", "8", "36 GB", "962.5", "1800", "1100"},
    {"nvidia-gb300", "fp64 1.25; tf32 1250; fp16 2500; bf16 2500; fp8 5000; int8 165; fp4 15000", "GB100 = 800 x2", "279 GB", "8000", "8", "36 GB", "1000", "1800", "1400"},
    {"nvidia-l4", "tf32 60; fp16 121; bf16 121; fp8 242.5; int8 242.5", "AD104 = 294.5 x1", "24 GB", "300", "unknown", "unknown", "unknown", "64", "72"},
    {"nvidia-l2", "tf32 48.3; fp16 96.5; bf16 96.5; fp8 193; int8 193", "AD104 = 294.5 x1", "24 GB", "300", "unknown", "unknown", "unknown", "64", "unknown"},
    {"nvidia-l40", "tf32 90.5; fp16 181.05; bf16 181.05; fp8 362; int8 362; int4 724", "AD102 = 608.5 x1", "48 GB", "864", "24", "2 GB", "36", "64", "300"},
    {"nvidia-l40s", "tf32 183; fp16 362.05; bf16 362.05; fp8 733", "AD102 = 608.5 x1", "48 GB", "864", "24", "2 GB", "36", "64", "350"},
    {"nvidia-l20", "tf32 59.8; fp16 119.5; bf16 119.5; fp8 239; int8 239", "AD102 = 608.5 x1", "48 GB", "864", "24", "2 GB", "36", "64", "275"},
    {"nvidia-rtx-4080", "tf32 48.7; fp16 194.9; bf16 97.5; fp8 389.9; int8 389.9; int4 779.8", "AD103 = 378.6 x1", "16 GB", "716.8", "8", "2 GB", "89.6", "64", "320"},
    {"nvidia-rtx-4090", "tf32 82.6; fp16 330.3; bf16 165.2; fp8 660.6; int8 660.6; int4 1321.2", "AD102 = 608.5 x1", "24 GB", "1008", "12", "2 GB", "84", "64", "450"},
    {"nvidia-rtx-4090d", "tf32 73.6; fp16 294.2; bf16 147.1; fp8 588.3; int8 588.3", "AD102 = 608.5 x1", "24 GB", "1008", "12", "2 GB", "84", "64", "425"},
    {"nvidia-rtx-6000-ada", "fp8 728.5", "AD102 = 608.5 x1", "48 GB", "960", "24", "2 GB", "40", "64", "300"},
    {"nvidia-rtx-5090", "tf32 104.8; fp16 419.2; bf16 209.6; fp8 838.4; fp4 1676", "GB202 = 750 x1", "32 GB", "1792", "16", "2 GB", "112", "128", "575"},
    {"nvidia-rtx-5090d", "fp16 296.9; fp8 593.75; fp4 1187.5", "GB202 = 750 x1", "32 GB", "1792", "16", "2 GB", "112", "128", "575"},
    {"nvidia-rtx-pro-6000-server", "fp16 500; bf16 500; fp8 1000; fp4 2000", "GB202 = 750 x1", "96 GB", "1792", "32", "3 GB", "56", "128", "600"},
    {"amd-mi100", "fp64 11.5; fp32 46.1; fp16 184.6; bf16 92.3; int8 184.6; int4 184.6", "Arcturus = 750 x1", "32 GB", "1228.8", "4", "8 GB", "307.2", "276", "300"},
    {"amd-mi210", "fp64 45.3; fp32 45.3; fp16 181; bf16 181; int8 181", "Aldebaran GCD = 790 x1", "64 GB", "1638.4", "4", "16 GB", "409.6", "300", "300"},
    {"amd-mi250", "fp64 90.5; fp32 90.5; fp16 362.1; bf16 362.1; int8 362.1", "Aldebaran GCD = 790 x2", "128 GB", "3276.8", "8", "16 GB", "409.6", "600", "500"},
    {"amd-mi250x", "fp64 95.7; fp32 95.7; fp16 383; bf16 383; int8 383", "Aldebaran GCD = 790 x2", "128 GB", "3276.8", "8", "16 GB", "409.6", "800", "560"},
    {"amd-mi300x", "fp64 163.4; fp32 163.4; tf32 653.7; fp16 1307.4; bf16 1307.4; fp8 2614.9; int8 2614.9", "MI300 XCD = 115 x8; MI300 IOD = 370 x4", "192 GB", "5300", "8", "24 GB", "662.5", "896", "750"},
    {"amd-mi300a", "fp64 122.6; fp32 122.6; tf32 490.3; fp16 980.6; bf16 980.6; fp8 1961.2; int8 1961.2", "MI300 XCD = 115 x6; Zen 4 CCD = 70.4 x3; MI300 IOD = 370 x4", "128 GB", "5300", "8", "16 GB", "662.5", "unknown", "550"},
    {"amd-mi325x", "fp64 163.4; fp32 163.4; tf32 653.7; fp16 1307.4; bf16 1307.4; fp8 2614.9; int8 2614.9", "MI300 XCD = 115 x8; MI300 IOD = 370 x4", "256 GB", "6000", "8", "32 GB", "750", "896", "1000"},
    {"amd-mi355x", "fp64 78.6; fp16 2516.6; bf16 2516.6; fp8 5033.2; int8 5033.2; fp6 10066.3; fp4 10066.3", "MI355 XCD = 110 x8; MI355 IOD = unknown x2", "288 GB", "8000", "8", "36 GB", "1000", "1075.2", "1400"},
    {"intel-gaudi2", "bf16 432; fp8 865", "Gaudi 2 = unknown x1", "96 GB", "2450", "6", "16 GB", "unknown", "600", "600"},
    {"intel-gaudi2-hl-225b", "bf16 432; fp8 865", "Gaudi 2 = unknown x1", "96 GB", "2400", "6", "16 GB", "400", "525", "600"},
    {"intel-gaudi3", "bf16 1835; fp8 1835", "Gaudi 3 compute die = unknown x2", "128 GB", "3700", "8", "16 GB", "462.5", "1200", "900"},
    {"intel-gaudi3-pcie", "bf16 1835; fp8 1835", "Gaudi 3 compute die = unknown x2", "128 GB", "3700", "8", "16 GB", "462.5", "1100", "600"},
    {"huawei-ascend-910b", "fp16 320; int8 640", "Ascend 910B = 665.61 x1", "64 GB", "1600", "4", "16 GB", "400", "392", "400"},
    {"huawei-ascend-910c", "fp16 752; bf16 752", "Ascend 910C compute die = 665.61 x2", "128 GB", "3200", "8", "16 GB", "400", "784", "unknown"},
    {"google-tpu-v4", "bf16 275; int8 275", "", "32 GB|32 GiB", "1200", "4", "8 GB|8 GiB", "300", "unknown", "unknown"},
    {"google-tpu-v5e", "bf16 197; int8 394|393", "", "16 GB", "819", "2", "8 GB", "409.5", "400", "unknown"},
    {"google-tpu-v5p", "bf16 459; int8 918", "", "95 GB|95 GiB", "2765", "unknown", "unknown", "unknown", "600|1200", "unknown"},
    {"google-tpu-v6e", "bf16 918; int8 1836", "", "32 GB", "1638", "unknown", "unknown", "unknown", "800", "unknown"},
    {"aws-trainium2", "fp32 181; tf32 667; fp16 667; bf16 667; fp8 1299", "Trainium2 compute die = unknown x2", "96 GiB", "2900", "4", "24 GiB", "725", "unknown|1280", "unknown"},
    {"cerebras-wse-3", "", "WSE-3 wafer = 46225 x1", "44 GB", "21000000", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"cambricon-mlu370-x8", "fp16 48; bf16 48; int8 128", "MLU370 chiplet = unknown x2", "24 GB", "307.2", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"amd-mi350x", "fp64 72.05; fp16 2306.9; bf16 2306.9; fp8 4613.7; int8 4613.7; fp6 9227.5; fp4 9227.5", "MI355 XCD = 110 x8; MI355 IOD = unknown x2", "288 GB", "8000", "8", "36 GB", "1000", "1075.2", "1000"},
    {"amd-mi308x", "", "", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"google-tpu7x", "bf16 2307; fp8 4614", "Ironwood compute die = unknown x2", "192 GiB", "7400|7300", "8", "24 GiB", "unknown", "1200", "unknown"},
    {"aws-trainium3", "fp32 183; tf32 671; fp16 671; bf16 671; fp8 2517; fp4 2517", "Trainium3 die = unknown x1", "144 GiB", "4900|4700", "4", "36 GiB", "unknown", "2560", "unknown"},
    {"aws-trainium1", "fp32 47.5; tf32 190; fp16 190; bf16 190; fp8 190; int8 380|420", "", "32 GiB", "820 GiB/s", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"aws-inferentia2", "fp32 47.5; tf32 190; fp16 190; bf16 190; fp8 190; int8 380", "", "32 GiB", "820 GiB/s", "unknown", "unknown", "unknown", "192 GiB/s", "unknown"},
    {"microsoft-maia-100", "bf16 800; fp6 3000", "Maia 100 = 820 x1", "64 GB", "1800", "4", "16 GB", "450", "1264", "700"},
    {"microsoft-maia-200", "fp8 5000; fp4 10000", "Maia 200 = unknown x1", "216 GB", "7000", "unknown", "unknown", "unknown", "2800", "750"},
    {"meta-mtia-v1", "fp16 51.2; int8 102.4", "MTIA v1 = unknown x1", "64 GB", "unknown", "unknown", "unknown", "unknown", "unknown", "25"},
    {"meta-mtia-v2", "fp16 177; bf16 177; int8 354", "MTIA v2 = 421 x1", "128 GB|64 GB", "unknown", "unknown", "unknown", "unknown", "unknown", "90"},
    {"groq-lpu-v1", "fp16 188; int8 750", "GroqChip 1 = 725 x1", "230 MB", "80000", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"sambanova-sn40l", "bf16 638", "SN40L die = unknown x2", "64 GB", "1600", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"biren-br100", "fp32 256; bf16 1024; int8 2048", "BR100 compute tile = 537 x2", "64 GB", "1640", "4", "16 GB", "410", "512|2300", "550"},
    {"moore-threads-mtt-s4000", "fp32 25; tf32 50; fp16 100; bf16 100; int8 200", "", "48 GB", "768", "unknown", "unknown", "unknown", "240", "unknown"},
    {"nvidia-a800-pcie", "fp64 19.5; tf32 156; fp16 312; bf16 312; int8 624; int4 1248", "GA100 = 826 x1", "80 GB", "1935", "5", "16 GB", "387", "400", "300|250"},
    {"nvidia-h800-pcie", "tf32 378; fp16 756.5; bf16 756.5; fp8 1513; int8 1513", "GH100 = 814 x1", "80 GB", "2000", "5", "16 GB", "400", "400", "350"},
    {"nvidia-rtx-pro-6000-workstation", "fp16 500; bf16 500; fp8 1000; fp4 2000", "GB202 = 750 x1", "96 GB", "1792", "32", "3 GB", "56", "128", "600"},
    // Known by name only: no figure published.
    {"nvidia-b30a", "", "", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"nvidia-rtx-pro-6000d", "", "", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown"},
    {"huawei-ascend-910d", "", "", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown", "unknown"},
};
// clang-format on

// "12.345" times 10^scale, exactly; nullopt when the text has more decimals than the scale.
std::optional<std::int64_t> scaled(std::string_view text, int scale) {
  std::int64_t whole = 0;
  int decimals = -1;
  for (const char c : text) {
    if (c == '.') {
      if (decimals >= 0) return std::nullopt;
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    whole = whole * 10 + (c - '0');
    if (decimals >= 0) ++decimals;
  }
  if (decimals < 0) decimals = 0;
  if (decimals > scale) return std::nullopt;
  for (int k = decimals; k < scale; ++k) whole *= 10;
  return whole;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const std::size_t p = s.find(sep);
    std::string_view part = s.substr(0, p);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    out.push_back(part);
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
  return out;
}

// The exact count a printed figure stands for: "unknown" is nullopt; "32 GiB" is 32 x 2^30 bytes and
// "820 GiB/s" 820 x 2^30 bytes a second; "230 MB" is 230 x 10^6 bytes (at the GB columns' scale).
std::optional<std::int64_t> count_of(std::string_view printed, int scale) {
  if (printed == "unknown") return std::nullopt;
  if (printed.ends_with(" GiB/s")) printed.remove_suffix(2);
  if (printed.ends_with(" GiB")) return *scaled(printed.substr(0, printed.size() - 4), 0) * (std::int64_t{1} << 30);
  if (printed.ends_with(" MB")) {
    printed.remove_suffix(3);
    scale -= 3;
  }
  if (printed.ends_with(" GB")) printed.remove_suffix(3);
  const auto v = scaled(printed, scale);
  REQUIRE(v.has_value());
  return v;
}

// Whether the catalog's value is one of the printed figures ("a|b").
template <class Optional>  // an as::maybe<Q> or a std::optional<Q>
bool matches(const Optional& value, std::string_view printed, int scale) {
  for (const std::string_view alternative : split(printed, '|')) {
    const auto want = count_of(alternative, scale);
    if (!want && !value) return true;
    if (want && value && value->count() == *want) return true;
  }
  return false;
}
bool matches_int(const std::optional<int>& value, std::string_view printed) {
  if (printed == "unknown") return !value;
  return value && std::to_string(*value) == printed;
}

const published* find(std::string_view id) {
  for (const published& p : figures) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("every figure of every catalog entry is the published one", "[catalog][pins]") {
  // Every entry has its row, and every row an entry.
  for (const cat::entry* e : cat::all) {
    INFO(e->id);
    CHECK(find(e->id) != nullptr);
  }
  for (const published& p : figures) {
    INFO(p.id);
    CHECK(cat::find(p.id) != nullptr);
  }
  for (const cat::entry* e : cat::all) {
    const published* p = find(e->id);
    if (p == nullptr) continue;
    const as::accelerator& c = e->chip();
    INFO(e->id);
    // Rates: the same formats, in the same order, each at its printed dense figure.
    const std::vector<std::string_view> rates = split(p->rates, ';');
    CHECK(rates.size() == c.compute.size());
    for (std::size_t i = 0; i < rates.size() && i < c.compute.size(); ++i) {
      const std::vector<std::string_view> f = split(rates[i], ' ');
      REQUIRE(f.size() == 2);
      INFO(rates[i]);
      CHECK(as::key(c.compute[i].format) == f[0]);
      CHECK(matches(std::optional{c.compute[i].rate}, f[1], 6));  // TOPS in 10^6 op/s
    }
    // Dies: name, area (mm² in µm²) and count.
    const std::vector<std::string_view> dies = split(p->dies, ';');
    CHECK(dies.size() == c.dies.size());
    for (std::size_t i = 0; i < dies.size() && i < c.dies.size(); ++i) {
      INFO(dies[i]);
      const std::size_t eq = dies[i].find(" = ");
      REQUIRE(eq != std::string_view::npos);
      CHECK(c.dies[i].name == dies[i].substr(0, eq));
      const std::vector<std::string_view> f = split(dies[i].substr(eq + 3), ' ');
      REQUIRE(f.size() == 2);
      CHECK(matches(c.dies[i].area, f[0], 6));
      CHECK(std::string("x") + std::to_string(c.dies[i].count) == f[1]);
    }
    // Memory, I/O, power.
    CHECK(matches(c.memory.capacity, p->capacity, 9));
    CHECK(matches(c.memory.bandwidth, p->bandwidth_gbps, 9));
    CHECK(matches_int(c.memory.stacks, p->stacks));
    CHECK(matches(c.memory.stack_capacity, p->stack_capacity, 9));
    CHECK(matches(c.memory.stack_bandwidth, p->stack_bandwidth_gbps, 9));
    CHECK(matches(c.io_bandwidth, p->io_gbps, 9));
    CHECK(matches(c.tdp, p->tdp_w, 3));
  }
}

TEST_CASE("the pins fail on a changed figure", "[catalog][pins]") {
  // The comparison itself: one unit off in the last printed digit, or another unit, does not match.
  CHECK(matches(std::optional{as::dense_rate::from_count(67'000'000)}, "67", 6));
  CHECK_FALSE(matches(std::optional{as::dense_rate::from_count(67'000'001)}, "67", 6));
  CHECK_FALSE(matches(std::optional{as::dense_rate::from_count(6'700'000)}, "67", 6));
  CHECK(matches(std::optional{as::data_size::from_count(std::int64_t{32} << 30)}, "32 GB|32 GiB", 9));
  CHECK_FALSE(matches(std::optional{as::data_size::from_count(33'000'000'000)}, "32 GB|32 GiB", 9));
  CHECK(matches(std::optional{as::data_rate::from_count(std::int64_t{820} << 30)}, "820 GiB/s", 9));
  CHECK_FALSE(matches(std::optional{as::data_rate::from_count(820'000'000'000)}, "820 GiB/s", 9));
  CHECK(matches(std::optional{as::data_size::from_count(230'000'000)}, "230 MB", 9));
  CHECK_FALSE(matches(std::optional{as::data_size::from_count(230'000'000'000)}, "230 MB", 9));
  CHECK(matches(std::optional<as::data_rate>{}, "unknown|1280", 9));
  CHECK_FALSE(matches(std::optional<as::data_rate>{}, "900", 9));
}
