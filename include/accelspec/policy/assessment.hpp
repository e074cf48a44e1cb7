// The answer of assess(): what a shipment of an item to a destination on a date needs, and why.
// Plain data; every list has a fixed capacity so the whole answer is a constant expression.
#pragma once

#include <chrono>
#include <cstdint>
#include <string_view>

#include "../detail/fixed_list.hpp"
#include "../rules/determination.hpp"
#include "../rules/truth.hpp"
#include "../spec/number_format.hpp"
#include "destination.hpp"
#include "hbm.hpp"
#include "import_measure.hpp"
#include "measure.hpp"
#include "provenance.hpp"
#include "regulation.hpp"
#include "review.hpp"
#include "tariff.hpp"

namespace accelspec::policy {

// The control paragraph that applies to the item.
enum class control : std::uint8_t {
  none,       // not described by 3A090/4A090 on the date
  c3a090_a,   // integrated circuit, 3A090.a
  c3a090_b,   // integrated circuit, 3A090.b
  c3a090_c,   // high-bandwidth memory, 3A090.c
  c4a090_a,   // computer or assembly containing a 3A090.a IC
  c4a090_b,   // computer or assembly containing a 3A090.b IC
  undecided,  // an input the answer depends on is unknown
};

constexpr std::string_view key(control c) noexcept {
  switch (c) {
    case control::none:
      return "none";
    case control::c3a090_a:
      return "3A090.a";
    case control::c3a090_b:
      return "3A090.b";
    case control::c3a090_c:
      return "3A090.c";
    case control::c4a090_a:
      return "4A090.a";
    case control::c4a090_b:
      return "4A090.b";
    case control::undecided:
      return "undecided";
  }
  return "undecided";
}

enum class license_exception : std::uint8_t { nac, aca, hbm, aia, lpp, acm };

constexpr std::string_view key(license_exception e) noexcept {
  switch (e) {
    case license_exception::nac:
      return "NAC";
    case license_exception::aca:
      return "ACA";
    case license_exception::hbm:
      return "HBM";
    case license_exception::aia:
      return "AIA";
    case license_exception::lpp:
      return "LPP";
    case license_exception::acm:
      return "ACM";
  }
  return "";
}

struct exception_offer {
  license_exception which{};
  const regulation* source = nullptr;
  verification status = verification::primary;
  accelspec::detail::fixed_list<std::string_view, 4> conditions{};
};

enum class item_kind : std::uint8_t { chip, system, memory };

// The answer under one reading of TF32's bit length, when the two readings differ.
struct tf32_outcome {
  tf32_reading reading = tf32_reading::container_32;
  control eccn = control::none;
  std::optional<tpp_value> tpp{};
  truth license_required = truth::no;
  review_policy review = review_policy::none;
  const policy::tariff_band* band = nullptr;
  truth in_band = truth::no;
};

struct assessment {
  item_kind kind = item_kind::chip;
  destination to{};
  std::chrono::year_month_day date{};
  bool export_from_us = true;
  // Who the end user is: the country of its headquarters or of its ultimate parent. Without the
  // input the answer assumes the destination (and says so under `assumptions`).
  destination headquarters{};
  bool headquarters_given = false;
  truth us_available = truth::unknown;  // commercially available in the United States on 2026-01-15
  std::string_view end_user{};          // the end user's name as given (empty: not given)
  // The first date the library models for the destination: before it, "not required" is never said.
  std::chrono::year_month_day covered_from{};

  control eccn = control::none;
  determination classification{};  // the IC (for a system: the IC that decides)
  hbm_determination memory{};      // for an HBM device
  std::optional<tpp_value> tpp{};  // of the IC (for a system: the highest of its ICs)
  std::optional<data_rate> total_dram_bandwidth{};

  truth license_required = truth::no;
  review_policy review = review_policy::none;
  truth china_zone = truth::no;  // inside the January 2026 case-by-case zone (when it was asked)
  accelspec::detail::fixed_list<exception_offer, 4> license_exceptions{};
  accelspec::detail::fixed_list<std::string_view, 16> conditions{};
  // Every measure that applies on the date, or could apply for want of an input.
  accelspec::detail::fixed_list<measure_verdict, 20> measures{};
  tariff_finding tariff{};
  accelspec::detail::fixed_list<std::string_view, 24> reasons{};     // why, in words
  accelspec::detail::fixed_list<const regulation*, 24> citations{};  // what the answer relies on
  accelspec::detail::fixed_list<std::string_view, 20> unverified{};  // ... and what of it is not verified
  accelspec::detail::fixed_list<std::string_view, 6> assumptions{};  // inputs taken as given, not asked
  accelspec::detail::fixed_list<std::string_view, 8> not_checked{};  // what this answer does not clear
  accelspec::detail::fixed_list<std::string_view, 12> warnings{};    // guidance that requires no license
  accelspec::detail::fixed_list<std::string_view, 4> needs{};        // inputs that would decide an open answer
  accelspec::detail::fixed_list<tf32_outcome, 2> tf32_readings{};    // both readings, when they differ
  // The destination's own import measures on the date: beside the US answer, never part of it.
  destination_answer destination_side{};

  [[nodiscard]] constexpr bool has_exception(license_exception e) const noexcept {
    for (const exception_offer& o : license_exceptions) {
      if (o.which == e) return true;
    }
    return false;
  }
  [[nodiscard]] constexpr bool cites(const regulation& r) const noexcept {
    for (const regulation* c : citations) {
      if (c == &r) return true;
    }
    return false;
  }
  // Whether the measure with this key applies (or could apply) to the shipment.
  [[nodiscard]] constexpr bool has_measure(std::string_view k) const noexcept {
    for (const measure_verdict& v : measures) {
      if (v.measure->key == k) return true;
    }
    return false;
  }
  [[nodiscard]] constexpr const measure_verdict* verdict(std::string_view k) const noexcept {
    for (const measure_verdict& v : measures) {
      if (v.measure->key == k) return &v;
    }
    return nullptr;
  }
};

}  // namespace accelspec::policy
