// An independent reference for the policy fold ("license required? which review? which license
// exceptions?"), written from the rule texts as docs/policy.md and the shared reference notes
// summarise them (15 CFR 742.6(a)(6), 742.6(b)(10), 744.23(a)(3), 740.8, Part 746, the company
// notices, 91 FR 1684, Proclamation 11002), for the tests that must not check assess() against
// itself. It never includes or calls the policy layer: Country Groups are its own lists (Supplement
// No. 1 to Part 740 on 2023-11-17 and its dated changes), dates are plain yyyymmdd integers, and
// the combination of measures is its own.
//
// What it takes as given: the item's 3A090 paragraph on the date (the classification, which
// reference_3a090.hpp checks on its own), its market, TPP, total DRAM bandwidth and I/O as plain
// integers, and the vendor and product name. Integrated circuits only (no systems, no HBM).
//
// Readings where the rule text leaves a choice, each written down in docs/testing.md:
// - 744.23(d) reviews a datacenter 3A090.a item under a presumption of denial and everything else
//   case-by-case (not public from 2025-01-13: no source read restates it); a 3A090.a item of unknown
//   market is taken as the datacenter case (the stricter, which is also what an exporter who cannot
//   show the market faces).
// - An answer with no TPP and no DRAM bandwidth at all falls in no tariff band.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reference_policy {

enum class tri { no, yes, unknown };
enum class review { none, denial, case_by_case, approval, not_public, undecided, case_by_case_if_us };
enum class paragraph { none, a, b, undecided };
enum class market { datacenter, other, unknown };
enum class exception { nac, aca };

constexpr tri operator&&(tri x, tri y) {
  if (x == tri::no || y == tri::no) return tri::no;
  if (x == tri::unknown || y == tri::unknown) return tri::unknown;
  return tri::yes;
}
constexpr tri truth_of(bool b) { return b ? tri::yes : tri::no; }

struct item {
  paragraph p = paragraph::none;
  market m = market::unknown;
  std::optional<std::int64_t> tpp_count;  // 10^-6 TPP
  std::optional<std::int64_t> dram_bytes_per_s;
  std::optional<std::int64_t> io_bytes_per_s;
  std::string_view vendor, name;
};

struct shipment {
  std::string_view to;
  int date = 0;  // yyyymmdd
  std::optional<std::string_view> headquarters;
  bool export_from_us = true;
  tri us_available = tri::unknown;
  std::string_view end_user;  // the end user's name as listed; empty: not given
};

struct verdict {
  std::string key;
  tri applies = tri::no;
  friend bool operator==(const verdict&, const verdict&) = default;
  friend bool operator<(const verdict& x, const verdict& y) { return x.key < y.key; }
};

struct answer {
  tri license = tri::no;
  review rev = review::none;
  std::vector<exception> exceptions;  // in the order offered
  tri zone = tri::no;                 // inside the January 2026 China/Macau zone (when it is asked)
  int band = 0;                       // Section 232 band number, 0: none
  tri in_band = tri::no;
  std::vector<verdict> measures;  // sorted by key: every measure that applies or may apply
};

// --- Country Groups (Supplement No. 1 to Part 740), 2023-11-17 baseline and dated changes ---------

inline bool listed(std::string_view list, std::string_view code) {
  for (std::size_t i = 0; i + 2 <= list.size(); i += 3) {
    if (list.substr(i, 2) == code) return true;
  }
  return false;
}

inline constexpr int uae_a5 = 20260710;  // the UAE rule (91 FR 43034): into A:5, out of D:4, named in the scope

inline bool d1(std::string_view c, int t) {
  return listed("AM AZ BY CN GE IQ KG KH KP KZ LA LY MD MM MN MO RU TJ TM UZ VE VN YE", c) ||
         (c == "NI" && t >= 20240315);
}
inline bool d4(std::string_view c, int t) {
  if (c == "AE") return t < uae_a5;
  return listed("BH BY CN EG IL IQ IR JO KP KW LB LY MO OM PK QA RU SA SY VE YE", c);
}
inline bool d5(std::string_view c, int t) {
  if (c == "CY") return t < 20240530;
  if (c == "KH") return t < 20251107;
  if (c == "NI") return t >= 20240315;
  return listed("AF BY CD CF CN CU ER HT IQ IR KP LB LY MM RU SD SO SS SY VE ZW", c);
}
inline bool a5(std::string_view c, int t) {
  if (c == "AE") return t >= uae_a5;
  return listed(
      "AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IN IS IT JP KR LT LU LV NL NO NZ PL PT RO "
      "SE SI SK TR",
      c);
}
inline bool a6(std::string_view c) { return listed("AL CY IL MT MX SG TW ZA", c); }

