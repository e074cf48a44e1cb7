// Exact, kind-safe quantities.
//
// A quantity is an int64 count of its kind's smallest exact unit (a million operations per
// second, one byte, one square micrometre, ...). Kinds are distinct types: an operation rate never meets a
// data rate, and a sparse headline rate is not a dense rate. Mixing them fails to compile with a
// message that says what to do instead.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <compare>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "../detail/arith.hpp"
#include "rational.hpp"

namespace accelspec {

namespace kinds {
// Each kind names its smallest unit (what one count is), the unit people read (display) and how
// many counts make one display unit. Display units are those of the regulation and datasheets.
struct dense_rate {
  static constexpr std::string_view name = "dense operation rate";
  static constexpr std::string_view display_unit = "TOPS";
  // One count is 10^6 operations/s, so a TOPS figure with up to six decimals is exact and
  // rate × bit length is directly the TPP count (see metrics/tpp.hpp).
  static constexpr std::int64_t per_display = 1'000'000;
};
struct sparse_rate {
  static constexpr std::string_view name = "sparse operation rate";
  static constexpr std::string_view display_unit = "TOPS (sparse)";
  static constexpr std::int64_t per_display = 1'000'000;
};
// The regulation's 'MacTOPS': multiply-accumulates per second. One MAC is two datasheet operations.
struct mac_rate {
  static constexpr std::string_view name = "multiply-accumulate rate";
  static constexpr std::string_view display_unit = "MacTOPS";
  static constexpr std::int64_t per_display = 1'000'000;  // 10^6 MAC/s per count
};
struct data_rate {
  static constexpr std::string_view name = "data rate";
  static constexpr std::string_view display_unit = "GB/s";
  static constexpr std::int64_t per_display = 1'000'000'000;  // bytes/s per GB/s
};
struct data_size {
  static constexpr std::string_view name = "data size";
  static constexpr std::string_view display_unit = "GB";
  static constexpr std::int64_t per_display = 1'000'000'000;  // bytes per GB
};
struct area {
  static constexpr std::string_view name = "area";
  static constexpr std::string_view display_unit = "mm²";
  static constexpr std::int64_t per_display = 1'000'000;  // µm² per mm²
};
struct power {
  static constexpr std::string_view name = "power";
  static constexpr std::string_view display_unit = "W";
  static constexpr std::int64_t per_display = 1'000;  // mW per W
};
struct frequency {
  static constexpr std::string_view name = "frequency";
  static constexpr std::string_view display_unit = "MHz";
  static constexpr std::int64_t per_display = 1'000'000;  // Hz per MHz
};
}  // namespace kinds

namespace detail {
template <class>
inline constexpr bool always_false = false;
}  // namespace detail

template <class Kind>
class quantity {
 public:
  using kind = Kind;

  constexpr quantity() noexcept = default;

  // The only ways in: a count of the smallest unit, a literal, or parsing decimal text.
  static constexpr quantity from_count(std::int64_t count) noexcept { return quantity{count}; }

  // A different kind never converts implicitly. This template exists only to say why.
  template <class Other>
    requires(!std::is_same_v<Other, Kind>)
  constexpr quantity(const quantity<Other>&) {  // NOLINT(google-explicit-constructor)
    if constexpr (std::is_same_v<Kind, kinds::dense_rate> && std::is_same_v<Other, kinds::sparse_rate>) {
      static_assert(detail::always_false<Other>,
                    "accelspec: a sparse rate is not a dense rate; the rules count dense operations. Convert "
                    "explicitly with accelspec::dense_from_sparse(rate, accelspec::sparsity::structured_2_4)");
    } else if constexpr (std::is_same_v<Kind, kinds::dense_rate> && std::is_same_v<Other, kinds::mac_rate>) {
      static_assert(detail::always_false<Other>,
                    "accelspec: MacTOPS is not a datasheet operation rate (one MAC is two operations). Convert "
                    "explicitly with accelspec::dense_from_macs(rate)");
    } else {
      static_assert(detail::always_false<Other>,
                    "accelspec: cannot convert between quantities of different kinds (e.g. an operation rate "
                    "and a data rate)");
    }
  }

  [[nodiscard]] constexpr std::int64_t count() const noexcept { return count_; }
  // The value in display units as an exact rational (989.4 TOPS is 4947/5).
  [[nodiscard]] constexpr rational in_display_units() const { return rational{count_, Kind::per_display}; }

