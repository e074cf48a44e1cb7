// ECCN 3A090 as revised in 2023 (88 FR 73458), checked in constant expressions: every clause at,
// just below and just above its thresholds, decimal inputs that binary floating point would put
// on the wrong side, the non-datacenter note, and unknown inputs.
#include <accelspec/accelspec.hpp>

#include <chrono>
#include <cstdint>

#include "catch.hpp"
#include "test_chips.hpp"

using namespace accelspec::literals;
namespace as = accelspec;
using as::test::make_chip;

namespace {
constexpr const as::rule& r23 = as::rules::eccn_3a090_2023;
constexpr as::eccn eccn23(const as::accelerator& c) { return as::classify(c, r23).eccn; }
constexpr bool has(const as::accelerator& c, as::clause k) { return as::classify(c, r23).clauses.contains(k); }
constexpr bool undecided(const as::accelerator& c, as::clause k) { return as::classify(c, r23).undecided.contains(k); }
}  // namespace

TEST_CASE("the rule's own worked example: 600 TOPS at 8 bits = 300 TFLOPS at 16 bits = TPP 4800", "[rules][static]") {
  STATIC_REQUIRE(as::tpp(make_chip(as::int8, 600_tops, std::nullopt)) == 4800);
  STATIC_REQUIRE(as::tpp(make_chip(as::fp16, 300_tflops, std::nullopt)) == 4800);
  STATIC_REQUIRE(as::tpp_of(as::dense_from_macs(300_mactops), 8) == 4800_tpp);
  STATIC_REQUIRE(eccn23(make_chip(as::int8, 600_tops, std::nullopt)) == as::eccn::a);
  STATIC_REQUIRE(has(make_chip(as::fp16, 300_tflops, std::nullopt), as::clause::a_1));
}

TEST_CASE("3A090.a.1: TPP of 4800 or more", "[rules][static]") {
  // At, just below (one 10^-6 TOPS step) and just above, with no die area known.
  STATIC_REQUIRE(has(make_chip(as::int8, 600_tops, std::nullopt), as::clause::a_1));
  STATIC_REQUIRE(!has(make_chip(as::int8, 599.999999_tops, std::nullopt), as::clause::a_1));
  STATIC_REQUIRE(has(make_chip(as::int8, 600.000001_tops, std::nullopt), as::clause::a_1));
  // Below 4800 with no area, the density clauses decide: undecided, never silently "none".
  STATIC_REQUIRE(eccn23(make_chip(as::int8, 599.999999_tops, std::nullopt)) == as::eccn::undecided);
  STATIC_REQUIRE(undecided(make_chip(as::int8, 599.999999_tops, std::nullopt), as::clause::a_2));
  // At or above 4800 the answer does not need the area: .a, with a.2 left undecided.
  STATIC_REQUIRE(eccn23(make_chip(as::int8, 600_tops, std::nullopt)) == as::eccn::a);
  STATIC_REQUIRE(undecided(make_chip(as::int8, 600_tops, std::nullopt), as::clause::a_2));
}

TEST_CASE("3A090.a.2: TPP of 1600 or more and density of 5.92 or more", "[rules][static]") {
  // TPP 2960 on 500 mm²: density exactly 5.92.
  STATIC_REQUIRE(as::performance_density(make_chip(as::fp16, 185_tflops, 500_mm2)) == as::rational(592, 100));
  STATIC_REQUIRE(has(make_chip(as::fp16, 185_tflops, 500_mm2), as::clause::a_2));
  STATIC_REQUIRE(!has(make_chip(as::fp16, 185_tflops, 500.000001_mm2), as::clause::a_2));  // just below 5.92
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 185_tflops, 500.000001_mm2)) == as::eccn::b);  // falls to b.1
  STATIC_REQUIRE(has(make_chip(as::fp16, 185_tflops, 499.999999_mm2), as::clause::a_2));
  // TPP threshold 1600 with a high density.
  STATIC_REQUIRE(has(make_chip(as::fp16, 100_tflops, 100_mm2), as::clause::a_2));
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 99.999999_tflops, 100_mm2)) == as::eccn::none);
  // 514.3 TOPS x 8 / 695 mm² is exactly 5.92; in binary floating point 4114.4 / 695.0 = 5.919999999999999.
  STATIC_REQUIRE(as::performance_density(make_chip(as::int8, 514.3_tops, 695_mm2)) == as::rational(592, 100));
  STATIC_REQUIRE(has(make_chip(as::int8, 514.3_tops, 695_mm2), as::clause::a_2));
  STATIC_REQUIRE(eccn23(make_chip(as::int8, 514.3_tops, 695_mm2)) == as::eccn::a);
}

