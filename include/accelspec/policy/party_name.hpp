// Whether two party names are the same party: the one place where names are compared, used by the
// curated party list (parties.hpp, at compile time) and by the run-time screening-list matcher
// (io/screening.hpp).
//
// A name is read as a sequence of words: runs of ASCII letters and digits, or of non-ASCII bytes
// (a name in Chinese characters is one word per run); case, punctuation and spacing do not count.
// Legal-form words at the end ("Co., Ltd.", "Inc.", "GmbH", ...) are dropped. Two names are an
// exact match when their words are the same in the same order, or their letters are the same once
// spaces are removed ("Moore Threads" and "MooreThreads"). A possible match is one a person must
// review, never a clearance: one name's words all occur in the other, the first distinctive word
// is the same, or the names differ by one typing slip in one long word.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace accelspec::policy {

enum class name_match : std::uint8_t { none, possible, exact };

constexpr std::string_view key(name_match m) noexcept {
  switch (m) {
    case name_match::none:
      return "none";
    case name_match::possible:
      return "possible";
    case name_match::exact:
      return "exact";
  }
  return "none";
}

// The closer of two matches (<algorithm> is not included here: its parallel-execution policy
// objects would reach programs that use the library only at compile time).
constexpr name_match stronger(name_match a, name_match b) noexcept { return a < b ? b : a; }

namespace detail::names {

constexpr bool word_byte(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
}
constexpr char fold(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

constexpr bool same_word(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

// Legal forms dropped at the end of a name (each word of "Co., Ltd." is one of them).
inline constexpr std::string_view legal_forms[] = {
    "CO",   "COMPANY", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION", "LLC", "LLP", "PLC",
    "GMBH", "AG",      "SA",  "SAS",     "BV",  "NV",           "PTE",  "PTY",         "KK",  "JSC", "OOO",
    "SRL",  "SPA",     "AB",  "AS",      "OY",  "FZE",          "FZCO", "FZ",          "FZC", "L",   "C",
};
constexpr bool legal_form(std::string_view w) noexcept {
  for (std::string_view f : legal_forms) {
    if (same_word(w, f)) return true;
  }
  return false;
}

// Generic words that never make two names the same party on their own.
inline constexpr std::string_view generic_words[] = {
    "THE",     "OF",       "AND",       "TECHNOLOGY",    "TECHNOLOGIES", "INFORMATION", "INDUSTRY",
    "GROUP",   "HOLDING",  "HOLDINGS",  "INTERNATIONAL", "ELECTRONICS",  "SYSTEMS",     "COMPUTING",
    "SCIENCE", "RESEARCH", "INSTITUTE", "DEVELOPMENT",   "TRADING",      "GLOBAL",      "SHENZHEN",
    "BEIJING", "SHANGHAI", "HONG",      "KONG",          "CHINA",        "HANGZHOU",    "GOVERNMENT",
};
constexpr bool generic(std::string_view w) noexcept {
  if (w.size() < 3) return true;
  for (std::string_view g : generic_words) {
    if (same_word(w, g)) return true;
  }
  return false;
}

// The words of a name, legal forms at the end dropped. A fixed capacity keeps it a constant
// expression; words beyond it are compared as one tail (never silently dropped).
struct words {
  static constexpr std::size_t capacity = 24;
  std::string_view w[capacity]{};
  std::size_t n = 0;
  bool overflow = false;
  std::string_view tail{};  // the rest of the name when it has more words than the capacity
};

constexpr words split(std::string_view s) noexcept {
  words out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !word_byte(s[i])) ++i;
    if (i == s.size()) break;
    std::size_t j = i;
    while (j < s.size() && word_byte(s[j])) ++j;
    if (out.n == words::capacity) {
      out.overflow = true;
      out.tail = s.substr(i);
      break;
    }
    out.w[out.n++] = s.substr(i, j - i);
    i = j;
  }
  // "Co., Ltd." and the like, only at the end, and never the whole name.
  while (!out.overflow && out.n > 1 && legal_form(out.w[out.n - 1])) --out.n;
  return out;
}

// The letters of the words, spaces removed, compared one byte at a time.
constexpr bool same_letters(const words& a, const words& b) noexcept {
  std::size_t ia = 0, ka = 0, ib = 0, kb = 0;
  while (true) {
    while (ia < a.n && ka == a.w[ia].size()) ++ia, ka = 0;
    while (ib < b.n && kb == b.w[ib].size()) ++ib, kb = 0;
    const bool ea = ia == a.n, eb = ib == b.n;
    if (ea || eb) return ea && eb;
    if (fold(a.w[ia][ka]) != fold(b.w[ib][kb])) return false;
    ++ka, ++kb;
  }
}

constexpr bool contains(const words& hay, std::string_view w) noexcept {
  for (std::size_t i = 0; i < hay.n; ++i) {
    if (same_word(hay.w[i], w)) return true;
  }
  return false;
}

// Every distinctive word of `part` occurs in `whole`, and there is at least one.
constexpr bool distinctive_subset(const words& part, const words& whole) noexcept {
  std::size_t distinctive = 0;
  for (std::size_t i = 0; i < part.n; ++i) {
    if (generic(part.w[i])) continue;
    if (!contains(whole, part.w[i])) return false;
    ++distinctive;
  }
  return distinctive > 0;
}

// Edit distance of at most one (one letter inserted, removed or changed), ASCII case folded.
constexpr bool one_slip(std::string_view a, std::string_view b) noexcept {
  if (a.size() > b.size()) return one_slip(b, a);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0, j = 0;
  bool slipped = false;
  while (i < a.size() && j < b.size()) {
    if (fold(a[i]) == fold(b[j])) {
      ++i, ++j;
      continue;
    }
    if (slipped) return false;
    slipped = true;
    if (a.size() == b.size()) ++i;
    ++j;
  }
  return !(slipped && (j < b.size() || i < a.size()));
}

constexpr bool near_same(const words& a, const words& b) noexcept {
  if (a.n != b.n || a.overflow || b.overflow) return false;
  std::size_t slips = 0;
  for (std::size_t i = 0; i < a.n; ++i) {
    if (same_word(a.w[i], b.w[i])) continue;
    if (a.w[i].size() < 5 || !one_slip(a.w[i], b.w[i])) return false;
    ++slips;
  }
  return slips == 1;
}

constexpr bool same_tail(const words& a, const words& b) noexcept {
  if (a.overflow != b.overflow) return false;
  if (!a.overflow) return true;
  return split(a.tail).n == split(b.tail).n && same_letters(split(a.tail), split(b.tail));
}

// match_name() on a query already split into words (a query is matched against many names).
constexpr name_match match_words(const words& q, std::string_view listed) noexcept {
  const words l = split(listed);
  if (q.n == 0 || l.n == 0) return name_match::none;
  if (same_letters(q, l) && same_tail(q, l)) return name_match::exact;
  if (distinctive_subset(q, l) || distinctive_subset(l, q)) return name_match::possible;
  if (!generic(q.w[0]) && same_word(q.w[0], l.w[0])) return name_match::possible;
  if (near_same(q, l)) return name_match::possible;
  return name_match::none;
}

}  // namespace detail::names

