// Invalid specs at run time: a clear error naming the problem, never a classification.
#include <accelspec/accelspec.hpp>

#include <chrono>
#include <string>

#include "catch.hpp"

using namespace accelspec::literals;
namespace as = accelspec;

namespace {
as::accelerator valid_chip() {
  return as::accelerator{.name = "ok",
                         .market = as::market::datacenter,
                         .compute = {as::dense(as::fp16, 100_tflops)},
                         .dies = {{.name = "d", .area = 100_mm2, .transistors = as::non_planar}}};
}
// find_problem()'s message, after checking that every entry point that measures a spec (the one
// pass behind tpp(), classify() and eccn_of() runs its own fused checks) stops on the same problem
// with the same message, or accepts the spec when find_problem() finds nothing.
std::string problem(const as::accelerator& c) {
  const char* p = as::find_problem(c);
  const std::string message = p == nullptr ? "" : p;
  if (message.empty()) {
    CHECK_NOTHROW(as::tpp(c));
    CHECK_NOTHROW(as::classify(c));
    CHECK_NOTHROW(as::eccn_of(c, as::rules::eccn_3a090_2023));
  } else {
    CHECK_THROWS_WITH(as::tpp(c), message);
    CHECK_THROWS_WITH(as::classify(c), message);
    CHECK_THROWS_WITH(as::eccn_of(c, as::rules::eccn_3a090_2023), message);
  }
  return message;
}
}  // namespace

TEST_CASE("a valid spec has no problem", "[validate]") {
  CHECK(as::is_valid(valid_chip()));
  CHECK_NOTHROW(as::require_valid(valid_chip()));
}

TEST_CASE("each invalid input is named", "[validate]") {
  as::accelerator c = valid_chip();
  c.dies = {{.name = "d", .area = 1_mm2 - 2_mm2, .transistors = as::non_planar}};
  CHECK(problem(c) == "accelspec: invalid spec: die area is negative");
  CHECK_THROWS_WITH(as::classify(c), "accelspec: invalid spec: die area is negative");
  CHECK_THROWS_AS(as::tpp(c), as::error);

  c = valid_chip();
  c.dies = {{.name = "d", .area = as::area{}, .transistors = as::non_planar}};
  CHECK(problem(c) == "accelspec: invalid spec: die area is zero (use std::nullopt for unknown)");

  c = valid_chip();
  c.compute = {as::dense(as::fp16, 1_tflops - 2_tflops)};
  CHECK(problem(c) == "accelspec: invalid spec: a compute rate is negative");

  c = valid_chip();
  c.compute = {as::dense(as::fp16, as::dense_rate{})};
  CHECK(problem(c) == "accelspec: invalid spec: a compute rate is zero (leave an unsupported format out)");

  c = valid_chip();
  c.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::fp16, 200_tflops)};
  CHECK(problem(c) ==
        "accelspec: invalid spec: duplicate compute entry (one format listed twice for the same processing unit)");

  c = valid_chip();
  c.dies = {{.name = "d", .area = 1_mm2, .transistors = as::non_planar},
            {.name = "d", .area = 2_mm2, .transistors = as::non_planar}};
  CHECK(problem(c) == "accelspec: invalid spec: duplicate die name (list a die once and set .count)");

  c = valid_chip();
  c.dies = {{.name = "d", .area = 1_mm2, .transistors = as::non_planar, .count = 0}};
  CHECK(problem(c) == "accelspec: invalid spec: die count must be at least 1");

  c = valid_chip();
  c.memory = {.technology = as::memory_technology::hbm3e, .stacks = 6, .stack_capacity = 24_GB, .capacity = 145_GB};
  CHECK(problem(c) == "accelspec: invalid spec: usable memory capacity exceeds stacks x per-stack capacity");
  c.memory.capacity = 141_GB;
  CHECK(problem(c).empty());

  c = valid_chip();
  c.memory = {.stacks = 0};
  CHECK(problem(c) == "accelspec: invalid spec: memory stack count must be at least 1");

  c = valid_chip();
  c.tdp = 1_W - 1_W;
  CHECK(problem(c) == "accelspec: invalid spec: TDP must be positive");

  c = valid_chip();
  c.released = std::chrono::year_month_day{std::chrono::year{2023}, std::chrono::month{2}, std::chrono::day{29}};
  CHECK(problem(c) == "accelspec: invalid spec: release date is not a valid calendar date");
}

