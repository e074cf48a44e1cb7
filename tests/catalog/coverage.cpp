// What the December 2026 catalog promises: its size, the dies' process nodes, the short names
// people type, products known by name only (their notices apply, their classification stays
// undecided), the TF32 ambiguity of Trainium3 carried into policy, and the audit's corrections.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/catalog/assess.hpp>  // catalog::assess, catalog::timeline
#include <accelspec/policy.hpp>

#include "catch.hpp"

using namespace accelspec::literals;
using namespace std::chrono_literals;
namespace as = accelspec;
namespace cat = accelspec::catalog;
namespace pol = accelspec::policy;

namespace {

constexpr bool has_process(const cat::entry& e) {
  for (const as::die& d : e.chip().dies) {
    if (!d.process.empty() && !d.foundry.empty()) return true;
  }
  return false;
}

constexpr std::size_t with_process() {
  std::size_t n = 0;
  for (const cat::entry* e : cat::all) n += has_process(*e) ? 1U : 0U;
  return n;
}

constexpr bool every_entry_sourced() {
  for (const cat::entry* e : cat::all) {
    if (e->sources.empty()) return false;
  }
  return true;
}

constexpr pol::destination cn = pol::require_destination("CN");

}  // namespace

TEST_CASE("the catalog has at least 68 entries, each sourced, 80 % with the dies' process node", "[catalog][static]") {
  STATIC_REQUIRE(cat::all.size() >= 68);
  STATIC_REQUIRE(every_entry_sourced());
  // At least 80 %: 5 x count >= 4 x size, in integers.
  STATIC_REQUIRE(5 * with_process() >= 4 * cat::all.size());
  STATIC_REQUIRE(has_process(cat::nvidia::h100_sxm_entry));
  STATIC_REQUIRE(cat::nvidia::dies::gh100.foundry == "TSMC" && cat::nvidia::dies::gh100.process == "4N");
}

TEST_CASE("the parts added in December 2026 are found by the short names people type", "[catalog][static]") {
  constexpr const char* names[] = {"mi350x",      "ironwood", "tpu7x",     "trainium3", "maia-100",
                                   "maia-200",    "mtia-v1",  "mtia-v2",   "groq-lpu",  "br100",
                                   "s4000",       "sn40l",    "a800-pcie", "h800-pcie", "trainium1",
                                   "inferentia2", "mi308",    "b30a",      "910d",      "rtx-pro-6000-workstation"};
  for (const char* n : names) {
    INFO(n);
    CHECK(cat::find(n) != nullptr);
  }
  STATIC_REQUIRE(cat::find("ironwood") == cat::find("tpu7x"));
  STATIC_REQUIRE(cat::find("MI308") == &cat::amd::mi308x_entry);
}

TEST_CASE("a product known by name only: the notice naming it applies, the classification is undecided",
          "[catalog][static]") {
  constexpr const cat::entry& mi308 = cat::amd::mi308x_entry;
  STATIC_REQUIRE(mi308.level == cat::detail_level::name_only);
  STATIC_REQUIRE(mi308.chip().compute.empty());
  STATIC_REQUIRE(!as::tpp(mi308.chip()));
  STATIC_REQUIRE(as::classify(mi308.chip(), 2025y / 6 / 1).eccn == as::eccn::undecided);
  // AMD's April 2025 letter: license required to China from its date, whatever the rates.
  constexpr pol::assessment after = cat::assess(mi308, cn, 2025y / 6 / 1);
  STATIC_REQUIRE(after.license_required == as::truth::yes);
  STATIC_REQUIRE(after.has_measure("mi308-notice-2025"));
  STATIC_REQUIRE(cat::assess(mi308, cn, 2025y / 4 / 15).has_measure("mi308-notice-2025"));
  // The day before, nothing names it and nothing else decides: undecided, not "no".
  constexpr pol::assessment before = cat::assess(mi308, cn, 2025y / 4 / 14);
  STATIC_REQUIRE(!before.has_measure("mi308-notice-2025"));
  STATIC_REQUIRE(before.license_required == as::truth::unknown);
  // Another vendor's name-only part is not reached by AMD's letter.
  STATIC_REQUIRE(!cat::assess(cat::nvidia::b30a_entry, cn, 2025y / 9 / 1).has_measure("mi308-notice-2025"));
}

