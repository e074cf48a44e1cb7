// io::json_string copies runs of plain bytes eight at a time: it must escape exactly what the
// byte-by-byte rule escapes (and replace each byte that does not start well-formed UTF-8 with
// U+FFFD), wherever the special byte falls in a word (every offset and length).
#include <accelspec/io/json.hpp>

#include <array>
#include <string>
#include <string_view>

#include "catch.hpp"

namespace {

// The length of the well-formed UTF-8 sequence (RFC 3629, table 3-7 of Unicode) at s[i], or 0.
std::size_t well_formed(const std::string& s, std::size_t i) {
  const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const auto in = [](unsigned v, unsigned lo, unsigned hi) { return v >= lo && v <= hi; };
  const unsigned b0 = b(i), b1 = b(i + 1), b2 = b(i + 2), b3 = b(i + 3);
  if (b0 < 0x80) return 1;
  if (in(b0, 0xc2, 0xdf)) return in(b1, 0x80, 0xbf) ? 2 : 0;
  if (b0 == 0xe0) return in(b1, 0xa0, 0xbf) && in(b2, 0x80, 0xbf) ? 3 : 0;
  if (in(b0, 0xe1, 0xec) || in(b0, 0xee, 0xef)) return in(b1, 0x80, 0xbf) && in(b2, 0x80, 0xbf) ? 3 : 0;
  if (b0 == 0xed) return in(b1, 0x80, 0x9f) && in(b2, 0x80, 0xbf) ? 3 : 0;
  if (b0 == 0xf0) return in(b1, 0x90, 0xbf) && in(b2, 0x80, 0xbf) && in(b3, 0x80, 0xbf) ? 4 : 0;
  if (in(b0, 0xf1, 0xf3)) return in(b1, 0x80, 0xbf) && in(b2, 0x80, 0xbf) && in(b3, 0x80, 0xbf) ? 4 : 0;
  if (b0 == 0xf4) return in(b1, 0x80, 0x8f) && in(b2, 0x80, 0xbf) && in(b3, 0x80, 0xbf) ? 4 : 0;
  return 0;
}

// Byte by byte: the escapes, well-formed UTF-8 copied, any other byte U+FFFD.
std::string reference(const std::string& s) {
  std::string out = "\"";
  constexpr char hex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      const std::size_t n = well_formed(s, i);
      if (n == 0) {
        out += "\\ufffd";
      } else {
        out += s.substr(i, n);
        i += n - 1;
      }
    } else if (c == '"')
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

TEST_CASE("json_members writes keys as json_string does, short and long, plain or not", "[io][json]") {
  // The writer copies plain keys of up to 60 bytes at once and escapes any other key: each special
  // byte at every position of keys on both sides of that length gives the byte-by-byte escape.
  const std::string specials = std::string("\x00\x1f\x20\x22\x5c\x7f\x80\xc3\xa9\xff", 10);
  for (const std::size_t length : {0u, 1u, 7u, 8u, 59u, 60u, 61u, 70u}) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const char special : specials) {
        std::string key(length, 'k');
        if (at < length) key[at] = special;
        std::string out;
        accelspec::io::json_members m(out);
        m.raw(key, "1").raw(key, "2");
        INFO(length << " " << at << " " << static_cast<int>(static_cast<unsigned char>(special)));
        CHECK(out == reference(key) + ":1," + reference(key) + ":2");
      }
    }
  }
}

TEST_CASE("json_members nests objects, arrays of objects and lists of strings in one text", "[io][json]") {
  std::string out = "{";
  accelspec::io::json_members m(out);
  const std::array<std::string_view, 2> list{"a", "b\"c"};
  const std::array<int, 3> items{1, 2, 3};
  m.strings("list", list)
      .strings("none", std::array<std::string_view, 0>{})
      .object("inner", [](accelspec::io::json_members& in) { in.boolean("t", true).null("n"); })
      .object("empty", [](accelspec::io::json_members&) {})
      .objects("items", items,
               [](accelspec::io::json_members& in, int i) {
                 in.raw("i", std::to_string(i));
                 if (i == 2) in.string("two", "2");
               })
      .objects("no_items", std::array<int, 0>{}, [](accelspec::io::json_members&, int) {})
      .value("raw", [](std::string& s) { s += "[1,2]"; })
      .string_or_null("given", "x")
      .string_or_null("not_given", "");
  out += '}';
  CHECK(out ==
        "{\"list\":[\"a\",\"b\\\"c\"],\"none\":[],\"inner\":{\"t\":true,\"n\":null},\"empty\":{},"
        "\"items\":[{\"i\":1},{\"i\":2,\"two\":\"2\"},{\"i\":3}],\"no_items\":[],\"raw\":[1,2],\"given\":\"x\",\"not_"
        "given\":null}");
  // A json_object's members() continues after the members already there.
  accelspec::io::json_object o;
  o.raw("a", "1");
  o.members().raw("b", "2");
  CHECK(o.str() == "{\"a\":1,\"b\":2}");
  std::string appended;
  o.append_to(appended);
  CHECK(appended == o.str());
}
