// Batch input for `classify --csv FILE` and `assess --csv FILE`: many chips from one CSV file
// (RFC 4180), read into accelerators row by row. Two layouts are recognised by their header:
//
// - accelspec's own catalog CSV (`accelspec catalog --csv`): the `dense_rates` column keeps the
//   processing units apart, `applicable_die_area_mm2` becomes one non-planar die of that area, and
//   market, memory and I/O come from their columns, so the round trip gives the library's TPP and
//   classification for every catalog chip.
// - Epoch AI's "Machine Learning Hardware" CSV: rates in FLOP/s (or OP/s) in scientific notation,
//   converted to TOPS exactly by shifting the decimal exponent (9.895e+14 FLOP/s is 989.5 TOPS;
//   no floating point anywhere). Every assumption made for a row is listed in its result.
//
// A row that cannot be read gets an error; the other rows still give results.
//
// The file is read, decided and written row by row: memory stays bounded whatever the number of
// rows (a JSON array is written item by item), and the output is flushed in blocks.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <accelspec/io/csv.hpp>

#include "cli_support.hpp"

namespace accelspec::cli::batch {

// One CSV record and the line it starts on (io::csv_record).
using record = io::csv_record;

// The library's CSV reader (io::csv_reader: RFC 4180, one record at a time, a byte-order mark
// skipped), its errors as usage errors naming the option ("--csv: line 4: ...").
class csv_stream {
 public:
  csv_stream(std::istream& in, std::string_view option) : reader_(in), option_(option) {}

  // The next record that is not a blank line; false at the end of the input.
  bool next(record& r) {
    try {
      return reader_.next(r);
    } catch (const io::csv_error& e) {
      throw usage_error(std::string(option_) + ": " + e.what());
    }
  }

 private:
  io::csv_reader reader_;
  std::string_view option_;
};

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

inline std::string joined(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? std::string(sep) : std::string()) + v[i];
  return out;
}

// A row's failure: the column and what is wrong with its value.
struct row_error {
  std::string message;
};

// One chip read from a row. Not copyable: the accelerator's string_views point into `strings`,
// whose elements stay where they are when the row is moved, but not when it is copied.
struct row_chip {
  row_chip() = default;
  row_chip(const row_chip&) = delete;
  row_chip& operator=(const row_chip&) = delete;
  row_chip(row_chip&&) noexcept = default;
  row_chip& operator=(row_chip&&) noexcept = default;
  ~row_chip() = default;

  std::size_t row = 0;   // 1-based, the header excluded
  std::size_t line = 0;  // the line the record starts on
  std::string name;
  const catalog::entry* entry = nullptr;  // a catalog chip named by the row's id, if any
  accelerator chip{};
  std::vector<std::string> assumptions;
  bool exact = true;  // false when a value was rounded to what the library holds (a note says which)
  std::optional<std::string> error;
  std::string release_date;          // Epoch: as printed, else empty
  std::vector<std::string> strings;  // storage the accelerator's string_views point into
  std::string end_user;              // the row's end_user cell (either layout), valid UTF-8; empty: none
};

// The decimal places a quantity holds (its count is 10^-places display units), or -1.
template <class Q>
constexpr int held_places() {
  int places = 0;
  for (std::int64_t p = Q::kind::per_display; p > 1; p /= 10) {
    if (p % 10 != 0) return -1;
    ++places;
  }
  return places;
}

// The unit a quantity's number is written in, for the notes.
template <class Q>
constexpr std::string_view display_unit() {
  if constexpr (std::is_same_v<Q, dense_rate> || std::is_same_v<Q, sparse_rate>)
    return "TOPS";
  else if constexpr (std::is_same_v<Q, data_rate>)
    return "GB/s";
  else if constexpr (std::is_same_v<Q, data_size>)
    return "GB";
  else if constexpr (std::is_same_v<Q, area>)
    return "mm²";
  else
    return "display units";
}

