// The command line under real use: a datasheet's dense and sparse figures, writes that fail,
// spreadsheet CSVs (byte-order mark, CRLF, float artefacts, per-row market), text from the file
// that stays text, and the small slips a new user meets. Every case runs the real binary.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "catch.hpp"
#include "json_check.hpp"
#include "run_cli.hpp"

using accelspec::test::run_cli;
namespace json = accelspec::test::json;

namespace {

const std::string data = std::string(ACCELSPEC_SOURCE_DIR) + "/tests/cli/data/";

json::value parsed(const std::string& text) {
  std::string error;
  json::value v = json::parse(text, error);
  INFO(error);
  REQUIRE(error.empty());
  return v;
}

std::string member(const json::value& o, const char* key) {
  const json::value* m = o.get(key);
  REQUIRE(m != nullptr);
  if (m->type == json::value::kind::boolean) return m->b ? "true" : "false";
  return m->type == json::value::kind::null ? "null" : m->text;
}

std::size_t lines(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += c == '\n' ? 1 : 0;
  return n;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = std::string(ACCELSPEC_TEST_TMPDIR) + "/" + name;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  return "\"" + path + "\"";
}

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    std::size_t n = 0;
    if (c < 0x80)
      n = 1;
    else if (c >= 0xc2 && c <= 0xdf && (at(i + 1) & 0xc0) == 0x80)
      n = 2;
    else if (c >= 0xe0 && c <= 0xef && at(i + 1) >= (c == 0xe0 ? 0xa0u : 0x80u) &&
             at(i + 1) <= (c == 0xed ? 0x9fu : 0xbfu) && (at(i + 2) & 0xc0) == 0x80)
      n = 3;
    else if (c >= 0xf0 && c <= 0xf4 && at(i + 1) >= (c == 0xf0 ? 0x90u : 0x80u) &&
             at(i + 1) <= (c == 0xf4 ? 0x8fu : 0xbfu) && (at(i + 2) & 0xc0) == 0x80 && (at(i + 3) & 0xc0) == 0x80)
      n = 4;
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace

TEST_CASE("a dense and a sparse figure of one format are one unit's rate", "[cli][real-use]") {
  // The H20's two FP8 figures: 296 dense, 592 with sparsity. One rate: TPP 2,368, not 4,736.
  for (const std::string& order :
       std::vector<std::string>{"--dense fp8=296 --sparse fp8=592", "--sparse fp8=592 --dense fp8=296"}) {
    INFO(order);
    const auto r = run_cli("classify " + order + " --die 814 --json");
    REQUIRE(r.status == 0);
    const json::value d = parsed(r.out);
    CHECK(member(d, "tpp") == "2368");
    CHECK(member(d, "eccn") == "none");
  }
  // The same as the dense figure alone.
  CHECK(member(parsed(run_cli("classify --dense fp8=296 --die 814 --json").out), "tpp") == "2368");
  // Inconsistent, by one count either way: an error naming both figures.
  for (const std::string& sparse : std::vector<std::string>{"592.000002", "591.999998", "600"}) {
    INFO(sparse);
    const auto bad = run_cli("classify --dense fp8=296 --sparse fp8=" + sparse + " --die 814");
    CHECK(bad.status == 2);
    CHECK(lines(bad.err) == 1);
    CHECK(contains(bad.err, "--dense fp8=296 and --sparse fp8=" + sparse + " disagree for one unit"));
    CHECK(contains(bad.err, "@2"));
  }
  // Declared a separate unit: the two add up.
  const auto two = run_cli("classify --dense fp8=296 --sparse fp8=592@2 --die 814 --json");
  REQUIRE(two.status == 0);
  CHECK(member(parsed(two.out), "tpp") == "4736");
  CHECK(member(parsed(two.out), "eccn") == "3A090.b");
  // Two --dense of one format are still two units; @1 twice is a mistake.
  CHECK(member(parsed(run_cli("classify --dense fp8=296 --dense fp8=296 --json").out), "tpp") == "4736");
  const auto twice = run_cli("classify --dense fp8=296 --dense fp8=296@1");
  CHECK(twice.status == 2);
  CHECK(contains(twice.err, "unit 1 already has a dense fp8 figure"));
  for (const std::string& unit : std::vector<std::string>{"0", "25", "x", ""}) {
    const auto bad = run_cli("classify --dense fp8=296@" + unit);
    CHECK(bad.status == 2);
    CHECK(contains(bad.err, "after '@' must be 1 to 24"));
  }
  CHECK(run_cli("classify --dense fp8=296@24 --json").status == 0);
  // The same rule in a catalog-layout CSV row: sparse_rates beside dense_rates.
  const std::string csv = write_temp("sparse_rates.csv",
                                     "id,name,dense_rates,sparse_rates,applicable_die_area_mm2\n"
                                     "x,consistent,fp8=296,fp8=592,814\n"
                                     "y,inconsistent,fp8=296,fp8=600,814\n"
                                     "z,two units,fp8=296,u2:fp8=592,814\n"
                                     "w,sparse only,,fp8=592,814\n");
  const auto rows = run_cli("classify --csv " + csv + " --json");
  CHECK(rows.status == 3);
  CHECK(lines(rows.err) == 1);
  const json::value v = parsed(rows.out);
  REQUIRE(v.items.size() == 4);
  CHECK(member(v.items[0], "tpp") == "2368");
  CHECK(contains(member(v.items[1], "error"), "sparse_rates: fp8=600 and dense_rates fp8=296 disagree for one unit"));
  CHECK(member(v.items[2], "tpp") == "4736");
  CHECK(member(v.items[3], "tpp") == "2368");
}

TEST_CASE("a write that fails is exit 1 with one line, never success", "[cli][real-use]") {
  const std::string full = " > /dev/full";
  for (const std::string& command : std::vector<std::string>{
           "catalog --json", "catalog --csv", "assess --chip nvidia-h20 --destination CN --date 2026-02-01 --json",
           "classify --chip nvidia-h20", "--version", "--help", "help classify", "map --svg -", "report --html -",
           "classify --csv \"" + data + "epoch_spreadsheet.csv\" --output-csv",
           "assess --csv \"" + data + "epoch_spreadsheet.csv\" --destination CN --json"}) {
    INFO(command);
    const auto r = run_cli(command + full);
    CHECK(r.status == 1);
    CHECK(lines(r.err) == 1);
    CHECK(contains(r.err, "cannot write"));
    CHECK(!contains(r.err, "wrote"));
  }
  // A file that cannot be written after it opened: the same, and no status line.
  const auto svg = run_cli("map --svg /dev/full");
  CHECK(svg.status == 1);
  CHECK(lines(svg.err) == 1);
  CHECK(contains(svg.err, "accelspec map: cannot write --svg: '/dev/full'"));
  // A path that cannot be opened is bad input.
  const auto missing = run_cli("map --svg /nonexistent-folder/map.svg");
  CHECK(missing.status == 2);
  CHECK(!contains(missing.err, "wrote"));
}

TEST_CASE("a spreadsheet's CSV: byte-order mark, CRLF, float artefacts, per-row market", "[cli][real-use]") {
  const std::string sheet = "\"" + data + "epoch_spreadsheet.csv\"";
  const auto r = run_cli("classify --csv " + sheet + " --json");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  const json::value v = parsed(r.out);
  REQUIRE(v.items.size() == 3);
  CHECK(member(v.items[0], "input_exact") == "true");
  // 65129999999999.9 FLOP/s: rounded to 65.13 TOPS (the nearest 10^-6 TOPS), said in the row.
  CHECK(member(v.items[1], "input_exact") == "false");
  std::string notes;
  for (const json::value& a : v.items[1].get("input_assumptions")->items) notes += a.text + "\n";
  CHECK(contains(notes,
                 "65129999999999.9 has more decimal places than held exactly; rounded to the nearest value "
                 "held, 65.13 TOPS"));
  CHECK(member(v.items[1], "tpp") == "2000");  // int8 250 x 8 over fp16 65.13 x 16
  // 826.0000000000001 mm2 is 826 mm2.
  CHECK(member(v.items[2], "applicable_die_area_mm2") == "826");
  CHECK(member(v.items[2], "tpp") == "4992");
  // Rounding is to the nearest, half away from zero, at the 6th decimal of TOPS.
  const std::string round = write_temp("round.csv",
                                       "Hardware name,FP16 (half precision) performance (FLOP/s)\n"
                                       "up,1.0000005e+12\ndown,1.0000004999e+12\ntiny,4e+5\nhalf,5e+5\n");
  const auto rr = run_cli("classify --csv " + round + " --json");
  const json::value rv = parsed(rr.out);
  REQUIRE(rv.items.size() == 4);
  CHECK(member(rv.items[0], "tpp") == "16.000016");  // 1.000001 TOPS x 16
  CHECK(member(rv.items[1], "tpp") == "16");
  CHECK(contains(member(rv.items[2], "error"), "is below the smallest value held"));
  CHECK(member(rv.items[3], "tpp") == "0.000016");
  CHECK(rr.status == 3);
  // The same file saved without the mark and with LF: the same results.
  const auto assess = run_cli("assess --csv " + sheet + " --destination CN --date 2026-02-01 --output-csv");
  CHECK(assess.status == 0);
  CHECK(lines(assess.out) == 4);
  // A row's own market column wins over --market; an empty cell takes --market.
  const std::string market = write_temp("market.csv",
                                        "Hardware name,FP16 (half precision) performance (FLOP/s),market\n"
                                        "own,1e+14,datacenter\nnone,1e+14,\n");
  const json::value m = parsed(run_cli("classify --csv " + market + " --market other --json").out);
  CHECK(member(m.items[0], "market") == "datacenter");
  CHECK(member(m.items[1], "market") == "other");
  const std::string own =
      write_temp("market2.csv", "id,name,dense_rates,market\nx,own,fp16=100,other\ny,none,fp16=100,\n");
  const json::value m2 = parsed(run_cli("classify --csv " + own + " --market datacenter --json").out);
  CHECK(member(m2.items[0], "market") == "other");
  CHECK(member(m2.items[1], "market") == "datacenter");
}

TEST_CASE("text from the file stays text: valid UTF-8, escaped controls, one row per line", "[cli][real-use]") {
  const std::string csv =
      write_temp("names.csv", std::string("Hardware name,Manufacturer,FP16 (half precision) "
                                          "performance (FLOP/s)\n"
                                          "\"Bad\xff\xc0\xed\xa0\x80 name\",V\xfe,1e+14\n"
                                          "\"two\nlines\",V,1e+14\n") +
                                  std::string("nul\0x,V,1e+14\n", 14) + "\"caf\xc3\xa9\",V,1e+14\n");
  const auto j = run_cli("classify --csv " + csv + " --json");
  CHECK(j.status == 0);
  CHECK(valid_utf8(j.out));
  const json::value v = parsed(j.out);
  REQUIRE(v.items.size() == 4);
  CHECK(member(v.items[0], "name") == "Bad\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd name");
  std::string notes;
  for (const json::value& a : v.items[0].get("input_assumptions")->items) notes += a.text + "\n";
  CHECK(contains(notes, "name: bytes that are not valid UTF-8 replaced by U+FFFD"));
  CHECK(contains(notes, "vendor: bytes that are not valid UTF-8 replaced by U+FFFD"));
  CHECK(member(v.items[3], "name") == "caf\xc3\xa9");
  for (const std::string& format : std::vector<std::string>{"", " --output-csv"}) {
    const auto t = run_cli("classify --csv " + csv + format);
    CHECK(valid_utf8(t.out));
    CHECK(t.out.find('\0') == std::string::npos);
    CHECK(lines(t.out) == (format.empty() ? 4u : 5u));  // one row per line, in CSV too
  }
  CHECK(contains(run_cli("classify --csv " + csv + " --output-csv").out, "\n2,two\\nlines,"));
  const auto text = run_cli("classify --csv " + csv);
  CHECK(lines(text.out) == 4);
  CHECK(contains(text.out, "row 2 two\\nlines: TPP 1,600"));
  CHECK(contains(text.out, "row 3 nul\\x00x: TPP 1,600"));
}

TEST_CASE("batch input: folders, extra fields and a large file in one pass", "[cli][real-use]") {
  const auto folder = run_cli("classify --csv \"" + data + "\"");
  CHECK(folder.status == 2);
  CHECK(contains(folder.err, "is a folder, not a CSV file"));
  const std::string extra = write_temp("extra.csv",
                                       "Hardware name,FP16 (half precision) performance (FLOP/s)\n"
                                       "ok,1e+14\nshifted,1e+14,7\n");
  const auto e = run_cli("classify --csv " + extra + " --json");
  CHECK(e.status == 3);
  CHECK(lines(e.err) == 1);
  CHECK(contains(e.err, "row 2 (line 3, shifted): the row has 3 fields, the header 2"));
  // Many rows through a pipe: every row answered, in order, one JSON array.
  std::string big = "Hardware name,FP16 (half precision) performance (FLOP/s),Die Size (mm^2),Process size (nm)\n";
  for (int i = 1; i <= 20000; ++i) big += "chip " + std::to_string(i) + "," + std::to_string(i) + "e+10,500,5\n";
  const std::string path = write_temp("big.csv", big);
  const auto b = run_cli("classify --csv - --json < " + path);
  CHECK(b.status == 0);
  const json::value bv = parsed(b.out);
  REQUIRE(bv.items.size() == 20000);
  CHECK(member(bv.items[19999], "row") == "20000");
  CHECK(member(bv.items[19999], "tpp") == "3200");  // 200 TOPS x 16
}

TEST_CASE("help and general options: the slips a new user meets", "[cli][real-use]") {
  const auto general = run_cli("--help");
  // `help help` is the general help, not "did you mean 'help'?".
  const auto hh = run_cli("help help");
  CHECK(hh.status == 0);
  CHECK(hh.out == general.out);
  // A general option takes no argument.
  for (const std::string& g : std::vector<std::string>{"--version", "--help", "--man", "--bash-completion"}) {
    const auto r = run_cli(g + " extra");
    CHECK(r.status == 2);
    CHECK(lines(r.err) == 1);
    CHECK(contains(r.err, "unexpected argument 'extra'"));
  }
  // The general help lists every exit status, 3 included, as `help catalog` does.
  CHECK(contains(general.out, "3 classify --csv or assess --csv read rows that failed"));
  CHECK(contains(general.out, "1 an output could not be written"));
  // show takes no raw spec options, and its help does not mention them.
  const auto show = run_cli("help show");
  CHECK(!contains(show.out, "raw spec"));
  // headroom --tpp 0 is refused as --dense fp16=0 is.
  for (const std::string& zero : std::vector<std::string>{"0", "0.0", "0e5"}) {
    const auto r = run_cli("headroom --tpp " + zero);
    CHECK(r.status == 2);
    CHECK(contains(r.err, "--tpp: value must be positive"));
  }
  CHECK(run_cli("headroom --tpp 0.0001").status == 0);
  // Every help line fits 100 columns (characters, not bytes).
  for (const std::string& c : std::vector<std::string>{"assess", "catalog", "classify", "demo", "hbm", "headroom",
                                                       "map", "report", "show", "timeline"}) {
    const auto h = run_cli("help " + c);
    std::size_t column = 0, widest = 0;
    for (const char ch : h.out) {
      if (ch == '\n') {
        widest = std::max(widest, column);
        column = 0;
      } else if ((static_cast<unsigned char>(ch) & 0xc0) != 0x80) {
        ++column;
      }
    }
    INFO(c);
    CHECK(widest <= 100);
  }
  for (const std::string& line : std::vector<std::string>{"--help"}) {
    std::size_t column = 0, widest = 0;
    for (const char ch : run_cli(line).out) {
      column = ch == '\n' ? 0 : column + 1;
      widest = std::max(widest, column);
    }
    CHECK(widest <= 110);
  }
}

TEST_CASE("the threshold map carries its as-of date and draws only what the 2022 text decides", "[cli][real-use]") {
  const auto now = run_cli("map --svg -");
  REQUIRE(now.status == 0);
  CHECK(contains(now.out, " Catalog as of 20"));
  CHECK(contains(now.out, ">3A090.b</text>"));
  const auto old = run_cli("map --rule 3a090-2022 --svg -");
  REQUIRE(old.status == 0);
  CHECK(contains(old.out, " Catalog as of 20"));
  // 3A090.b did not exist in 2022: not in the legend; above TPP 4,800 the I/O decides: hatched, not red.
  CHECK(!contains(old.out, ">3A090.b</text>"));
  CHECK(contains(old.out, ">undecided (I/O unknown)</text>"));
  CHECK(contains(old.out, "class=\"region-a\""));
  CHECK(contains(old.out, "fill=\"url(#io-decides)\""));
  CHECK(!contains(old.out, "fill=\"#f7c1c1\""));
  CHECK(contains(old.out, "hatched: the I/O decides"));
}

TEST_CASE("the README's JSON sample begins as the command's output does", "[cli][real-use][docs]") {
  const std::string readme = accelspec::test::read_file(std::string(ACCELSPEC_SOURCE_DIR) + "/README.md");
  const std::string command = "accelspec classify --dense fp16=148 --dense fp8=296 --die 814 --json";
  const std::size_t at = readme.find(command + "\n```\n\n```json\n");
  REQUIRE(at != std::string::npos);
  const std::size_t start = readme.find("```json\n", at) + 8;
  const std::string first_line = readme.substr(start, readme.find('\n', start) - start);
  const auto r = run_cli(command.substr(10));
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind(first_line, 0) == 0);
}

