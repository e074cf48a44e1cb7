// What the answer says besides the ECCN: the clauses left undecided. Expected values are written
// from the rule text: the non-datacenter note is undecided only when the market is unknown AND a
// clause of .a or .b may be met; with no clause possible the chip is simply outside.
#include <accelspec/rules/classify.hpp>
#include <accelspec/rules/eccn_of.hpp>
#include <accelspec/units/literals.hpp>

#include <cstdint>
#include <string>

#include "catch.hpp"

namespace as = accelspec;
using namespace as::literals;

namespace {
as::accelerator chip(as::dense_rate fp16, as::area die, as::market m) {
  return {.market = m,
          .compute = {as::dense(as::fp16, fp16)},
          .dies = {{.name = "d", .area = die, .transistors = as::non_planar}}};
}
}  // namespace

TEST_CASE("the note is undecided only when a clause may be met", "[rules][note]") {
  const as::rule& r = as::rules::eccn_3a090_2023;
  // TPP 1000 (62.5 TOPS x 16): no clause can be met, whatever the market.
  const as::accelerator small = chip(62.5_tflops, 100_mm2, as::market::unknown);
  const as::determination d = as::classify(small, r);
  CHECK(d.eccn == as::eccn::none);
  CHECK(d.undecided.empty());
  CHECK(as::eccn_of(small, r).undecided.empty());
  // TPP 3200 on 100 mm² (density 32): .a.2 met; the market decides.
  const as::accelerator dense = chip(200_tflops, 100_mm2, as::market::unknown);
  const as::determination u = as::classify(dense, r);
  CHECK(u.eccn == as::eccn::undecided);
  CHECK(u.undecided.contains(as::clause::non_datacenter_note));
  CHECK(as::eccn_of(dense, r).undecided.contains(as::clause::non_datacenter_note));
  // TPP 4800 or more: the note cannot apply; .a whatever the market.
  const as::accelerator big = chip(300_tflops, 100_mm2, as::market::unknown);
  const as::determination b = as::classify(big, r);
  CHECK(b.eccn == as::eccn::a);
  CHECK_FALSE(b.undecided.contains(as::clause::non_datacenter_note));
  // Known market: never undecided.
  CHECK(as::classify(chip(200_tflops, 100_mm2, as::market::other), r).eccn == as::eccn::none);
  CHECK(as::classify(chip(200_tflops, 100_mm2, as::market::datacenter), r).eccn == as::eccn::a);
}

// eccn_of's decider compares densities in 64-bit products when TPP and area are below 2^40
// counts and in 128-bit products above. A TPP of 148 x 2^52 counts on 25 x 2^52 µm² lies exactly
// on the 5.92 line (TPP x 25 = 148 x area, about 2^64.9: a 64-bit product would wrap), so .a.2 is
// met there and not on one µm² more; the same just inside the 64-bit range, at 148 x 2^30 on
// 25 x 2^30. Both sides of each line, through eccn_of and classify.
TEST_CASE("density lines are exact on both sides of the 64-bit fast path", "[rules][density]") {
  const as::rule& r = as::rules::eccn_3a090_2023;
  for (const int shift : {30, 31, 40, 52}) {
    const std::int64_t unit = std::int64_t{1} << shift;
    const auto on_line = [&](std::int64_t extra_area) {
      return as::decision_inputs{.tpp = as::tpp_value::from_count(148 * unit),
                                 .applicable_die_area = as::area::from_count(25 * unit + extra_area),
                                 .market = as::market::datacenter};
    };
    INFO("TPP 148 x 2^" << shift << " counts");
    const as::eccn_answer at = as::eccn_of(on_line(0), r), above = as::eccn_of(on_line(1), r);
    CHECK(at.clauses.contains(as::clause::a_2));
    CHECK_FALSE(above.clauses.contains(as::clause::a_2));
    CHECK(as::eccn_of(on_line(-1), r).clauses.contains(as::clause::a_2));
  }
  // Density 4 (TPP 2^58 counts on 2^56 µm²): below 5.92, so .a.2 is not met (.a.1 is). Here 148 x
  // area is past 2^63 while TPP x 25 is not: 64-bit products would put the density above the line.
  const as::eccn_answer four =
      as::eccn_of(as::decision_inputs{.tpp = as::tpp_value::from_count(std::int64_t{1} << 58),
                                      .applicable_die_area = as::area::from_count(std::int64_t{1} << 56),
                                      .market = as::market::datacenter},
                  r);
  CHECK(four.eccn == as::eccn::a);
  CHECK(four.clauses.contains(as::clause::a_1));
  CHECK_FALSE(four.clauses.contains(as::clause::a_2));
  // The same line through a spec, above the fast path: an FP16 rate of 148 x 2^33 counts (TPP
  // 148 x 2^37 counts at 16 bits) on 25 x 2^37 µm², and one µm² either side.
  const std::int64_t rate = std::int64_t{148} << 33;  // x 16 bits = 148 x 2^37 TPP counts
  for (const std::int64_t extra : {-1, 0, 1}) {
    const as::accelerator c{
        .market = as::market::datacenter,
        .compute = {as::dense(as::fp16, as::dense_rate::from_count(rate))},
        .dies = {{.area = as::area::from_count((std::int64_t{25} << 37) + extra), .transistors = as::non_planar}}};
    INFO("area 25 x 2^37 + " << extra << " µm²");
    CHECK(as::eccn_of(c, r).clauses.contains(as::clause::a_2) == (extra <= 0));
    CHECK(as::classify(c, r).clauses.contains(as::clause::a_2) == (extra <= 0));
  }
}

// Rates of one processing unit count as one unit whether or not their names share an address
// (the pass compares addresses first, then characters).
TEST_CASE("a unit named by equal strings at different addresses is one unit", "[rules][units]") {
  const std::string first = "vector", second = first;  // equal characters, two buffers
  REQUIRE(first.data() != second.data());
  const as::rule& r = as::rules::eccn_3a090_2023;
  const as::accelerator one_unit{
      .market = as::market::datacenter,
      .compute = {as::dense(as::fp16, 100_tflops, first), as::dense(as::bf16, 150_tflops, second)},
      .dies = {{.area = 800_mm2, .transistors = as::non_planar}}};
  // One unit: its best 16-bit rate, 150 TFLOPS x 16 = TPP 2400 (two units would give 4000).
  CHECK(as::classify(one_unit, r).tpp == as::tpp_value::from_count(2'400'000'000));
  const as::eccn_answer answer = as::eccn_of(one_unit, r);
  CHECK(answer.eccn == as::eccn::b);
  CHECK(answer.clauses.contains(as::clause::b_1));
  // And one format listed twice for it is a duplicate, at either address.
  const as::accelerator twice{
      .compute = {as::dense(as::fp16, 100_tflops, first), as::dense(as::fp16, 150_tflops, second)}};
  CHECK_THROWS_WITH(as::eccn_of(twice, r), Catch::Contains("duplicate compute entry"));
}