TEST_CASE("every check of spec/validate.hpp names its problem, and the limit itself is valid", "[validate]") {
  const auto expect = [](const as::accelerator& c, const std::string& message) {
    INFO(message);
    CHECK(problem(c) == "accelspec: invalid spec: " + message);
    CHECK_FALSE(as::is_valid(c));
    CHECK_THROWS_WITH(as::require_valid(c), "accelspec: invalid spec: " + message);
    CHECK_THROWS_AS(as::classify(c), as::error);
    CHECK_THROWS_AS(as::eccn_of(c, as::rules::latest), as::error);
  };
  as::accelerator c = valid_chip();
  c.compute = {as::compute_rate{static_cast<as::number_format>(200), 100_tflops, {}}};
  expect(c, "unknown number format");

  c = valid_chip();
  c.market = static_cast<as::market>(7);
  expect(c, "unknown market value");

  // An out-of-range enum would index past key()'s table; it is rejected first.
  c = valid_chip();
  c.memory.technology = static_cast<as::memory_technology>(99);
  expect(c, "unknown memory technology");

  // Memory: every figure positive, and the totals within stacks x per-stack figures.
  const as::data_size zero_size = 1_GB - 1_GB;
  const as::data_rate zero_rate = 1_GBps - 1_GBps;
  c = valid_chip();
  c.memory = {.capacity = zero_size};
  expect(c, "memory capacity must be positive");
  c.memory = {.capacity = zero_size - 1_GB};
  expect(c, "memory capacity must be positive");
  c.memory = {.bandwidth = zero_rate};
  expect(c, "memory bandwidth must be positive");
  c.memory = {.stack_capacity = zero_size};
  expect(c, "per-stack memory capacity must be positive");
  c.memory = {.stack_bandwidth = zero_rate};
  expect(c, "per-stack memory bandwidth must be positive");
  c.memory = {.stacks = -1};
  expect(c, "memory stack count must be at least 1");

  c.memory = {.stacks = 6, .stack_bandwidth = 800_GBps, .bandwidth = 4800_GBps};
  CHECK(problem(c).empty());  // exactly stacks x per-stack
  c.memory.bandwidth = 4800_GBps + as::data_rate::from_count(1);
  expect(c, "memory bandwidth exceeds stacks x per-stack bandwidth");
  c.memory = {.stacks = 6, .stack_capacity = 24_GB, .capacity = 144_GB};
  CHECK(problem(c).empty());
  c.memory.capacity = 144_GB + as::data_size::from_count(1);
  expect(c, "usable memory capacity exceeds stacks x per-stack capacity");
  // Without the stack count, a per-stack figure bounds nothing.
  c.memory = {.stack_bandwidth = 800_GBps, .bandwidth = 9000_GBps};
  CHECK(problem(c).empty());

  c = valid_chip();
  c.io_bandwidth = zero_rate;
  CHECK(problem(c).empty());  // no I/O is a valid figure
  c.io_bandwidth = zero_rate - as::data_rate::from_count(1);
  expect(c, "I/O bandwidth is negative");

  c = valid_chip();
  c.tdp = 1_W - 2_W;
  expect(c, "TDP must be positive");

  c = valid_chip();
  c.dies = {{.name = "d", .area = 1_mm2, .transistors = as::non_planar, .count = -3}};
  expect(c, "die count must be at least 1");
  // Unnamed dies may repeat; a named die only once.
  c.dies = {{.area = 1_mm2, .transistors = as::non_planar}, {.area = 2_mm2, .transistors = as::non_planar}};
  CHECK(problem(c).empty());
  // The same format on two processing units is two entries, not a duplicate.
  c = valid_chip();
  c.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::fp16, 100_tflops, "vector")};
  CHECK(problem(c).empty());

  // The analysts' fields: a designer country is two capital letters (the ends of A-Z included,
  // the characters either side of them not), a transistor count and a link rate positive.
  const char* const country_message =
      "designer country must be an ISO 3166-1 alpha-2 code (two capital letters) or empty";
  c = valid_chip();
  for (const char* ok : {"", "US", "CN", "AZ", "ZA"}) {
    c.designer_country = ok;
    INFO(ok);
    CHECK(problem(c).empty());
  }
  for (const char* bad : {"us", "USA", "U", "@A", "A@", "[A", "A[", "U1"}) {
    c.designer_country = bad;
    expect(c, country_message);
  }
  c = valid_chip();
  c.transistor_count = 1;
  CHECK(problem(c).empty());
  c.transistor_count = 0;
  expect(c, "transistor count must be positive");
  c.transistor_count = -1;
  expect(c, "transistor count must be positive");
  c = valid_chip();
  c.links.host = {"PCIe", as::data_rate::from_count(1), as::link_direction::per_direction};
  CHECK(problem(c).empty());
  CHECK(*c.links.host.bidirectional() == as::data_rate::from_count(2));
  c.links.scale_out = {"NIC", zero_rate, as::link_direction::unknown};
  expect(c, "a link rate must be positive");
  c.links.scale_out = {"NIC", std::nullopt, as::link_direction::unknown};  // named, rate unknown: valid
  CHECK(problem(c).empty());
  CHECK(c.links.scale_out.known());
  CHECK_FALSE(c.links.scale_up.known());
  CHECK_FALSE(c.links.scale_out.bidirectional());
}

