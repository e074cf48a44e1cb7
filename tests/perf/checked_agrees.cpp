// classify() and eccn_of() on a checked_accelerator (the spec validated and measured once) must
// give exactly what they give on the spec itself: every field of the determination, findings and
// TF32 readings included, under every vintage, every TF32 choice and the date overloads; on the
// catalog (whose entries hold one) at compile time and at run time, on the benchmark's varied
// specs, on a spec whose TF32 readings give different answers, and on invalid specs, which are
// refused when the checked_accelerator is built, with find_problem()'s message.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "../../bench/sweep.hpp"
#include "catch.hpp"

namespace {

namespace as = accelspec;
using namespace as::literals;

constexpr bool same_comparison(const as::comparison& a, const as::comparison& b) {
  return a.measure == b.measure && a.relation == b.relation && a.value == b.value && a.threshold == b.threshold &&
         a.holds == b.holds;
}

constexpr bool same_result(const as::tf32_result& a, const as::tf32_result& b) {
  return a.reading == b.reading && a.eccn == b.eccn && a.clauses == b.clauses && a.undecided == b.undecided &&
         a.nac_aca == b.nac_aca && a.tpp == b.tpp && a.tpp_bits == b.tpp_bits;
}

// Every field of two determinations.
constexpr bool same_determination(const as::determination& a, const as::determination& b) {
  if (a.applied != b.applied || a.eccn != b.eccn || a.clauses != b.clauses || a.undecided != b.undecided ||
      a.non_datacenter_note != b.non_datacenter_note || a.nac_aca != b.nac_aca || a.tpp != b.tpp ||
      a.tpp_bits != b.tpp_bits || a.applicable_die_area != b.applicable_die_area ||
      a.performance_density != b.performance_density || a.io_bandwidth != b.io_bandwidth || a.market != b.market ||
      a.tf32_readings.size() != b.tf32_readings.size()) {
    return false;
  }
  const as::findings_list findings_a = a.findings(), findings_b = b.findings();
  if (findings_a.size() != findings_b.size()) return false;
  for (std::size_t i = 0; i < findings_a.size(); ++i) {
    const as::clause_finding &fa = findings_a[i], &fb = findings_b[i];
    if (fa.clause != fb.clause || fa.holds != fb.holds || fa.parts.size() != fb.parts.size()) return false;
    for (std::size_t j = 0; j < fa.parts.size(); ++j) {
      if (!same_comparison(fa.parts[j], fb.parts[j])) return false;
    }
  }
  for (std::size_t i = 0; i < a.tf32_readings.size(); ++i) {
    if (!same_result(a.tf32_readings[i], b.tf32_readings[i])) return false;
  }
  return true;
}

constexpr std::array<std::optional<as::tf32_reading>, 3> tf32_choices{std::nullopt, as::tf32_reading::container_32,
                                                                      as::tf32_reading::significant_19};

// The checked form against the spec under every vintage and TF32 choice, classify and eccn_of.
constexpr bool checked_agrees(const as::accelerator& chip) {
  const as::checked_accelerator checked{chip};
  for (const std::optional<as::tf32_reading> tf32 : tf32_choices) {
    const as::classify_options options{.tf32 = tf32};
    for (const as::rule* r : as::rules::all) {
      if (!same_determination(as::classify(checked, *r, options), as::classify(chip, *r, options)) ||
          as::eccn_of(checked, *r, options) != as::eccn_of(chip, *r, options)) {
        return false;
      }
    }
    if (!same_determination(as::classify(checked, options), as::classify(chip, options)) ||
        as::eccn_of(checked, options) != as::eccn_of(chip, options)) {
      return false;
    }
  }
  const as::tf32_reading readings[] = {as::tf32_reading::container_32, as::tf32_reading::significant_19};
  for (const as::tf32_reading reading : readings) {
    if (checked.tpp(reading) != as::tpp(chip, {.tf32 = reading})) return false;
  }
  return checked.applicable_die_area() == as::applicable_die_area(chip) && &checked.chip() == &chip;
}

// Each catalog entry's own checked spec, one constant evaluation per entry (a variable template:
// one evaluation for the whole catalog would pass clang's default step limit).
template <std::size_t I>
constexpr bool entry_agrees = &as::catalog::all[I]->checked().chip() == &as::catalog::all[I]->chip() &&
                              checked_agrees(as::catalog::all[I]->chip()) &&
                              same_determination(as::classify(as::catalog::all[I]->checked(), as::rules::latest),
                                                 as::classify(as::catalog::all[I]->chip(), as::rules::latest));
template <std::size_t... I>
constexpr bool catalog_agrees(std::index_sequence<I...>) {
  return (entry_agrees<I> && ...);
}
static_assert(catalog_agrees(std::make_index_sequence<as::catalog::all.size()>{}));

// TF32 alone at 150 TFLOPS on 800 mm²: TPP 4800 (3A090.a.1) read at 32 bits, 2850 read at its 19
// significant bits (density 3.56: 3A090.b.2). The readings differ, so the determination carries
// both, from the one measurement of the checked form.
constexpr as::accelerator tf32_only{.market = as::market::datacenter,
                                    .compute = {as::dense(as::tf32, 150_tflops)},
                                    .dies = {{.name = "die", .area = 800_mm2, .transistors = as::non_planar}}};
constexpr as::checked_accelerator tf32_only_checked{tf32_only};
static_assert(as::classify(tf32_only_checked).tf32_readings.size() == 2);
static_assert(as::classify(tf32_only_checked).eccn == as::eccn::undecided);
static_assert(as::classify(tf32_only_checked, {.tf32 = as::tf32_reading::container_32}).eccn == as::eccn::a);
static_assert(as::classify(tf32_only_checked, {.tf32 = as::tf32_reading::significant_19}).eccn == as::eccn::b);
static_assert(as::eccn_of(tf32_only_checked).tf32_dependent);
static_assert(tf32_only_checked.tpp() == 4800 && tf32_only_checked.tpp(as::tf32_reading::significant_19) == 2850);
static_assert(checked_agrees(tf32_only));

}  // namespace