TEST_CASE("3A090.b.1: 2400 <= TPP < 4800 and 1.6 <= density < 5.92", "[rules][static]") {
  // TPP 2400 on 1500 mm²: density exactly 1.6.
  STATIC_REQUIRE(has(make_chip(as::fp16, 150_tflops, 1500_mm2), as::clause::b_1));
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 149.999999_tflops, 1000_mm2)) == as::eccn::none);  // TPP just below 2400
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 150_tflops, 1500.000001_mm2)) == as::eccn::none);  // density just below 1.6
  STATIC_REQUIRE(has(make_chip(as::fp16, 150_tflops, 1499.999999_mm2), as::clause::b_1));
  // The upper TPP bound is exclusive: at 4800 the chip is .a (a.1), not .b.
  STATIC_REQUIRE(has(make_chip(as::fp16, 299.999999_tflops, 1000_mm2), as::clause::b_1));
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 300_tflops, 1000_mm2)) == as::eccn::a);
}

TEST_CASE("3A090.b.2: TPP of 1600 or more and 3.2 <= density < 5.92", "[rules][static]") {
  // TPP 1600 on 500 mm²: density exactly 3.2, TPP exactly 1600.
  STATIC_REQUIRE(has(make_chip(as::fp16, 100_tflops, 500_mm2), as::clause::b_2));
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 100_tflops, 500.000001_mm2)) == as::eccn::none);
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 99.999999_tflops, 400_mm2)) == as::eccn::none);
  // 200.2 TOPS x 8 / 500.5 mm² is exactly 3.2; in double 1601.6 / 500.5 = 3.1999999999999997.
  STATIC_REQUIRE(has(make_chip(as::int8, 200.2_tops, 500.5_mm2), as::clause::b_2));
  STATIC_REQUIRE(eccn23(make_chip(as::int8, 200.2_tops, 500.5_mm2)) == as::eccn::b);
  // 100.1 TFLOPS x 16 / 500.5 mm² is exactly 3.2 as well.
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 100.1_tflops, 500.5_mm2)) == as::eccn::b);
  // b.2 has no upper TPP bound of its own, but .a is evaluated first.
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 400_tflops, 1600_mm2)) == as::eccn::a);
}

TEST_CASE("the non-datacenter note", "[rules][static]") {
  constexpr auto other = as::market::other;
  // Not for datacenters and TPP below 4800: outside .a and .b although the density is high.
  constexpr auto below = make_chip(as::fp16, 299.999999_tflops, 300_mm2, other);
  STATIC_REQUIRE(as::classify(below, r23).eccn == as::eccn::none);
  STATIC_REQUIRE(as::classify(below, r23).non_datacenter_note == as::truth::yes);
  // At 4800 the note no longer applies: .a, and License Exception NAC/ACA is available.
  constexpr auto at = make_chip(as::fp16, 300_tflops, 300_mm2, other);
  STATIC_REQUIRE(as::classify(at, r23).eccn == as::eccn::a);
  STATIC_REQUIRE(as::classify(at, r23).nac_aca);
  STATIC_REQUIRE(as::classify(at, r23).non_datacenter_note == as::truth::no);
  // The same chip designed for datacenters: .a without NAC/ACA.
  STATIC_REQUIRE(!as::classify(make_chip(as::fp16, 300_tflops, 300_mm2), r23).nac_aca);
  // A datacenter .b chip is NAC/ACA eligible.
  STATIC_REQUIRE(as::classify(make_chip(as::fp16, 100_tflops, 500_mm2), r23).nac_aca);
  // Market unknown: whether the note applies is undecided, so is the answer.
  constexpr auto unknown = make_chip(as::fp16, 200_tflops, 300_mm2, as::market::unknown);
  STATIC_REQUIRE(as::classify(unknown, r23).eccn == as::eccn::undecided);
  STATIC_REQUIRE(as::classify(unknown, r23).undecided.contains(as::clause::non_datacenter_note));
  STATIC_REQUIRE(as::classify(unknown, r23).non_datacenter_note == as::truth::unknown);
  // Market unknown but TPP >= 4800: the note cannot apply, so the answer is decided.
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 300_tflops, 300_mm2, as::market::unknown)) == as::eccn::a);
  // Market unknown and nothing met: decided as none.
  STATIC_REQUIRE(eccn23(make_chip(as::fp16, 50_tflops, 300_mm2, as::market::unknown)) == as::eccn::none);
}

