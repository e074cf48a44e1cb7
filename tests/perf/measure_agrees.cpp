// The one-pass measurement (metrics/measure.hpp) against the definitions it replaces, on random
// specs with random defects: it must reject exactly the specs find_problem() rejects, with the same
// message, and on every valid spec give the TPP, its bit length and the applicable die area that
// the rule's definitions give when computed the slow, obvious way here.
#include <accelspec/accelspec.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "catch.hpp"

namespace {

namespace as = accelspec;

std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

struct rng {
  std::uint64_t s;
  std::uint64_t below(std::uint64_t n) {
    s = mix(s);
    return s % n;
  }
};

constexpr std::array<std::string_view, 4> unit_names{"", "vector", "npu", "v"};
// The same names in other buffers: a unit named at two addresses is still one unit.
const std::array<std::string, 4> unit_name_copies{"", "vector", "npu", "v"};
constexpr std::array<std::string_view, 6> die_names{"", "a", "b", "ab", "ba", "io die"};

// A spec of 0-8 rates and 0-5 dies drawn from small sets, so that duplicates, unknowns and every
// defect occur often.
as::accelerator random_spec(rng& r) {
  as::accelerator c{};
  c.market = static_cast<as::market>(r.below(20) == 0 ? 3 : r.below(3));  // 3: not a market value
  const auto rates = r.below(9);
  for (std::uint64_t i = 0; i < rates; ++i) {
    auto f = static_cast<as::number_format>(r.below(40) == 0 ? 14 : r.below(14));  // 14: not a format
    std::int64_t count = static_cast<std::int64_t>(r.below(1'000'000'000)) + 1;
    if (r.below(40) == 0) count = 0;
    if (r.below(40) == 0) count = -count;
    const std::size_t name = r.below(unit_names.size());
    const std::string_view unit = r.below(2) == 0 ? unit_names[name] : std::string_view(unit_name_copies[name]);
    c.compute.push_back(as::compute_rate{f, as::dense_rate::from_count(count), unit});
  }
  const auto dies = r.below(6);
  for (std::uint64_t i = 0; i < dies; ++i) {
    as::die d{.name = die_names[r.below(die_names.size())]};
    if (r.below(6) != 0) d.area = as::area::from_count(static_cast<std::int64_t>(r.below(900'000'000)) + 1);
    if (r.below(40) == 0) d.area = as::area::from_count(0);
    d.transistors = static_cast<as::transistor_architecture>(r.below(3));
    d.role = static_cast<as::die_role>(r.below(3));
    d.count = static_cast<int>(r.below(4)) + (r.below(40) == 0 ? -1 : 1);
    c.dies.push_back(d);
  }
  if (r.below(4) == 0)
    c.memory = as::hbm(as::memory_technology::hbm3, static_cast<int>(r.below(8)) + 1,
                       as::data_size::from_count(80'000'000'000), as::data_rate::from_count(3'000'000'000'000));
  if (r.below(30) == 0) c.memory.stacks = 0;
  if (r.below(30) == 0) c.tdp = as::power::from_count(0);
  if (r.below(30) == 0) c.io_bandwidth = as::data_rate::from_count(-1);
  return c;
}

// TPP by the definition: for every bit length, each unit's best rate at it, summed over units; the
// highest such sum, the shorter bit length on a tie.
struct reference_tpp {
  std::optional<std::int64_t> tpp;
  int bits = 0;
};
reference_tpp tpp_by_definition(const as::accelerator& c, as::tf32_reading tf32) {
  reference_tpp out;
  for (const int b : {4, 6, 8, 16, 19, 32, 64}) {
    bool any = false;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < c.compute.size(); ++i) {
      if (as::bit_length(c.compute[i].format, tf32) != b) continue;
      any = true;
      bool first_of_unit = true;
      for (std::size_t j = 0; j < i; ++j) {
        first_of_unit = first_of_unit &&
                        !(c.compute[j].unit == c.compute[i].unit && as::bit_length(c.compute[j].format, tf32) == b);
      }
      if (!first_of_unit) continue;
      std::int64_t best = 0;
      for (const as::compute_rate& o : c.compute) {
        if (o.unit == c.compute[i].unit && as::bit_length(o.format, tf32) == b && o.rate.count() > best) {
          best = o.rate.count();
        }
      }
      sum += best * b;
    }
    if (any && (!out.tpp || sum > *out.tpp)) {
      out.tpp = sum;
      out.bits = b;
    }
  }
  return out;
}

// The applicable die area by the definition: logic and I/O dies on non-planar processes; unknown
// when such a die's area or process is unknown or when no logic or I/O die is listed.
std::optional<std::int64_t> area_by_definition(const as::accelerator& c) {
  bool any_logic = false;
  std::int64_t sum = 0;
  for (const as::die& d : c.dies) {
    if (d.role == as::die_role::memory) continue;
    any_logic = true;
    if (d.transistors == as::transistor_architecture::planar) continue;
    if (d.transistors == as::transistor_architecture::unknown || !d.area) return std::nullopt;
    sum += d.area->count() * d.count;
  }
  if (!any_logic) return std::nullopt;
  return sum;
}

}  // namespace

TEST_CASE("the one pass rejects what find_problem rejects, with its message", "[perf][measure]") {
  rng r{12345};
  int invalid = 0, valid = 0;
  for (int i = 0; i < 200'000; ++i) {
    const as::accelerator c = random_spec(r);
    const char* problem = as::find_problem(c);
    if (problem != nullptr) {
      ++invalid;
      try {
        (void)as::eccn_of(c, as::rules::latest);
        FAIL("accepted an invalid spec: " << problem);
      } catch (const as::error& e) {
        REQUIRE(std::strcmp(e.what(), problem) == 0);
        REQUIRE(e.kind() == as::error_kind::invalid_spec);
      }
      REQUIRE_THROWS_AS(as::classify(c, as::rules::latest), as::error);
      REQUIRE_THROWS_AS(as::tpp(c), as::error);
      REQUIRE_THROWS_AS(as::applicable_die_area(c), as::error);
    } else {
      ++valid;
    }
  }
  // Both kinds must be common, or the test says nothing.
  CHECK(invalid > 20'000);
  CHECK(valid > 20'000);
}

TEST_CASE("the one pass measures what the definitions give", "[perf][measure]") {
  rng r{987654321};
  int compared = 0;
  for (int i = 0; i < 200'000; ++i) {
    const as::accelerator c = random_spec(r);
    if (as::find_problem(c) != nullptr) continue;
    for (const auto tf32 : {as::tf32_reading::container_32, as::tf32_reading::significant_19}) {
      const reference_tpp ref = tpp_by_definition(c, tf32);
      const as::tpp_breakdown t = as::tpp_details(c, {.tf32 = tf32});
      REQUIRE(t.total.has_value() == ref.tpp.has_value());
      if (ref.tpp) {
        REQUIRE(t.total->count() == *ref.tpp);
        REQUIRE(t.bits == ref.bits);
      }
      const as::determination d = as::classify(c, as::rules::latest, {.tf32 = tf32});
      REQUIRE(d.tpp == t.total);
      REQUIRE(d.tpp_bits == t.bits);
    }
    const std::optional<std::int64_t> area = area_by_definition(c);
    const std::optional<as::area> measured = as::applicable_die_area(c);
    REQUIRE(measured.has_value() == area.has_value());
    if (area) REQUIRE(measured->count() == *area);
    ++compared;
  }
  CHECK(compared > 20'000);
}

// The pass adds without checking below 2^40 rate counts, 2^40 µm² and 2^16 dies of a kind, and
// takes the sums again with checked arithmetic above (metrics/measure.hpp): large figures that do
// not overflow must give the same TPP and area as the definitions, under every TF32 reading.
TEST_CASE("large rates, areas and die counts that do not overflow are measured exactly", "[perf][measure]") {
  rng r{24681357};
  int compared = 0, large = 0;
  for (int i = 0; i < 100'000; ++i) {
    const as::accelerator small = random_spec(r);
    if (as::find_problem(small) != nullptr) continue;
    as::accelerator c = small;
    c.compute = {};
    c.dies = {};
    for (const as::compute_rate& rate : small.compute) {
      c.compute.push_back(
          as::compute_rate{rate.format, as::dense_rate::from_count(rate.rate.count() << 14), rate.unit});
    }
    for (as::die d : small.dies) {
      if (d.area) d.area = as::area::from_count(d.area->count() << 14);
      if (r.below(8) == 0) {  // many dies of a kind, on a smaller die
        d.count = 70'000 + static_cast<int>(r.below(1000));
        if (d.area) d.area = as::area::from_count(d.area->count() >> 14);
      }
      c.dies.push_back(d);
    }
    bool is_large = false;
    for (const as::compute_rate& rate : c.compute) is_large = is_large || rate.rate.count() >= std::int64_t{1} << 40;
    for (const as::die& d : c.dies) {
      is_large = is_large || (d.area && d.area->count() >= std::int64_t{1} << 40) || d.count >= 1 << 16;
    }
    large += is_large;
    for (const auto tf32 : {as::tf32_reading::container_32, as::tf32_reading::significant_19}) {
      const reference_tpp ref = tpp_by_definition(c, tf32);
      const std::optional<as::tpp_value> t = as::tpp(c, {.tf32 = tf32});
      REQUIRE(t.has_value() == ref.tpp.has_value());
      if (ref.tpp) REQUIRE(t->count() == *ref.tpp);
      const as::determination d = as::classify(c, as::rules::latest, {.tf32 = tf32});
      REQUIRE(d.tpp == t);
      const as::eccn_answer e = as::eccn_of(c, as::rules::latest, {.tf32 = tf32});
      REQUIRE(e.eccn == d.eccn);
      REQUIRE(e.clauses == d.clauses);
      REQUIRE(e.undecided == d.undecided);
    }
    // Both readings (the default) agree between eccn_of and classify too.
    const as::determination both = as::classify(c, as::rules::latest);
    const as::eccn_answer e = as::eccn_of(c, as::rules::latest);
    REQUIRE(e.eccn == both.eccn);
    REQUIRE(e.undecided == both.undecided);
    REQUIRE(e.tf32_dependent == !both.tf32_readings.empty());
    const std::optional<std::int64_t> area = area_by_definition(c);
    const std::optional<as::area> measured = as::applicable_die_area(c);
    REQUIRE(measured.has_value() == area.has_value());
    if (area) REQUIRE(measured->count() == *area);
    ++compared;
  }
  CHECK(compared > 20'000);
  CHECK(large > 10'000);  // the checked path is taken often
}

TEST_CASE("an overflowing TPP or area is reported, not wrapped", "[perf][measure]") {
  const as::accelerator huge_rate{.compute = {as::dense(as::fp64, as::dense_rate::from_count(std::int64_t{1} << 58))}};
  REQUIRE_THROWS_AS(as::tpp(huge_rate), as::error);
  REQUIRE_THROWS_AS(as::eccn_of(huge_rate, as::rules::latest), as::error);
  const as::accelerator huge_sum{
      .compute = {as::dense(as::fp16, as::dense_rate::from_count(std::int64_t{1} << 58)),
                  as::dense(as::fp16, as::dense_rate::from_count(std::int64_t{1} << 58), "b")}};
  REQUIRE_THROWS_AS(as::tpp(huge_sum), as::error);
  const as::accelerator huge_area{.compute = {as::dense(as::fp16, as::dense_rate::from_count(1))},
                                  .dies = {{.name = "x",
                                            .area = as::area::from_count(std::int64_t{1} << 62),
                                            .transistors = as::non_planar,
                                            .count = 4}}};
  REQUIRE_THROWS_AS(as::applicable_die_area(huge_area), as::error);
  REQUIRE_THROWS_AS(as::classify(huge_area, as::rules::latest), as::error);
}

// The pass screens values rather than testing each: a rate, area or die count less one, ORed, is
// tested against its bound (so one that is not positive, its top bit set, fails the same test as a
// large one), and die names go through a filter of their lengths. The extremes, the bounds and
// either side of them, and names that filter cannot tell apart.
TEST_CASE("the one pass's screens: extreme values, its bounds either side, names of one length", "[perf][measure]") {
  const auto rejects_as_find_problem = [](const as::accelerator& c) {
    const char* problem = as::find_problem(c);
    REQUIRE(problem != nullptr);
    INFO(problem);
    try {
      (void)as::eccn_of(c, as::rules::latest);
      FAIL("accepted an invalid spec: " << problem);
    } catch (const as::error& e) {
      REQUIRE(std::strcmp(e.what(), problem) == 0);
    }
    REQUIRE_THROWS_AS(as::tpp(c), as::error);
  };
  const auto measures_as_definition = [](const as::accelerator& c) {
    REQUIRE(as::find_problem(c) == nullptr);
    const reference_tpp ref = tpp_by_definition(c, as::tf32_reading::container_32);
    const std::optional<as::tpp_value> t = as::tpp(c);
    REQUIRE(t.has_value() == ref.tpp.has_value());
    if (ref.tpp) REQUIRE(t->count() == *ref.tpp);
    const std::optional<std::int64_t> area = area_by_definition(c);
    const std::optional<as::area> measured = as::applicable_die_area(c);
    REQUIRE(measured.has_value() == area.has_value());
    if (area) REQUIRE(measured->count() == *area);
    const as::determination d = as::classify(c, as::rules::latest);
    const as::eccn_answer e = as::eccn_of(c, as::rules::latest);
    REQUIRE(e.eccn == d.eccn);
    REQUIRE(e.clauses == d.clauses);
    REQUIRE(e.undecided == d.undecided);
  };
  const as::die logic{.name = "logic", .area = as::area::from_count(1), .transistors = as::non_planar};
  const auto with_rate = [&](std::int64_t count) {
    return as::accelerator{.market = as::market::datacenter,
                           .compute = {as::dense(as::fp16, as::dense_rate::from_count(1)),
                                       as::dense(as::fp8, as::dense_rate::from_count(count))},
                           .dies = {logic}};
  };
  const auto with_die = [&](std::optional<std::int64_t> area, int count, as::die_role role) {
    as::die d{.name = "x", .transistors = as::non_planar, .role = role, .count = count};
    if (area) d.area = as::area::from_count(*area);
    return as::accelerator{.market = as::market::datacenter,
                           .compute = {as::dense(as::fp16, as::dense_rate::from_count(1))},
                           .dies = {logic, d}};
  };

  for (const std::int64_t bad : {std::numeric_limits<std::int64_t>::min(), std::int64_t{-1}, std::int64_t{0}}) {
    INFO(bad);
    rejects_as_find_problem(with_rate(bad));
    rejects_as_find_problem(with_die(bad, 1, as::die_role::logic));
    rejects_as_find_problem(with_die(bad, 1, as::die_role::memory));  // a memory die is checked too
  }
  for (const int bad : {std::numeric_limits<int>::min(), -1, 0}) {
    INFO(bad);
    rejects_as_find_problem(with_die(5, bad, as::die_role::logic));
    rejects_as_find_problem(with_die(std::nullopt, bad, as::die_role::memory));
  }
  constexpr std::int64_t two_40 = std::int64_t{1} << 40;
  for (const std::int64_t v :
       {std::int64_t{1}, two_40 - 1, two_40, two_40 + 1, std::numeric_limits<std::int64_t>::max() / 64}) {
    INFO(v);
    measures_as_definition(with_rate(v));
    measures_as_definition(with_die(v, 1, as::die_role::logic));
    measures_as_definition(with_die(v, 1, as::die_role::memory));
  }
  for (const int n : {1, (1 << 16) - 1, 1 << 16, (1 << 16) + 1}) {
    INFO(n);
    measures_as_definition(with_die(two_40, n, as::die_role::logic));
    measures_as_definition(with_die(std::nullopt, n, as::die_role::io));
  }
  REQUIRE_THROWS_AS(as::tpp(with_rate(std::numeric_limits<std::int64_t>::max())), as::error);  // times 8 bits

  // Names: the filter's bit is the length's low six bits, so lengths 0, 64 and 128 share one, as
  // do 1 and 65; two names of one length are told apart by a finer look, and only a true
  // duplicate is rejected.
  const std::string a64(64, 'a'), b64(64, 'b'), a65(65, 'a'), a128(128, 'a');
  const auto with_names = [&](std::initializer_list<std::string_view> names) {
    as::accelerator c{.market = as::market::datacenter,
                      .compute = {as::dense(as::fp16, as::dense_rate::from_count(1))}};
    for (const std::string_view n : names) {
      c.dies.push_back({.name = n, .area = as::area::from_count(1), .transistors = as::non_planar});
    }
    return c;
  };
  measures_as_definition(with_names({"", a64, "", a128}));
  measures_as_definition(with_names({"a", a65, "b", "ab", "ba"}));
  measures_as_definition(with_names({a64, b64}));
  measures_as_definition(with_names({"MI300 XCD", "MI300 IOD", "d0", "d1"}));  // alike in length, ends
  rejects_as_find_problem(with_names({a64, "", a64}));
  rejects_as_find_problem(with_names({"", a128, "x", a128}));
  rejects_as_find_problem(with_names({a65, "a", a65}));
  rejects_as_find_problem(with_names({"MI300 XCD", "MI300 IOD", "MI300 XCD"}));
  rejects_as_find_problem(with_names({"io", "hbm", "logic", "io"}));
}
