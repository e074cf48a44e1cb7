// The destination's side (issue 22): China's import measures of 2025-2026 as dated records beside
// the US answer. Each record is checked the day before and the day it starts, with the buyer named
// and not; a destination with nothing modelled says so; the US answer is never changed by any of it.
#include "catch.hpp"

#include <accelspec/catalog.hpp>
#include <accelspec/policy.hpp>

namespace {
using namespace accelspec;
using namespace accelspec::policy;
using namespace std::chrono_literals;
namespace cat = accelspec::catalog;
using std::chrono::year_month_day;

constexpr destination cn = require_destination("CN");
constexpr auto& h200 = cat::nvidia::h200_sxm;
constexpr auto& h20 = cat::nvidia::h20;

constexpr year_month_day day_before(year_month_day d) {
  return year_month_day{std::chrono::sys_days{d} - std::chrono::days{1}};
}

// The verdict of one measure in an answer, or nullptr.
constexpr const import_verdict* verdict(const destination_answer& a, std::string_view key) {
  for (const import_verdict& v : a.measures) {
    if (v.measure->key == key) return &v;
  }
  return nullptr;
}
constexpr import_item item_of(const accelerator& c) { return {true, c.vendor, {c.name}}; }

// Whether the measure with `key` applies (as `t`) to the item on its first day and not on the day before.
constexpr bool starts_on_its_day(std::string_view key, const import_item& item, truth t, std::string_view buyer = {}) {
  const import_measure& m = *find_import_measure(key);
  const destination_answer before = destination_side(item, cn, day_before(m.from), buyer);
  const destination_answer on = destination_side(item, cn, m.from, buyer);
  const import_verdict* v = verdict(on, key);
  return verdict(before, key) == nullptr && v != nullptr && v->applies == t;
}

// --- Each dated record: the day before and the day of ---------------------------------------------
static_assert(starts_on_its_day("cn-h20-summons-2025", item_of(h20), truth::yes));
static_assert(starts_on_its_day("cn-h20-discouraged-2025", item_of(h20), truth::yes));
constexpr import_item rtx_6000d{true, "NVIDIA", {"NVIDIA RTX Pro 6000D"}};
static_assert(starts_on_its_day("cn-rtx-pro-6000d-2025", rtx_6000d, truth::yes, "ByteDance"));
static_assert(starts_on_its_day("cn-rtx-pro-6000d-2025", rtx_6000d, truth::unknown, "Baidu"));  // "among others"
static_assert(starts_on_its_day("cn-rtx-pro-6000d-2025", rtx_6000d, truth::unknown));
static_assert(starts_on_its_day("cn-state-datacentres-2025", item_of(cat::nvidia::h100_sxm), truth::unknown));
static_assert(starts_on_its_day("cn-h200-pause-2026", item_of(h200), truth::unknown, "Alibaba"));
static_assert(starts_on_its_day("cn-h200-customs-2026", item_of(h200), truth::yes));
static_assert(starts_on_its_day("cn-h200-approval-2026", item_of(h200), truth::yes, "Alibaba"));
static_assert(starts_on_its_day("cn-h200-approval-2026", item_of(h200), truth::unknown));

// The items: whole product words (the H20's measures do not reach the H200, nor the reverse), the
// RTX Pro 6000D's not the RTX Pro 6000, domestic chips outside the state-funded data-centre rule.
static_assert(verdict(destination_side(item_of(h200), cn, 2025y / 9 / 1), "cn-h20-discouraged-2025") == nullptr);
static_assert(verdict(destination_side(item_of(h20), cn, 2026y / 2 / 1, "Alibaba"), "cn-h200-approval-2026") ==
              nullptr);
static_assert(verdict(destination_side(item_of(cat::nvidia::rtx_pro_6000_server), cn, 2025y / 10 / 1, "ByteDance"),
                      "cn-rtx-pro-6000d-2025") == nullptr);
static_assert(verdict(destination_side(item_of(cat::huawei::ascend_910b), cn, 2026y / 2 / 1),
                      "cn-state-datacentres-2025") == nullptr);
// A spec without a vendor: whether it is foreign is not known, and said so.
static_assert(verdict(destination_side(import_item{true, "", {"raw spec"}}, cn, 2026y / 2 / 1),
                      "cn-state-datacentres-2025")
                  ->needs == "the chip's vendor (whether it is foreign to the destination)");
// An HBM device is not an AI chip.
static_assert(destination_side(import_item{false, "SK hynix", {"HBM3E"}}, cn, 2026y / 2 / 1).measures.empty());

// --- import_allowed for the H200 into China ---------------------------------------------------------
constexpr destination_answer side(std::chrono::year_month_day d, std::string_view buyer = {}) {
  return destination_side(item_of(h200), cn, d, buyer);
}
// Before anything: modelled, but nothing decides (never a silent "allowed").
static_assert(side(2025y / 6 / 1).modelled);
static_assert(side(2025y / 6 / 1).import_allowed == truth::unknown);
static_assert(side(2025y / 6 / 1).measures.empty());
// The pause of 2026-01-07 names no firm: undecided whoever the buyer is.
static_assert(side(2026y / 1 / 10, "Alibaba").import_allowed == truth::unknown);
static_assert(side(2026y / 1 / 10, "Alibaba").needs[0] ==
              "which firms were told to halt their orders (the reports "
              "name none)");
// From the customs instruction (reported 2026-01-14) to the approval: not allowed for anyone.
static_assert(side(2026y / 1 / 13, "Alibaba").import_allowed == truth::unknown);
static_assert(side(2026y / 1 / 14, "Alibaba").import_allowed == truth::no);
static_assert(side(2026y / 1 / 20).import_allowed == truth::no);
static_assert(side(2026y / 1 / 27, "Alibaba").import_allowed == truth::no);
// From the approval (reported 2026-01-28): allowed for the firms it names, not for others; without a
// buyer undecided, needing the end user.
static_assert(side(2026y / 1 / 28, "Alibaba").import_allowed == truth::yes);
static_assert(side(2026y / 2 / 1, "ByteDance").import_allowed == truth::yes);
static_assert(side(2026y / 2 / 1, "tencent holdings ltd").import_allowed == truth::yes);
static_assert(side(2026y / 2 / 1, "Baidu").import_allowed == truth::no);
static_assert(side(2026y / 2 / 1).import_allowed == truth::unknown);
static_assert(side(2026y / 2 / 1).needs.size() == 1);
static_assert(side(2026y / 2 / 1).needs[0] == "the end user's name (--end-user NAME): the approval names its buyers");
// The approval's reported conditions come with it.
static_assert(side(2026y / 2 / 1, "Alibaba").conditions.size() == 4);  // three of the approval, one of the 2025 rule
static_assert(side(2026y / 2 / 1, "Baidu").conditions.size() == 1);

// Every measure here is reported, none official; each carries its outlet, date and address.
constexpr bool all_sourced() {
  for (const import_measure* m : all_import_measures) {
    if (m->status != import_status::reported || m->sources.empty() || m->when.empty() || m->doubt.empty()) return false;
    for (const import_source& s : m->sources) {
      // A report is never older than the record it dates.
      if (s.outlet.empty() || !s.date.ok() || s.url.substr(0, 4) != "http" || s.date < m->from) return false;
    }
  }
  return true;
}
static_assert(all_sourced());

// --- A destination with nothing modelled ------------------------------------------------------------
static_assert(!destination_side(item_of(h200), require_destination("FR"), 2026y / 2 / 1, "Alibaba").modelled);
static_assert(destination_side(item_of(h200), require_destination("FR"), 2026y / 2 / 1, "Alibaba").import_allowed ==
              truth::unknown);
// Hong Kong is a customs territory of its own: China's import measures are not Hong Kong's.
static_assert(!destination_side(item_of(h200), require_destination("HK"), 2026y / 2 / 1, "Alibaba").modelled);
static_assert(!import_modelled(require_destination("MO")));
static_assert(import_modelled(cn));

// --- Buyer names -----------------------------------------------------------------------------------
// Compared by party_name.hpp: exact, possible (to review, never taken as the firm) or none.
static_assert(buyer_name_match("Alibaba", "Alibaba") == name_match::exact);
static_assert(buyer_name_match("Alibaba Group Holding Ltd.", "Alibaba Group Holding") == name_match::exact);
static_assert(buyer_name_match("ByteDance Ltd", "ByteDance") == name_match::exact);
static_assert(buyer_name_match("Alibaba Cloud", "Alibaba") == name_match::possible);
static_assert(buyer_name_match("Baidu", "Alibaba") == name_match::none);
static_assert(buyer_name_match("", "Alibaba") == name_match::none);
// A possible match leaves the import undecided, with the question; an exact one of an alias decides.
static_assert(side(2026y / 2 / 1, "Alibaba Cloud").import_allowed == truth::unknown);
static_assert(side(2026y / 2 / 1, "Alibaba Cloud").needs[0] ==
              "whether the end user is one of the firms the measure names (its name is a possible match, to review)");
static_assert(side(2026y / 2 / 1, "Alibaba Group Holding Limited").import_allowed == truth::yes);

// --- Through assess(): beside the US answer, never in it ---------------------------------------------
constexpr assessment with_buyer = assess(h200, cn, 2026y / 2 / 1, {.us_available = truth::yes, .end_user = "Alibaba"});
constexpr assessment without_buyer = assess(h200, cn, 2026y / 2 / 1, {.us_available = truth::yes});
static_assert(with_buyer.destination_side.import_allowed == truth::yes);
static_assert(with_buyer.destination_side.end_user == "Alibaba");
static_assert(without_buyer.destination_side.import_allowed == truth::unknown);
static_assert(with_buyer.license_required == truth::yes && without_buyer.license_required == truth::yes);
static_assert(with_buyer.review == review_policy::case_by_case && without_buyer.review == review_policy::case_by_case);
constexpr bool same_us_measures(const assessment& x, const assessment& y) {
  if (x.measures.size() != y.measures.size()) return false;
  for (std::size_t i = 0; i < x.measures.size(); ++i) {
    if (!(x.measures[i] == y.measures[i])) return false;
  }
  return true;
}
static_assert(same_us_measures(with_buyer, without_buyer));
static_assert(with_buyer.needs.size() == without_buyer.needs.size());
static_assert(assess(h200, cn, 2026y / 1 / 20, {.end_user = "Alibaba"}).destination_side.import_allowed == truth::no);
static_assert(!assess(h200, require_destination("DE"), 2026y / 2 / 1).destination_side.modelled);

TEST_CASE("destination side: the checks above also run", "[policy][destination]") {
  CHECK(starts_on_its_day("cn-h200-approval-2026", item_of(h200), truth::yes, "Alibaba"));
  const assessment a = assess(h200, "CN", 2026y / 2 / 1, {.end_user = "Alibaba Group Holding Ltd."});
  CHECK(a.destination_side.import_allowed == truth::yes);
  CHECK(a.license_required == truth::yes);
  const system_spec sys{.name = "8x", .vendor = "NVIDIA", .parts = {system_part{&h200, 8}}};
  CHECK(assess(sys, cn, 2026y / 2 / 1, {.end_user = "Tencent"}).destination_side.import_allowed == truth::yes);
  CHECK(assess(sys, cn, 2026y / 2 / 1).destination_side.import_allowed == truth::unknown);
}

TEST_CASE("destination side: timeline rows for the destination's changes", "[policy][destination][timeline]") {
  const timeline_result t = timeline(h200, cn);
  bool approval = false, customs = false;
  for (const timeline_event& e : t.events) {
    for (const import_measure* m : e.destination_started) {
      approval = approval || (m->key == "cn-h200-approval-2026" && e.date == 2026y / 1 / 28);
      customs = customs || (m->key == "cn-h200-customs-2026" && e.date == 2026y / 1 / 14);
    }
  }
  CHECK(approval);
  CHECK(customs);
  // With the buyer named, the row of the approval says the import is allowed.
  const timeline_result named = timeline(h200, cn, {.end_user = "Alibaba"});
  bool allowed = false;
  for (const timeline_event& e : named.events)
    allowed = allowed || (e.date == 2026y / 1 / 28 && e.answer.destination_side.import_allowed == truth::yes);
  CHECK(allowed);
  // Where nothing is modelled, no row comes from the destination.
  for (const timeline_event& e : timeline(h200, require_destination("FR")).events) CHECK(e.destination_started.empty());
}

}  // namespace