// "Macau or a destination specified in Country Group D:5".
inline bool d5_macau(std::string_view c, int t) { return c == "MO" || d5(c, t); }
// 742.6(a)(6)(iii): D:1, D:4 or D:5 and not A:5 or A:6; from the UAE's move to A:5 it is named.
inline bool scope(std::string_view c, int t) {
  return ((d1(c, t) || d4(c, t) || d5(c, t)) && !(a5(c, t) || a6(c))) || (c == "AE" && t >= uae_a5);
}

// --- Names: a notice names a company's product as a whole word, ASCII case-insensitive ------------

inline bool has_word(std::string_view text, std::string_view word) {
  std::string w;
  auto flush = [&]() {
    bool same = w.size() == word.size();
    for (std::size_t i = 0; same && i < w.size(); ++i) {
      same = std::toupper(static_cast<unsigned char>(w[i])) == std::toupper(static_cast<unsigned char>(word[i]));
    }
    w.clear();
    return same;
  };
  for (const char ch : text) {
    if (std::isalnum(static_cast<unsigned char>(ch)) != 0) {
      w += ch;
    } else if (flush()) {
      return true;
    }
  }
  return flush();
}
inline bool by(const item& it, std::string_view company) {
  return has_word(it.vendor, company) || has_word(it.name, company);
}
inline bool names_any(const item& it, std::string_view company, std::initializer_list<std::string_view> products) {
  if (!by(it, company)) return false;
  return std::any_of(products.begin(), products.end(), [&](std::string_view p) { return has_word(it.name, p); });
}

// Designers headquartered in China, for General Prohibition 10 (the guidance names Huawei's parts;
// the others as public company information has them). Compared without case, spaces or punctuation.
inline std::string folded(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0)
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}
inline bool prc_designer(std::string_view vendor) {
  const std::string v = folded(vendor);
  for (const std::string_view d :
       {"Huawei", "HiSilicon", "Cambricon", "Biren", "Moore Threads", "MetaX", "Hygon", "Iluvatar CoreX", "Enflame",
        "Sophgo", "Kunlunxin", "T-Head", "Alibaba", "Baidu", "Sugon"}) {
    if (!v.empty() && v == folded(d)) return true;
  }
  return false;
}

// --- The fold ---------------------------------------------------------------------------------------

enum class kind { embargo, destination, party, notice, overlay, general_prohibition, authorization, listed };

struct finding {
  std::string key;
  kind k;
  tri applies;
  bool requires_license;
  review rev;
};

// More restrictive first: a denial decides; an open review (undecided, conditional, not public)
// could still be a denial, so it outranks every decided review more favourable than a denial.
inline int rank(review r) {
  switch (r) {
    case review::none:
      return 0;
    case review::approval:
      return 1;
    case review::case_by_case:
      return 2;
    case review::not_public:
      return 3;
    case review::case_by_case_if_us:
      return 4;
    case review::undecided:
      return 5;
    case review::denial:
      return 6;
  }
  return 5;
}

inline tri is_ab(paragraph p) {
  if (p == paragraph::undecided) return tri::unknown;
  return truth_of(p == paragraph::a || p == paragraph::b);
}
inline tri is_p(paragraph p, paragraph want) { return p == paragraph::undecided ? tri::unknown : truth_of(p == want); }

inline std::string_view group_code(std::string_view c) { return c == "HK" ? std::string_view{"CN"} : c; }

