// accelspec::maybe<T>, the core's optional: what it promises at compile time (the std::optional
// interface the library and its users rely on, and the conversions both ways), and at run time the
// one thing that throws.
#include <accelspec/accelspec.hpp>

#include <optional>
#include <type_traits>

#include "catch.hpp"

using namespace accelspec::literals;
namespace as = accelspec;

namespace {

constexpr as::maybe<as::power> known = 700_W;
constexpr as::maybe<as::power> unknown{};

constexpr bool assigned_then_reset() {
  as::maybe<as::power> p;
  if (p) return false;
  p = 400_W;
  if (!p.has_value() || *p != 400_W || p->count() != 400'000) return false;
  p.reset();
  if (p.has_value()) return false;
  p.emplace(300_W);
  if (p != 300_W) return false;
  p = std::nullopt;
  return p == std::nullopt;
}

}  // namespace

TEST_CASE("maybe<T> holds a value or none, like std::optional", "[maybe][static]") {
  STATIC_REQUIRE(known.has_value());
  STATIC_REQUIRE(static_cast<bool>(known));
  STATIC_REQUIRE(*known == 700_W);
  STATIC_REQUIRE(known->count() == 700'000);
  STATIC_REQUIRE(known.value() == 700_W);
  STATIC_REQUIRE(!unknown.has_value());
  STATIC_REQUIRE(!static_cast<bool>(unknown));
  STATIC_REQUIRE(unknown.value_or(1_W) == 1_W);
  STATIC_REQUIRE(known.value_or(1_W) == 700_W);
  STATIC_REQUIRE(assigned_then_reset());
  // Trivially copyable, and no larger than the value and its flag.
  STATIC_REQUIRE(std::is_trivially_copyable_v<as::maybe<as::power>>);
  STATIC_REQUIRE(sizeof(as::maybe<as::power>) == sizeof(std::optional<as::power>));
}

TEST_CASE("maybe<T> compares as std::optional does", "[maybe][static]") {
  // Two unknowns are equal; unknown is never equal to a value.
  STATIC_REQUIRE(unknown == as::maybe<as::power>{});
  STATIC_REQUIRE(known != unknown);
  STATIC_REQUIRE(known == as::maybe<as::power>{700_W});
  STATIC_REQUIRE(known != as::maybe<as::power>{701_W});
  STATIC_REQUIRE(unknown == std::nullopt);
  STATIC_REQUIRE(std::nullopt == unknown);
  STATIC_REQUIRE(known != std::nullopt);
  STATIC_REQUIRE(known == 700_W);
  STATIC_REQUIRE(700_W == known);
  STATIC_REQUIRE(unknown != 700_W);
  // With a value of another type the held value compares with: a TPP against a number.
  constexpr as::maybe<as::tpp_value> t = as::tpp_value::from_count(4'800'000'000);
  STATIC_REQUIRE(t == 4800);
  STATIC_REQUIRE(t != 4801);
  STATIC_REQUIRE(as::maybe<as::tpp_value>{} != 4800);
  // With a std::optional: equal only when both are unknown or both hold equal values (an unknown
  // maybe is not compared with an empty optional's value).
  STATIC_REQUIRE(unknown == std::optional<as::power>{});
  STATIC_REQUIRE(known == std::optional<as::power>{700_W});
  STATIC_REQUIRE(known != std::optional<as::power>{});
  STATIC_REQUIRE(unknown != std::optional<as::power>{700_W});
  STATIC_REQUIRE(std::optional<as::power>{} == unknown);
}

TEST_CASE("maybe<T> orders as std::optional does: unknown first", "[maybe][static]") {
  STATIC_REQUIRE(unknown < known);
  STATIC_REQUIRE(!(known < unknown));
  STATIC_REQUIRE(!(unknown < unknown));
  STATIC_REQUIRE(unknown <= unknown);
  STATIC_REQUIRE(as::maybe<as::power>{300_W} < known);
  STATIC_REQUIRE(known > as::maybe<as::power>{699_W});
  STATIC_REQUIRE(known >= as::maybe<as::power>{700_W});
  STATIC_REQUIRE(unknown < 1_W);
  STATIC_REQUIRE(known < 701_W);
  STATIC_REQUIRE(!(known < 700_W));
  STATIC_REQUIRE(1_W > unknown);
  STATIC_REQUIRE((known <=> std::optional<as::power>{}) == std::strong_ordering::greater);
}

TEST_CASE("maybe<T> converts to and from std::optional<T>", "[maybe][static]") {
  constexpr std::optional<as::power> o = known;
  STATIC_REQUIRE(o.has_value() && *o == 700_W);
  constexpr std::optional<as::power> none = unknown;
  STATIC_REQUIRE(!none.has_value());
  constexpr as::maybe<as::power> back = std::optional<as::power>{250_W};
  STATIC_REQUIRE(back == 250_W);
  constexpr as::maybe<as::power> back_none = std::optional<as::power>{};
  STATIC_REQUIRE(!back_none.has_value());
  // A spec's field takes either.
  constexpr as::accelerator chip{.tdp = std::optional<as::power>{350_W}};
  STATIC_REQUIRE(chip.tdp == 350_W);
  STATIC_REQUIRE(!as::accelerator{}.tdp.has_value());
}

TEST_CASE("value() of an unknown maybe throws std::bad_optional_access", "[maybe]") {
  as::maybe<as::power> p;
  CHECK_THROWS_AS(p.value(), std::bad_optional_access);
  const as::maybe<as::power> q;
  CHECK_THROWS_AS(q.value(), std::bad_optional_access);
  p = 5_W;
  CHECK(p.value() == 5_W);
}
