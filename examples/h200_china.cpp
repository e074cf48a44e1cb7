// The NVIDIA H200 and China, told from the library's own answers: the 2023 presumption of denial,
// the January 2026 case-by-case review and its conditions, the Section 232 tariff band, the B200
// still denied, the H20's April 2025 letter, and a reported first batch of 400,000 H200s beside
// the AI Diffusion framework's per-country cap. Every figure below is computed, not typed in.
#include <chrono>
#include <iostream>
#include <string>

#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>
#include <accelspec/policy.hpp>

namespace as = accelspec;
namespace policy = accelspec::policy;
using namespace std::chrono_literals;

namespace {

constexpr policy::destination china = policy::require_destination("CN");
constexpr auto& h200 = as::catalog::nvidia::h200_sxm;

// The story holds at compile time too.
static_assert(policy::assess(h200, china, 2024y / 6 / 1).review == policy::review_policy::presumption_of_denial);
static_assert(policy::assess(h200, china, 2026y / 1 / 15).review == policy::review_policy::case_by_case);
static_assert(policy::assess(as::catalog::nvidia::b200, china, 2026y / 1 / 15).review ==
              policy::review_policy::presumption_of_denial);

void show(const char* heading, const policy::assessment& a) {
  std::cout << "\n== " << heading << " ==\n";
  std::cout << "ECCN " << key(a.eccn) << "; license "
            << (a.license_required == as::truth::yes  ? "required"
                : a.license_required == as::truth::no ? "not required"
                                                      : "undecided");
  if (a.review != policy::review_policy::none) std::cout << "; review: " << key(a.review);
  std::cout << "\n";
  for (std::string_view r : a.reasons) std::cout << "  because " << r << "\n";
  for (const policy::regulation* c : a.citations) std::cout << "  cites " << as::io::citation_text(*c) << "\n";
}

}  // namespace

int main() {
  std::cout << "NVIDIA H200 SXM: TPP " << as::io::pretty(*as::tpp(h200)) << ", total DRAM bandwidth "
            << as::io::pretty(*as::total_dram_bandwidth(h200)) << "\n";

  show("2024-06-01: H200 to China", policy::assess(h200, china, 2024y / 6 / 1));

  const policy::assessment jan2026 = policy::assess(h200, china, 2026y / 1 / 15);
  show("2026-01-15: H200 to China", jan2026);
  std::cout << "Conditions of the case-by-case review:\n";
  for (std::string_view c : jan2026.conditions) std::cout << "  - " << c << "\n";
  if (jan2026.tariff.band != nullptr) {
    std::cout << "Section 232: tariff band " << jan2026.tariff.band->number << " (TPP "
              << as::io::pretty(jan2026.tariff.band->tpp_low) << " to " << as::io::pretty(jan2026.tariff.band->tpp_high)
              << ", memory bandwidth " << as::io::pretty(jan2026.tariff.band->bandwidth_low) << " to "
              << as::io::pretty(jan2026.tariff.band->bandwidth_high) << "), " << policy::section_232_rate_percent
              << "% on covered imports into the United States\n";
  }

  const policy::assessment b200 = policy::assess(as::catalog::nvidia::b200, china, 2026y / 1 / 15);
  show("2026-01-15: B200 to China", b200);

  const policy::assessment h20 = policy::assess(as::catalog::nvidia::h20, china, 2025y / 4 / 9);
  show("2025-04-09: H20 to China", h20);
  for (const policy::company_measure* m : h20.measures) {
    std::cout << "  measure (" << m->company << "): " << m->wording << "\n";
  }

  std::cout << "\n== Timeline: H200 to China ==\n";
  for (const policy::timeline_event& e : policy::timeline(h200, china).events) {
    std::cout << as::io::to_string(e.date) << ": " << key(e.answer.eccn) << ", " << key(e.answer.review);
    for (const policy::regulation* r : e.took_effect) std::cout << "; " << as::io::citation_text(*r);
    std::cout << "\n";
  }

  // A reported first batch of 400,000 H200s (press report, unverified) in TPP, beside the
  // AI Diffusion framework's Tier 2 per-country cap (China was Tier 3, and the framework has not
  // been enforced since 2025-05-13: the comparison is one of scale only).
  const as::tpp_value batch = *as::tpp(h200) * 400'000;
  const as::rational ratio = batch.value() / policy::diffusion_country_cap.amount.value();
  std::cout << "\n== 400,000 H200s (reported, unverified) ==\n"
            << "Total TPP " << as::io::pretty(batch) << " = " << as::io::pretty(ratio, 3)
            << " times the Tier 2 per-country cap of " << as::io::pretty(policy::diffusion_country_cap.amount)
            << " TPP (cap figure: " << key(policy::diffusion_country_cap.status) << " source); the cap covers "
            << policy::chips_within(policy::diffusion_country_cap, *as::tpp(h200)) << " H200s.\n";

  std::cout << "\nNot verified in these answers:\n";
  for (std::string_view u : jan2026.unverified) std::cout << "  - " << u << "\n";
  return 0;
}
