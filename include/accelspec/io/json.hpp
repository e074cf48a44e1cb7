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

// The length of the start of p[0, n) that a JSON string holds as it is, counted in words of eight
// bytes (the last one padded with spaces): no byte below 0x20, no '"', no '\\', no byte of 0x80 or
// more (whose UTF-8 sequence must be checked). Each word is tested at once, with no branch per byte.
inline std::size_t plain_json_prefix(const char* p, std::size_t n) {
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  const auto needs_look = [](std::uint64_t w) {
    const std::uint64_t quote = w ^ (ones * 0x22u), slash = w ^ (ones * 0x5cu);  // '"' and '\\'
    return (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash) | w) & highs;
  };
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, p + i, 8);
    if (needs_look(w) != 0) return i;
  }
  if (i == n) return n;
  std::uint64_t w = ones * 0x20u;  // the padding is plain: a space
  std::memcpy(&w, p + i, n - i);
  return needs_look(w) != 0 ? i : n;
}

// Appends `s` to `out` as a JSON string: quotes, backslash and every control character (U+0000 to
// U+001F) escaped; well-formed UTF-8 passes through, and each byte that does not start a
// well-formed UTF-8 sequence becomes U+FFFD (JSON text must be UTF-8, RFC 8259 section 8.1).
// Runs of plain characters are copied at once: batch output writes millions.
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t plain = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    i += plain_json_prefix(s.data() + i, s.size() - i);
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

// Writes the members of one JSON object into a text that is being built elsewhere (the output
// buffer of a batch, the body of a json_object), so that nested objects, arrays and lists of
// strings cost no text of their own: a batch writes about 10 KB of JSON a row.
class json_members {
 public:
  // Members go to the end of `out`; `first` says whether none precedes them in this object.
  explicit json_members(std::string& out, bool first = true) : out_(&out), first_(first) {}

  json_members& raw(std::string_view key, std::string_view json_value) {
    start_member(key);
    *out_ += json_value;
    return *this;
  }
  json_members& string(std::string_view key, std::string_view value) {
    start_member(key);
    append_json_string(*out_, value);
    return *this;
  }
  json_members& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
  json_members& null(std::string_view key) { return raw(key, "null"); }
  // The string, or null when it is empty (a name that was not given).
  json_members& string_or_null(std::string_view key, std::string_view value) {
    return value.empty() ? null(key) : string(key, value);
  }
  // An array of strings from any range whose elements convert to std::string_view.
  template <class Range>
  json_members& strings(std::string_view key, const Range& values) {
    start_member(key);
    *out_ += '[';
    bool first = true;
    for (const auto& v : values) {
      if (!first) *out_ += ',';
      first = false;
      append_json_string(*out_, std::string_view(v));
    }
    *out_ += ']';
    return *this;
  }
  // A value written by `write(std::string&)`, which appends JSON text (a number, a date, null).
  template <class Write>
  json_members& value(std::string_view key, Write&& write) {
    start_member(key);
    write(*out_);
    return *this;
  }
  // A nested object whose members `fill(json_members&)` writes.
  template <class Fill>
  json_members& object(std::string_view key, Fill&& fill) {
    start_member(key);
    nested(fill);
    return *this;
  }
  // An array of objects, one per element of `items`, whose members `fill(json_members&, item)` writes.
  template <class Range, class Fill>
  json_members& objects(std::string_view key, const Range& items, Fill&& fill) {
    start_member(key);
    *out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      if (!first) *out_ += ',';
      first = false;
      nested([&](json_members& m) { fill(m, item); });
    }
    *out_ += ']';
    return *this;
  }

 private:
  template <class Fill>
  void nested(Fill&& fill) {
    *out_ += '{';
    json_members inner(*out_);
    fill(inner);
    *out_ += '}';
  }
  void start_member(std::string_view key) {
    // Keys are short and nearly always plain ASCII (every key of the library's contracts is): the
    // separator, a plain key and the colon go out in one append; any other key is escaped.
    constexpr std::size_t short_key = 60;
    if (key.size() <= short_key && plain_json_prefix(key.data(), key.size()) == key.size()) {
      char text[short_key + 4];
      std::size_t n = 0;
      if (!first_) text[n++] = ',';
      text[n++] = '"';
      std::memcpy(text + n, key.data(), key.size());
      n += key.size();
      text[n++] = '"';
      text[n++] = ':';
      out_->append(text, n);
      first_ = false;
      return;
    }
    if (!first_) *out_ += ',';
    first_ = false;
    append_json_string(*out_, key);
    *out_ += ':';
  }
  std::string* out_;
  bool first_;
};

// Builds one JSON object member by member; values are given as JSON text. The members are kept as
// one text, so that building and appending objects costs no allocation per member; `members()`
// writes more of them straight into that text.
class json_object {
 public:
  json_object& raw(std::string_view key, std::string_view json_value) {
    members().raw(key, json_value);
    return *this;
  }
  json_object& string(std::string_view key, std::string_view value) {
    members().string(key, value);
    return *this;
  }
  json_object& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
  json_object& null(std::string_view key) { return raw(key, "null"); }
  json_object& strings(std::string_view key, const std::vector<std::string>& values) {
    members().strings(key, values);
    return *this;
  }
  // A writer of further members, after those already here.
  json_members members() { return json_members(body_, body_.empty()); }
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
  // Appends the object's text to `out` (no copy of its own).
  void append_to(std::string& out) const {
    out += '{';
    out += body_;
    out += '}';
  }

 private:
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
