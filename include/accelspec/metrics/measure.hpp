// The measurement of a spec in one pass: the metrics the rules read (the TPP at every bit length
// and the applicable die area) with every check of spec/validate.hpp fused into the same loops.
//
// Every metric and every classification starts here, so its cost is linear in the number of
// compute rates and dies:
// - rates: one slot per bit length (six storage widths, plus 19 for TF32); per processing unit
//   its best rate in each slot and a bitmask of the formats it has listed (a second entry of a
//   format for one unit is a duplicate); per slot a running sum of the units' best rates, updated
//   by the gain when a unit's best improves. TF32 is the only 19-bit format, so the pass keeps it
//   in the 19-bit slot and the 32-bit slot free of it: that is the 19-bit reading, and the 32-bit
//   reading (TF32 as its container) is one loop over the units at the end, run only for a spec
//   that lists TF32. Both readings come from one pass; a spec without TF32 pays nothing for them;
// - dies: validity, duplicate names (a 64-bit filter of the names' lengths, looked at further only
//   when two names share a length) and the applicable area, in the same loop.
// The pass records that something is wrong without stopping; when it is, the canonical checker
// (detail::check_spec) runs and reports the first problem with the same message find_problem()
// gives, so the fused checks change how fast an invalid spec is found, never what it is told.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include "../maybe.hpp"

#include "../detail/arith.hpp"
#include "../detail/error.hpp"
#include "../detail/hot.hpp"
#include "../detail/overflow.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/die.hpp"
#include "../spec/number_format.hpp"
#include "../spec/validate.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"
#include "tpp_value.hpp"

