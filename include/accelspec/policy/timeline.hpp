// timeline(): every date on which the assessment of an item for a destination changes, with the
// measures that took effect or ended that day: the same fold as assess() over every date a
// measure, a regulation or a Country Group membership starts or ends. A date enters the timeline
// only when the answer on it differs from the answer the day before.
//
// A chip with a known release date starts there: no row predates the product. The first row is the
// release date itself when something already applied to it then (the H200 to China), otherwise the
// first change after it (the A100 to China starts on 2022-08-26). Without a release date the rows
// are not limited, and the result says the release date is unknown.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>

#include "../detail/fixed_list.hpp"
#include "assess.hpp"
#include "destination.hpp"
#include "destination_side.hpp"
#include "import_measures.hpp"
#include "measures.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

struct timeline_event {
  std::chrono::year_month_day date{};
  assessment answer{};                                                // the assessment from this date
  accelspec::detail::fixed_list<const regulation*, 6> took_effect{};  // in force (or unenforced) from the date
  accelspec::detail::fixed_list<const regulation*, 6> ended{};        // last in force the day before
  bool release = false;                                               // the row opens at the product's release
  // The destination's own import measures that start (or end) on the date, when the row is theirs
  // too: a change at the destination, not in the US answer.
  accelspec::detail::fixed_list<const import_measure*, 4> destination_started{};
  accelspec::detail::fixed_list<const import_measure*, 4> destination_ended{};
};

// A dated event that changes no requirement (a license granted, its terms), for the same product and
// destination.
struct timeline_note {
  const policy_event* event = nullptr;
};

struct timeline_result {
  std::optional<std::chrono::year_month_day> released{};  // the product's release date, when known
  // The first date modelled for the destination: no row predates it (before it nothing is cleared).
  std::chrono::year_month_day covered_from{};
  accelspec::detail::fixed_list<timeline_event, 20> events{};
  accelspec::detail::fixed_list<timeline_note, 6> notes{};
};

namespace detail {

constexpr std::chrono::year_month_day next_day(std::chrono::year_month_day d) {
  return std::chrono::year_month_day{std::chrono::sys_days{d} + std::chrono::days{1}};
}
constexpr std::chrono::year_month_day previous_day(std::chrono::year_month_day d) {
  return std::chrono::year_month_day{std::chrono::sys_days{d} - std::chrono::days{1}};
}

constexpr bool starts_on(const regulation& r, std::chrono::year_month_day d) {
  return r.effective == d || r.not_enforced_from == d || r.compliance_from == d;
}
constexpr bool ends_on(const regulation& r, std::chrono::year_month_day d) {
  return r.last_day && next_day(*r.last_day) == d;
}

inline constexpr std::size_t max_candidates = 96;

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
    if (r->compliance_from) add(*r->compliance_from);
  }
  for (const dated_measure* m : all_measures) {
    add(m->first_day());
    if (m->last_day()) add(next_day(*m->last_day()));
  }
  for (const membership_change& c : membership_changes) {
    if (c.since) add(*c.since);
    if (c.until) add(*c.until);
  }
  for (const import_measure* m : all_import_measures) {
    add(m->from);
    if (m->until) add(next_day(*m->until));
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
    if (x.measures[i].measure != y.measures[i].measure || x.measures[i].applies != y.measures[i].applies) return false;
  }
  // The destination's side: whether the import is allowed, and which of its measures apply.
  const destination_answer &dx = x.destination_side, &dy = y.destination_side;
  if (dx.import_allowed != dy.import_allowed || dx.measures.size() != dy.measures.size()) return false;
  for (std::size_t i = 0; i < dx.measures.size(); ++i) {
    if (dx.measures[i].measure != dy.measures[i].measure || dx.measures[i].applies != dy.measures[i].applies) {
      return false;
    }
  }
  return true;
}

