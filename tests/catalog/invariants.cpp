// Whole-catalog invariants, checked at compile time: ids unique and well formed, every value
// sourced from a citation that exists, no sparse headline used as a dense rate, die areas
// positive or unknown, derived-from links that resolve, memory totals consistent with stacks.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

#include "catch.hpp"

using namespace accelspec::literals;
namespace as = accelspec;
namespace cat = accelspec::catalog;

namespace {

constexpr bool id_well_formed(const cat::entry& e) {
  if (e.id.empty() || e.id.front() == '-' || e.id.back() == '-') return false;
  for (std::size_t i = 0; i < e.id.size(); ++i) {
    const char c = e.id[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && e.id[i + 1] == '-')) return false;
  }
  // vendor-model[-form]: the id starts with the vendor, lower-cased, a space in it as a hyphen
  // ("Moore Threads" -> "moore-threads-").
  const std::string_view vendor = e.chip().vendor;
  if (vendor.empty() || e.id.size() <= vendor.size() || e.id[vendor.size()] != '-') return false;
  for (std::size_t i = 0; i < vendor.size(); ++i) {
    const char v = vendor[i] == ' ' ? '-' : cat::detail::ascii_lower(vendor[i]);
    if (e.id[i] != v) return false;
  }
  return true;
}

constexpr bool ids_and_aliases_unique() {
  for (std::size_t i = 0; i < cat::all.size(); ++i) {
    for (std::size_t j = 0; j < cat::all.size(); ++j) {
      const cat::entry& a = *cat::all[i];
      const cat::entry& b = *cat::all[j];
      if (i != j && cat::detail::iequal(a.id, b.id)) return false;
      for (const std::string_view alias : b.aliases) {
        if (cat::detail::iequal(a.id, alias)) return false;  // an alias never shadows an id
        if (i == j) continue;
        for (const std::string_view other : a.aliases) {
          if (cat::detail::iequal(other, alias)) return false;
        }
      }
    }
  }
  return true;
}

constexpr bool has_source(const cat::entry& e, cat::field f) {
  for (const cat::provenance& p : e.sources) {
    if (p.field == f) return true;
  }
  return false;
}

constexpr bool rate_sourced(const cat::entry& e, as::number_format fmt) {
  for (const cat::provenance& p : e.sources) {
    if (p.field == cat::field::compute && (!p.format || *p.format == fmt)) return true;
  }
  return false;
}

// Every known value has a provenance record, and every record points at a citation.
constexpr bool every_value_sourced(const cat::entry& e) {
  const as::accelerator& c = e.chip();
  for (const as::compute_rate& r : c.compute) {
    if (!rate_sourced(e, r.format)) return false;
  }
  bool any_area = false;
  for (const as::die& d : c.dies) any_area = any_area || d.area.has_value();
  if (any_area && !has_source(e, cat::field::die_area)) return false;
  const as::memory_system& m = c.memory;
  if ((m.technology != as::memory_technology::unknown || m.stacks || m.stack_capacity || m.stack_bandwidth) &&
      !has_source(e, cat::field::memory_layout))
    return false;
  if (m.capacity && !has_source(e, cat::field::memory_capacity)) return false;
  if (m.bandwidth && !has_source(e, cat::field::memory_bandwidth)) return false;
  if (c.io_bandwidth && !has_source(e, cat::field::io_bandwidth)) return false;
  if (c.tdp && !has_source(e, cat::field::tdp)) return false;
  if (c.market != as::market::unknown && !has_source(e, cat::field::market)) return false;
  for (const cat::provenance& p : e.sources) {
    if (cat::find_source(p.source) == nullptr) return false;
    if (p.format && p.field != cat::field::compute) return false;
    // Estimates and derivations must say what was assumed or computed.
    if ((p.kind == cat::value_kind::estimate || p.kind == cat::value_kind::derived) && p.note.empty()) return false;
  }
  for (const cat::published_claim& claim : e.claims) {
    if (cat::find_source(claim.source) == nullptr || claim.printed.empty()) return false;
  }
  return true;
}

// Each sparse headline is converted, never used as is: the dense rate of its format is exactly
// the conversion, and differs from the headline.
constexpr bool sparse_converted(const cat::entry& e) {
  for (const cat::sparse_headline& h : e.sparse) {
    const as::dense_rate expected = as::dense_from_sparse(h.rate, h.ratio);
    bool found = false;
    for (const as::compute_rate& r : e.chip().compute) {
      if (r.format != h.format) continue;
      found = true;
      if (r.rate != expected || r.rate.count() == h.rate.count()) return false;
    }
    if (!found) return false;
  }
  return true;
}

constexpr bool areas_positive_or_unknown(const cat::entry& e) {
  for (const as::die& d : e.chip().dies) {
    if (d.area && d.area->count() <= 0) return false;
    if (d.count < 1) return false;
  }
  return true;
}

