// Helpers shared by the CLI's commands: reading options, parsing values with errors that name
// the option, and turning the raw spec flags (--dense, --die, ...) into an accelerator.
#pragma once

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>
#include <accelspec/policy.hpp>

#include "command.hpp"
#include "diagnostics.hpp"

namespace accelspec::cli {

// Walks the arguments: `--flag value` and `--flag=value` both work.
class arg_reader {
 public:
  explicit arg_reader(args a) : args_(a) {}

  // The next option name, or nullopt at the end. A positional argument is returned as is.
  std::optional<std::string_view> next() {
    pending_.reset();
    if (i_ >= args_.size()) return std::nullopt;
    std::string_view a = args_[i_++];
    if (a.starts_with("--")) {
      const std::size_t eq = a.find('=');
      if (eq != std::string_view::npos) {
        pending_ = a.substr(eq + 1);
        a = a.substr(0, eq);
      }
    }
    current_ = a;
    return a;
  }

  // The value of the current option; a usage error when it is missing.
  std::string_view value() {
    if (pending_) {
      const std::string_view v = *pending_;
      pending_.reset();
      if (v.empty()) throw usage_error(std::string(current_) + ": missing value");
      return v;
    }
    if (i_ >= args_.size() || (args_[i_].starts_with("--") && args_[i_].size() > 2)) {
      throw usage_error(std::string(current_) + ": missing value");
    }
    return args_[i_++];
  }

  // For flags without a value: `--json=yes` is an error.
  void no_value() const {
    if (pending_) throw usage_error(std::string(current_) + ": takes no value");
  }

  [[nodiscard]] std::string_view current() const { return current_; }

