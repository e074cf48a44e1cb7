// ECCN 3A090 as first published (87 FR 62186) and the choice of rule by date.
#include <accelspec/accelspec.hpp>

#include "catch.hpp"
#include "test_chips.hpp"

using namespace accelspec::literals;
using namespace std::chrono_literals;
namespace as = accelspec;
using as::test::make_chip;

namespace {
constexpr const as::rule& r22 = as::rules::eccn_3a090_2022;
constexpr as::eccn eccn22(const as::accelerator& c) { return as::classify(c, r22).eccn; }
// NVIDIA A100/A800 SXM: 624 TOPS INT8 on the 826 mm² GA100; NVLink 600 GB/s (A100) or 400 GB/s (A800).
constexpr as::accelerator a100 = make_chip(as::int8, 624_tops, 826_mm2, as::market::datacenter, 600_GBps);
constexpr as::accelerator a800 = make_chip(as::int8, 624_tops, 826_mm2, as::market::datacenter, 400_GBps);
}  // namespace

TEST_CASE("2022 text: I/O of 600 GB/s or more AND bit length x TOPS of 4800 or more", "[rules][static]") {
  STATIC_REQUIRE(eccn22(make_chip(as::int8, 600_tops, std::nullopt, as::market::datacenter, 600_GBps)) == as::eccn::a);
  STATIC_REQUIRE(eccn22(make_chip(as::int8, 600_tops, std::nullopt, as::market::datacenter, 599.999999999_GBps)) ==
                 as::eccn::none);
  STATIC_REQUIRE(eccn22(make_chip(as::int8, 599.999999_tops, std::nullopt, as::market::datacenter, 900_GBps)) ==
                 as::eccn::none);
  // I/O unknown: undecided when the TPP prong is met, decided as none when it is not.
  STATIC_REQUIRE(eccn22(make_chip(as::int8, 600_tops, std::nullopt)) == as::eccn::undecided);
  STATIC_REQUIRE(eccn22(make_chip(as::int8, 500_tops, std::nullopt)) == as::eccn::none);
  // The 2022 text has no density clauses and no non-datacenter note.
  STATIC_REQUIRE(eccn22(make_chip(as::int8, 600_tops, 1_mm2, as::market::other, 600_GBps)) == as::eccn::a);
  STATIC_REQUIRE(eccn22(make_chip(as::int8, 300_tops, 1_mm2, as::market::datacenter, 600_GBps)) == as::eccn::none);
}

TEST_CASE("the A800: outside the 2022 text, 3A090.a under the 2023 text", "[rules][static]") {
  STATIC_REQUIRE(as::tpp(a800) == 4992);
  STATIC_REQUIRE(eccn22(a100) == as::eccn::a);
  STATIC_REQUIRE(eccn22(a800) == as::eccn::none);
  STATIC_REQUIRE(as::classify(a800, as::rules::eccn_3a090_2023).eccn == as::eccn::a);
  STATIC_REQUIRE(as::classify(a800, as::rules::eccn_3a090_2023).clauses.contains(as::clause::a_1));
  STATIC_REQUIRE(as::classify(a800, as::rules::eccn_3a090_2023).clauses.contains(as::clause::a_2));  // 6.04 >= 5.92
}

TEST_CASE("the rule in force on a date", "[rules][static]") {
  STATIC_REQUIRE(as::rules::in_force(2022y / 10 / 6) == nullptr);
  STATIC_REQUIRE(as::rules::in_force(2022y / 10 / 7) == &as::rules::eccn_3a090_2022);
  STATIC_REQUIRE(as::rules::in_force(2023y / 11 / 16) == &as::rules::eccn_3a090_2022);
  STATIC_REQUIRE(as::rules::in_force(2023y / 11 / 17) == &as::rules::eccn_3a090_2023);
  STATIC_REQUIRE(as::rules::in_force(2026y / 1 / 15) == &as::rules::eccn_3a090_2023);
  // Before any rule: none, with no rule applied.
  STATIC_REQUIRE(as::classify(a100, 2022y / 10 / 6).eccn == as::eccn::none);
  STATIC_REQUIRE(as::classify(a100, 2022y / 10 / 6).applied == nullptr);
  // The A800 on the last day of the 2022 text and the first day of the 2023 text.
  STATIC_REQUIRE(as::classify(a800, 2023y / 11 / 16).eccn == as::eccn::none);
  STATIC_REQUIRE(as::classify(a800, 2023y / 11 / 17).eccn == as::eccn::a);
  STATIC_REQUIRE(as::rules::find("3a090-2022") == &as::rules::eccn_3a090_2022);
  STATIC_REQUIRE(as::rules::find("3A090-2022") == nullptr);
  STATIC_REQUIRE(as::rules::latest.key == "3a090-2023");
  STATIC_REQUIRE(as::rules::eccn_3a090_2023.source.federal_register == "88 FR 73458");
}
