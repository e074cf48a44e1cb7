// Run-time benchmark: CPU time per classification of run-time specs through the public API,
// against the hand-written floor of bench/sweep.hpp, in one run.
//
//   accelspec_bench_runtime [--count N] [--block B]     the tables (default N = 2,000,000)
//   accelspec_bench_runtime --only PATH [--count N]     one path alone, for instruction counts:
//       valgrind --tool=callgrind accelspec_bench_runtime --only eccn_of --count 100000
//       PATH: none (spec generation only), hand, hand_branching, eccn_of, classify,
//             classify_findings (classify() and the determination's findings()),
//             the same with datasheet_ before them (datasheet_none, ...: the specs with the
//             fields a datasheet gives, bench/sweep.hpp's datasheet_spec()),
//             metrics_none (metrics generation only), metrics_hand, metrics_eccn_of
//
// Every path is a loop compiled once per path, with the classifier inlined into it the same way
// (the floor and the library calls are all always_inline; no function pointers). The specs of a
// block are generated into an array outside the timed region; within a block every path
// classifies the same specs, the order of the paths rotating from block to block, so machine load
// (other processes on the same cores) falls on the paths alike. Each path's time per block is
// the thread's CPU time (CLOCK_THREAD_CPUTIME_ID); the figure is the median over blocks. Every
// path's answer for every spec must equal the floor's, or the run exits with status 1.
#include <accelspec/accelspec.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string_view>
#include <vector>

#include "sweep.hpp"