TEST_CASE("Trainium3: TF32 puts the TPP on either side of 21,000; the 2026 answer for China carries both",
          "[catalog][static]") {
  STATIC_REQUIRE(*as::tpp(cat::aws::trainium3) == 21472_tpp);  // 671 x 32
  STATIC_REQUIRE(*as::tpp(cat::aws::trainium3, {.tf32 = as::tf32_reading::significant_19}) ==
                 20136_tpp);  // MXFP8 2,517 x 8
  constexpr pol::assessment a =
      cat::assess(cat::aws::trainium3_entry, cn, 2026y / 2 / 1, {.us_available = as::truth::yes});
  STATIC_REQUIRE(a.review == pol::review_policy::undecided);
  STATIC_REQUIRE(a.tf32_readings.size() == 2);
  STATIC_REQUIRE(a.tf32_readings[0].review == pol::review_policy::presumption_of_denial);
  STATIC_REQUIRE(a.tf32_readings[1].review == pol::review_policy::case_by_case);
}

TEST_CASE("the audit's corrections hold", "[catalog][static]") {
  // TPU v4: 32 GiB = 34.36 GB; v5p: 95 GiB = 102.0 GB and 1,200 GB/s bidirectional ICI.
  STATIC_REQUIRE(*cat::google::tpu_v4.memory.capacity == 32_GiB);
  STATIC_REQUIRE((cat::google::tpu_v4.memory.capacity->count() + 5'000'000) / 10'000'000 == 3436);
  STATIC_REQUIRE(*cat::google::tpu_v5p.memory.capacity == 95_GiB);
  STATIC_REQUIRE((cat::google::tpu_v5p.memory.capacity->count() + 50'000'000) / 100'000'000 == 1020);
  STATIC_REQUIRE(*cat::google::tpu_v5p.io_bandwidth == 1200_GBps);
  STATIC_REQUIRE(*cat::google::tpu_v5p.links.scale_up.bidirectional() == 1200_GBps);
  // v5e INT8 393 (BF16 197 x 16 = 3,152 still sets the TPP).
  STATIC_REQUIRE(cat::google::tpu_v5e.compute[1].rate == 393_tops);
  STATIC_REQUIRE(*as::tpp(cat::google::tpu_v5e) == 3152_tpp);
  // B300: NVIDIA's 13,500 used, the 14,000 of another source recorded.
  STATIC_REQUIRE(*as::tpp(cat::nvidia::b300) == 54000_tpp);
  STATIC_REQUIRE(cat::nvidia::b300_entry.conflicts[0].format == as::fp4);
  STATIC_REQUIRE(cat::nvidia::b300_entry.conflicts[0].other_source == "verda-gb300");
  // B200 and B300 TF32: 18 PFLOPS with sparsity per eight GPUs = 1,125 dense.
  STATIC_REQUIRE(cat::nvidia::b200.compute[1].rate == 1125_tflops);
  // The 910B's bins and the 910C's 800 TFLOPS are on record as conflicts.
  STATIC_REQUIRE(cat::huawei::ascend_910b_entry.conflicts.size() == 1);
  STATIC_REQUIRE(cat::huawei::ascend_910c_entry.conflicts.size() == 1);
}

TEST_CASE("estimates say how they were obtained", "[catalog][static]") {
  // The MI350X's rates are the MI355X's scaled by the clock: an estimate, with its method.
  constexpr const cat::provenance& p = cat::amd::mi350x_entry.sources[0];
  STATIC_REQUIRE(p.field == cat::field::compute);
  STATIC_REQUIRE(p.kind == cat::value_kind::estimate);
  STATIC_REQUIRE(!p.note.empty());
  // 2,516.6 x 2.2 / 2.4 = 2,306.88: within 0.05 of the recorded 2,306.9.
  STATIC_REQUIRE(cat::amd::mi350x.compute[1].rate * 24 - cat::amd::mi355x.compute[1].rate * 22 < 1.2_tflops);
}
