// One processing unit's rate in one format, stated twice: datasheets print a dense figure and a
// "with sparsity" figure (2:4 structured sparsity doubles the headline) for the same hardware. The
// two are statements about one rate, not two units: counting both would double the unit's TPP (the
// H20's FP8 296 dense / 592 sparse is TPP 2,368, not 4,736).
//
// The rule, in one place for the library, the CLI's --dense/--sparse and the CSV readers:
// - consistent (sparse headline = ratio x dense, exactly): one rate, the dense figure;
// - inconsistent: an error naming both figures; figures that belong to different units must say
//   so (a separate `unit` in C++, `@N` on the command line).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "../maybe.hpp"

#include "../detail/error.hpp"
#include "../detail/overflow.hpp"
#include "../units/quantity.hpp"
#include "accelerator.hpp"
#include "number_format.hpp"

namespace accelspec {

// The dense rate that a sparse headline states for the same unit, or nullopt when the headline is
// not exactly `s` times some dense rate of whole 10^6 op/s.
constexpr maybe<dense_rate> dense_stated_by(sparse_rate headline, sparsity s = sparsity::structured_2_4) {
  if (s.sparse_parts <= 0 || s.dense_parts <= 0 || s.dense_parts > s.sparse_parts) return std::nullopt;
  const std::int64_t scaled = detail::checked_mul(headline.count(), s.dense_parts);
  if (scaled % s.sparse_parts != 0) return std::nullopt;
  return dense_rate::from_count(scaled / s.sparse_parts);
}

// Whether a dense figure and a sparse headline of one format and unit state the same rate.
constexpr bool same_rate(dense_rate dense_figure, sparse_rate headline, sparsity s = sparsity::structured_2_4) {
  const maybe<dense_rate> d = dense_stated_by(headline, s);
  return d && *d == dense_figure;
}

// The one rate of a unit given both figures: the dense figure when the two agree; an error naming
// both when they do not (a constant evaluation stops at the check, run time throws invalid_spec).
constexpr dense_rate one_rate(dense_rate dense_figure, sparse_rate headline, sparsity s = sparsity::structured_2_4) {
  if (!same_rate(dense_figure, headline, s)) {
    // The message stays on the line of the macro: a failed constant evaluation prints that line.
    // clang-format off
    ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec: the dense and the sparse figure of one format and unit disagree (give separate units if they are two)");
    // clang-format on
  }
  return dense_figure;
}

// The compute entry of a unit whose datasheet prints both figures:
//   dense_and_sparse(fp8, 296_tflops, 592_sparse_tflops)  ->  dense(fp8, 296_tflops)
constexpr compute_rate dense_and_sparse(number_format f, dense_rate dense_figure, sparse_rate headline,
                                        std::string_view unit = {}, sparsity s = sparsity::structured_2_4) {
  return compute_rate{f, one_rate(dense_figure, headline, s), unit};
}

}  // namespace accelspec