// The state before anything applied: what a product had before any measure.
constexpr bool nothing_applies(const assessment& a) {
  return a.eccn == control::none && a.license_required == truth::no && a.measures.empty() && a.tariff.band == nullptr &&
         a.destination_side.measures.empty();
}

// Lists what took effect and what ended on the date, among the entries the answers rely on.
constexpr void add_event(timeline_result& out, std::chrono::year_month_day d, const assessment& before,
                         const assessment& now, bool release) {
  timeline_event e{d, now, {}, {}, release};
  if (!release) {
    for (const regulation* r : regulations::all) {
      if (starts_on(*r, d) && now.cites(*r) && e.took_effect.size() < e.took_effect.capacity()) {
        e.took_effect.push_back(r);
      }
      if (ends_on(*r, d) && before.cites(*r) && e.ended.size() < e.ended.capacity()) e.ended.push_back(r);
    }
    for (const import_verdict& v : now.destination_side.measures) {
      if (v.measure->from == d && e.destination_started.size() < e.destination_started.capacity()) {
        e.destination_started.push_back(v.measure);
      }
    }
    for (const import_verdict& v : before.destination_side.measures) {
      if (v.measure->until && next_day(*v.measure->until) == d &&
          e.destination_ended.size() < e.destination_ended.capacity()) {
        e.destination_ended.push_back(v.measure);
      }
    }
  }
  out.events.push_back(e);
}

template <class Item>
constexpr timeline_result make_timeline(const Item& item, destination to, assess_options options,
                                        std::optional<std::chrono::year_month_day> released, std::string_view vendor,
                                        std::string_view name) {
  timeline_result out;
  out.released = released;
  out.covered_from = coverage_start(to);
  const auto dates = candidate_dates();
  // The first row: the release date, or the first date modelled for the destination if later.
  const bool from_release = released && *released >= out.covered_from;
  const std::chrono::year_month_day first = from_release ? *released : out.covered_from;
  const assessment at = assess(item, to, first, options);
  if (!nothing_applies(at)) add_event(out, first, at, at, from_release);
  std::optional<assessment> before = at;
  for (const std::chrono::year_month_day d : dates) {
    if (d <= first) continue;
    const assessment now = assess(item, to, d, options);
    if (!same_outcome(*before, now)) add_event(out, d, *before, now, false);
    before = now;
  }
  for (const policy_event& e : measures::events) {
    if ((released && e.date < *released) || e.date < out.covered_from) continue;
    if (!code_listed(e.codes, to)) continue;
    if (!names_product(e.company, e.products, vendor, name)) continue;
    if (out.notes.size() < out.notes.capacity()) out.notes.push_back({&e});
  }
  return out;
}

}  // namespace detail

// Every date the assessment of a chip for a destination changes, from the chip's release date
// when the spec records it.
constexpr timeline_result timeline(const accelerator& chip, destination to, assess_options options = {}) {
  return detail::make_timeline(chip, to, options, chip.released, chip.vendor, chip.name);
}
constexpr timeline_result timeline(const accelerator& chip, std::string_view destination_code,
                                   assess_options options = {}) {
  return timeline(chip, require_destination(destination_code), options);
}
constexpr timeline_result timeline(const system_spec& sys, destination to, assess_options options = {}) {
  std::optional<std::chrono::year_month_day> released{};
  for (const system_part& p : sys.parts) {
    if (p.chip == nullptr || !p.chip->released) continue;
    if (!released || *p.chip->released > *released) released = p.chip->released;
  }
  const accelerator* first = sys.parts.empty() ? nullptr : sys.parts[0].chip;
  return detail::make_timeline(sys, to, options, released, first ? first->vendor : std::string_view{},
                               first ? first->name : std::string_view{});
}
constexpr timeline_result timeline(const hbm_device& device, destination to, assess_options options = {}) {
  return detail::make_timeline(device, to, options, std::nullopt, {}, {});
}

}  // namespace accelspec::policy
