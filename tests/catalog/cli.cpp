// The catalog on the command line: `catalog` (table, JSON, CSV, Markdown), `show ID`,
// `classify --chip ID`, bad ids, and docs/catalog.md kept in step with the data.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

#include <string>

#include "catch.hpp"
#include "run_cli.hpp"

namespace cat = accelspec::catalog;
using accelspec::test::run_cli;

namespace {
std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + needle.size())) ++n;
  return n;
}
std::size_t lines(const std::string& s) { return count(s, "\n"); }
}  // namespace

TEST_CASE("catalog --json: as-of date, one object per entry with every spec value and its sources", "[catalog][cli]") {
  const auto r = run_cli("catalog --json");
  REQUIRE(r.status == 0);
  REQUIRE(r.err.empty());
  CHECK(r.out.rfind("{\"catalog_as_of\":\"", 0) == 0);
  CHECK(r.out.find("\"count\":" + std::to_string(cat::all.size()) + ",\"entries\":[") != std::string::npos);
  CHECK(count(r.out, "{\"chip\":{\"id\":") == cat::all.size());
  CHECK(cat::all.size() >= 50);
  for (const char* k : {"\"vendor\":", "\"market\":", "\"dense_rates\":[", "\"dies\":[", "\"memory\":{",
                        "\"io_bandwidth_gbps\":", "\"tdp_w\":", "\"tpp\":", "\"applicable_die_area_mm2\":",
                        "\"performance_density\":", "\"dram_bandwidth_gbps\":", "\"classification\":{",
                        "\"classification_2022\":{", "\"sources\":[", "\"non_datacenter_note_effect\":"}) {
    INFO(k);
    CHECK(count(r.out, k) >= cat::all.size());
  }
  CHECK(count(r.out, "\"sources\":[]") == 0);
  // Exact values, not floating point: H100 SXM TPP 15831.2, H20 2368 at 814 mm².
  CHECK(r.out.find("{\"chip\":{\"id\":\"nvidia-h20\",\"name\":\"NVIDIA H20\"}") != std::string::npos);
  CHECK(r.out.find("\"tpp\":15831.2,") != std::string::npos);
  CHECK(r.out.find("\"tpp\":2368,\"tpp_bit_length\":8,\"applicable_die_area_mm2\":814,") != std::string::npos);
  CHECK(r.out.find("\"dram_bandwidth_gbps\":4800,") != std::string::npos);
  CHECK(r.out.find("{\"format\":\"fp8\",\"unit\":null,\"dense_teraops\":296}") != std::string::npos);
  CHECK(r.out.find("\"area_mm2\":814,\"transistors\":\"non-planar\",\"role\":\"logic\"") != std::string::npos);
  // Every source carries its URL and kind.
  CHECK(r.out.find("\"kind\":\"secondary\",\"source\":\"tomshardware-h20\"") != std::string::npos);
  CHECK(count(r.out, "\"url\":\"https://") >= cat::all.size());
  // The note's effect is explicit (the RTX 4090D: not for datacenters, TPP under 4,800).
  CHECK(r.out.find("\"non_datacenter_note_effect\":\"removes\"") != std::string::npos);
  // Release date and US availability, with how each is known (the H20: China only).
  for (const char* k : {"\"release_date\":", "\"release_note\":", "\"us_available\":", "\"us_available_source\":"}) {
    INFO(k);
    CHECK(count(r.out, k) == cat::all.size());
  }
  const auto h20 = run_cli("show --chip h20 --json");
  CHECK(h20.out.find("\"release_date\":\"2024-02-01\",\"release_note\":\"") != std::string::npos);
  CHECK(h20.out.find("\"us_available\":false,\"us_available_source\":\"made for and sold in China only\"") !=
        std::string::npos);
  CHECK(run_cli("show --chip h100-sxm --json").out.find("\"us_available\":true,") != std::string::npos);
  CHECK(r.out.find("\"us_available\":null,") != std::string::npos);
  // Unknown stays unknown.
  CHECK(r.out.find("{\"chip\":{\"id\":\"cerebras-wse-3\"") != std::string::npos);
  CHECK(r.out.find("\"tpp\":null") != std::string::npos);
}