// Whether `query` (the name given for the end user) names the party listed as `listed`.
constexpr name_match match_name(std::string_view query, std::string_view listed) noexcept {
  return detail::names::match_words(detail::names::split(query), listed);
}

// Whether the name contains `word` as a whole word (ASCII case folded): how a subsidiary is
// recognised by its parent's name ("Microsoft Gulf FZ-LLC" contains "Microsoft"), a possible match.
constexpr bool name_has_word(std::string_view name, std::string_view word) noexcept {
  using namespace detail::names;
  const words n = split(name), w = split(word);
  if (w.n == 0) return false;
  for (std::size_t i = 0; i + w.n <= n.n; ++i) {
    bool all = true;
    for (std::size_t k = 0; k < w.n && all; ++k) all = same_word(n.w[i + k], w.w[k]);
    if (all) return true;
  }
  return false;
}

// A named party as a list names it: its name and listed aliases. `subsidiary_of`: the names are the
// parents' (a rule that names "the UAE subsidiaries of" companies): a name containing one of them is
// a possible match, never an exact one, since the name alone does not show the ownership.
enum class name_rule : std::uint8_t { names, subsidiary_of };

struct party_names {
  std::string_view name{};
  std::span<const std::string_view> aliases{};
  name_rule rule = name_rule::names;

  // The best match of the end user's name against the name and every alias.
  [[nodiscard]] constexpr name_match match(std::string_view query) const noexcept {
    if (query.empty()) return name_match::none;
    if (rule == name_rule::subsidiary_of) {
      bool any = name_has_word(query, name);
      for (std::string_view a : aliases) any = any || name_has_word(query, a);
      return any ? name_match::possible : name_match::none;
    }
    const detail::names::words q = detail::names::split(query);  // once, for the name and every alias
    name_match best = detail::names::match_words(q, name);
    for (std::string_view a : aliases) {
      if (best == name_match::exact) break;
      best = stronger(best, detail::names::match_words(q, a));
    }
    return best;
  }
};

}  // namespace accelspec::policy
