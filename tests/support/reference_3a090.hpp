// An independent reference for ECCN 3A090, written from the rule text for the tests that must not
// check the library against itself (rules/decide.hpp is never included or called here).
//
// Plain integers: TPP as a count of 10^-6 TPP, the applicable die area as a count of µm² (10^-6
// mm², so TPP count / area count is the density itself), I/O as bytes per second; thresholds as
// integer fractions compared by cross-multiplication in 128 bits.
//
// 2022 text (87 FR 62186), 3A090.a: aggregate bidirectional I/O of 600 GB/s or more AND bit length
//   x TOPS of 4800 or more.
// 2023 text (88 FR 73458): a.1 TPP >= 4800; a.2 TPP >= 1600 and density >= 5.92;
//   b.1 2400 <= TPP < 4800 and 1.6 <= density < 5.92; b.2 TPP >= 1600 and 3.2 <= density < 5.92;
//   .b only where .a is not met; the note: not designed or marketed for datacenters and TPP < 4800
//   takes the chip out of .a and .b. License Exception NAC/ACA: .a items not for datacenters, .b
//   items for datacenters.
// Unknown inputs: the answer is the one shared by every world consistent with what is known (TPP
// and density regions, market, I/O), and undecided when two worlds differ. A chip whose logic is
// all planar (known zero area) has no density and meets no density clause.
#pragma once

#include <accelspec/rules/eccn.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace reference {

__extension__ typedef __int128 i128;  // NOLINT(modernize-use-using): __extension__ needs typedef

enum class market { datacenter, other, unknown };

struct inputs {
  std::optional<std::int64_t> tpp_count;  // 10^-6 TPP
  std::optional<std::int64_t> area_um2;   // applicable die area; 0: logic all planar
  std::optional<std::int64_t> io_bytes_per_s;
  market m = market::unknown;
};

struct answer {
  accelspec::eccn eccn = accelspec::eccn::none;
  bool a1 = false, a2 = false, b1 = false, b2 = false, a_2022 = false;  // clauses met (known inputs)
  bool nac_aca = false;
};

inline constexpr std::int64_t tpp_unit = 1'000'000;  // counts per TPP
inline constexpr std::int64_t io_600 = 600'000'000'000;

// The thresholds of the rule text, as fractions.
struct fraction {
  std::int64_t num, den;
};
inline constexpr fraction d_1_6{16, 10}, d_3_2{32, 10}, d_5_92{592, 100};

// density >= f with density = tpp / area (area > 0); tpp may be a fraction tpp / q of counts.
inline bool density_at_least(std::int64_t tpp, std::int64_t area, fraction f, std::int64_t q = 1) {
  return static_cast<i128>(tpp) * f.den >= static_cast<i128>(f.num) * area * q;
}

// Fully known inputs; the TPP is tpp / q counts (q > 1 only for the headroom bounds, which can
// fall between counts).
inline answer decide_2023(std::int64_t tpp, std::int64_t area, market m, std::int64_t q = 1) {
  const bool has_density = area > 0;
  const auto ge = [&](fraction f) { return has_density && density_at_least(tpp, area, f, q); };
  const auto below = [&](fraction f) { return has_density && !density_at_least(tpp, area, f, q); };
  const auto tpp_at_least = [&](std::int64_t whole) {
    return static_cast<i128>(tpp) >= static_cast<i128>(whole) * tpp_unit * q;
  };
  answer r;
  const bool a1 = tpp_at_least(4800);
  const bool a2 = tpp_at_least(1600) && ge(d_5_92);
  const bool b1 = tpp_at_least(2400) && !tpp_at_least(4800) && ge(d_1_6) && below(d_5_92);
  const bool b2 = tpp_at_least(1600) && ge(d_3_2) && below(d_5_92);
  const bool note = m == market::other && !tpp_at_least(4800);
  if (note) return r;
  if (a1 || a2) {
    r.eccn = accelspec::eccn::a;
    r.a1 = a1;
    r.a2 = a2;
    r.nac_aca = m == market::other;
  } else if (b1 || b2) {
    r.eccn = accelspec::eccn::b;
    r.b1 = b1;
    r.b2 = b2;
    r.nac_aca = m == market::datacenter;
  }
  return r;
}

inline answer decide_2022(std::int64_t tpp, std::int64_t io) {
  answer r;
  if (io >= io_600 && tpp >= 4800 * tpp_unit) {
    r.eccn = accelspec::eccn::a;
    r.a_2022 = true;
  }
  return r;
}