TEST_CASE("catalog --csv: header naming units, one line per entry", "[catalog][cli]") {
  const auto r = run_cli("catalog --csv");
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("id,name,vendor,market,dense_rates,fp64_dense_tops,fp32_dense_tops,", 0) == 0);
  const std::string header = r.out.substr(0, r.out.find('\n'));
  for (const char* k : {",fp16_dense_tops,", ",applicable_die_area_mm2,", ",dram_bandwidth_gbps,", ",tpp,",
                        ",io_bandwidth_gbps,", ",tdp_w,", ",memory_capacity_gb,", ",non_datacenter_note_effect,",
                        ",release_date,us_available,", ",sources,catalog_as_of"}) {
    INFO(k);
    CHECK(header.find(k) != std::string::npos);
  }
  CHECK(lines(r.out) == cat::all.size() + 1);
  CHECK(r.out.find("\nnvidia-h20,NVIDIA H20,NVIDIA,datacenter,") != std::string::npos);
  CHECK(r.out.find(",2368,8,") != std::string::npos);
  CHECK(r.out.find(",nvidia-h100-sxm,2024-02-01,no,") != std::string::npos);  // H20: derived_from, released, US
  CHECK(r.out.find("https://") != std::string::npos);
}

TEST_CASE("catalog: default table, and bad options", "[catalog][cli]") {
  const auto r = run_cli("catalog");
  REQUIRE(r.status == 0);
  CHECK(lines(r.out) == cat::all.size() + 2);
  const auto bad = run_cli("catalog --xml");
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
  CHECK(lines(bad.err) == 1);
  CHECK(bad.err.find("--xml") != std::string::npos);
  const auto two = run_cli("catalog --json --csv");
  CHECK(two.status == 2);
  CHECK(lines(two.err) == 1);
}

TEST_CASE("show ID: every value with its source", "[catalog][cli]") {
  const auto r = run_cli("show H20");
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("NVIDIA H20 (nvidia-h20)\n", 0) == 0);
  CHECK(r.out.find("derived from: nvidia-h100-sxm") != std::string::npos);
  CHECK(r.out.find("\nreleased: 2024-02-01 [") != std::string::npos);
  CHECK(r.out.find("\navailable in the US on 2026-01-15: no [made for and sold in China only]\n") != std::string::npos);
  CHECK(r.out.find("fp8: 296 TOPS [secondary: tomshardware-h20") != std::string::npos);
  CHECK(r.out.find("1 x GH100: 814 mm², non-planar") != std::string::npos);
  CHECK(r.out.find("TPP: 2,368 (8-bit)") != std::string::npos);
  CHECK(r.out.find("TPP 2,368 +/- 0.5 [whatpsu-h20: \"TPP 2,368\"]: reproduced") != std::string::npos);
  CHECK(r.out.find("NOT reproduced") == std::string::npos);
  CHECK(r.out.find("[no source]") == std::string::npos);
  CHECK(r.out.find("https://") != std::string::npos);
  // A sparse headline is shown with its conversion.
  const auto l4 = run_cli("show nvidia-l4");
  REQUIRE(l4.status == 0);
  CHECK(l4.out.find("(fp8 printed as 485 TOPS (sparse), converted to 242.5 TOPS dense)") != std::string::npos);
  // GiB capacities show both prefixes, exactly.
  const auto trn = run_cli("show aws-trainium2");
  REQUIRE(trn.status == 0);
  CHECK(trn.out.find("capacity: 103.079215104 GB (96 GiB)") != std::string::npos);
}

