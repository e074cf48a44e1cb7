// assess() against the independent reference of the policy fold (support/reference_policy.hpp), on
// random shipments: a catalog chip or a random spec, a destination, a date in 2022-2027, a
// headquarters, the export's origin and US availability. Every field the answer is acted on is
// compared: the ECCN, the license requirement, the review, the license exceptions, the China zone,
// the Section 232 band, and which measures apply or may apply.
//
// ACCELSPEC_PROPERTY_CASES sets the number of random shipments (docs/testing.md).
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/policy.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "property_support.hpp"
#include "reference_policy.hpp"

namespace {

namespace as = accelspec;
namespace pol = accelspec::policy;
namespace ref = reference_policy;
using property::rng;

ref::review review_of(pol::review_policy r) {
  switch (r) {
    case pol::review_policy::none:
      return ref::review::none;
    case pol::review_policy::presumption_of_denial:
      return ref::review::denial;
    case pol::review_policy::case_by_case:
      return ref::review::case_by_case;
    case pol::review_policy::presumption_of_approval:
      return ref::review::approval;
    case pol::review_policy::not_public:
      return ref::review::not_public;
    case pol::review_policy::undecided:
      return ref::review::undecided;
    case pol::review_policy::case_by_case_if_us_available:
      return ref::review::case_by_case_if_us;
  }
  return ref::review::undecided;
}

ref::paragraph paragraph_of(pol::control c) {
  switch (c) {
    case pol::control::none:
      return ref::paragraph::none;
    case pol::control::c3a090_a:
    case pol::control::c4a090_a:
      return ref::paragraph::a;
    case pol::control::c3a090_b:
    case pol::control::c4a090_b:
      return ref::paragraph::b;
    default:
      return ref::paragraph::undecided;
  }
}

// The library's answer in the reference's terms.
struct seen {
  ref::paragraph p;
  ref::answer a;
};

seen observe(const pol::assessment& x) {
  seen s{paragraph_of(x.eccn), {}};
  s.a.license = property::tri_of(x.license_required);
  s.a.rev = review_of(x.review);
  for (const pol::exception_offer& e : x.license_exceptions) {
    if (e.which == pol::license_exception::nac) s.a.exceptions.push_back(ref::exception::nac);
    if (e.which == pol::license_exception::aca) s.a.exceptions.push_back(ref::exception::aca);
  }
  s.a.zone = property::tri_of(x.china_zone);
  s.a.band = x.tariff.band != nullptr ? x.tariff.band->number : 0;
  s.a.in_band = property::tri_of(x.tariff.in_band);
  for (const pol::measure_verdict& v : x.measures) {
    s.a.measures.push_back({std::string{v.measure->key}, property::tri_of(v.applies)});
  }
  std::sort(s.a.measures.begin(), s.a.measures.end());
  return s;
}

// The expected answer: the reference under each TF32 reading; where the readings differ in an
// answer, that answer is undecided (docs/policy.md, TF32).
seen expect(const as::accelerator& chip, const ref::shipment& s) {
  const auto date = property::ymd(s.date);
  const ref::item i32 = property::item_of(chip, date, as::tf32_reading::container_32);
  const ref::item i19 = property::item_of(chip, date, as::tf32_reading::significant_19);
  seen e{i32.p, ref::assess(i32, s)};
  if (i32.tpp_count == i19.tpp_count) return e;
  const ref::answer b = ref::assess(i19, s);
  ref::answer& a = e.a;
  if (i32.p == i19.p && a.license == b.license && a.rev == b.rev && a.band == b.band && a.in_band == b.in_band &&
      a.zone == b.zone) {
    return e;
  }
  if (i32.p != i19.p) e.p = ref::paragraph::undecided;
  if (a.license != b.license) a.license = ref::tri::unknown;
  if (a.rev != b.rev) a.rev = ref::review::undecided;
  if (a.zone != b.zone) a.zone = ref::tri::unknown;
  if (a.band != b.band || a.in_band != b.in_band) {
    a.in_band = ref::tri::unknown;
    if (a.band == 0) a.band = b.band;
  }
  return e;
}

std::string describe(const seen& s) {
  std::ostringstream o;
  o << "eccn " << static_cast<int>(s.p) << " license " << static_cast<int>(s.a.license) << " review "
    << static_cast<int>(s.a.rev) << " zone " << static_cast<int>(s.a.zone) << " band " << s.a.band << "/"
    << static_cast<int>(s.a.in_band) << " exceptions";
  for (const ref::exception x : s.a.exceptions) o << (x == ref::exception::nac ? " NAC" : " ACA");
  o << " measures";
  for (const ref::verdict& v : s.a.measures) o << ' ' << v.key << '=' << static_cast<int>(v.applies);
  return o.str();
}

bool same(const seen& x, const seen& y) {
  return x.p == y.p && x.a.license == y.a.license && x.a.rev == y.a.rev && x.a.exceptions == y.a.exceptions &&
         x.a.zone == y.a.zone && x.a.band == y.a.band && x.a.in_band == y.a.in_band && x.a.measures == y.a.measures;
}

struct tally {
  long cases = 0, required = 0, undecided = 0, exceptions = 0, zone = 0, tf32 = 0, listed = 0, authorized = 0;
};

// One shipment; false (with the case printed) on a disagreement.
bool check(const as::accelerator& chip, std::string_view to, int date, const property::random_options& o, tally& t) {
  const ref::shipment s{
      to, date, o.hq, o.options.export_from_us, property::tri_of(o.options.us_available), o.options.end_user};
  const pol::assessment x = pol::assess(chip, pol::require_destination(to), property::ymd(date), o.options);
  const seen got = observe(x);
  const seen want = expect(chip, s);
  ++t.cases;
  t.required += got.a.license == ref::tri::yes ? 1 : 0;
  t.undecided += got.a.license == ref::tri::unknown || got.a.rev == ref::review::undecided ? 1 : 0;
  t.exceptions += got.a.exceptions.empty() ? 0 : 1;
  t.zone += got.a.zone == ref::tri::yes ? 1 : 0;
  t.tf32 += x.tf32_readings.empty() ? 0 : 1;
  for (const ref::verdict& v : got.a.measures) {
    t.listed += v.key.starts_with("entity-list-") ? 1 : 0;
    t.authorized += v.key.starts_with("uae-") && v.applies == ref::tri::yes ? 1 : 0;
  }
  if (same(got, want)) return true;
  UNSCOPED_INFO(
      "chip '" << chip.name << "' market " << static_cast<int>(chip.market) << " tpp " << (x.tpp ? x.tpp->count() : -1)
               << " dram " << (x.total_dram_bandwidth ? x.total_dram_bandwidth->count() : -1) << " io "
               << (chip.io_bandwidth ? chip.io_bandwidth->count() : -1) << " to " << to << " on " << date << " hq "
               << (o.hq ? *o.hq : "-") << " from_us " << o.options.export_from_us << " us_available "
               << static_cast<int>(o.options.us_available) << " end user '" << o.options.end_user << "'");
  UNSCOPED_INFO("library:   " << describe(got));
  UNSCOPED_INFO("reference: " << describe(want));
  return false;
}

}  // namespace

