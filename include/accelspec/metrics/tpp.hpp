// Total processing performance (TPP), Technical Note to 3A090.a and .b:
//   TPP = 2 x MacTOPS x bit length of the operation, aggregated over all processing units;
//   with several bit lengths, the highest TPP counts; dense rates only.
// Datasheet TOPS already equal 2 x MacTOPS (note b), so TPP = dense TOPS x bit length.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>

#include "../spec/accelerator.hpp"
#include "../spec/validate.hpp"
#include "../units/decimal.hpp"
#include "../units/rational.hpp"

namespace accelspec {

// A TPP figure, exact: a count of 10^-6 TPP, i.e. dense rate (10^6 op/s) x bits.
class tpp_value {
 public:
  static constexpr std::int64_t per_unit = 1'000'000;

  constexpr tpp_value() noexcept = default;
  static constexpr tpp_value from_count(std::int64_t count) noexcept { return tpp_value{count}; }
  static constexpr tpp_value from_integer(std::int64_t tpp) { return tpp_value{detail::checked_mul(tpp, per_unit)}; }

  [[nodiscard]] constexpr std::int64_t count() const noexcept { return count_; }
  [[nodiscard]] constexpr rational value() const { return rational{count_, per_unit}; }

  friend constexpr bool operator==(const tpp_value&, const tpp_value&) = default;
  friend constexpr std::strong_ordering operator<=>(const tpp_value&, const tpp_value&) = default;
  // Against plain numbers: tpp(h20) == 2368, tpp(h100) >= 4800.
  friend constexpr bool operator==(const tpp_value& t, const rational& r) { return t.value() == r; }
  friend constexpr std::strong_ordering operator<=>(const tpp_value& t, const rational& r) { return t.value() <=> r; }

  friend constexpr tpp_value operator+(tpp_value a, tpp_value b) {
    return tpp_value{detail::checked_add(a.count_, b.count_)};
  }
  friend constexpr tpp_value operator*(tpp_value a, std::int64_t n) {
    return tpp_value{detail::checked_mul(a.count_, n)};
  }

 private:
  constexpr explicit tpp_value(std::int64_t count) noexcept : count_(count) {}
  std::int64_t count_ = 0;
};

namespace literals {
template <char... Cs>
consteval tpp_value operator""_tpp() {
  constexpr char text[] = {Cs...};
  constexpr decimal_result r = parse_decimal(std::string_view(text, sizeof...(Cs)), tpp_value::per_unit, true);
  static_assert(r.ok(), "accelspec: malformed TPP literal (at most six decimal places)");
  return tpp_value::from_count(r.count);
}
}  // namespace literals

// The TPP of a dense rate at a bit length: rate (TOPS) x bits.
constexpr tpp_value tpp_of(dense_rate rate, int bits) {
  return tpp_value::from_count(detail::checked_mul(rate.count(), bits));
}

struct tpp_options {
  tf32_reading tf32 = tf32_reading::container_32;
};

// The aggregate at one bit length, and which formats supplied it.
struct tpp_at_bit_length {
  int bits = 0;
  tpp_value value;
};

// How a TPP was reached: the aggregate at every bit length the chip supports, and the winner.
struct tpp_breakdown {
  detail::fixed_list<tpp_at_bit_length, 16> by_bit_length;  // ascending bit length
  std::optional<tpp_value> total;                           // nullopt: no compute rate known
  int bits = 0;                                             // bit length of the highest TPP
};

namespace detail {
// The breakdown of an already validated spec. Public entry points validate once and compose these
// unchecked helpers, so one classification validates its spec once, not once per metric.
constexpr tpp_breakdown tpp_details_unchecked(const accelerator& chip, tpp_options options) {
  // Distinct bit lengths, ascending.
  std::array<int, 24> lengths{};
  std::size_t n = 0;
  for (const compute_rate& r : chip.compute) {
    const int b = bit_length(r.format, options.tf32);
    bool seen = false;
    for (std::size_t i = 0; i < n; ++i) seen = seen || lengths[i] == b;
    if (!seen) {
      std::size_t pos = n++;
      while (pos > 0 && lengths[pos - 1] > b) {
        lengths[pos] = lengths[pos - 1];
        --pos;
      }
      lengths[pos] = b;
    }
  }
  tpp_breakdown out;
  for (std::size_t li = 0; li < n; ++li) {
    const int b = lengths[li];
    tpp_value sum;
    // Each processing unit contributes its best rate at this bit length (formats of one unit
    // with the same bit length are alternative modes, not simultaneous work).
    for (std::size_t i = 0; i < chip.compute.size(); ++i) {
      const compute_rate& r = chip.compute[i];
      if (bit_length(r.format, options.tf32) != b) continue;
      bool unit_seen_before = false;
      for (std::size_t j = 0; j < i; ++j) {
        unit_seen_before = unit_seen_before ||
                           (chip.compute[j].unit == r.unit && bit_length(chip.compute[j].format, options.tf32) == b);
      }
      if (unit_seen_before) continue;
      dense_rate best = r.rate;
      for (std::size_t j = i + 1; j < chip.compute.size(); ++j) {
        const compute_rate& o = chip.compute[j];
        if (o.unit == r.unit && bit_length(o.format, options.tf32) == b && o.rate > best) best = o.rate;
      }
      sum = sum + tpp_of(best, b);
    }
    out.by_bit_length.push_back({b, sum});
    if (!out.total || sum > *out.total) {
      out.total = sum;
      out.bits = b;
    }
  }
  return out;
}
}  // namespace detail

constexpr tpp_breakdown tpp_details(const accelerator& chip, tpp_options options = {}) {
  require_valid(chip);
  return detail::tpp_details_unchecked(chip, options);
}

// The chip's TPP; nullopt when no compute rate is known (unknown is never zero).
constexpr std::optional<tpp_value> tpp(const accelerator& chip, tpp_options options = {}) {
  return tpp_details(chip, options).total;
}

}  // namespace accelspec