TEST_CASE("every entry can be shown with no unsourced value and every claim reproduced", "[catalog][cli]") {
  for (const cat::entry* e : cat::all) {
    const auto r = run_cli("show " + std::string(e->id));
    INFO(e->id);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("[no source]") == std::string::npos);
    CHECK(r.out.find("NOT reproduced") == std::string::npos);
  }
}

TEST_CASE("show: unknown or missing id is one line and status 2", "[catalog][cli]") {
  for (const char* args : {"show nvidia-h2000", "show", "show h20 h100", "show --json"}) {
    const auto r = run_cli(args);
    INFO(args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
  }
  CHECK(run_cli("show nvidia-h2000").err.find("unknown chip 'nvidia-h2000'") != std::string::npos);
}

TEST_CASE("classify --chip: the classify JSON plus \"chip\"", "[catalog][cli]") {
  const auto r = run_cli("classify --chip nvidia-h200-sxm --date 2026-01-15 --json");
  REQUIRE(r.status == 0);
  CHECK(r.out.find("\"eccn\":\"3A090.a\"") != std::string::npos);
  CHECK(r.out.find("\"tpp\":15831.2,") != std::string::npos);
  CHECK(r.out.find("{\"chip\":{\"id\":\"nvidia-h200-sxm\",\"name\":\"NVIDIA H200 SXM\"},") == 0);
  // Under the 2022 text the A800 passes (I/O 400 GB/s); under the 2023 text it does not.
  const auto a800_22 = run_cli("classify --chip a800 --rule 3a090-2022 --json");
  REQUIRE(a800_22.status == 0);
  CHECK(a800_22.out.find("\"eccn\":\"none\"") != std::string::npos);
  CHECK(a800_22.out.find("\"chip\":{\"id\":\"nvidia-a800-sxm\",") != std::string::npos);
  const auto a800_23 = run_cli("classify --chip A800 --date 2023-11-17 --json");
  CHECK(a800_23.out.find("\"eccn\":\"3A090.a\"") != std::string::npos);
  const auto a800_before = run_cli("classify --chip A800 --date 2023-11-16 --json");
  CHECK(a800_before.out.find("\"eccn\":\"none\"") != std::string::npos);
  // Text output names the chip.
  const auto text = run_cli("classify --chip rtx-4090d");
  REQUIRE(text.status == 0);
  CHECK(text.out.rfind("Chip: NVIDIA GeForce RTX 4090D (nvidia-rtx-4090d).\n", 0) == 0);
  CHECK(text.out.find("not described by 3A090.a or 3A090.b") != std::string::npos);
  // Raw-spec JSON names no chip.
  CHECK(run_cli("classify --dense fp8=296 --json").out.rfind("{\"chip\":null,", 0) == 0);
}

TEST_CASE("classify --chip: bad ids and conflicting flags", "[catalog][cli]") {
  for (const char* args : {"classify --chip nvidia-b9000", "classify --chip", "classify --chip h20 --dense fp16=1",
                           "classify --chip h20 --rule 3a090-1999"}) {
    const auto r = run_cli(args);
    INFO(args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
  }
  CHECK(run_cli("classify --chip nvidia-b9000").err.find("--chip: unknown chip 'nvidia-b9000'") != std::string::npos);
}

TEST_CASE("demo prints the whole catalog", "[catalog][cli]") {
  const auto r = run_cli("demo");
  REQUIRE(r.status == 0);
  for (const cat::entry* e : cat::all) {
    INFO(e->id);
    CHECK(r.out.find("\n" + std::string(e->id) + " ") != std::string::npos);
  }
}

TEST_CASE("docs/catalog.md is what `accelspec catalog --markdown-page` prints (regenerate it if this fails)",
          "[catalog][cli][docs]") {
  const auto one = run_cli("catalog --chip H20 --json");
  REQUIRE(one.status == 0);
  CHECK(one.out.find("\"count\":1,\"entries\":[{\"chip\":{\"id\":\"nvidia-h20\"") != std::string::npos);
  CHECK(lines(run_cli("catalog --chip h20 --csv").out) == 2);
  const auto table = run_cli("catalog --markdown");
  REQUIRE(table.status == 0);
  CHECK(table.out.rfind("| id | chip | market | TPP |", 0) == 0);  // the table alone
  CHECK(lines(table.out) == cat::all.size() + 2);
  const auto r = run_cli("catalog --markdown-page");
  REQUIRE(r.status == 0);
  const std::string committed = accelspec::test::read_file(std::string(ACCELSPEC_SOURCE_DIR) + "/docs/catalog.md");
  REQUIRE(!committed.empty());
  CHECK(committed == r.out);
  CHECK(count(r.out, "\n| `") == cat::all.size());
}

TEST_CASE("the analysts' fields, estimates and conflicts in --json, --csv and show", "[catalog][cli]") {
  const auto csv = run_cli("catalog --csv");
  REQUIRE(csv.status == 0);
  const std::string header = csv.out.substr(0, csv.out.find('\n'));
  for (const char* k : {",designer_country,detail_level,form_factor,process_nodes,transistor_count,",
                        ",scale_up_link,scale_up_bidirectional_gbps,host_link,host_bidirectional_gbps,",
                        ",scale_out_link,scale_out_bidirectional_gbps,announced_date,first_shipped_date,",
                        ",estimated_fields,conflicts,"}) {
    INFO(k);
    CHECK(header.find(k) != std::string::npos);
  }
  // Maia 100: 12 x 400 GbE printed per direction, 1,200 GB/s both ways.
  CHECK(csv.out.find(",12 x 400 GbE backend network,1200,") != std::string::npos);
  const auto h100 = run_cli("show --chip h100 --json");
  for (const char* k : {"\"designer_country\":\"US\"", "\"detail_level\":\"specified\"", "\"form_factor\":\"sxm\"",
                        "\"foundry\":\"TSMC\",\"process_node\":\"4N\"", "\"transistor_count\":80000000000",
                        "\"scale_up\":{\"name\":\"NVLink 4\",\"bandwidth_gbps\":900,\"direction\":\"bidirectional\","
                        "\"bidirectional_gbps\":900}",
                        "\"estimated_fields\":[]", "\"conflicts\":[]"}) {
    INFO(k);
    CHECK(h100.out.find(k) != std::string::npos);
  }
  // An estimate says how it was obtained; a conflict names both figures and both sources.
  CHECK(run_cli("show --chip mi350x --json").out.find("\"estimated_fields\":[\"compute\"") != std::string::npos);
  const auto b300 = run_cli("show b300");
  CHECK(b300.out.find("conflicting sources:\n  compute fp4: uses 13,500 TFLOPS") != std::string::npos);
  CHECK(b300.out.find("verda-gb300 prints 14,000 TFLOPS") != std::string::npos);
  CHECK(run_cli("show mi350x").out.find("fp16: 2,306.9 TOPS [estimate: tomshardware-mi355x;") != std::string::npos);
}

TEST_CASE("a product known by name only on the command line", "[catalog][cli]") {
  const auto show = run_cli("show mi308");
  REQUIRE(show.status == 0);
  CHECK(show.out.find("known by name only") != std::string::npos);
  CHECK(show.out.find("[no source]") == std::string::npos);
  const auto cls = run_cli("classify --chip mi308");
  REQUIRE(cls.status == 0);
  CHECK(cls.out.find("Known by name only") != std::string::npos);
  CHECK(cls.out.find("Result: undecided") != std::string::npos);
  const auto as = run_cli("assess --chip mi308 --destination CN --date 2025-06-01");
  REQUIRE(as.status == 0);
  CHECK(as.out.find("License required: yes.") != std::string::npos);
  CHECK(as.out.find("mi308-notice-2025") != std::string::npos);
}