TEST_CASE("assess() agrees with the reference on random shipments of random specs and catalog chips") {
  const long n = property::env_count("ACCELSPEC_PROPERTY_CASES", 100'000);
  rng r(property::seed());
  tally t;
  long failures = 0;
  for (long i = 0; i < n && failures < 5; ++i) {
    property::random_options o = property::make_options(r);
    const std::string_view to = r.pick(property::destinations);
    // The UAE rule's end users, where it matters.
    if (to == "AE" && r.chance(50))
      o.options.end_user = r.chance(50) ? "G42" : "Government of the United Arab Emirates";
    const int date = property::random_date(r);
    bool ok = true;
    if (r.chance(30)) {
      const as::catalog::entry& e = *r.pick(as::catalog::all);
      property::random_options oe = o;
      if (oe.options.us_available == as::truth::unknown) oe.options.us_available = e.us_available;
      ok = check(e.chip(), to, date, oe, t);
    } else {
      const property::random_chip c = property::make_chip(r);
      ok = check(c.chip, to, date, o, t);
    }
    if (!ok) ++failures;
  }
  CHECK(failures == 0);
  // The sample reaches every kind of answer (so the comparison is not vacuous).
  INFO("cases " << t.cases << " required " << t.required << " undecided " << t.undecided << " exceptions "
                << t.exceptions << " zone " << t.zone << " tf32 " << t.tf32 << " listed " << t.listed << " authorized "
                << t.authorized);
  CHECK(t.cases == n);
  if (n >= 10'000) {
    CHECK(t.required > n / 10);
    CHECK(t.undecided > n / 100);
    CHECK(t.exceptions > n / 200);
    CHECK(t.zone > n / 500);
    CHECK(t.tf32 > n / 500);
    CHECK(t.listed > n / 100);
    CHECK(t.authorized > n / 5000);
  }
}