constexpr bool derived_from_resolves(const cat::entry& e) {
  if (e.derived_from.empty()) return true;
  const cat::entry* parent = cat::find(e.derived_from);
  return parent != nullptr && parent != &e && parent->id == e.derived_from && parent->chip().vendor == e.chip().vendor;
}

// Totals derived from the memory structure agree with the totals the datasheet prints.
constexpr bool memory_consistent(const cat::entry& e) {
  const as::memory_system& m = e.chip().memory;
  if (m.stacks && m.stack_bandwidth && m.bandwidth && *m.stack_bandwidth * *m.stacks != *m.bandwidth) return false;
  if (m.stacks && m.stack_capacity && m.capacity && *m.capacity > *m.stack_capacity * *m.stacks) return false;
  return true;
}

// Every entry says when the product was released and whether it was commercially available in the
// United States on 2026-01-15 (or why that is not known), and how each is known.
constexpr bool market_facts_recorded(const cat::entry& e) {
  const auto& released = e.chip().released;
  using namespace std::chrono_literals;
  if (!released || !released->ok() || *released < 2015y / 1 / 1 || *released > 2026y / 12 / 1) return false;
  return !e.released_note.empty() && !e.us_available_source.empty();
}

// Every entry names the country where its designer is headquartered (policy reads it), and an
// entry known by name only carries no figure at all: no rate, die area or memory value is invented
// for it, and its identity is sourced.
constexpr bool identity_recorded(const cat::entry& e) {
  const as::accelerator& c = e.chip();
  if (c.designer_country.size() != 2) return false;
  if (e.level != cat::detail_level::name_only) return true;
  bool any_area = false;
  for (const as::die& d : c.dies) any_area = any_area || d.area.has_value();
  return c.compute.empty() && !any_area && !c.memory.capacity && !c.memory.bandwidth && !c.io_bandwidth && !c.tdp &&
         e.sparse.empty() && has_source(e, cat::field::identity) && !e.note.empty();
}

// Each conflict names two sources that exist, and the analysts' fields are sourced when known.
constexpr bool analyst_fields_sourced(const cat::entry& e) {
  for (const cat::value_conflict& x : e.conflicts) {
    if (cat::find_source(x.used_source) == nullptr || cat::find_source(x.other_source) == nullptr) return false;
    if (x.used.empty() || x.other.empty() || x.used_source == x.other_source) return false;
  }
  const as::accelerator& c = e.chip();
  bool any_process = false;
  for (const as::die& d : c.dies) any_process = any_process || !d.process.empty() || !d.foundry.empty();
  if (any_process && !has_source(e, cat::field::process) && !has_source(e, cat::field::die_area)) return false;
  // The die source covers the dies' process and transistors unless a record of its own is given.
  if (c.transistor_count && !has_source(e, cat::field::transistor_count) && !has_source(e, cat::field::die_area))
    return false;
  if ((c.links.scale_up.known() || c.links.host.known() || c.links.scale_out.known()) &&
      !has_source(e, cat::field::links) && !has_source(e, cat::field::io_bandwidth))
    return false;
  if (c.form_factor != as::form_factor::unknown && !has_source(e, cat::field::form_factor) &&
      !has_source(e, cat::field::market))
    return false;
  if ((e.announced || e.first_shipped) && !has_source(e, cat::field::dates)) return false;
  if (e.announced && e.first_shipped && *e.first_shipped < *e.announced) return false;
  return true;
}

