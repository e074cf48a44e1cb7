// The threshold map: an SVG of the TPP x performance-density plane with the regions of ECCN
// 3A090.a and .b under one vintage of the rule, the 4,800 line of the non-datacenter note, and
// chips placed by their exact metrics. Positions are computed in double: the picture is for
// people, and every chip's determination printed with it comes from the exact classifier.
//
// Labels are placed greedily: each tries positions around its marker at growing distances and
// takes the first whose box stays inside the plot and overlaps no marker, no other label and no
// region caption; a label set away from its marker gets a leader line. Widths are estimated from
// the character count at a generous average advance, so real text is narrower than its box.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../catalog.hpp"
#include "../metrics/density.hpp"
#include "../metrics/tpp.hpp"
#include "../rules/classify.hpp"
#include "../rules/rule.hpp"
#include "../spec/accelerator.hpp"
#include "../units/rational.hpp"
#include "format.hpp"

namespace accelspec::io {

// One chip on the map.
struct map_point {
  std::string id;     // stable key (catalog id), written as data-id
  std::string label;  // the name shown
  rational tpp{};
  rational density{};
  accelspec::market market = accelspec::market::unknown;
  accelspec::eccn eccn = accelspec::eccn::none;  // under the map's rule
};

struct map_input {
  const rule* applied = &rules::latest;
  std::vector<map_point> points;
  std::vector<std::string> not_plotted;  // "name (why)": chips without a known density
  std::string title;                     // empty: a title naming the rule
};

// A chip as a map point under a rule; nullopt (with `why`) when its TPP or density is unknown.
inline std::optional<map_point> map_point_for(const accelerator& chip, std::string_view id, std::string_view label,
                                              const rule& r, std::string* why = nullptr) {
  const determination d = classify(chip, r);
  if (!d.tpp || !d.performance_density) {
    if (why != nullptr) {
      *why = !d.tpp                                                         ? "TPP unknown"
             : d.applicable_die_area && d.applicable_die_area->count() == 0 ? "no non-planar logic area"
                                                                            : "die area unknown";
    }
    return std::nullopt;
  }
  return map_point{std::string(id), std::string(label), d.tpp->value(), *d.performance_density, chip.market, d.eccn};
}

// Every catalog chip under a rule: those with a known density as points, the others by name.
inline map_input catalog_map_input(const rule& r) {
  map_input in;
  in.applied = &r;
  for (const catalog::entry* e : catalog::all) {
    std::string why;
    if (std::optional<map_point> p = map_point_for(e->chip(), e->id, e->name, r, &why)) {
      in.points.push_back(std::move(*p));
    } else {
      in.not_plotted.push_back(std::string(e->name) + " (" + why + ")");
    }
  }
  return in;
}

namespace detail {

// XML text and attribute escaping.
inline std::string xml_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

inline std::string fmt1(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

struct box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  [[nodiscard]] bool overlaps(const box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  [[nodiscard]] bool inside(const box& o) const { return x0 >= o.x0 && x1 <= o.x1 && y0 >= o.y0 && y1 <= o.y1; }
};

// Whether the segment (ax, ay)-(bx, by) passes through a box (Liang-Barsky clipping).
inline bool segment_hits(double ax, double ay, double bx, double by, const box& b) {
  double t0 = 0, t1 = 1;
  const double dx = bx - ax, dy = by - ay;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {ax - b.x0, b.x1 - ax, ay - b.y0, b.y1 - ay};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      t0 = std::max(t0, t);
    } else {
      t1 = std::min(t1, t);
    }
    if (t0 > t1) return false;
  }
  return true;
}

struct map_frame {
  double width = 1000, height = 700;
  double left = 84, right = 44, top = 64, bottom = 120;
  double lx0 = 3, lx1 = 5, ly0 = 0, ly1 = 2;  // log10 ranges of TPP and density

