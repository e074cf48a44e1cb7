// The workloads shared by the run-time benchmark and its ctest pass: run-time specs that vary the
// way real ones do, the hand-written classifier they are measured against (the floor), and the
// public-API paths, all answering an eccn_answer so that every point is checked for agreement.
//
// The floor is exact and branch-free in its decision: it reads the same `accelerator` objects,
// groups rates by processing unit, takes each unit's best rate per bit length, sums the units,
// sums the applicable die area, and evaluates the 2023 text's clauses in three-valued logic held
// as two bitmasks (definitely true, definitely false), combined with & and | only. It does not
// validate the spec (the library does, in the same pass): the sweep's specs are valid.
#pragma once

#include <accelspec/accelspec.hpp>

#include <cstdint>
#include <string_view>

namespace accelspec::bench {

// ---------------------------------------------------------------------------------------------
// The spec sweep.

// A cheap, well-mixed 64-bit hash (splitmix64's finaliser): the i-th point is a pure function of i.
constexpr std::uint64_t mix(std::uint64_t x) noexcept {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Draws from a hash, consuming it.
struct draw {
  std::uint64_t state;
  constexpr std::uint64_t next(std::uint64_t n) noexcept {  // uniform in [0, n)
    const std::uint64_t v = state % n;
    state /= n;
    if (state < (1ull << 20)) state = mix(state ^ v ^ 0x5bd1e995ull);
    return v;
  }
};

inline constexpr std::int64_t tera = 1'000'000;  // dense-rate counts per TOPS
inline constexpr std::int64_t mm2 = 1'000'000;   // area counts (µm²) per mm²

// The i-th spec of the sweep: 1-3 processing units with 1-4 formats each, 0-4 dies (logic,
// I/O, planar logic, HBM, chiplet counts), a market, and on some points an unknown input or a
// rate and area put exactly on a threshold. Every outcome of the 2023 text occurs many times.
constexpr accelerator runtime_spec(std::uint64_t i) {
  draw d{mix(i * 0x2545F4914F6CDD1Dull + 1)};
  accelerator c{};
  const std::uint64_t market_pick = d.next(10);
  c.market = market_pick < 6 ? market::datacenter : market_pick < 9 ? market::other : market::unknown;

  // The main matrix unit: FP16 20..420 TFLOPS and faster low-precision modes.
  const std::uint64_t tpp_pick = d.next(8);
  std::int64_t fp16 =
      (20 + static_cast<std::int64_t>(d.next(400'001)) / 1000) * tera + static_cast<std::int64_t>(d.next(1000)) * 1000;
  // One point in eight sits exactly on a TPP threshold (1600, 2400 or 4800 at 16 bits).
  if (tpp_pick == 0) fp16 = 100 * tera;
  if (tpp_pick == 1) fp16 = 150 * tera;
  if (tpp_pick == 2) fp16 = 300 * tera;
  const bool no_rates = d.next(32) == 0;  // TPP unknown
  if (!no_rates) {
    c.compute.push_back(dense(number_format::fp16, dense_rate::from_count(fp16)));
    const std::uint64_t extra = d.next(4);  // 0..3 more formats on the main unit
    if (extra >= 1) c.compute.push_back(dense(number_format::bf16, dense_rate::from_count(fp16)));
    if (extra >= 2) {
      c.compute.push_back(dense(number_format::fp8, dense_rate::from_count(fp16 * (1 + (d.next(3) == 0 ? 1 : 0)))));
    }
    if (extra >= 3) c.compute.push_back(dense(number_format::tf32, dense_rate::from_count(fp16 / 2)));
    const std::uint64_t units = d.next(3);  // 0..2 more processing units
    if (units >= 1) {
      c.compute.push_back(dense(number_format::fp32, dense_rate::from_count(fp16 / 16), "vector"));
      c.compute.push_back(dense(number_format::fp64, dense_rate::from_count(fp16 / 32), "vector"));
    }
    if (units >= 2) {
      c.compute.push_back(dense(number_format::int8,
                                dense_rate::from_count(fp16 / 4 * (1 + static_cast<std::int64_t>(d.next(4)))), "npu"));
    }
  }

  // Dies: one logic die of 100..900 mm², or exactly the area that puts the density on a threshold.
  const std::uint64_t die_pick = d.next(16);
  std::int64_t logic =
      (100 + static_cast<std::int64_t>(d.next(800))) * mm2 + static_cast<std::int64_t>(d.next(1000)) * 1000;
  // Density thresholds 5.92 = 148/25, 3.2 = 16/5, 1.6 = 8/5 on the main unit's 16-bit TPP.
  const std::uint64_t density_pick = d.next(8);
  const std::int64_t tpp16 = fp16 * 16;
  if (density_pick == 0 && tpp16 * 25 % 148 == 0) logic = tpp16 * 25 / 148;
  if (density_pick == 1 && tpp16 * 5 % 16 == 0) logic = tpp16 * 5 / 16;
  if (density_pick == 2 && tpp16 * 5 % 8 == 0) logic = tpp16 * 5 / 8;
  if (die_pick == 0) return c;  // no die listed: area unknown
  die main{.name = "logic", .area = area::from_count(logic), .transistors = transistor_architecture::non_planar};
  if (die_pick == 1) main.area = std::nullopt;                             // area unknown
  if (die_pick == 2) main.transistors = transistor_architecture::unknown;  // process unknown
  if (die_pick == 3) main.transistors = transistor_architecture::planar;   // planar logic
  if (die_pick == 4) {                                                     // chiplets
    main.count = 2 + static_cast<int>(d.next(7));
    main.area = area::from_count(logic / main.count);
  }
  c.dies.push_back(main);
  const std::uint64_t more = d.next(4);  // 0..3 more dies
  if (more >= 1) {
    c.dies.push_back(die{.name = "hbm",
                         .area = area::from_count(110 * mm2),
                         .transistors = transistor_architecture::planar,
                         .role = die_role::memory,
                         .count = 4 + static_cast<int>(d.next(5))});
  }
  if (more >= 2) {
    c.dies.push_back(die{.name = "io",
                         .area = area::from_count((50 + static_cast<std::int64_t>(d.next(300))) * mm2),
                         .transistors = transistor_architecture::non_planar,
                         .role = die_role::io});
  }
  if (more >= 3) {
    c.dies.push_back(
        die{.name = "legacy", .area = area::from_count(40 * mm2), .transistors = transistor_architecture::planar});
  }
  return c;
}

// The i-th spec of the sweep as a datasheet gives it: the same compute and dies, and the figures
// the rules do not read but every real spec carries (the catalog's all do) and every
// classification validates: a memory system (HBM with stacks and per-stack figures, or GDDR with
// totals only), TDP, release date, I/O bandwidth, designer country, a scale-up link, a transistor
// count; each left out on some points, as a spec leaves out what its datasheet does not say.
constexpr accelerator datasheet_spec(std::uint64_t i) {
  accelerator c = runtime_spec(i);
  draw d{mix(i * 0x9E3779B97F4A7C15ull + 7)};
  constexpr std::int64_t giga = 1'000'000'000;
  if (d.next(8) != 0) {  // HBM: stacks and per-stack figures, totals at most stacks x per stack
    const int stacks = 4 + static_cast<int>(d.next(5));
    const std::int64_t per_stack_gb = d.next(3) == 0 ? 16 : d.next(2) == 0 ? 24 : 36;
    const std::int64_t per_stack_gbps = 600 + static_cast<std::int64_t>(d.next(601));
    c.memory = {.technology = d.next(2) == 0 ? memory_technology::hbm3 : memory_technology::hbm3e,
                .stacks = stacks,
                .stack_capacity = data_size::from_count(per_stack_gb * giga),
                .stack_bandwidth = data_rate::from_count(per_stack_gbps * giga),
                .capacity = data_size::from_count((stacks - static_cast<int>(d.next(2))) * per_stack_gb * giga),
                .bandwidth = data_rate::from_count(stacks * per_stack_gbps * giga)};
  } else {  // GDDR: totals only
    c.memory = {.technology = memory_technology::gddr6,
                .capacity = data_size::from_count((16 + 8 * static_cast<std::int64_t>(d.next(4))) * giga),
                .bandwidth = data_rate::from_count((500 + static_cast<std::int64_t>(d.next(1000))) * giga)};
  }
  if (d.next(8) != 0) c.tdp = power::from_count((75 + static_cast<std::int64_t>(d.next(926))) * 1000);
  if (d.next(8) != 0) {
    c.released = std::chrono::year{2018 + static_cast<int>(d.next(9))} /
                 std::chrono::month{1 + static_cast<unsigned>(d.next(12))} /
                 std::chrono::day{1 + static_cast<unsigned>(d.next(28))};
  }
  if (d.next(4) != 0) c.io_bandwidth = data_rate::from_count((64 + static_cast<std::int64_t>(d.next(1737))) * giga);
  constexpr std::string_view countries[] = {"US", "CN", "KR", "GB", "IL", "CA", "JP", ""};
  c.designer_country = countries[d.next(8)];
  if (d.next(2) == 0) {
    c.links.scale_up = {.name = "fabric",
                        .rate = data_rate::from_count((100 + static_cast<std::int64_t>(d.next(1700))) * giga),
                        .direction = link_direction::bidirectional};
  }
  if (d.next(2) == 0) c.transistor_count = (10 + static_cast<std::int64_t>(d.next(200))) * giga;
  return c;
}

// ---------------------------------------------------------------------------------------------
// The floor.

// Three-valued logic as two masks: t = definitely true, f = definitely false (neither: unknown).
struct tri {
  bool t, f;
};
constexpr tri known_as(bool known, bool holds) noexcept {
  return {static_cast<bool>(known & holds), static_cast<bool>(known & !holds)};
}
constexpr tri operator&(tri a, tri b) noexcept { return {static_cast<bool>(a.t & b.t), static_cast<bool>(a.f | b.f)}; }
constexpr tri operator|(tri a, tri b) noexcept { return {static_cast<bool>(a.t | b.t), static_cast<bool>(a.f & b.f)}; }
constexpr tri operator~(tri a) noexcept { return {a.f, a.t}; }
constexpr bool unknown(tri a) noexcept { return !(a.t | a.f); }

// The 2023 text on integers: TPP in 10^-6 TPP, area in µm², each with a flag for known; a known
// zero area (planar logic only) meets no density clause. Answers in the library's type.
[[gnu::always_inline]] inline eccn_answer decide_by_hand(bool tpp_known, std::int64_t tpp, bool area_known,
                                                         std::int64_t a, market m) noexcept {
  constexpr std::int64_t M = 1'000'000;
  __extension__ using wide = __int128;
  const bool dens_known = tpp_known & area_known & (a != 0);
  const bool zero_area = area_known & (a == 0);
  const wide t = tpp, ar = a;
  const auto density = [&](wide num, wide den, bool at_least) {
    const bool holds = (t * den >= num * ar) == at_least;
    return tri{static_cast<bool>(dens_known & holds), static_cast<bool>((dens_known & !holds) | zero_area)};
  };
  const tri a1 = known_as(tpp_known, tpp >= 4800 * M);
  const tri a2 = known_as(tpp_known, tpp >= 1600 * M) & density(148, 25, true);
  const tri b1 = known_as(tpp_known, tpp >= 2400 * M) & known_as(tpp_known, tpp < 4800 * M) & density(8, 5, true) &
                 density(148, 25, false);
  const tri b2 = known_as(tpp_known, tpp >= 1600 * M) & density(16, 5, true) & density(148, 25, false);
  const tri note = known_as(m != market::unknown, m == market::other) & known_as(tpp_known, tpp < 4800 * M);
  const tri in_a = a1 | a2, b1e = b1 & ~in_a, b2e = b2 & ~in_a, in_b = b1e | b2e;
  const tri ca = in_a & ~note, cb = in_b & ~note;
  const bool is_a = ca.t, und_a = unknown(ca) & !is_a, is_b = !is_a & !und_a & cb.t,
             und_b = !is_a & !und_a & !is_b & unknown(cb);
  const unsigned e = (is_a ? 1u : 0u) | (is_b ? 2u : 0u) | ((und_a | und_b) ? 3u : 0u);
  const auto bit = [](bool on, clause c) { return static_cast<unsigned>(on) << static_cast<unsigned>(c); };
  const unsigned met = bit(is_a & a1.t, clause::a_1) | bit(is_a & a2.t, clause::a_2) | bit(is_b & b1e.t, clause::b_1) |
                       bit(is_b & b2e.t, clause::b_2);
  const unsigned und = bit(unknown(a1), clause::a_1) | bit(unknown(a2), clause::a_2) | bit(unknown(b1e), clause::b_1) |
                       bit(unknown(b2e), clause::b_2) |
                       bit(unknown(note) & (!in_a.f | !in_b.f), clause::non_datacenter_note);
  return {.eccn = static_cast<accelspec::eccn>(e),
          .clauses = clause_set::from_bits(static_cast<std::uint16_t>(met)),
          .undecided = clause_set::from_bits(static_cast<std::uint16_t>(und)),
          .nac_aca = static_cast<bool>((is_a & (m == market::other)) | (is_b & (m == market::datacenter)))};
}

// The 2023 text when every input is known and the area is positive: plain comparisons.
[[gnu::always_inline]] inline eccn_answer decide_known_by_hand(std::int64_t tpp, std::int64_t a, market m) noexcept {
  constexpr std::int64_t M = 1'000'000;
  bool d592, d32, d16;
  if (((tpp | a) >> 55) == 0) {  // both below 2^55: the products (factors below 2^8) fit in 64 bits
    d592 = tpp * 25 >= 148 * a, d32 = tpp * 5 >= 16 * a, d16 = tpp * 5 >= 8 * a;
  } else {
    __extension__ using wide = __int128;
    const wide t = tpp, ar = a;
    d592 = t * 25 >= 148 * ar, d32 = t * 5 >= 16 * ar, d16 = t * 5 >= 8 * ar;
  }
  const bool a1 = tpp >= 4800 * M, a2 = (tpp >= 1600 * M) & d592;
  const bool in_a = a1 | a2;
  const bool b1 = (tpp >= 2400 * M) & !a1 & d16 & !d592, b2 = (tpp >= 1600 * M) & d32 & !d592;
  const bool note = (m == market::other) & !a1;
  const bool is_a = in_a & (!note), is_b = (!in_a) & (b1 | b2) & (!note);
  const auto bit = [](bool on, clause c) { return static_cast<unsigned>(on) << static_cast<unsigned>(c); };
  const unsigned met = bit(is_a & a1, clause::a_1) | bit(is_a & a2, clause::a_2) | bit(is_b & b1, clause::b_1) |
                       bit(is_b & b2, clause::b_2);
  return {.eccn = static_cast<accelspec::eccn>(static_cast<unsigned>(is_a) | static_cast<unsigned>(is_b) << 1u),
          .clauses = clause_set::from_bits(static_cast<std::uint16_t>(met)),
          .nac_aca = static_cast<bool>((is_a & (m == market::other)) | (is_b & (m == market::datacenter)))};
}

// Either decision: the plain one when every input is known (the usual case), else the general one.
[[gnu::always_inline]] inline eccn_answer decide_any_by_hand(bool tpp_known, std::int64_t tpp, bool area_known,
                                                             std::int64_t a, market m) noexcept {
  if (tpp_known & area_known & (a != 0) & (m != market::unknown)) return decide_known_by_hand(tpp, a, m);
  return decide_by_hand(tpp_known, tpp, area_known, a, m);
}

// The answer when the two TF32 readings differ: the paragraph where they agree, else undecided;
// met, the clauses met under both; undecided, those undecided under either or met under one.
[[gnu::always_inline]] inline eccn_answer merge_by_hand(eccn_answer x, eccn_answer y) noexcept {
  if (x == y) return x;
  const unsigned mx = x.clauses.bits(), my = y.clauses.bits();
  const bool same = x.eccn == y.eccn;
  return {.eccn = same ? x.eccn : eccn::undecided,
          .clauses = clause_set::from_bits(static_cast<std::uint16_t>(same ? mx & my : 0u)),
          .undecided = clause_set::from_bits(
              static_cast<std::uint16_t>(static_cast<unsigned>(x.undecided.bits()) | y.undecided.bits() | (mx ^ my))),
          .nac_aca = static_cast<bool>(x.nac_aca & y.nac_aca),
          .tf32_dependent = true};
}

// A spec by hand: each unit's best rate per bit length, summed over units; the highest sum; the
// area of the listed logic and I/O dies on non-planar processes; then the decision above, under
// both readings of TF32 when they give different TPPs. Written for speed with nothing the answer
// does not need: units found by pointer (a name's characters compared only when its address and
// size differ from the unit's), one table entry per format with its slot and bit length, the
// dies summed on plain branches. Any number of units, as the struct allows.
struct hand_unit {
  const char* name;
  std::size_t size;
  std::int64_t best[7];  // the unit's best rate count per slot
};
// Per format, by format index: its slot (4, 6, 8, 16, 19, 32 and 64 bits) and the slot's bit
// length; TF32 alone in the 19-bit slot (its 32-bit container is added at the end).
struct hand_format {
  std::int64_t bits;
  std::size_t slot;
};
inline constexpr hand_format hand_format_of[] = {{64, 6}, {32, 5}, {19, 4}, {16, 3}, {16, 3}, {8, 2}, {8, 2},
                                                 {8, 2},  {6, 1},  {4, 0},  {32, 5}, {16, 3}, {8, 2}, {4, 0}};
static_assert(sizeof(hand_format_of) / sizeof(hand_format_of[0]) == format_table.size());

template <bool Branching>
[[gnu::always_inline]] inline eccn_answer decide_floor(bool tk, std::int64_t t, bool ak, std::int64_t ar,
                                                       market m) noexcept {
  if constexpr (Branching) {
    return decide_any_by_hand(tk, t, ak, ar, m);
  } else {
    return decide_by_hand(tk, t, ak, ar, m);
  }
}

template <bool Branching>
[[gnu::always_inline]] inline eccn_answer classify_by_hand_with(const accelerator& c) noexcept {
  constexpr auto decide = decide_floor<Branching>;
  hand_unit units[decltype(c.compute)::capacity()];  // NOLINT: each set when its unit is first met
  hand_unit* units_end = units;
  std::int64_t sums[7] = {};  // per slot: the units' best rates times the bit length, kept as they improve
  for (const compute_rate *r = c.compute.begin(), *rates_end = c.compute.end(); r != rates_end; ++r) {
    const char* const name = r->unit.data();
    const std::size_t size = r->unit.size();
    hand_unit* u = units;
    while (u != units_end &&
           !(u->size == size && (size == 0 || u->name == name || std::string_view(u->name, size) == r->unit))) {
      ++u;
    }
    if (u == units_end) {  // a new unit: its slots start at zero
      *u = {name, size, {}};
      ++units_end;
    }
    const hand_format f = hand_format_of[static_cast<std::size_t>(r->format)];
    const std::int64_t v = r->rate.count(), b = u->best[f.slot];
    const std::int64_t nb = v > b ? v : b;
    u->best[f.slot] = nb;
    sums[f.slot] += (nb - b) * f.bits;
  }
  // Without TF32 both readings are this one.
  std::int64_t tpp19 = 0;
  // Unrolled, as the library's pass unrolls its loops over the slots (g++ 12 keeps them rolled).
  ACCELSPEC_DETAIL_UNROLL
  for (const std::int64_t v : sums) tpp19 = v > tpp19 ? v : tpp19;
  std::int64_t a = 0;
  bool any_logic = false, area_unknown = false;
  for (const die *d = c.dies.begin(), *dies_end = c.dies.end(); d != dies_end; ++d) {
    if (d->role == die_role::memory) continue;
    any_logic = true;
    if (d->transistors == transistor_architecture::planar) continue;
    if (d->transistors == transistor_architecture::unknown || !d->area) {
      area_unknown = true;
      continue;
    }
    a += d->area->count() * d->count;
  }
  const bool area_known = any_logic & !area_unknown;
  if (sums[4] == 0) return decide(units_end != units, tpp19, area_known, a, c.market);
  // TF32 as its 32-bit container: per unit the best of TF32 and the 32-bit formats, at 32 bits.
  std::int64_t s32 = 0;
  for (const hand_unit* u = units; u != units_end; ++u) s32 += u->best[4] > u->best[5] ? u->best[4] : u->best[5];
  std::int64_t tpp32 = s32 * 32;
  ACCELSPEC_DETAIL_UNROLL
  for (const int s : {0, 1, 2, 3, 6}) tpp32 = sums[s] > tpp32 ? sums[s] : tpp32;
  const eccn_answer r32 = decide(true, tpp32, area_known, a, c.market);
  if (tpp32 == tpp19) return r32;
  return merge_by_hand(r32, decide(true, tpp19, area_known, a, c.market));
}

// The floor, two ways: the decision above without a branch (classify_by_hand), or with one on
// "every input known" (classify_by_hand_branching: fewer instructions, a mispredicted branch on
// a sweep whose unknowns fall at random). The benchmark times both and takes the faster.
[[gnu::always_inline]] inline eccn_answer classify_by_hand(const accelerator& c) noexcept {
  return classify_by_hand_with<false>(c);
}
[[gnu::always_inline]] inline eccn_answer classify_by_hand_branching(const accelerator& c) noexcept {
  return classify_by_hand_with<true>(c);
}

// ---------------------------------------------------------------------------------------------
// The public-API paths.

[[gnu::always_inline]] inline eccn_answer classify_by_eccn_of(const accelerator& c) {
  return eccn_of(c, rules::eccn_3a090_2023);
}

// An object the compiler must build whole: its address escapes to code the compiler cannot see
// through, so no member is dropped as unread where the call that built it is inlined.
template <class T>
[[gnu::always_inline]] inline void escape(const T& x) {
#if defined(__GNUC__) || defined(__clang__)
  asm volatile("" : : "r"(&x) : "memory");
#else
  static const T* volatile sink = nullptr;
  sink = &x;
#endif
}

// A determination's decision fields.
[[gnu::always_inline]] inline eccn_answer decision_of(const determination& d) {
  return {.eccn = d.eccn,
          .clauses = d.clauses,
          .undecided = d.undecided,
          .nac_aca = d.nac_aca,
          .tf32_dependent = !d.tf32_readings.empty()};
}

// classify() with its whole determination; its decision fields kept.
[[gnu::always_inline]] inline eccn_answer classify_by_classify(const accelerator& c) {
  const determination d = classify(c, rules::eccn_3a090_2023);
  escape(d);
  return decision_of(d);
}

// The same with the determination's findings built too: what a caller that shows the reasons pays.
[[gnu::always_inline]] inline eccn_answer classify_by_classify_explained(const accelerator& c) {
  const determination d = classify(c, rules::eccn_3a090_2023);
  escape(d);
  const findings_list f = d.findings();
  escape(f);
  return decision_of(d);
}

// ---------------------------------------------------------------------------------------------
// The two-format sweep: a 16-bit matrix unit, an 8-bit integer unit, one die (the benchmark's
// sweep before run-time specs varied; tests/perf reads it), and the metrics of its points, the
// benchmark's secondary row (eccn_of on metrics given directly).

// A point of the metrics sweep: what a designer varies when asking "how much TPP on how much
// area": a TPP count (10^-6 TPP), an applicable die area in µm² and the market.
struct metrics_point {
  std::int64_t tpp_count = 0;
  std::int64_t area_um2 = 0;
  bool datacenter = true;
};

// A point of the spec sweep: a chip with a 16-bit matrix unit, an 8-bit integer unit, one
// non-planar logic die and a market. Rates are dense rate counts (10^6 op/s).
struct spec_point {
  std::int64_t fp16_count = 0;
  std::int64_t int8_count = 0;
  std::int64_t area_um2 = 0;
  bool datacenter = true;
};

// The i-th spec point. A cheap integer mix spreads the points over FP16 20..420 TOPS, INT8 at
// 0.5..2.5 x the FP16 rate, 100..900 mm² and both markets (one in four not for datacenters), so
// every outcome of the 2023 text (none, .a.1, .a.2, .b.1, .b.2, the note) occurs many times.
constexpr spec_point sweep_spec(std::uint64_t i) noexcept {
  std::uint64_t x = (i + 1) * 0x9E3779B97F4A7C15ull;
  x ^= x >> 29;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 32;
  spec_point p;
  p.fp16_count = 20'000'000 + static_cast<std::int64_t>(x % 400'001u) * 1000;
  x /= 400'001u;
  p.int8_count = p.fp16_count / 2 + static_cast<std::int64_t>(x % 5u) * (p.fp16_count / 2);
  x /= 5u;
  p.area_um2 = 100'000'000 + static_cast<std::int64_t>(x % 800'001u) * 1000;
  x /= 800'001u;
  p.datacenter = x % 4u != 0;
  return p;
}

// The TPP of a spec point by hand: each unit's rate times its bit length, the higher one counts.
constexpr std::int64_t tpp_by_hand(const spec_point& p) noexcept {
  const std::int64_t t16 = p.fp16_count * 16, t8 = p.int8_count * 8;
  return t16 > t8 ? t16 : t8;
}

// The i-th metrics point: the TPP and area of the i-th spec point (TPP 320..8400, 100..900 mm²).
constexpr metrics_point sweep_metrics(std::uint64_t i) noexcept {
  const spec_point s = sweep_spec(i);
  return {tpp_by_hand(s), s.area_um2, s.datacenter};
}

// The floor on metrics: the decision of the spec floor with every input known (bare comparisons
// when the area is positive, as every point of the sweep's is).
[[gnu::always_inline]] inline eccn_answer classify_by_hand(const metrics_point& p) noexcept {
  return decide_any_by_hand(true, p.tpp_count, true, p.area_um2, p.datacenter ? market::datacenter : market::other);
}

inline eccn_answer classify_by_hand(const spec_point& p) noexcept {
  return classify_by_hand(metrics_point{tpp_by_hand(p), p.area_um2, p.datacenter});
}

// The spec of a point, as a user's sweep would write it.
constexpr accelerator chip_of(const spec_point& p) {
  return accelerator{
      .market = p.datacenter ? market::datacenter : market::other,
      .compute = {dense(number_format::fp16, dense_rate::from_count(p.fp16_count)),
                  dense(number_format::int8, dense_rate::from_count(p.int8_count))},
      .dies = {die{.area = area::from_count(p.area_um2), .transistors = transistor_architecture::non_planar}},
  };
}

// The public API on a spec: classify() with its full determination (its decision fields kept).
constexpr eccn_answer classify_by_api(const spec_point& p) {
  const determination d = classify(chip_of(p), rules::eccn_3a090_2023);
  return {.eccn = d.eccn, .clauses = d.clauses, .undecided = d.undecided, .nac_aca = d.nac_aca};
}

// The lean public path on a spec: eccn_of() (no findings, no reasons).
constexpr eccn_answer classify_by_fast_path(const spec_point& p) { return eccn_of(chip_of(p), rules::eccn_3a090_2023); }

// The lean public path on metrics: eccn_of() on TPP, applicable die area and market.
constexpr eccn_answer classify_by_fast_path(const metrics_point& p) {
  return eccn_of(decision_inputs{.tpp = tpp_value::from_count(p.tpp_count),
                                 .applicable_die_area = area::from_count(p.area_um2),
                                 .market = p.datacenter ? market::datacenter : market::other},
                 rules::eccn_3a090_2023);
}

}  // namespace accelspec::bench
