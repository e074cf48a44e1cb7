// The named parties whose presence changes an answer for advanced-computing items, as data: the
// Entity List entries that matter for AI compute, the end users the UAE rule of July 2026 authorizes,
// and the Chinese chip designers whose 3A090 ICs fall under the General Prohibition 10 guidance.
// Each is a name with its listed aliases; measures.hpp gives each its dates, source and effect, and
// party_name.hpp decides whether a given end user is one of them. This is a curated extract, not the
// lists themselves: an end user not found here is still to be screened (the answers say so).
#pragma once

#include <string_view>

#include "party_name.hpp"

namespace accelspec::policy::parties {

// --- Entity List (Supp. No. 4 to Part 744) ------------------------------------------------------

inline constexpr std::string_view huawei_aliases[] = {
    "Huawei",    "Huawei Technologies",     "HiSilicon Technologies Co., Ltd.",
    "HiSilicon", "Huawei Device Co., Ltd.", "Huawei Cloud Computing Technology Co., Ltd.",
};
inline constexpr party_names huawei{.name = "Huawei Technologies Co., Ltd.", .aliases = huawei_aliases};

inline constexpr std::string_view sugon_aliases[] = {
    "Sugon",
    "Dawning",
    "Dawning Information Industry",
    "Sugon Information Industry",
    "Shuguang",
    "Shuguang Information Industry",
    "Zhongke Dawn",
    "Zhongke Shuguang",
    "Dawning Company",
    "Tianjin Shuguang Computer Industry",
};
inline constexpr party_names sugon{.name = "Dawning Information Industry Co., Ltd. (Sugon)", .aliases = sugon_aliases};

inline constexpr std::string_view smic_aliases[] = {
    "SMIC",
    "Semiconductor Manufacturing International Corporation",
    "Semiconductor Manufacturing International (Beijing) Corporation",
    "Semiconductor Manufacturing International (Tianjin) Corporation",
    "Semiconductor Manufacturing International (Shenzhen) Corporation",
    "SMIC Semiconductor Manufacturing (Shanghai) Co., Ltd.",
    "SMIC Holdings Limited",
    "Semiconductor Manufacturing South China Corporation",
    "SMIC Northern Integrated Circuit Manufacturing (Beijing) Co., Ltd.",
    "SMIC Hong Kong International Company Limited",
    "SJ Semiconductor",
    "Ningbo Semiconductor International Corporation",
};
inline constexpr party_names smic{.name = "Semiconductor Manufacturing International Corporation Incorporated",
                                  .aliases = smic_aliases};

inline constexpr std::string_view biren_aliases[] = {
    "Biren",
    "Biren Technology",
    "Shanghai Biren Intelligent Technology Co., Ltd.",
    "Shanghai Biren Technology Co., Ltd.",
};
inline constexpr party_names biren{.name = "Beijing Biren Technology Development Co., Ltd.", .aliases = biren_aliases};

inline constexpr std::string_view moore_threads_aliases[] = {
    "Moore Threads",
    "Moore Threads Technology Co., Ltd.",
};
inline constexpr party_names moore_threads{.name = "Moore Threads Intelligent Technology (Beijing) Co., Ltd.",
                                           .aliases = moore_threads_aliases};

inline constexpr std::string_view zhipu_aliases[] = {
    "Zhipu AI",
    "Zhipu",
    "Beijing Zhipu Huazhang Technology",
};
inline constexpr party_names zhipu{.name = "Beijing Zhipu Huazhang Technology Co., Ltd.", .aliases = zhipu_aliases};

inline constexpr std::string_view sophgo_aliases[] = {"Sophgo"};
inline constexpr party_names sophgo{.name = "Sophgo Technologies Ltd.", .aliases = sophgo_aliases};

// --- The UAE rule of July 2026 ------------------------------------------------------------------

inline constexpr std::string_view uae_government_aliases[] = {
    "UAE Government",
    "Government of the UAE",
    "United Arab Emirates Government",
    "Government of the United Arab Emirates",
};
inline constexpr party_names uae_government{.name = "Government of the United Arab Emirates",
                                            .aliases = uae_government_aliases};

// Supplement No. 8 to Part 740 as reported: G42 and Core42.
inline constexpr std::string_view supplement_8_aliases[] = {
    "Group 42", "Group 42 Holding", "G42 Holding", "Core42", "Core 42",
};
inline constexpr party_names supplement_8{.name = "G42", .aliases = supplement_8_aliases};

// "UAE subsidiaries" of the US-headquartered companies the rule names (as reported): a name with
// the parent's name is a possible match; the ownership and the UAE location are for a person to confirm.
inline constexpr std::string_view us_parents_aliases[] = {
    "Apple", "Google", "Meta", "Microsoft", "OpenAI", "Oracle", "xAI",
};
inline constexpr party_names us_subsidiaries{
    .name = "Amazon", .aliases = us_parents_aliases, .rule = name_rule::subsidiary_of};

// --- Designers headquartered in China (General Prohibition 10 guidance of 2025-05-13) ------------
// The guidance reaches "PRC 3A090 ICs", not only Huawei's: the vendors below are designers
// headquartered in China (the library's list, inferred from public company information).
inline constexpr std::string_view prc_designer_aliases[] = {
    "HiSilicon", "Cambricon", "Biren",     "Moore Threads", "MetaX",   "Hygon", "Iluvatar CoreX",
    "Enflame",   "Sophgo",    "Kunlunxin", "T-Head",        "Alibaba", "Baidu", "Sugon",
};
inline constexpr party_names prc_designers{.name = "Huawei", .aliases = prc_designer_aliases};

}  // namespace accelspec::policy::parties
