// The figures public sources printed about catalog chips, reproduced from the catalog's own
// rates and dies in constant expressions. Each check compares with the printed figure within
// its printed rounding, never a hand-typed result.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

#include <utility>

#include "catch.hpp"

using namespace accelspec::literals;
using namespace std::chrono_literals;
namespace as = accelspec;
namespace cat = accelspec::catalog;

namespace {
constexpr bool claim_holds(const cat::entry& e, cat::claim_kind k) {
  bool any = false;
  for (const cat::published_claim& c : e.claims) {
    if (c.kind != k) continue;
    any = true;
    if (!cat::reproduces(e, c)) return false;
  }
  return any;
}
}  // namespace

TEST_CASE("H20: TPP 2,368 and density 2.9, outside 3A090", "[catalog][claims][static]") {
  STATIC_REQUIRE(as::tpp(cat::nvidia::h20) == 2368);
  STATIC_REQUIRE(claim_holds(cat::nvidia::h20_entry, cat::claim_kind::tpp));
  STATIC_REQUIRE(claim_holds(cat::nvidia::h20_entry, cat::claim_kind::performance_density));
  STATIC_REQUIRE(claim_holds(cat::nvidia::h20_entry, cat::claim_kind::eccn));
  // 2.9 printed to one decimal: 2368 / 814 = 2.909...
  STATIC_REQUIRE(*as::performance_density(cat::nvidia::h20) > as::rational::from_decimal(285, 2));
  STATIC_REQUIRE(*as::performance_density(cat::nvidia::h20) < as::rational::from_decimal(295, 2));
}

TEST_CASE("H100 SXM: density 19.4", "[catalog][claims][static]") {
  STATIC_REQUIRE(claim_holds(cat::nvidia::h100_sxm_entry, cat::claim_kind::performance_density));
  STATIC_REQUIRE(as::tpp(cat::nvidia::h100_sxm) == 15831.2_tpp);
}

TEST_CASE("RTX 4090: TPP 5,285; RTX 4090D: TPP 4,707 and outside 3A090 by the note", "[catalog][claims][static]") {
  STATIC_REQUIRE(claim_holds(cat::nvidia::rtx_4090_entry, cat::claim_kind::tpp));
  STATIC_REQUIRE(claim_holds(cat::nvidia::rtx_4090_entry, cat::claim_kind::eccn));
  STATIC_REQUIRE(claim_holds(cat::nvidia::rtx_4090d_entry, cat::claim_kind::tpp));
  STATIC_REQUIRE(claim_holds(cat::nvidia::rtx_4090d_entry, cat::claim_kind::eccn));
  STATIC_REQUIRE(as::classify(cat::nvidia::rtx_4090).nac_aca);
  STATIC_REQUIRE(as::classify(cat::nvidia::rtx_4090d).non_datacenter_note == as::truth::yes);
}

TEST_CASE("L4: density 6.6, controlled through 3A090.a.2", "[catalog][claims][static]") {
  STATIC_REQUIRE(claim_holds(cat::nvidia::l4_entry, cat::claim_kind::performance_density));
  STATIC_REQUIRE(claim_holds(cat::nvidia::l4_entry, cat::claim_kind::eccn));
  STATIC_REQUIRE(as::classify(cat::nvidia::l4).clauses.contains(as::clause::a_2));
  STATIC_REQUIRE(!as::classify(cat::nvidia::l4).clauses.contains(as::clause::a_1));
}

TEST_CASE("A100: TPP 4,992; A800 passes the 2022 I/O prong but not the 2023 text", "[catalog][claims][static]") {
  STATIC_REQUIRE(as::tpp(cat::nvidia::a100_sxm) == 4992);
  // No TPP claim: the article once cited for "4,992" does not print it (audit of 2026-12).
  STATIC_REQUIRE(claim_holds(cat::nvidia::a100_sxm_entry, cat::claim_kind::eccn));
  STATIC_REQUIRE(claim_holds(cat::nvidia::a800_sxm_entry, cat::claim_kind::eccn));
  STATIC_REQUIRE(as::classify(cat::nvidia::a800_sxm, as::rules::eccn_3a090_2022).eccn == as::eccn::none);
  STATIC_REQUIRE(as::classify(cat::nvidia::a100_sxm, as::rules::eccn_3a090_2022).eccn == as::eccn::a);
}

