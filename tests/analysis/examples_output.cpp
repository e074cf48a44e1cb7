// The worked examples run and print the numbers their comments teach. Each check would fail if the
// library's answer (or the example) changed.
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "catch.hpp"

namespace {

struct run_result {
  int status = -1;
  std::string out;
};

run_result run(const char* path) {
  run_result r;
  FILE* pipe = popen((std::string("\"") + path + "\"").c_str(), "r");
  if (pipe == nullptr) return r;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

void require_lines(const char* path, std::initializer_list<const char*> expected) {
  const run_result r = run(path);
  REQUIRE(r.status == 0);
  for (const char* line : expected) {
    INFO("expected: " << line << "\noutput:\n" << r.out);
    CHECK(r.out.find(line) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("example a800_story", "[analysis][examples]") {
  require_lines(ACCELSPEC_EXAMPLE_A800_STORY,
                {"NVIDIA A100 SXM: TPP 4,992, NVLink I/O 600 GB/s\n  87 FR 62186 (3a090-2022): 3A090.a\n",
                 "NVIDIA A800 SXM: TPP 4,992, NVLink I/O 400 GB/s\n  87 FR 62186 (3a090-2022): outside 3A090\n",
                 "aggregate bidirectional I/O 400 GB/s < 600 GB/s: 3A090.a.1 not met",
                 "  88 FR 73458 (3a090-2023): 3A090.a\n    - TPP 4,992 >= 4,800: 3A090.a.1 met",
                 "A800 on 2023-11-16: outside 3A090; on 2023-11-17: 3A090.a\n"});
}

TEST_CASE("example h20_sizing", "[analysis][examples]") {
  require_lines(
      ACCELSPEC_EXAMPLE_H20_SIZING,
      {"TPP bound: below 2,400 (at exactly 2,400 the chip meets 3A090.b.1)\n",
       "fp8 299.999999 TOPS; int8 299.999999 TOPS; fp16 149.999999 TOPS",
       "NVIDIA H20: FP8 296 TOPS, TPP 2,368, density ~2.909 -> fits under the bound with 32 TPP to spare\n",
       "Classifier agrees: none\n", "  600 mm²: TPP < 1,920 (3A090.b.2)\n", "  2,000 mm²: TPP < 3,200 (3A090.b.1)\n",
       "  3,000 mm²: TPP < 4,800 (3A090.a.1)\n", "Smallest die for TPP 2,368: more than 740 mm²"});
}

TEST_CASE("example rtx4090_vs_4090d", "[analysis][examples]") {
  require_lines(ACCELSPEC_EXAMPLE_RTX4090_VS_4090D,
                {"NVIDIA GeForce RTX 4090 (other): TPP 5,284.8, density ~8.684 -> 3A090.a (3A090.a.1, 3A090.a.2), "
                 "NAC/ACA may apply\n",
                 "NVIDIA GeForce RTX 4090D (other): TPP 4,707.2, density ~7.735 -> outside 3A090\n",
                 "(datacenter): TPP 4,707.2, density ~7.735 -> 3A090.a (3A090.a.2)\n",
                 "Non-datacenter headroom of a 608.5 mm² die: TPP < 4,800, FP8 up to 599.999999 TOPS",
                 "RTX 4090D FP16 294.2 TOPS is within that budget\n"});
}

TEST_CASE("example compile_time_gate", "[analysis][examples]") {
  require_lines(ACCELSPEC_EXAMPLE_COMPILE_TIME_GATE, {"shipping: NVIDIA H20\n", "shipping: NVIDIA GeForce RTX 4090D\n",
                                                      "shipping: next design (814 mm², FP8 299 TOPS)\n"});
}

TEST_CASE("example h200_vs_h100_llm", "[analysis][examples]") {
  require_lines(ACCELSPEC_EXAMPLE_H200_VS_H100_LLM,
                {"H100 SXM: weights 140 GB in 80 GB -> does not fit (2 GPUs for the weights); decode <= ~23.9 "
                 "tokens/s; prefill <= ~7,067 tokens/s",
                 "H200 SXM: weights 140 GB in 141 GB -> fits on one GPU (1 GPU for the weights); decode <= ~34.2 "
                 "tokens/s; prefill <= ~7,067 tokens/s",
                 "H100 SXM: weights 70 GB in 80 GB -> fits on one GPU (1 GPU for the weights); decode <= ~47.8",
                 "H200 SXM: weights 70 GB in 141 GB -> fits on one GPU (1 GPU for the weights); decode <= ~68.5",
                 "H200/H100 decode bound: ~1.432x",
                 "H200 BF16 at 1 op/B: 4.8 TOPS of 989.4 TOPS attainable (memory "
                 "bound)\n"});
}

TEST_CASE("example server_8gpu", "[analysis][examples]") {
  require_lines(ACCELSPEC_EXAMPLE_SERVER_8GPU,
                {"One H20: TPP 2,368; eight of them: 18,944 in total",
                 "7 x H20 + 1 x H100: ICs are 3A090.a (decided by NVIDIA H100 SXM5 80GB)\n",
                 "HGX H100 8-GPU to CN on 2024-06-01: 4A090.a, license required (presumption of denial)\n",
                 "HGX H20 8-GPU to CN on 2024-06-01: none, license not required\n",
                 "7 x H20 + 1 x H100 to CN on 2024-06-01: 4A090.a, license required"});
}