 private:
  args args_;
  std::size_t i_ = 0;
  std::string_view current_;
  std::optional<std::string_view> pending_;
};

// dispatch.hpp rejects unknown options against the command's table before the command runs;
// this is the command's own fallback for an option its table lists but its loop does not read.
[[noreturn]] inline void unknown_option(std::string_view opt) {
  if (opt.starts_with("-")) throw usage_error(std::string(opt) + ": unknown option");
  throw usage_error("unexpected argument " + quoted(opt));
}

// Throws output_error when `out` failed: a write that did not happen in full is never success.
inline void check_written(const std::ostream& out, const std::string& what) {
  if (out) return;
  const int e = errno;
  throw output_error("cannot write " + what +
                     (e != 0 ? std::string(": ") + std::generic_category().message(e) : std::string()));
}

// Whether standard error is a terminal (a progress line is for a person watching, never for a log).
inline bool stderr_is_terminal() {
#if defined(__unix__) || defined(__APPLE__)
  return ::isatty(2) == 1;
#else
  return false;
#endif
}

// Writes a command's document to FILE, or to standard output when FILE is "-". Status lines
// ("wrote ...") go to stderr, so that `--svg -` or `--svg /dev/stdout` get the document alone.
// A path that cannot be opened is bad input (exit 2); a write that fails after it opened is an
// output_error (exit 1). Either way no status line follows.
inline void write_document(std::string_view option, std::string_view path, const std::string& content,
                           std::ostream& out) {
  if (path == "-") {
    out << content;
    out.flush();
    check_written(out, std::string(option) + ": standard output");
    return;
  }
  std::ofstream file{std::string(path), std::ios::binary};
  if (!file) throw usage_error(std::string(option) + ": cannot write " + quoted(path));
  errno = 0;
  file << content;
  file.close();
  check_written(file, std::string(option) + ": " + quoted(path));
}

// The stream for status lines and per-row errors: stderr (dispatch() sets it).
inline std::ostream& status_stream() { return streams().err != nullptr ? *streams().err : std::cerr; }

// --- candidates for "did you mean" -----------------------------------------------------------

inline std::vector<candidate> chip_candidates() {
  std::vector<candidate> c;
  for (const catalog::entry* e : catalog::all) {
    c.push_back({e->id, e->id});
    for (const std::string_view a : e->aliases) c.push_back({a, e->id});
    // "h200-sxm" for "nvidia-h200-sxm": the id without its vendor prefix.
    if (const std::size_t dash = e->id.find('-'); dash != std::string_view::npos) {
      c.push_back({e->id.substr(dash + 1), e->id});
    }
  }
  return c;
}

inline std::vector<candidate> format_candidates() {
  std::vector<candidate> c;
  c.reserve(format_table.size());
  for (const format_info& f : format_table) c.push_back({f.key, f.key});
  return c;
}

inline std::vector<candidate> rule_candidates() {
  std::vector<candidate> c;
  c.reserve(rules::all.size());
  for (const rule* r : rules::all) c.push_back({r->key, r->key});
  return c;
}

// Every ISO 3166-1 alpha-2 code the library knows.
inline std::vector<std::string_view> country_codes() {
  std::vector<std::string_view> codes;
  const std::string_view all = policy::detail::iso_3166_codes;
  for (std::size_t i = 0; i + 1 < all.size(); i += 3) codes.push_back(all.substr(i, 2));
  return codes;
}

inline std::vector<candidate> country_candidates() {
  std::vector<candidate> c;
  for (const std::string_view code : country_codes()) c.push_back({code, code});
  return c;
}

// --chip ID (or show's positional ID): a catalog entry by id or alias, any case.
inline const catalog::entry& chip_entry_option(std::string_view option, std::string_view id) {
  const catalog::entry* e = catalog::find(id);
  if (e == nullptr) {
    throw usage_error(std::string(option) + ": unknown chip " + quoted(id) + did_you_mean(id, chip_candidates()) +
                      " (the ids: accelspec catalog)");
  }
  return *e;
}

inline market parse_market_option(std::string_view option, std::string_view text) {
  const auto m = io::parse_market(text);
  if (!m) {
    throw usage_error(std::string(option) + ": unknown market " + quoted(text) +
                      did_you_mean(text, {{"datacenter", "datacenter"}, {"other", "other"}}) +
                      " (known: datacenter, other)");
  }
  return *m;
}

// A library error's message without the library's own "accelspec: " prefix, so that the CLI's
// "accelspec CMD: --option: " is the only one.
inline std::string_view library_message(const error& e) {
  std::string_view m = e.what();
  if (m.starts_with("accelspec: ")) m.remove_prefix(11);
  return m;
}

// --rule and --date: one or the other, in every command that takes both; with neither, the newest
// rule. --date picks the rule in force on that date (null before 2022-10-07).
inline void rule_or_date(const rule* chosen, bool date_given) {
  if (chosen != nullptr && date_given) {
    throw usage_error("--rule: --rule and --date are exclusive (--rule picks a text, --date the text in force then)");
  }
}

// A decimal quantity in display units (TOPS, GB/s, GB, mm², W), with an error naming the option.
template <class Q>
Q parse_value(std::string_view option, std::string_view text, bool allow_zero = false) {
  const quantity_parse_result<Q> r = parse_quantity<Q>(text);
  if (!r.ok()) {
    throw usage_error(std::string(option) + ": " + quoted(text) + " is not a valid number (" +
                      std::string(describe(r.error)) + ")");
  }
  if (!allow_zero && r.value.count() == 0) {
    throw usage_error(std::string(option) + ": value must be positive, got " + quoted(text));
  }
  return r.value;
}

inline std::chrono::year_month_day parse_date_option(std::string_view option, std::string_view text) {
  const auto d = io::parse_date(text);
  if (!d) throw usage_error(std::string(option) + ": " + quoted(text) + " is not a valid date (YYYY-MM-DD)");
  return *d;
}

inline std::string known_formats() {
  std::string s;
  for (const format_info& f : format_table) {
    s += s.empty() ? "" : ", ";
    s += std::string(f.key);
  }
  return s;
}

inline number_format parse_format(std::string_view option, std::string_view text) {
  const auto f = format_from_key(text);
  if (!f) {
    throw usage_error(std::string(option) + ": unknown number format " + quoted(text) +
                      did_you_mean(text, format_candidates()) + " (known: " + known_formats() + ")");
  }
  return *f;
}

inline const rule& parse_rule_option(std::string_view option, std::string_view text) {
  const rule* r = rules::find(text);
  if (r == nullptr) {
    std::string known;
    for (const rule* k : rules::all) {
      known += known.empty() ? "" : ", ";
      known += std::string(k->key);
    }
    throw usage_error(std::string(option) + ": unknown rule " + quoted(text) + did_you_mean(text, rule_candidates()) +
                      " (known: " + known + ")");
  }
  return *r;
}

// The options spec_builder reads, for the tables of the commands that take a raw spec.
inline std::vector<option_info> spec_options() {
  return {
      {"--dense",
       "FORMAT=TERAOPS",
       "a dense rate of one processing unit in TOPS (or TFLOPS), e.g. fp16=148; a format repeated is a further unit; "
       "FORMAT=TERAOPS@N puts it in unit N (1 to 24)",
       {},
       value_type::rate,
       true},
      {"--sparse",
       "FORMAT=TERAOPS",
       "a rate printed 'with sparsity' (2:4); halved exactly to its dense rate; with a --dense figure of the same "
       "format it is the same unit's rate, counted once (it must be 2 x dense); @N for a separate unit, e.g. "
       "fp8=592@2",
       {},
       value_type::rate,
       true},
      {"--die", "MM2[:planar]", "area of one die in mm²; ':planar' for planar transistors",
       "non-planar; no die: density unknown", value_type::text, true},
      {"--market", "MARKET", "datacenter, or other (not designed or marketed for datacenters)", "datacenter",
       value_type::market},
      {"--io-bandwidth", "GBPS", "aggregate bidirectional chip-to-chip I/O in GB/s (the 2022 text's 600 GB/s test)",
       "unknown", value_type::text},
      {"--dram-bandwidth", "GBPS", "total DRAM bandwidth in GB/s", "unknown", value_type::text},
  };
}

// The options of a command: `extra` after the chip or raw spec options.
inline std::vector<option_info> options_with_spec(std::vector<option_info> first,
                                                  const std::vector<option_info>& rest) {
  for (option_info& o : spec_options()) first.push_back(o);
  for (const option_info& o : rest) first.push_back(o);
  return first;
}

inline const option_info chip_option_info{
    "--chip",
    "ID",
    "a catalog chip by id or alias, any case (the ids: accelspec catalog); not with the raw spec options",
    {},
    value_type::chip};

// How every command's JSON names the chip: {"id", "name"} for a catalog chip, null for a spec
// typed on the command line (or read from a CSV row without an id).
inline std::string chip_json(const catalog::entry* e) {
  if (e == nullptr) return "null";
  io::json_object o;
  o.string("id", e->id).string("name", e->name);
  return o.str();
}

// Collects the raw spec flags of `classify` and `assess` into an accelerator.
class spec_builder {
 public:
  spec_builder() {
    chip_.name = "command-line spec";
    chip_.market = market::datacenter;  // the conservative reading when the user does not say
  }

