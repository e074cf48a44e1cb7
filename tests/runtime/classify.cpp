// The same rules through the run-time path: specs built from decimal text at run time, as a
// configuration file or the CLI would build them.
#include <accelspec/io.hpp>

#include <string>
#include <string_view>

#include "catch.hpp"

namespace as = accelspec;

namespace {

// A one-unit, one-die chip from decimal strings, parsed exactly at run time.
as::accelerator runtime_chip(as::number_format f, std::string_view teraops, std::string_view mm2,
                             as::market m = as::market::datacenter) {
  const auto rate = as::parse_quantity<as::dense_rate>(teraops);
  REQUIRE(rate.ok());
  as::accelerator c{.name = "runtime chip", .market = m};
  c.compute.push_back(as::dense(f, rate.value));
  if (!mm2.empty()) {
    const auto a = as::parse_quantity<as::area>(mm2);
    REQUIRE(a.ok());
    c.dies.push_back(as::die{.name = "logic", .area = a.value, .transistors = as::non_planar});
  }
  return c;
}

as::eccn eccn23(const as::accelerator& c) { return as::classify(c, as::rules::eccn_3a090_2023).eccn; }

}  // namespace

TEST_CASE("run time: every 2023 clause at, below and above its thresholds", "[rules][runtime]") {
  // a.1
  CHECK(eccn23(runtime_chip(as::int8, "600", "")) == as::eccn::a);
  CHECK(eccn23(runtime_chip(as::int8, "599.999999", "")) == as::eccn::undecided);
  // a.2, including the value binary floating point puts below 5.92.
  CHECK(eccn23(runtime_chip(as::int8, "514.3", "695")) == as::eccn::a);
  CHECK(eccn23(runtime_chip(as::fp16, "185", "500")) == as::eccn::a);
  CHECK(eccn23(runtime_chip(as::fp16, "185", "500.000001")) == as::eccn::b);
  // b.1
  CHECK(eccn23(runtime_chip(as::fp16, "150", "1500")) == as::eccn::b);
  CHECK(eccn23(runtime_chip(as::fp16, "150", "1500.000001")) == as::eccn::none);
  CHECK(eccn23(runtime_chip(as::fp16, "149.999999", "1000")) == as::eccn::none);
  // b.2, including the value binary floating point puts below 3.2.
  CHECK(eccn23(runtime_chip(as::int8, "200.2", "500.5")) == as::eccn::b);
  CHECK(eccn23(runtime_chip(as::fp16, "100", "500")) == as::eccn::b);
  CHECK(eccn23(runtime_chip(as::fp16, "100", "500.000001")) == as::eccn::none);
  // The note.
  CHECK(eccn23(runtime_chip(as::fp16, "299.999999", "300", as::market::other)) == as::eccn::none);
  CHECK(eccn23(runtime_chip(as::fp16, "300", "300", as::market::other)) == as::eccn::a);
}

TEST_CASE("run time: memory dies alone leave the applicable area unknown", "[rules][runtime]") {
  // Built at run time: a chip whose only listed dies are memory. The area is unknown (not zero),
  // so the density clauses are undecided; planar logic beside the memory makes it a known zero.
  as::accelerator c = runtime_chip(as::fp16, "200", "");
  const auto hbm_area = as::parse_quantity<as::area>("110");
  REQUIRE(hbm_area.ok());
  c.dies.push_back(as::die{
      .name = "hbm", .area = hbm_area.value, .transistors = as::non_planar, .role = as::die_role::memory, .count = 8});
  CHECK_FALSE(as::applicable_die_area(c).has_value());
  const as::determination d = as::classify(c, as::rules::eccn_3a090_2023);
  CHECK(d.eccn == as::eccn::undecided);
  CHECK(d.undecided.contains(as::clause::a_2));
  CHECK(d.undecided.contains(as::clause::b_2));
  CHECK(as::eccn_of(c, as::rules::eccn_3a090_2023).eccn == as::eccn::undecided);

  c.dies.push_back(as::die{.name = "planar logic", .area = hbm_area.value, .transistors = as::planar});
  REQUIRE(as::applicable_die_area(c).has_value());
  CHECK(as::applicable_die_area(c)->count() == 0);
  CHECK(eccn23(c) == as::eccn::none);
}

TEST_CASE("run time: classification by date", "[rules][runtime]") {
  as::accelerator a800 = runtime_chip(as::int8, "624", "826");
  a800.io_bandwidth = as::parse_quantity<as::data_rate>("400").value;
  const auto before = as::io::parse_date("2023-11-16");
  const auto after = as::io::parse_date("2023-11-17");
  REQUIRE(before);
  REQUIRE(after);
  CHECK(as::classify(a800, *before).eccn == as::eccn::none);
  CHECK(as::classify(a800, *before).applied == &as::rules::eccn_3a090_2022);
  CHECK(as::classify(a800, *after).eccn == as::eccn::a);
  CHECK(as::classify(a800, *as::io::parse_date("2022-10-06")).applied == nullptr);
  CHECK_THROWS_AS(as::rules::in_force(std::chrono::year_month_day{std::chrono::year{2023}, std::chrono::month{2},
                                                                  std::chrono::day{30}}),
                  as::error);
}

TEST_CASE("run time: determinations explain themselves with the numbers", "[rules][runtime]") {
  as::accelerator h100 = runtime_chip(as::fp8, "1978.9", "814");
  const as::determination d = as::classify(h100);
  REQUIRE(d.eccn == as::eccn::a);
  const auto reasons = as::io::reasons(d);
  REQUIRE(!reasons.empty());
  CHECK(reasons[0] == "TPP 15,831.2 >= 4,800: 3A090.a.1 met");
  CHECK(reasons[1] == "TPP 15,831.2 >= 1,600 and performance density ~19.448 >= 5.92: 3A090.a.2 met");
  const std::string json = as::io::to_json(d);
  CHECK(json.find("\"tpp\":15831.2,") != std::string::npos);
  CHECK(json.find("\"eccn\":\"3A090.a\"") != std::string::npos);
  CHECK(json.find("\"clauses\":[\"3A090.a.1\",\"3A090.a.2\"]") != std::string::npos);
  CHECK(json.find("\"performance_density\":19.448648648,") != std::string::npos);
}
