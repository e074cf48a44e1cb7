// The measurement of a spec in one pass: the metrics the rules read (the TPP at every bit length
// and the applicable die area) with every check of spec/validate.hpp fused into the same loops.
//
// Every metric and every classification starts here, so its cost is linear in the number of
// compute rates and dies:
// - rates: one slot per bit length (six storage widths, plus 19 for TF32 read by its significant
//   bits); per processing unit its best rate in each slot and a bitmask of the formats it has
//   listed (a second entry of a format for one unit is a duplicate); per slot a running sum of
//   the units' best rates, updated by the gain when a unit's best improves;
// - dies: validity, duplicate names (a 64-bit filter of names seen, scanned only on a hit) and the
//   applicable area, in the same loop.
// The pass records that something is wrong without stopping; when it is, the canonical checker
// (detail::check_spec) runs and reports the first problem with the same message find_problem()
// gives, so the fused checks change how fast an invalid spec is found, never what it is told.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../detail/arith.hpp"
#include "../detail/error.hpp"
#include "../detail/overflow.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/die.hpp"
#include "../spec/number_format.hpp"
#include "../spec/validate.hpp"
#include "../units/quantity.hpp"
#include "tpp_value.hpp"

namespace accelspec::detail {

// The bit lengths a TPP can be taken at, ascending (ties between bit lengths go to the shorter).
// Built-in arrays rather than std::array: an index into them is no function call, which keeps the
// pass cheap in constant evaluation (each call is steps against the compiler's limit).
inline constexpr std::size_t bit_slot_count = 7;
inline constexpr int slot_bits[bit_slot_count] = {4, 6, 8, 16, 19, 32, 64};
inline constexpr std::size_t format_count = format_table.size();
inline constexpr std::uint8_t tf32_significant_slot = 4;  // slot_bits[4] == 19

constexpr std::uint8_t slot_of_bits(int bits) noexcept {
  std::uint8_t s = 0;
  while (s + 1u < bit_slot_count && slot_bits[s] != bits) ++s;
  return s;
}

// The slot of each format under the container reading, by format index.
struct format_slots {
  std::uint8_t of[format_count];
};
inline constexpr format_slots format_slot = [] {
  format_slots out{};
  for (std::size_t i = 0; i < format_count; ++i) out.of[i] = slot_of_bits(format_table[i].bits);
  return out;
}();
static_assert(
    [] {
      for (const format_info& fi : format_table) {
        if (slot_bits[slot_of_bits(fi.bits)] != fi.bits) return false;
      }
      return slot_bits[tf32_significant_slot] == 19;
    }(),
    "every format's bit length needs a TPP slot");

// What the pass measures. Valid only for a valid spec: measure_spec() fails on any other.
struct spec_measure {
  std::int64_t tpp_by_slot[bit_slot_count]{};  // TPP counts (10^-6 TPP) per slot
  std::uint8_t slots_present = 0;              // slots that some rate reaches
  std::optional<tpp_value> tpp{};              // the highest slot; nullopt: no rate
  int tpp_bits = 0;                            // its bit length
  std::optional<area> applicable_die_area{};
};

// The TPP slot of a rate.
constexpr std::uint8_t slot_of(number_format f, tf32_reading tf32) noexcept {
  return f == number_format::tf32 && tf32 == tf32_reading::significant_19 ? tf32_significant_slot
                                                                          : format_slot.of[static_cast<std::size_t>(f)];
}

// Reports an overflow of a valid spec's TPP with the message and in the order of the checked
// arithmetic: bit lengths ascending, units in the order they first appear at that bit length,
// each unit's best rate times the bit length, added up. Reached only when the pass overflowed.
constexpr void report_tpp_overflow(const accelerator& chip, tf32_reading tf32) {
  const auto& rates = chip.compute;
  for (std::uint8_t s = 0; s < bit_slot_count; ++s) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < rates.size(); ++i) {
      if (slot_of(rates[i].format, tf32) != s) continue;
      bool seen_before = false;
      for (std::size_t j = 0; j < i; ++j) {
        seen_before = seen_before || (rates[j].unit == rates[i].unit && slot_of(rates[j].format, tf32) == s);
      }
      if (seen_before) continue;
      std::int64_t best = rates[i].rate.count();
      for (std::size_t j = i + 1; j < rates.size(); ++j) {
        if (rates[j].unit == rates[i].unit && slot_of(rates[j].format, tf32) == s && rates[j].rate.count() > best) {
          best = rates[j].rate.count();
        }
      }
      sum = checked_add(sum, checked_mul(best, slot_bits[s]));
    }
  }
}

// Same for the applicable die area: dies in order, up to the first that makes the area unknown.
constexpr void report_area_overflow(const accelerator& chip) {
  std::int64_t sum = 0;
  for (const die& d : chip.dies) {
    if (d.role == die_role::memory || d.transistors == transistor_architecture::planar) continue;
    if (d.transistors == transistor_architecture::unknown || !d.area) return;
    sum = checked_add(sum, checked_mul(d.area->count(), d.count));
  }
}

// A processing unit seen by the pass. No default member initializers: the pass initialises a
// unit when it first meets it, so an unused slot of the array costs nothing.
struct unit_state {
  std::string_view name;
  std::uint16_t formats;              // formats it has listed
  std::int64_t best[bit_slot_count];  // its best rate count per slot
};

// Two unit names are the same unit; the usual case (both empty: the main matrix unit) costs two
// size reads.
constexpr bool same_unit(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && (a.empty() || a == b);
}

