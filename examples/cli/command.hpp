// The CLI's command registry. Each subcommand lives in its own cmd_<name>.cpp and registers
// itself with ACCELSPEC_CLI_COMMAND; main.cpp only dispatches.
#pragma once

#include <functional>
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

struct command {
  std::string_view name;
  std::string_view synopsis;  // one line for `accelspec --help`
  std::function<int(args, std::ostream& out)> run;
};

inline std::map<std::string_view, command>& registry() {
  static std::map<std::string_view, command> commands;
  return commands;
}

struct registrar {
  explicit registrar(command c) { registry().emplace(c.name, std::move(c)); }
};

#define ACCELSPEC_CLI_COMMAND_CONCAT2(a, b) a##b
#define ACCELSPEC_CLI_COMMAND_CONCAT(a, b) ACCELSPEC_CLI_COMMAND_CONCAT2(a, b)
#define ACCELSPEC_CLI_COMMAND(name, synopsis, fn)                                                             \
  static const ::accelspec::cli::registrar ACCELSPEC_CLI_COMMAND_CONCAT(accelspec_cli_registrar_, __LINE__) { \
    {                                                                                                         \
      name, synopsis, fn                                                                                      \
    }                                                                                                         \
  }

}  // namespace accelspec::cli
