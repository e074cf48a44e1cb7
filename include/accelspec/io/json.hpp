// A small JSON writer: enough for the CLI's stable output contracts, nothing more.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace accelspec::io {

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong form, no surrogate, nothing
// above U+10FFFF) that starts at s[i], or 0 when none does. The one UTF-8 check of the library and
// the command (JSON strings here; text read from a CSV file in the CLI).
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = at(i);
  if (b < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xbf;  // the range of the second byte
  if (b >= 0xc2 && b <= 0xdf) {
    n = 2;
  } else if (b >= 0xe0 && b <= 0xef) {
    n = 3;
    if (b == 0xe0) lo = 0xa0;
    if (b == 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4;
    if (b == 0xf0) lo = 0x90;
    if (b == 0xf4) hi = 0x8f;
  } else {
    return 0;
  }
  if (i + n > s.size() || at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (at(i + k) < 0x80 || at(i + k) > 0xbf) return 0;
  }
  return n;
}

// Appends `s` to `out` as a JSON string: quotes, backslash and every control character (U+0000 to
// U+001F) escaped; well-formed UTF-8 passes through, and each byte that does not start a
// well-formed UTF-8 sequence becomes U+FFFD (JSON text must be UTF-8, RFC 8259 section 8.1).
// Runs of plain characters are copied at once: batch output writes millions.
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t plain = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none needs a look (no byte below 0x20, no '"', no '\\', no byte
    // of 0x80 or more, whose UTF-8 sequence is checked below): each byte at once, no branch per byte.
    while (i + 8 <= s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, 8);
      constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
      const std::uint64_t quote = w ^ (ones * 0x22u), slash = w ^ (ones * 0x5cu);  // '"' and '\\'
      const std::uint64_t special =
          ((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash) | w;
      if ((special & highs) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      const std::size_t n = utf8_sequence_length(s, i);
      if (n != 0) {  // well-formed: part of the plain run
        i += n - 1;
        continue;
      }
      out.append(s.data() + plain, i - plain);
      out += "\\ufffd";
      plain = i + 1;
      continue;
    }
    if (c != '"' && c != '\\' && u >= 0x20) continue;
    out.append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        constexpr char hex[] = "0123456789abcdef";
        out += "\\u00";
        out += hex[(u >> 4) & 0xf];
        out += hex[u & 0xf];
      }
    }
  }
  out.append(s.data() + plain, s.size() - plain);
  out += '"';
}

// `s` as a JSON string (see append_json_string).
inline std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s);
  return out;
}

// Builds one JSON object member by member; values are given as JSON text. The members are kept as
// one text, so that building and appending objects costs no allocation per member.
class json_object {
 public:
  json_object& raw(std::string_view key, std::string_view json_value) {
    start_member(key);
    body_ += json_value;
    return *this;
  }
  json_object& string(std::string_view key, std::string_view value) {
    start_member(key);
    append_json_string(body_, value);
    return *this;
  }
  json_object& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
  json_object& null(std::string_view key) { return raw(key, "null"); }
  json_object& strings(std::string_view key, const std::vector<std::string>& values) {
    start_member(key);
    body_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i != 0) body_ += ',';
      append_json_string(body_, values[i]);
    }
    body_ += ']';
    return *this;
  }
  // The members of `other`, after this object's own (e.g. "chip" first, then a determination).
  json_object& append(const json_object& other) {
    if (other.body_.empty()) return *this;
    if (!body_.empty()) body_ += ',';
    body_ += other.body_;
    return *this;
  }
  [[nodiscard]] std::string str() const {
    std::string out;
    out.reserve(body_.size() + 2);
    out += '{';
    out += body_;
    out += '}';
    return out;
  }

 private:
  void start_member(std::string_view key) {
    if (!body_.empty()) body_ += ',';
    append_json_string(body_, key);
    body_ += ':';
  }
  std::string body_;
};

// A JSON array of already serialised values.
inline std::string json_array(const std::vector<std::string>& values) {
  std::string a = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    a += i ? "," : "";
    a += values[i];
  }
  return a + "]";
}

}  // namespace accelspec::io