// Unknown inputs: enumerate the worlds. TPP matters only through its region among 1600, 2400,
// 4800 and the density only through its region among 1.6, 3.2, 5.92 (or none: all planar), so a
// world is a pair of regions, kept when some real TPP and area agree with both and with what is
// known.
namespace detail {
struct interval {  // [lo, hi) in TPP counts; hi < 0: unbounded
  std::int64_t lo, hi;
};
inline constexpr interval tpp_regions[] = {{0, 1600 * tpp_unit},
                                           {1600 * tpp_unit, 2400 * tpp_unit},
                                           {2400 * tpp_unit, 4800 * tpp_unit},
                                           {4800 * tpp_unit, -1}};
// Density regions as fractions [lo, hi); {0,1} .. ; the last is unbounded.
struct density_region {
  fraction lo, hi;
  bool unbounded;
};
inline constexpr density_region density_regions[] = {
    {{0, 1}, d_1_6, false}, {d_1_6, d_3_2, false}, {d_3_2, d_5_92, false}, {d_5_92, {0, 1}, true}};

// A representative TPP count and area for a region pair, when the pair is possible.
struct world {
  std::int64_t tpp, area;
};
inline std::optional<world> pick(const inputs& in, const interval& t, const density_region* d) {
  // Candidate TPP counts: the known one, or points of the region (its start and a few inside).
  std::vector<std::int64_t> tpps;
  if (in.tpp_count) {
    if (*in.tpp_count < t.lo || (t.hi >= 0 && *in.tpp_count >= t.hi)) return std::nullopt;
    tpps.push_back(*in.tpp_count);
  } else {
    const std::int64_t hi = t.hi < 0 ? t.lo * 4 + 8 * tpp_unit : t.hi;
    for (std::int64_t k = 0; k < 64; ++k) tpps.push_back(t.lo + (hi - t.lo) * k / 64);
  }
  if (d == nullptr) {  // no density: all logic planar
    if (in.area_um2 && *in.area_um2 != 0) return std::nullopt;
    return world{tpps.front(), 0};
  }
  if (in.area_um2 && *in.area_um2 == 0) return std::nullopt;
  for (const std::int64_t tp : tpps) {
    if (tp == 0) {  // density 0, whatever the (positive) area: only the lowest region
      if (d->lo.num == 0) return world{0, in.area_um2.value_or(1)};
      continue;
    }
    std::vector<std::int64_t> areas;
    if (in.area_um2) {
      areas.push_back(*in.area_um2);
    } else {
      // Areas that put the density at, and just inside, the region's ends: tpp / density.
      for (const fraction f : {d->lo, d->hi}) {
        if (f.num == 0) continue;
        const std::int64_t a = static_cast<std::int64_t>(static_cast<i128>(tp) * f.den / f.num);
        for (std::int64_t da = -2; da <= 2; ++da) {
          if (a + da > 0) areas.push_back(a + da);
        }
      }
      areas.push_back(tp * 1000);  // density 0.001
      areas.push_back(1);          // density tp
    }
    for (const std::int64_t a : areas) {
      const bool above_lo = d->lo.num == 0 || density_at_least(tp, a, d->lo);
      const bool below_hi = d->unbounded || !density_at_least(tp, a, d->hi);
      if (above_lo && below_hi) return world{tp, a};
    }
  }
  return std::nullopt;
}
}  // namespace detail

// Every answer a world consistent with the inputs can have, for the given vintage.
inline std::vector<answer> worlds(const inputs& in, bool text_2022) {
  std::vector<answer> out;
  std::vector<market> markets;
  if (in.m == market::unknown) {
    markets = {market::datacenter, market::other};
  } else {
    markets = {in.m};
  }
  std::vector<std::int64_t> ios;
  if (in.io_bytes_per_s) {
    ios = {*in.io_bytes_per_s};
  } else {
    ios = {0, io_600};
  }
  for (const detail::interval& t : detail::tpp_regions) {
    for (int di = -1; di < 4; ++di) {
      const detail::density_region* d = di < 0 ? nullptr : &detail::density_regions[di];
      const std::optional<detail::world> w = detail::pick(in, t, d);
      if (!w) continue;
      for (const market m : markets) {
        for (const std::int64_t io : ios) {
          out.push_back(text_2022 ? decide_2022(w->tpp, io) : decide_2023(w->tpp, w->area, m));
        }
      }
    }
  }
  return out;
}

// The ECCN every consistent world agrees on, or undecided.
inline accelspec::eccn eccn_of(const inputs& in, bool text_2022) {
  const std::vector<answer> all = worlds(in, text_2022);
  if (all.empty()) return accelspec::eccn::undecided;  // cannot happen for valid inputs
  for (const answer& a : all) {
    if (a.eccn != all.front().eccn) return accelspec::eccn::undecided;
  }
  return all.front().eccn;
}

// For fully known inputs.
inline answer decide(const inputs& in, bool text_2022) {
  return text_2022 ? decide_2022(*in.tpp_count, *in.io_bytes_per_s) : decide_2023(*in.tpp_count, *in.area_um2, in.m);
}

// The reference's clause set, in the library's clause type, for comparing answers.
inline accelspec::clause_set clauses_of(const answer& a) {
  accelspec::clause_set s{};
  if (a.a_2022) s.insert(accelspec::clause::a_2022);
  if (a.a1) s.insert(accelspec::clause::a_1);
  if (a.a2) s.insert(accelspec::clause::a_2);
  if (a.b1) s.insert(accelspec::clause::b_1);
  if (a.b2) s.insert(accelspec::clause::b_2);
  return s;
}

}  // namespace reference
