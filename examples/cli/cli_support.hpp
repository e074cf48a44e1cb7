// Helpers shared by the CLI's commands: reading options, parsing values with errors that name
// the option, and turning the raw spec flags (--dense, --die, ...) into an accelerator.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <accelspec/analysis.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>

#include "command.hpp"

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

[[noreturn]] inline void unknown_option(std::string_view opt) {
  if (opt.starts_with("-")) throw usage_error("unknown option '" + std::string(opt) + "'");
  throw usage_error("unexpected argument '" + std::string(opt) + "'");
}

// A decimal quantity in display units (TOPS, GB/s, GB, mm², W), with an error naming the option.
template <class Q>
Q parse_value(std::string_view option, std::string_view text, bool allow_zero = false) {
  const quantity_parse_result<Q> r = parse_quantity<Q>(text);
  if (!r.ok()) {
    throw usage_error(std::string(option) + ": '" + std::string(text) + "' is not a valid number (" +
                      std::string(describe(r.error)) + ")");
  }
  if (!allow_zero && r.value.count() == 0) {
    throw usage_error(std::string(option) + ": value must be positive, got '" + std::string(text) + "'");
  }
  return r.value;
}

inline std::chrono::year_month_day parse_date_option(std::string_view option, std::string_view text) {
  const auto d = io::parse_date(text);
  if (!d) throw usage_error(std::string(option) + ": '" + std::string(text) + "' is not a valid date (YYYY-MM-DD)");
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
    throw usage_error(std::string(option) + ": unknown number format '" + std::string(text) +
                      "' (known: " + known_formats() + ")");
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
    throw usage_error(std::string(option) + ": unknown rule '" + std::string(text) + "' (known: " + known + ")");
  }
  return *r;
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
      const std::string_view v = in.value();
      const auto m = io::parse_market(v);
      if (!m) throw usage_error("--market: unknown market '" + std::string(v) + "' (known: datacenter, other)");
      chip_.market = *m;
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
  void add_rate(std::string_view flag, std::string_view spec, bool sparse) {
    const std::size_t eq = spec.find('=');
    if (eq == std::string_view::npos) {
      throw usage_error(std::string(flag) + ": expected FORMAT=TERAOPS, got '" + std::string(spec) + "'");
    }
    const number_format f = parse_format(flag, spec.substr(0, eq));
    const std::string_view amount = spec.substr(eq + 1);
    dense_rate rate;
    if (sparse) {
      const sparse_rate headline = parse_value<sparse_rate>(flag, amount);
      try {
        rate = dense_from_sparse(headline, sparsity::structured_2_4);
      } catch (const error&) {
        throw usage_error(std::string(flag) + ": '" + std::string(amount) + "' has no exact dense half at 10^-6 TOPS");
      }
    } else {
      rate = parse_value<dense_rate>(flag, amount);
    }
    // The k-th rate of a format belongs to processing unit k: repeated formats add up.
    std::size_t& k = occurrences_[static_cast<std::size_t>(f)];
    if (k >= unit_names.size() || chip_.compute.size() == chip_.compute.capacity()) {
      throw usage_error(std::string(flag) + ": too many rates (at most " + std::to_string(chip_.compute.capacity()) +
                        ")");
    }
    chip_.compute.push_back(dense(f, rate, unit_names[k]));
    ++k;
  }

  void add_die(std::string_view flag, std::string_view spec) {
    transistor_architecture t = non_planar;
    std::string_view amount = spec;
    const std::size_t colon = spec.find(':');
    if (colon != std::string_view::npos) {
      const std::string_view suffix = spec.substr(colon + 1);
      if (suffix != "planar") {
        throw usage_error(std::string(flag) + ": unknown die suffix ':" + std::string(suffix) + "' (only ':planar')");
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
  std::array<std::size_t, format_table.size()> occurrences_{};
  bool any_ = false;
};

}  // namespace accelspec::cli