TEST_CASE("TPP aggregates processing units per bit length and takes the highest bit length", "[metrics][static]") {
  // Two units of the same format add up (Technical Note: TPP = TPP1 + ... + TPPn).
  constexpr as::accelerator two_units{
      .compute = {as::dense(as::fp16, 100_tflops, "tensor"), as::dense(as::fp16, 50_tflops, "vector")}};
  STATIC_REQUIRE(as::tpp(two_units) == 2400);
  // One unit's formats of the same bit length are modes, not simultaneous work: the best counts.
  constexpr as::accelerator modes{.compute = {as::dense(as::fp8, 296_tflops), as::dense(as::int8, 296_tops)}};
  STATIC_REQUIRE(as::tpp(modes) == 2368);
  // FP64 enters TPP at 64 bits and can be the highest (45.3 x 64 = 2899.2 > 181 x 16 = 2896).
  constexpr as::accelerator fp64_wins{.compute = {as::dense(as::fp64, 45.3_tflops), as::dense(as::fp16, 181_tflops)}};
  STATIC_REQUIRE(as::tpp(fp64_wins) == as::rational(28992, 10));
  STATIC_REQUIRE(as::tpp_details(fp64_wins).bits == 64);
  // TF32 at the BF16 rate: 32 bits by default (conservative), 19 when read as significant bits.
  constexpr as::accelerator tf32_full{.compute = {as::dense(as::tf32, 667_tflops), as::dense(as::bf16, 667_tflops)}};
  STATIC_REQUIRE(as::tpp(tf32_full) == 21344);
  STATIC_REQUIRE(as::tpp(tf32_full, {.tf32 = as::tf32_reading::significant_19}) == 12673);
  // No compute known: TPP unknown, not zero, and the classification is undecided.
  constexpr as::accelerator nothing{.name = "no compute"};
  STATIC_REQUIRE(!as::tpp(nothing).has_value());
  STATIC_REQUIRE(eccn23(nothing) == as::eccn::undecided);
}

TEST_CASE("applicable die area: logic dies on non-planar processes only", "[metrics][static]") {
  constexpr as::accelerator chiplets{
      .compute = {as::dense(as::fp16, 100_tflops)},
      .dies = {
          {.name = "compute", .area = 100_mm2, .transistors = as::non_planar, .count = 8},
          {.name = "io", .area = 300_mm2, .transistors = as::non_planar, .role = as::die_role::io},
          {.name = "old", .area = 1000_mm2, .transistors = as::planar},
          {.name = "hbm", .area = 110_mm2, .transistors = as::non_planar, .role = as::die_role::memory, .count = 8}}};
  STATIC_REQUIRE(as::applicable_die_area(chiplets) == 1100_mm2);
  // An unknown transistor architecture makes the area unknown, not smaller.
  constexpr as::accelerator unknown_arch{.compute = {as::dense(as::fp16, 100_tflops)},
                                         .dies = {{.name = "x", .area = 100_mm2}}};
  STATIC_REQUIRE(!as::applicable_die_area(unknown_arch).has_value());
  // Only planar logic: zero applicable area, no density, and no density clause can be met.
  constexpr as::accelerator planar_only{.market = as::market::datacenter,
                                        .compute = {as::dense(as::fp16, 200_tflops)},
                                        .dies = {{.name = "p", .area = 10_mm2, .transistors = as::planar}}};
  STATIC_REQUIRE(as::applicable_die_area(planar_only) == as::area{});
  STATIC_REQUIRE(!as::performance_density(planar_only).has_value());
  STATIC_REQUIRE(eccn23(planar_only) == as::eccn::none);
  // Planar logic beside memory dies: still a known zero (a logic die is listed, and it is planar).
  constexpr as::accelerator planar_and_hbm{
      .market = as::market::datacenter,
      .compute = {as::dense(as::fp16, 200_tflops)},
      .dies = {{.name = "p", .area = 10_mm2, .transistors = as::planar},
               {.name = "hbm", .area = 110_mm2, .transistors = as::non_planar, .role = as::die_role::memory}}};
  STATIC_REQUIRE(as::applicable_die_area(planar_and_hbm) == as::area{});
  STATIC_REQUIRE(eccn23(planar_and_hbm) == as::eccn::none);
}