TEST_CASE("classify and eccn_of on a checked spec agree with the spec itself on varied specs", "[perf][checked]") {
  int compared = 0, split = 0;
  for (std::uint64_t i = 0; i < 3'000; ++i) {
    const as::accelerator chip = as::bench::runtime_spec(i);
    INFO("runtime_spec " << i);
    REQUIRE(checked_agrees(chip));
    split += as::classify(as::checked_accelerator{chip}).tf32_readings.empty() ? 0 : 1;
    const as::accelerator swept = as::bench::chip_of(as::bench::sweep_spec(i));
    REQUIRE(checked_agrees(swept));
    compared += 2;
  }
  CHECK(compared == 6'000);
  REQUIRE(checked_agrees(tf32_only));
  INFO("specs whose TF32 readings split the answer: " << split);
  CHECK(split >= 0);  // counted for the log; tf32_only above is the case that must split
}

TEST_CASE("classify and eccn_of on a checked spec by date", "[perf][checked]") {
  using namespace std::chrono;
  const std::array dates{2022y / October / 6, 2022y / October / 7, 2023y / November / 16, 2023y / November / 17,
                         2026y / January / 15};
  for (std::uint64_t i = 0; i < 300; ++i) {
    const as::accelerator chip = as::bench::runtime_spec(i);
    const as::checked_accelerator checked{chip};
    for (const year_month_day d : dates) {
      for (const std::optional<as::tf32_reading> tf32 : tf32_choices) {
        REQUIRE(same_determination(as::classify(checked, d, {.tf32 = tf32}), as::classify(chip, d, {.tf32 = tf32})));
        REQUIRE(as::eccn_of(checked, d, {.tf32 = tf32}) == as::eccn_of(chip, d, {.tf32 = tf32}));
      }
    }
  }
  // Before 3A090 existed: no rule applied, the metrics still measured.
  const as::checked_accelerator h100{as::catalog::nvidia::h100_sxm};
  const as::determination before = as::classify(h100, 2022y / October / 6);
  CHECK(before.applied == nullptr);
  CHECK(before.eccn == as::eccn::none);
  CHECK(before.tpp == as::tpp(as::catalog::nvidia::h100_sxm));
  CHECK(as::eccn_of(h100, 2022y / October / 6) == as::eccn_answer{});
}

TEST_CASE("every catalog entry's checked spec agrees at run time", "[perf][checked]") {
  for (const as::catalog::entry* e : as::catalog::all) {
    INFO(e->id);
    REQUIRE(&e->checked().chip() == &e->chip());
    REQUIRE(checked_agrees(e->chip()));
    for (const as::rule* r : as::rules::all) {
      REQUIRE(same_determination(as::classify(e->checked(), *r), as::classify(e->chip(), *r)));
    }
  }
}

TEST_CASE("a checked spec refuses an invalid spec with find_problem's message", "[perf][checked]") {
  const as::accelerator zero_area{.compute = {as::dense(as::fp16, 100_tflops)},
                                  .dies = {{.area = as::area::from_count(0), .transistors = as::non_planar}}};
  const as::accelerator duplicate{.compute = {as::dense(as::fp16, 100_tflops), as::dense(as::fp16, 90_tflops)}};
  const as::accelerator bad_date{.compute = {as::dense(as::fp16, 100_tflops)},
                                 .released = std::chrono::year{2024} / 2 / 30};
  for (const as::accelerator* chip : {&zero_area, &duplicate, &bad_date}) {
    const char* problem = as::find_problem(*chip);
    REQUIRE(problem != nullptr);
    CHECK_THROWS_WITH(as::checked_accelerator{*chip}, std::string(problem));
  }
  // A catalog entry without a spec is an error when it is built, not a null read later.
  CHECK_THROWS_WITH(as::catalog::entry{}, "accelspec: a catalog entry needs a spec");
}
