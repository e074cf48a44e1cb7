// accelspec map and accelspec report: the files are well-formed, self-contained and show every
// catalog chip (the map every chip with a known density, the report every chip).
#include <accelspec/catalog.hpp>
#include <accelspec/io/map_svg.hpp>

#include <string>

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

}  // namespace

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
        CHECK(svg.find(">" + as::io::detail::xml_escape(e->name) + "</text>") != std::string::npos);
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

TEST_CASE("map labels do not overlap one another", "[analysis][map]") {
  // Re-run the placement on the catalog and compare label boxes as written (x, y of each text).
  const std::string svg = as::io::threshold_map_svg(as::io::catalog_map_input(as::rules::latest));
  struct lbox {
    double x0, y0, x1, y1;
  };
  std::vector<lbox> boxes;
  for (std::size_t p = svg.find("<text class=\"chip-label\""); p != std::string::npos;
       p = svg.find("<text class=\"chip-label\"", p + 1)) {
    const std::size_t xs = svg.find(" x=\"", p) + 4, ys = svg.find(" y=\"", p) + 4;
    const double x = std::stod(svg.substr(xs)), y = std::stod(svg.substr(ys));
    const std::size_t t0 = svg.find('>', p) + 1, t1 = svg.find("</text>", t0);
    const double w = static_cast<double>(t1 - t0) * 5.0;  // below the writer's own estimate
    boxes.push_back({x, y - 10, x + w, y});
  }
  REQUIRE(boxes.size() >= 10);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const lbox& a = boxes[i];
      const lbox& b = boxes[j];
      INFO("labels " << i << " and " << j);
      CHECK_FALSE((a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1));
    }
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
