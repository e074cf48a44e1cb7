// First-order bounds for running a large language model on one accelerator, exact.
//
// A dense transformer with P parameters does about 2P operations per token (one multiply-
// accumulate per weight; Kaplan et al., "Scaling Laws for Neural Language Models", 2020, sec. 2.1)
// and, generating one token at a time for one sequence (batch-1 decode), must read every weight
// once per token. So:
//   weight memory      W = P x (bits per weight) / 8 bytes (rounded up to a whole byte)
//   fits               W <= memory capacity
//   decode (batch 1)   tokens/s <= memory bandwidth / (W + other bytes read per token)
//   prefill            tokens/s <= dense peak rate / (2 P)
// These are upper bounds: attention over the KV cache, activations, kernel efficiency and
// communication only lower them. The decode bound has arithmetic intensity 2P / W (2 op/byte at
// 8 bits, 1 at 16), far below any accelerator's ridge point, which is why bandwidth, not peak
// compute, sets the speed of single-stream generation.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <optional>

#include "../metrics/bandwidth.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/number_format.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "roofline.hpp"

namespace accelspec {

// Bytes to hold P weights stored in a format (its storage width; TF32 is stored in 32 bits).
constexpr data_size weight_memory(std::int64_t parameters, number_format f) {
  if (parameters <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: a model needs a positive parameter count");
  const std::int64_t bits = detail::checked_mul(parameters, info(f).bits);
  return data_size::from_count(bits / 8 + (bits % 8 != 0 ? 1 : 0));
}

// Whether weights fit one accelerator's memory.
constexpr bool fits_in(data_size need, data_size capacity) noexcept { return need <= capacity; }

// The fewest accelerators whose memories together hold the weights (weights only, evenly split).
constexpr std::int64_t accelerators_to_hold(data_size need, data_size capacity) {
  if (capacity.count() <= 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: memory capacity must be positive");
  return (need / capacity).ceil();
}

// Upper bound on batch-1 decode tokens per second: bandwidth / bytes read per token.
constexpr rational decode_tokens_per_second(data_rate bandwidth, data_size bytes_per_token) {
  if (bandwidth.count() <= 0 || bytes_per_token.count() <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: decode bound needs a positive bandwidth and bytes per token");
  }
  return rational{bandwidth.count(), bytes_per_token.count()};
}

// Upper bound on prefill tokens per second: dense peak / (2 P) operations per token.
constexpr rational prefill_tokens_per_second(dense_rate peak, std::int64_t parameters) {
  if (peak.count() <= 0 || parameters <= 0) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: prefill bound needs a positive rate and parameter count");
  }
  return rational{peak.count(), detail::checked_mul(parameters, 2)} * rational{dense_rate::kind::per_display};
}

// Arithmetic intensity of batch-1 decode: 2P operations over W bytes.
constexpr rational decode_intensity(std::int64_t parameters, number_format f) {
  return rational{detail::checked_mul(parameters, 2), weight_memory(parameters, f).count()};
}

// All of the above for one chip, one model size and one format (weights and compute in the same
// format, as FP8 or BF16 inference runs). Unknown chip figures give nullopt, never zero.
struct llm_bounds {
  std::int64_t parameters = 0;
  number_format format{};
  data_size weights{};
  std::optional<data_size> capacity{};
  std::optional<bool> fits{};
  std::optional<std::int64_t> accelerators_needed{};
  std::optional<rational> decode_tokens_per_second{};   // batch 1, weights read once per token
  std::optional<rational> prefill_tokens_per_second{};  // at the dense peak of `format`
  rational decode_intensity{};                          // op/byte of batch-1 decode
  std::optional<rational> ridge_point{};                // op/byte where the chip turns compute bound
};

constexpr llm_bounds llm_inference_bounds(const accelerator& chip, std::int64_t parameters, number_format f,
                                          data_size extra_bytes_per_token = {}) {
  llm_bounds b{.parameters = parameters, .format = f, .weights = weight_memory(parameters, f)};
  b.capacity = memory_capacity(chip);
  if (b.capacity) {
    b.fits = fits_in(b.weights, *b.capacity);
    b.accelerators_needed = accelerators_to_hold(b.weights, *b.capacity);
  }
  if (const std::optional<data_rate> bw = memory_bandwidth(chip)) {
    b.decode_tokens_per_second = accelspec::decode_tokens_per_second(*bw, b.weights + extra_bytes_per_token);
  }
  if (const std::optional<dense_rate> peak = peak_dense_rate(chip, f)) {
    b.prefill_tokens_per_second = accelspec::prefill_tokens_per_second(*peak, parameters);
  }
  b.decode_intensity = accelspec::decode_intensity(parameters, f);
  b.ridge_point = accelspec::ridge_point(chip, f);
  return b;
}

}  // namespace accelspec
