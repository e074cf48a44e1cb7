// Total processing performance (TPP), Technical Note to 3A090.a and .b:
//   TPP = 2 x MacTOPS x bit length of the operation, aggregated over all processing units;
//   with several bit lengths, the highest TPP counts; dense rates only.
// Datasheet TOPS already equal 2 x MacTOPS (note b), so TPP = dense TOPS x bit length.
// The value type is in tpp_value.hpp; the arithmetic is the one pass of measure.hpp.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstddef>
#include "../maybe.hpp"

#include "../detail/fixed_list.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/number_format.hpp"
#include "measure.hpp"
#include "tpp_value.hpp"

namespace accelspec {

struct tpp_options {
  tf32_reading tf32 = tf32_reading::container_32;
};

// The aggregate at one bit length.
struct tpp_at_bit_length {
  int bits = 0;
  tpp_value value;
};

// How a TPP was reached: the aggregate at every bit length the chip supports, and the winner.
struct tpp_breakdown {
  detail::fixed_list<tpp_at_bit_length, 16> by_bit_length;  // ascending bit length
  maybe<tpp_value> total;                                   // nullopt: no compute rate known
  int bits = 0;                                             // bit length of the highest TPP
};

// Every bit length's aggregate (each processing unit contributes its best rate at that bit
// length: formats of one unit with the same bit length are alternative modes, not simultaneous
// work), ascending; the highest wins, the shorter bit length on a tie.
constexpr tpp_breakdown tpp_details(const accelerator& chip, tpp_options options = {}) {
  const detail::spec_measure m = detail::measure_spec(chip, options.tf32);
  tpp_breakdown out;
  for (std::size_t s = 0; s < detail::bit_slot_count; ++s) {
    if ((m.slots_present >> s & 1u) != 0) {
      out.by_bit_length.push_back({detail::slot_bits[s], tpp_value::from_count(m.tpp_by_slot[s])});
    }
  }
  out.total = m.tpp;
  out.bits = m.tpp_bits;
  return out;
}

// The chip's TPP; nullopt when no compute rate is known (unknown is never zero).
constexpr maybe<tpp_value> tpp(const accelerator& chip, tpp_options options = {}) {
  return detail::measure_spec(chip, options.tf32).tpp;
}

}  // namespace accelspec
