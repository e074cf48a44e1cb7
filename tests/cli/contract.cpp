// The command line's contract, for every command: help (help CMD, CMD --help, CMD -h), and on bad
// input exit status 2 with exactly one line on stderr, "accelspec CMD: ...", naming the option,
// never echoing more than about 40 characters of a value or a raw control character.
#include <string>
#include <vector>

#include "catch.hpp"
#include "run_cli.hpp"

using accelspec::test::run_cli;

namespace {

const std::vector<std::string> commands{"assess",   "catalog", "classify", "demo", "hbm",
                                        "headroom", "map",     "report",   "show", "timeline"};

std::size_t lines(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += c == '\n' ? 1 : 0;
  return n;
}

// Runs `args` and checks the error contract; returns stderr.
std::string one_line_error(const std::string& args) {
  INFO(args);
  const auto r = run_cli(args);
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(lines(r.err) == 1);
  CHECK(r.err.back() == '\n');
  CHECK(r.err.rfind("accelspec", 0) == 0);
  CHECK(r.err.find("accelspec: accelspec") == std::string::npos);
  CHECK(r.err.find(": accelspec: ") == std::string::npos);  // no doubled prefix
  CHECK(r.err.size() < 400);
  return r.err;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("every command has help: help CMD, CMD --help and CMD -h agree", "[cli][help]") {
  for (const std::string& c : commands) {
    INFO(c);
    const auto a = run_cli("help " + c);
    const auto b = run_cli(c + " --help");
    const auto h = run_cli(c + " -h");
    REQUIRE(a.status == 0);
    CHECK(b.status == 0);
    CHECK(h.status == 0);
    CHECK(a.err.empty());
    CHECK(a.out == b.out);
    CHECK(a.out == h.out);
    CHECK(a.out.rfind("usage: accelspec " + c, 0) == 0);
    CHECK(has(a.out, "\noptions:\n"));
    CHECK(has(a.out, "  -h, --help"));
    CHECK(has(a.out, "\nexamples:\n  accelspec "));
    // Two examples, each a command line of this command.
    const std::size_t ex = a.out.find("\nexamples:\n");
    const std::string examples = a.out.substr(ex + 11, a.out.find("\n\n", ex + 11) - ex - 11);
    CHECK(lines(examples + "\n") == 2);
    CHECK(has(examples, "accelspec " + c));
    // Help after other options still wins, and needs no valid arguments.
    CHECK(run_cli(c + " --json --help").status == (c == "demo" || c == "map" || c == "report" ? 2 : 0));
  }
  const auto general = run_cli("--help");
  REQUIRE(general.status == 0);
  for (const std::string& c : commands) CHECK(has(general.out, "\n  " + c + " "));
  CHECK_FALSE(has(general.out, "docs/cli.md"));  // the binary's help stands on its own
  CHECK(run_cli("help").out == general.out);
  one_line_error("help clasify");
}

TEST_CASE("help documents every option with its default", "[cli][help]") {
  const auto c = run_cli("help classify");
  for (const char* o : {"--chip ID", "--dense FORMAT=TERAOPS", "--sparse FORMAT=TERAOPS", "--die MM2[:planar]",
                        "--market MARKET", "--io-bandwidth GBPS", "--dram-bandwidth GBPS", "--rule RULE",
                        "--date YYYY-MM-DD", "--tf32-bits BITS", "--json", "--csv FILE", "--output-csv"}) {
    INFO(o);
    CHECK(has(c.out, "\n  " + std::string(o) + " "));
  }
  CHECK(has(c.out, "(default: datacenter)"));
  // Help is wrapped at 100 columns: the sentence is read with its line breaks and indents as spaces.
  std::string flat;
  for (const char ch : c.out) {
    const bool space = ch == ' ' || ch == '\n';
    if (!(space && !flat.empty() && flat.back() == ' ')) flat += space ? ' ' : ch;
  }
  CHECK(has(flat, "(default: both readings: where they give different answers, the answer is undecided"));
  const auto a = run_cli("help assess");
  for (const char* o : {"--destination CC", "--headquarters CC", "--us-available yes|no", "--tf32-bits BITS",
                        "--system N", "--reexport", "--csv FILE"}) {
    INFO(o);
    CHECK(has(a.out, "\n  " + std::string(o) + " "));
  }
}

TEST_CASE("the man page and the bash completion come from the same tables", "[cli][help]") {
  const auto man = run_cli("--man");
  REQUIRE(man.status == 0);
  CHECK(man.out.rfind(".TH ACCELSPEC 1 ", 0) == 0);
  for (const std::string& c : commands) CHECK(has(man.out, "\n.SS " + c + "\n"));
  CHECK(has(man.out, "\\-\\-destination"));
  const auto bash = run_cli("--bash-completion");
  REQUIRE(bash.status == 0);
  CHECK(has(bash.out, "complete -F _accelspec accelspec"));
  for (const char* w :
       {"nvidia-h20", "fp8_e4m3", " CN ", "3a090-2022", "classify:--chip)", "assess:--destination)", "map:--svg)"}) {
    INFO(w);
    CHECK(has(bash.out, w));
  }
}

TEST_CASE("near misses get suggestions", "[cli][errors]") {
  CHECK(has(one_line_error("clasify --chip h20"), "unknown command 'clasify' (did you mean 'classify'?)"));
  CHECK(has(one_line_error("classify --chip h2OO"), "(did you mean 'nvidia-h200-sxm'?)"));
  CHECK(has(one_line_error("classify --chip mi300"), "did you mean 'amd-mi300x' or 'amd-mi300a'?"));
  CHECK(has(one_line_error("show nvidia-h200-sxm5"), "(did you mean 'nvidia-h200-sxm'?)"));
  CHECK(has(one_line_error("classify --dense fp61=3"), "did you mean 'fp64'"));
  CHECK(has(one_line_error("classify --dnese fp16=1"), "--dnese: unknown option (did you mean '--dense'?)"));
  CHECK(has(one_line_error("assess --chip h20 --destination CHN"), "did you mean 'CH', 'CN' or 'HN'?"));
  CHECK(has(one_line_error("classify --chip h20 --market datacentre"), "did you mean 'datacenter'?"));
  CHECK(has(one_line_error("classify --chip h20 --rule 3a090-2033"), "did you mean '3a090-2023'?"));
  CHECK(has(one_line_error("classify h20"), "unexpected argument 'h20' (did you mean '--chip h20'?)"));
  CHECK(has(one_line_error("catalog json"), "(did you mean '--json'?)"));
  // Nothing close: no suggestion.
  CHECK_FALSE(has(one_line_error("classify --chip zzzzzzzz"), "did you mean"));
}

TEST_CASE("every command takes --chip where it takes a chip; repeated options are errors", "[cli][errors]") {
  for (const char* args :
       {"classify --chip h20", "assess --chip h20 --destination CN --date 2026-02-01",
        "timeline --chip h20 --destination CN", "show --chip h20", "headroom --chip h20", "catalog --chip h20"}) {
    INFO(args);
    const auto r = run_cli(args);
    CHECK(r.status == 0);
    CHECK((has(r.out, "NVIDIA H20") || has(r.out, "nvidia-h20 ")));
  }
  CHECK(has(one_line_error("headroom --chip h2O"), "(did you mean 'nvidia-h20'?)"));
  const auto show = run_cli("show --chip h20");
  REQUIRE(show.status == 0);
  CHECK(show.out == run_cli("show h20").out);
  CHECK(has(one_line_error("classify --chip h20 --chip h100"), "--chip: given more than once"));
  CHECK(has(one_line_error("show h20 --chip h100"), "--chip: give one chip"));
  CHECK(has(one_line_error("assess --chip h20 --destination CN --destination AE"),
            "--destination: given more than once"));
  CHECK(has(one_line_error("classify --chip h20 --date 2024-01-01 --date 2025-01-01"), "--date: given more than once"));
  // Repeatable options add up (a second processing unit), so they are not errors.
  CHECK(run_cli("classify --dense fp16=1 --dense fp16=2").status == 0);
}

TEST_CASE("--rule with --date is the same error in every command", "[cli][errors]") {
  for (const char* args : {"classify --chip h20", "headroom --die 814", "map --svg -", "report --html -"}) {
    INFO(args);
    CHECK(has(one_line_error(std::string(args) + " --rule 3a090-2022 --date 2024-01-01"),
              ": --rule: --rule and --date are exclusive"));
  }
}

TEST_CASE("errors stay one line and short, whatever the input", "[cli][errors]") {
  // A newline in a value, other control characters, a 5,000-digit value.
  const std::string nl = one_line_error("classify --dense \"$(printf 'fp16=1\\n2')\"");
  CHECK(has(nl, "'1\\n2'"));
  CHECK(has(one_line_error("classify --dense \"$(printf 'fp16=\\033[31m')\""), "\\x1b"));
  const std::string big = one_line_error("classify --dense fp16=" + std::string(5000, '9'));
  CHECK(has(big, "...' (5000 characters)"));
  CHECK(big.size() < 200);
  CHECK(one_line_error("classify --chip " + std::string(3000, 'x')).size() < 300);
  CHECK(one_line_error("classify --" + std::string(3000, 'x')).size() < 300);
  one_line_error("assess --destination \"$(printf 'C\\nN')\" --chip h20");
  // The real cause: too large (not "more decimal places"), an exponent out of range (not malformed).
  CHECK(has(one_line_error("classify --dense fp16=9223372036854.775808"), "(value too large)"));
  CHECK(has(one_line_error("classify --dense fp16=922337203685.4775807"), "(more decimal places"));
  CHECK(has(one_line_error("classify --dense fp16=9223372036854.7758071"), "(value too large)"));
  CHECK(has(one_line_error("classify --dense fp16=1e401"), "(exponent out of range, beyond 400 either way)"));
  CHECK(has(one_line_error("classify --dense fp16=1e+99999999"), "(exponent out of range, beyond 400 either way)"));
  CHECK(has(one_line_error("classify --dense fp16=1e"), "(malformed exponent, no digits after 'e')"));
  CHECK(has(one_line_error("headroom --tpp 123456789012345678901"), "(value too large)"));
  // A library error names the option, with one prefix.
  for (const char* command : {"classify", "assess --destination CN", "timeline --destination CN"}) {
    const std::string overflow = one_line_error(std::string(command) + " --dense fp16=999999999999");
    CHECK(overflow.find(": --dense: '999999999999' is too large for an exact TPP") != std::string::npos);
  }
}

TEST_CASE("every command: bad input is one line", "[cli][errors]") {
  for (const std::string& c : commands) {
    INFO(c);
    CHECK(has(one_line_error(c + " --no-such-option"), "accelspec " + c + ": --no-such-option: unknown option"));
    one_line_error(c + " --json=1 --json=2 --nope");
    one_line_error(c + " stray words here");
    one_line_error(c + " \"$(printf '\\001\\002')\"");
  }
  for (const char* args :
       {"classify", "assess --chip h20", "timeline --destination CN", "hbm --area 1", "headroom", "map", "report",
        "show", "show h20 h100", "assess --chip h20 --destination CN --system 0", "headroom --die 814 --tpp 1",
        "hbm --bandwidth x --area 1", "classify --csv /nonexistent/file.csv", "classify --chip h20 --output-csv"}) {
    one_line_error(args);
  }
}
