// A small JSON writer: enough for the CLI's stable output contracts, nothing more.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <string>
#include <string_view>
#include <vector>

namespace accelspec::io {

// Escapes a string for JSON (quotes, backslash, control characters; UTF-8 passes through).
inline std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
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
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          constexpr char hex[] = "0123456789abcdef";
          out += "\\u00";
          out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
          out += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// Builds one JSON object member by member; values are given as JSON text.
class json_object {
 public:
  json_object& raw(std::string_view key, std::string_view json_value) {
    members_.push_back(json_string(key) + ":" + std::string(json_value));
    return *this;
  }
  json_object& string(std::string_view key, std::string_view value) { return raw(key, json_string(value)); }
  json_object& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
  json_object& null(std::string_view key) { return raw(key, "null"); }
  json_object& strings(std::string_view key, const std::vector<std::string>& values) {
    std::string a = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
      a += i ? "," : "";
      a += json_string(values[i]);
    }
    return raw(key, a + "]");
  }
  // The members of `other`, after this object's own (e.g. "chip" first, then a determination).
  json_object& append(const json_object& other) {
    members_.insert(members_.end(), other.members_.begin(), other.members_.end());
    return *this;
  }
  [[nodiscard]] std::string str() const {
    std::string out = "{";
    for (std::size_t i = 0; i < members_.size(); ++i) {
      out += i ? "," : "";
      out += members_[i];
    }
    return out + "}";
  }

 private:
  std::vector<std::string> members_;
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