// DIGITS[.DIGITS] x 10^exponent rounded to `places` decimal places (half away from zero), as
// "N e-places"; nullopt when the mantissa is not plain digits.
inline std::optional<std::string> rounded_decimal(std::string_view mantissa, long long exponent, int places) {
  std::string digits;
  long long fraction = 0;
  bool point = false;
  if (!mantissa.empty() && mantissa.front() == '+') mantissa.remove_prefix(1);
  for (const char c : mantissa) {
    if (c == '.' && !point) {
      point = true;
    } else if (c >= '0' && c <= '9') {
      digits += c;
      fraction += point ? 1 : 0;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty()) return std::nullopt;
  const long long drop = fraction - exponent - places;  // digits below the last place held
  if (drop <= 0) return std::nullopt;                   // nothing to round
  const auto n = static_cast<long long>(digits.size());
  const bool up = drop <= n && digits[static_cast<std::size_t>(n - drop)] >= '5';
  std::string kept = drop >= n ? "0" : digits.substr(0, static_cast<std::size_t>(n - drop));
  if (up) {
    std::size_t i = kept.size();
    while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
    if (i == 0)
      kept.insert(kept.begin(), '1');
    else
      ++kept[i - 1];
  }
  return kept + "e-" + std::to_string(places);
}

// `text` (a decimal, optionally with an exponent) times 10^shift, as a quantity of display units,
// exactly: the exponent is rewritten and the library's exact parser does the rest. A value with
// more decimal places than the quantity holds (a spreadsheet's float artefact such as
// 65129999999999.9 FLOP/s) is rounded to the nearest value held, with a note in the row's
// assumptions and the row marked inexact; one that rounds to zero is an error.
template <class Q>
Q scaled_value(std::string_view column, std::string_view text, int shift, row_chip& row) {
  const std::string_view t = trim(text);
  std::string lower;
  for (const char c : t) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "inf" || lower == "+inf" || lower == "infinity" || lower == "nan") {
    throw row_error{std::string(column) + ": " + quoted(t) + " is not a finite number"};
  }
  const std::size_t e = t.find_first_of("eE");
  const std::string_view mantissa = t.substr(0, e);
  long long exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view x = t.substr(e + 1);
    bool negative = false;
    if (!x.empty() && (x.front() == '+' || x.front() == '-')) {
      negative = x.front() == '-';
      x.remove_prefix(1);
    }
    if (x.empty()) throw row_error{std::string(column) + ": " + quoted(t) + " has an empty exponent"};
    for (const char c : x) {
      if (c < '0' || c > '9') throw row_error{std::string(column) + ": " + quoted(t) + " is not a decimal number"};
      exponent = exponent * 10 + (c - '0');
      if (exponent > 100000) throw row_error{std::string(column) + ": " + quoted(t) + " has an exponent out of range"};
    }
    if (negative) exponent = -exponent;
  }
  std::string rewritten = std::string(mantissa) + "e" + std::to_string(exponent + shift);
  quantity_parse_result<Q> r = parse_quantity<Q>(rewritten);
  if (r.error == decimal_errc::too_precise) {
    if (const auto rounded = rounded_decimal(mantissa, exponent + shift, held_places<Q>())) {
      const quantity_parse_result<Q> nearest = parse_quantity<Q>(*rounded);
      if (nearest.ok() && nearest.value.count() == 0) {
        throw row_error{std::string(column) + ": " + quoted(t) + " is below the smallest value held (10^-" +
                        std::to_string(held_places<Q>()) + " of the display unit)"};
      }
      if (nearest.ok()) {
        row.exact = false;
        row.assumptions.push_back(std::string(column) + ": " + std::string(t) + " has more decimal places than " +
                                  "held exactly; rounded to the nearest value held, " + io::number(nearest.value) +
                                  " " + std::string(display_unit<Q>()));
        r = nearest;
      }
    }
  }
  if (!r.ok()) {
    throw row_error{std::string(column) + ": " + quoted(t) + " is not a valid value (" +
                    std::string(describe(r.error)) + ")"};
  }
  return r.value;
}

