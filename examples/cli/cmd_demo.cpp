// accelspec demo: well-known chips described from their raw specs and classified under both
// texts of ECCN 3A090, as a table. Each spec is written exactly as a user would write it.
#include <iostream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace accelspec::cli {
namespace {

using namespace accelspec::literals;

// Sources: NVIDIA datasheets and product pages (dense figures; sparse headlines halved) and
// published die areas; see docs/catalog sources once the catalog lands.
constexpr accelerator demo_h100_sxm{
    .name = "NVIDIA H100 SXM",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp8, 1978.9_tflops), dense(int8, 1978.9_tops), dense(fp16, 989.4_tflops),
                dense(bf16, 989.4_tflops), dense(tf32, 494.7_tflops), dense(fp64, 67_tflops)},
    .dies = {{.name = "GH100", .area = 814_mm2, .transistors = non_planar}},
    .io_bandwidth = 900_GBps,
};
constexpr accelerator demo_h20{
    .name = "NVIDIA H20",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp8, 296_tflops), dense(int8, 296_tops), dense(fp16, 148_tflops), dense(bf16, 148_tflops),
                dense(tf32, 74_tflops)},
    .dies = {{.name = "GH100", .area = 814_mm2, .transistors = non_planar}},
    .io_bandwidth = 900_GBps,
};
constexpr accelerator demo_a800{
    .name = "NVIDIA A800 SXM",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(int8, 624_tops), dense(fp16, 312_tflops), dense(bf16, 312_tflops), dense(tf32, 156_tflops),
                dense(fp64, 19.5_tflops)},
    .dies = {{.name = "GA100", .area = 826_mm2, .transistors = non_planar}},
    .io_bandwidth = 400_GBps,
};
constexpr accelerator demo_rtx_4090{
    .name = "NVIDIA GeForce RTX 4090",
    .vendor = "NVIDIA",
    .market = market::other,
    .compute = {dense(fp8, 660.6_tflops), dense(int8, 660.6_tops), dense(fp16, 330.3_tflops)},
    .dies = {{.name = "AD102", .area = 608.5_mm2, .transistors = non_planar}},
};
constexpr accelerator demo_rtx_4090d{
    .name = "NVIDIA GeForce RTX 4090D",
    .vendor = "NVIDIA",
    .market = market::other,
    .compute = {dense(fp8, 588.3_tflops), dense(int8, 588.3_tops), dense(fp16, 294.2_tflops)},
    .dies = {{.name = "AD102", .area = 608.5_mm2, .transistors = non_planar}},
};
constexpr accelerator demo_l4{
    .name = "NVIDIA L4",
    .vendor = "NVIDIA",
    .market = market::datacenter,
    .compute = {dense(fp8, 242.5_tflops), dense(int8, 242.5_tops), dense(fp16, 121_tflops), dense(tf32, 60_tflops)},
    .dies = {{.name = "AD104", .area = 294.5_mm2, .transistors = non_planar}},
};

std::string pad(std::string s, std::size_t width) {
  // Pads by display columns: count UTF-8 lead bytes only.
  std::size_t columns = 0;
  for (const char c : s) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  if (columns < width) s += std::string(width - columns, ' ');
  return s;
}

std::string cell(const determination& d) {
  std::string s(key(d.eccn));
  const std::vector<std::string> c = io::clause_keys(d.clauses);
  if (!c.empty()) {
    s += " (";
    for (std::size_t i = 0; i < c.size(); ++i) {
      s += i ? ", " : "";
      s += c[i].substr(c[i].size() - 3);
    }
    s += ")";
  }
  if (d.non_datacenter_note == truth::yes) s += " (note)";
  return s;
}

int run_demo(args a, std::ostream& out) {
  arg_reader in(a);
  while (const auto flag = in.next()) unknown_option(*flag);
  out << "accelspec demo: chips described from their raw specs, classified under ECCN 3A090\n\n";
  out << pad("chip", 26) << pad("market", 12) << pad("TPP", 10) << pad("density", 10) << pad("2022 text", 16)
      << "2023 text\n";
  out << std::string(92, '-') << "\n";
  for (const accelerator* chip : {&demo_h100_sxm, &demo_h20, &demo_a800, &demo_rtx_4090, &demo_rtx_4090d, &demo_l4}) {
    const determination d22 = classify(*chip, rules::eccn_3a090_2022);
    const determination d23 = classify(*chip, rules::eccn_3a090_2023);
    out << pad(std::string(chip->name), 26) << pad(std::string(key(chip->market)), 12)
        << pad(d23.tpp ? io::pretty(*d23.tpp) : "unknown", 10)
        << pad(d23.performance_density ? io::pretty(*d23.performance_density, 2) : "unknown", 10) << pad(cell(d22), 16)
        << cell(d23) << "\n";
  }
  out << "\nTPP = dense TOPS x bit length (highest over formats); density = TPP / applicable die area.\n"
         "'~' marks a value cut (not rounded) after two decimals. Details: accelspec classify --help, docs/.\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND("demo", "classify well-known chips from their raw specs, as a table", run_demo);

}  // namespace
}  // namespace accelspec::cli
