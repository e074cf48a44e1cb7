// Run-time construction of quantities from decimal text, exactly as the literals do it.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

#include "decimal.hpp"
#include "quantity.hpp"

namespace accelspec {

template <class Q>
struct quantity_parse_result {
  Q value{};
  decimal_errc error = decimal_errc::ok;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == decimal_errc::ok; }
};

// Parses `text` as a number of display units of Q (TOPS for rates, GB/s, GB, mm², W, MHz):
// parse_quantity<area>("814") is 814 mm². Never throws; the error says what is wrong.
template <class Q>
constexpr quantity_parse_result<Q> parse_quantity(std::string_view text) noexcept {
  const decimal_result r = parse_decimal(text, Q::kind::per_display);
  return {Q::from_count(r.count), r.error};
}

}  // namespace accelspec