template <class Check>
constexpr bool for_all(Check check) {
  for (const cat::entry* e : cat::all) {
    if (e == nullptr || e->spec == nullptr || !check(*e)) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("the catalog has entries, each a valid spec with a name and vendor", "[catalog][static]") {
  STATIC_REQUIRE(for_all([](const cat::entry& e) {
    return as::is_valid(e.chip()) && !e.name.empty() && !e.chip().name.empty() && !e.chip().vendor.empty();
  }));
}

TEST_CASE("every entry names its designer's country; name-only entries carry no figure", "[catalog][static]") {
  STATIC_REQUIRE(for_all(identity_recorded));
  STATIC_REQUIRE(for_all(analyst_fields_sourced));
}

TEST_CASE("ids are well formed and unique; aliases never collide", "[catalog][static]") {
  STATIC_REQUIRE(for_all(id_well_formed));
  STATIC_REQUIRE(ids_and_aliases_unique());
}

TEST_CASE("every value is sourced and every source id resolves", "[catalog][static]") {
  STATIC_REQUIRE(for_all(every_value_sourced));
}

TEST_CASE("no sparse headline is used as a dense rate", "[catalog][static]") {
  STATIC_REQUIRE(for_all(sparse_converted));
}

TEST_CASE("release dates and US availability are recorded with how they are known", "[catalog][static]") {
  STATIC_REQUIRE(for_all(market_facts_recorded));
  // Products made for China only never get the January 2026 case-by-case review.
  STATIC_REQUIRE(cat::nvidia::a800_sxm_entry.us_available == as::truth::no);
  STATIC_REQUIRE(cat::nvidia::h800_sxm_entry.us_available == as::truth::no);
  STATIC_REQUIRE(cat::intel::gaudi2_hl225b_entry.us_available == as::truth::no);
  STATIC_REQUIRE(cat::nvidia::h200_sxm_entry.us_available == as::truth::yes);
}

TEST_CASE("PCIe-only cards record their host link, so the 2022 I/O prong is decided", "[catalog][static]") {
  for (const char* id : {"nvidia-rtx-4090", "nvidia-l40s", "nvidia-l40", "nvidia-l4", "nvidia-a10", "nvidia-t4"}) {
    INFO(id);
    const cat::entry* e = cat::find(id);
    REQUIRE(e != nullptr);
    REQUIRE(e->chip().io_bandwidth);
    CHECK(*e->chip().io_bandwidth <= 64_GBps);
    CHECK(as::classify(e->chip(), as::rules::eccn_3a090_2022).eccn != as::eccn::undecided);
  }
}

TEST_CASE("die areas are positive or unknown; derived-from links resolve", "[catalog][static]") {
  STATIC_REQUIRE(for_all(areas_positive_or_unknown));
  STATIC_REQUIRE(for_all(derived_from_resolves));
}

TEST_CASE("memory totals agree with the stack structure", "[catalog][static]") {
  STATIC_REQUIRE(for_all(memory_consistent));
  // H200: 6 stacks of 24 GB (144 GB physical), 141 GB usable, 4.8 TB/s.
  constexpr const as::memory_system& h200 = cat::nvidia::h200_sxm.memory;
  STATIC_REQUIRE(*h200.stacks == 6);
  STATIC_REQUIRE(*h200.stack_capacity * *h200.stacks == 144_GB);
  STATIC_REQUIRE(as::memory_capacity(cat::nvidia::h200_sxm) == 141_GB);
  STATIC_REQUIRE(*h200.stack_bandwidth * *h200.stacks == 4.8_TBps);
  STATIC_REQUIRE(as::total_dram_bandwidth(cat::nvidia::h200_sxm) == 4800_GBps);
  // H100 SXM: 80 GB, 3.35 TB/s from five active stacks.
  constexpr const as::memory_system& h100 = cat::nvidia::h100_sxm.memory;
  STATIC_REQUIRE(*h100.stack_capacity * *h100.stacks == 80_GB);
  STATIC_REQUIRE(*h100.stack_bandwidth * *h100.stacks == 3.35_TBps);
}

TEST_CASE("lookup by id or alias, case-insensitive, at compile time and run time", "[catalog]") {
  STATIC_REQUIRE(cat::find("nvidia-h20") == &cat::nvidia::h20_entry);
  STATIC_REQUIRE(cat::find("NVIDIA-H20") == &cat::nvidia::h20_entry);
  STATIC_REQUIRE(cat::find("H20") == &cat::nvidia::h20_entry);
  STATIC_REQUIRE(cat::find("Mi325X") == &cat::amd::mi325x_entry);
  STATIC_REQUIRE(cat::find("") == nullptr);
  STATIC_REQUIRE(cat::find("nvidia-h2") == nullptr);
  STATIC_REQUIRE(cat::find("nvidia-h200-sxmx") == nullptr);
  const std::string_view runtime_key = "RTX-4090D";
  REQUIRE(cat::find(runtime_key) == &cat::nvidia::rtx_4090d_entry);
  REQUIRE(cat::find(std::string_view("no-such-chip")) == nullptr);
}

TEST_CASE("a claim that the derivation does not reproduce is reported as such", "[catalog][static]") {
  constexpr cat::published_claim wrong_tpp = cat::tpp_claim(2369, as::rational::from_decimal(5, 1), "whatpsu-h20", "x");
  constexpr cat::published_claim edge_tpp = cat::tpp_claim(2369, 1, "whatpsu-h20", "x");
  constexpr cat::published_claim wrong_eccn = cat::eccn_claim(as::eccn::b, "3a090-2023", "whatpsu-h20", "x");
  constexpr cat::published_claim unknown_rule = cat::eccn_claim(as::eccn::none, "3a090-1999", "whatpsu-h20", "x");
  STATIC_REQUIRE(!cat::reproduces(cat::nvidia::h20_entry, wrong_tpp));
  STATIC_REQUIRE(cat::reproduces(cat::nvidia::h20_entry, edge_tpp));  // |2368 - 2369| = 1, at the tolerance
  STATIC_REQUIRE(!cat::reproduces(cat::nvidia::h20_entry, wrong_eccn));
  STATIC_REQUIRE(!cat::reproduces(cat::nvidia::h20_entry, unknown_rule));
  STATIC_REQUIRE(!cat::within_china_review_2026(cat::nvidia::b200));
}
