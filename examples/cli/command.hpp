// The CLI's command registry. Each subcommand lives in its own cmd_<name>.cpp and registers
// itself with ACCELSPEC_CLI_COMMAND, together with its option table. The table is the one
// description of a command's interface: dispatch.hpp checks the arguments against it (unknown
// options with a suggestion, repeated single-valued options, flags given a value) before the
// command runs, and `--help`, the man page and the bash completion are all printed from it.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace accelspec::cli {

using args = std::span<const std::string_view>;

// Bad input from the user: reported as one line on stderr, exit status 2.
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An output that could not be written in full (a full disk, an I/O error): exit status 1 and one
// line on stderr, and no status line claims the write.
class output_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What an option's value is; drives the suggestions and the shell completion.
enum class value_type : std::uint8_t {
  none,     // a flag: takes no value
  text,     // free text (a number, a count)
  chip,     // a catalog id or alias
  rate,     // FORMAT=TERAOPS
  rule,     // a rule key
  date,     // YYYY-MM-DD
  country,  // ISO 3166-1 alpha-2 code
  market,   // datacenter | other
  file,     // a path; "-" for stdin or stdout where the option says so
  choice,   // one of option_info::choices (space separated)
};

struct option_info {
  std::string_view name;           // "--chip"
  std::string_view metavar;        // "ID"; empty for a flag
  std::string_view help;           // what it means
  std::string_view fallback = {};  // the default, in words; empty: none
  value_type type = value_type::text;
  bool repeatable = false;        // may be given more than once (each use adds)
  std::string_view choices = {};  // value_type::choice: the accepted values, space separated
};

struct command {
  std::string_view name;
  std::string_view synopsis;     // one line for `accelspec --help`
  std::string_view usage;        // "accelspec classify (--chip ID | --dense FORMAT=TERAOPS...) [options]"
  std::string_view description;  // a paragraph for `accelspec help CMD` and the man page
  std::vector<option_info> options;
  std::vector<std::string_view> examples;  // two command lines, without the leading "$ "
  std::function<int(args, std::ostream& out)> run;
  std::string_view positional = {};  // e.g. "ID" for `show ID`; empty: no positional argument

  [[nodiscard]] const option_info* find(std::string_view option) const {
    for (const option_info& o : options) {
      if (o.name == option) return &o;
    }
    return nullptr;
  }
};

inline std::map<std::string_view, command>& registry() {
  static std::map<std::string_view, command> commands;
  return commands;
}

struct registrar {
  explicit registrar(command c) {
    const std::string_view name = c.name;
    registry().emplace(name, std::move(c));
  }
};

// The streams a command reads and reports on besides `out`: stdin for `--csv -`, stderr for
// status lines ("wrote map.svg") and per-row errors. dispatch() points them at the real streams
// (or, in tests and the fuzzer, at string streams).
struct io_context {
  std::istream* in = nullptr;
  std::ostream* err = nullptr;
};
inline io_context& streams() {
  static io_context c;
  return c;
}

#define ACCELSPEC_CLI_COMMAND_CONCAT2(a, b) a##b
#define ACCELSPEC_CLI_COMMAND_CONCAT(a, b) ACCELSPEC_CLI_COMMAND_CONCAT2(a, b)
// ACCELSPEC_CLI_COMMAND(command{...}): registers a command with its option table.
#define ACCELSPEC_CLI_COMMAND(...)                                                                            \
  static const ::accelspec::cli::registrar ACCELSPEC_CLI_COMMAND_CONCAT(accelspec_cli_registrar_, __LINE__) { \
    __VA_ARGS__                                                                                               \
  }

}  // namespace accelspec::cli