namespace {

namespace ab = accelspec::bench;
namespace as = accelspec;

double thread_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// One loop per path: the classifier is inlined into it. noinline keeps each loop a separate
// function, so that no path is optimised across another's.
template <class Point, class F>
[[gnu::noinline]] void run_path(const Point* points, std::size_t n, as::eccn_answer* out, F classify) {
  for (std::size_t i = 0; i < n; ++i) out[i] = classify(points[i]);
}

struct spec_hand {
  as::eccn_answer operator()(const as::accelerator& c) const { return ab::classify_by_hand(c); }
};
struct spec_hand_branching {
  as::eccn_answer operator()(const as::accelerator& c) const { return ab::classify_by_hand_branching(c); }
};
struct spec_eccn_of {
  as::eccn_answer operator()(const as::accelerator& c) const { return ab::classify_by_eccn_of(c); }
};
struct spec_classify {
  as::eccn_answer operator()(const as::accelerator& c) const { return ab::classify_by_classify(c); }
};
struct spec_classify_explained {
  as::eccn_answer operator()(const as::accelerator& c) const { return ab::classify_by_classify_explained(c); }
};
struct metrics_hand {
  as::eccn_answer operator()(const ab::metrics_point& p) const { return ab::classify_by_hand(p); }
};
struct metrics_eccn_of {
  as::eccn_answer operator()(const ab::metrics_point& p) const { return ab::classify_by_fast_path(p); }
};

// A sweep: paths[0] is the floor. Returns the number of answers that differ from the floor's.
// The first `floors` paths are hand-written floors; ratios are to the fastest of them.
template <class Point, class Generate, class... Paths>
std::uint64_t run_sweep(const char* title, Generate generate, std::uint64_t count, std::uint64_t block,
                        std::size_t floors, const char* const (&names)[sizeof...(Paths)], Paths... paths) {
  constexpr std::size_t k = sizeof...(Paths);
  std::vector<Point> points(static_cast<std::size_t>(block));
  std::vector<as::eccn_answer> answers[k];
  std::vector<double> ns[k];
  for (auto& a : answers) a.resize(points.size());
  std::uint64_t mismatches = 0, outcomes[4] = {}, undecided_clauses = 0;
  for (std::uint64_t start = 0, b = 0; start < count; start += block, ++b) {
    const std::size_t n = static_cast<std::size_t>(std::min(block, count - start));
    for (std::size_t i = 0; i < n; ++i) points[i] = generate(start + i);
    for (std::size_t r = 0; r < k; ++r) {
      const std::size_t which = (b + r) % k;
      std::size_t idx = 0;
      // Runs path `which` (a fold over the pack picks it).
      (
          [&] {
            if (idx++ != which) return;
            const double t0 = thread_cpu_ns();
            run_path(points.data(), n, answers[which].data(), paths);
            ns[which].push_back((thread_cpu_ns() - t0) / static_cast<double>(n));
          }(),
          ...);
    }
    for (std::size_t i = 0; i < n; ++i) {
      const as::eccn_answer& floor = answers[0][i];
      ++outcomes[static_cast<std::size_t>(floor.eccn)];
      undecided_clauses += !floor.undecided.empty();
      for (std::size_t p = 1; p < k; ++p) mismatches += !(answers[p][i] == floor);
    }
  }
  std::printf("%s: %llu points, blocks of %llu, median over %zu blocks (CPU time)\n", title,
              static_cast<unsigned long long>(count), static_cast<unsigned long long>(block), ns[0].size());
  std::printf("  outcomes: none %llu, 3A090.a %llu, 3A090.b %llu, undecided %llu; with an undecided clause %llu\n",
              static_cast<unsigned long long>(outcomes[0]), static_cast<unsigned long long>(outcomes[1]),
              static_cast<unsigned long long>(outcomes[2]), static_cast<unsigned long long>(outcomes[3]),
              static_cast<unsigned long long>(undecided_clauses));
  double floor_ns = median(ns[0]);
  for (std::size_t p = 1; p < floors; ++p) floor_ns = std::min(floor_ns, median(ns[p]));
  for (std::size_t p = 0; p < k; ++p) {
    const double m = median(ns[p]);
    std::printf("  %-34s %9.2f ns   ratio to the fastest hand-written %6.2f\n", names[p], m, m / floor_ns);
  }
  return mismatches;
}

// The scaling specs: `rates` rates over units of 12 formats each, `dies` non-planar logic dies.
inline constexpr std::string_view die_names[16] = {"d0", "d1", "d2",  "d3",  "d4",  "d5",  "d6",  "d7",
                                                   "d8", "d9", "d10", "d11", "d12", "d13", "d14", "d15"};
inline constexpr as::number_format scaling_formats[12] = {as::fp64, as::fp32,  as::tf32,     as::bf16,
                                                          as::fp16, as::fp8,   as::fp8_e4m3, as::fp8_e5m2,
                                                          as::fp6,  as::int32, as::int16,    as::int8};
as::accelerator scaling_spec(std::uint64_t i, int rates, int dies) {
  ab::draw d{ab::mix(i * 31 + static_cast<std::uint64_t>(rates * 100 + dies))};
  as::accelerator c{.market = d.next(4) == 0 ? as::market::other : as::market::datacenter};
  for (int r = 0; r < rates; ++r) {
    const std::int64_t rate = (1 + static_cast<std::int64_t>(d.next(40'000))) * 1000 * (r < 12 ? 10 : 1);
    c.compute.push_back(as::dense(scaling_formats[r % 12], as::dense_rate::from_count(rate), r < 12 ? "" : "second"));
  }
  for (int k = 0; k < dies; ++k) {
    c.dies.push_back(as::die{.name = die_names[k],
                             .area = as::area::from_count((20 + static_cast<std::int64_t>(d.next(200))) * ab::mm2),
                             .transistors = as::transistor_architecture::non_planar});
  }
  return c;
}

std::uint64_t run_scaling(std::uint64_t count, std::uint64_t block) {
  std::printf("scaling (CPU time per classification, eccn_of(spec) / hand-written):\n");
  std::uint64_t mismatches = 0;
  const int shapes[][2] = {{1, 1}, {2, 1}, {4, 1}, {8, 1}, {16, 1}, {24, 1}, {2, 2}, {2, 4}, {2, 8}, {2, 16}};
  for (const auto& shape : shapes) {
    const int rates = shape[0], dies = shape[1];
    std::vector<as::accelerator> points(static_cast<std::size_t>(block));
    std::vector<as::eccn_answer> a0(points.size()), a1(points.size());
    std::vector<double> t0, t1;
    for (std::uint64_t start = 0, b = 0; start < count; start += block, ++b) {
      const std::size_t n = static_cast<std::size_t>(std::min(block, count - start));
      for (std::size_t i = 0; i < n; ++i) points[i] = scaling_spec(start + i, rates, dies);
      for (int r = 0; r < 2; ++r) {
        const double s = thread_cpu_ns();
        if ((b + static_cast<std::uint64_t>(r)) % 2 == 0) {
          run_path(points.data(), n, a0.data(), spec_hand_branching{});  // every input known: the faster floor
          t0.push_back((thread_cpu_ns() - s) / static_cast<double>(n));
        } else {
          run_path(points.data(), n, a1.data(), spec_eccn_of{});
          t1.push_back((thread_cpu_ns() - s) / static_cast<double>(n));
        }
      }
      for (std::size_t i = 0; i < n; ++i) mismatches += !(a0[i] == a1[i]);
    }
    const double h = median(t0), l = median(t1);
    std::printf("  rates %2d, dies %2d: hand-written %7.2f ns, eccn_of %7.2f ns, ratio %5.2f\n", rates, dies, h, l,
                l / h);
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

// One path alone over `count` points, for instruction counts (callgrind). Prints a checksum so
// that no work can be dropped.
int run_only(std::string_view path, std::uint64_t count) {
  const std::size_t block = 256;
  std::vector<as::accelerator> specs(block);
  std::vector<ab::metrics_point> metrics(block);
  std::vector<as::eccn_answer> out(block);
  const bool on_metrics = path.substr(0, 8) == "metrics_";
  const bool on_datasheets = path.substr(0, 10) == "datasheet_";
  if (on_datasheets) path.remove_prefix(10);
  std::uint64_t sum = 0;
  for (std::uint64_t start = 0; start < count; start += block) {
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(block, count - start));
    for (std::size_t i = 0; i < n; ++i) {
      if (on_metrics) {
        metrics[i] = ab::sweep_metrics(start + i);
      } else {
        specs[i] = on_datasheets ? ab::datasheet_spec(start + i) : ab::runtime_spec(start + i);
      }
    }
    if (path == "none" || path == "metrics_none") {
      // generation only: the baseline subtracted from every path
    } else if (path == "hand") {
      run_path(specs.data(), n, out.data(), spec_hand{});
    } else if (path == "hand_branching") {
      run_path(specs.data(), n, out.data(), spec_hand_branching{});
    } else if (path == "eccn_of") {
      run_path(specs.data(), n, out.data(), spec_eccn_of{});
    } else if (path == "classify") {
      run_path(specs.data(), n, out.data(), spec_classify{});
    } else if (path == "classify_findings") {
      run_path(specs.data(), n, out.data(), spec_classify_explained{});
    } else if (path == "metrics_hand") {
      run_path(metrics.data(), n, out.data(), metrics_hand{});
    } else if (path == "metrics_eccn_of") {
      run_path(metrics.data(), n, out.data(), metrics_eccn_of{});
    } else {
      std::fprintf(stderr, "accelspec_bench_runtime: unknown path for --only\n");
      return 2;
    }
    for (std::size_t i = 0; i < n; ++i) sum += static_cast<std::uint64_t>(out[i].eccn) + out[i].undecided.bits();
  }
  std::printf("%s%s: %llu points, checksum %llu\n", on_datasheets ? "datasheet_" : "", std::string(path).c_str(),
              static_cast<unsigned long long>(count), static_cast<unsigned long long>(sum));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t count = 2'000'000;
  std::uint64_t block = 256;  // 256 specs of 1.6 KB: the block stays in L2, so time is compute, not memory
  const char* only = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--count") == 0 && i + 1 < argc) {
      count = parse_count(argv[++i], "--count");
    } else if (std::strcmp(argv[i], "--block") == 0 && i + 1 < argc) {
      block = parse_count(argv[++i], "--block");
    } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
      only = argv[++i];
    } else {
      std::fprintf(stderr, "usage: accelspec_bench_runtime [--count N] [--block B] [--only PATH]\n");
      return 2;
    }
  }
  if (only != nullptr) return run_only(only, count);
  block = std::min(block, count);

  std::uint64_t mismatches = 0;
  {
    const char* const names[] = {"hand-written", "hand-written, branch on all known", "eccn_of(spec)", "classify(spec)",
                                 "classify(spec) + findings()"};
    mismatches += run_sweep<as::accelerator>(
        "run-time specs (1-3 units, 0-4 dies, unknowns, threshold hits; rule of 2023)", ab::runtime_spec, count, block,
        2, names, spec_hand{}, spec_hand_branching{}, spec_eccn_of{}, spec_classify{}, spec_classify_explained{});
  }
  {
    const char* const names[] = {"hand-written", "hand-written, branch on all known", "eccn_of(spec)", "classify(spec)",
                                 "classify(spec) + findings()"};
    mismatches += run_sweep<as::accelerator>(
        "the same specs with the fields a datasheet gives (memory, TDP, date, I/O, designer, link), which every "
        "classification validates",
        ab::datasheet_spec, count, block, 2, names, spec_hand{}, spec_hand_branching{}, spec_eccn_of{}, spec_classify{},
        spec_classify_explained{});
  }
  {
    const char* const names[] = {"hand-written", "eccn_of(decision_inputs)"};
    mismatches += run_sweep<ab::metrics_point>("metrics given directly (secondary)", ab::sweep_metrics, count, block, 1,
                                               names, metrics_hand{}, metrics_eccn_of{});
  }
  mismatches += run_scaling(std::max<std::uint64_t>(count / 10, std::min<std::uint64_t>(count, 4096)), block);
  if (mismatches != 0) {
    std::printf("DISAGREEMENT: %llu classifications differ from the hand-written floor\n",
                static_cast<unsigned long long>(mismatches));
    return 1;
  }
  std::printf("every path agrees with the hand-written floor on every point\n");
  return 0;
}
