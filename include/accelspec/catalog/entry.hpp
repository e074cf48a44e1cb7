// A catalog entry: one real SKU's spec plus what makes it citable. The spec itself is a plain
// `accelerator` (so `classify(catalog::nvidia::h200_sxm, date)` works directly); the entry adds
// a stable id, aliases, the product it was derived from, a source for every value, the sparse
// headlines the vendor printed (and that the dense rates were converted from), and the figures a
// public source printed about the chip (TPP, density, classification), which the tests check
// against the derivation.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <cstdint>
#include <string_view>
#include "../maybe.hpp"

#include "../detail/error.hpp"
#include "../detail/fixed_list.hpp"
#include "../metrics/checked_accelerator.hpp"
#include "../rules/eccn.hpp"
#include "../rules/truth.hpp"
#include "../spec/accelerator.hpp"
#include "../spec/number_format.hpp"
#include "../units/quantity.hpp"
#include "../units/rational.hpp"

namespace accelspec::catalog {
// String literals as "..."sv, here and in every vendor header (nested namespaces of this one,
// which include this header, so this directive serves them too): a string_view made from a plain
// literal counts its characters one by one in a constant evaluation (libstdc++), which was most of
// the catalog's constexpr steps and a large part of its compile time.
using namespace std::string_view_literals;

// How a value was obtained from its source.
enum class value_kind : std::uint8_t {
  datasheet,  // printed by the vendor (datasheet, whitepaper, product page, documentation)
  secondary,  // printed by press, analysts or aggregators
  estimate,   // an analyst's or this catalog's estimate (e.g. chiplet die areas); says what was assumed
  derived,    // computed from printed figures (e.g. a sparse headline halved, a card figure halved)
};

constexpr std::string_view key(value_kind k) noexcept {
  switch (k) {
    case value_kind::datasheet:
      return "datasheet"sv;
    case value_kind::secondary:
      return "secondary"sv;
    case value_kind::estimate:
      return "estimate"sv;
    case value_kind::derived:
      return "derived"sv;
  }
  return ""sv;
}

// Which value of the spec a provenance record covers.
enum class field : std::uint8_t {
  compute,           // dense rates (all of them, or the one format named)
  die_area,          // areas of the dies (and their process, hence transistor architecture)
  memory_layout,     // memory technology, stack/package count and per-stack figures
  memory_capacity,   // usable memory capacity
  memory_bandwidth,  // total memory bandwidth
  io_bandwidth,      // aggregate bidirectional chip-to-chip I/O
  tdp,               // thermal design power
  market,            // designed or marketed for datacenters, or not
  process,           // foundry and process node of the dies (when not cited with their areas)
  transistor_count,  // transistors in the package
  links,             // the scale-up, host and scale-out links with their direction convention
  form_factor,       // SXM, OAM, PCIe card, superchip, module, wafer
  dates,             // announcement and first shipment
  identity,          // that the product exists, under this name, from this vendor (name-only entries)
};

constexpr std::string_view key(field f) noexcept {
  switch (f) {
    case field::compute:
      return "compute"sv;
    case field::die_area:
      return "die_area"sv;
    case field::memory_layout:
      return "memory_layout"sv;
    case field::memory_capacity:
      return "memory_capacity"sv;
    case field::memory_bandwidth:
      return "memory_bandwidth"sv;
    case field::io_bandwidth:
      return "io_bandwidth"sv;
    case field::tdp:
      return "tdp"sv;
    case field::market:
      return "market"sv;
    case field::process:
      return "process"sv;
    case field::transistor_count:
      return "transistor_count"sv;
    case field::links:
      return "links"sv;
    case field::form_factor:
      return "form_factor"sv;
    case field::dates:
      return "dates"sv;
    case field::identity:
      return "identity"sv;
  }
  return ""sv;
}

// Where one value (or one group of values) of an entry comes from.
struct provenance {
  catalog::field field{};
  std::string_view source{};  // id into catalog::sources
  value_kind kind = value_kind::datasheet;
  std::string_view note{};        // how it was read or derived, when not verbatim
  maybe<number_format> format{};  // field::compute only: the rate covered; nullopt: all rates
};

constexpr provenance datasheet(field f, std::string_view source, std::string_view note = {}) noexcept {
  return {f, source, value_kind::datasheet, note, std::nullopt};
}
constexpr provenance secondary(field f, std::string_view source, std::string_view note = {}) noexcept {
  return {f, source, value_kind::secondary, note, std::nullopt};
}
constexpr provenance estimate(field f, std::string_view source, std::string_view note) noexcept {
  return {f, source, value_kind::estimate, note, std::nullopt};
}
constexpr provenance derived(field f, std::string_view source, std::string_view note) noexcept {
  return {f, source, value_kind::derived, note, std::nullopt};
}
// One compute rate's own source, when the rates of an entry come from different places.
constexpr provenance rate_source(number_format fmt, value_kind kind, std::string_view source,
                                 std::string_view note = {}) noexcept {
  return {field::compute, source, kind, note, fmt};
}

// A headline the vendor printed "with sparsity", and the format it is for. The entry's dense rate
// for that format must be exactly its conversion (the catalog tests check this), so a sparse
// figure can never pass for a dense one.
struct sparse_headline {
  number_format format{};
  sparse_rate rate{};
  sparsity ratio = sparsity::structured_2_4;
};

// What a public source printed about the chip.
enum class claim_kind : std::uint8_t {
  tpp,                  // a TPP figure
  performance_density,  // a performance density figure
  eccn,                 // a classification under a named vintage of 3A090
  china_review_2026,    // named in (or within the parameters of) 91 FR 1684: TPP < 21,000 and
                        // total DRAM bandwidth < 6,500 GB/s
};

constexpr std::string_view key(claim_kind k) noexcept {
  switch (k) {
    case claim_kind::tpp:
      return "tpp"sv;
    case claim_kind::performance_density:
      return "performance_density"sv;
    case claim_kind::eccn:
      return "eccn"sv;
    case claim_kind::china_review_2026:
      return "china_review_2026"sv;
  }
  return ""sv;
}

struct published_claim {
  claim_kind kind{};
  rational value{};      // tpp / performance_density: the printed figure
  rational tolerance{};  // the printed rounding: the derivation must be within value ± tolerance
  accelspec::eccn eccn = accelspec::eccn::none;  // kind eccn: the printed classification
  std::string_view rule{};                       // kind eccn: key of the vintage it refers to
  std::string_view source{};                     // id into catalog::sources
  std::string_view printed{};                    // the claim in the source's terms
};

constexpr published_claim tpp_claim(rational value, rational tolerance, std::string_view source,
                                    std::string_view printed) noexcept {
  return {claim_kind::tpp, value, tolerance, accelspec::eccn::none, {}, source, printed};
}
constexpr published_claim density_claim(rational value, rational tolerance, std::string_view source,
                                        std::string_view printed) noexcept {
  return {claim_kind::performance_density, value, tolerance, accelspec::eccn::none, {}, source, printed};
}
constexpr published_claim eccn_claim(accelspec::eccn e, std::string_view rule_key, std::string_view source,
                                     std::string_view printed) noexcept {
  return {claim_kind::eccn, {}, {}, e, rule_key, source, printed};
}
constexpr published_claim china_review_2026_claim(std::string_view source, std::string_view printed) noexcept {
  return {claim_kind::china_review_2026, {}, {}, accelspec::eccn::none, {}, source, printed};
}

// Two sources that print different figures for one value: the entry uses one and records the
// other, so a reader sees the disagreement instead of a silent choice. Figures are kept as
// printed text ("13,500 TFLOPS dense FP4 per GPU"): they may be in different units or bases.
struct value_conflict {
  catalog::field field{};
  maybe<number_format> format{};    // field::compute: the rate in question
  std::string_view used{};          // the figure the entry stores
  std::string_view used_source{};   // id into catalog::sources
  std::string_view other{};         // the figure it does not store
  std::string_view other_source{};  // id into catalog::sources
  std::string_view why{};           // why the one used was chosen
};

// How much of the product is known. A product known by name only (a China-market part reported
// by its maker's filings or by the press, with no published rates) still has an identity, a
// vendor, a release and the policy facts that name it: assess() applies the notices that name it,
// while classify() stays undecided because no rate is known. Its rates are never invented.
enum class detail_level : std::uint8_t {
  specified,  // the spec's values come from sources (some may still be unknown)
  name_only,  // identity and policy facts only: no rate, die or memory figure was published
};

constexpr std::string_view key(detail_level d) noexcept {
  return d == detail_level::name_only ? "name_only"sv : "specified"sv;
}

struct entry {
  std::string_view id{};    // vendor-model[-form], lower case with hyphens; stable
  std::string_view name{};  // display name
  const accelerator* spec = nullptr;
  detail::fixed_list<std::string_view, 6> aliases{};  // matched case-insensitively, like the id
  std::string_view derived_from{};                    // id of the product this one was cut from
  detail::fixed_list<provenance, 14> sources{};
  detail::fixed_list<sparse_headline, 6> sparse{};
  detail::fixed_list<published_claim, 4> claims{};
  std::string_view note{};
  detail_level level = detail_level::specified;
  detail::fixed_list<value_conflict, 3> conflicts{};
  // When the product was announced and when it first shipped, where a source says; the spec's
  // `released` is the date the rules compare with (the earlier known of the two).
  maybe<std::chrono::year_month_day> announced{};
  maybe<std::chrono::year_month_day> first_shipped{};
  // Whether the product was commercially available in the United States on 2026-01-15, when the
  // January 2026 rule (91 FR 1684) was published: its case-by-case review covers only such
  // products; a product made for China only stays under a presumption of denial. unknown when no
  // source says.
  std::string_view released_note{};  // how the spec's release date is known (announcement, first shipment)
  truth us_available = truth::unknown;
  std::string_view us_available_source{};  // how it is known (a source, or the catalog's judgement)
  // The spec checked and measured once, when the entry is defined (an invalid spec is a compile
  // error there): classify(entry.checked(), ...) and eccn_of(entry.checked(), ...) start from this
  // measurement rather than run the pass again. Left to its default: it follows `spec`.
  checked_accelerator checked_spec = checked_of(spec);

  [[nodiscard]] constexpr const accelerator& chip() const { return *spec; }
  [[nodiscard]] constexpr const checked_accelerator& checked() const noexcept { return checked_spec; }

  // An entry without a spec is an error, not a null read.
  static constexpr checked_accelerator checked_of(const accelerator* spec) {
    if (spec == nullptr) ACCELSPEC_FAIL(invalid_argument, "accelspec: a catalog entry needs a spec");
    return checked_accelerator(*spec);
  }
};

}  // namespace accelspec::catalog