TEST_CASE("memory dies alone leave the applicable area unknown, never zero", "[metrics][static]") {
  // Only memory dies are listed: nothing is said about the logic, so the area is unknown and every
  // density clause undecided (not "no density").
  constexpr as::accelerator memory_only{
      .market = as::market::datacenter,
      .compute = {as::dense(as::fp16, 200_tflops)},  // TPP 3200: below a.1, a.2 and b.2 need the density
      .dies = {
          {.name = "hbm", .area = 110_mm2, .transistors = as::non_planar, .role = as::die_role::memory, .count = 8}}};
  STATIC_REQUIRE(!as::applicable_die_area(memory_only).has_value());
  STATIC_REQUIRE(!as::performance_density(memory_only).has_value());
  STATIC_REQUIRE(eccn23(memory_only) == as::eccn::undecided);
  STATIC_REQUIRE(undecided(memory_only, as::clause::a_2));
  STATIC_REQUIRE(undecided(memory_only, as::clause::b_1));
  STATIC_REQUIRE(undecided(memory_only, as::clause::b_2));
  STATIC_REQUIRE(as::eccn_of(memory_only, r23).eccn == as::eccn::undecided);
  STATIC_REQUIRE(as::eccn_of(memory_only, r23).undecided == as::classify(memory_only, r23).undecided);
  // TPP alone decides a.1 whatever the area: memory-only dies do not hide a decided answer.
  constexpr as::accelerator memory_only_fast{
      .market = as::market::datacenter,
      .compute = {as::dense(as::fp16, 300_tflops)},  // TPP 4800
      .dies = {{.name = "hbm", .area = 110_mm2, .transistors = as::planar, .role = as::die_role::memory}}};
  STATIC_REQUIRE(eccn23(memory_only_fast) == as::eccn::a);
  STATIC_REQUIRE(has(memory_only_fast, as::clause::a_1));
  // A memory die with an unknown area or architecture says nothing either.
  constexpr as::accelerator memory_unknown{.market = as::market::datacenter,
                                           .compute = {as::dense(as::fp16, 200_tflops)},
                                           .dies = {{.name = "hbm", .role = as::die_role::memory}}};
  STATIC_REQUIRE(!as::applicable_die_area(memory_unknown).has_value());
  STATIC_REQUIRE(eccn23(memory_unknown) == as::eccn::undecided);
}

TEST_CASE("well-known chips from their raw specs", "[rules][static]") {
  // NVIDIA H20: TPP 2,368, density 2.91: outside 3A090 (2,368 < 2,400 and 2.91 < 3.2).
  constexpr as::accelerator h20{.name = "NVIDIA H20",
                                .market = as::market::datacenter,
                                .compute = {as::dense(as::fp16, 148_tflops), as::dense(as::fp8, 296_tflops)},
                                .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}}};
  STATIC_REQUIRE(as::tpp(h20) == 2368);
  STATIC_REQUIRE(as::performance_density(h20) == as::rational(2368, 814));
  STATIC_REQUIRE(eccn23(h20) == as::eccn::none);
  // NVIDIA L4: TPP 1,940 < 4,800 but density 6.59 >= 5.92: 3A090.a through a.2 alone.
  constexpr as::accelerator l4 = make_chip(as::fp8, 242.5_tflops, 294.5_mm2);
  STATIC_REQUIRE(eccn23(l4) == as::eccn::a);
  STATIC_REQUIRE(has(l4, as::clause::a_2));
  STATIC_REQUIRE(!has(l4, as::clause::a_1));
  // RTX 4090D: not for datacenters, TPP 4,707.2 < 4,800: the note takes it out although density is 7.7.
  constexpr as::accelerator rtx4090d = make_chip(as::fp8, 588.4_tflops, 608.5_mm2, as::market::other);
  STATIC_REQUIRE(eccn23(rtx4090d) == as::eccn::none);
  // RTX 4090: TPP 5,284.8 >= 4,800: 3A090.a.1 and NAC/ACA eligible as a non-datacenter item.
  constexpr as::accelerator rtx4090 = make_chip(as::fp8, 660.6_tflops, 608.5_mm2, as::market::other);
  STATIC_REQUIRE(eccn23(rtx4090) == as::eccn::a);
  STATIC_REQUIRE(as::classify(rtx4090, r23).nac_aca);
}

