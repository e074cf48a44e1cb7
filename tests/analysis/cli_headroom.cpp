// accelspec headroom, run as a user would: the H20's die, the JSON contract, the inverse and bad input.
#include <string>

#include "catch.hpp"
#include "run_cli.hpp"

using accelspec::test::run_cli;

TEST_CASE("headroom of an 814 mm² datacenter die is 2,400", "[analysis][cli]") {
  const auto r = run_cli("headroom --die 814 --market datacenter --json");
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("\"tpp_limit\":2400,") != std::string::npos);
  CHECK(r.out.find("\"binding_clause\":\"3A090.b.1\"") != std::string::npos);
  CHECK(r.out.find("\"max_dense_teraops\":{\"fp64\":37.499999,") != std::string::npos);
  CHECK(r.out.find("\"fp8\":299.999999") != std::string::npos);
  CHECK(r.out.find("\"int8\":299.999999") != std::string::npos);
  const auto text = run_cli("headroom --die 814");
  REQUIRE(text.status == 0);
  CHECK(text.out.find("while TPP < 2,400") != std::string::npos);
  CHECK(text.out.find("meets 3A090.b.1") != std::string::npos);
}

TEST_CASE("headroom --chip takes the catalog chip's die area, market and I/O", "[analysis][cli]") {
  const auto h20 = run_cli("headroom --chip nvidia-h20 --json");
  REQUIRE(h20.status == 0);
  CHECK(h20.out.rfind("{\"chip\":{\"id\":\"nvidia-h20\",\"name\":\"NVIDIA H20\"},", 0) == 0);
  CHECK(h20.out.find("\"applicable_die_area_mm2\":814,") != std::string::npos);
  CHECK(h20.out.find("\"tpp_limit\":2400,") != std::string::npos);
  // The RTX 4090D is not for datacenters: the note's bound applies.
  CHECK(run_cli("headroom --chip rtx-4090d --json").out.find("\"market\":\"other\"") != std::string::npos);
  CHECK(run_cli("headroom --chip nvidia-h20 --die 814").status == 2);
  CHECK(run_cli("headroom --chip nvidia-h20 --market other").status == 2);
  const auto unknown = run_cli("headroom --chip cambricon-mlu370-x8");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("--chip: the applicable die area of cambricon-mlu370-x8 is not known") != std::string::npos);
  CHECK(run_cli("headroom --die 814 --json").out.rfind("{\"chip\":null,", 0) == 0);
}

TEST_CASE("headroom follows the staircase, the market and the rule", "[analysis][cli]") {
  CHECK(run_cli("headroom --die 600 --json").out.find("\"tpp_limit\":1920,") != std::string::npos);
  CHECK(run_cli("headroom --die 600.000001 --json").out.find("\"tpp_limit\":1920.0000032,") != std::string::npos);
  CHECK(run_cli("headroom --die 2000 --json").out.find("\"tpp_limit\":3200,") != std::string::npos);
  CHECK(run_cli("headroom --die 400 --json").out.find("\"binding_clause\":\"3A090.b.2\"") != std::string::npos);
  CHECK(run_cli("headroom --die 608.5 --market other --json").out.find("\"tpp_limit\":4800,") != std::string::npos);
  CHECK(run_cli("headroom --die 814 --date 2023-06-01 --json").out.find("\"tpp_limit\":4800,") != std::string::npos);
  const auto a800 = run_cli("headroom --die 826 --rule 3a090-2022 --io-bandwidth 400 --json");
  REQUIRE(a800.status == 0);
  CHECK(a800.out.find("\"bounded\":false") != std::string::npos);
  CHECK(a800.out.find("\"tpp_limit\":null") != std::string::npos);
  CHECK(run_cli("headroom --die 814 --date 2021-01-01 --json").out.find("\"rule\":null") != std::string::npos);
}

TEST_CASE("headroom --tpp gives the smallest die area", "[analysis][cli]") {
  const auto both = run_cli("headroom --tpp 2368 --json");
  REQUIRE(both.status == 0);
  CHECK(both.out.find("\"min_area_mm2_exclusive\":740,") != std::string::npos);
  CHECK(both.out.find("\"smallest_area_mm2\":740.000001") != std::string::npos);
  CHECK(run_cli("headroom --tpp 2368 --outside a --json").out.find("\"min_area_mm2_exclusive\":400,") !=
        std::string::npos);
  CHECK(run_cli("headroom --tpp 4800 --json").out.find("\"result\":\"no_area\"") != std::string::npos);
  CHECK(run_cli("headroom --tpp 1500").out.find("Any applicable die area") != std::string::npos);
}

TEST_CASE("headroom rejects bad input with one line and status 2", "[analysis][cli]") {
  for (const char* bad :
       {"headroom", "headroom --die", "headroom --die abc", "headroom --die -5", "headroom --die 814 --market moon",
        "headroom --die 814 --rule 3a090-1999", "headroom --die 814 --date 2024-02-30", "headroom --die 814 --tpp 100",
        "headroom --die 814 --rule 3a090-2023 --date 2024-01-01", "headroom --tpp 1.0000001",
        "headroom --tpp 100 --outside c", "headroom --die 814 --json=yes", "headroom --frobnicate"}) {
    INFO(bad);
    const auto r = run_cli(bad);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    // Exactly one line, with the command's prefix (an empty stderr fails here too).
    REQUIRE_FALSE(r.err.empty());
    CHECK(r.err.find('\n') == r.err.size() - 1);
    CHECK(r.err.rfind("accelspec headroom: ", 0) == 0);
  }
}
