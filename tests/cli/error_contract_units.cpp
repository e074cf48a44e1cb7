// The CLI's error contract in-process, without the binary: the top-level handler
// (run_command_line, what main() runs) for each kind of exception, with test-only commands; the
// echo and message limits of the error line; did-you-mean at its length limits; --sparse halving
// in the library. The same contract through the binary: error_contract.cpp.
#include <accelspec/accelspec.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "diagnostics.hpp"
#include "dispatch.hpp"

namespace cli = accelspec::cli;

namespace {
// Test-only commands, registered in this process only, that fail with each kind of exception the
// top-level handler distinguishes.
const cli::registrar library_failure{cli::command{
    .name = "test-library-error",
    .synopsis = "throws accelspec::error",
    .usage = "",
    .description = "",
    .options = {},
    .examples = {},
    .run = [](cli::args, std::ostream&) -> int { ACCELSPEC_FAIL(invalid_argument, "accelspec: a library error"); }}};
const cli::registrar usage_failure{
    cli::command{.name = "test-usage-error",
                 .synopsis = "throws usage_error",
                 .usage = "",
                 .description = "",
                 .options = {},
                 .examples = {},
                 .run = [](cli::args, std::ostream&) -> int { throw cli::usage_error("--x: a usage error"); }}};
const cli::registrar internal_failure{cli::command{
    .name = "test-internal-error",
    .synopsis = "throws std::logic_error",
    .usage = "",
    .description = "",
    .options = {},
    .examples = {},
    .run = [](cli::args, std::ostream&) -> int { throw std::logic_error("a broken invariant\nsecond line"); }}};

struct outcome {
  int status;
  std::string out, err;
};
outcome run_in_process(std::vector<std::string_view> argv) {
  std::istringstream in;
  std::ostringstream out, err;
  const int status = cli::run_command_line(argv, in, out, err);
  return {status, out.str(), err.str()};
}
}  // namespace

TEST_CASE("the top-level handler: library error 2, usage error 2, internal error 1, one line each", "[cli][errors]") {
  const outcome lib = run_in_process({"test-library-error"});
  CHECK(lib.status == 2);
  CHECK(lib.err == "accelspec test-library-error: a library error\n");  // one prefix, the library's removed
  const outcome use = run_in_process({"test-usage-error"});
  CHECK(use.status == 2);
  CHECK(use.err == "accelspec test-usage-error: --x: a usage error\n");
  const outcome internal = run_in_process({"test-internal-error"});
  CHECK(internal.status == 1);
  CHECK(internal.err == "accelspec test-internal-error: internal error: a broken invariant\\nsecond line\n");
  CHECK(lib.out.empty());
  CHECK(internal.out.empty());
}

TEST_CASE("an echoed value is cut after 40 bytes, never inside a UTF-8 sequence; a message after 400",
          "[cli][errors][boundary]") {
  const std::string forty(40, 'v');
  CHECK(cli::quoted(forty) == "'" + forty + "'");
  CHECK(cli::quoted(forty + "w") == "'" + forty + "...' (41 characters)");
  // A two-byte character across the cut is dropped whole.
  const std::string across = std::string(39, 'v') + "\xc3\xa9" + "tail";
  CHECK(cli::shown(across) == std::string(39, 'v') + "...");
  // Control characters are escaped, DEL included; nothing raw below 0x20 survives.
  CHECK(cli::escape_controls("a\nb\rc\td\x01\x7f") == "a\\nb\\rc\\td\\x01\\x7f");
  for (unsigned c = 0; c < 0x20; ++c) {
    const std::string e = cli::escape_controls(std::string(1, static_cast<char>(c)));
    CHECK(e.size() > 1);
    CHECK(e[0] == '\\');
  }
  // The top-level handler keeps a message to one line of at most 400 characters.
  CHECK(cli::one_line(std::string(400, 'm')) == std::string(400, 'm'));
  CHECK(cli::one_line(std::string(401, 'm')) == std::string(397, 'm') + "...");
}

TEST_CASE("did-you-mean at its limits: distance 1 up to 4 characters, 2 up to 8, 3 beyond, nothing past 64",
          "[cli][errors][boundary]") {
  auto suggests = [](const std::string& input, const std::string& target) {
    const std::vector<cli::candidate> c{{target, target}};
    return !cli::suggestions(input, c).empty();
  };
  // Substitutions (no prefix relation): length 4 takes one edit, not two.
  CHECK(suggests("abcx", "abcd"));
  CHECK_FALSE(suggests("abxx", "abcd"));
  // Length 5 takes two, not three; length 8 two; length 9 three, not four.
  CHECK(suggests("abcxx", "abcde"));
  CHECK_FALSE(suggests("abxxx", "abcde"));
  CHECK(suggests("abcdefxx", "abcdefgh"));
  CHECK_FALSE(suggests("abcdexxx", "abcdefgh"));
  CHECK(suggests("abcdefxxx", "abcdefghi"));
  CHECK_FALSE(suggests("abcdexxxx", "abcdefghi"));
  // A transposition is one edit.
  CHECK(suggests("bacd", "abcd"));
  // An input of 3 characters or more that begins a candidate; 2 characters do not.
  CHECK(suggests("abc", "abcdefghijkl"));
  CHECK_FALSE(suggests("ab", "abcdefghijkl"));
  // 64 characters still get a suggestion, 65 none; the empty input none.
  const std::string long64(64, 'a');
  CHECK(suggests(long64.substr(0, 63) + "b", long64));
  CHECK_FALSE(suggests(std::string(65, 'a'), std::string(65, 'a') + "b"));
  CHECK_FALSE(suggests("", "a"));
  // Look-alikes fold: o/0, l/1/i, _/-; case does not count.
  CHECK(suggests("H2OO", "h200"));
  // At most three, the nearest only.
  const std::vector<cli::candidate> many{
      {"abce", "abce"}, {"abcf", "abcf"}, {"abcg", "abcg"}, {"abch", "abch"}, {"abxx", "abxx"}};
  CHECK(cli::suggestions("abcd", many).size() == 3);
  CHECK(cli::did_you_mean("abcd", many) == " (did you mean 'abce', 'abcf' or 'abcg'?)");
  CHECK(cli::did_you_mean("abcd", {{"abce", "abce"}, {"abcf", "abcf"}}) == " (did you mean 'abce' or 'abcf'?)");
}

TEST_CASE("2:4 sparsity halves a count exactly or refuses", "[cli][errors][boundary]") {
  using accelspec::sparse_rate;
  using accelspec::sparsity;
  CHECK(accelspec::dense_from_sparse(sparse_rate::from_count(2), sparsity::structured_2_4).count() == 1);
  CHECK(accelspec::dense_from_sparse(sparse_rate::from_count(1'000'002), sparsity::structured_2_4).count() == 500'001);
  for (const std::int64_t odd :
       {std::int64_t{1}, std::int64_t{3}, std::int64_t{1'000'001}, std::int64_t{9'223'372'036'854'775'807}}) {
    INFO(odd);
    CHECK_THROWS_AS(accelspec::dense_from_sparse(sparse_rate::from_count(odd), sparsity::structured_2_4),
                    accelspec::error);
  }
}
