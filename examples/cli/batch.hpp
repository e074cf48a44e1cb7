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
#pragma once

#include <array>
#include <cstdint>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli_support.hpp"

namespace accelspec::cli::batch {

// One CSV record and the line it starts on (a quoted field may span lines).
struct record {
  std::vector<std::string> fields;
  std::size_t line = 0;
};

// RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
// commas, line breaks and "" for a quote. Throws usage_error (naming the line) on a quote left open
// or text after a closing quote.
inline std::vector<record> parse_csv(std::string_view text, std::string_view option) {
  std::vector<record> out;
  record current;
  std::string field;
  std::size_t line = 1;
  current.line = 1;
  bool quoted_field = false, after_quote = false, any = false;
  auto end_field = [&] {
    current.fields.push_back(std::move(field));
    field.clear();
    quoted_field = after_quote = false;
  };
  auto end_record = [&] {
    end_field();
    // A blank line is no record.
    if (!(current.fields.size() == 1 && current.fields[0].empty())) out.push_back(std::move(current));
    current = record{};
    current.line = line;
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted_field) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted_field = false;
          after_quote = true;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == ',') {
      end_field();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else if (c == '"' && field.empty() && !after_quote) {
      quoted_field = true;
      any = true;
    } else if (after_quote) {
      throw usage_error(std::string(option) + ": line " + std::to_string(line) + ": text after a closing quote");
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted_field) {
    throw usage_error(std::string(option) + ": line " + std::to_string(current.line) +
                      ": a quoted field is not closed before the end of the file");
  }
  if (any || !field.empty()) end_record();
  return out;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// One CSV field (RFC 4180): quoted when the text has a comma, a quote or a line break. Used by every
// CSV the command writes (batch results and the catalog).
inline std::string csv_cell(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
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

// `text` (a decimal, optionally with an exponent) times 10^shift, as a quantity of display units,
// exactly: the exponent is rewritten and the library's exact parser does the rest.
template <class Q>
Q scaled_value(std::string_view column, std::string_view text, int shift) {
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
  const std::string rewritten = std::string(mantissa) + "e" + std::to_string(exponent + shift);
  const quantity_parse_result<Q> r = parse_quantity<Q>(rewritten);
  if (!r.ok()) {
    throw row_error{std::string(column) + ": " + quoted(t) + " is not a valid value (" +
                    std::string(describe(r.error)) + ")"};
  }
  return r.value;
}

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
  std::optional<std::string> error;
  std::string release_date;          // Epoch: as printed, else empty
  std::vector<std::string> strings;  // storage the accelerator's string_views point into
};

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
  reader(std::string_view option, std::string_view text, market default_market)
      : option_(option), default_market_(default_market) {
    records_ = parse_csv(text, option);
    if (records_.empty()) throw usage_error(std::string(option) + ": the file is empty (expected a header row)");
    const std::vector<std::string>& h = records_.front().fields;
    for (const std::string& name : h) header_.emplace_back(trim(name));
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

  [[nodiscard]] std::vector<row_chip> rows() const {
    std::vector<row_chip> out;
    out.reserve(records_.size());
    for (std::size_t i = 1; i < records_.size(); ++i) out.push_back(read(records_[i], i));
    return out;
  }

 private:
  [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const {
    for (std::size_t i = 0; i < header_.size(); ++i) {
      if (header_[i] == name) return i;
    }
    return std::nullopt;
  }

  [[nodiscard]] std::string_view cell(const record& r, std::string_view name) const {
    const auto c = column(name);
    if (!c || *c >= r.fields.size()) return {};
    return trim(r.fields[*c]);
  }

  row_chip read(const record& r, std::size_t index) const {
    row_chip out;
    out.row = index;
    out.line = r.line;
    out.chip.market = default_market_;
    try {
      if (layout_ == layout::epoch)
        read_epoch(r, out);
      else
        read_accelspec(r, out);
      if (out.chip.compute.empty()) out.assumptions.emplace_back("no rate given: TPP unknown");
      (void)classify(out.chip, rules::latest);  // validates the spec and the arithmetic
    } catch (const row_error& e) {
      out.error = e.message;
    } catch (const usage_error& e) {
      out.error = e.what();
    } catch (const error& e) {
      out.error = std::string(library_message(e));
    }
    return out;
  }

  void read_epoch(const record& r, row_chip& out) const {
    out.strings.reserve(4);
    out.name = std::string(cell(r, "Hardware name"));
    out.strings.push_back(out.name);
    out.chip.name = out.strings.back();  // company measures name products: the name must reach assess
    out.strings.push_back(std::string(cell(r, "Manufacturer")));
    out.chip.vendor = out.strings.back();
    out.release_date = std::string(cell(r, "Release date"));
    out.assumptions.emplace_back(
        "rates: the FLOP/s and OP/s columns are dense rates of one processing unit, divided by 10^12 exactly");
    out.assumptions.emplace_back(
        "fp16: the larger of the FP16 and Tensor-FP16/BF16 columns (two modes of one unit, both 16-bit)");
    out.assumptions.emplace_back("TF32 counts as 32-bit (its container), as in classify");
    out.assumptions.emplace_back(std::string("market: ") + std::string(key(default_market_)) +
                                 " (the CSV does not say; --market overrides)");
    std::array<std::optional<dense_rate>, format_table.size()> rates{};
    for (const epoch_rate& c : epoch_rates) {
      const std::string_view v = cell(r, c.column);
      if (v.empty()) continue;
      const dense_rate rate = scaled_value<dense_rate>(c.column, v, -12);
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
      const area a = scaled_value<area>("Die Size (mm^2)", die_size, 0);
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
      out.chip.memory.bandwidth = scaled_value<data_rate>("Memory bandwidth (byte/s)", bw, -9);
      out.assumptions.emplace_back("memory: the board's memory bandwidth is DRAM bandwidth (byte/s / 10^9 = GB/s)");
    }
    const std::string_view size = cell(r, "Memory size per board (Byte)");
    if (!size.empty()) {
      if (out.chip.memory.technology == memory_technology::unknown)
        out.chip.memory.technology = memory_technology::dram;
      out.chip.memory.capacity = scaled_value<data_size>("Memory size per board (Byte)", size, -9);
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
    out.name = std::string(cell(r, "name"));
    out.entry = catalog::find(cell(r, "id"));
    out.strings.reserve(32);  // more than the rates and names a row can hold: no reallocation moves a view
    out.strings.push_back(out.name);
    out.chip.name = out.strings.back();  // company measures name products: the name must reach assess
    out.strings.push_back(std::string(cell(r, "vendor")));
    out.chip.vendor = out.strings.back();
    if (const std::string_view m = cell(r, "market"); !m.empty()) {
      const auto parsed = io::parse_market(m);
      if (!parsed) throw row_error{"market: unknown market " + quoted(m)};
      out.chip.market = *parsed;
    }
    // "FORMAT=TOPS" for the main unit, "UNIT:FORMAT=TOPS" for another, joined by ';'.
    std::string_view rates = cell(r, "dense_rates");
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
      if (eq == std::string_view::npos) throw row_error{"dense_rates: expected FORMAT=TOPS, got " + quoted(item)};
      const auto f = format_from_key(item.substr(0, eq));
      if (!f) throw row_error{"dense_rates: unknown number format " + quoted(item.substr(0, eq))};
      if (out.chip.compute.size() == out.chip.compute.capacity()) throw row_error{"dense_rates: too many rates"};
      out.strings.push_back(std::string(unit));
      out.chip.compute.push_back(
          dense(*f, scaled_value<dense_rate>("dense_rates", item.substr(eq + 1), 0), out.strings.back()));
    }
    if (const std::string_view a = cell(r, "applicable_die_area_mm2"); !a.empty()) {
      out.chip.dies.push_back(die{.name = "applicable area",
                                  .area = scaled_value<area>("applicable_die_area_mm2", a, 0),
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
      out.chip.memory.bandwidth = scaled_value<data_rate>("memory_bandwidth_gbps", b, 0);
    }
    if (const std::string_view c = cell(r, "memory_capacity_gb"); !c.empty()) {
      out.chip.memory.capacity = scaled_value<data_size>("memory_capacity_gb", c, 0);
    }
    if (const std::string_view io_bw = cell(r, "io_bandwidth_gbps"); !io_bw.empty()) {
      out.chip.io_bandwidth = scaled_value<data_rate>("io_bandwidth_gbps", io_bw, 0);
    }
  }

  std::string_view option_;
  market default_market_;
  std::vector<record> records_;
  std::vector<std::string> header_;
  layout layout_ = layout::accelspec;
};

// The whole of FILE, or of standard input for "-".
inline std::string read_input(std::string_view option, std::string_view path) {
  std::ostringstream s;
  if (path == "-") {
    if (streams().in != nullptr) s << streams().in->rdbuf();
    return s.str();
  }
  std::ifstream f{std::string(path), std::ios::binary};
  if (!f) throw usage_error(std::string(option) + ": cannot read " + quoted(path));
  // A directory opens but cannot be read: say so rather than "the file is empty".
  if (f.peek() == std::ifstream::traits_type::eof() && f.bad()) {
    throw usage_error(std::string(option) + ": cannot read " + quoted(path));
  }
  s << f.rdbuf();
  return s.str();
}

// What a batch command prints for each row, around its own answer. `Answer` is what the command
// computes for a readable row; the command supplies how to compute it and how to show it.
template <class Answer>
struct output {
  std::string command;  // "classify" or "assess", for the stderr line
  std::vector<std::string>
      csv_header;  // the command's own columns (row, name, chip_id first; error, input_assumptions last)
  // The answer for a readable row.
  std::function<Answer(const row_chip&)> answer;
  // The answer's JSON members, appended after row, name and chip.
  std::function<void(io::json_object&, const Answer&)> json;
  // The answer's CSV cells (empty strings when there is no answer), between chip_id and error.
  std::function<std::vector<std::string>(const Answer*)> csv;
  // The answer in one text line, after "row N NAME: ".
  std::function<std::string(const Answer&)> text;
};

// Reads every row of `path` and prints one result per row, in input order: a JSON array with
// `json`, CSV with `csv`, else text lines. A row that cannot be read gets its error in its result
// and one line on stderr, and the exit status is 3; the other rows still print.
template <class Answer>
int run(const output<Answer>& o, std::string_view path, market default_market, bool json, bool csv, std::ostream& out) {
  const std::string text = read_input("--csv", path);
  const reader rows_reader("--csv", text, default_market);
  const std::vector<row_chip> rows = rows_reader.rows();
  if (csv) {
    std::vector<std::string> header{"row", "name", "chip_id"};
    header.insert(header.end(), o.csv_header.begin(), o.csv_header.end());
    header.emplace_back("error");
    header.emplace_back("input_assumptions");
    out << joined(header, ",") << "\n";
  }
  std::vector<std::string> items;
  bool failed = false;
  for (const row_chip& r : rows) {
    std::optional<Answer> answer;
    if (!r.error) {
      answer = o.answer(r);
    } else {
      failed = true;
      status_stream() << "accelspec " << o.command << ": --csv: row " << r.row << " (line " << r.line << ", "
                      << shown(r.name) << "): " << escape_controls(*r.error) << "\n";
    }
    if (json) {
      io::json_object j;
      j.raw("row", std::to_string(r.row)).string("name", r.name).raw("chip", chip_json(r.entry));
      if (answer) {
        o.json(j, *answer);
        j.null("error");
      } else {
        j.string("error", *r.error);
      }
      j.strings("input_assumptions", r.assumptions);
      items.push_back(j.str());
    } else if (csv) {
      std::vector<std::string> f{std::to_string(r.row), r.name, r.entry != nullptr ? std::string(r.entry->id) : ""};
      const std::vector<std::string> cells = o.csv(answer ? &*answer : nullptr);
      f.insert(f.end(), cells.begin(), cells.end());
      f.push_back(r.error.value_or(""));
      f.push_back(joined(r.assumptions, "; "));
      for (std::string& x : f) x = csv_cell(x);
      out << joined(f, ",") << "\n";
    } else {
      out << "row " << r.row << " " << escape_controls(r.name) << ": "
          << (answer ? o.text(*answer) : "error: " + *r.error) << "\n";
    }
  }
  if (json) out << io::json_array(items) << "\n";
  return failed ? 3 : 0;
}

}  // namespace accelspec::cli::batch
