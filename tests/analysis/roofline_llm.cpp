// Roofline and LLM bounds: exact values at compile time, the ridge as the switch point, bad input.
#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>

#include "catch.hpp"

namespace as = accelspec;
using namespace as::literals;

namespace {

constexpr as::rational r(std::int64_t n, std::int64_t d = 1) { return as::rational{n, d}; }

// Ridge point: H100 SXM BF16 989.4 TOPS over 3.35 TB/s = 295.34... op/byte, exactly 9894/33.5.
static_assert(as::ridge_point(989.4_tflops, 3.35_TBps) == r(989'400'000'000'000, 3'350'000'000'000));
static_assert(*as::ridge_point(as::catalog::nvidia::h200_sxm, as::bf16) == r(989'400, 4'800));
static_assert(!as::ridge_point(as::catalog::nvidia::h100_sxm, as::fp4).has_value());  // no FP4 rate

// The roofline: memory bound below the ridge, compute bound at and above it.
constexpr as::rational ridge = as::ridge_point(1000_tops, 4_TBps);  // 250 op/B
static_assert(ridge == r(250));
static_assert(as::attainable(1000_tops, 4_TBps, r(249)).memory_bound);
static_assert(as::attainable(1000_tops, 4_TBps, r(249)).teraops == r(996));
static_assert(!as::attainable(1000_tops, 4_TBps, ridge).memory_bound);
static_assert(as::attainable(1000_tops, 4_TBps, ridge).teraops == r(1000));
static_assert(as::attainable(1000_tops, 4_TBps, r(1, 2)).teraops == r(2));

// Weights: 70B at FP8 is 70 GB, at BF16 140 GB, at FP4 35 GB; odd counts round up to a byte.
static_assert(as::weight_memory(70'000'000'000, as::fp8) == 70_GB);
static_assert(as::weight_memory(70'000'000'000, as::bf16) == 140_GB);
static_assert(as::weight_memory(70'000'000'000, as::fp4) == 35_GB);
static_assert(as::weight_memory(3, as::fp4).count() == 2);
static_assert(as::weight_memory(3, as::fp6).count() == 3);  // 18 bits
static_assert(as::fits_in(140_GB, 141_GB) && !as::fits_in(140_GB, 80_GB) && as::fits_in(80_GB, 80_GB));
static_assert(as::accelerators_to_hold(140_GB, 80_GB) == 2 && as::accelerators_to_hold(160_GB, 80_GB) == 2 &&
              as::accelerators_to_hold(160'000'000'001 * as::data_size::from_count(1), 80_GB) == 3);

// Decode and prefill.
static_assert(as::decode_tokens_per_second(4.8_TBps, 140_GB) == r(240, 7));  // 34.28...
static_assert(as::decode_tokens_per_second(3.35_TBps, 70_GB) == r(335, 7));  // 47.85...
static_assert(as::prefill_tokens_per_second(989.4_tflops, 70'000'000'000) == r(989'400'000, 140'000));
static_assert(as::decode_intensity(70'000'000'000, as::fp8) == r(2) && as::decode_intensity(7, as::bf16) == r(1));

// Bounds for a chip: unknown figures stay unknown.
constexpr as::accelerator bare{.name = "compute only", .compute = {as::dense(as::fp8, 100_tflops)}};
constexpr as::llm_bounds b = as::llm_inference_bounds(bare, 1'000'000'000, as::fp8);
static_assert(!b.capacity && !b.fits && !b.decode_tokens_per_second && !b.ridge_point);
static_assert(*b.prefill_tokens_per_second == r(50'000));
// The KV cache or other bytes read per token lower the decode bound.
static_assert(*as::llm_inference_bounds(as::catalog::nvidia::h200_sxm, 70'000'000'000, as::fp8, 10_GB)
                   .decode_tokens_per_second == r(60));

}  // namespace

TEST_CASE("roofline and LLM bounds reject bad input", "[analysis]") {
  CHECK_THROWS_AS(as::weight_memory(0, as::fp8), as::error);
  CHECK_THROWS_AS(as::ridge_point(as::dense_rate{}, 1_TBps), as::error);
  CHECK_THROWS_AS(as::attainable(1_tops, 1_TBps, r(0)), as::error);
  CHECK_THROWS_AS(as::decode_tokens_per_second(1_TBps, as::data_size{}), as::error);
  CHECK_THROWS_AS(as::prefill_tokens_per_second(1_tops, -1), as::error);
  CHECK_THROWS_AS(as::accelerators_to_hold(1_GB, as::data_size{}), as::error);
  // 10^19 bits does not fit an int64: an error, not a wrapped value.
  CHECK_THROWS_AS(as::weight_memory(2'000'000'000'000'000'000, as::fp64), as::error);
}