enum class layout : std::uint8_t { accelspec, epoch };

// Epoch AI's rate columns and the format each is read as. The FP16 and Tensor-FP16/BF16 columns
// are two modes of the same unit and the same bit length: the larger is the fp16 rate.
struct epoch_rate {
  std::string_view column;
  number_format format;
};
inline constexpr std::array<epoch_rate, 10> epoch_rates{{
    {"FP64 (double precision) performance (FLOP/s)", number_format::fp64},
    {"FP32 (single precision) performance (FLOP/s)", number_format::fp32},
    {"TF32 (TensorFloat-32) performance (FLOP/s)", number_format::tf32},
    {"FP16 (half precision) performance (FLOP/s)", number_format::fp16},
    {"Tensor-FP16/BF16 performance (FLOP/s)", number_format::fp16},
    {"INT16 performance (OP/s)", number_format::int16},
    {"FP8 performance (FLOP/s)", number_format::fp8},
    {"INT8 performance (OP/s)", number_format::int8},
    {"FP4 performance (FLOP/s)", number_format::fp4},
    {"INT4 performance (OP/s)", number_format::int4},
}};

// The process node at or below which a die is taken as non-planar (FinFET or gate-all-around):
// every logic process of 16 nm and below in volume production uses FinFETs (TSMC 16FF, Samsung
// 14LPE, Intel 22 nm tri-gate from 22); planar ones end at 20 nm. Between 17 and 22 nm the
// transistor type depends on the foundry, so the area is left unknown there.
inline constexpr int finfet_max_nm = 16;

class reader {
 public:
  // Reads the header row and recognises the layout.
  reader(std::string_view option, csv_stream& in, market default_market)
      : option_(option), in_(in), default_market_(default_market) {
    if (!in_.next(record_)) throw usage_error(std::string(option) + ": the file is empty (expected a header row)");
    for (std::size_t i = 0; i < record_.count; ++i) header_.emplace_back(trim(record_.fields[i]));
    if (column("Hardware name") && (column(epoch_rates[3].column) || column(epoch_rates[4].column))) {
      layout_ = layout::epoch;
    } else if (column("id") && column("name") && column("dense_rates")) {
      layout_ = layout::accelspec;
    } else {
      throw usage_error(std::string(option) +
                        ": unrecognised header (expected accelspec's catalog CSV with id, name, dense_rates, or "
                        "Epoch AI's ML hardware CSV with 'Hardware name' and its FLOP/s columns)");
    }
  }

  [[nodiscard]] layout kind() const { return layout_; }

  // The next data row, read into `out`; false at the end of the file.
  bool next(row_chip& out) {
    if (!in_.next(record_)) return false;
    out = row_chip{};
    read(record_, ++rows_, out);
    return true;
  }

 private:
  [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const {
    // The names asked for are the program's own constants: remembered by address, so that a row's
    // cells cost no string comparison.
    for (const auto& [known, index] : cache_) {
      if (known.data() == name.data() && known.size() == name.size()) return index;
    }
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (header_[i] == name) {
        found = i;
        break;
      }
    }
    cache_.emplace_back(name, found);
    return found;
  }

  [[nodiscard]] std::string_view cell(const record& r, std::string_view name) const {
    const auto c = column(name);
    if (!c || *c >= r.count) return {};
    return trim(r.fields[*c]);
  }

  void read(const record& r, std::size_t index, row_chip& out) const {
    out.row = index;
    out.line = r.line;
    out.chip.market = default_market_;
    out.name = std::string(cell(r, layout_ == layout::epoch ? "Hardware name" : "name"));
    // Text from the file reaches every output: valid UTF-8 only, and the row says what was replaced.
    if (make_valid_utf8(out.name)) {
      out.assumptions.emplace_back("name: bytes that are not valid UTF-8 replaced by U+FFFD");
    }
    try {
      // A field past the header's last column has no name: the row's columns are shifted or the
      // file is not the CSV its header says.
      if (r.count > header_.size()) {
        throw row_error{"the row has " + std::to_string(r.count) + " fields, the header " +
                        std::to_string(header_.size())};
      }
      if (layout_ == layout::epoch)
        read_epoch(r, out);
      else
        read_accelspec(r, out);
      read_end_user(r, out);
      if (out.chip.compute.empty()) out.assumptions.emplace_back("no rate given: TPP unknown");
      if (const char* problem = find_problem(out.chip)) throw row_error{std::string(problem).substr(11)};
    } catch (const row_error& e) {
      out.error = e.message;
    } catch (const usage_error& e) {
      out.error = e.what();
    } catch (const error& e) {
      out.error = std::string(library_message(e));
    }
  }