TEST_CASE("compile-time gating with the outside_3a090 concept", "[rules][static]") {
  static constexpr as::accelerator h20 = make_chip(as::fp8, 296_tflops, 814_mm2);
  static constexpr as::accelerator l4 = make_chip(as::fp8, 242.5_tflops, 294.5_mm2);
  STATIC_REQUIRE(as::outside_3a090<h20>);
  STATIC_REQUIRE(!as::outside_3a090<l4>);
  STATIC_REQUIRE(as::classified_as<l4, as::eccn::a>);
  STATIC_REQUIRE(as::outside_3a090<l4, as::rules::eccn_3a090_2022>);  // no I/O figure, TPP < 4800
}

TEST_CASE("TPP: each unit's best mode per bit length, summed over units, the shorter bit length on a tie",
          "[metrics][static]") {
  // Main unit: FP16 100 and BF16 150 TFLOPS are two modes of one unit at 16 bits (best: 150); a
  // vector unit adds FP16 50 at 16 bits. 16 bits: (150 + 50) x 16 = 3200; 8 bits: 200 x 8 = 1600.
  constexpr as::accelerator units{.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::bf16, 150_tflops),
                                              as::dense(as::fp16, 50_tflops, "vector"),
                                              as::dense(as::fp8, 200_tflops)}};
  STATIC_REQUIRE(as::tpp(units) == 3200);
  STATIC_REQUIRE(as::tpp_details(units).bits == 16);
  STATIC_REQUIRE(as::tpp_details(units).by_bit_length.size() == 2);
  STATIC_REQUIRE(as::tpp_details(units).by_bit_length[0].bits == 8);
  STATIC_REQUIRE(as::tpp_details(units).by_bit_length[0].value == 1600_tpp);
  // A tie between bit lengths: the shorter one is reported, the value is the same.
  constexpr as::accelerator tie{.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::fp8, 200_tflops)}};
  STATIC_REQUIRE(as::tpp(tie) == 1600);
  STATIC_REQUIRE(as::tpp_details(tie).bits == 8);
  // TF32 read as its 32-bit container (default) or its 19 significant bits.
  constexpr as::accelerator tf32{.compute = {as::dense(as::tf32, 100_tflops)}};
  STATIC_REQUIRE(as::tpp(tf32) == 3200);
  STATIC_REQUIRE(as::tpp(tf32, {.tf32 = as::tf32_reading::significant_19}) == 1900);
  STATIC_REQUIRE(as::tpp_details(tf32, {.tf32 = as::tf32_reading::significant_19}).bits == 19);
}

namespace tf32_cases {
// TF32 and FP16 at one rate on a 1000 mm² die: read as 32 bits, TPP 150 x 32 = 4800 (3A090.a.1);
// read as its 19 significant bits, 150 x 19 = 2850 and density 2.85 (3A090.b.1).
constexpr as::accelerator split(as::dense_rate tf32_rate, as::market m = as::market::datacenter) {
  return {.market = m,
          .compute = {as::dense(as::tf32, tf32_rate), as::dense(as::fp16, 150_tflops)},
          .dies = {as::die{.area = 1000_mm2, .transistors = as::transistor_architecture::non_planar}}};
}
constexpr as::eccn_answer answer(const as::determination& d) {
  return {d.eccn, d.clauses, d.undecided, d.nac_aca, !d.tf32_readings.empty()};
}
constexpr auto bit = [](as::clause c) { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(c)); };
}  // namespace tf32_cases