inline tri in_zone(const item& it) {
  const tri tpp = it.tpp_count ? truth_of(*it.tpp_count < 21'000 * 1'000'000LL) : tri::unknown;
  const tri dram = it.dram_bytes_per_s ? truth_of(*it.dram_bytes_per_s < 6'500'000'000'000LL) : tri::unknown;
  return tpp && dram;
}

// The first day the measures above name a destination by its code; 2022-10-07 (ECCN 3A090) at the
// latest, for every destination.
inline int covered_from(std::string_view to) {
  struct first {
    std::string_view codes;
    int date;
  };
  int out = 20221007;
  for (const first f :
       {first{"CU", 19960325}, first{"KP", 20070126}, first{"IR", 20090115}, first{"SY", 20040514},
        first{"RU", 20220224}, first{"BY", 20220302}, first{"CN RU", 20220826}, first{"CN", 20220831}}) {
    if (listed(f.codes, to) && f.date < out) out = f.date;
  }
  return out;
}

inline answer assess(const item& it, const shipment& s) {
  const std::string_view to = group_code(s.to);
  const std::string_view hq = group_code(s.headquarters.value_or(s.to));
  const int t = s.date;
  const bool us = to == "US";
  std::vector<finding> f;
  auto add = [&](std::string key, kind k, tri applies, bool license, review r) {
    if (applies != tri::no) f.push_back({std::move(key), k, applies, license, r});
  };
  const bool hq_d5 = d5_macau(hq, t);

  if (!us) {
    // Part 746: every item subject to the EAR (or every CCL item: 3A090/4A090 carry AT 1).
    add("embargo-cuba", kind::embargo, truth_of(to == "CU" && t >= 19960325), true, review::denial);
    add("embargo-north-korea", kind::embargo, truth_of(to == "KP" && t >= 20070126), true, review::denial);
    add("embargo-iran", kind::embargo, truth_of(to == "IR" && t >= 20090115), true, review::denial);
    add("embargo-syria", kind::embargo, truth_of(to == "SY" && t >= 20040514 && t <= 20250901), true, review::denial);
    // From 2025-09-02 the review depends on the end use, which is not an input.
    add("embargo-syria-2025", kind::embargo, truth_of(to == "SY" && t >= 20250902), true, review::undecided);
    add("embargo-russia", kind::embargo, truth_of(to == "RU" && t >= 20220224), true, review::denial);
    add("embargo-belarus", kind::embargo, truth_of(to == "BY" && t >= 20220302), true, review::denial);

    // NVIDIA's letter of 2022-08-26 (A100, A100X, H100 and future chips roughly at the A100: no
    // public figure, so an NVIDIA chip at or above the October 2022 text's lines may be inside).
    if (t >= 20220826 && t <= 20221006 && (to == "CN" || to == "RU")) {
      tri a = tri::no;
      if (names_any(it, "NVIDIA", {"A100", "A100X", "H100"})) {
        a = tri::yes;
      } else if (by(it, "NVIDIA")) {
        const tri io = it.io_bytes_per_s ? truth_of(*it.io_bytes_per_s >= 600'000'000'000LL) : tri::unknown;
        const tri perf = it.tpp_count ? truth_of(*it.tpp_count >= 4'800'000'000LL) : tri::unknown;
        if ((io && perf) != tri::no) a = tri::unknown;
      }
      add("nvidia-notice-2022", kind::notice, a, true, review::not_public);
    }
    add("amd-notice-2022", kind::notice,
        truth_of(t >= 20220831 && t <= 20221006 && to == "CN" && names_any(it, "AMD", {"MI250"})), true,
        review::not_public);

    // October 2022: China; January 2023: Macau added (both until the 2023 text).
    add("3a090-2022-china", kind::destination, to == "CN" && t >= 20221007 && t <= 20231116 ? is_ab(it.p) : tri::no,
        true, review::denial);
    add("3a090-2023-macau", kind::destination, to == "MO" && t >= 20230117 && t <= 20231116 ? is_ab(it.p) : tri::no,
        true, review::denial);

    // 742.6(b)(10): denial for Macau/D:5 destinations or buyers headquartered there, approval
    // otherwise in the 2024 text; the AI Diffusion rule rewrote (b)(10) from 2025-01-13 and no source
    // read states the review outside Macau/D:5 since: not public.
    const review scope_review = d5_macau(to, t) || hq_d5 ? review::denial
                                : t >= 20250113          ? review::not_public
                                                         : review::approval;

    // NVIDIA's notice of 2023-10-23: the 2023 rule early for five products; China certain, the
    // rest of the scope not read.
    if (t >= 20231023 && t <= 20231116 && scope(to, t) &&
        names_any(it, "NVIDIA", {"A100", "A800", "H100", "H800", "L40S"})) {
      add("nvidia-notice-2023", kind::notice, to == "CN" ? tri::yes : tri::unknown, true, scope_review);
    }

    // The 2023 text: D:1, D:4, D:5 less A:5/A:6.
    add("3a090-2023-scope", kind::destination, t >= 20231117 && scope(to, t) ? is_ab(it.p) : tri::no, true,
        scope_review);

    // 744.23(a)(3)(i): a buyer headquartered in Macau/D:5, outside the destination scope; review
    // 744.23(d): denial for datacenter .a items, case-by-case otherwise.
    auto review_744_23 = [&]() {
      if (it.p == paragraph::undecided) return review::undecided;
      if (it.p == paragraph::a && it.m != market::other) return review::denial;
      // Case-by-case is the 2024 text of 744.23(d); no source read restates it from 2025-01-13.
      return t >= 20250113 ? review::not_public : review::case_by_case;
    };
    if (hq_d5 && !scope(to, t)) {
      add("headquarters-2023", kind::party, t >= 20231117 && t <= 20250112 ? is_ab(it.p) : tri::no, true,
          review_744_23());
      add("headquarters-2025-b", kind::party, t >= 20250113 ? is_p(it.p, paragraph::b) : tri::no, true,
          review_744_23());
    }
    // From 2025-01-13 .a items under 742.6(a)(6)(iii)(A) for these buyers everywhere outside Macau/D:5.
    if (hq_d5 && !d5_macau(to, t)) {
      add("headquarters-2025-a", kind::party, t >= 20250113 ? is_p(it.p, paragraph::a) : tri::no, true, review::denial);
    }

    // The April 2025 letters: Macau/D:5 or buyers headquartered there.
    if (d5_macau(to, t) || hq_d5) {
      add("h20-notice-2025", kind::notice, truth_of(t >= 20250409 && names_any(it, "NVIDIA", {"H20"})), true,
          review::not_public);
      add("mi308-notice-2025", kind::notice, truth_of(t >= 20250415 && names_any(it, "AMD", {"MI308", "MI308X"})), true,
          review::not_public);
    }
  }
  // The Entity List (15 CFR 744.11, Supp. No. 4 to Part 744): a license for every item subject to the
  // EAR for a listed end user, under the review its entry states (the exact listed names only).
  if (!us) {
    struct entry {
      std::string_view key, name;
      int from;
      review rev;
    };
    for (const entry e :
         {entry{"entity-list-huawei", "Huawei Technologies Co., Ltd.", 20190516, review::denial},
          entry{"entity-list-sugon", "Dawning Information Industry Co., Ltd. (Sugon)", 20190624, review::denial},
          entry{"entity-list-smic", "Semiconductor Manufacturing International Corporation Incorporated", 20201218,
                review::case_by_case},
          entry{"entity-list-biren", "Beijing Biren Technology Development Co., Ltd.", 20231017, review::denial},
          entry{"entity-list-moore-threads", "Moore Threads Intelligent Technology (Beijing) Co., Ltd.", 20231017,
                review::denial},
          entry{"entity-list-zhipu", "Beijing Zhipu Huazhang Technology Co., Ltd.", 20250116, review::not_public},
          entry{"entity-list-sophgo", "Sophgo Technologies Ltd.", 20250116, review::not_public}}) {
      if (s.end_user == e.name && t >= e.from) add(std::string{e.key}, kind::listed, tri::yes, true, e.rev);
    }
  }

  // General Prohibition 10 (BIS guidance of 2025-05-13): a 3A090 IC designed in China (the Ascend
  // 910B, 910C and 910D named) needs BIS authorization wherever it goes, the United States included.
  if (t >= 20250513) {
    tri gp10 = tri::no;
    if (names_any(it, "Huawei", {"910B", "910C", "910D"})) {
      gp10 = tri::yes;
    } else if (prc_designer(it.vendor)) {
      gp10 = is_ab(it.p);
    } else if (it.vendor.empty()) {
      // No vendor named (a raw spec): the designer may be Chinese, so a 3A090 IC is open.
      gp10 = is_ab(it.p) == tri::no ? tri::no : tri::unknown;
    }
    add("gp10-prc-3a090-2025", kind::general_prohibition, gp10, true, review::not_public);
  }

  answer a;
  // 91 FR 1684: China and Macau, 3A090/4A090, from 2026-01-15: the destination licenses reviewed
  // under a presumption of denial become case-by-case inside the zone, for exports from the US of
  // products available in the US on 2026-01-15.
  if (!us && (to == "CN" || to == "MO") && t >= 20260115 && is_ab(it.p) != tri::no) {
    f.push_back({"china-review-2026", kind::overlay, is_ab(it.p), false, review::none});
    a.zone = in_zone(it);
    review zr = review::denial;
    if (s.export_from_us && a.zone == tri::unknown) {
      zr = review::undecided;
    } else if (s.export_from_us && a.zone == tri::yes && s.us_available != tri::no) {
      zr = s.us_available == tri::yes ? review::case_by_case : review::case_by_case_if_us;
    }
    for (finding& x : f) {
      if (x.k == kind::destination && x.rev == review::denial) x.rev = zr;
    }
  }

  // The UAE rule (from 2026-07-10): license-free 3A090/4A090 .a/.b items for the UAE Government, the
  // entities of Supplement No. 8 to Part 740 (until 2027-04-05) and named US companies' UAE
  // subsidiaries; everyone else needs the license. With no end user given, each may apply, and the
  // destination license may not (never for a buyer headquartered in Macau or D:5).
  if (!us && to == "AE" && t >= uae_a5 && is_ab(it.p) != tri::no) {
    // Which of them names the end user: none given, each may; given, only the one that names it.
    const tri items = is_ab(it.p);
    tri authorized = tri::no;
    auto grant = [&](std::string key, bool in_force, std::string_view name) {
      if (!in_force) return;
      if (s.end_user.empty()) {
        f.push_back({std::move(key), kind::authorization, tri::unknown, false, review::none});
        authorized = authorized == tri::yes ? tri::yes : tri::unknown;
      } else if (s.end_user == name) {
        f.push_back({std::move(key), kind::authorization, items, false, review::none});
        authorized = items == tri::yes ? tri::yes : authorized == tri::yes ? tri::yes : tri::unknown;
      }
    };
    grant("uae-government-2026", true, "Government of the United Arab Emirates");
    grant("uae-supplement-8-2026", t <= 20270405, "G42");
    grant("uae-us-subsidiaries-2026", true, "");  // named only as a possible match (a subsidiary)
    if (authorized != tri::no && !hq_d5) {
      std::vector<finding> kept;
      for (finding& x : f) {
        if (x.k == kind::destination && x.requires_license && x.applies == tri::yes) {
          if (authorized == tri::yes) continue;  // the license is lifted for this end user
          x.applies = tri::unknown;
        }
        kept.push_back(x);
      }
      f = kept;
    }
  }

  // Combine.
  bool required = false, open = false, embargoed = false, nac_basis = false;
  review rev = review::none;
  for (const finding& x : f) {
    if (!x.requires_license) continue;
    if (x.applies == tri::yes) {
      required = true;
      if (rank(x.rev) > rank(rev)) rev = x.rev;
      // Neither Part 746, an Entity List entry nor General Prohibition 10 is overcome by the 3A090
      // license exceptions.
      embargoed = embargoed || x.k == kind::embargo || x.k == kind::general_prohibition || x.k == kind::listed;
      nac_basis = nac_basis || x.key == "3a090-2023-scope" || x.k == kind::party;
    } else {
      open = true;
    }
  }
  // A measure that may apply and would review more strictly leaves the review open.
  for (const finding& x : f) {
    if (x.requires_license && x.applies == tri::unknown && rank(x.rev) > rank(rev)) rev = review::undecided;
  }
  a.license = required ? tri::yes : open ? tri::unknown : tri::no;
  a.rev = required ? rev : open ? review::undecided : review::none;
  // Before the first date modelled for the destination (the first measure that names it, or
  // 2022-10-07 for every destination), "not required" is not an answer.
  if (!us && a.license == tri::no && t < covered_from(to)) {
    a.license = tri::unknown;
    a.rev = review::undecided;
  }

  // 740.8: NAC/ACA for .a items not for datacenters and .b items for datacenters, under the 2023
  // destination or party requirements; not against Part 746. Split on 2024-04-04: NAC (notified)
  // for Macau/D:5 destinations or buyers headquartered there, ACA otherwise.
  const bool eligible =
      (it.p == paragraph::a && it.m == market::other) || (it.p == paragraph::b && it.m == market::datacenter);
  if (!embargoed && required && nac_basis && eligible) {
    a.exceptions.push_back(t < 20240404 || d5_macau(to, t) || hq_d5 ? exception::nac : exception::aca);
  }

  // Proclamation 11002 (from 2026-01-15): both ranges strict.
  if (t >= 20260115 && (it.tpp_count || it.dram_bytes_per_s)) {
    struct band_limits {
      int number;
      std::int64_t tpp_lo, tpp_hi, bw_lo, bw_hi;  // TPP in whole units, bandwidth in GB/s
    };
    for (const band_limits b :
         {band_limits{1, 14'000, 17'500, 4'500, 5'000}, band_limits{2, 20'800, 21'100, 5'800, 6'200}}) {
      auto between = [](std::optional<std::int64_t> v, std::int64_t lo, std::int64_t hi, std::int64_t unit) {
        return v ? truth_of(*v > lo * unit && *v < hi * unit) : tri::unknown;
      };
      const tri in = between(it.tpp_count, b.tpp_lo, b.tpp_hi, 1'000'000) &&
                     between(it.dram_bytes_per_s, b.bw_lo, b.bw_hi, 1'000'000'000);
      if (in == tri::no) continue;  // the two bands are disjoint: at most one is possible
      a.band = b.number;
      a.in_band = in;
      break;
    }
  }

  for (const finding& x : f) a.measures.push_back({x.key, x.applies});
  std::sort(a.measures.begin(), a.measures.end());
  return a;
}

}  // namespace reference_policy