TEST_CASE("assess and timeline name a catalog chip as every other command does", "[cli][real-use]") {
  const auto show = run_cli("show nvidia-h200-sxm --json");
  REQUIRE(show.status == 0);
  const std::string name = member(*parsed(show.out).get("chip"), "name");
  const auto assess = run_cli("assess --chip nvidia-h200-sxm --destination CN --date 2026-02-01");
  CHECK(assess.out.rfind(name + "\n", 0) == 0);
  const auto timeline = run_cli("timeline --chip nvidia-h200-sxm --destination CN");
  CHECK(timeline.out.rfind(name + " to CN:\n", 0) == 0);
}

namespace {

// The number after `name="` in an SVG element, or -1.
double attribute(const std::string& element, const std::string& name) {
  const std::size_t at = element.find(" " + name + "=\"");
  if (at == std::string::npos) return -1;
  return std::stod(element.substr(at + name.size() + 3));
}

}  // namespace

TEST_CASE("no label, region tag or caption touches a marker, round or square", "[cli][real-use]") {
  for (const std::string& rule : std::vector<std::string>{"3a090-2023", "3a090-2022"}) {
    INFO(rule);
    const auto r = run_cli("map --rule " + rule + " --svg -");
    REQUIRE(r.status == 0);
    const std::string& svg = r.out;
    struct shape {
      double x0, y0, x1, y1;
      bool round;
    };
    std::vector<shape> markers;
    for (std::size_t p = svg.find("class=\"marker\""); p != std::string::npos;
         p = svg.find("class=\"marker\"", p + 1)) {
      const std::string e = svg.substr(svg.rfind('<', p), svg.find('>', p) - svg.rfind('<', p));
      if (e.rfind("<circle", 0) == 0) {
        const double cx = attribute(e, "cx"), cy = attribute(e, "cy"), rr = attribute(e, "r");
        markers.push_back({cx - rr, cy - rr, cx + rr, cy + rr, true});
      } else {
        const double x = attribute(e, "x"), y = attribute(e, "y");
        markers.push_back({x, y, x + attribute(e, "width"), y + attribute(e, "height"), false});
      }
    }
    REQUIRE(markers.size() > 20);
    std::size_t labels = 0;
    // Every text placed in the plot: chip labels (size 11), region tags and the note's caption (10).
    for (std::size_t p = svg.find("<text class=\""); p != std::string::npos; p = svg.find("<text class=\"", p + 1)) {
      const std::string e = svg.substr(p, svg.find('>', p) - p);
      const bool label = e.find("chip-label") != std::string::npos;
      if (!label && e.find("region-tag") == std::string::npos && e.find("note-caption") == std::string::npos) continue;
      // A text of size s at baseline y spans [y - s, y + 0.3 s].
      const double size = label ? 11 : 10;
      const double x0 = attribute(e, "x"), base = attribute(e, "y"), x1 = x0 + attribute(e, "textLength");
      const double y0 = base - size, y1 = base + 0.3 * size;
      ++labels;
      for (const shape& m : markers) {
        double dx = 0, dy = 0;
        if (m.round) {
          const double cx = (m.x0 + m.x1) / 2, cy = (m.y0 + m.y1) / 2, rr = (m.x1 - m.x0) / 2;
          dx = std::max({x0 - cx, 0.0, cx - x1});
          dy = std::max({y0 - cy, 0.0, cy - y1});
          INFO(e);
          CHECK(dx * dx + dy * dy > rr * rr);
        } else {
          const bool apart = x1 <= m.x0 || m.x1 <= x0 || y1 <= m.y0 || m.y1 <= y0;
          INFO(e);
          CHECK(apart);
        }
      }
    }
    CHECK(labels > 10);
  }
}