  friend constexpr bool operator==(const quantity&, const quantity&) = default;
  friend constexpr std::strong_ordering operator<=>(const quantity&, const quantity&) = default;

  friend constexpr quantity operator+(quantity a, quantity b) {
    return quantity{detail::checked_add(a.count_, b.count_)};
  }
  friend constexpr quantity operator-(quantity a, quantity b) {
    return quantity{detail::checked_sub(a.count_, b.count_)};
  }
  constexpr quantity& operator+=(quantity b) { return *this = *this + b; }
  constexpr quantity& operator-=(quantity b) { return *this = *this - b; }
  // Scaling by a count (e.g. 6 stacks of 24 GB). Scaling by a fraction goes through rational.
  friend constexpr quantity operator*(quantity a, std::int64_t n) { return quantity{detail::checked_mul(a.count_, n)}; }
  friend constexpr quantity operator*(std::int64_t n, quantity a) { return a * n; }
  // Same-kind ratio: a pure number, exact.
  friend constexpr rational operator/(quantity a, quantity b) {
    if (b.count_ == 0) ACCELSPEC_FAIL(invalid_argument, "accelspec: division by a zero quantity");
    return rational{a.count_, b.count_};
  }

 private:
  constexpr explicit quantity(std::int64_t count) noexcept : count_(count) {}
  std::int64_t count_ = 0;
};

// Operations between different kinds are refused with a readable message instead of a wall of
// candidate overloads.
template <class K1, class K2>
  requires(!std::is_same_v<K1, K2>)
constexpr void operator+(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot add quantities of different kinds (e.g. an operation rate and a data rate)");
}
template <class K1, class K2>
  requires(!std::is_same_v<K1, K2>)
constexpr void operator-(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot subtract quantities of different kinds (e.g. an operation rate and a data rate)");
}
template <class K1, class K2>
  requires(!std::is_same_v<K1, K2>)
constexpr bool operator<(quantity<K1>, quantity<K2>) {
  static_assert(detail::always_false<K1>,
                "accelspec: cannot compare quantities of different kinds (e.g. an operation rate and a data rate)");
  return false;
}

using dense_rate = quantity<kinds::dense_rate>;    // datasheet operations per second, dense (count: 10^6 op/s)
using sparse_rate = quantity<kinds::sparse_rate>;  // a headline rate that assumes structured sparsity
using mac_rate = quantity<kinds::mac_rate>;        // multiply-accumulates per second ('MacTOPS')
using data_rate = quantity<kinds::data_rate>;      // bytes per second (decimal prefixes: 1 GB/s = 10^9 B/s)
using data_size = quantity<kinds::data_size>;      // bytes (GB = 10^9 B, GiB = 2^30 B)
using area = quantity<kinds::area>;                // square micrometres
using power = quantity<kinds::power>;              // milliwatts
using frequency = quantity<kinds::frequency>;      // hertz

// How a sparse headline relates to the dense rate it assumes.
struct sparsity {
  std::int64_t sparse_parts;  // headline rate ...
  std::int64_t dense_parts;   // ... to dense rate, e.g. 2:1 for 2:4 structured sparsity

  // 2:4 structured sparsity (NVIDIA, AMD): half the weights are zero, the headline is twice dense.
  static const sparsity structured_2_4;
};
inline constexpr sparsity sparsity::structured_2_4{2, 1};

// The dense rate behind a sparse headline, for the stated sparsity. The result must be a whole
// number of operations per second; anything else is an error, not a rounding.
constexpr dense_rate dense_from_sparse(sparse_rate headline, sparsity s) {
  if (s.sparse_parts <= 0 || s.dense_parts <= 0 || s.dense_parts > s.sparse_parts) {
    ACCELSPEC_FAIL(invalid_argument, "accelspec: sparsity ratio must be positive and not below 1:1");
  }
  const std::int64_t scaled = detail::checked_mul(headline.count(), s.dense_parts);
  if (scaled % s.sparse_parts != 0) {
    ACCELSPEC_FAIL(invalid_quantity, "accelspec: sparse rate does not convert to a whole number of dense operations/s");
  }
  return dense_rate::from_count(scaled / s.sparse_parts);
}

// Datasheet operations from multiply-accumulates: TPP note b, one MAC counts as two operations.
constexpr dense_rate dense_from_macs(mac_rate macs) {
  return dense_rate::from_count(detail::checked_mul(macs.count(), 2));
}

}  // namespace accelspec
