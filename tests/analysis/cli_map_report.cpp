// accelspec map and accelspec report: the files are well-formed, self-contained and show every
// catalog chip (the map every chip with a known density, the report every chip).
#include <accelspec/catalog.hpp>
#include <accelspec/io/map_svg.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "catch.hpp"
#include "run_cli.hpp"
#include "xml_check.hpp"

using accelspec::test::read_file;
using accelspec::test::run_cli;
namespace as = accelspec;

namespace {

std::string count_of(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1)) ++n;
  return std::to_string(n);
}

TEST_CASE("map --svg writes a well-formed SVG with every chip of known density", "[analysis][cli][map]") {
  for (const char* rule : {"3a090-2023", "3a090-2022"}) {
    INFO(rule);
    const std::string path = std::string(ACCELSPEC_TEST_TMPDIR) + "/map_" + rule + ".svg";
    const auto r = run_cli("map --svg \"" + path + "\" --rule " + rule);
    REQUIRE(r.status == 0);
    CHECK(r.out.empty());  // the status line goes to stderr
    const std::string svg = read_file(path);
    CHECK(accelspec::test::xml_problem(svg).empty());
    INFO(accelspec::test::xml_problem(svg));
    CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
    CHECK(svg.find("class=\"note-line\"") != std::string::npos);
    CHECK(svg.find("class=\"region-a\"") != std::string::npos);
    CHECK((std::string(rule) == "3a090-2022") == (svg.find("class=\"region-b\"") == std::string::npos));
    // Tick labels on both logarithmic axes.
    CHECK(svg.find(">1,000</text>") != std::string::npos);
    CHECK(svg.find(">10,000</text>") != std::string::npos);
    CHECK(svg.find("class=\"tick-y\"") != std::string::npos);
    const as::rule& applied = *as::rules::find(rule);
    std::size_t plotted = 0;
    for (const as::catalog::entry* e : as::catalog::all) {
      INFO(e->id);
      const bool known = as::performance_density(e->chip()).has_value();
      const std::string marker = "<g class=\"chip\" data-id=\"" + std::string(e->id) + "\">";
      const std::string label = "data-id=\"" + std::string(e->id) + "\" ";
      CHECK(count_of(svg, marker) == (known ? "1" : "0"));
      if (known) {
        ++plotted;
        CHECK(svg.find(label) != std::string::npos);
        // Its name as its label, or its number's entry in the key.
        const std::string name = as::io::detail::xml_escape(e->name);
        CHECK((svg.find(">" + name + "</text>") != std::string::npos ||
               svg.find(": " + name + ";") != std::string::npos ||
               svg.find(": " + name + "</text>") != std::string::npos));
      } else {
        CHECK(svg.find(as::io::detail::xml_escape(e->name) + " (") != std::string::npos);  // listed as not plotted
      }
    }
    CHECK(plotted >= 10);
    CHECK(r.err.find(std::to_string(plotted) + " chips plotted under " + std::string(applied.key)) !=
          std::string::npos);
    // "-" is standard output: the document alone on stdout, byte for byte the file, status on stderr.
    const auto piped = run_cli(std::string("map --svg - --rule ") + rule);
    REQUIRE(piped.status == 0);
    CHECK(piped.out == svg);
    CHECK(piped.err.rfind("wrote standard output: ", 0) == 0);
  }
}

// --- the map's geometry, read back from the SVG ------------------------------------------------

struct gbox {
  double x0, y0, x1, y1;
};
struct gseg {
  double x0, y0, x1, y1;
  std::string id;  // leaders: the chip
};
struct gmarker {
  double x, y, r;  // a square marker is checked as its circumscribed box (r = half side)
  bool square;
  std::string id;
};
struct gtext {
  gbox b;
  std::string id, cls, text;
};

std::string attr(std::string_view element, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t p = element.find(key);
  if (p == std::string_view::npos) return {};
  const std::size_t start = p + key.size();
  return std::string(element.substr(start, element.find('"', start) - start));
}
double num(std::string_view element, std::string_view name) {
  const std::string v = attr(element, name);
  REQUIRE_FALSE(v.empty());
  return std::stod(v);
}

struct geometry {
  gbox plot{};
  std::vector<gmarker> markers;
  std::vector<gtext> texts;  // chip labels, region tags, the note's tag
  std::vector<gseg> leaders, thresholds;
  std::vector<double> y_ticks;
};