namespace accelspec::detail {

// The bit lengths a TPP can be taken at, ascending (ties between bit lengths go to the shorter).
// Built-in arrays rather than std::array: an index into them is no function call, which keeps the
// pass cheap in constant evaluation (each call is steps against the compiler's limit).
inline constexpr std::size_t bit_slot_count = 7;
inline constexpr int slot_bits[bit_slot_count] = {4, 6, 8, 16, 19, 32, 64};
inline constexpr std::size_t format_count = format_table.size();
inline constexpr std::uint8_t tf32_significant_slot = 4;  // slot_bits[4] == 19
inline constexpr std::uint8_t container_32_slot = 5;      // slot_bits[5] == 32
inline constexpr std::uint64_t slot_bits_unsigned[bit_slot_count] = {4, 6, 8, 16, 19, 32, 64};

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
// The slot of each format in the pass: TF32 at its 19 significant bits, every other format at its
// bit length.
inline constexpr format_slots format_slot_19 = [] {
  format_slots out{};
  for (std::size_t i = 0; i < format_count; ++i) {
    out.of[i] = format_table[i].format == number_format::tf32 ? tf32_significant_slot : format_slot.of[i];
  }
  return out;
}();
static_assert(
    [] {
      for (const format_info& fi : format_table) {
        if (slot_bits[slot_of_bits(fi.bits)] != fi.bits) return false;
      }
      // TF32 alone has 19 bits, and its container is the 32-bit slot (see measure_spec()).
      for (const format_info& fi : format_table) {
        if (fi.bits == 19 || (fi.format == number_format::tf32 && fi.bits != 32)) return false;
      }
      for (std::size_t s = 0; s < bit_slot_count; ++s) {
        if (slot_bits_unsigned[s] != static_cast<std::uint64_t>(slot_bits[s])) return false;
      }
      return slot_bits[tf32_significant_slot] == 19 && slot_bits[container_32_slot] == 32;
    }(),
    "every format's bit length needs a TPP slot");

// What the pass reads of a rate's format, for each value of a number_format's byte, in one entry
// (one index per rate): the format's bit in a unit's mask of listed formats, or no_format_bit for
// a value that names no format (a unit's mask starts with it set, so such a value reads as a
// format listed twice: invalid); its slot in the pass (TF32 at 19 bits) and the slot's bit length.
// Indexed by the byte, so no value reads outside the table.
inline constexpr unsigned no_format_bit = 1u << 15u;
static_assert(format_count < 15 && std::is_same_v<std::underlying_type_t<number_format>, std::uint8_t>);
struct pass_format {
  std::uint64_t slot_bits;
  std::uint16_t bit;
  std::uint8_t slot;
};
struct pass_formats {
  pass_format of[256];
};
inline constexpr pass_formats pass_format_of = [] {
  pass_formats out{};
  for (std::size_t i = 0; i < 256; ++i) {
    const std::uint8_t s = i < format_count ? format_slot_19.of[i] : 0;
    out.of[i] = {slot_bits_unsigned[s], static_cast<std::uint16_t>(i < format_count ? 1u << i : no_format_bit), s};
  }
  return out;
}();
// What the pass measures. Valid only for a valid spec: measure_spec() fails on any other.
struct spec_measure {
  std::int64_t tpp_by_slot[bit_slot_count]{};  // TPP counts (10^-6 TPP) per slot
  std::uint8_t slots_present = 0;              // slots that some rate reaches
  maybe<tpp_value> tpp{};                      // the highest slot; nullopt: no rate
  int tpp_bits = 0;                            // its bit length
  maybe<area> applicable_die_area{};
  // Asked for both readings (the tpp above is then the 32-bit one): whether the 19-bit reading of
  // TF32 gives another TPP, and that TPP with its bit length.
  bool tf32_split = false;
  maybe<tpp_value> tpp_19{};
  int tpp_19_bits = 0;
};

// What eccn_of() and classify() read of the pass: the TPP and its bit length (both readings when
// asked) and the area.
struct lean_measure {
  maybe<tpp_value> tpp{};
  int tpp_bits = 0;
  maybe<area> applicable_die_area{};
  bool tf32_split = false;
  maybe<tpp_value> tpp_19{};  // both readings asked and TF32 listed: the 19-bit reading's TPP
  int tpp_19_bits = 0;        // and its bit length
  // The performance densities of tpp and tpp_19, when the producer derived them: a
  // checked_accelerator does, once for all its classifications; the pass leaves them to the one
  // reader that needs them (classify; eccn_of compares without forming the ratio).
  bool has_density = false;
  maybe<rational> density{};
  maybe<rational> density_19{};
};

// The highest slot, the shorter bit length on a tie; 0 bits: no rate. A slot some rate reaches
// holds a positive sum (every rate of a valid spec is positive), so the others (zero) never win.
struct best_slot {
  std::int64_t tpp = 0;
  int bits = 0;
};
constexpr best_slot highest_slot(const std::int64_t (&by_slot)[bit_slot_count]) noexcept {
  best_slot b;
  for (std::size_t s = 0; s < bit_slot_count; ++s) {
    if (by_slot[s] > b.tpp) b = {by_slot[s], slot_bits[s]};
  }
  return b;
}

// Within these bounds no sum of the pass can overflow, so it adds without checking: rates up to
// 2^40 counts (10^18 op/s) at most 64 bits over at most 24 units stay under 2^51; die areas up to
// 2^40 µm² times counts up to 2^16 over at most 16 dies stay within 2^60. The pass tests each
// value less one against them, so a value that is not positive (a set top bit) fails the same
// test; then the canonical checks run first. Above them (never for a real chip) the sums are
// taken again with checked arithmetic.
inline constexpr unsigned unchecked_rate_bits = 40, unchecked_area_bits = 40, unchecked_count_bits = 16;

// The TPP slot of a rate under a reading (the pass itself keeps TF32 at 19 bits; see above).
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
// The name is kept as a pointer and a size, not a std::string_view: string_view's default
// constructor would zero every element of the array the pass declares, used or not.
struct unit_state {
  const char* name_data;
  std::size_t name_size;
  std::uint16_t formats;              // formats it has listed
  std::int64_t best[bit_slot_count];  // its best rate count per slot
};

// A unit's name is this one; the usual case (both empty: the main matrix unit) costs two size
// reads. At run time two names at one address are equal without reading them (rates of one unit
// usually name it with one string); a constant evaluation compares the characters, as it may not
// compare the addresses of two string literals.
constexpr bool same_unit(const unit_state& u, std::string_view b) noexcept {
  return u.name_size == b.size() && (b.empty() || (!std::is_constant_evaluated() && u.name_data == b.data()) ||
                                     std::string_view(u.name_data, u.name_size) == b);
}

// Whether two dies have the same (non-empty) name, for the pass when two names share a length:
// a 64-bit filter of the names seen, one bit per name picked by its length and first and last
// characters (odd multipliers: names that differ in the last character alone, "d0" to "d9", get
// different bits), then every pair of names compared only when a name's bit is already set (two
// names alike in those, or a duplicate). Linear in the dies unless that second filter hits.
ACCELSPEC_DETAIL_COLD constexpr bool duplicate_die_name(const die* dies, std::size_t count) noexcept {
  std::uint64_t seen = 0;
  bool hit = false;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view name = dies[i].name;
    if (name.empty()) continue;
    const std::size_t first = static_cast<unsigned char>(name[0]);
    const std::size_t last = static_cast<unsigned char>(name[name.size() - 1]);
    const std::uint64_t bit = std::uint64_t{1} << ((name.size() + 5u * first + 9u * last) & 63u);
    hit = hit || (seen & bit) != 0;
    seen |= bit;
  }
  if (!hit) return false;
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (!dies[i].name.empty() && dies[j].name == dies[i].name) return true;
    }
  }
  return false;
}

