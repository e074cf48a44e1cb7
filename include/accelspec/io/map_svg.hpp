// The threshold map: an SVG of the TPP x performance-density plane with the regions of ECCN
// 3A090.a and .b under one vintage of the rule, the 4,800 line of the non-datacenter note, and
// chips placed by their exact metrics. Positions are computed in double: the picture is for
// people, and every chip's determination printed with it comes from the exact classifier.
//
// Nothing written may mislead: a chip label, its leader line and every caption stay clear of every
// other chip's marker, of every threshold line (the region edges and the note's line) and of
// every other label. Labels are placed greedily, in catalog order, at the first of 16 directions
// and growing distances where all of that holds; a chip for which no place is free is named in
// the list of unlabelled chips below the plot instead (its marker keeps its tooltip). Every text
// carries textLength with lengthAdjust, so the box it occupies is exactly the box checked here
// (tests/analysis/cli_map_report.cpp reads the geometry back and checks it). Region captions are
// short tags inside their regions; the full thresholds are in the key below the plot.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>
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
  bool link_markers = false;             // wrap each marker in <a href="#ID"> (the report's table rows)
  std::string as_of;                     // the date the data is as of, printed under the title; empty: none
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
  in.as_of = std::string(catalog::as_of);
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

// Distance from a point to a segment.
inline double point_segment_distance(double px, double py, double ax, double ay, double bx, double by) {
  const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Whether two segments cross or touch.
inline bool segments_cross(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
  const auto orient = [](double px, double py, double qx, double qy, double rx, double ry) {
    const double v = (qx - px) * (ry - py) - (qy - py) * (rx - px);
    return v > 1e-9 ? 1 : v < -1e-9 ? -1 : 0;
  };
  const int o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
  const int o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 != o2 && o3 != o4) return true;
  return point_segment_distance(cx, cy, ax, ay, bx, by) < 1e-6 ||
         point_segment_distance(dx, dy, ax, ay, bx, by) < 1e-6 ||
         point_segment_distance(ax, ay, cx, cy, dx, dy) < 1e-6 || point_segment_distance(bx, by, cx, cy, dx, dy) < 1e-6;
}

// Distance from a circle's centre to a box (0 inside it).
inline double point_box_distance(double x, double y, const box& b) {
  const double cx = std::clamp(x, b.x0, b.x1), cy = std::clamp(y, b.y0, b.y1);
  return std::hypot(x - cx, y - cy);
}