geometry read_geometry(const std::string& svg) {
  geometry g;
  const std::size_t frame = svg.find("fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>");
  REQUIRE(frame != std::string::npos);
  const std::string rect = svg.substr(svg.rfind("<rect", frame), frame - svg.rfind("<rect", frame));
  g.plot = {num(rect, "x"), num(rect, "y"), num(rect, "x") + num(rect, "width"), num(rect, "y") + num(rect, "height")};
  const auto elements = [&svg](std::string_view open, auto&& f) {
    for (std::size_t p = svg.find(open); p != std::string::npos; p = svg.find(open, p + 1)) {
      const std::size_t end = svg.find('>', p);
      std::size_t close = svg.find('<', end);
      f(std::string_view(svg).substr(p, end - p), svg.substr(end + 1, close - end - 1));
    }
  };
  elements("<g class=\"chip\"", [&](std::string_view e, const std::string&) {
    const std::size_t at = static_cast<std::size_t>(e.data() - svg.data());
    const std::string id = attr(e, "data-id");
    const std::size_t c = svg.find("class=\"marker\"", at);
    const std::string m = svg.substr(svg.rfind('<', c), svg.find('>', c) - svg.rfind('<', c));
    if (m.rfind("<circle", 0) == 0) {
      g.markers.push_back({num(m, "cx"), num(m, "cy"), num(m, "r"), false, id});
    } else {
      const double half = num(m, "width") / 2;
      g.markers.push_back({num(m, "x") + half, num(m, "y") + half, half, true, id});
    }
  });
  const auto add_text = [&](double size) {
    return [&, size](std::string_view e, const std::string& text) {
      const double x = num(e, "x"), y = num(e, "y"), w = num(e, "textLength");
      CHECK(attr(e, "lengthAdjust") == "spacingAndGlyphs");
      g.texts.push_back({{x, y - size, x + w, y + 0.3 * size}, attr(e, "data-id"), attr(e, "class"), text});
    };
  };
  elements("<text class=\"chip-label", add_text(11));
  elements("<text class=\"region-tag\"", add_text(10));
  elements("<text class=\"note-caption\"", add_text(10));
  elements("<line class=\"leader\"", [&](std::string_view e, const std::string&) {
    g.leaders.push_back({num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2"), attr(e, "data-id")});
  });
  elements("<line class=\"note-line\"", [&](std::string_view e, const std::string&) {
    g.thresholds.push_back({num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2"), {}});
  });
  elements("<rect class=\"region-", [&](std::string_view e, const std::string&) {
    const double x0 = std::max(num(e, "x"), g.plot.x0), y0 = std::max(num(e, "y"), g.plot.y0);
    const double x1 = std::min(num(e, "x") + num(e, "width"), g.plot.x1);
    const double y1 = std::min(num(e, "y") + num(e, "height"), g.plot.y1);
    // Every edge inside the plot is a threshold line.
    if (x0 > g.plot.x0 + 0.5) g.thresholds.push_back({x0, y0, x0, y1, {}});
    if (x1 < g.plot.x1 - 0.5) g.thresholds.push_back({x1, y0, x1, y1, {}});
    if (y0 > g.plot.y0 + 0.5) g.thresholds.push_back({x0, y0, x1, y0, {}});
    if (y1 < g.plot.y1 - 0.5) g.thresholds.push_back({x0, y1, x1, y1, {}});
  });
  elements("<text class=\"tick-y\"", [&](std::string_view, const std::string& text) {
    std::string digits;
    for (const char c : text)
      if (c != ',') digits += c;
    g.y_ticks.push_back(std::stod(digits));
  });
  return g;
}

// Independent geometry (not the writer's): segment against box by sampling the clipped segment
// finely, and segment against segment by orientation.
bool seg_hits_box(const gseg& s, const gbox& b) {
  for (int i = 0; i <= 400; ++i) {
    const double t = i / 400.0, x = s.x0 + t * (s.x1 - s.x0), y = s.y0 + t * (s.y1 - s.y0);
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}
double seg_point_distance(const gseg& s, double px, double py) {
  double best = 1e300;
  for (int i = 0; i <= 400; ++i) {
    const double t = i / 400.0;
    best = std::min(best, std::hypot(s.x0 + t * (s.x1 - s.x0) - px, s.y0 + t * (s.y1 - s.y0) - py));
  }
  return best;
}
bool segs_cross(const gseg& a, const gseg& b) {
  const auto side = [](double ax, double ay, double bx, double by, double cx, double cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  };
  const double d1 = side(a.x0, a.y0, a.x1, a.y1, b.x0, b.y0), d2 = side(a.x0, a.y0, a.x1, a.y1, b.x1, b.y1);
  const double d3 = side(b.x0, b.y0, b.x1, b.y1, a.x0, a.y0), d4 = side(b.x0, b.y0, b.x1, b.y1, a.x1, a.y1);
  return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}
bool boxes_overlap(const gbox& a, const gbox& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }
double box_point_distance(const gbox& b, double x, double y) {
  return std::hypot(x - std::clamp(x, b.x0, b.x1), y - std::clamp(y, b.y0, b.y1));
}

void check_geometry(const std::string& svg, std::size_t plotted) {
  const geometry g = read_geometry(svg);
  REQUIRE(g.markers.size() == plotted);
  REQUIRE(g.thresholds.size() >= 2);
  // Every text (label, number, tag) is clear of every marker, threshold line, other text and
  // leader; it lies inside the plot.
  for (std::size_t i = 0; i < g.texts.size(); ++i) {
    const gtext& t = g.texts[i];
    INFO("text '" << t.text << "' (" << t.cls << ")");
    CHECK(t.b.x0 >= g.plot.x0);
    CHECK(t.b.x1 <= g.plot.x1);
    CHECK(t.b.y0 >= g.plot.y0);
    CHECK(t.b.y1 <= g.plot.y1);
    for (const gmarker& m : g.markers) {
      INFO("marker " << m.id);
      if (m.square) {
        CHECK_FALSE(boxes_overlap(t.b, {m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r}));
      } else {
        CHECK(box_point_distance(t.b, m.x, m.y) > m.r);
      }
    }
    for (const gseg& l : g.thresholds) CHECK_FALSE(seg_hits_box(l, t.b));
    for (std::size_t j = i + 1; j < g.texts.size(); ++j) {
      INFO("and text '" << g.texts[j].text << "'");
      CHECK_FALSE(boxes_overlap(t.b, g.texts[j].b));
    }
    for (const gseg& l : g.leaders) {
      if (l.id == t.id) continue;  // its own leader ends on it
      INFO("leader of " << l.id);
      CHECK_FALSE(seg_hits_box(l, t.b));
    }
  }
  // Leaders: clear of every other chip's marker, of threshold lines and of other leaders.
  for (std::size_t i = 0; i < g.leaders.size(); ++i) {
    const gseg& l = g.leaders[i];
    INFO("leader of " << l.id);
    const auto own = std::find_if(g.markers.begin(), g.markers.end(), [&](const gmarker& m) { return m.id == l.id; });
    REQUIRE(own != g.markers.end());
    for (const gmarker& m : g.markers) {
      if (std::hypot(m.x - own->x, m.y - own->y) < 2) continue;  // markers at its own spot
      INFO("marker " << m.id);
      CHECK(seg_point_distance(l, m.x, m.y) > m.r + 1);
    }
    for (const gseg& t : g.thresholds) CHECK_FALSE(segs_cross(l, t));
    for (std::size_t j = i + 1; j < g.leaders.size(); ++j) CHECK_FALSE(segs_cross(l, g.leaders[j]));
  }
  // Every marker has a label (its name, or a number explained in the key), or, where even a
  // number finds no free place, is named in the list of unlabelled chips below the plot.
  const std::size_t unlabelled = svg.find("Not labelled (");
  for (const gmarker& m : g.markers) {
    INFO(m.id);
    const auto label = std::find_if(g.texts.begin(), g.texts.end(), [&](const gtext& t) { return t.id == m.id; });
    if (label == g.texts.end()) {
      CHECK(unlabelled != std::string::npos);
      continue;
    }
    if (label->cls.find("chip-number") != std::string::npos) CHECK(svg.find(label->text + ": ") != std::string::npos);
  }
}

}  // namespace

TEST_CASE("map: no label or leader crosses a marker, a threshold line or another label", "[analysis][map]") {
  for (const as::rule* r : as::rules::all) {
    INFO(r->key);
    const as::io::map_input input = as::io::catalog_map_input(*r);
    const std::string svg = as::io::threshold_map_svg(input);
    check_geometry(svg, input.points.size());
    // Named labels for nearly all: at most one chip in eight is a number.
    CHECK(count_of(svg, "chip-number") <= std::to_string(input.points.size() / 8));
  }
  // A crowded synthetic map: twenty chips almost on top of one another still give a picture in
  // which nothing crosses (the chips without room are listed below the plot).
  as::io::map_input crowd;
  for (int i = 0; i < 20; ++i) {
    as::io::map_point p;
    p.id = "chip-" + std::to_string(i);
    p.label = "Synthetic accelerator number " + std::to_string(i);
    p.tpp = as::rational{5000 + 37 * i};
    p.density = as::rational{600 + 7 * i, 100};
    p.market = i % 3 == 0 ? as::market::other : as::market::datacenter;
    crowd.points.push_back(p);
  }
  const std::string crowded = as::io::threshold_map_svg(crowd);
  check_geometry(crowded, crowd.points.size());
  for (const as::io::map_point& p : crowd.points) {
    INFO(p.label);
    CHECK((crowded.find(">" + p.label + "</text>") != std::string::npos ||
           crowded.find(p.label + ";") != std::string::npos || crowded.find(p.label + "</text>") != std::string::npos));
  }
}

TEST_CASE("map: axis ranges come from the data and the rule", "[analysis][map]") {
  for (const as::rule* r : as::rules::all) {
    INFO(r->key);
    const as::io::map_input input = as::io::catalog_map_input(*r);
    double dmin = 1e300, dmax = 0;
    for (const as::io::map_point& p : input.points) {
      dmin = std::min(dmin, p.density.approximate());
      dmax = std::max(dmax, p.density.approximate());
    }
    if (r->text == as::rule_text::revised_2023) dmin = std::min(dmin, r->revised.b1_density_min.approximate());
    const geometry g = read_geometry(as::io::threshold_map_svg(input));
    REQUIRE_FALSE(g.y_ticks.empty());
    const double lo = *std::min_element(g.y_ticks.begin(), g.y_ticks.end());
    const double hi = *std::max_element(g.y_ticks.begin(), g.y_ticks.end());
    CHECK(lo <= dmin);
    CHECK(lo > dmin / 3);  // 15% margin and a 1-2-5 step: never a whole empty decade
    CHECK(hi >= dmax);
    CHECK(hi < dmax * 3);
  }
}

TEST_CASE("report --html writes one self-contained page with the map and every chip", "[analysis][cli][report]") {
  const std::string path = std::string(ACCELSPEC_TEST_TMPDIR) + "/report.html";
  const auto r = run_cli("report --html \"" + path + "\"");
  REQUIRE(r.status == 0);
  const std::string html = read_file(path);
  CHECK(html.starts_with("<!DOCTYPE html>"));
  INFO(accelspec::test::xml_problem(html));
  CHECK(accelspec::test::xml_problem(html).empty());
  // Nothing is fetched: no scripts, style sheets, images or frames from anywhere.
  for (const char* fetch : {"<script", "<link", "<img", "<iframe", "src=", "@import", "url("}) {
    INFO(fetch);
    CHECK(html.find(fetch) == std::string::npos);
  }
  CHECK(count_of(html, "<svg ") == "1");
  CHECK(html.find("88 FR 73458") != std::string::npos);
  for (const as::catalog::entry* e : as::catalog::all) {
    INFO(e->id);
    CHECK(html.find("<tr id=\"" + std::string(e->id) + "\">") != std::string::npos);
    CHECK(html.find("<b>" + as::io::detail::xml_escape(e->name) + "</b>") != std::string::npos);
  }
  CHECK(html.find("https://www.nvidia.com/en-us/data-center/h200/") != std::string::npos);  // a source, linked
  // The as-of date and the rule; markers link to their rows; the clauses met, reasons one click away.
  CHECK(html.find("Catalog as of " + std::string(as::catalog::as_of)) != std::string::npos);
  CHECK(html.find("Rule applied: <b>ECCN 3A090 as revised (October 2023)</b>") != std::string::npos);
  CHECK(html.find("<a href=\"#nvidia-h100-sxm\">") != std::string::npos);
  CHECK(html.find("<details><summary>3A090.a.1 met, 3A090.a.2 met</summary><ul><li>TPP 15,831.2 &gt;= 4,800") !=
        std::string::npos);
  CHECK(html.find("<details><summary>no clause met</summary>") != std::string::npos);
  for (const as::catalog::entry* e : as::catalog::all) {
    if (!as::performance_density(e->chip())) continue;
    INFO(e->id);
    CHECK(html.find("<a href=\"#" + std::string(e->id) + "\">") != std::string::npos);
  }
  const auto piped = run_cli("report --html -");
  REQUIRE(piped.status == 0);
  CHECK(piped.out == html);
  CHECK(r.out.empty());
  CHECK(r.err.find("catalog chips under 3a090-2023") != std::string::npos);
  const auto bad = run_cli("report");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("--html") != std::string::npos);
  CHECK(run_cli("map --svg").status == 2);
  CHECK(run_cli("map --svg x.svg --date 2020-01-01").status == 2);
  CHECK(run_cli("map --svg /nonexistent-dir/x.svg").status == 2);
}