  // A text cell as valid UTF-8, with a note when bytes were replaced.
  static std::string valid_text(std::string_view cell_text, std::string_view what, row_chip& out) {
    std::string s(cell_text);
    if (make_valid_utf8(s)) {
      out.assumptions.push_back(std::string(what) + ": bytes that are not valid UTF-8 replaced by U+FFFD");
    }
    return s;
  }

  // A row's own end_user cell (either layout; assess --csv): who this row's end user is, in place of
  // --end-user for this row. Checked as --end-user is.
  void read_end_user(const record& r, row_chip& out) const {
    const std::string_view e = cell(r, "end_user");
    if (e.empty()) return;
    out.end_user = valid_text(e, "end_user", out);
    if (!names_a_party(out.end_user)) throw row_error{"end_user: expected a company name, got " + quoted(e)};
  }

  // A row's own market cell (either layout) wins over --market; an empty one takes --market.
  void read_market(const record& r, row_chip& out) const {
    if (const std::string_view m = cell(r, "market"); !m.empty()) {
      const auto parsed = io::parse_market(m);
      if (!parsed) throw row_error{"market: unknown market " + quoted(m)};
      out.chip.market = *parsed;
      out.assumptions.push_back("market: " + std::string(key(*parsed)) + " (the row's market column)");
    } else {
      out.assumptions.push_back("market: " + std::string(key(default_market_)) +
                                " (the row does not say; --market sets it, default datacenter)");
    }
  }

  void read_epoch(const record& r, row_chip& out) const {
    out.strings.reserve(4);
    out.strings.push_back(out.name);
    out.chip.name = out.strings.back();  // company measures name products: the name must reach assess
    out.strings.push_back(valid_text(cell(r, "Manufacturer"), "vendor", out));
    out.chip.vendor = out.strings.back();
    out.release_date = std::string(cell(r, "Release date"));
    out.assumptions.emplace_back(
        "rates: the FLOP/s and OP/s columns are dense rates of one processing unit, divided by 10^12 exactly");
    out.assumptions.emplace_back(
        "fp16: the larger of the FP16 and Tensor-FP16/BF16 columns (two modes of one unit, both 16-bit)");
    out.assumptions.emplace_back("TF32 counts as 32-bit (its container), as in classify");
    read_market(r, out);
    std::array<std::optional<dense_rate>, format_table.size()> rates{};
    for (const epoch_rate& c : epoch_rates) {
      const std::string_view v = cell(r, c.column);
      if (v.empty()) continue;
      const dense_rate rate = scaled_value<dense_rate>(c.column, v, -12, out);
      if (rate.count() == 0) continue;
      std::optional<dense_rate>& slot = rates[static_cast<std::size_t>(c.format)];
      if (!slot || *slot < rate) slot = rate;
    }
    for (const format_info& f : format_table) {
      if (const auto& rate = rates[static_cast<std::size_t>(f.format)]) {
        out.chip.compute.push_back(dense(f.format, *rate));
      }
    }
    const std::string_view die_size = cell(r, "Die Size (mm^2)");
    const std::string_view process = cell(r, "Process size (nm)");
    if (!die_size.empty()) {
      const area a = scaled_value<area>("Die Size (mm^2)", die_size, 0, out);
      const std::optional<int> nm = process_nm(process);
      if (a.count() > 0 && nm && *nm <= finfet_max_nm) {
        out.chip.dies.push_back(die{.name = "die", .area = a, .transistors = non_planar});
        out.assumptions.push_back("die: one non-planar logic die of the printed area (process " + std::string(process) +
                                  " nm is FinFET-era, at most " + std::to_string(finfet_max_nm) + " nm)");
      } else {
        out.assumptions.push_back("die: area unknown (process " +
                                  (process.empty() ? std::string("not given") : std::string(process) + " nm") +
                                  " does not establish non-planar transistors)");
      }
    } else {
      out.assumptions.emplace_back("die: area unknown (no die size given)");
    }
    const std::string_view bw = cell(r, "Memory bandwidth (byte/s)");
    if (!bw.empty()) {
      out.chip.memory.technology = memory_technology::dram;
      out.chip.memory.bandwidth = scaled_value<data_rate>("Memory bandwidth (byte/s)", bw, -9, out);
      out.assumptions.emplace_back("memory: the board's memory bandwidth is DRAM bandwidth (byte/s / 10^9 = GB/s)");
    }
    const std::string_view size = cell(r, "Memory size per board (Byte)");
    if (!size.empty()) {
      if (out.chip.memory.technology == memory_technology::unknown)
        out.chip.memory.technology = memory_technology::dram;
      out.chip.memory.capacity = scaled_value<data_size>("Memory size per board (Byte)", size, -9, out);
    }
  }

