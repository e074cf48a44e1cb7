// io::json_string copies runs of plain bytes eight at a time: it must escape exactly what the
// byte-by-byte rule escapes, wherever the special byte falls in a word (every offset and length).
#include <accelspec/io/json.hpp>

#include <string>

#include "catch.hpp"

namespace {

std::string reference(const std::string& s) {
  std::string out = "\"";
  constexpr char hex[] = "0123456789abcdef";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (u < 0x20)
      out += std::string("\\u00") + hex[u >> 4] + hex[u & 0xf];
    else
      out += c;
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("json_string escapes each byte that needs it, at every position", "[io][json]") {
  // Bytes around each boundary of the word test: controls, the two specials, their neighbours,
  // DEL and UTF-8 lead and continuation bytes.
  const std::string specials = std::string("\x00\x01\x1f\x20\x21\x22\x23\x5b\x5c\x5d\x7f\x80\xc3\xa9\xff", 15);
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (const char special : specials) {
        std::string s(length, 'a');
        s[at] = special;
        INFO(length << " " << at << " " << static_cast<int>(static_cast<unsigned char>(special)));
        CHECK(accelspec::io::json_string(s) == reference(s));
      }
    }
  }
  const std::string text = "caf\xc3\xa9 \"quoted\" back\\slash\ttab\nnew\x01 and a long plain run of text";
  CHECK(accelspec::io::json_string(text) == reference(text));
  accelspec::io::json_object o;
  o.string("k\"", "v\n").boolean("b", true).strings("a", {"x", "y\\"}).null("n");
  CHECK(o.str() == "{\"k\\\"\":\"v\\n\",\"b\":true,\"a\":[\"x\",\"y\\\\\"],\"n\":null}");
}