  // Consumes `flag` if it is a spec flag; returns false otherwise.
  bool consume(std::string_view flag, arg_reader& in) {
    if (flag == "--dense" || flag == "--sparse") {
      add_rate(flag, in.value(), flag == "--sparse");
    } else if (flag == "--die") {
      add_die(flag, in.value());
    } else if (flag == "--market") {
      chip_.market = parse_market_option(flag, in.value());
    } else if (flag == "--io-bandwidth") {
      chip_.io_bandwidth = parse_value<data_rate>(flag, in.value(), true);
    } else if (flag == "--dram-bandwidth") {
      chip_.memory.technology = memory_technology::dram;
      chip_.memory.bandwidth = parse_value<data_rate>(flag, in.value());
    } else {
      return false;
    }
    any_ = true;
    return true;
  }

  [[nodiscard]] bool any() const { return any_; }
  [[nodiscard]] bool has_compute() const { return !chip_.compute.empty(); }
  [[nodiscard]] const accelerator& chip() const { return chip_; }

 private:
  // FORMAT=TERAOPS[@UNIT]. A dense and a sparse figure of one format and unit are two statements of
  // one rate (accelspec::one_rate): consistent, it counts once; inconsistent, an error naming both.
  // Without @UNIT, the k-th --dense (or --sparse) of a format is unit k, so a datasheet's dense and
  // sparse figures typed one after the other describe one unit; @UNIT (1 to 24) says which unit.
  void add_rate(std::string_view flag, std::string_view spec, bool sparse) {
    const std::size_t eq = spec.find('=');
    if (eq == std::string_view::npos) {
      throw usage_error(std::string(flag) + ": expected FORMAT=TERAOPS, got " + quoted(spec));
    }
    const number_format f = parse_format(flag, spec.substr(0, eq));
    std::string_view amount = spec.substr(eq + 1);
    std::optional<std::size_t> unit;
    if (const std::size_t at = amount.find('@'); at != std::string_view::npos) {
      const std::string_view u = amount.substr(at + 1);
      std::size_t n = 0;
      for (const char c : u) {
        if (c < '0' || c > '9' || n > unit_names.size()) {
          n = 0;
          break;
        }
        n = n * 10 + static_cast<std::size_t>(c - '0');
      }
      if (n < 1 || n > unit_names.size()) {
        throw usage_error(std::string(flag) + ": unit " + quoted(u) + " after '@' must be 1 to " +
                          std::to_string(unit_names.size()));
      }
      unit = n - 1;
      amount = amount.substr(0, at);
    }
    dense_rate rate;
    std::optional<sparse_rate> headline;
    if (sparse) {
      headline = parse_value<sparse_rate>(flag, amount);
      const std::optional<dense_rate> half = dense_stated_by(*headline);
      if (!half)
        throw usage_error(std::string(flag) + ": " + quoted(amount) + " has no exact dense half at 10^-6 TOPS");
      rate = *half;
    } else {
      rate = parse_value<dense_rate>(flag, amount);
    }
    const std::size_t k = unit ? *unit : next_unit(f, sparse);
    if (k >= unit_names.size()) {
      throw usage_error(std::string(flag) + ": too many " + std::string(key(f)) + " rates (at most " +
                        std::to_string(unit_names.size()) + " units)");
    }
    figures* slot = nullptr;
    for (figures& s : slots_) {
      if (s.format == f && s.unit == k) slot = &s;
    }
    const std::string label = std::string(key(f)) + "=" + std::string(amount);
    if (slot != nullptr && (sparse ? slot->sparse.has_value() : slot->dense.has_value())) {
      throw usage_error(std::string(flag) + ": " + label + "@" + std::to_string(k + 1) + ": unit " +
                        std::to_string(k + 1) + " already has a " + (sparse ? "sparse" : "dense") + " " +
                        std::string(key(f)) + " figure");
    }
    if (slot != nullptr) {
      // The unit's other figure is already there: the two must state the same rate.
      const dense_rate dense_figure = sparse ? *slot->dense : rate;
      const sparse_rate sparse_figure = sparse ? *headline : *slot->sparse;
      if (!same_rate(dense_figure, sparse_figure)) {
        const std::string unit_text = k == 0 ? "" : "@" + std::to_string(k + 1);
        throw usage_error(
            std::string(flag) + ": --dense " + std::string(key(f)) + "=" + io::number(dense_figure) + unit_text +
            " and --sparse " + std::string(key(f)) + "=" + io::number(sparse_figure) + unit_text +
            " disagree for one unit (2:4 sparse is 2 x dense); if they are two units, "
            "give the second its own, e.g. --sparse " +
            std::string(key(f)) + "=" + io::number(sparse_figure) + "@" + std::to_string(next_free_unit(f) + 1));
      }
      if (sparse)
        slot->sparse = headline;
      else
        slot->dense = rate;
      return;  // one rate, already counted
    }
    if (chip_.compute.size() == chip_.compute.capacity()) {
      throw usage_error(std::string(flag) + ": too many rates (at most " + std::to_string(chip_.compute.capacity()) +
                        ")");
    }
    slots_.push_back(figures{f, k, sparse ? std::optional<dense_rate>{} : std::optional<dense_rate>{rate},
                             sparse ? headline : std::optional<sparse_rate>{}});
    chip_.compute.push_back(dense(f, rate, unit_names[k]));
    // Every command that reads a raw spec computes its TPP; a rate whose rate x bit length (or
    // sum over units) overflows exact arithmetic is this option's problem, said here.
    try {
      (void)tpp_details(chip_);
    } catch (const error& e) {
      if (e.kind() != error_kind::invalid_quantity) throw;
      throw usage_error(std::string(flag) + ": " + quoted(amount) +
                        " is too large for an exact TPP (rate x bit length overflows)");
    }
  }

