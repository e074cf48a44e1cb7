// accelspec: the command-line front end of the library. Every command registers itself (with its
// option table) from its own cmd_<name>.cpp; dispatch.hpp does the rest.
//
// Exit status: 0 on success, 2 on bad input or output that cannot be written (one line on stderr
// naming the argument and the problem), 1 on an unexpected internal failure.
#include <iostream>
#include <string_view>
#include <vector>

#include "dispatch.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string_view> all(argv + 1, argv + argc);
  const int status = accelspec::cli::run_command_line(all, std::cin, std::cout, std::cerr);
  // Help, the version, the manual page: output that did not reach its reader is an error too.
  if (status == 0 && !std::cout.flush()) {
    std::cerr << "accelspec: cannot write the output (standard output)\n";
    return 2;
  }
  return status;
}
