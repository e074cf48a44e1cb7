// accelspec: the command-line front end of the library.
//
// Exit status: 0 on success, 2 on bad input (one line on stderr naming the argument and the
// problem), 1 on an unexpected internal failure.
#include <exception>
#include <iostream>
#include <string_view>
#include <vector>

#include <accelspec/all.hpp>

#include "command.hpp"

namespace {

void print_help(std::ostream& out) {
  out << "accelspec " << accelspec::version_string
      << ": AI accelerators and the US export-control rules on them (ECCN 3A090)\n\n"
      << "usage: accelspec <command> [options]\n\ncommands:\n";
  for (const auto& [name, cmd] : accelspec::cli::registry()) {
    out << "  " << name << std::string(name.size() < 10 ? 10 - name.size() : 1, ' ') << cmd.synopsis << "\n";
  }
  out << "\nSee docs/cli.md for every option and the JSON contracts.\n";
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> all(argv + 1, argv + argc);
  if (all.empty()) {
    std::cerr << "accelspec: missing command (try 'accelspec --help')\n";
    return 2;
  }
  if (all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
    print_help(std::cout);
    return 0;
  }
  if (all[0] == "--version") {
    std::cout << "accelspec " << accelspec::version_string << "\n";
    return 0;
  }
  const auto& commands = accelspec::cli::registry();
  const auto it = commands.find(all[0]);
  if (it == commands.end()) {
    std::cerr << "accelspec: unknown command '" << all[0] << "' (try 'accelspec --help')\n";
    return 2;
  }
  try {
    return it->second.run(accelspec::cli::args(all).subspan(1), std::cout);
  } catch (const accelspec::cli::usage_error& e) {
    std::cerr << "accelspec " << all[0] << ": " << e.what() << "\n";
    return 2;
  } catch (const accelspec::error& e) {
    std::cerr << "accelspec " << all[0] << ": " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "accelspec " << all[0] << ": internal error: " << e.what() << "\n";
    return 1;
  }
}
