// timeline() against assess(), on random chips (random specs and catalog entries), destinations and
// options: every row's answer is assess() on its date and differs from the day before in something
// the answer is acted on (ECCN or rule text, license, review, exceptions, zone, tariff band,
// measures); between two rows nothing changes: assess() on every date a rule, notice or Country
// Group membership changes (the reference's own list, a day either side) and on random days equals
// the last row before it. A date where only the review changes (a country leaving a group) must be
// a row.
//
// ACCELSPEC_PROPERTY_CASES scales the number of cases (docs/testing.md).
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/policy.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "property_support.hpp"

namespace {

namespace as = accelspec;
namespace pol = accelspec::policy;
using property::rng;

// What a timeline row stands for, compared field by field.
struct outcome {
  pol::control eccn{};
  const as::rule* text = nullptr;  // the rule text, when it classifies the item
  as::truth license{};
  pol::review_policy review{};
  std::vector<pol::license_exception> exceptions;
  as::truth zone{};
  const pol::tariff_band* band = nullptr;
  as::truth in_band{};
  std::vector<std::pair<const pol::dated_measure*, as::truth>> measures;
  // The destination's own side: whether the import is allowed, and which of its measures apply.
  as::truth import_allowed{};
  std::vector<std::pair<const pol::import_measure*, as::truth>> import_measures;
  friend bool operator==(const outcome&, const outcome&) = default;
};

outcome outcome_of(const pol::assessment& a) {
  outcome o{a.eccn,
            a.eccn != pol::control::none ? a.classification.applied : nullptr,
            a.license_required,
            a.review,
            {},
            a.china_zone,
            a.tariff.band,
            a.tariff.in_band,
            {},
            as::truth::unknown,
            {}};
  for (const pol::exception_offer& e : a.license_exceptions) o.exceptions.push_back(e.which);
  for (const pol::measure_verdict& v : a.measures) o.measures.emplace_back(v.measure, v.applies);
  o.import_allowed = a.destination_side.import_allowed;
  for (const pol::import_verdict& v : a.destination_side.measures) o.import_measures.emplace_back(v.measure, v.applies);
  return o;
}

struct tally {
  long cases = 0, rows = 0, probes = 0;
};

bool check(const as::accelerator& chip, const pol::destination to, const pol::assess_options& options, rng& r,
           tally& t) {
  const pol::timeline_result tl = pol::timeline(chip, to, options);
  auto at = [&](std::chrono::year_month_day d) { return outcome_of(pol::assess(chip, to, d, options)); };
  // The first row is the release date, or the first date modelled for the destination if later.
  const std::chrono::year_month_day start =
      chip.released && *chip.released >= tl.covered_from ? *chip.released : tl.covered_from;
  ++t.cases;
  bool ok = true;
  auto fail = [&](std::string_view what, std::chrono::year_month_day d) {
    UNSCOPED_INFO(what << " on " << property::yyyymmdd(d) << ": chip '" << chip.name << "' to " << to.code);
    ok = false;
  };
  // Every row: assess() on its date, a change from the day before (the release row excepted),
  // dates strictly increasing and not before the release.
  std::optional<std::chrono::year_month_day> last{};
  for (const pol::timeline_event& e : tl.events) {
    ++t.rows;
    const outcome now = at(e.date);
    if (!(outcome_of(e.answer) == now)) fail("row answer is not assess() on its date", e.date);
    if (e.release && (e.date != start || last)) fail("release row not first or not on the release date", e.date);
    if (e.date == start && !last) {
      // The first row opens the timeline: something applies there.
    } else if (now == at(property::plus_days(e.date, -1))) {
      fail("row without a change", e.date);
    }
    if (e.date < start || (last && e.date <= *last)) fail("row out of order", e.date);
    last = e.date;
  }
  // Between rows nothing changes: each probe date equals the last row at or before it (or the
  // state at the start).
  const outcome base = at(start);
  auto expected_at = [&](std::chrono::year_month_day d) -> outcome {
    const pol::timeline_event* row = nullptr;
    for (const pol::timeline_event& e : tl.events) {
      if (e.date <= d) row = &e;
    }
    return row != nullptr ? outcome_of(row->answer) : base;
  };
  std::vector<std::chrono::year_month_day> probes;
  for (const int c : property::change_dates) {
    for (int k = -1; k <= 1; ++k) probes.push_back(property::plus_days(property::ymd(c), k));
  }
  for (int k = 0; k < 6; ++k) probes.push_back(property::ymd(property::random_date(r)));
  for (const auto d : probes) {
    if (d < start) continue;
    ++t.probes;
    if (!(at(d) == expected_at(d))) fail("a change that is not a row", d);
  }
  return ok;
}

}  // namespace