// The canonical checks, out of line (rare paths: inlined, they would crowd the pass).
ACCELSPEC_DETAIL_COLD constexpr bool fails_checks(const accelerator& chip) {
  return check_spec<false>(chip) != nullptr;
}
ACCELSPEC_DETAIL_COLD constexpr bool rest_fails(const accelerator& chip) {
  return check_spec_rest<false>(chip) != nullptr;
}
// Fails with find_problem()'s message, for a spec the pass found invalid.
ACCELSPEC_DETAIL_COLD constexpr void report_invalid(const accelerator& chip) {
  if (check_spec<true>(chip) == nullptr) {  // fails in it, unless the checks disagree
    ACCELSPEC_FAIL(invalid_spec, "accelspec: invalid spec (internal: the fused checks disagree with find_problem)");
  }
}

// The one pass. Fails (compile error in a constant expression, accelspec::error at run time) on an
// invalid spec, with find_problem()'s message, and on a TPP or area too large to hold exactly.
// both_readings (with tf32 = container_32): also the TPP of the 19-bit reading, in tpp_19.
// measure_pass() is forced inline (eccn_of's loop, where the compiler then drops what is not read,
// and classify's measuring step); measure_spec() is the same pass as an ordinary function, for
// everything else.
// Details = false (eccn_of, classify): the TPPs, the TPP's bit length and the area; tpp_by_slot
// and slots_present are left unset.
template <bool Details = true>
ACCELSPEC_DETAIL_HOT constexpr std::conditional_t<Details, spec_measure, lean_measure> measure_pass(
    const accelerator& chip, tf32_reading tf32, bool both_readings = false) {
  std::conditional_t<Details, spec_measure, lean_measure> out;
  bool bad = false;

  // Compute rates: per unit its best rate per slot; the sums come after the loop.
  unit_state units[decltype(chip.compute)::capacity()];  // NOLINT: initialised on first use
  // Units by pointer, not by index: an index is multiplied by the element size at each use.
  unit_state* units_end = units;  // one past the last unit seen
  std::uint64_t rate_bits = 0;    // every rate less one ORed: one test bounds them all (see above)
  // Per slot the running sum, added in unsigned arithmetic (it wraps rather than overflows; see
  // unchecked_rate_bits) and kept as the signed count it is when nothing overflowed.
  std::int64_t by_slot[bit_slot_count]{};
  // Pointers rather than a range-for: fewer steps in a constant evaluation (docs/performance.md).
  // NOLINTNEXTLINE(modernize-loop-convert)
  for (const compute_rate *r = chip.compute.begin(), *rates_end = chip.compute.end(); r != rates_end; ++r) {
    const std::int64_t rate = r->rate.count();
    unit_state* found = units;
    while (found != units_end && !same_unit(*found, r->unit)) ++found;
    if (found == units_end) {
      *found = {r->unit.data(), r->unit.size(), no_format_bit, {}};
      ++units_end;
    }
    unit_state& unit = *found;
    const pass_format& format = pass_format_of.of[static_cast<std::uint8_t>(r->format)];
    const unsigned format_bit = format.bit;
    if ((unit.formats & format_bit) != 0) {
      bad = true;  // not a format, or the same format twice for one unit
      continue;
    }
    unit.formats = static_cast<std::uint16_t>(unit.formats | format_bit);
    const std::uint8_t s = format.slot;
    // The unit's best rate at this bit length, and what the improvement adds to the slot's sum
    // (unsigned: it wraps rather than overflows; see unchecked_rate_bits).
    const std::int64_t old_best = unit.best[s];
    const std::int64_t new_best = rate > old_best ? rate : old_best;
    unit.best[s] = new_best;
    rate_bits |= static_cast<std::uint64_t>(rate) - 1u;  // a rate that is not positive sets the top bit
    by_slot[s] = static_cast<std::int64_t>(static_cast<std::uint64_t>(by_slot[s]) +
                                           static_cast<std::uint64_t>(new_best - old_best) * format.slot_bits);
  }

  // Dies: validity, duplicate names and the applicable area. The area is a known number only when
  // at least one logic or I/O die is listed and each of them is planar or has a known area on a
  // non-planar process; a known zero means every such die is planar.
  std::uint64_t area_sum = 0;  // unsigned: wraps rather than overflows; checked below when it could
  std::uint64_t area_bits = 0, count_bits = 0;
  bool any_logic = false, area_unknown = false;
  // Duplicate names: a 64-bit filter of the lengths of the names seen, one bit per length (a
  // duplicate has the length of an earlier name; lengths 64 apart share a bit). Only when two
  // names share a bit does duplicate_die_name() look further (a finer filter, then the names
  // themselves): names of different lengths cost a shift and two bit operations per die.
  std::uint64_t names_seen = 0;
  bool name_hit = false;
  const die* const dies_begin = chip.dies.begin();
  const std::size_t die_count = chip.dies.size();
  for (std::size_t i = 0; i < die_count; ++i) {
    const die* const d = dies_begin + i;
    const bool has_area = d->area.has_value();
    const std::int64_t a = has_area ? d->area->count() : 0;
    const std::size_t name_size = d->name.size();
    // Every die's area less one (when given) and count less one: one that is not positive sets
    // the top bit, so the bound test below also catches it (and then the canonical checks decide).
    area_bits |= static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(has_area);
    count_bits |= static_cast<std::uint64_t>(static_cast<std::int64_t>(d->count) - 1);
    {  // empty names (never duplicates) share bit 0; a hit on it costs the finer look only
      const std::uint64_t bit = std::uint64_t{1} << (name_size & 63u);
      name_hit |= (names_seen & bit) != 0;
      names_seen |= bit;
    }
    if (d->role == die_role::memory) continue;
    any_logic = true;
    if (d->transistors == transistor_architecture::planar) continue;
    if (d->transistors == transistor_architecture::unknown || !has_area) {
      area_unknown = true;
      continue;
    }
    area_sum += static_cast<std::uint64_t>(a) * static_cast<std::uint64_t>(d->count);
  }

  bad = bad || (name_hit && duplicate_die_name(dies_begin, die_count));
  const bool area_checked = (area_bits >> unchecked_area_bits | count_bits >> unchecked_count_bits) != 0;
  // A screen that says a check may fail (a rate, a die's area or a die's count out of bounds or
  // not positive, an input of the rest given): the canonical checks decide, out of line.
  const bool checked = rate_bits >> unchecked_rate_bits != 0;
  // Only the rest's checks when only the rest's screen says so: real specs give memory, TDP and
  // dates (that screen says "may fail" for nearly every one), and all the checks (the rates'
  // duplicate test is quadratic) would cost them more at run time and the catalog about a fifth
  // more steps in a constant evaluation.
  const bool bounds = checked || area_checked;
  if (bad || ((bounds || rest_may_fail(chip)) && (bounds ? fails_checks(chip) : rest_fails(chip)))) {
    report_invalid(chip);
  }

  // Per slot the sum over units of the best rate, times the slot's bit length (the 19-bit reading
  // of TF32); and the 32-bit reading's 32-bit slot, where TF32 joins the unit's 32-bit formats.
  bool tpp_overflow = false;
  if (checked) {  // the sums again, each product and addition checked
    for (std::size_t s = 0; s < bit_slot_count; ++s) {
      std::int64_t sum = 0;
      for (const unit_state* u = units; u != units_end; ++u) {
        std::int64_t scaled = 0;
        tpp_overflow =
            mul_overflows(u->best[s], slot_bits[s], scaled) || add_overflows(sum, scaled, sum) || tpp_overflow;
      }
      by_slot[s] = sum;
    }
  }
  // A slot some rate reaches holds a positive sum (rates are positive; an overflowing sum fails
  // below), so the sums say which slots are present.
  unsigned present = 0;
  for (std::size_t s = 0; s < bit_slot_count; ++s) present |= static_cast<unsigned>(by_slot[s] != 0) << s;
  const bool has_tf32 = by_slot[tf32_significant_slot] != 0;
  std::int64_t sum_32 = 0;
  if (has_tf32 && (tf32 == tf32_reading::container_32 || both_readings)) {
    for (const unit_state* u = units; u != units_end; ++u) {
      const std::int64_t b19 = u->best[tf32_significant_slot], b32 = u->best[container_32_slot];
      std::int64_t scaled = 0;
      tpp_overflow =
          mul_overflows(b19 > b32 ? b19 : b32, 32, scaled) || add_overflows(sum_32, scaled, sum_32) || tpp_overflow;
    }
  }
  // Under the 32-bit reading every slot sum above is at most one of that reading's, so an
  // overflow found here is one of the reading asked for, which the report names.
  if (tpp_overflow || area_checked) {
    if (tpp_overflow) report_tpp_overflow(chip, tf32);
    report_area_overflow(chip);  // returns when the area, checked, fits
    if (tpp_overflow) {
      ACCELSPEC_FAIL(invalid_quantity, "accelspec: quantity overflow (internal: the report did not find it)");
    }
  }

  if constexpr (!Details) {
    // The highest slot (the shorter bit length on a tie: slots ascend), and the same with TF32 at
    // 32 bits when it is listed and read so. eccn_of() reads no bit length: the compiler drops it.
    std::int64_t t = 0;
    int bits = 0;
    ACCELSPEC_DETAIL_UNROLL
    for (std::size_t s = 0; s < bit_slot_count; ++s) {
      bits = by_slot[s] > t ? slot_bits[s] : bits;
      t = by_slot[s] > t ? by_slot[s] : t;
    }
    if (units_end != units) {  // some rate listed
      out.tpp = tpp_value::from_count(t);
      out.tpp_bits = bits;
    }
    if (has_tf32 && tf32 == tf32_reading::container_32) {
      std::int64_t t32 = 0;
      int bits32 = 0;
      ACCELSPEC_DETAIL_UNROLL
      for (std::size_t s = 0; s < bit_slot_count; ++s) {
        const std::int64_t v = s == tf32_significant_slot ? 0 : s == container_32_slot ? sum_32 : by_slot[s];
        bits32 = v > t32 ? slot_bits[s] : bits32;
        t32 = v > t32 ? v : t32;
      }
      if (both_readings) {
        out.tpp_19 = out.tpp;
        out.tpp_19_bits = out.tpp_bits;
      }
      out.tpp = tpp_value::from_count(t32);
      out.tpp_bits = bits32;
      out.tf32_split = both_readings && t32 != t;
    }
    if (any_logic && !area_unknown) out.applicable_die_area = area::from_count(static_cast<std::int64_t>(area_sum));
    return out;
  } else {
    // The slots hold the 19-bit reading. With a TF32 rate, the 32-bit reading moves it into the
    // 32-bit slot; both_readings keeps the 19-bit TPP aside.
    for (std::size_t s = 0; s < bit_slot_count; ++s) out.tpp_by_slot[s] = by_slot[s];
    if (has_tf32 && tf32 == tf32_reading::container_32) {
      if (both_readings) {
        const best_slot b19 = highest_slot(out.tpp_by_slot);
        out.tpp_19 = tpp_value::from_count(b19.tpp);
        out.tpp_19_bits = b19.bits;
      }
      out.tpp_by_slot[tf32_significant_slot] = 0;
      out.tpp_by_slot[container_32_slot] = sum_32;
    }
    // The highest slot wins; the shorter bit length on a tie.
    const best_slot b = highest_slot(out.tpp_by_slot);
    if (has_tf32 && tf32 == tf32_reading::container_32) {
      present = (present & ~(1u << tf32_significant_slot)) | 1u << container_32_slot;
    }
    out.slots_present = static_cast<std::uint8_t>(present);
    if (b.bits != 0) {
      out.tpp = tpp_value::from_count(b.tpp);
      out.tpp_bits = b.bits;
    }
    out.tf32_split = out.tpp_19.has_value() && out.tpp_19 != out.tpp;
    if (any_logic && !area_unknown) out.applicable_die_area = area::from_count(static_cast<std::int64_t>(area_sum));
    return out;
  }
}

constexpr spec_measure measure_spec(const accelerator& chip, tf32_reading tf32, bool both_readings = false) {
  return measure_pass(chip, tf32, both_readings);
}

}  // namespace accelspec::detail