  static std::optional<int> process_nm(std::string_view s) {
    if (s.empty() || s.size() > 6) return std::nullopt;
    int n = 0;
    std::size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) n = n * 10 + (s[i] - '0');
    if (i == 0) return std::nullopt;
    // "4.5" or "7.0": the integer part decides against the 16 nm line only when the rest is a fraction.
    if (i < s.size() && s[i] != '.') return std::nullopt;
    for (std::size_t j = i + 1; j < s.size(); ++j) {
      if (s[j] < '0' || s[j] > '9') return std::nullopt;
    }
    return n;
  }

  void read_accelspec(const record& r, row_chip& out) const {
    out.entry = catalog::find(cell(r, "id"));
    out.strings.reserve(32);  // more than the rates and names a row can hold: no reallocation moves a view
    out.strings.push_back(out.name);
    out.chip.name = out.strings.back();  // company measures name products: the name must reach assess
    out.strings.push_back(valid_text(cell(r, "vendor"), "vendor", out));
    out.chip.vendor = out.strings.back();
    read_market(r, out);
    // "FORMAT=TOPS" for the main unit, "UNIT:FORMAT=TOPS" for another, joined by ';'. An optional
    // sparse_rates column, in the same form, holds 2:4 sparse headlines: a unit's sparse figure
    // next to its dense one is the same rate (accelspec::same_rate), counted once.
    rate_items(cell(r, "dense_rates"), "dense_rates", out, false);
    rate_items(cell(r, "sparse_rates"), "sparse_rates", out, true);
    if (const std::string_view a = cell(r, "applicable_die_area_mm2"); !a.empty()) {
      out.chip.dies.push_back(die{.name = "applicable area",
                                  .area = scaled_value<area>("applicable_die_area_mm2", a, 0, out),
                                  .transistors = non_planar});
      out.assumptions.emplace_back("die: applicable_die_area_mm2 as one non-planar logic die");
    }
    if (const std::string_view t = cell(r, "memory_technology"); !t.empty()) {
      for (std::size_t k = 0; k <= static_cast<std::size_t>(memory_technology::sram); ++k) {
        const auto tech = static_cast<memory_technology>(k);
        if (key(tech) == t) {
          out.chip.memory.technology = tech;
          break;
        }
      }
    }
    if (const std::string_view b = cell(r, "memory_bandwidth_gbps"); !b.empty()) {
      out.chip.memory.bandwidth = scaled_value<data_rate>("memory_bandwidth_gbps", b, 0, out);
    }
    if (const std::string_view c = cell(r, "memory_capacity_gb"); !c.empty()) {
      out.chip.memory.capacity = scaled_value<data_size>("memory_capacity_gb", c, 0, out);
    }
    if (const std::string_view io_bw = cell(r, "io_bandwidth_gbps"); !io_bw.empty()) {
      out.chip.io_bandwidth = scaled_value<data_rate>("io_bandwidth_gbps", io_bw, 0, out);
    }
  }

  // The items of a dense_rates or sparse_rates cell, added to the row's chip.
  static void rate_items(std::string_view rates, std::string_view column, row_chip& out, bool sparse) {
    while (!rates.empty()) {
      const std::size_t semi = rates.find(';');
      std::string_view item = rates.substr(0, semi);
      rates = semi == std::string_view::npos ? std::string_view{} : rates.substr(semi + 1);
      std::string_view unit;
      if (const std::size_t colon = item.find(':'); colon != std::string_view::npos) {
        unit = item.substr(0, colon);
        item = item.substr(colon + 1);
      }
      const std::size_t eq = item.find('=');
      if (eq == std::string_view::npos) {
        throw row_error{std::string(column) + ": expected FORMAT=TOPS, got " + quoted(item)};
      }
      const auto f = format_from_key(item.substr(0, eq));
      if (!f) throw row_error{std::string(column) + ": unknown number format " + quoted(item.substr(0, eq))};
      dense_rate rate;
      std::optional<sparse_rate> headline;
      if (sparse) {
        headline = scaled_value<sparse_rate>(column, item.substr(eq + 1), 0, out);
        const std::optional<dense_rate> half = dense_stated_by(*headline);
        if (!half) throw row_error{std::string(column) + ": " + quoted(item) + " has no exact dense half"};
        rate = *half;
      } else {
        rate = scaled_value<dense_rate>(column, item.substr(eq + 1), 0, out);
      }
      if (sparse) {
        bool counted = false;
        for (const compute_rate& c : out.chip.compute) {
          if (c.format != *f || c.unit != unit) continue;
          if (!same_rate(c.rate, *headline)) {
            throw row_error{"sparse_rates: " + std::string(item) + " and dense_rates " + std::string(key(*f)) + "=" +
                            io::number(c.rate) +
                            " disagree for one unit (2:4 sparse is 2 x dense); give the "
                            "sparse figure its own unit (UNIT:FORMAT=TOPS) if they are two units"};
          }
          counted = true;  // the same rate, stated twice
        }
        if (counted) continue;
      }
      if (out.chip.compute.size() == out.chip.compute.capacity())
        throw row_error{std::string(column) + ": too many rates"};
      out.strings.push_back(std::string(unit));
      out.chip.compute.push_back(dense(*f, rate, out.strings.back()));
    }
  }

  std::string_view option_;
  csv_stream& in_;
  market default_market_;
  record record_;
  std::size_t rows_ = 0;
  std::vector<std::string> header_;
  mutable std::vector<std::pair<std::string_view, std::optional<std::size_t>>> cache_;
  layout layout_ = layout::accelspec;
};

