// A strict JSON parser (RFC 8259) and a validator for the subset of JSON Schema (draft 2020-12)
// that docs/schemas/ uses: type (a name or a list of names), properties, required,
// additionalProperties (false or a schema), items, enum, const,
// minimum 0, minItems, $ref to "#/$defs/NAME", and $defs. Anything else in a schema is reported as
// unsupported, so a schema can never silently check less than it says.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace accelspec::test::json {

struct value {
  enum class kind { null, boolean, number, string, array, object } type = kind::null;
  bool b = false;
  std::string text;  // number: its literal text; string: the decoded string
  std::vector<value> items;
  // An object's members: keys[i] names values[i] (two vectors: a vector of pairs would need the
  // incomplete `value` inside std::pair, which not every standard library accepts).
  std::vector<std::string> keys;
  std::vector<value> values;

  [[nodiscard]] const value* get(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == key) return &values[i];
    }
    return nullptr;
  }
};

class parser {
 public:
  explicit parser(std::string_view s) : s_(s) {}

  // The document, or an error in `error` (empty on success).
  value parse(std::string& error) {
    value v;
    try {
      v = parse_value();
      skip();
      if (i_ != s_.size()) fail("text after the value");
    } catch (const std::string& e) {
      error = e;
    }
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw what + " at offset " + std::to_string(i_); }
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  bool eat(char c) {
    skip();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void expect(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) fail("expected " + std::string(word));
    i_ += word.size();
  }
  value parse_value() {
    skip();
    if (i_ >= s_.size()) fail("unexpected end");
    value v;
    const char c = s_[i_];
    if (c == '{') {
      v.type = value::kind::object;
      ++i_;
      if (eat('}')) return v;
      do {
        skip();
        if (i_ >= s_.size() || s_[i_] != '"') fail("expected a key");
        std::string k = parse_string();
        for (const std::string& seen : v.keys) {
          if (seen == k) fail("duplicate key " + k);
        }
        if (!eat(':')) fail("expected ':'");
        v.keys.push_back(std::move(k));
        v.values.push_back(parse_value());
      } while (eat(','));
      if (!eat('}')) fail("expected '}'");
    } else if (c == '[') {
      v.type = value::kind::array;
      ++i_;
      if (eat(']')) return v;
      do v.items.push_back(parse_value());
      while (eat(','));
      if (!eat(']')) fail("expected ']'");
    } else if (c == '"') {
      v.type = value::kind::string;
      v.text = parse_string();
    } else if (c == 't') {
      expect("true");
      v.type = value::kind::boolean;
      v.b = true;
    } else if (c == 'f') {
      expect("false");
      v.type = value::kind::boolean;
    } else if (c == 'n') {
      expect("null");
    } else {
      v.type = value::kind::number;
      const std::size_t start = i_;
      if (s_[i_] == '-') ++i_;
      if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') fail("bad number");
      if (s_[i_] == '0' && i_ + 1 < s_.size() && s_[i_ + 1] >= '0' && s_[i_ + 1] <= '9') fail("leading zero");
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      if (i_ < s_.size() && s_[i_] == '.') {
        ++i_;
        if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') fail("bad fraction");
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      }
      if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
        ++i_;
        if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
        if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') fail("bad exponent");
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      }
      v.text = std::string(s_.substr(start, i_ - start));
    }
    return v;
  }
  unsigned hex4() {
    if (i_ + 4 > s_.size()) fail("short \\u escape");
    unsigned cp = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      const int d = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
      if (d < 0) fail("bad \\u escape");
      cp = cp * 16 + static_cast<unsigned>(d);
    }
    return cp;
  }
  static void append_utf8(unsigned cp, std::string& out) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }
  // JSON text is UTF-8 (RFC 8259 section 8.1): the rest of a multi-byte sequence whose lead byte was
  // read, decoded to check it is well formed (no overlong form, no surrogate, at most U+10FFFF).
  void take_utf8_tail(unsigned char lead, std::string& out) {
    int n = 0;
    unsigned cp = 0;
    if (lead >= 0xc0 && lead <= 0xdf) {
      n = 1;
      cp = lead & 0x1fu;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      n = 2;
      cp = lead & 0x0fu;
    } else if (lead >= 0xf0 && lead <= 0xf7) {
      n = 3;
      cp = lead & 0x07u;
    } else {
      fail("invalid UTF-8 lead byte");
    }
    for (int k = 0; k < n; ++k) {
      if (i_ >= s_.size()) fail("truncated UTF-8 sequence");
      const auto b = static_cast<unsigned char>(s_[i_++]);
      if ((b & 0xc0) != 0x80) fail("invalid UTF-8 continuation byte");
      cp = (cp << 6) | (b & 0x3fu);
      out += static_cast<char>(b);
    }
    const unsigned min = n == 1 ? 0x80 : n == 2 ? 0x800 : 0x10000;
    if (cp < min) fail("overlong UTF-8 sequence");
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) fail("UTF-8 sequence outside Unicode scalar values");
  }
  std::string parse_string() {
    ++i_;  // the opening quote
    std::string out;
    while (true) {
      if (i_ >= s_.size()) fail("unterminated string");
      const char c = s_[i_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
      if (static_cast<unsigned char>(c) >= 0x80) {
        out += c;
        take_utf8_tail(static_cast<unsigned char>(c), out);
        continue;
      }
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) fail("unterminated escape");
      const char e = s_[i_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xdc00 && cp <= 0xdfff) fail("lone low surrogate");
          if (cp >= 0xd800 && cp <= 0xdbff) {
            if (i_ + 2 > s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u') fail("lone high surrogate");
            i_ += 2;
            const unsigned low = hex4();
            if (low < 0xdc00 || low > 0xdfff) fail("high surrogate without a low one");
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          }
          append_utf8(cp, out);
          break;
        }
        default:
          fail("bad escape");
      }
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

inline value parse(std::string_view text, std::string& error) { return parser(text).parse(error); }

inline std::string_view type_name(const value& v) {
  switch (v.type) {
    case value::kind::null:
      return "null";
    case value::kind::boolean:
      return "boolean";
    case value::kind::number:
      return v.text.find_first_of(".eE") == std::string::npos ? "integer" : "number";
    case value::kind::string:
      return "string";
    case value::kind::array:
      return "array";
    case value::kind::object:
      return "object";
  }
  return "?";
}

inline bool equal(const value& a, const value& b) {
  if (a.type != b.type) return false;
  switch (a.type) {
    case value::kind::null:
      return true;
    case value::kind::boolean:
      return a.b == b.b;
    case value::kind::number:
    case value::kind::string:
      return a.text == b.text;
    case value::kind::array:
      if (a.items.size() != b.items.size()) return false;
      for (std::size_t i = 0; i < a.items.size(); ++i) {
        if (!equal(a.items[i], b.items[i])) return false;
      }
      return true;
    case value::kind::object:
      return false;  // not used in enums here
  }
  return false;
}

// Validates `v` against `schema`; every problem is appended to `problems` with its JSON path.
class validator {
 public:
  explicit validator(const value& root_schema) : root_(root_schema) {}

  void check(const value& v, const value& schema, const std::string& path, std::vector<std::string>& problems) const {
    if (schema.type == value::kind::boolean) {
      if (!schema.b) problems.push_back(path + ": not allowed");
      return;
    }
    for (std::size_t m = 0; m < schema.keys.size(); ++m) {
      const std::string& k = schema.keys[m];
      const value& s = schema.values[m];
      if (k == "$ref") {
        const std::string prefix = "#/$defs/";
        const value* defs = root_.get("$defs");
        const value* target =
            (s.text.rfind(prefix, 0) == 0 && defs != nullptr) ? defs->get(s.text.substr(prefix.size())) : nullptr;
        if (target == nullptr) {
          problems.push_back(path + ": unresolved $ref " + s.text);
        } else {
          check(v, *target, path, problems);
        }
      } else if (k == "type") {
        const std::string_view t = type_name(v);
        bool ok = false;
        auto matches = [&](const std::string& name) { return name == t || (name == "number" && t == "integer"); };
        if (s.type == value::kind::string) ok = matches(s.text);
        for (const value& n : s.items) ok = ok || matches(n.text);
        if (!ok) problems.push_back(path + ": type " + std::string(t) + " not allowed");
      } else if (k == "properties") {
        if (v.type != value::kind::object) continue;
        for (std::size_t i = 0; i < s.keys.size(); ++i) {
          if (const value* member = v.get(s.keys[i])) check(*member, s.values[i], path + "." + s.keys[i], problems);
        }
      } else if (k == "required") {
        if (v.type != value::kind::object) continue;
        for (const value& name : s.items) {
          if (v.get(name.text) == nullptr) problems.push_back(path + ": missing " + name.text);
        }
      } else if (k == "additionalProperties") {
        if (v.type != value::kind::object) continue;
        const value* props = schema.get("properties");
        for (std::size_t i = 0; i < v.keys.size(); ++i) {
          if (props != nullptr && props->get(v.keys[i]) != nullptr) continue;
          check(v.values[i], s, path + "." + v.keys[i], problems);
        }
      } else if (k == "items") {
        if (v.type != value::kind::array) continue;
        for (std::size_t i = 0; i < v.items.size(); ++i) {
          check(v.items[i], s, path + "[" + std::to_string(i) + "]", problems);
        }
      } else if (k == "minItems") {
        if (v.type == value::kind::array && v.items.size() < std::stoul(s.text)) {
          problems.push_back(path + ": fewer than " + s.text + " items");
        }
      } else if (k == "enum") {
        bool ok = false;
        for (const value& e : s.items) ok = ok || equal(v, e);
        if (!ok) problems.push_back(path + ": value not in enum");
      } else if (k == "const") {
        if (!equal(v, s)) problems.push_back(path + ": value differs from const");
      } else if (k == "minimum") {
        // Only "minimum": 0 is used (counts and row numbers); a negative number is below it.
        if (s.text != "0") {
          problems.push_back(path + ": only minimum 0 is supported by this validator");
        } else if (v.type == value::kind::number && v.text[0] == '-' &&
                   v.text.find_first_not_of("-0.") != std::string::npos) {
          problems.push_back(path + ": below minimum 0");
        }
      } else if (k == "$schema" || k == "$id" || k == "title" || k == "description" || k == "$defs" ||
                 k == "$comment") {
        continue;
      } else {
        problems.push_back(path + ": schema keyword '" + k + "' not supported by this validator");
      }
    }
  }

 private:
  const value& root_;
};

// Problems of `document` against the schema text; empty when it validates.
inline std::vector<std::string> validate(std::string_view document, std::string_view schema_text) {
  std::string error;
  const value schema = parse(schema_text, error);
  if (!error.empty()) return {"schema: " + error};
  const value doc = parse(document, error);
  if (!error.empty()) return {"document: " + error};
  std::vector<std::string> problems;
  validator(schema).check(doc, schema, "$", problems);
  return problems;
}

}  // namespace accelspec::test::json
