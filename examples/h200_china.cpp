// The NVIDIA H200 and China, told from the library's own answers: the August 2022 letter and the
// October 2022 rule that caught its predecessors (A100, H100), the 2023 text that caught the H200
// and the A800/H800 made to pass the 2022 one, the January 2026 rule and its conditions (which the
// China-only A800 does not meet), the Section 232 tariff band, the B200 still denied, the H20's April
// 2025 letter, a buyer headquartered in China, and a reported first batch of 400,000 H200s beside the
// AI Diffusion framework's per-country cap; then the other gate, China's own: the customs
// instruction of January 2026 and the approval of 2026-01-28 for named buyers (press reports, marked
// so). Every figure below is computed, not typed in.
#include <chrono>
#include <iostream>
#include <string>

#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/catalog/assess.hpp>  // catalog::assess, catalog::timeline
#include <accelspec/io.hpp>
#include <accelspec/policy.hpp>

namespace as = accelspec;
namespace cat = accelspec::catalog;
namespace policy = accelspec::policy;
using namespace std::chrono_literals;

namespace {

constexpr policy::destination china = policy::require_destination("CN");
constexpr auto& h200 = cat::nvidia::h200_sxm;
constexpr auto& h200_entry = cat::nvidia::h200_sxm_entry;

// The story holds at compile time too.
static_assert(policy::assess(cat::nvidia::a100_sxm, china, 2022y / 9 / 15).has_measure("nvidia-notice-2022"));
static_assert(policy::assess(cat::nvidia::a800_sxm, china, 2023y / 1 / 15).license_required == as::truth::no);
static_assert(policy::assess(h200, china, 2024y / 6 / 1).review == policy::review_policy::presumption_of_denial);
static_assert(cat::assess(h200_entry, china, 2026y / 1 / 15).review == policy::review_policy::case_by_case);
static_assert(cat::assess(cat::nvidia::a800_sxm_entry, china, 2026y / 1 / 15).review ==
              policy::review_policy::presumption_of_denial);
static_assert(cat::assess(cat::nvidia::b200_entry, china, 2026y / 1 / 15).review ==
              policy::review_policy::presumption_of_denial);
// Both gates: on 2026-02-01 the US side is case-by-case whoever the buyer; China's side (reported)
// allows the import for a buyer its approval names, not for another, and is undecided for a buyer not named.
static_assert(cat::assess(h200_entry, china, 2026y / 2 / 1, {.end_user = "Alibaba"}).destination_side.import_allowed ==
              as::truth::yes);
static_assert(cat::assess(h200_entry, china, 2026y / 2 / 1, {.end_user = "Baidu"}).destination_side.import_allowed ==
              as::truth::no);
static_assert(cat::assess(h200_entry, china, 2026y / 2 / 1).destination_side.import_allowed == as::truth::unknown);
static_assert(cat::assess(h200_entry, china, 2026y / 2 / 1, {.end_user = "Baidu"}).review ==
              policy::review_policy::case_by_case);

std::string license(const policy::assessment& a) {
  return a.license_required == as::truth::yes  ? "required"
         : a.license_required == as::truth::no ? "not required"
                                               : "undecided";
}

void show(const char* heading, const policy::assessment& a) {
  std::cout << "\n== " << heading << " ==\n";
  std::cout << "ECCN " << key(a.eccn) << "; license " << license(a);
  if (a.review != policy::review_policy::none) std::cout << "; review: " << key(a.review);
  std::cout << "\n";
  for (const policy::measure_verdict& v : a.measures) {
    std::cout << "  measure " << v.measure->key << " (" << v.measure->section << ")\n";
  }
  for (std::string_view r : a.reasons) std::cout << "  because " << r << "\n";
  for (const policy::regulation* c : a.citations) std::cout << "  cites " << as::io::citation_text(*c) << "\n";
}

std::string allowed(as::truth t) {
  return t == as::truth::yes ? "allowed" : t == as::truth::no ? "not allowed" : "undecided";
}

// Both gates for one buyer on one date: the US license and China's import.
void both_gates(const char* when, std::chrono::year_month_day date, std::string_view buyer) {
  const policy::assessment a = cat::assess(h200_entry, china, date, {.end_user = buyer});
  std::cout << when << ", " << (buyer.empty() ? std::string("no buyer named") : std::string(buyer)) << ": US license "
            << license(a) << " (" << key(a.review) << "); China's import "
            << allowed(a.destination_side.import_allowed);
  for (std::string_view n : a.destination_side.needs) std::cout << "; needs " << n;
  std::cout << "\n";
  for (const policy::import_verdict& v : a.destination_side.measures) {
    if (!policy::decides_import(v.measure->effect)) continue;
    std::cout << "  " << v.measure->key << ": " << key(v.measure->effect)
              << (v.applies == as::truth::yes ? "" : " (may apply)") << " " << as::io::import_status_note(*v.measure)
              << "\n";
  }
}

}  // namespace