// What a batch command prints for each row, around its own answer. `Answer` is what the command
// computes for a readable row; the command supplies how to compute it and how to show it.
template <class Answer>
struct output {
  std::string command;  // "classify" or "assess", for the stderr line
  std::vector<std::string>
      csv_header;  // the command's own columns (row, name, chip_id first; error, input_assumptions last)
  // The answer for a readable row.
  std::function<Answer(const row_chip&)> answer;
  // The answer's JSON members, written after row, name and chip.
  std::function<void(io::json_members&, const Answer&)> json;
  // The row's CSV cells from its answer (empty strings when there is no answer) and its own inputs,
  // between chip_id and error.
  std::function<std::vector<std::string>(const row_chip&, const Answer*)> csv;
  // The answer in one text line, after "row N NAME: ".
  std::function<std::string(const Answer&)> text;
};

// The output of a batch, written in blocks: a result is appended to a buffer that goes out (and is
// checked) every 64 KiB, so a failed write stops the batch at once and memory stays bounded.
class block_writer {
 public:
  explicit block_writer(std::ostream& out) : out_(out) { buffer_.reserve(limit + 4096); }
  std::string& buffer() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= limit) flush();
  }
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    out_.flush();
    check_written(out_, "standard output");
  }

 private:
  static constexpr std::size_t limit = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