// The one pass. Fails (compile error in a constant expression, accelspec::error at run time) on an
// invalid spec, with find_problem()'s message, and on a TPP or area too large to hold exactly.
constexpr spec_measure measure_spec(const accelerator& chip, tf32_reading tf32) {
  spec_measure out;
  bool bad = false, tpp_overflow = false, area_overflow = false;

  // Compute rates.
  unit_state units[decltype(chip.compute)::capacity()];  // NOLINT: initialised on first use
  std::size_t unit_count = 0;
  unsigned present = 0;
  // Pointers rather than a range-for: fewer steps in a constant evaluation (docs/performance.md).
  // NOLINTNEXTLINE(modernize-loop-convert)
  for (const compute_rate *r = chip.compute.begin(), *rates_end = chip.compute.end(); r != rates_end; ++r) {
    const std::int64_t rate = r->rate.count();
    const auto f = static_cast<std::size_t>(r->format);
    std::size_t u = 0;
    while (u < unit_count && !same_unit(units[u].name, r->unit)) ++u;
    if (u == unit_count) {
      units[u] = {r->unit, 0, {}};
      ++unit_count;
    }
    unit_state& unit = units[u];
    const unsigned format_bit = f < format_count ? 1u << f : 0u;
    if (rate <= 0 || format_bit == 0 || (unit.formats & format_bit) != 0) {
      bad = true;  // not positive, not a format, or the same format twice for one unit
      continue;
    }
    unit.formats = static_cast<std::uint16_t>(unit.formats | format_bit);
    const std::uint8_t s = slot_of(r->format, tf32);
    present |= 1u << s;
    // The unit's best rate at this bit length, and what the improvement adds to the slot's sum.
    const std::int64_t old_best = unit.best[s];
    const std::int64_t new_best = rate > old_best ? rate : old_best;
    unit.best[s] = new_best;
    std::int64_t gain = 0;
    tpp_overflow = mul_overflows(new_best - old_best, slot_bits[s], gain) ||
                   add_overflows(out.tpp_by_slot[s], gain, out.tpp_by_slot[s]) || tpp_overflow;
  }

  // Dies: validity, duplicate names and the applicable area. The area is a known number only when
  // at least one logic or I/O die is listed and each of them is planar or has a known area on a
  // non-planar process; a known zero means every such die is planar.
  std::int64_t area_sum = 0;
  bool any_logic = false, area_unknown = false;
  std::uint64_t names_seen = 0;
  std::uint64_t name_hashes[decltype(chip.dies)::capacity()];  // NOLINT: written before it is read
  const die* const dies_begin = chip.dies.begin();
  for (const die *d = dies_begin, *dies_end = chip.dies.end(); d != dies_end; ++d) {
    const bool has_area = d->area.has_value();
    const std::int64_t a = has_area ? d->area->count() : 0;
    const std::size_t name_size = d->name.size();
    name_hashes[d - dies_begin] = 0;  // an empty name: no hash, never a duplicate
    bad = bad || (has_area && a <= 0) || d->count < 1;
    if (name_size != 0) {
      // Two filter bits (a Bloom filter of 64 bits, k = 2) from the length and the first, middle
      // and last characters, mixed by a multiplication: a name seen before always finds both bits
      // set; a new one rarely does, and then costs a scan of the dies before it.
      const std::uint64_t h = (name_size + std::uint64_t{static_cast<unsigned char>(d->name[0])} * 131u +
                               std::uint64_t{static_cast<unsigned char>(d->name[name_size / 2])} * 8191u +
                               std::uint64_t{static_cast<unsigned char>(d->name[name_size - 1])} * 524287u) *
                              0x9E3779B97F4A7C15ull;
      const std::uint64_t name_bit = std::uint64_t{1} << (h >> 58u) | std::uint64_t{1} << (h >> 52u & 63u);
      if ((names_seen & name_bit) == name_bit) {  // compare names only where the hashes agree
        for (const die* p = dies_begin; p != d; ++p) {
          bad = bad || (name_hashes[p - dies_begin] == h && p->name == d->name);
        }
      }
      names_seen |= name_bit;
      name_hashes[d - dies_begin] = h;
    }
    if (d->role == die_role::memory) continue;
    any_logic = true;
    if (d->transistors == transistor_architecture::planar) continue;
    if (d->transistors == transistor_architecture::unknown || !has_area) {
      area_unknown = true;
      continue;
    }
    if (!area_unknown) {
      std::int64_t scaled = 0;
      area_overflow = mul_overflows(a, d->count, scaled) || add_overflows(area_sum, scaled, area_sum) || area_overflow;
    }
  }

  if (bad || check_spec_rest<false>(chip) != nullptr) {
    check_spec<true>(chip);
    ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec (internal: the fused checks disagree with find_problem)");
  }
  if (tpp_overflow || area_overflow) {
    if (tpp_overflow) report_tpp_overflow(chip, tf32);
    if (area_overflow) report_area_overflow(chip);
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: quantity overflow (internal: the report did not find it)");
  }

  // The highest slot wins; the shorter bit length on a tie.
  std::int64_t best_tpp = 0;
  int best_bits = 0;
  for (std::size_t s = 0; s < bit_slot_count; ++s) {
    if ((present >> s & 1u) != 0 && (best_bits == 0 || out.tpp_by_slot[s] > best_tpp)) {
      best_tpp = out.tpp_by_slot[s];
      best_bits = slot_bits[s];
    }
  }
  out.slots_present = static_cast<std::uint8_t>(present);
  if (best_bits != 0) {
    out.tpp = tpp_value::from_count(best_tpp);
    out.tpp_bits = best_bits;
  }
  if (any_logic && !area_unknown) out.applicable_die_area = area::from_count(area_sum);
  return out;
}

}  // namespace accelspec::detail
