// Run-time benchmark: ns per classification of design-space sweeps through the public API,
// against the bare hand-written inequalities, in one run.
//
//   accelspec_bench_runtime [--count N] [--block B]
//
// Two sweeps of N points each: over whole specs (rates, die, market: classify() and eccn_of() on
// an accelerator) and over metrics (TPP, applicable die area, market: eccn_of() on
// decision_inputs). The points are generated block by block into an array outside the timed
// region; within a block every path classifies the same points, in a rotating order, so machine
// load falls on the paths alike. Each path is one out-of-line call per point, so no path is
// vectorised across points while another is not. The figure per path is the median over blocks
// of ns per point. Each path stores its answer (an eccn_answer) per point; every path must give
// the same answer (ECCN, clauses, undecided clauses, NAC/ACA) for every point, or the run exits
// with status 1.
#include <accelspec/accelspec.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "sweep.hpp"

namespace {

namespace ab = accelspec::bench;

// Out of line on purpose: one call per classification for every path (see the header comment).
[[gnu::noinline]] accelspec::eccn_answer spec_by_hand(const ab::spec_point& p) { return ab::classify_by_hand(p); }
[[gnu::noinline]] accelspec::eccn_answer spec_by_classify(const ab::spec_point& p) { return ab::classify_by_api(p); }
[[gnu::noinline]] accelspec::eccn_answer spec_by_eccn_of(const ab::spec_point& p) {
  return ab::classify_by_fast_path(p);
}
[[gnu::noinline]] accelspec::eccn_answer metrics_by_hand(const ab::metrics_point& p) { return ab::classify_by_hand(p); }
[[gnu::noinline]] accelspec::eccn_answer metrics_by_eccn_of(const ab::metrics_point& p) {
  return ab::classify_by_fast_path(p);
}

template <class Point>
struct path {
  path(const char* n, accelspec::eccn_answer (*f)(const Point&)) : name(n), classify(f) {}
  const char* name;
  accelspec::eccn_answer (*classify)(const Point&);
  std::vector<double> ns_per_point;
  std::vector<accelspec::eccn_answer> answers;
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Runs one sweep; paths[0] is the hand-written floor. Returns the number of disagreements.
template <class Point>
std::uint64_t run_sweep(const char* title, Point (*generate)(std::uint64_t), std::vector<path<Point>> paths,
                        std::uint64_t count, std::uint64_t block) {
  std::vector<Point> points(static_cast<std::size_t>(block));
  for (path<Point>& pa : paths) pa.answers.resize(points.size());
  std::uint64_t mismatches = 0;
  std::uint64_t outcomes[4] = {};
  for (std::uint64_t start = 0, b = 0; start < count; start += block, ++b) {
    const std::size_t n = static_cast<std::size_t>(std::min(block, count - start));
    for (std::size_t i = 0; i < n; ++i) points[i] = generate(start + i);
    for (std::size_t k = 0; k < paths.size(); ++k) {
      path<Point>& pa = paths[(b + k) % paths.size()];
      accelspec::eccn_answer* out = pa.answers.data();
      const auto t0 = std::chrono::steady_clock::now();
      for (std::size_t i = 0; i < n; ++i) out[i] = pa.classify(points[i]);
      const auto t1 = std::chrono::steady_clock::now();
      pa.ns_per_point.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / static_cast<double>(n));
    }
    // Agreement, point by point, outside the timed region.
    for (std::size_t i = 0; i < n; ++i) {
      const accelspec::eccn_answer& reference = paths[0].answers[i];
      ++outcomes[static_cast<std::size_t>(reference.eccn)];
      for (std::size_t k = 1; k < paths.size(); ++k) mismatches += !(paths[k].answers[i] == reference);
    }
  }

  std::printf("%s: %llu points per path (blocks of %llu; median over %zu blocks)\n", title,
              static_cast<unsigned long long>(count), static_cast<unsigned long long>(block),
              paths[0].ns_per_point.size());
  std::printf("  outcomes: none %llu, 3A090.a %llu, 3A090.b %llu\n", static_cast<unsigned long long>(outcomes[0]),
              static_cast<unsigned long long>(outcomes[1]), static_cast<unsigned long long>(outcomes[2]));
  const double floor_ns = median(paths[0].ns_per_point);
  for (const path<Point>& pa : paths) {
    const double ns = median(pa.ns_per_point);
    std::printf("  %-22s %9.2f ns/classification   ratio to hand-written %7.2f\n", pa.name, ns, ns / floor_ns);
  }
  return mismatches;
}

std::uint64_t parse_count(const char* text, const char* flag) {
  char* end = nullptr;
  const unsigned long long v = std::strtoull(text, &end, 10);
  if (end == text || *end != '\0' || v == 0) {
    std::fprintf(stderr, "accelspec_bench_runtime: %s needs a positive integer\n", flag);
    std::exit(2);
  }
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t count = 10'000'000;
  std::uint64_t block = 1u << 14;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--count") == 0 && i + 1 < argc) {
      count = parse_count(argv[++i], "--count");
    } else if (std::strcmp(argv[i], "--block") == 0 && i + 1 < argc) {
      block = parse_count(argv[++i], "--block");
    } else {
      std::fprintf(stderr, "usage: accelspec_bench_runtime [--count N] [--block B]\n");
      return 2;
    }
  }
  block = std::min(block, count);

  std::uint64_t mismatches = 0;
  mismatches += run_sweep<ab::metrics_point>(
      "sweep over metrics (TPP x area x market)", ab::sweep_metrics,
      {{"hand-written", metrics_by_hand}, {"eccn_of(metrics)", metrics_by_eccn_of}}, count, block);
  mismatches += run_sweep<ab::spec_point>(
      "sweep over specs (FP16 x INT8 x die x market)", ab::sweep_spec,
      {{"hand-written", spec_by_hand}, {"eccn_of(spec)", spec_by_eccn_of}, {"classify(spec)", spec_by_classify}}, count,
      block);
  if (mismatches != 0) {
    std::printf("DISAGREEMENT: %llu classifications differ from the hand-written floor\n",
                static_cast<unsigned long long>(mismatches));
    return 1;
  }
  std::printf("every path agrees with the hand-written floor on every point\n");
  return 0;
}