  [[nodiscard]] double x(double tpp) const {
    return left + (std::log10(tpp) - lx0) / (lx1 - lx0) * (width - left - right);
  }
  [[nodiscard]] double y(double density) const {
    return top + (ly1 - std::log10(density)) / (ly1 - ly0) * (height - top - bottom);
  }
  [[nodiscard]] box plot() const { return {left, top, width - right, height - bottom}; }
};

inline std::string tick_label(double v) {
  if (v >= 1) return group_thousands(std::to_string(std::llround(v)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace detail

// The map as a standalone SVG document.
inline std::string threshold_map_svg(const map_input& in) {
  using detail::box;
  using detail::fmt1;
  const rule& r = in.applied != nullptr ? *in.applied : rules::latest;
  const bool revised = r.text == rule_text::revised_2023;
  const double note_tpp = (revised ? r.revised.note_tpp : r.original.tpp).value().approximate();

  // Axis ranges: whole decades around the chips and every threshold of the rule.
  double tmin = revised ? r.revised.a2_tpp.value().approximate() : note_tpp, tmax = note_tpp;
  double dmin = revised ? r.revised.b1_density_min.approximate() : 1.0;
  double dmax = revised ? r.revised.a2_density.approximate() : 10.0;
  for (const map_point& p : in.points) {
    tmin = std::min(tmin, p.tpp.approximate());
    tmax = std::max(tmax, p.tpp.approximate());
    dmin = std::min(dmin, p.density.approximate());
    dmax = std::max(dmax, p.density.approximate());
  }
  detail::map_frame f;
  // A crowded catalog gets a larger canvas; the list of chips not plotted is wrapped below it.
  if (in.points.size() > 20) {
    f.width = 1240;
    f.height = 860;
  }
  std::vector<std::string> note_lines;
  if (!in.not_plotted.empty()) {
    const std::size_t per_line = static_cast<std::size_t>((f.width - f.left - f.right) / 6.2);
    std::string line = "Not plotted (no known performance density): ";
    for (std::size_t i = 0; i < in.not_plotted.size(); ++i) {
      const std::string item = in.not_plotted[i] + (i + 1 < in.not_plotted.size() ? "; " : "");
      if (display_columns(line) + display_columns(item) > per_line) {
        note_lines.push_back(line);
        line.clear();
      }
      line += item;
    }
    note_lines.push_back(line);
  }
  f.height += 15 * static_cast<double>(note_lines.size());
  f.bottom += 15 * static_cast<double>(note_lines.size());
  f.lx0 = std::floor(std::log10(tmin / 1.15));
  f.lx1 = std::ceil(std::log10(tmax * 1.15));
  f.ly0 = std::floor(std::log10(dmin / 1.15));
  f.ly1 = std::ceil(std::log10(dmax * 1.15));
  const box plot = f.plot();
  const double xmax_tpp = std::pow(10.0, f.lx1), ymin_d = std::pow(10.0, f.ly0), ymax_d = std::pow(10.0, f.ly1);

  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fmt1(f.width) + "\" height=\"" + fmt1(f.height) +
       "\" viewBox=\"0 0 " + fmt1(f.width) + " " + fmt1(f.height) +
       "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n";
  const std::string title = in.title.empty() ? std::string(r.name) + ", " + std::string(r.source.federal_register) +
                                                   ": TPP × performance density"
                                             : in.title;
  s += "<title>" + detail::xml_escape(title) + "</title>\n";
  s += "<rect x=\"0\" y=\"0\" width=\"" + fmt1(f.width) + "\" height=\"" + fmt1(f.height) + "\" fill=\"#ffffff\"/>\n";
  s += "<text x=\"" + fmt1(f.left) + "\" y=\"28\" font-size=\"16\" font-weight=\"bold\">" + detail::xml_escape(title) +
       "</text>\n";
  s += "<text x=\"" + fmt1(f.left) +
       "\" y=\"46\" fill=\"#444444\">Total processing performance (TPP) against performance density (TPP per mm² of "
       "applicable die area), both axes logarithmic.</text>\n";

  // Regions: .b first, .a on top (an item described by .a is not .b).
  std::vector<box> taken;
  struct region {
    std::string cls, caption;
    double t0, t1, d0, d1;
    const char* fill;
  };
  std::vector<region> regions;
  const auto clip_t = [&](double t) { return std::min(t, xmax_tpp); };
  if (revised) {
    const thresholds_2023& th = r.revised;
    regions.push_back({"region-b",
                       "3A090.b.1: TPP " + pretty(th.b1_tpp_min.value()) + " to " + pretty(th.b1_tpp_max.value()) +
                           ", PD " + pretty(th.b1_density_min) + " to " + pretty(th.b1_density_max),
                       th.b1_tpp_min.value().approximate(), clip_t(th.b1_tpp_max.value().approximate()),
                       th.b1_density_min.approximate(), th.b1_density_max.approximate(), "#fde4bd"});
    regions.push_back({"region-b",
                       "3A090.b.2: TPP ≥ " + pretty(th.b2_tpp.value()) + ", PD " + pretty(th.b2_density_min) + " to " +
                           pretty(th.b2_density_max),
                       th.b2_tpp.value().approximate(), xmax_tpp, th.b2_density_min.approximate(),
                       th.b2_density_max.approximate(), "#fde4bd"});
    regions.push_back({"region-a", "3A090.a.1: TPP ≥ " + pretty(th.a1_tpp.value()), th.a1_tpp.value().approximate(),
                       xmax_tpp, ymin_d, ymax_d, "#f7c1c1"});
    regions.push_back({"region-a",
                       "3A090.a.2: TPP ≥ " + pretty(th.a2_tpp.value()) + " and PD ≥ " + pretty(th.a2_density),
                       th.a2_tpp.value().approximate(), xmax_tpp, th.a2_density.approximate(), ymax_d, "#f7c1c1"});
  } else {
    regions.push_back({"region-a",
                       "3A090.a (2022): TPP ≥ " + pretty(r.original.tpp.value()) + " and I/O ≥ " +
                           pretty(r.original.io_bandwidth.in_display_units()) + " GB/s",
                       r.original.tpp.value().approximate(), xmax_tpp, ymin_d, ymax_d, "#f7c1c1"});
  }
  s += "<g class=\"regions\">\n";
  for (const region& g : regions) {
    const double x0 = f.x(g.t0), x1 = f.x(g.t1), y0 = f.y(g.d1), y1 = f.y(g.d0);
    s += "<rect class=\"" + g.cls + "\" x=\"" + fmt1(x0) + "\" y=\"" + fmt1(y0) + "\" width=\"" + fmt1(x1 - x0) +
         "\" height=\"" + fmt1(y1 - y0) + "\" fill=\"" + g.fill + "\" stroke=\"none\"/>\n";
  }
  s += "</g>\n";

  // Grid and ticks at 1, 2 and 5 times each power of ten.
  s += "<g class=\"axes\" stroke=\"#999999\" stroke-width=\"0.5\">\n";
  std::string tick_text;
  // An integer counter (the bounds are whole powers of ten): no floating-point loop counter.
  for (int e = static_cast<int>(f.lx0); e <= static_cast<int>(std::floor(f.lx1)); ++e) {
    const double k = e;
    for (const double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, k);
      if (std::log10(v) > f.lx1 + 1e-9) continue;
      const double x = f.x(v);
      s += "<line x1=\"" + fmt1(x) + "\" y1=\"" + fmt1(plot.y0) + "\" x2=\"" + fmt1(x) + "\" y2=\"" + fmt1(plot.y1) +
           "\"" + (m == 1.0 ? "" : " stroke-dasharray=\"2,3\"") + "/>\n";
      tick_text += "<text class=\"tick-x\" x=\"" + fmt1(x) + "\" y=\"" + fmt1(plot.y1 + 16) +
                   "\" text-anchor=\"middle\">" + detail::tick_label(v) + "</text>\n";
    }
  }
  // An integer counter (the bounds are whole powers of ten): no floating-point loop counter.
  for (int e = static_cast<int>(f.ly0); e <= static_cast<int>(std::floor(f.ly1)); ++e) {
    const double k = e;
    for (const double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, k);
      if (std::log10(v) > f.ly1 + 1e-9) continue;
      const double y = f.y(v);
      s += "<line x1=\"" + fmt1(plot.x0) + "\" y1=\"" + fmt1(y) + "\" x2=\"" + fmt1(plot.x1) + "\" y2=\"" + fmt1(y) +
           "\"" + (m == 1.0 ? "" : " stroke-dasharray=\"2,3\"") + "/>\n";
      tick_text += "<text class=\"tick-y\" x=\"" + fmt1(plot.x0 - 6) + "\" y=\"" + fmt1(y + 4) +
                   "\" text-anchor=\"end\">" + detail::tick_label(v) + "</text>\n";
    }
  }
  s += "<rect x=\"" + fmt1(plot.x0) + "\" y=\"" + fmt1(plot.y0) + "\" width=\"" + fmt1(plot.x1 - plot.x0) +
       "\" height=\"" + fmt1(plot.y1 - plot.y0) + "\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>\n";
  s += "</g>\n<g class=\"ticks\">\n" + tick_text + "</g>\n";
  s += "<text x=\"" + fmt1((plot.x0 + plot.x1) / 2) + "\" y=\"" + fmt1(plot.y1 + 36) +
       "\" text-anchor=\"middle\" font-size=\"12\">TPP (dense TOPS × bit length)</text>\n";
  s += "<text transform=\"translate(" + fmt1(22) + "," + fmt1((plot.y0 + plot.y1) / 2) +
       ") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">performance density (TPP / mm²)</text>\n";

  // The note's line: below it, chips not designed or marketed for datacenters are outside.
  {
    const double x = f.x(note_tpp);
    s += "<line class=\"note-line\" x1=\"" + fmt1(x) + "\" y1=\"" + fmt1(plot.y0) + "\" x2=\"" + fmt1(x) + "\" y2=\"" +
         fmt1(plot.y1) + "\" stroke=\"#1f4e9c\" stroke-width=\"1.5\" stroke-dasharray=\"6,4\"/>\n";
    const std::string caption = revised ? "TPP " + pretty(rational{static_cast<std::int64_t>(note_tpp)}) +
                                              ": non-datacenter chips left of this line are outside (note)"
                                        : "TPP " + pretty(rational{static_cast<std::int64_t>(note_tpp)});
    const double w = static_cast<double>(display_columns(caption)) * 6.6;
    const double cy = plot.y0 + 30;
    taken.push_back({x + 2, cy - 11, x + 6 + w, cy + 3});
    s += "<text class=\"note-caption\" x=\"" + fmt1(x + 5) + "\" y=\"" + fmt1(cy) + "\" fill=\"#1f4e9c\">" +
         detail::xml_escape(caption) + "</text>\n";
  }

  // Region captions: .a.2 at the top of its rectangle, the others at their foot, so that no two
  // share a corner (b.1 and b.2 share their upper edge, a.1 and a.2 their upper right corner).
  s += "<g class=\"region-captions\" font-size=\"10\">\n";
  for (const region& g : regions) {
    const bool at_top = g.caption.starts_with("3A090.a.2");
    const double x0 = std::max(f.x(g.t0), plot.x0) + 4;
    const double y0 = at_top ? std::max(f.y(g.d1), plot.y0) + 12 : std::min(f.y(g.d0), plot.y1) - 5;
    const double w = static_cast<double>(display_columns(g.caption)) * 6.0;
    taken.push_back({x0 - 1, y0 - 10, x0 + w, y0 + 3});
    s += "<text x=\"" + fmt1(x0) + "\" y=\"" + fmt1(y0) + "\" fill=\"" + (g.cls == "region-a" ? "#8a1c1c" : "#8a5a00") +
         "\">" + detail::xml_escape(g.caption) + "</text>\n";
  }
  s += "</g>\n";

  // Markers first (labels must not cover any of them), then labels.
  struct placed {
    double x, y;
  };
  std::vector<placed> at;
  const std::size_t first_text_box = 0, marker_begin = taken.size();
  for (const map_point& p : in.points) {
    const double x = f.x(p.tpp.approximate()), y = f.y(p.density.approximate());
    at.push_back({x, y});
    taken.push_back({x - 7, y - 7, x + 7, y + 7});
  }
  const std::size_t marker_end = taken.size();
  // Legend, bottom band.
  const double ly = plot.y1 + 58;
  s += "<g class=\"legend\">\n";
  const std::array<std::pair<const char*, const char*>, 4> legend{
      {{"#b21f1f", "3A090.a"}, {"#d97706", "3A090.b"}, {"#2f7d32", "outside 3A090.a/.b"}, {"#777777", "undecided"}}};
  double lx = plot.x0;
  for (const auto& [colour, name] : legend) {
    s += "<circle cx=\"" + fmt1(lx + 5) + "\" cy=\"" + fmt1(ly - 4) + "\" r=\"5\" fill=\"" + colour + "\"/>\n";
    s += "<text x=\"" + fmt1(lx + 14) + "\" y=\"" + fmt1(ly) + "\">" + detail::xml_escape(name) + "</text>\n";
    lx += 150;
  }
  s += "<circle cx=\"" + fmt1(lx + 5) + "\" cy=\"" + fmt1(ly - 4) +
       "\" r=\"5\" fill=\"none\" stroke=\"#333333\"/><text x=\"" + fmt1(lx + 14) + "\" y=\"" + fmt1(ly) +
       "\">datacenter</text>\n";
  s += "<rect x=\"" + fmt1(lx + 100) + "\" y=\"" + fmt1(ly - 9) +
       "\" width=\"9\" height=\"9\" fill=\"none\" stroke=\"#333333\"/><text x=\"" + fmt1(lx + 114) + "\" y=\"" +
       fmt1(ly) + "\">not for datacenters</text>\n";
  s += "</g>\n";
  for (std::size_t i = 0; i < note_lines.size(); ++i) {
    s += "<text class=\"not-plotted\" x=\"" + fmt1(plot.x0) + "\" y=\"" + fmt1(ly + 22 + 15 * static_cast<double>(i)) +
         "\" fill=\"#444444\">" + detail::xml_escape(note_lines[i]) + "</text>\n";
  }

  // Candidate label positions: eight directions at growing distances.
  std::vector<std::pair<double, std::string>> markers;  // (size, svg): drawn largest first
  std::string labels;
  const double font_w = 6.6, font_h = 13;
  for (std::size_t i = 0; i < in.points.size(); ++i) {
    const map_point& p = in.points[i];
    const auto [x, y] = at[i];
    const char* colour = p.eccn == eccn::a      ? "#b21f1f"
                         : p.eccn == eccn::b    ? "#d97706"
                         : p.eccn == eccn::none ? "#2f7d32"
                                                : "#777777";
    const std::string tip = p.label + ": TPP " + pretty(p.tpp, 1) + ", PD " + pretty(p.density, 3) + ", " +
                            std::string(p.eccn == eccn::none ? "outside 3A090.a/.b" : key(p.eccn));
    // Chips at the same spot (H100 and H200 share their compute and die) are drawn as
    // concentric markers, the first listed outermost, so that every colour stays visible.
    double size = 5;
    for (std::size_t j = i + 1; j < in.points.size(); ++j) {
      if (std::hypot(at[j].x - x, at[j].y - y) < 2) size += 3;
    }
    std::string marker =
        "<g class=\"chip\" data-id=\"" + detail::xml_escape(p.id) + "\"><title>" + detail::xml_escape(tip) + "</title>";
    if (p.market == market::other) {
      marker += "<rect x=\"" + fmt1(x - size + 0.5) + "\" y=\"" + fmt1(y - size + 0.5) + "\" width=\"" +
                fmt1(2 * size - 1) + "\" height=\"" + fmt1(2 * size - 1) + "\" fill=\"" + colour +
                "\" stroke=\"#222222\" stroke-width=\"0.8\"/>";
    } else {
      marker += "<circle cx=\"" + fmt1(x) + "\" cy=\"" + fmt1(y) + "\" r=\"" + fmt1(size) + "\" fill=\"" + colour +
                "\" stroke=\"#222222\" stroke-width=\"0.8\"/>";
    }
    marker += "</g>\n";
    markers.push_back({size, marker});

    const double w = static_cast<double>(display_columns(p.label)) * font_w + 4, h = font_h;
    std::optional<box> chosen;
    double best_overlap = 1e300;
    box fallback{};
    for (const double dist : {9.0, 16.0, 26.0, 38.0, 52.0, 70.0, 92.0, 120.0, 150.0}) {
      // right, left, below-right, above-right, below-left, above-left, below, above
      const std::array<std::pair<double, double>, 8> dirs{
          {{1, 0}, {-1, 0}, {0.7, 0.7}, {0.7, -0.7}, {-0.7, 0.7}, {-0.7, -0.7}, {0, 1}, {0, -1}}};
      for (const auto& [dx, dy] : dirs) {
        const double ax = x + dx * dist, ay = y + dy * dist;
        // Anchor: the label's near edge faces the marker.
        const double bx0 = dx > 0.1 ? ax : dx < -0.1 ? ax - w : ax - w / 2;
        const double by0 = dy > 0.1 ? ay : dy < -0.1 ? ay - h : ay - h / 2;
        const box b{bx0, by0, bx0 + w, by0 + h};
        if (!b.inside(plot)) continue;
        double overlap = 0;
        for (const box& t : taken) {
          if (b.overlaps(t)) {
            overlap += (std::min(b.x1, t.x1) - std::max(b.x0, t.x0)) * (std::min(b.y1, t.y1) - std::max(b.y0, t.y0));
          }
        }
        // A leader line must not run through a label or caption placed before it.
        const double lx2 = std::clamp(x, b.x0, b.x1), ly2 = std::clamp(y, b.y0, b.y1);
        if (std::hypot(lx2 - x, ly2 - y) > 12) {
          for (std::size_t t = first_text_box; t < taken.size(); ++t) {
            if (t >= marker_begin && t < marker_end) continue;  // markers may be crossed
            if (detail::segment_hits(x, y, lx2, ly2, taken[t])) overlap += 40;
          }
        }
        if (overlap == 0) {
          chosen = b;
          break;
        }
        if (overlap < best_overlap) {
          best_overlap = overlap;
          fallback = b;
        }
      }
      if (chosen) break;
    }
    const box b = chosen ? *chosen : fallback;
    taken.push_back(b);
    // Leader line from the marker to the nearest point of the label box, when it is not adjacent.
    const double cx = std::clamp(x, b.x0, b.x1), cy = std::clamp(y, b.y0, b.y1);
    if (std::hypot(cx - x, cy - y) > 12) {
      labels += "<line class=\"leader\" x1=\"" + fmt1(x) + "\" y1=\"" + fmt1(y) + "\" x2=\"" + fmt1(cx) + "\" y2=\"" +
                fmt1(cy) + "\" stroke=\"#555555\" stroke-width=\"0.7\"/>\n";
    }
    labels += "<text class=\"chip-label\" data-id=\"" + detail::xml_escape(p.id) + "\" x=\"" + fmt1(b.x0 + 2) +
              "\" y=\"" + fmt1(b.y1 - 3) + "\">" + detail::xml_escape(p.label) + "</text>\n";
  }
  // Larger markers first, ties in insertion order. Not std::stable_sort: libstdc++ 12's calls its
  // own deprecated get_temporary_buffer, which clang 19 reports (an error under -Werror).
  std::vector<std::size_t> order(markers.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&markers](std::size_t i, std::size_t j) {
    return markers[i].first != markers[j].first ? markers[i].first > markers[j].first : i < j;
  });
  s += "<g class=\"labels\">\n" + labels + "</g>\n<g class=\"chips\">\n";
  for (const std::size_t i : order) s += markers[i].second;
  s += "</g>\n";
  s += "</svg>\n";
  return s;
}

}  // namespace accelspec::io
