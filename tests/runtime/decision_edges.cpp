// What the answer says besides the ECCN: the clauses left undecided. Expected values are written
// from the rule text: the non-datacenter note is undecided only when the market is unknown AND a
// clause of .a or .b may be met; with no clause possible the chip is simply outside.
#include <accelspec/rules/classify.hpp>
#include <accelspec/rules/eccn_of.hpp>
#include <accelspec/units/literals.hpp>

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
