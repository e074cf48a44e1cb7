// Round trips of every output encoding on random strings over all bytes and code points:
// - JSON: json_string() read back by a strict parser (RFC 8259: no raw control character, UTF-8
//   only, \u escapes and surrogate pairs decoded) equals the input, or its documented replacement
//   (each byte that does not start a well-formed UTF-8 sequence becomes U+FFFD);
// - CSV: rows of csv_cell() fields read back by the library's reader (io::csv_reader, as batch::csv_stream) are
//   the same rows, for every byte (NUL and a bare CR included).
// The same names through the real binary: encoding.cpp.
#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "batch.hpp"
#include "catch.hpp"
#include "csv_check.hpp"
#include "json_check.hpp"

namespace {

namespace json = accelspec::test::json;
namespace batch = accelspec::cli::batch;

using accelspec::test::read_csv;

// The expected JSON reading of a byte string: well-formed UTF-8 kept, every other byte U+FFFD.
// Written from RFC 3629's table of well-formed byte sequences.
std::string expected_json_text(const std::string& s) {
  std::string out;
  std::size_t i = 0;
  auto in = [&](std::size_t k, unsigned lo, unsigned hi) {
    if (k >= s.size()) return false;
    const auto b = static_cast<unsigned char>(s[k]);
    return b >= lo && b <= hi;
  };
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    if (b < 0x80) {
      n = 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      n = in(i + 1, 0x80, 0xbf) ? 2 : 0;
    } else if (b == 0xe0) {
      n = in(i + 1, 0xa0, 0xbf) && in(i + 2, 0x80, 0xbf) ? 3 : 0;
    } else if ((b >= 0xe1 && b <= 0xec) || b == 0xee || b == 0xef) {
      n = in(i + 1, 0x80, 0xbf) && in(i + 2, 0x80, 0xbf) ? 3 : 0;
    } else if (b == 0xed) {
      n = in(i + 1, 0x80, 0x9f) && in(i + 2, 0x80, 0xbf) ? 3 : 0;
    } else if (b == 0xf0) {
      n = in(i + 1, 0x90, 0xbf) && in(i + 2, 0x80, 0xbf) && in(i + 3, 0x80, 0xbf) ? 4 : 0;
    } else if (b >= 0xf1 && b <= 0xf3) {
      n = in(i + 1, 0x80, 0xbf) && in(i + 2, 0x80, 0xbf) && in(i + 3, 0x80, 0xbf) ? 4 : 0;
    } else if (b == 0xf4) {
      n = in(i + 1, 0x80, 0x8f) && in(i + 2, 0x80, 0xbf) && in(i + 3, 0x80, 0xbf) ? 4 : 0;
    }
    if (n == 0) {
      out += "\xef\xbf\xbd";
      ++i;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

// A code point as UTF-8.
std::string utf8(std::uint32_t cp) {
  std::string out;
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
  return out;
}

// Random text: any byte, any scalar value, and the characters every encoding must treat specially.
std::string random_text(std::mt19937_64& g, bool bytes) {
  static const std::vector<std::string> special{
      "\"",           "\\",           ",", "\r", "\n", "\r\n", "\t", std::string(1, '\0'), "\x7f", "\xc2\x85",
      "\xe2\x80\xa8", "\xef\xbb\xbf", " "};
  std::string s;
  const std::size_t n = g() % 12;
  for (std::size_t k = 0; k < n; ++k) {
    switch (g() % 5) {
      case 0:
        s += special[g() % special.size()];
        break;
      case 1:
        s += static_cast<char>(g() % 0x20);  // every control character
        break;
      case 2:
        if (bytes) {
          s += static_cast<char>(g() % 256);
          break;
        }
        [[fallthrough]];
      case 3: {
        std::uint32_t cp = static_cast<std::uint32_t>(g() % 0x110000);
        if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
        s += utf8(cp);
        break;
      }
      default:
        s += static_cast<char>('a' + g() % 26);
    }
  }
  return s;
}

std::string parse_json_string(const std::string& text) {
  std::string error;
  const json::value v = json::parse(text, error);
  INFO(error);
  REQUIRE(error.empty());
  REQUIRE(v.type == json::value::kind::string);
  return v.text;
}

}  // namespace

TEST_CASE("json_string: every control character, every code point, every byte") {
  for (unsigned c = 0; c < 0x80; ++c) {
    const std::string s(1, static_cast<char>(c));
    const std::string j = accelspec::io::json_string(s);
    INFO("character " << c);
    for (const char x : j) CHECK(static_cast<unsigned char>(x) >= 0x20);  // no raw control character
    CHECK(parse_json_string(j) == s);
  }
  for (unsigned b = 0x80; b < 0x100; ++b) {  // a lone byte above ASCII is never UTF-8
    CHECK(parse_json_string(accelspec::io::json_string(std::string(1, static_cast<char>(b)))) == "\xef\xbf\xbd");
  }
  std::mt19937_64 g(1);
  for (int i = 0; i < 20000; ++i) {
    const std::string s = random_text(g, i % 2 == 0);
    const std::string j = accelspec::io::json_string(s);
    INFO("case " << i);
    REQUIRE(parse_json_string(j) == expected_json_text(s));
  }
  // Well-formed edges: the smallest and largest of each length, just past the surrogates.
  for (const std::uint32_t cp : {0x80u, 0x7ffu, 0x800u, 0xd7ffu, 0xe000u, 0xfffdu, 0xffffu, 0x10000u, 0x10ffffu}) {
    CHECK(parse_json_string(accelspec::io::json_string(utf8(cp))) == utf8(cp));
  }
  // Ill-formed: overlong, surrogate, above U+10FFFF, truncated.
  for (const std::string& bad : {std::string("\xc0\xaf"), std::string("\xe0\x80\xaf"), std::string("\xed\xa0\x80"),
                                 std::string("\xf4\x90\x80\x80"), std::string("\xf0\x9f\x98")}) {
    CHECK(parse_json_string(accelspec::io::json_string(bad)) == expected_json_text(bad));
    CHECK(parse_json_string(accelspec::io::json_string(bad)).find("\xef\xbf\xbd") != std::string::npos);
  }
}

TEST_CASE("csv_cell rows read back by the command's own CSV reader") {
  // Every single character, alone and between others.
  for (unsigned c = 0; c < 0x100; ++c) {
    const std::string s(1, static_cast<char>(c));
    const std::vector<std::string> row{s, "x" + s + "y", "z"};
    std::vector<std::string> cells;
    for (const std::string& f : row) cells.push_back(batch::csv_cell(f));
    const auto records = read_csv(batch::joined(cells, ",") + "\n");
    INFO("character " << c);
    REQUIRE(records.size() == 1);
    CHECK(records[0] == row);
  }
  std::mt19937_64 g(2);
  for (int i = 0; i < 3000; ++i) {
    std::vector<std::vector<std::string>> rows(1 + g() % 4);
    std::string text;
    for (auto& row : rows) {
      row.resize(2 + g() % 4);
      for (auto& f : row) f = random_text(g, true);
      std::vector<std::string> cells;
      for (const std::string& f : row) cells.push_back(batch::csv_cell(f));
      text += batch::joined(cells, ",") + (g() % 2 ? "\r\n" : "\n");
    }
    const auto records = read_csv(text);
    INFO("case " << i);
    REQUIRE(records.size() == rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) CHECK(records[r] == rows[r]);
  }
}

TEST_CASE("dates are written YYYY-MM-DD in text and JSON, at the ends of the range too") {
  using namespace std::chrono;
  using accelspec::io::to_string;
  CHECK(to_string(year(2026) / December / 4) == "2026-12-04");
  CHECK(to_string(year(0) / January / 1) == "0000-01-01");
  CHECK(to_string(year(999) / October / 31) == "0999-10-31");
  CHECK(to_string(year(9999) / December / 31) == "9999-12-31");
  // Outside four digits: as printf's "%04d-%02u-%02u" writes them.
  CHECK(to_string(year(10000) / January / 2) == "10000-01-02");
  CHECK(to_string(year(-1) / March / 5) == "-001-03-05");
  std::string json;
  accelspec::io::append_date_json(json, std::optional<year_month_day>{});
  json += ',';
  accelspec::io::append_date_json(json, std::optional<year_month_day>{year(2022) / October / 7});
  CHECK(json == "null,\"2022-10-07\"");
}

TEST_CASE("the one CSV cell writer: controls kept or escaped, quoting and a leading byte-order mark") {
  using batch::csv_controls;
  const auto cell = [](std::string_view s, csv_controls c) {
    std::string out = "x,";
    batch::append_csv_cell(out, s, c);
    return out.substr(2);
  };
  for (const csv_controls c : {csv_controls::keep, csv_controls::escape}) {
    CHECK(cell("plain text of more than eight bytes", c) == "plain text of more than eight bytes");
    CHECK(cell("", c).empty());
    CHECK(cell("a,b", c) == "\"a,b\"");
    CHECK(cell("say \"hi\"", c) == "\"say \"\"hi\"\"\"");
    // A byte-order mark at the start would be skipped by a reader at the start of a file.
    CHECK(cell("\xEF\xBB\xBFname", c) == "\"\xEF\xBB\xBFname\"");
    CHECK(cell("name\xEF\xBB\xBF", c) == "name\xEF\xBB\xBF");
  }
  // Kept: a line break is quoted, other controls stay raw (the text reads back the same).
  CHECK(cell("two\nlines", csv_controls::keep) == "\"two\nlines\"");
  CHECK(cell("cr\ronly", csv_controls::keep) == "\"cr\ronly\"");
  CHECK(cell(std::string_view("tab\tand nul\0", 12), csv_controls::keep) == std::string("tab\tand nul\0", 12));
  CHECK(batch::csv_cell("a\nb,c") == "\"a\nb,c\"");
  // Escaped: one line, no NUL; quoted only for a comma or quote.
  CHECK(cell("two\nlines", csv_controls::escape) == "two\\nlines");
  CHECK(cell(std::string_view("nul\0, del\x7f", 10), csv_controls::escape) == "\"nul\\x00, del\\x7f\"");
  CHECK(cell("long plain text, then\ta tab", csv_controls::escape) == "\"long plain text, then\\ta tab\"");
}