  // The first unit with no dense (or no sparse) figure of format f.
  [[nodiscard]] std::size_t next_unit(number_format f, bool sparse) const {
    for (std::size_t k = 0;; ++k) {
      bool taken = false;
      for (const figures& s : slots_) {
        if (s.format == f && s.unit == k && (sparse ? s.sparse.has_value() : s.dense.has_value())) taken = true;
      }
      if (!taken) return k;
    }
  }
  // The first unit with no figure at all of format f.
  [[nodiscard]] std::size_t next_free_unit(number_format f) const {
    for (std::size_t k = 0;; ++k) {
      bool taken = false;
      for (const figures& s : slots_) {
        if (s.format == f && s.unit == k) taken = true;
      }
      if (!taken) return k;
    }
  }

  // What the command line said about one format of one unit.
  struct figures {
    number_format format;
    std::size_t unit;
    std::optional<dense_rate> dense;
    std::optional<sparse_rate> sparse;
  };

  void add_die(std::string_view flag, std::string_view spec) {
    transistor_architecture t = non_planar;
    std::string_view amount = spec;
    const std::size_t colon = spec.find(':');
    if (colon != std::string_view::npos) {
      const std::string_view suffix = spec.substr(colon + 1);
      if (suffix != "planar") {
        throw usage_error(std::string(flag) + ": unknown die suffix " + quoted(suffix) + " (only ':planar')");
      }
      t = planar;
      amount = spec.substr(0, colon);
    }
    if (chip_.dies.size() == chip_.dies.capacity()) {
      throw usage_error(std::string(flag) + ": too many dies (at most " + std::to_string(chip_.dies.capacity()) + ")");
    }
    const area a = parse_value<area>(flag, amount);
    chip_.dies.push_back(die{.name = die_names[chip_.dies.size()], .area = a, .transistors = t});
  }

  static constexpr std::array<std::string_view, 24> unit_names{
      "",        "unit 2",  "unit 3",  "unit 4",  "unit 5",  "unit 6",  "unit 7",  "unit 8",
      "unit 9",  "unit 10", "unit 11", "unit 12", "unit 13", "unit 14", "unit 15", "unit 16",
      "unit 17", "unit 18", "unit 19", "unit 20", "unit 21", "unit 22", "unit 23", "unit 24"};
  static constexpr std::array<std::string_view, 16> die_names{
      "die 1", "die 2",  "die 3",  "die 4",  "die 5",  "die 6",  "die 7",  "die 8",
      "die 9", "die 10", "die 11", "die 12", "die 13", "die 14", "die 15", "die 16"};

  accelerator chip_{};
  std::vector<figures> slots_;  // one per compute entry, in the same order
  bool any_ = false;
};

}  // namespace accelspec::cli
