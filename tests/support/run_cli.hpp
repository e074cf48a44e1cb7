// Runs the accelspec CLI binary as a user would and captures exit status, stdout and stderr.
#pragma once

#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace accelspec::test {

struct cli_result {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// `arguments` is appended to the binary path as shell words (tests quote what needs quoting).
inline cli_result run_cli(const std::string& arguments) {
  // The process id keeps two test programs of one folder, run in parallel by ctest -j, apart.
  static int counter = 0;
  const std::string err_path = std::string(ACCELSPEC_TEST_TMPDIR) + "/cli_stderr_" + std::to_string(getpid()) + "_" +
                               std::to_string(++counter) + ".txt";
  const std::string command = std::string("\"") + ACCELSPEC_CLI_PATH + "\" " + arguments + " 2>\"" + err_path + "\"";
  cli_result r;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.err = read_file(err_path);
  std::remove(err_path.c_str());
  return r;
}

}  // namespace accelspec::test