TEST_CASE("a large batch shows progress on a terminal, never in a pipe", "[cli][real-use]") {
  std::string rows = "Hardware name,FP16 (half precision) performance (FLOP/s)\n";
  for (int i = 0; i < 60000; ++i) rows += "c" + std::to_string(i) + ",1e+14\n";
  const std::string path = write_temp("progress.csv", rows);
  // In a pipe (run_cli captures stderr in a file): no progress line.
  const auto piped = run_cli("classify --csv " + path + " --output-csv > /dev/null");
  CHECK(piped.status == 0);
  CHECK(piped.err.empty());
  // On a terminal (util-linux script gives the command one): a progress line, erased at the end.
  if (std::system("command -v script > /dev/null 2>&1") != 0) {
    WARN("no 'script' to run the command on a pseudo-terminal: the terminal half is not checked");
    return;
  }
  const std::string tty_out = std::string(ACCELSPEC_TEST_TMPDIR) + "/progress_tty.txt";
  const std::string command = "script -qec '\"" + std::string(ACCELSPEC_CLI_PATH) + "\" classify --csv " + path +
                              " --output-csv > /dev/null' /dev/null > \"" + tty_out + "\" 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string seen = accelspec::test::read_file(tty_out);
  CHECK(contains(seen, "accelspec classify: --csv: "));
  CHECK(contains(seen, " rows..."));
  CHECK(contains(seen, "\r\x1b[K"));
}