// Advance widths of DejaVu Sans in em (the map's first font), for ASCII; anything else 0.84 em.
// Used to size each text's textLength, so that glyphs are only slightly compressed or stretched.
inline double text_width(std::string_view s, double font_size) {
  // In thousandths of an em.
  static constexpr std::array<int, 95> advance{
      318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
      636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
      575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
      611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
      278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};
  int milli_em = 0;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 32 && c < 127) {
      milli_em += advance[c - 32];
    } else if ((c & 0xC0) != 0x80) {
      milli_em += 840;  // a multi-byte character (×, ≥, ²), counted once
    }
  }
  return milli_em / 1000.0 * font_size;
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

  // Axis ranges from the data: the chips and the thresholds of the rule (the 2022 text has no
  // density threshold), widened by 15% and rounded out to 1, 2 or 5 times a power of ten.
  double tmin = revised ? r.revised.a2_tpp.value().approximate() : note_tpp, tmax = note_tpp;
  double dmin = revised ? r.revised.b1_density_min.approximate() : 1e300;
  double dmax = revised ? r.revised.a2_density.approximate() : 0;
  if (!revised && in.points.empty()) {
    dmin = 1;
    dmax = 10;
  }
  for (const map_point& p : in.points) {
    tmin = std::min(tmin, p.tpp.approximate());
    tmax = std::max(tmax, p.tpp.approximate());
    dmin = std::min(dmin, p.density.approximate());
    dmax = std::max(dmax, p.density.approximate());
  }
  detail::map_frame f;
  // A crowded catalog gets a larger canvas; the key and the lists of chips not plotted or not
  // labelled go below it, and the document grows to hold them.
  if (in.points.size() > 20) {
    f.width = 1240;
    f.height = 860;
  }
  const auto nice_down = [](double v) {
    const double k = std::floor(std::log10(v)), m = v / std::pow(10.0, k);
    return std::log10((m >= 5 ? 5 : m >= 2 ? 2 : 1) * std::pow(10.0, k));
  };
  const auto nice_up = [](double v) {
    const double k = std::floor(std::log10(v)), m = v / std::pow(10.0, k);
    return std::log10((m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * std::pow(10.0, k));
  };
  f.lx0 = nice_down(tmin / 1.15);
  f.lx1 = nice_up(tmax * 1.15);
  f.ly0 = nice_down(dmin / 1.15);
  f.ly1 = nice_up(dmax * 1.15);
  const box plot = f.plot();
  const double xmax_tpp = std::pow(10.0, f.lx1), ymin_d = std::pow(10.0, f.ly0), ymax_d = std::pow(10.0, f.ly1);

  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  // The height is known once the key and the lists below the plot are written.
  const std::string height_mark = "@ACCELSPEC_MAP_HEIGHT@";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fmt1(f.width) + "\" height=\"" + height_mark +
       "\" viewBox=\"0 0 " + fmt1(f.width) + " " + height_mark +
       "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n";
  const std::string title = in.title.empty() ? std::string(r.name) + ", " + std::string(r.source.federal_register) +
                                                   ": TPP × performance density"
                                             : in.title;
  s += "<title>" + detail::xml_escape(title) + "</title>\n";
  s += "<rect x=\"0\" y=\"0\" width=\"" + fmt1(f.width) + "\" height=\"" + height_mark + "\" fill=\"#ffffff\"/>\n";
  s += "<text x=\"" + fmt1(f.left) + "\" y=\"28\" font-size=\"16\" font-weight=\"bold\">" + detail::xml_escape(title) +
       "</text>\n";
  s += "<text x=\"" + fmt1(f.left) +
       "\" y=\"46\" fill=\"#444444\">Total processing performance (TPP) against performance density (TPP per mm² of "
       "applicable die area), both axes logarithmic." +
       (in.as_of.empty() ? std::string() : " Catalog as of " + detail::xml_escape(in.as_of) + ".") + "</text>\n";

  // Regions: .b first, .a on top (an item described by .a is not .b).
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
    // The 2022 text needs TPP and I/O together: above the TPP line the I/O decides, which this plane
    // does not show, so the region is hatched (it may or may not be 3A090.a), never solid red.
    regions.push_back({"region-a",
                       "3A090.a (2022): TPP ≥ " + pretty(r.original.tpp.value()) + " and I/O ≥ " +
                           pretty(r.original.io_bandwidth.in_display_units()) +
                           " GB/s (hatched: the I/O decides; markers show each chip's answer)",
                       r.original.tpp.value().approximate(), xmax_tpp, ymin_d, ymax_d, "url(#io-decides)"});
  }
  if (!revised) {
    s += "<defs><pattern id=\"io-decides\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fbeaea\"/><rect width=\"3\" "
         "height=\"8\" fill=\"#f2b8b8\"/></pattern></defs>\n";
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
  for (int e = static_cast<int>(std::floor(f.lx0)); e <= static_cast<int>(std::floor(f.lx1)); ++e) {
    const double k = e;
    for (const double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, k);
      if (std::log10(v) > f.lx1 + 1e-9 || std::log10(v) < f.lx0 - 1e-9) continue;
      const double x = f.x(v);
      s += "<line x1=\"" + fmt1(x) + "\" y1=\"" + fmt1(plot.y0) + "\" x2=\"" + fmt1(x) + "\" y2=\"" + fmt1(plot.y1) +
           "\"" + (m == 1.0 ? "" : " stroke-dasharray=\"2,3\"") + "/>\n";
      tick_text += "<text class=\"tick-x\" x=\"" + fmt1(x) + "\" y=\"" + fmt1(plot.y1 + 16) +
                   "\" text-anchor=\"middle\">" + detail::tick_label(v) + "</text>\n";
    }
  }
  // An integer counter (the bounds are whole powers of ten): no floating-point loop counter.
  for (int e = static_cast<int>(std::floor(f.ly0)); e <= static_cast<int>(std::floor(f.ly1)); ++e) {
    const double k = e;
    for (const double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, k);
      if (std::log10(v) > f.ly1 + 1e-9 || std::log10(v) < f.ly0 - 1e-9) continue;
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

  // Threshold lines: the note's line and every region edge inside the plot. No text and no leader
  // line may cross one.
  struct segment {
    double x0, y0, x1, y1;
  };
  std::vector<segment> thresholds;
  const double note_x = f.x(note_tpp);
  thresholds.push_back({note_x, plot.y0, note_x, plot.y1});
  s += "<line class=\"note-line\" x1=\"" + fmt1(note_x) + "\" y1=\"" + fmt1(plot.y0) + "\" x2=\"" + fmt1(note_x) +
       "\" y2=\"" + fmt1(plot.y1) + "\" stroke=\"#1f4e9c\" stroke-width=\"1.5\" stroke-dasharray=\"6,4\"/>\n";
  std::vector<box> region_boxes;
  for (const region& g : regions) {
    const box rb{std::max(f.x(g.t0), plot.x0), std::max(f.y(g.d1), plot.y0), std::min(f.x(g.t1), plot.x1),
                 std::min(f.y(g.d0), plot.y1)};
    region_boxes.push_back(rb);
    if (rb.x0 > plot.x0 + 0.5) thresholds.push_back({rb.x0, rb.y0, rb.x0, rb.y1});
    if (rb.x1 < plot.x1 - 0.5) thresholds.push_back({rb.x1, rb.y0, rb.x1, rb.y1});
    if (rb.y0 > plot.y0 + 0.5) thresholds.push_back({rb.x0, rb.y0, rb.x1, rb.y0});
    if (rb.y1 < plot.y1 - 0.5) thresholds.push_back({rb.x0, rb.y1, rb.x1, rb.y1});
  }

  // Markers: chips at the same spot (H100 and H200 share their compute and die) are concentric,
  // the first listed outermost, so that every colour stays visible.
  struct marker_at {
    double x, y, r;
  };
  std::vector<marker_at> at;
  at.reserve(in.points.size());
  for (const map_point& p : in.points) at.push_back({f.x(p.tpp.approximate()), f.y(p.density.approximate()), 5});
  for (std::size_t i = 0; i < at.size(); ++i) {
    for (std::size_t j = i + 1; j < at.size(); ++j) {
      if (std::hypot(at[j].x - at[i].x, at[j].y - at[i].y) < 2) at[i].r += 3;
    }
  }
  // The largest marker drawn at a spot, which every text must keep clear of.
  const auto outer = [&at](std::size_t i) {
    double r = at[i].r;
    for (const marker_at& m : at) {
      if (std::hypot(m.x - at[i].x, m.y - at[i].y) < 2) r = std::max(r, m.r);
    }
    return r;
  };
  constexpr double clear = 1.5;  // free space around markers, lines and texts
  // How far from its centre a text must stay of the markers drawn at a spot: a square marker (a chip
  // not for datacenters) reaches its corners, sqrt(2) times its half side from the centre.
  const auto keep_off = [&at, &in](std::size_t i) {
    double r = 0;
    for (std::size_t j = 0; j < at.size(); ++j) {
      if (std::hypot(at[j].x - at[i].x, at[j].y - at[i].y) >= 2) continue;
      r = std::max(r, at[j].r * (in.points[j].market == market::other ? std::numbers::sqrt2 : 1.0));
    }
    return r;
  };

  std::vector<box> texts;  // every text placed so far (captions and labels)
  std::vector<segment> leaders;
  // Whether a box is free: inside the plot, clear of every marker, threshold line, text and leader.
  const auto box_free = [&](const box& b) {
    const box padded{b.x0 - clear, b.y0 - clear, b.x1 + clear, b.y1 + clear};
    if (!b.inside(plot)) return false;
    for (std::size_t i = 0; i < at.size(); ++i) {
      if (detail::point_box_distance(at[i].x, at[i].y, b) <= keep_off(i) + clear) return false;
    }
    for (const segment& l : thresholds) {
      if (detail::segment_hits(l.x0, l.y0, l.x1, l.y1, padded)) return false;
    }
    for (const box& t : texts) {
      if (padded.overlaps(t)) return false;
    }
    for (const segment& l : leaders) {
      if (detail::segment_hits(l.x0, l.y0, l.x1, l.y1, padded)) return false;
    }
    return true;
  };
  const auto text_element = [](const std::string& cls, double x, double baseline, double width,
                               const std::string& extra, const std::string& text) {
    return "<text class=\"" + cls + "\"" + extra + " x=\"" + fmt1(x) + "\" y=\"" + fmt1(baseline) + "\" textLength=\"" +
           fmt1(width) + "\" lengthAdjust=\"spacingAndGlyphs\">" + detail::xml_escape(text) + "</text>\n";
  };
  // A text of font size `size` at baseline y occupies [y - size, y + 0.3 size] vertically.
  const double label_size = 11, tag_size = 10;

  // Region tags ("a.1", "b.2") inside their regions, at the first free corner; the note's tag
  // beside its line. Their full text is in the key below the plot.
  std::string captions = "<g class=\"region-captions\" font-size=\"10\">\n";
  std::vector<std::string> key_lines;
  for (std::size_t k = 0; k < regions.size(); ++k) {
    const region& g = regions[k];
    const box& rb = region_boxes[k];
    const std::string tag = g.caption.substr(6, g.caption.find(':') - 6);  // "3A090.a.1: ..." -> "a.1"
    key_lines.push_back(g.caption);
    const double w = detail::text_width(tag, tag_size), h = 1.3 * tag_size;
    bool placed = false;
    for (const double inset : {4.0, 10.0, 18.0, 28.0, 40.0}) {
      for (const auto& [fx, fy] : std::array<std::pair<int, int>, 4>{{{0, 1}, {0, 0}, {1, 1}, {1, 0}}}) {
        const double x0 = fx == 0 ? rb.x0 + inset : rb.x1 - inset - w;
        const double y0 = fy == 0 ? rb.y0 + inset : rb.y1 - inset - h;
        const box b{x0, y0, x0 + w, y0 + h};
        if (!b.inside(rb) || !box_free(b)) continue;
        texts.push_back(b);
        captions += text_element("region-tag", b.x0, b.y0 + tag_size, w,
                                 std::string(" fill=\"") + (g.cls == "region-a" ? "#8a1c1c" : "#8a5a00") + "\"", tag);
        placed = true;
        break;
      }
      if (placed) break;
    }
  }
  {
    const std::string tag = (revised ? "note: TPP " : "TPP ") + pretty(rational{static_cast<std::int64_t>(note_tpp)});
    const double w = detail::text_width(tag, tag_size), h = 1.3 * tag_size;
    bool placed = false;
    for (double y0 = plot.y0 + 4; y0 + h < plot.y1 && !placed; y0 += 6) {
      for (const double x0 : {note_x + 4, note_x - 4 - w}) {
        const box b{x0, y0, x0 + w, y0 + h};
        if (!box_free(b)) continue;
        texts.push_back(b);
        captions += text_element("note-caption", b.x0, b.y0 + tag_size, w, " fill=\"#1f4e9c\"", tag);
        placed = true;
        break;
      }
    }
    key_lines.push_back(revised ? "note: TPP " + pretty(rational{static_cast<std::int64_t>(note_tpp)}) +
                                      " (dashed line): chips not designed or marketed for datacenters left of it "
                                      "are outside 3A090.a and .b"
                                : "dashed line: TPP " + pretty(rational{static_cast<std::int64_t>(note_tpp)}));
  }
  captions += "</g>\n";
  s += captions;

  // Chip labels, greedily in catalog order; a chip whose name finds no free place gets a number
  // instead ("1"), explained in the key below the plot.
  std::string labels;
  std::vector<std::string> numbered, unlabelled;
  const double h = 1.3 * label_size;
  // Names stay within `reach` of their marker (a long leader reads badly); numbers may go further.
  const auto place = [&](std::size_t i, const std::string& text, const std::string& cls, double reach) {
    const map_point& p = in.points[i];
    const double x = at[i].x, y = at[i].y, own = outer(i);
    const double w = detail::text_width(text, label_size);
    for (const double dist :
         {2.0, 6.0, 11.0, 17.0, 24.0, 32.0, 42.0, 54.0, 68.0, 84.0, 102.0, 124.0, 150.0, 180.0, 215.0}) {
      if (dist > reach) break;
      for (int k = 0; k < 32; ++k) {
        // right, left, then ever steeper directions, alternating sides
        constexpr std::array<int, 32> order{0, 16, 2,  14, 18, 30, 4,  12, 20, 28, 6,  10, 22, 26, 8,  24,
                                            1, 15, 17, 31, 3,  13, 19, 29, 5,  11, 21, 27, 7,  9,  23, 25};
        const double angle = order[static_cast<std::size_t>(k)] * std::numbers::pi / 16;
        const double dx = std::cos(angle), dy = std::sin(angle);
        const double ax = x + dx * (own + dist), ay = y + dy * (own + dist);
        // Anchor: the label's near edge faces the marker.
        const double bx0 = dx > 0.3 ? ax : dx < -0.3 ? ax - w : ax - w / 2;
        const double by0 = dy > 0.3 ? ay : dy < -0.3 ? ay - h : ay - h / 2;
        const box b{bx0, by0, bx0 + w, by0 + h};
        if (!box_free(b)) continue;
        // A leader from the marker's edge to the nearest point of the box, when the label is not
        // adjacent: it must pass clear of every other marker, threshold line, text and leader.
        const double cx = std::clamp(x, b.x0, b.x1), cy = std::clamp(y, b.y0, b.y1);
        const double gap = std::hypot(cx - x, cy - y);
        std::optional<segment> line;
        if (gap > own + 8) {
          const segment l{x + (cx - x) * own / gap, y + (cy - y) * own / gap, cx, cy};
          bool ok = true;
          for (std::size_t j = 0; j < at.size() && ok; ++j) {
            if (std::hypot(at[j].x - x, at[j].y - y) < 2) continue;  // its own spot
            ok = detail::point_segment_distance(at[j].x, at[j].y, l.x0, l.y0, l.x1, l.y1) > keep_off(j) + clear;
          }
          for (const segment& t : thresholds) {
            if (ok) ok = !detail::segments_cross(l.x0, l.y0, l.x1, l.y1, t.x0, t.y0, t.x1, t.y1);
          }
          for (const box& t : texts) {
            if (ok) {
              ok = !detail::segment_hits(l.x0, l.y0, l.x1, l.y1,
                                         {t.x0 - clear, t.y0 - clear, t.x1 + clear, t.y1 + clear});
            }
          }
          for (const segment& t : leaders) {
            if (ok) ok = !detail::segments_cross(l.x0, l.y0, l.x1, l.y1, t.x0, t.y0, t.x1, t.y1);
          }
          if (!ok) continue;
          line = l;
        }
        texts.push_back(b);
        if (line) {
          leaders.push_back(*line);
          labels += "<line class=\"leader\" data-id=\"" + detail::xml_escape(p.id) + "\" x1=\"" + fmt1(line->x0) +
                    "\" y1=\"" + fmt1(line->y0) + "\" x2=\"" + fmt1(line->x1) + "\" y2=\"" + fmt1(line->y1) +
                    "\" stroke=\"#555555\" stroke-width=\"0.7\"/>\n";
        }
        labels += text_element(cls, b.x0, b.y0 + label_size, w, " data-id=\"" + detail::xml_escape(p.id) + "\"", text);
        return true;
      }
    }
    return false;
  };
  std::vector<std::size_t> unplaced;
  for (std::size_t i = 0; i < in.points.size(); ++i) {
    if (!place(i, in.points[i].label, "chip-label", 110)) unplaced.push_back(i);
  }
  for (const std::size_t i : unplaced) {
    const std::string number = std::to_string(numbered.size() + 1);
    if (place(i, number, "chip-label chip-number", 1000)) {
      numbered.push_back(number + ": " + in.points[i].label);
    } else {
      unlabelled.push_back(in.points[i].label);
    }
  }

  // Legend and key, bottom band.
  double ly = plot.y1 + 58;
  s += "<g class=\"legend\">\n";
  // The 2022 text had no 3A090.b: its legend names none, and its undecided chips are those whose I/O
  // is unknown above the TPP line.
  const std::vector<std::pair<const char*, const char*>> legend =
      revised ? std::vector<std::pair<const char*, const char*>>{{"#b21f1f", "3A090.a"},
                                                                 {"#d97706", "3A090.b"},
                                                                 {"#2f7d32", "outside 3A090.a/.b"},
                                                                 {"#777777", "undecided"}}
              : std::vector<std::pair<const char*, const char*>>{
                    {"#b21f1f", "3A090.a"}, {"#2f7d32", "outside 3A090.a"}, {"#777777", "undecided (I/O unknown)"}};
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
  s += "</g>\n<g class=\"key\">\n";
  for (const std::string& k : key_lines) {
    ly += 15;
    s += "<text class=\"key-line\" x=\"" + fmt1(plot.x0) + "\" y=\"" + fmt1(ly) + "\" fill=\"#444444\">" +
         detail::xml_escape(k) + "</text>\n";
  }
  s += "</g>\n";
  const auto wrapped = [&](std::string line, const std::vector<std::string>& items) {
    std::vector<std::string> out;
    const double room = plot.x1 - plot.x0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string item = items[i] + (i + 1 < items.size() ? "; " : "");
      if (detail::text_width(line + item, 11) > room) {
        out.push_back(line);
        line.clear();
      }
      line += item;
    }
    out.push_back(line);
    return out;
  };
  std::vector<std::string> notes;
  if (!in.not_plotted.empty()) notes = wrapped("Not plotted (no known performance density): ", in.not_plotted);
  if (!numbered.empty()) {
    for (const std::string& l : wrapped("Numbered (no room for the name): ", numbered)) notes.push_back(l);
  }
  if (!unlabelled.empty()) {
    for (const std::string& l : wrapped("Not labelled (no free place; the marker's tooltip names it): ", unlabelled))
      notes.push_back(l);
  }
  for (const std::string& n : notes) {
    ly += 15;
    s += "<text class=\"not-plotted\" x=\"" + fmt1(plot.x0) + "\" y=\"" + fmt1(ly) + "\" fill=\"#444444\">" +
         detail::xml_escape(n) + "</text>\n";
  }

  // Markers, larger first so that concentric ones stay visible.
  std::vector<std::size_t> order(in.points.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Not std::stable_sort: libstdc++ 12's calls its own deprecated get_temporary_buffer, which
  // clang 19 reports (an error under -Werror).
  std::sort(order.begin(), order.end(),
            [&at](std::size_t i, std::size_t j) { return at[i].r != at[j].r ? at[i].r > at[j].r : i < j; });
  s += "<g class=\"labels\">\n" + labels + "</g>\n<g class=\"chips\">\n";
  for (const std::size_t i : order) {
    const map_point& p = in.points[i];
    const auto [x, y, size] = at[i];
    const char* colour = p.eccn == eccn::a      ? "#b21f1f"
                         : p.eccn == eccn::b    ? "#d97706"
                         : p.eccn == eccn::none ? "#2f7d32"
                                                : "#777777";
    const std::string tip =
        p.label + ": TPP " + pretty(p.tpp, 1) + ", PD " + pretty(p.density, 3) + ", " +
        std::string(p.eccn == eccn::none ? (revised ? "outside 3A090.a/.b" : "outside 3A090.a") : key(p.eccn));
    std::string marker = "<g class=\"chip\" data-id=\"" + detail::xml_escape(p.id) + "\">";
    if (in.link_markers) marker += "<a href=\"#" + detail::xml_escape(p.id) + "\">";
    marker += "<title>" + detail::xml_escape(tip) + "</title>";
    if (p.market == market::other) {
      marker += "<rect class=\"marker\" x=\"" + fmt1(x - size) + "\" y=\"" + fmt1(y - size) + "\" width=\"" +
                fmt1(2 * size) + "\" height=\"" + fmt1(2 * size) + "\" fill=\"" + colour +
                "\" stroke=\"#222222\" stroke-width=\"0.8\"/>";
    } else {
      marker += "<circle class=\"marker\" cx=\"" + fmt1(x) + "\" cy=\"" + fmt1(y) + "\" r=\"" + fmt1(size) +
                "\" fill=\"" + colour + "\" stroke=\"#222222\" stroke-width=\"0.8\"/>";
    }
    if (in.link_markers) marker += "</a>";
    marker += "</g>\n";
    s += marker;
  }
  s += "</g>\n";
  s += "</svg>\n";
  const std::string height = fmt1(std::max(f.height, ly + 20));
  for (std::size_t pos = s.find(height_mark); pos != std::string::npos; pos = s.find(height_mark, pos)) {
    s.replace(pos, height_mark.size(), height);
  }
  return s;
}

}  // namespace accelspec::io
