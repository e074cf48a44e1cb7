// How the CLI talks about bad input: a value echoed back is cut to about 40 characters and its
// control characters escaped (so an error is always one line on stderr, whatever was typed), and
// a near miss gets a "did you mean" from the candidates the option accepts.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <accelspec/io/json.hpp>

namespace accelspec::cli {

// Longest part of a user's value quoted back in an error.
inline constexpr std::size_t max_echo = 40;

// Control characters (and DEL) as visible escapes: "\n", "\t", "\x1b".
inline std::string escape_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  constexpr char hex[] = "0123456789abcdef";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 0xf];
    } else {
      out += c;
    }
  }
  return out;
}

// Makes `s` valid UTF-8: every byte that does not start or continue a well-formed sequence
// (overlong forms, surrogates and code points past U+10FFFF included) becomes U+FFFD. Returns
// whether anything was replaced, so that the caller can say so.
inline bool make_valid_utf8(std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  if (i == s.size()) return false;  // ASCII: nothing to check
  std::string out = s.substr(0, i);
  bool replaced = false;
  while (i < s.size()) {
    const std::size_t n = io::utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      replaced = true;
      ++i;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  s = std::move(out);
  return replaced;
}

// A user's value for an error message: at most max_echo bytes of it (never cutting a
// UTF-8 sequence), "..." and the full length when cut, control characters escaped.
inline std::string shown(std::string_view value) {
  if (value.size() <= max_echo) return escape_controls(value);
  std::size_t cut = max_echo;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xc0) == 0x80) --cut;
  return escape_controls(value.substr(0, cut)) + "...";
}
inline std::string quoted(std::string_view value) {
  if (value.size() <= max_echo) return "'" + shown(value) + "'";
  return "'" + shown(value) + "' (" + std::to_string(value.size()) + " characters)";
}

namespace detail {

inline char fold(char c) {
  // Case-insensitive, and the look-alikes people type for each other in model names.
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (c == 'o') return '0';
  if (c == 'l' || c == 'i') return '1';
  if (c == '_') return '-';
  return c;
}

// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring)
// on folded characters.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1, 0));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

inline bool folded_prefix(std::string_view prefix, std::string_view s) {
  if (prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (fold(prefix[i]) != fold(s[i])) return false;
  }
  return true;
}

}  // namespace detail

// Whether a text can name a party (an end user): a letter or digit, or any non-ASCII character. Used
// by --end-user and by a batch row's end_user cell, so both refuse the same names.
inline bool names_a_party(std::string_view v) {
  for (const char c : v) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

// A candidate the user may have meant, and what to print for it (an alias suggests its id).
struct candidate {
  std::string_view match;    // compared with the input
  std::string_view suggest;  // printed
};

// Up to three suggestions for a near miss: the candidates at the smallest edit distance, when that
// distance is small for the input's length (1 up to 4 characters, 2 up to 8, else 3), or that the
// input (3 characters or more) begins. Empty when nothing is close.
inline std::vector<std::string> suggestions(std::string_view input, const std::vector<candidate>& candidates) {
  if (input.empty() || input.size() > 64) return {};
  const std::size_t limit = input.size() <= 4 ? 1 : input.size() <= 8 ? 2 : 3;
  // Scores are twice the distance; a candidate the input begins scores 1, ahead of one edit.
  std::size_t best = 2 * limit + 1;
  std::vector<std::string> out;
  auto add = [&out](std::string_view s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.emplace_back(s);
  };
  for (const candidate& c : candidates) {
    std::size_t d = 2 * detail::edit_distance(input, c.match);
    if (d > 1 && input.size() >= 3 && detail::folded_prefix(input, c.match)) d = 1;
    if (d < best) {
      best = d;
      out.clear();
    }
    if (d == best && d <= 2 * limit) add(c.suggest);
  }
  if (out.size() > 3) out.resize(3);
  return out;
}

// " (did you mean 'x'?)", " (did you mean 'x' or 'y'?)" or "".
inline std::string did_you_mean(std::string_view input, const std::vector<candidate>& candidates) {
  const std::vector<std::string> s = suggestions(input, candidates);
  if (s.empty()) return "";
  std::string out = " (did you mean ";
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0) out += i + 1 == s.size() ? " or " : ", ";
    out += "'" + s[i] + "'";
  }
  return out + "?)";
}

}  // namespace accelspec::cli
