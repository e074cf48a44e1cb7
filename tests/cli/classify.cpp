// The accelspec binary run as a user would: JSON contract, exactness, and bad input.
#include <string>

#include "catch.hpp"
#include "run_cli.hpp"

using accelspec::test::run_cli;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
int lines(const std::string& s) {
  int n = 0;
  for (const char c : s) n += c == '\n' ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("classify --json: the rule's worked example lands exactly on 4800", "[cli]") {
  const auto r = run_cli("classify --dense int8=600 --json");
  REQUIRE(r.status == 0);
  CHECK(contains(r.out, "\"tpp\":4800,"));
  CHECK(contains(r.out, "\"eccn\":\"3A090.a\""));
  CHECK(contains(r.out, "\"clauses\":[\"3A090.a.1\"]"));
  CHECK(contains(r.out, "\"undecided_clauses\":[\"3A090.a.2\"]"));
  CHECK(contains(r.out, "\"rule\":\"3a090-2023\""));
  const auto fp16 = run_cli("classify --dense fp16=300 --json");
  CHECK(contains(fp16.out, "\"tpp\":4800,"));
  const auto below = run_cli("classify --dense int8=599.999999 --die 10000 --json");
  CHECK(contains(below.out, "\"tpp\":4799.999992,"));
  CHECK(contains(below.out, "\"eccn\":\"none\""));
}

TEST_CASE("classify: H20 outside 3A090", "[cli]") {
  const auto r = run_cli("classify --dense fp16=148 --dense fp8=296 --die 814 --json");
  REQUIRE(r.status == 0);
  CHECK(contains(r.out, "\"tpp\":2368,"));
  CHECK(contains(r.out, "\"applicable_die_area_mm2\":814,"));
  CHECK(contains(r.out, "\"performance_density\":2.909090909,"));
  CHECK(contains(r.out, "\"eccn\":\"none\""));
  CHECK(contains(r.out, "TPP 2,368 < 2,400: 3A090.b.1 not met"));
  const auto text = run_cli("classify --dense fp16=148 --dense fp8=296 --die 814");
  CHECK(contains(text.out, "Result: not described by 3A090.a or 3A090.b"));
}

TEST_CASE("classify: A800 under both texts, by rule and by date", "[cli]") {
  const std::string a800 = "classify --dense int8=624 --dense fp16=312 --die 826 --io-bandwidth 400 --json";
  CHECK(contains(run_cli(a800 + " --rule 3a090-2022").out, "\"eccn\":\"none\""));
  CHECK(contains(run_cli(a800 + " --rule 3a090-2023").out, "\"eccn\":\"3A090.a\""));
  CHECK(contains(run_cli(a800 + " --date 2023-11-16").out, "\"rule\":\"3a090-2022\""));
  CHECK(contains(run_cli(a800 + " --date 2023-11-17").out, "\"eccn\":\"3A090.a\""));
  // --rule and --date are exclusive in every command (docs/cli.md).
  const auto both = run_cli(a800 + " --date 2026-01-15 --rule 3a090-2022");
  CHECK(both.status == 2);
  CHECK(contains(both.err, "--rule and --date are exclusive"));
  // Before the first rule: none, and no rule.
  const auto early = run_cli(a800 + " --date 2022-10-06");
  CHECK(contains(early.out, "\"rule\":null"));
  CHECK(contains(early.out, "\"eccn\":\"none\""));
}

TEST_CASE("classify: L4 through a.2 alone; the non-datacenter note", "[cli]") {
  const auto l4 = run_cli("classify --dense fp8=242.5 --die 294.5 --json");
  CHECK(contains(l4.out, "\"eccn\":\"3A090.a\""));
  CHECK(contains(l4.out, "\"clauses\":[\"3A090.a.2\"]"));
  const auto d4090 = run_cli("classify --dense fp8=588.4 --die 608.5 --market other --json");
  CHECK(contains(d4090.out, "\"eccn\":\"none\""));
  CHECK(contains(d4090.out, "\"non_datacenter_note\":true"));
  const auto r4090 = run_cli("classify --dense fp8=660.6 --die 608.5 --market other --json");
  CHECK(contains(r4090.out, "\"eccn\":\"3A090.a\""));
  CHECK(contains(r4090.out, "\"nac_aca\":true"));
}

TEST_CASE("classify: exact decimals and units", "[cli]") {
  // 514.3 x 8 / 695 is exactly 5.92 (binary floating point gives 5.919999999999999).
  const auto r = run_cli("classify --dense int8=514.3 --die 695 --json");
  CHECK(contains(r.out, "\"performance_density\":5.92,"));
  CHECK(contains(r.out, "\"clauses\":[\"3A090.a.2\"]"));
  // Repeated rates of one format are separate processing units and add up; a sparse headline is halved.
  const auto units = run_cli("classify --dense fp16=100 --dense fp16=50 --json");
  CHECK(contains(units.out, "\"tpp\":2400,"));
  const auto sparse = run_cli("classify --sparse fp8=3957.8 --die 814 --json");
  CHECK(contains(sparse.out, "\"tpp\":15831.2,"));
  // Planar dies do not count toward the applicable area.
  const auto planar = run_cli("classify --dense fp16=100 --die 100 --die 400:planar --json");
  CHECK(contains(planar.out, "\"applicable_die_area_mm2\":100,"));
  const auto tf32 = run_cli("classify --dense tf32=667 --dense bf16=667 --tf32-bits 19 --json");
  CHECK(contains(tf32.out, "\"tpp\":12673,"));
}

TEST_CASE("classify: TF32 read both ways unless --tf32-bits chooses", "[cli][tf32]") {
  // 150 x 32 = 4800 (3A090.a.1) against 150 x 19 = 2850 on 1000 mm² (3A090.b.1).
  const auto both = run_cli("classify --dense tf32=150 --dense fp16=150 --die 1000 --json");
  CHECK(both.status == 0);
  CHECK(contains(both.out, "\"eccn\":\"undecided\","));
  CHECK(contains(both.out, "\"undecided_clauses\":[\"3A090.a.1\",\"3A090.b.1\"]"));
  CHECK(contains(both.out, "\"tf32_readings\":[{\"tf32_bits\":32,\"eccn\":\"3A090.a\",\"clauses\":[\"3A090.a.1\"],"));
  CHECK(contains(both.out, "{\"tf32_bits\":19,\"eccn\":\"3A090.b\",\"clauses\":[\"3A090.b.1\"],"));
  const auto text = run_cli("classify --dense tf32=150 --dense fp16=150 --die 1000");
  CHECK(contains(text.out, "Result: undecided, the answer depends on the bit length of TF32."));
  CHECK(contains(text.out, "as 32 bits, TPP 4,800, 3A090.a (a.1); as 19 bits, TPP 2,850, 3A090.b (b.1)"));
  const auto as32 = run_cli("classify --dense tf32=150 --dense fp16=150 --die 1000 --tf32-bits 32 --json");
  CHECK(contains(as32.out, "\"eccn\":\"3A090.a\","));
  CHECK(contains(as32.out, "\"tf32_readings\":[]"));
  const auto as19 = run_cli("classify --dense tf32=150 --dense fp16=150 --die 1000 --tf32-bits 19 --json");
  CHECK(contains(as19.out, "\"eccn\":\"3A090.b\","));
  CHECK(contains(as19.out, "\"tf32_readings\":[]"));
  // Just below the line (one count: 149.999999 TFLOPS) both readings give .b; only b.2 differs.
  const auto below = run_cli("classify --dense tf32=149.999999 --dense fp16=150 --die 1000 --json");
  CHECK(contains(below.out, "\"eccn\":\"3A090.b\","));
  CHECK(contains(below.out, "\"undecided_clauses\":[\"3A090.b.2\"]"));
  // Where the readings agree, nothing is added.
  const auto agree = run_cli("classify --dense tf32=100 --dense fp16=310 --die 600 --json");
  CHECK(contains(agree.out, "\"eccn\":\"3A090.a\","));
  CHECK(contains(agree.out, "\"tf32_readings\":[]"));
}

TEST_CASE("classify: bad input exits 2 with one line naming the problem", "[cli]") {
  struct bad_case {
    const char* args;
    const char* message;
  };
  const bad_case cases[] = {
      {"classify --dense fp9=100", "--dense: unknown number format 'fp9'"},
      {"classify --dense fp16", "--dense: expected FORMAT=TERAOPS, got 'fp16'"},
      {"classify --dense fp16=abc", "--dense: 'abc' is not a valid number"},
      {"classify --dense fp16=-5", "--dense: '-5' is not a valid number (negative value)"},
      {"classify --dense fp16=0", "--dense: value must be positive"},
      {"classify --dense fp16=0.0000001", "more decimal places than can be held exactly"},
      {"classify --dense fp16=1e400", "value too large"},
      {"classify --dense fp16=1e", "malformed exponent"},
      {"classify --dense fp16=100 --die 0", "--die: value must be positive"},
      {"classify --dense fp16=100 --die -3", "--die: '-3' is not a valid number"},
      {"classify --dense fp16=100 --die 100:finfet", "--die: unknown die suffix 'finfet' (only ':planar')"},
      {"classify --dense fp16=100 --market gaming", "--market: unknown market 'gaming'"},
      {"classify --dense fp16=100 --date 2023-02-30", "--date: '2023-02-30' is not a valid date"},
      {"classify --dense fp16=100 --date yesterday", "--date: 'yesterday' is not a valid date"},
      {"classify --dense fp16=100 --rule 3a090-2024", "--rule: unknown rule '3a090-2024'"},
      {"classify --dense fp16=100 --date", "--date: missing value"},
      {"classify --dense", "--dense: missing value"},
      {"classify --dense fp16=100 --json=yes", "--json: takes no value"},
      {"classify --dense fp16=100 --colour", "accelspec classify: --colour: unknown option"},
      {"classify --dense fp16=100 --tf32-bits 16", "--tf32-bits: must be 32 or 19"},
      {"classify", "nothing to classify"},
      {"classify --market other", "nothing to classify"},
      {"frobnicate", "unknown command 'frobnicate'"},
      {"", "missing command"},
  };
  for (const bad_case& c : cases) {
    INFO(c.args);
    const auto r = run_cli(c.args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
    CHECK(contains(r.err, c.message));
  }
}

TEST_CASE("demo prints the table", "[cli]") {
  const auto r = run_cli("demo");
  REQUIRE(r.status == 0);
  // One row per catalog chip: the A800 escaped the 2022 text and is 3A090.a under the 2023 text.
  CHECK(contains(r.out, "nvidia-h20 "));
  CHECK(contains(r.out, "nvidia-a800-sxm "));
  const std::size_t a800 = r.out.find("nvidia-a800-sxm ");
  REQUIRE(a800 != std::string::npos);
  const std::string row = r.out.substr(a800, r.out.find('\n', a800) - a800);
  CHECK(contains(row, "none"));
  CHECK(contains(row, "3A090.a (a.1, a.2)"));
}