TEST_CASE("TF32: when the two readings differ and none is chosen, the answer is undecided and carries both",
          "[rules][static][tf32]") {
  using namespace tf32_cases;
  constexpr as::accelerator at = split(150_tflops);
  constexpr as::determination d = as::classify(at);
  STATIC_REQUIRE(d.eccn == as::eccn::undecided);
  STATIC_REQUIRE(d.clauses.empty());
  STATIC_REQUIRE(d.undecided.bits() == (bit(as::clause::a_1) | bit(as::clause::b_1)));
  STATIC_REQUIRE(!d.nac_aca);  // .b (datacenter) would allow NAC/ACA; .a would not
  STATIC_REQUIRE(d.tf32_readings.size() == 2);
  STATIC_REQUIRE(d.tf32_readings[0].reading == as::tf32_reading::container_32);
  STATIC_REQUIRE(d.tf32_readings[0].eccn == as::eccn::a);
  STATIC_REQUIRE(d.tf32_readings[0].clauses.bits() == bit(as::clause::a_1));
  STATIC_REQUIRE(*d.tf32_readings[0].tpp == 4800);
  STATIC_REQUIRE(d.tf32_readings[0].tpp_bits == 32);
  STATIC_REQUIRE(d.tf32_readings[1].reading == as::tf32_reading::significant_19);
  STATIC_REQUIRE(d.tf32_readings[1].eccn == as::eccn::b);
  STATIC_REQUIRE(d.tf32_readings[1].clauses.bits() == bit(as::clause::b_1));
  STATIC_REQUIRE(*d.tf32_readings[1].tpp == 2850);
  STATIC_REQUIRE(d.tf32_readings[1].nac_aca);
  // The metrics and findings shown are the 32-bit reading's.
  STATIC_REQUIRE(*d.tpp == 4800);
  // eccn_of gives the same answer, flagged.
  STATIC_REQUIRE(as::eccn_of(at) == answer(d));
  STATIC_REQUIRE(as::eccn_of(at).tf32_dependent);
  STATIC_REQUIRE(as::eccn_of(at, as::rules::eccn_3a090_2023) == answer(as::classify(at, as::rules::eccn_3a090_2023)));
  // Choosing a reading decides, with no readings attached.
  constexpr as::classify_options as32{.tf32 = as::tf32_reading::container_32};
  constexpr as::classify_options as19{.tf32 = as::tf32_reading::significant_19};
  STATIC_REQUIRE(as::classify(at, as32).eccn == as::eccn::a);
  STATIC_REQUIRE(as::classify(at, as32).tf32_readings.empty());
  STATIC_REQUIRE(as::classify(at, as19).eccn == as::eccn::b);
  STATIC_REQUIRE(as::classify(at, as19).tf32_readings.empty());
  STATIC_REQUIRE(as::eccn_of(at, as32).eccn == as::eccn::a);
  STATIC_REQUIRE(!as::eccn_of(at, as32).tf32_dependent);
  STATIC_REQUIRE(as::eccn_of(at, as19).eccn == as::eccn::b);
  STATIC_REQUIRE(!as::eccn_of(at, as19).tf32_dependent);
}