TEST_CASE("every change of assess() is a timeline row, and every row is a change") {
  const long n = std::max(1L, property::env_count("ACCELSPEC_PROPERTY_CASES", 100'000) / 100);
  rng r(property::seed() + 1);
  tally t;
  long failures = 0;
  for (long i = 0; i < n && failures < 3; ++i) {
    const property::random_options o = property::make_options(r);
    const pol::destination to = pol::require_destination(r.pick(property::destinations));
    bool ok = true;
    if (r.chance(40)) {
      const as::catalog::entry& e = *r.pick(as::catalog::all);
      pol::assess_options oe = o.options;
      if (oe.us_available == as::truth::unknown) oe.us_available = e.us_available;
      ok = check(e.chip(), to, oe, r, t);
    } else {
      const property::random_chip c = property::make_chip(r);
      ok = check(c.chip, to, o.options, r, t);
    }
    if (!ok) ++failures;
  }
  CHECK(failures == 0);
  INFO("cases " << t.cases << " rows " << t.rows << " probes " << t.probes);
  CHECK(t.cases == n);
  CHECK(t.rows > n);
}

// Dates where only the review, or only the license exceptions, change must be rows.
TEST_CASE("a date where only the review or only the exceptions change is a timeline row") {
  using namespace as::literals;
  auto row_on = [](const pol::timeline_result& tl, int date) -> const pol::timeline_event* {
    for (const pol::timeline_event& e : tl.events) {
      if (e.date == property::ymd(date)) return &e;
    }
    return nullptr;
  };
  // Cambodia leaves D:5 on 2025-11-07 (and stays in D:1): the H100's license to Cambodia is no
  // longer reviewed under a presumption of denial (the review outside Macau/D:5 since 2025-01-13 is
  // not public); nothing else changes.
  const auto& h100 = as::catalog::nvidia::h100_sxm_entry.chip();
  const pol::destination kh = pol::require_destination("KH");
  const auto before = pol::assess(h100, kh, property::ymd(20251106));
  const auto after = pol::assess(h100, kh, property::ymd(20251107));
  REQUIRE(before.review == pol::review_policy::presumption_of_denial);
  REQUIRE(after.review == pol::review_policy::not_public);
  REQUIRE(before.license_required == after.license_required);
  REQUIRE(before.measures.size() == after.measures.size());
  const pol::timeline_result kh_rows = pol::timeline(h100, kh);  // kept: row_on points into it
  const pol::timeline_event* e = row_on(kh_rows, 20251107);
  REQUIRE(e != nullptr);
  CHECK(e->answer.review == pol::review_policy::not_public);

  // A datacenter 3A090.b chip (TPP 4,000, density 4) to Saudi Arabia: NAC until 2024-04-03, ACA
  // from 2024-04-04 (89 FR 23876); the license and its review stay.
  constexpr as::accelerator b_chip{
      .name = "Test .b",
      .vendor = "Test",
      .market = as::market::datacenter,
      .compute = {as::dense(as::fp8, 500_tflops)},
      .dies = {as::die{.name = "die", .area = 1000_mm2, .transistors = as::non_planar}},
      .io_bandwidth = 900_GBps,
  };
  const pol::destination sa = pol::require_destination("SA");
  const auto nac = pol::assess(b_chip, sa, property::ymd(20240403));
  const auto aca = pol::assess(b_chip, sa, property::ymd(20240404));
  REQUIRE(nac.eccn == pol::control::c3a090_b);
  REQUIRE(nac.has_exception(pol::license_exception::nac));
  REQUIRE(aca.has_exception(pol::license_exception::aca));
  REQUIRE(nac.review == aca.review);
  const pol::timeline_result sa_rows = pol::timeline(b_chip, sa);
  const pol::timeline_event* split = row_on(sa_rows, 20240404);
  REQUIRE(split != nullptr);
  CHECK(split->answer.has_exception(pol::license_exception::aca));
}

// The comparison behind the rows: a change in any one field the answer is acted on makes a new row.
// (Whether such a date occurs depends on the data; the comparison must not depend on it.)
TEST_CASE("timeline rows follow a change in any one field of the answer", "[policy][timeline]") {
  const auto& h200 = as::catalog::nvidia::h200_sxm_entry.chip();
  const pol::assessment base = pol::assess(h200, pol::require_destination("CN"), property::ymd(20260601));
  // TPP 15,831.2 and 4,800 GB/s: in Section 232 band 1.
  REQUIRE(base.tariff.band == &pol::section_232_bands[0]);
  REQUIRE(base.tariff.in_band == as::truth::yes);
  CHECK(pol::detail::same_outcome(base, base));
  auto differs = [&](auto change) {
    pol::assessment other = base;
    change(other);
    return !pol::detail::same_outcome(base, other) && !pol::detail::same_outcome(other, base);
  };
  CHECK(differs([](pol::assessment& a) { a.eccn = pol::control::undecided; }));
  CHECK(differs([](pol::assessment& a) { a.license_required = as::truth::unknown; }));
  CHECK(differs([](pol::assessment& a) { a.review = pol::review_policy::presumption_of_approval; }));
  CHECK(differs([](pol::assessment& a) { a.license_exceptions.push_back({.which = pol::license_exception::nac}); }));
  // The same number of exceptions, another one.
  pol::assessment nac = base, aca = base;
  nac.license_exceptions.push_back({.which = pol::license_exception::nac});
  aca.license_exceptions.push_back({.which = pol::license_exception::aca});
  CHECK_FALSE(pol::detail::same_outcome(nac, aca));
  REQUIRE(base.measures.size() >= 2);
  CHECK(differs([](pol::assessment& a) {
    decltype(a.measures) fewer;
    fewer.push_back(a.measures[0]);
    a.measures = fewer;
  }));
  CHECK(differs([](pol::assessment& a) {
    decltype(a.measures) changed;
    for (pol::measure_verdict v : a.measures) {
      if (changed.empty()) v.applies = as::truth::unknown;
      changed.push_back(v);
    }
    a.measures = changed;
  }));
  CHECK(differs([](pol::assessment& a) { a.tariff.band = &pol::section_232_bands[1]; }));
  CHECK(differs([](pol::assessment& a) { a.tariff.in_band = as::truth::unknown; }));
  // Only the tariff's in-band status, with the same band.
  pol::assessment banded = base;
  banded.tariff.band = &pol::section_232_bands[1];
  banded.tariff.in_band = as::truth::yes;
  pol::assessment open = banded;
  open.tariff.in_band = as::truth::unknown;
  CHECK_FALSE(pol::detail::same_outcome(banded, open));
}

// Every day a Country Group membership starts or ends is a candidate date of the timeline, and is
// the effective date of the regulation the change cites (so the membership dates and the
// regulation dates cannot drift apart unnoticed).
TEST_CASE("every membership change is a timeline candidate date, on its regulation's effective date",
          "[policy][timeline]") {
  const auto dates = pol::detail::candidate_dates();
  auto candidate = [&](std::chrono::year_month_day d) {
    for (const auto c : dates) {
      if (c == d) return true;
    }
    return false;
  };
  for (const pol::membership_change& c : pol::detail::membership_changes) {
    INFO(c.code << " " << pol::key(c.group));
    REQUIRE(c.source != nullptr);
    for (const auto& d : {c.since, c.until}) {
      if (!d) continue;
      CHECK(candidate(*d));
      CHECK(*d == c.source->effective);
    }
  }
}
