// ECCN 4A090: "Computers, 'electronic assemblies,' and 'components' containing integrated
// circuits, any of which meets or exceeds the limits in 3A090.a" (4A090.a; 4A090.b the same for
// 3A090.b). "Any of which": one controlled IC makes the system controlled; the ICs' TPPs are never
// summed into a system TPP.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <string_view>

#include "../detail/fixed_list.hpp"
#include "../rules/classify.hpp"
#include "../spec/accelerator.hpp"

namespace accelspec::policy {

struct system_part {
  const accelerator* chip = nullptr;
  int count = 1;
};

// A computer or assembly, e.g. an eight-GPU server: the integrated circuits it contains.
struct system_spec {
  std::string_view name{};
  std::string_view vendor{};
  accelspec::detail::fixed_list<system_part, 8> parts{};
};

// The 3A090 paragraph that decides the system, and which part decides it.
struct system_classification {
  eccn paragraph = eccn::none;  // a, b, none or undecided, for the contained ICs
  int deciding_part = -1;       // index of the part that decides (-1: none)
};

constexpr system_classification classify_system(const system_spec& s, std::chrono::year_month_day date,
                                                classify_options options = {}) {
  if (s.parts.empty()) ACCELSPEC_FAIL(invalid_argument, "accelspec: a system needs at least one integrated circuit");
  system_classification out;
  int first_b = -1, first_undecided = -1;
  for (std::size_t i = 0; i < s.parts.size(); ++i) {
    const system_part& p = s.parts[i];
    if (p.chip == nullptr || p.count < 1) {
      ACCELSPEC_FAIL(invalid_argument, "accelspec: a system part needs a chip and a count of at least 1");
    }
    const eccn e = classify(*p.chip, date, options).eccn;
    if (e == eccn::a) return {eccn::a, static_cast<int>(i)};
    if (e == eccn::b && first_b < 0) first_b = static_cast<int>(i);
    if (e == eccn::undecided && first_undecided < 0) first_undecided = static_cast<int>(i);
  }
  // An undecided IC could be .a, so it outranks a decided .b.
  if (first_undecided >= 0) return {eccn::undecided, first_undecided};
  if (first_b >= 0) return {eccn::b, first_b};
  return out;
}

}  // namespace accelspec::policy
