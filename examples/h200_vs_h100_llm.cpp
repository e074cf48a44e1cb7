// H200 vs H100 for LLM inference: what 141 GB and 4.8 TB/s buy a 70-billion-parameter model.
//
// Both are the same GH100 die with the same dense peaks; the H200 has more and faster memory
// (HBM3e, 141 GB at 4.8 TB/s against HBM3, 80 GB at 3.35 TB/s). The bounds (analysis/llm.hpp):
//   weights            P x bits / 8 bytes: 70 GB at FP8, 140 GB at BF16
//   fits one GPU       weights <= memory capacity
//   batch-1 decode     tokens/s <= bandwidth / weight bytes (every weight read once per token)
//   prefill            tokens/s <= dense peak / (2 P)
// Decode of one sequence does 2 operations per weight byte at FP8 (1 at BF16), hundreds of times
// below the ridge point, so it is bandwidth bound and the H200 is 4.8 / 3.35 = 1.43x faster;
// prefill is compute bound and the two are equal.
#include <cstdint>
#include <iostream>

#include <accelspec/accelspec.hpp>
#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>

namespace as = accelspec;
using namespace as::literals;

namespace {

constexpr std::int64_t llama_70b = 70'000'000'000;
constexpr const as::accelerator& h100 = as::catalog::nvidia::h100_sxm;
constexpr const as::accelerator& h200 = as::catalog::nvidia::h200_sxm;

constexpr as::llm_bounds h100_bf16 = as::llm_inference_bounds(h100, llama_70b, as::bf16);
constexpr as::llm_bounds h200_bf16 = as::llm_inference_bounds(h200, llama_70b, as::bf16);
static_assert(h100_bf16.weights == 140_GB && !*h100_bf16.fits && *h200_bf16.fits);  // 140 GB <= 141 GB
static_assert(*h200_bf16.decode_tokens_per_second / *h100_bf16.decode_tokens_per_second == as::rational{96, 67});
static_assert(*h200_bf16.prefill_tokens_per_second == *h100_bf16.prefill_tokens_per_second);

void row(const char* name, const as::llm_bounds& b) {
  std::cout << "  " << name << ": weights " << as::io::pretty(b.weights) << " in " << as::io::pretty(*b.capacity)
            << " -> " << (*b.fits ? "fits on one GPU" : "does not fit") << " (" << *b.accelerators_needed << " GPU"
            << (*b.accelerators_needed > 1 ? "s" : "")
            << " for the weights); decode <= " << as::io::pretty(*b.decode_tokens_per_second, 1)
            << " tokens/s; prefill <= " << as::io::pretty(*b.prefill_tokens_per_second, 0) << " tokens/s; ridge "
            << as::io::pretty(*b.ridge_point, 1) << " op/B vs decode " << as::io::pretty(b.decode_intensity, 1)
            << " op/B\n";
}

}  // namespace

int main() {
  std::cout << "70B-parameter dense model, batch-1 upper bounds\n";
  for (const as::number_format f : {as::fp8, as::bf16}) {
    std::cout << as::key(f) << ":\n";
    row("H100 SXM", as::llm_inference_bounds(h100, llama_70b, f));
    row("H200 SXM", as::llm_inference_bounds(h200, llama_70b, f));
  }
  const as::rational speedup = *h200_bf16.decode_tokens_per_second / *h100_bf16.decode_tokens_per_second;
  std::cout << "H200/H100 decode bound: " << as::io::pretty(speedup, 3) << "x (4.8 / 3.35 TB/s); prefill bound: 1x\n";
  // The roofline at BF16: where each GPU stops being memory bound.
  const as::roofline_point p = as::attainable(*as::peak_dense_rate(h200, as::bf16), 4.8_TBps, as::rational{1});
  std::cout << "H200 BF16 at 1 op/B: " << as::io::pretty(p.teraops, 1) << " TOPS of "
            << as::io::pretty(*as::peak_dense_rate(h200, as::bf16)) << " attainable ("
            << (p.memory_bound ? "memory bound" : "compute bound") << ")\n";
}
