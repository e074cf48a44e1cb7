// checked_accelerator: a spec validated and measured once, for code that classifies the same chip
// many times (under several rules, dates or TF32 readings) or in a constant evaluation that must
// stay within the compiler's step limit.
//
// classify(chip, ...) and eccn_of(chip, ...) run the one pass of metrics/measure.hpp on every call:
// it validates the spec and measures its TPP and applicable die area, and it is about half of a
// classification's work (and of its constant-evaluation steps). A checked_accelerator runs that pass
// once, when it is built, under both readings of TF32, and keeps what the rules read; classify()
// and eccn_of() on it (rules/classify.hpp, rules/eccn_of.hpp) start from that measurement and give
// the same answers as on the spec itself. Every catalog entry holds one (catalog::entry::checked()),
// built when the entry is defined.
//
// It refers to the spec, as std::string_view refers to its characters: the spec must outlive it.
// Built from a temporary it would dangle, so that constructor is deleted.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "../maybe.hpp"

#include "../spec/accelerator.hpp"
#include "../spec/number_format.hpp"
#include "../units/quantity.hpp"
#include "density.hpp"
#include "measure.hpp"
#include "tpp_value.hpp"

namespace accelspec {

class checked_accelerator {
 public:
  // Validates and measures the spec: fails as classify() does on an invalid spec (a compile error
  // in a constant expression, accelspec::error at run time), and on a TPP too large to hold
  // exactly under either reading of TF32.
  constexpr explicit checked_accelerator(const accelerator& chip) : chip_(&chip), measure_(measure_of(chip)) {}
  checked_accelerator(const accelerator&&) = delete;  // a temporary spec would dangle

  [[nodiscard]] constexpr const accelerator& chip() const noexcept { return *chip_; }

  // The TPP under a reading of TF32 (the same as tpp(chip(), {reading})); nullopt: no rate known.
  [[nodiscard]] constexpr maybe<tpp_value> tpp(tf32_reading reading = tf32_reading::container_32) const noexcept {
    return measured(reading).tpp;
  }
  // The applicable die area (the same as applicable_die_area(chip())).
  [[nodiscard]] constexpr maybe<area> applicable_die_area() const noexcept { return measure_.applicable_die_area; }

  // What the one pass gives for a reading: measure_pass<false>(chip(), reading), without running
  // it, and the density (has_density), derived once for every classification.
  [[nodiscard]] constexpr detail::lean_measure measured(tf32_reading reading) const noexcept {
    if (reading == tf32_reading::container_32 || !measure_.tpp_19) {  // TF32 not listed: one reading
      return {.tpp = measure_.tpp,
              .tpp_bits = measure_.tpp_bits,
              .applicable_die_area = measure_.applicable_die_area,
              .has_density = true,
              .density = measure_.density};
    }
    return {.tpp = measure_.tpp_19,
            .tpp_bits = measure_.tpp_19_bits,
            .applicable_die_area = measure_.applicable_die_area,
            .has_density = true,
            .density = measure_.density_19};
  }
  // Both readings, as the pass gives them when no reading is chosen (the 32-bit one first).
  [[nodiscard]] constexpr const detail::lean_measure& measured_both() const noexcept { return measure_; }

 private:
  // The one pass under both readings, with the density of each.
  static constexpr detail::lean_measure measure_of(const accelerator& chip) {
    detail::lean_measure m = detail::measure_pass<false>(chip, tf32_reading::container_32, true);
    m.has_density = true;
    m.density = detail::density_of(m.tpp, m.applicable_die_area);
    m.density_19 = m.tpp_19 ? detail::density_of(m.tpp_19, m.applicable_die_area) : m.density;
    return m;
  }

  const accelerator* chip_;
  detail::lean_measure measure_;
};

}  // namespace accelspec
