// timeline(): every date on which the assessment of an item for a destination changes, with the
// measures that took effect that day. The candidate dates are the effective, end and
// non-enforcement dates of every regulation and Country Group change; a date enters the
// timeline only when the answer on it differs from the answer the day before.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>

#include "../detail/fixed_list.hpp"
#include "assess.hpp"
#include "destination.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

struct timeline_event {
  std::chrono::year_month_day date{};
  assessment answer{};                                                // the assessment from this date
  accelspec::detail::fixed_list<const regulation*, 4> took_effect{};  // in force (or unenforced) from the date
  accelspec::detail::fixed_list<const regulation*, 4> ended{};        // last in force the day before
};

struct timeline_result {
  accelspec::detail::fixed_list<timeline_event, 16> events{};
};

namespace detail {

constexpr std::chrono::year_month_day next_day(std::chrono::year_month_day d) {
  return std::chrono::year_month_day{std::chrono::sys_days{d} + std::chrono::days{1}};
}
constexpr std::chrono::year_month_day previous_day(std::chrono::year_month_day d) {
  return std::chrono::year_month_day{std::chrono::sys_days{d} - std::chrono::days{1}};
}

constexpr bool starts_on(const regulation& r, std::chrono::year_month_day d) {
  return r.effective == d || r.not_enforced_from == d;
}
constexpr bool ends_on(const regulation& r, std::chrono::year_month_day d) {
  return r.last_day && next_day(*r.last_day) == d;
}

inline constexpr std::size_t max_candidates = 40;

constexpr accelspec::detail::fixed_list<std::chrono::year_month_day, max_candidates> candidate_dates() {
  std::array<std::chrono::year_month_day, max_candidates> d{};
  std::size_t n = 0;
  auto add = [&](std::chrono::year_month_day x) {
    for (std::size_t i = 0; i < n; ++i) {
      if (d[i] == x) return;
    }
    if (n == max_candidates) ACCELSPEC_FAIL(invalid_argument, "accelspec: too many timeline dates");
    std::size_t pos = n++;
    while (pos > 0 && d[pos - 1] > x) {
      d[pos] = d[pos - 1];
      --pos;
    }
    d[pos] = x;
  };
  for (const regulation* r : regulations::all) {
    add(r->effective);
    if (r->last_day) add(next_day(*r->last_day));
    if (r->not_enforced_from) add(*r->not_enforced_from);
  }
  for (const membership_change& c : membership_changes) {
    if (c.since) add(*c.since);
    if (c.until) add(*c.until);
  }
  accelspec::detail::fixed_list<std::chrono::year_month_day, max_candidates> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(d[i]);
  return out;
}

// What the timeline compares: the substance of the answer, not its wording.
constexpr bool same_outcome(const assessment& x, const assessment& y) {
  // A new text of the rule matters when it classifies the item; a chip outside both is unchanged.
  const bool text_changed =
      x.classification.applied != y.classification.applied && (x.eccn != control::none || y.eccn != control::none);
  if (x.eccn != y.eccn || text_changed || x.license_required != y.license_required || x.review != y.review ||
      x.license_exceptions.size() != y.license_exceptions.size() || x.measures.size() != y.measures.size() ||
      x.tariff.band != y.tariff.band || x.tariff.in_band != y.tariff.in_band) {
    return false;
  }
  for (std::size_t i = 0; i < x.license_exceptions.size(); ++i) {
    if (x.license_exceptions[i].which != y.license_exceptions[i].which) return false;
  }
  for (std::size_t i = 0; i < x.measures.size(); ++i) {
    if (x.measures[i] != y.measures[i]) return false;
  }
  return true;
}

template <class Item>
constexpr timeline_result make_timeline(const Item& item, destination to, assess_options options) {
  timeline_result out;
  const auto dates = candidate_dates();
  assessment before = assess(item, to, previous_day(dates[0]), options);
  for (const std::chrono::year_month_day d : dates) {
    assessment now = assess(item, to, d, options);
    if (!same_outcome(before, now)) {
      timeline_event e{d, now, {}, {}};
      for (const regulation* r : regulations::all) {
        if (starts_on(*r, d) && e.took_effect.size() < e.took_effect.capacity()) e.took_effect.push_back(r);
        if (ends_on(*r, d) && e.ended.size() < e.ended.capacity()) e.ended.push_back(r);
      }
      out.events.push_back(e);
    }
    before = now;
  }
  return out;
}

}  // namespace detail

// Every date the assessment of a chip for a destination changes.
constexpr timeline_result timeline(const accelerator& chip, destination to, assess_options options = {}) {
  return detail::make_timeline(chip, to, options);
}
constexpr timeline_result timeline(const accelerator& chip, std::string_view destination_code,
                                   assess_options options = {}) {
  return detail::make_timeline(chip, require_destination(destination_code), options);
}
constexpr timeline_result timeline(const system_spec& sys, destination to, assess_options options = {}) {
  return detail::make_timeline(sys, to, options);
}
constexpr timeline_result timeline(const hbm_device& device, destination to, assess_options options = {}) {
  return detail::make_timeline(device, to, options);
}

}  // namespace accelspec::policy
