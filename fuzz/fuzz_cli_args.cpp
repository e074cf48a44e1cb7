// Fuzz target: command-line argument handling. The input is split at newlines into arguments.
// They go (1) straight through arg_reader and spec_builder, the readers every spec-taking command
// shares, and (2) through the real registered commands that only compute (classify, and assess
// once it exists), exactly as main.cpp dispatches them. Bad input must end in usage_error or
// accelspec::error (exit status 2 in the CLI); anything else escaping is a crash.
#include <array>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <accelspec/io.hpp>

#include "cli_support.hpp"
#include "fuzz_check.hpp"

namespace as = accelspec;
namespace cli = accelspec::cli;

namespace {

// Commands that read only their arguments and write only to `out`.
constexpr std::array<std::string_view, 2> pure_commands{"classify", "assess"};

void through_readers(cli::args a) {
  cli::arg_reader in(a);
  cli::spec_builder spec;
  try {
    while (const auto flag = in.next()) {
      if (spec.consume(*flag, in)) continue;
      if (*flag == "--date") {
        (void)cli::parse_date_option(*flag, in.value());
      } else if (*flag == "--rule") {
        (void)cli::parse_rule_option(*flag, in.value());
      } else if (*flag == "--format") {
        (void)cli::parse_format(*flag, in.value());
      } else if (*flag == "--json") {
        in.no_value();
      } else {
        cli::unknown_option(*flag);
      }
    }
    const as::accelerator& chip = spec.chip();
    ACCELSPEC_FUZZ_CHECK(spec.has_compute() == !chip.compute.empty());
    if (spec.has_compute()) {
      for (const as::rule* r : as::rules::all) {
        const as::determination d = as::classify(chip, *r);
        ACCELSPEC_FUZZ_CHECK(!as::io::to_json(d).empty());
        ACCELSPEC_FUZZ_CHECK(!as::io::explain(d).empty());
      }
    }
  } catch (const cli::usage_error& e) {
    ACCELSPEC_FUZZ_CHECK(*e.what() != '\0');
  } catch (const as::error& e) {
    ACCELSPEC_FUZZ_CHECK(*e.what() != '\0');
  }
}

void through_command(const cli::command& cmd, cli::args a) {
  std::ostringstream out;
  try {
    const int status = cmd.run(a, out);
    ACCELSPEC_FUZZ_CHECK(status == 0 || status == 2);
  } catch (const cli::usage_error& e) {
    ACCELSPEC_FUZZ_CHECK(*e.what() != '\0');
  } catch (const as::error& e) {
    ACCELSPEC_FUZZ_CHECK(*e.what() != '\0');
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
  const cli::args a(argv);

  through_readers(a);
  const auto& registry = cli::registry();
  ACCELSPEC_FUZZ_CHECK(registry.contains("classify"));
  for (const std::string_view name : pure_commands) {
    if (const auto it = registry.find(name); it != registry.end()) through_command(it->second, a);
  }
  return 0;
}
