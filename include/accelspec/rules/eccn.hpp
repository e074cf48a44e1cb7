// The outcomes of a 3A090 classification and the clauses that lead to them.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstdint>
#include <string_view>

namespace accelspec {

// Which paragraph of ECCN 3A090 (for integrated circuits classified by TPP and density).
enum class eccn : std::uint8_t {
  none,       // not described by 3A090.a or .b under the rule applied (or no rule in force)
  a,          // 3A090.a
  b,          // 3A090.b
  undecided,  // an input the answer depends on is unknown
};

constexpr std::string_view key(eccn e) noexcept {
  switch (e) {
    case eccn::none:
      return "none";
    case eccn::a:
      return "3A090.a";
    case eccn::b:
      return "3A090.b";
    case eccn::undecided:
      return "undecided";
  }
  return "undecided";
}

enum class clause : std::uint8_t {
  a_2022,               // 2022 text: I/O >= 600 GB/s and bit length x TOPS >= 4800 (paragraphs a and a.1)
  a_1,                  // 2023 text: TPP >= 4800
  a_2,                  // 2023 text: TPP >= 1600 and performance density >= 5.92
  b_1,                  // 2023 text: 2400 <= TPP < 4800 and 1.6 <= density < 5.92
  b_2,                  // 2023 text: TPP >= 1600 and 3.2 <= density < 5.92
  non_datacenter_note,  // 2023 text: not designed or marketed for datacenters and TPP < 4800
};

constexpr std::string_view key(clause c) noexcept {
  switch (c) {
    case clause::a_2022:
      return "3A090.a.1";
    case clause::a_1:
      return "3A090.a.1";
    case clause::a_2:
      return "3A090.a.2";
    case clause::b_1:
      return "3A090.b.1";
    case clause::b_2:
      return "3A090.b.2";
    case clause::non_datacenter_note:
      return "Note to 3A090.a and .b (non-datacenter)";
  }
  return "";
}

// A small set of clauses, in clause order.
class clause_set {
 public:
  constexpr void insert(clause c) noexcept {
    bits_ = static_cast<std::uint16_t>(bits_ | (1u << static_cast<unsigned>(c)));
  }
  // The set as a bitmask (bit i: the clause with value i), and back: for code that builds a set
  // without branches, such as the benchmark's hand-written classifier.
  [[nodiscard]] constexpr std::uint16_t bits() const noexcept { return bits_; }
  static constexpr clause_set from_bits(std::uint16_t bits) noexcept {
    clause_set s;
    s.bits_ = static_cast<std::uint16_t>(bits & ((1u << (sizeof(all) / sizeof(all[0]))) - 1u));
    return s;
  }
  [[nodiscard]] constexpr bool contains(clause c) const noexcept { return (bits_ >> static_cast<unsigned>(c)) & 1u; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  [[nodiscard]] constexpr int size() const noexcept {
    int n = 0;
    for (unsigned b = bits_; b != 0; b &= b - 1) ++n;
    return n;
  }
  friend constexpr bool operator==(const clause_set&, const clause_set&) = default;

  static constexpr clause all[] = {clause::a_2022, clause::a_1, clause::a_2,
                                   clause::b_1,    clause::b_2, clause::non_datacenter_note};

 private:
  std::uint16_t bits_ = 0;
};

// The decision of a classification without its explanation: what eccn_of() answers, and the
// decision fields of classify()'s determination.
struct eccn_answer {
  accelspec::eccn eccn = accelspec::eccn::none;
  clause_set clauses{};    // clauses of the determined paragraph that are met
  clause_set undecided{};  // clauses that cannot be decided because an input is unknown
  bool nac_aca = false;    // eligible for License Exception NAC/ACA
  // The two readings of TF32 (32 bits or its 19 significant bits) give different answers, and
  // neither was chosen: the fields above are undecided where the readings differ.
  bool tf32_dependent = false;
  friend constexpr bool operator==(const eccn_answer&, const eccn_answer&) = default;
};

namespace detail {

// The answer when the regulation leaves TF32's bit length open and the readings differ: the
// paragraph where both agree, else undecided; met are the clauses met under both; undecided, the
// clauses undecided under either and those met under one only; NAC/ACA only if both allow it.
constexpr eccn_answer merge_tf32(const eccn_answer& r32, const eccn_answer& r19) noexcept {
  if (r32 == r19) return r32;
  const bool same = r32.eccn == r19.eccn;
  const auto met32 = static_cast<unsigned>(r32.clauses.bits()), met19 = static_cast<unsigned>(r19.clauses.bits());
  return {.eccn = same ? r32.eccn : eccn::undecided,
          .clauses = clause_set::from_bits(static_cast<std::uint16_t>(same ? met32 & met19 : 0u)),
          .undecided = clause_set::from_bits(static_cast<std::uint16_t>(static_cast<unsigned>(r32.undecided.bits()) |
                                                                        r19.undecided.bits() | (met32 ^ met19))),
          .nac_aca = r32.nac_aca && r19.nac_aca,
          .tf32_dependent = true};
}

}  // namespace detail

}  // namespace accelspec