TEST_CASE("H200 and MI325X: within the January 2026 review parameters that name them", "[catalog][claims][static]") {
  STATIC_REQUIRE(claim_holds(cat::nvidia::h200_sxm_entry, cat::claim_kind::china_review_2026));
  STATIC_REQUIRE(claim_holds(cat::amd::mi325x_entry, cat::claim_kind::china_review_2026));
  STATIC_REQUIRE(claim_holds(cat::nvidia::h200_sxm_entry, cat::claim_kind::tpp));
  STATIC_REQUIRE(claim_holds(cat::amd::mi325x_entry, cat::claim_kind::tpp));
  // Both are still 3A090.a on that date: the 2026 rule changed license review, not the ECCN.
  STATIC_REQUIRE(as::classify(cat::nvidia::h200_sxm, 2026y / 1 / 15).eccn == as::eccn::a);
  STATIC_REQUIRE(as::classify(cat::amd::mi325x, 2026y / 1 / 15).eccn == as::eccn::a);
  // The parameters bite: the B200 (TPP 36,000, 7.7 TB/s) is outside them.
  STATIC_REQUIRE(!cat::within_china_review_2026(cat::nvidia::b200));
}

TEST_CASE("MI325X: AMD's dense rates give TPP 20,919 within one unit", "[catalog][claims][static]") {
  // FP16 1,307.4 x 16 = 20,918.4 and OCP-FP8 2,614.9 x 8 = 20,919.2: the claim's tolerance is 1.
  const cat::published_claim& amd = cat::amd::mi325x_entry.claims[0];
  STATIC_REQUIRE(amd.kind == cat::claim_kind::tpp);
  STATIC_REQUIRE(amd.source == "amd-mi325x-page");
  STATIC_REQUIRE(amd.tolerance == as::rational{1});
  STATIC_REQUIRE(cat::reproduces(cat::amd::mi325x_entry, amd));
  // Two units off and the claim fails: the tolerance is tight.
  STATIC_REQUIRE(!cat::reproduces(cat::amd::mi325x_entry, cat::tpp_claim(20917, 1, amd.source, amd.printed)));
  STATIC_REQUIRE(!cat::reproduces(cat::amd::mi325x_entry, cat::tpp_claim(20921, 1, amd.source, amd.printed)));
}

TEST_CASE("MI355X: MXFP6 at the MXFP4 rate sets the TPP; 910C 16-bit rates from one source",
          "[catalog][claims][static]") {
  // CDNA 4 runs MXFP6 at the MXFP4 rate: 10,066.3 x 6 = 60,397.8 (not 40,265.6 from FP8/FP16).
  STATIC_REQUIRE(*as::tpp(cat::amd::mi355x) == 60397.8_tpp);
  STATIC_REQUIRE(as::tpp_details(cat::amd::mi355x).bits == 6);
  // Ascend 910C: 752 TFLOPS dense at FP16 and BF16, both from the CloudMatrix384 paper.
  STATIC_REQUIRE(*as::tpp(cat::huawei::ascend_910c) == 12032_tpp);
}

// One constant evaluation per entry (clang bounds the steps of each evaluation).
template <std::size_t... I>
constexpr bool all_claims_hold(std::index_sequence<I...>) {
  return (std::bool_constant<cat::reproduces_all_claims(*cat::all[I])>::value && ...);
}

TEST_CASE("every claim of every entry is reproduced", "[catalog][claims][static]") {
  STATIC_REQUIRE(all_claims_hold(std::make_index_sequence<cat::all.size()>{}));
}
