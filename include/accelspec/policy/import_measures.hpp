// The destination's own import measures, as data (see import_measure.hpp for the shape): China's
// measures on foreign AI chips in 2025 and 2026. None was published; each is known from press
// reports, with the outlet, the date and the address of the report read. Adding a measure is
// adding a record here (and its tests).
//
// Not here, on purpose: the clearance of "about ten" Chinese firms to buy the H200 reported around
// the May 2026 summit was Washington's (licences of the Commerce Department), not Beijing's, and
// the further Chinese approvals expected after 2026-01-28 were not found with buyers named.
#pragma once

#include <array>
#include <chrono>
#include <string_view>

#include "import_measure.hpp"

namespace accelspec::policy {

namespace import_measures {
using namespace std::chrono_literals;
using std::chrono::year_month_day;

inline constexpr import_measure cn_h20_summons_2025{
    .key = "cn-h20-summons-2025",
    .codes = "CN",
    .authority = import_authority::cyberspace,
    .from = 2025y / std::chrono::July / 31,
    .basis = date_basis::measure_day,
    .when = "2025-07-31, the day of the summons (the regulator's statement of that day)",
    .company = "NVIDIA",
    .products = {"H20"},
    .effect = import_effect::scrutiny,
    .text =
        "the Cyberspace Administration of China summoned NVIDIA to explain the 'backdoor security risks' of H20 "
        "chips sold in China and to submit supporting documents",
    .status = import_status::reported,
    .sources = {{"TRT World (quoting the regulator's statement)", 2025y / std::chrono::July / 31,
                 "https://www.trtworld.com/article/25c7203cf45e"},
                {"Hindustan Times", 2025y / std::chrono::July / 31,
                 "https://www.hindustantimes.com/technology/"
                 "chinas-cybersecurity-regulator-summons-nvidia-over-chip-security-issue-101753952830068.html"}},
    .doubt = "the regulator's own statement (its 'Cyber China' account) is known as quoted by the press, not read",
};

inline constexpr import_measure cn_h20_discouraged_2025{
    .key = "cn-h20-discouraged-2025",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2025y / std::chrono::August / 12,
    .basis = date_basis::report_day,
    .when = "notices sent 'over the past few weeks' before Bloomberg's report of 2025-08-12",
    .company = "NVIDIA",
    .products = {"H20"},
    .effect = import_effect::discouraged,
    .text =
        "notices to a range of firms discouraged use of the H20, above all for government or national-security "
        "work (not an outright ban); the ministry of industry asked large firms why they ordered H20s rather than "
        "domestic chips",
    .status = import_status::reported,
    .sources = {{"Mint (Bloomberg)", 2025y / std::chrono::August / 12,
                 "https://www.livemint.com/companies/"
                 "china-advises-firms-to-avoid-nvidia-h20-chips-amid-security-concerns-aims-shift-towards-local-"
                 "alternatives/amp-11754976729348.html"},
                {"Devdiscourse (Bloomberg, Financial Times)", 2025y / std::chrono::August / 12,
                 "https://www.devdiscourse.com/article/technology/"
                 "3538518-nvidias-h20-chips-in-crossfire-as-china-pushes-for-domestic-solutions"}},
    .doubt = "the notices were not published; whether AMD's MI308 was named is unclear, so it is not modelled",
};

inline constexpr import_measure cn_rtx_pro_6000d_2025{
    .key = "cn-rtx-pro-6000d-2025",
    .codes = "CN",
    .authority = import_authority::cyberspace,
    .from = 2025y / std::chrono::September / 17,
    .basis = date_basis::report_day,
    .when = "told 'this week' (the Financial Times, 2025-09-17)",
    .company = "NVIDIA",
    .products = {"RTX Pro 6000D"},
    .buyers = buyer_scope::named_among_others,
    .buyer_names = {"ByteDance", "Alibaba"},
    .buyer_aliases = {"Alibaba Group Holding"},
    .buyer_needs = "whether the buyer was among the firms told (the reports name ByteDance and Alibaba among others)",
    .effect = import_effect::not_allowed,
    .text =
        "the Cyberspace Administration of China told firms including ByteDance and Alibaba to stop testing and "
        "buying NVIDIA's RTX Pro 6000D and to cancel existing orders",
    .status = import_status::reported,
    .sources = {{"cash.ch (the Financial Times)", 2025y / std::chrono::September / 17,
                 "https://www.cash.ch/news/presse-china-untersagt-heimischen-unternehmen-den-kauf-von-nvidia-ki-chips-"
                 "862200"},
                {"People's Daily Online (foreign ministry on the Financial Times report)",
                 2025y / std::chrono::September / 18, "http://en.people.cn/n3/2025/0918/c90000-20367936.html"}},
    .doubt =
        "the instruction was not published; the foreign ministry referred the question to 'competent "
        "authorities'",
};

inline constexpr import_measure cn_state_datacentres_2025{
    .key = "cn-state-datacentres-2025",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2025y / std::chrono::November / 5,
    .basis = date_basis::report_day,
    .when = "guidance issued before Reuters' report of 2025-11-05 (its own date not reported)",
    .items = import_items::foreign_chips,
    .buyers = buyer_scope::category,
    .buyer_needs = "whether the chips go to a new data-centre project that received state funds",
    .effect = import_effect::required_domestic_share,
    .text =
        "new data-centre projects that received any state funds must use only domestically made AI chips; "
        "projects less than 30% complete to remove foreign chips or cancel planned purchases, more advanced ones "
        "decided case by case",
    .status = import_status::reported,
    .sources = {{"Reuters", 2025y / std::chrono::November / 5,
                 "https://www.reuters.com/world/china/"
                 "china-bans-foreign-ai-chips-state-funded-data-centres-sources-say-2025-11-05/"},
                {"Business Standard (Reuters)", 2025y / std::chrono::November / 5,
                 "https://www.business-standard.com/amp/world-news/"
                 "china-bans-restricts-nvidia-foreign-ai-chips-data-centres-125110501115_1.html"}},
    .doubt = "the guidance was not published; the Reuters report was read as quoted by other outlets",
};

inline constexpr import_measure cn_h200_pause_2026{
    .key = "cn-h200-pause-2026",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2026y / std::chrono::January / 7,
    .basis = date_basis::report_day,
    .when = "told 'this week' (The Information, reported 2026-01-07)",
    .company = "NVIDIA",
    .products = {"H200"},
    .buyers = buyer_scope::unnamed,
    .buyer_needs = "which firms were told to halt their orders (the reports name none)",
    .effect = import_effect::not_allowed,
    .text =
        "some technology firms were told to halt new H200 orders until the government decides whether, and on "
        "what terms, to allow purchases",
    .status = import_status::reported,
    .sources = {{"Semafor (The Information)", 2026y / std::chrono::January / 7,
                 "https://www.semafor.com/article/01/07/2026/china-heightens-scrutiny-of-us-tech-ties"},
                {"Devdiscourse (The Information)", 2026y / std::chrono::January / 7,
                 "https://www.devdiscourse.com/article/technology/"
                 "3762717-beijings-bold-move-tech-tensions-over-nvidias-h200-chips"}},
    .doubt = "not published; the firms told are not named",
};

inline constexpr import_measure cn_h200_customs_2026{
    .key = "cn-h200-customs-2026",
    .codes = "CN",
    .authority = import_authority::customs,
    .from = 2026y / std::chrono::January / 14,
    .basis = date_basis::report_day,
    .when = "told 'this week' (Reuters, 2026-01-14); firms were summoned on 2026-01-13",
    .company = "NVIDIA",
    .products = {"H200"},
    .effect = import_effect::not_allowed,
    .text =
        "customs told customs agents that NVIDIA H200 chips are not permitted to enter China, and officials told "
        "domestic technology firms not to buy them unless necessary ('basically a ban for now')",
    .status = import_status::reported,
    .sources = {{"News.Az (Reuters)", 2026y / std::chrono::January / 14,
                 "https://news.az/news/china-blocks-nvidia-h200-ai-chips-amid-tech-tensions"},
                {"The American Bazaar (Reuters)", 2026y / std::chrono::January / 14,
                 "https://americanbazaaronline.com/2026/01/14/"
                 "nvidias-h200-chips-no-longer-allowed-in-china-according-to-officials-473249"}},
    .doubt =
        "no formal ban was published; the reports could not say whether it is temporary or covers orders already "
        "placed; it was not reported lifted for buyers outside the approvals",
};

inline constexpr import_measure cn_h200_approval_2026{
    .key = "cn-h200-approval-2026",
    .codes = "CN",
    .authority = import_authority::government,
    .from = 2026y / std::chrono::January / 28,
    .basis = date_basis::report_day,
    .when = "granted 'this week', during NVIDIA's chief executive's visit (Reuters, 2026-01-28)",
    .company = "NVIDIA",
    .products = {"H200"},
    .buyers = buyer_scope::named,
    .buyer_names = {"ByteDance", "Alibaba", "Tencent"},
    .buyer_aliases = {"Alibaba Group Holding", "Tencent Holdings"},
    .effect = import_effect::allowed,
    .text =
        "China approved its first batch of H200 imports: more than 400,000 chips in total for ByteDance, Alibaba "
        "and Tencent, with other firms in a queue for later approvals",
    .conditions = {"purchases only for uses deemed necessary, such as advanced AI research and development",
                   "buyers submitted documents explaining how they plan to use the chips",
                   "domestic chips required for some AI training and most inference workloads"},
    .status = import_status::reported,
    .sources = {{"The Business Times (Reuters)", 2026y / std::chrono::January / 28,
                 "https://www.businesstimes.com.sg/international/global/"
                 "china-approves-first-batch-nvidia-h200-chip-imports-sources"},
                {"Hindustan Times (The Wall Street Journal)", 2026y / std::chrono::January / 28,
                 "https://www.hindustantimes.com/world-news/"
                 "china-approves-purchases-of-nvidia-s-h200-chip-easing-tension-with-us-101769591215925.html"}},
    .doubt =
        "no approval was published; the buyers are from Reuters (the Wall Street Journal names Alibaba and "
        "ByteDance among major firms), the conditions from the Wall Street Journal",
};

}  // namespace import_measures

// Every import measure, in date order.
inline constexpr std::array<const import_measure*, 7> all_import_measures{
    &import_measures::cn_h20_summons_2025,   &import_measures::cn_h20_discouraged_2025,
    &import_measures::cn_rtx_pro_6000d_2025, &import_measures::cn_state_datacentres_2025,
    &import_measures::cn_h200_pause_2026,    &import_measures::cn_h200_customs_2026,
    &import_measures::cn_h200_approval_2026,
};

// Looks an import measure up by key; nullptr when unknown.
constexpr const import_measure* find_import_measure(std::string_view key) noexcept {
  for (const import_measure* m : all_import_measures) {
    if (m->key == key) return m;
  }
  return nullptr;
}

// Vendors of the destination's own chips, for `import_items::foreign_chips` (China's AI-chip designers).
inline constexpr std::string_view domestic_vendors_cn =
    "Huawei|Cambricon|Hygon|Biren|Moore Threads|MetaX|Enflame|Iluvatar|Kunlunxin|T-Head";

}  // namespace accelspec::policy