// The release date's check against the standard library's own: every day 0 to 32 of every month
// 0 to 13, in years at the calendar's ends, around the leap rules (every 4th year, not every
// 100th, every 400th) and around zero.
TEST_CASE("a release date is valid exactly when year_month_day::ok() says so", "[validate]") {
  int valid = 0;
  for (const int y :
       {-32768, -32767, -401, -400, -100, -4, -1, 0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 32767}) {
    for (unsigned m = 0; m <= 13; ++m) {
      for (unsigned d = 0; d <= 32; ++d) {
        const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
        INFO(y << "-" << m << "-" << d);
        REQUIRE(as::detail::valid_date(date) == date.ok());
        valid += date.ok() ? 1 : 0;
      }
    }
  }
  // 19 years in range (not -32768), 9 of them leap: -400, -4, 0, 4, 400, 1996, 2000, 2024, 2400.
  CHECK(valid == 19 * 365 + 9);
}

TEST_CASE("arithmetic that cannot be held exactly is an error, not a wrapped value", "[validate]") {
  const as::dense_rate big = as::dense_rate::from_count(std::numeric_limits<std::int64_t>::max());
  CHECK_THROWS_AS(big + 1_tflops, as::error);
  CHECK_THROWS_AS(big * 2, as::error);
  CHECK_THROWS_AS(as::dense_from_sparse(as::sparse_rate::from_count(3), as::sparsity::structured_2_4), as::error);
  CHECK_THROWS_AS(as::rational(1, 0), as::error);
  CHECK_THROWS_AS(1_mm2 / as::area{}, as::error);
  as::accelerator many{.name = "many"};
  for (int i = 0; i < 24; ++i) many.compute.push_back(as::dense(as::fp16, 1_tflops, "u"));
  CHECK_THROWS_AS(many.compute.push_back(as::dense(as::fp16, 1_tflops, "u")), as::error);
}
