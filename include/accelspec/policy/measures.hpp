// Company-specific, non-parametric measures: the April 2025 "is-informed" letters to NVIDIA
// (H20) and AMD (MI308). They came as letters naming a product, not as ECCN thresholds, and no
// threshold for "circuits achieving the H20's memory bandwidth, interconnect bandwidth, or
// combination thereof" is public. They are recorded as what they are: a named chip, the
// destinations, the date, the quoted wording, and no invented numbers.
#pragma once

#include <array>
#include <chrono>
#include <string_view>

#include "destination.hpp"
#include "regulation.hpp"

namespace accelspec::policy {

struct company_measure {
  std::string_view key{};
  std::string_view company{};
  // The product as named; a chip matches when its vendor (or name) contains the company token
  // and its name contains one of these as a whole word.
  std::array<std::string_view, 2> products{};
  std::string_view wording{};       // what the notice requires, as disclosed
  std::string_view destinations{};  // as disclosed
  const regulation* source = nullptr;
};

inline constexpr std::array<company_measure, 2> company_measures{{
    {.key = "h20-notice-2025",
     .company = "NVIDIA",
     .products = {"H20", ""},
     .wording = "license required for H20 integrated circuits and any other circuits achieving the H20's memory "
                "bandwidth, interconnect bandwidth, or combination thereof (no public threshold); in effect for the "
                "indefinite future",
     .destinations = "China (including Hong Kong and Macau) and Country Group D:5, and companies headquartered or "
                     "with an ultimate parent there",
     .source = &regulations::h20_notice_2025},
    {.key = "mi308-notice-2025",
     .company = "AMD",
     .products = {"MI308", "MI308X"},
     .wording = "license required for MI308 products, as for the H20 (no public threshold)",
     .destinations = "China (including Hong Kong and Macau) and Country Group D:5, as for the H20 notice",
     .source = &regulations::mi308_notice_2025},
}};

namespace detail {
constexpr bool is_word_char(char c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
// Whether `word` occurs in `text` as a whole word (ASCII case-insensitive): "H20" is in
// "NVIDIA H20 96GB" but not in "NVIDIA H200 SXM".
constexpr bool contains_word(std::string_view text, std::string_view word) noexcept {
  if (word.empty() || word.size() > text.size()) return false;
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < word.size() && same; ++k) same = upper(text[i + k]) == upper(word[k]);
    if (!same) continue;
    const bool left = i == 0 || !is_word_char(text[i - 1]);
    const bool right = i + word.size() == text.size() || !is_word_char(text[i + word.size()]);
    if (left && right) return true;
  }
  return false;
}
}  // namespace detail

// Whether the measure names this product (by vendor and product name).
constexpr bool names_product(const company_measure& m, std::string_view vendor, std::string_view name) noexcept {
  const bool company = detail::contains_word(vendor, m.company) || detail::contains_word(name, m.company);
  if (!company) return false;
  for (std::string_view p : m.products) {
    if (detail::contains_word(name, p)) return true;
  }
  return false;
}

// The destinations the April 2025 letters reach: China (Hong Kong as China), Macau and D:5.
constexpr bool reaches(const company_measure& m, destination d, std::chrono::year_month_day date) {
  return m.source->applies_on(date) && (d.is_china() || d5_or_macau(d, date));
}

}  // namespace accelspec::policy