// What a CSV cell does with control characters: keeps them (the text reads back the same: the
// catalog CSV) or writes them as escapes such as \n and \x00 (batch results: every row is one
// line and no NUL reaches a text file).
enum class csv_controls : std::uint8_t { keep, escape };

// One CSV cell appended to `out`: quoted (RFC 4180) when it holds a comma, a quote or a line break,
// or begins with a byte-order mark (which a reader skips at the start of a file: quoted, it is
// kept); control characters kept or escaped as `controls` says. Plain cells, the most, are copied
// at once. The one CSV writer of the command.
inline void append_csv_cell(std::string& out, std::string_view s, csv_controls controls = csv_controls::escape) {
  // Each test looks at eight bytes at once (a byte below 0x20 or equal to a given one shows as a
  // set high bit); a word that may hold one is looked at byte by byte.
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  const auto equal_in = [](std::uint64_t w, std::uint64_t byte) {
    const std::uint64_t x = w ^ (ones * byte);
    return (x - ones) & ~x & highs;
  };
  const auto any = [&s](auto word_test, auto byte_test) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, 8);
      if (word_test(w) == 0) continue;
      for (std::size_t k = i; k < i + 8; ++k) {
        if (byte_test(static_cast<unsigned char>(s[k]))) return true;
      }
    }
    for (; i < s.size(); ++i) {
      if (byte_test(static_cast<unsigned char>(s[i]))) return true;
    }
    return false;
  };
  const bool has_controls = any([&](std::uint64_t w) { return ((w - ones * 0x20) & ~w & highs) | equal_in(w, 0x7f); },
                                [](unsigned u) { return u < 0x20 || u == 0x7f; });
  const bool escape = has_controls && controls == csv_controls::escape;
  const bool quote = any([&](std::uint64_t w) { return equal_in(w, 0x2c) | equal_in(w, 0x22); },  // ',' '"'
                         [](unsigned u) { return u == ',' || u == '"'; }) ||
                     s.starts_with("\xEF\xBB\xBF") ||
                     (has_controls && !escape && s.find_first_of("\r\n") != std::string_view::npos);
  if (!quote && !escape) {
    out += s;
    return;
  }
  const std::string escaped = escape ? escape_controls(s) : std::string();
  const std::string_view text = escape ? std::string_view(escaped) : s;
  if (!quote) {  // the escapes hold no comma or quote
    out += text;
    return;
  }
  out += '"';
  std::size_t start = 0;
  for (std::size_t q = text.find('"'); q != std::string_view::npos; q = text.find('"', start)) {
    out.append(text.substr(start, q + 1 - start));
    out += '"';  // a quote is doubled
    start = q + 1;
  }
  out.append(text.substr(start));
  out += '"';
}

// One CSV field with its control characters kept: what reads back as the same text (the catalog CSV).
inline std::string csv_cell(std::string_view s) {
  std::string out;
  append_csv_cell(out, s, csv_controls::keep);
  return out;
}

// "row N NAME: ..." with the name's control characters escaped: one row, one line.
inline void append_text_row(std::string& b, const row_chip& r, std::string_view answer) {
  b += "row ";
  b += std::to_string(r.row);
  b += ' ';
  b += escape_controls(r.name);
  b += ": ";
  b += escape_controls(answer);
  b += '\n';
}

// A progress line on stderr for a large batch when stderr is a terminal (never in a pipe or a log).
class progress {
 public:
  explicit progress(std::string_view command) : command_(command), on_(stderr_is_terminal()) {}
  progress(const progress&) = delete;
  progress& operator=(const progress&) = delete;
  progress(progress&&) = delete;
  progress& operator=(progress&&) = delete;
  ~progress() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
  }
  void row(std::size_t n) {
    if (!on_ || n % 4096 != 0 || n < 50000) return;
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    shown_ = true;
    std::fprintf(stderr, "\raccelspec %s: --csv: %zu rows...", command_.c_str(), n);
    std::fflush(stderr);
  }

 private:
  std::string command_;
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