int main() {
  std::cout << "NVIDIA H200 SXM: TPP " << as::io::pretty(*as::tpp(h200)) << ", total DRAM bandwidth "
            << as::io::pretty(*as::total_dram_bandwidth(h200)) << ", announced " << as::io::to_string(*h200.released)
            << "\n";

  // 1. Before the H200: the letter of August 2022 and the rule of October 2022 caught the A100 and
  //    H100; the A800 and H800 were cut to an NVLink rate under the 2022 text's 600 GB/s.
  show("2022-09-15: A100 to China (the letter of 2022-08-26)",
       policy::assess(cat::nvidia::a100_sxm, china, 2022y / 9 / 15));
  show("2023-01-15: H100 to China (the October 2022 rule)",
       policy::assess(cat::nvidia::h100_sxm, china, 2023y / 1 / 15));
  show("2023-01-15: A800 to China (400 GB/s NVLink, under the 2022 text)",
       policy::assess(cat::nvidia::a800_sxm, china, 2023y / 1 / 15));
  show("2023-11-01: H800 to China (the 2023 rule, effective early for NVIDIA)",
       policy::assess(cat::nvidia::h800_sxm, china, 2023y / 11 / 1));

  // 2. The H200 under the 2023 text.
  show("2024-06-01: H200 to China", policy::assess(h200, china, 2024y / 6 / 1));

  // 3. January 2026: case-by-case for products commercially available in the US, on conditions.
  const policy::assessment jan2026 = cat::assess(h200_entry, china, 2026y / 1 / 15);
  show("2026-01-15: H200 to China", jan2026);
  std::cout << "Conditions of the case-by-case review:\n";
  for (std::string_view c : jan2026.conditions) std::cout << "  - " << c << "\n";
  if (jan2026.tariff.band != nullptr) {
    std::cout << "Section 232: tariff band " << jan2026.tariff.band->number << " (TPP greater than "
              << as::io::pretty(jan2026.tariff.band->tpp_low) << " and less than "
              << as::io::pretty(jan2026.tariff.band->tpp_high) << ", memory bandwidth greater than "
              << as::io::pretty(jan2026.tariff.band->bandwidth_low) << " and less than "
              << as::io::pretty(jan2026.tariff.band->bandwidth_high) << "), " << policy::section_232_rate_percent
              << "% on covered imports into the United States\n";
  }
  show("2026-01-15: A800 to China (made for China only)",
       cat::assess(cat::nvidia::a800_sxm_entry, china, 2026y / 1 / 15));
  show("2026-01-15: B200 to China", cat::assess(cat::nvidia::b200_entry, china, 2026y / 1 / 15));
  show("2026-06-01: H200 to Malaysia, buyer headquartered in China",
       cat::assess(h200_entry, policy::require_destination("MY"), 2026y / 6 / 1, {.headquarters = china}));

  const policy::assessment h20 = policy::assess(cat::nvidia::h20, china, 2025y / 4 / 9);
  show("2025-04-09: H20 to China", h20);

  // 4. The other gate: China's own measures (none published; every one reported by the press).
  std::cout << "\n== The other gate: China's import of the H200 (press reports) ==\n";
  both_gates("2026-01-20", 2026y / 1 / 20, "Alibaba");
  both_gates("2026-02-01", 2026y / 2 / 1, "Alibaba");
  both_gates("2026-02-01", 2026y / 2 / 1, "Baidu");
  both_gates("2026-02-01", 2026y / 2 / 1, "");
  std::cout << "Conditions at the destination (reported):\n";
  for (std::string_view c :
       cat::assess(h200_entry, china, 2026y / 2 / 1, {.end_user = "Alibaba"}).destination_side.conditions)
    std::cout << "  - " << c << "\n";

  std::cout << "\n== Timeline: H200 to China ==\n";
  const policy::timeline_result t = cat::timeline(h200_entry, china);
  for (const policy::timeline_event& e : t.events) {
    std::cout << as::io::to_string(e.date) << ": " << (e.release ? "announced, " : "") << key(e.answer.eccn) << ", "
              << key(e.answer.review);
    for (const policy::regulation* r : e.took_effect) std::cout << "; " << as::io::citation_text(*r);
    for (const policy::import_measure* m : e.destination_started)
      std::cout << "; at the destination: " << m->key << " " << as::io::import_status_note(*m);
    std::cout << "\n";
  }
  for (const policy::timeline_note& n : t.notes) {
    std::cout << as::io::to_string(n.event->date) << ": event: " << n.event->text << "\n";
  }

  // A reported first batch of 400,000 H200s (press report, unverified) in TPP, beside the
  // AI Diffusion framework's Tier 2 per-country cap (China was Tier 3, and nobody ever had to comply
  // with the framework: the comparison is one of scale only).
  const as::tpp_value batch = *as::tpp(h200) * 400'000;
  const as::rational ratio = batch.value() / policy::diffusion_country_cap.amount.value();
  std::cout << "\n== 400,000 H200s (reported, unverified) ==\n"
            << "Total TPP " << as::io::pretty(batch) << " = " << as::io::pretty(ratio, 3)
            << " times the Tier 2 per-country cap of " << as::io::pretty(policy::diffusion_country_cap.amount)
            << " TPP (cap figure: " << key(policy::diffusion_country_cap.status) << " source); the cap covers "
            << policy::chips_within(policy::diffusion_country_cap, *as::tpp(h200)) << " H200s.\n";

  std::cout << "\nNot checked by these answers:\n";
  for (std::string_view u : jan2026.not_checked) std::cout << "  - " << u << "\n";
  std::cout << "\nNot verified in these answers:\n";
  for (std::string_view u : jan2026.unverified) std::cout << "  - " << u << "\n";
  return 0;
}