TEST_CASE("TF32: either side of the 4800 line, and where the readings agree", "[rules][static][tf32]") {
  using namespace tf32_cases;
  // One TF32 count below 150 TFLOPS: as 32 bits TPP 4799.999968, density 4.8 (b.1 and b.2); as
  // 19 bits TPP 2849.99998, density 2.85 (b.1 only). The paragraph agrees; b.2 is undecided.
  constexpr as::accelerator below = split(as::dense_rate::from_count(149'999'999));
  constexpr as::determination b = as::classify(below);
  STATIC_REQUIRE(b.eccn == as::eccn::b);
  STATIC_REQUIRE(b.clauses.bits() == bit(as::clause::b_1));
  STATIC_REQUIRE(b.undecided.bits() == bit(as::clause::b_2));
  STATIC_REQUIRE(b.nac_aca);  // .b for a datacenter under both readings
  STATIC_REQUIRE(b.tf32_readings.size() == 2);
  STATIC_REQUIRE(as::eccn_of(below) == answer(b));
  // One count above: .a.1 as 32 bits, .b.1 as 19: undecided.
  constexpr as::accelerator above = split(as::dense_rate::from_count(150'000'001));
  STATIC_REQUIRE(as::classify(above).eccn == as::eccn::undecided);
  STATIC_REQUIRE(as::eccn_of(above) == answer(as::classify(above)));
  // The readings give the same TPP (FP16 decides both: 310 x 16 = 4960 against TF32's 3200 or
  // 1900): nothing to report.
  constexpr as::accelerator same_tpp{
      .market = as::market::datacenter,
      .compute = {as::dense(as::tf32, 100_tflops), as::dense(as::fp16, 310_tflops)},
      .dies = {as::die{.area = 600_mm2, .transistors = as::transistor_architecture::non_planar}}};
  STATIC_REQUIRE(as::classify(same_tpp).tf32_readings.empty());
  STATIC_REQUIRE(!as::eccn_of(same_tpp).tf32_dependent);
  // The paragraph agrees, a clause does not: TF32 300 and FP16 10 on 1000 mm², as 32 bits TPP
  // 9600, density 9.6 (a.1, a.2); as 19 bits 5700, density 5.7 (a.1 only).
  constexpr as::accelerator clauses_differ{
      .market = as::market::datacenter,
      .compute = {as::dense(as::tf32, 300_tflops), as::dense(as::fp16, 10_tflops)},
      .dies = {as::die{.area = 1000_mm2, .transistors = as::transistor_architecture::non_planar}}};
  constexpr as::determination c = as::classify(clauses_differ);
  STATIC_REQUIRE(c.eccn == as::eccn::a);
  STATIC_REQUIRE(c.clauses.bits() == bit(as::clause::a_1));
  STATIC_REQUIRE(c.undecided.bits() == bit(as::clause::a_2));
  STATIC_REQUIRE(c.tf32_readings.size() == 2);
  STATIC_REQUIRE(as::eccn_of(clauses_differ) == answer(c));
  // A spec without TF32 never carries readings.
  constexpr as::accelerator no_tf32{.market = as::market::datacenter,
                                    .compute = {as::dense(as::fp16, 300_tflops)},
                                    .dies = {as::die{.area = 800_mm2, .transistors = as::non_planar}}};
  STATIC_REQUIRE(as::classify(no_tf32).tf32_readings.empty());
  STATIC_REQUIRE(!as::eccn_of(no_tf32).tf32_dependent);
  // The 2022 text: TF32 read either way under the rule in force on a 2023 date.
  constexpr as::accelerator io_chip{.market = as::market::datacenter,
                                    .compute = {as::dense(as::tf32, 150_tflops), as::dense(as::fp16, 150_tflops)},
                                    .io_bandwidth = as::data_rate::from_count(600'000'000'000)};
  using namespace std::chrono;
  constexpr year_month_day in_2023 = 2023y / March / 1;
  STATIC_REQUIRE(as::classify(io_chip, in_2023).eccn == as::eccn::undecided);
  STATIC_REQUIRE(as::classify(io_chip, in_2023).tf32_readings[0].eccn == as::eccn::a);
  STATIC_REQUIRE(as::classify(io_chip, in_2023).tf32_readings[1].eccn == as::eccn::none);
  STATIC_REQUIRE(as::eccn_of(io_chip, in_2023) == answer(as::classify(io_chip, in_2023)));
}

TEST_CASE("clause sets as bitmasks", "[rules][static]") {
  constexpr as::clause_set s = as::clause_set::from_bits(static_cast<std::uint16_t>(
      1u << static_cast<unsigned>(as::clause::a_2) | 1u << static_cast<unsigned>(as::clause::b_1)));
  STATIC_REQUIRE(s.contains(as::clause::a_2));
  STATIC_REQUIRE(s.contains(as::clause::b_1));
  STATIC_REQUIRE(s.size() == 2);
  STATIC_REQUIRE(as::clause_set::from_bits(s.bits()) == s);
  STATIC_REQUIRE(as::clause_set::from_bits(0xFFFF).size() == 6);  // bits past the last clause are dropped
}

TEST_CASE("findings: one per clause of the text applied, built from the determination's metrics", "[rules][static]") {
  // TPP 4799.999984 (just below 4800), density ~16 on 300 mm², not for datacenters: the note applies.
  constexpr as::determination d = as::classify(make_chip(as::fp16, 299.999999_tflops, 300_mm2, as::market::other), r23);
  constexpr as::findings_list f = d.findings();
  STATIC_REQUIRE(f.size() == 5);
  STATIC_REQUIRE(f[0].clause == as::clause::a_1);
  STATIC_REQUIRE(f[1].clause == as::clause::a_2);
  STATIC_REQUIRE(f[2].clause == as::clause::b_1);
  STATIC_REQUIRE(f[3].clause == as::clause::b_2);
  STATIC_REQUIRE(f[4].clause == as::clause::non_datacenter_note);
  STATIC_REQUIRE(f[0].parts.size() == 1);
  STATIC_REQUIRE(f[1].parts.size() == 2);
  STATIC_REQUIRE(f[2].parts.size() == 4);
  STATIC_REQUIRE(f[3].parts.size() == 3);
  STATIC_REQUIRE(f[4].parts.size() == 2);
  // .a.1: TPP against 4800, in display units, exactly: 4799.999984 = 299999999 x 16 / 10^6.
  STATIC_REQUIRE(f[0].parts[0].measure == as::measure::tpp);
  STATIC_REQUIRE(f[0].parts[0].relation == as::relation::at_least);
  STATIC_REQUIRE(*f[0].parts[0].value == as::rational(299'999'999LL * 16, 1'000'000));
  STATIC_REQUIRE(f[0].parts[0].threshold == 4800);
  STATIC_REQUIRE(f[0].holds == as::truth::no);
  // .a.2: TPP >= 1600 holds, density >= 5.92 holds (the density is the determination's).
  STATIC_REQUIRE(f[1].parts[1].measure == as::measure::performance_density);
  STATIC_REQUIRE(f[1].parts[1].value == d.performance_density);
  STATIC_REQUIRE(f[1].parts[1].threshold == as::rational(592, 100));
  STATIC_REQUIRE(f[1].holds == as::truth::yes);
  // The note holds, and the determination's verdict of it is the finding's.
  STATIC_REQUIRE(f[4].holds == as::truth::yes);
  STATIC_REQUIRE(f[4].parts[0].measure == as::measure::datacenter_market);
  STATIC_REQUIRE(f[4].parts[0].relation == as::relation::is_not);
  STATIC_REQUIRE(d.non_datacenter_note == as::truth::yes);
  // The 2022 text: one clause, TPP and I/O; the I/O unknown leaves it undecided with the TPP known.
  constexpr as::findings_list f22 =
      as::classify(make_chip(as::fp16, 300_tflops, 300_mm2), as::rules::eccn_3a090_2022).findings();
  STATIC_REQUIRE(f22.size() == 1);
  STATIC_REQUIRE(f22[0].clause == as::clause::a_2022);
  STATIC_REQUIRE(f22[0].parts.size() == 2);
  STATIC_REQUIRE(f22[0].parts[0].measure == as::measure::io_bandwidth);
  STATIC_REQUIRE(!f22[0].parts[0].value.has_value());
  STATIC_REQUIRE(f22[0].parts[1].holds == as::truth::yes);
  STATIC_REQUIRE(f22[0].holds == as::truth::unknown);
  // No rule in force (before 2022-10-07): no findings.
  using namespace std::chrono_literals;
  STATIC_REQUIRE(as::classify(make_chip(as::fp16, 300_tflops, 300_mm2), 2022y / 10 / 6).findings().empty());
}

TEST_CASE("TF32: the note's verdict is undecided when the two readings disagree on it", "[rules][static][tf32]") {
  using namespace tf32_cases;
  // Not for datacenters: read as 32 bits TPP is 4800 and the note does not apply (.a.1, with
  // NAC/ACA); read as 19 bits TPP is 2850, below 4800, and the note applies (none).
  constexpr as::determination d = as::classify(split(150_tflops, as::market::other));
  STATIC_REQUIRE(d.tf32_readings.size() == 2);
  STATIC_REQUIRE(d.tf32_readings[0].eccn == as::eccn::a);
  STATIC_REQUIRE(d.tf32_readings[1].eccn == as::eccn::none);
  STATIC_REQUIRE(d.eccn == as::eccn::undecided);
  STATIC_REQUIRE(d.non_datacenter_note == as::truth::unknown);
  // The findings follow the 32-bit reading: the note's finding does not hold.
  STATIC_REQUIRE(d.findings()[4].holds == as::truth::no);
  // With a reading chosen, the note is decided either way.
  STATIC_REQUIRE(as::classify(split(150_tflops, as::market::other), {.tf32 = as::tf32_reading::container_32})
                     .non_datacenter_note == as::truth::no);
  STATIC_REQUIRE(as::classify(split(150_tflops, as::market::other), {.tf32 = as::tf32_reading::significant_19})
                     .non_datacenter_note == as::truth::yes);
}