// Reads every row of `path` and prints one result per row, in input order, as it goes: a JSON
// array with `json` (written item by item), CSV with `csv`, else text lines. A row that cannot be
// read gets its error in its result and one line on stderr, and the exit status is 3; the other rows
// still print. Memory does not grow with the number of rows.
template <class Answer>
int run(const output<Answer>& o, std::string_view path, market default_market, bool json, bool csv, std::ostream& out) {
  std::ifstream file;
  std::istream* in = streams().in;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(std::filesystem::path(std::string(path)), ec)) {
      throw usage_error("--csv: " + quoted(path) + " is a folder, not a CSV file");
    }
    file.open(std::string(path), std::ios::binary);
    if (!file) throw usage_error("--csv: cannot read " + quoted(path));
    in = &file;
  }
  std::istringstream none;
  if (in == nullptr) in = &none;
  csv_stream records(*in, "--csv");
  reader rows_reader("--csv", records, default_market);
  block_writer w(out);
  std::string& b = w.buffer();
  if (csv) {
    std::vector<std::string> header{"row", "name", "chip_id"};
    header.insert(header.end(), o.csv_header.begin(), o.csv_header.end());
    header.emplace_back("error");
    header.emplace_back("input_exact");
    header.emplace_back("input_assumptions");
    b += joined(header, ",") + "\n";
  }
  if (json) b += '[';
  bool failed = false;
  progress meter(o.command);
  row_chip r;
  std::string scratch;
  std::size_t n = 0;
  while (rows_reader.next(r)) {
    std::optional<Answer> answer;
    if (!r.error) {
      try {
        answer = o.answer(r);
      } catch (const usage_error& e) {
        r.error = e.what();  // the row's inputs do not fit the command's options
      } catch (const error& e) {
        r.error = std::string(library_message(e));  // a figure too large for exact arithmetic
      }
    }
    if (r.error) {
      failed = true;
      status_stream() << "accelspec " << o.command << ": --csv: row " << r.row << " (line " << r.line << ", "
                      << shown(r.name) << "): " << escape_controls(*r.error) << "\n";
    }
    if (json) {
      // Straight into the output block: a row's JSON is about 10 KB and has no text of its own.
      if (n > 0) b += ',';
      b += '{';
      io::json_members j(b);
      j.raw("row", std::to_string(r.row)).string("name", r.name).raw("chip", chip_json(r.entry));
      if (answer) {
        o.json(j, *answer);
        j.null("error");
      } else {
        j.string("error", *r.error);
      }
      j.boolean("input_exact", r.exact);
      j.strings("input_assumptions", r.assumptions);
      b += '}';
    } else if (csv) {
      b += std::to_string(r.row);
      b += ',';
      append_csv_cell(b, r.name);
      b += ',';
      if (r.entry != nullptr) append_csv_cell(b, r.entry->id);
      for (const std::string& cell : o.csv(r, answer ? &*answer : nullptr)) {
        b += ',';
        append_csv_cell(b, cell);
      }
      b += ',';
      if (r.error) append_csv_cell(b, *r.error);
      b += r.exact ? ",true," : ",false,";
      scratch.clear();
      for (std::size_t i = 0; i < r.assumptions.size(); ++i) {
        if (i != 0) scratch += "; ";
        scratch += r.assumptions[i];
      }
      append_csv_cell(b, scratch);
      b += '\n';
    } else {
      append_text_row(b, r, answer ? o.text(*answer) : "error: " + *r.error);
    }
    ++n;
    meter.row(n);
    w.maybe_flush();
  }
  if (json) b += "]\n";
  w.flush();
  return failed ? 3 : 0;
}

}  // namespace accelspec::cli::batch
