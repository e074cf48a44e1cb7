// Fuzz target: the whole command line. The input is split at newlines into arguments (so an
// argument never holds a newline here; the escaping of other control characters is exercised,
// and tests/cli/contract.cpp covers newlines). The arguments run through run_command_line(),
// exactly what main() runs, once as given and once behind every subcommand name, and the error
// contract must hold every time: exit status 0 or 2, and on 2 exactly one line on stderr, starting
// "accelspec". Nothing else may escape (status 1 is an internal error: a finding).
//
// The commands that write files (map --svg, report --html) get "-" as their file, so the fuzzer
// never writes to disk; --csv reads "-", an empty standard input here.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dispatch.hpp"
#include "fuzz_check.hpp"

namespace cli = accelspec::cli;

namespace {

std::size_t count_lines(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += c == '\n' ? 1 : 0;
  return n;
}

void check_contract(const std::vector<std::string_view>& argv) {
  std::istringstream in;
  std::ostringstream out, err;
  const int status = cli::run_command_line(cli::args(argv), in, out, err);
  ACCELSPEC_FUZZ_CHECK(status == 0 || status == 2);
  if (status == 2) {
    const std::string e = err.str();
    ACCELSPEC_FUZZ_CHECK(count_lines(e) == 1);
    ACCELSPEC_FUZZ_CHECK(e.back() == '\n');
    ACCELSPEC_FUZZ_CHECK(e.rfind("accelspec", 0) == 0);
    ACCELSPEC_FUZZ_CHECK(e.size() < 1000);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> argv;
  for (std::size_t start = 0; start <= input.size() && argv.size() < 64;) {
    const std::size_t nl = input.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? input.size() : nl;
    argv.push_back(input.substr(start, end - start));
    start = end + 1;
  }
  if (!argv.empty() && argv.back().empty()) argv.pop_back();  // a trailing newline ends the last argument
  // Never write files: every value of a file option becomes "-".
  std::vector<std::string_view> safe;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string_view a = argv[i];
    if (a.starts_with("--svg") || a.starts_with("--html")) {
      safe.emplace_back(a.starts_with("--svg") ? "--svg" : "--html");
      safe.emplace_back("-");
      if (a.find('=') == std::string_view::npos && i + 1 < argv.size()) ++i;
      continue;
    }
    safe.push_back(a);
  }

  check_contract(safe);  // as given: the first argument is the command (or garbage)
  const auto& registry = cli::registry();
  ACCELSPEC_FUZZ_CHECK(registry.size() >= 10);
  for (const auto& [name, cmd] : registry) {
    std::vector<std::string_view> with_command{name};
    with_command.insert(with_command.end(), safe.begin(), safe.end());
    check_contract(with_command);
  }
  return 0;
}
