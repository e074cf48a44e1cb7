// accelspec: the command-line front end of the library. Every command registers itself (with its
// option table) from its own cmd_<name>.cpp; dispatch.hpp does the rest.
//
// Exit status: 0 on success, 2 on bad input (one line on stderr naming the argument and the
// problem), 1 when output could not be written or on an unexpected internal failure, 3 when a
// --csv batch had rows that failed (docs/cli.md).
#include <iostream>
#include <string_view>
#include <vector>

#include "dispatch.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string_view> all(argv + 1, argv + argc);
  // run_command_line() also checks that standard output took everything (help, the version and the
  // manual page included): output that was never written is exit 1 with one line on stderr.
  return accelspec::cli::run_command_line(all, std::cin, std::cout, std::cerr);
}
