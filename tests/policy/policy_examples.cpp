// The examples print the story from the library's answers; these checks keep them from rotting.
#include <cstdio>
#include <string>

#include "catch.hpp"

namespace {

std::string run(const char* path) {
  std::string out;
  FILE* pipe = popen(path, "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  CHECK(pclose(pipe) == 0);
  return out;
}
bool has(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

TEST_CASE("examples/h200_china tells the story", "[policy][examples]") {
  const std::string out = run(H200_CHINA_PATH);
  CHECK(has(out, "NVIDIA H200 SXM: TPP 15,831.2, total DRAM bandwidth 4,800 GB/s, announced 2023-11-13"));
  // 2022: the letter, then the rule, and the A800 cut under the 2022 text's 600 GB/s.
  CHECK(has(out,
            "== 2022-09-15: A100 to China (the letter of 2022-08-26) ==\nECCN none; license required; "
            "review: not public\n  measure nvidia-notice-2022"));
  CHECK(has(out,
            "== 2023-01-15: H100 to China (the October 2022 rule) ==\nECCN 3A090.a; license required; review: "
            "presumption of denial"));
  CHECK(has(out,
            "== 2023-01-15: A800 to China (400 GB/s NVLink, under the 2022 text) ==\nECCN none; license not "
            "required"));
  CHECK(has(out, "measure nvidia-notice-2023"));
  CHECK(has(out, "== 2024-06-01: H200 to China ==\nECCN 3A090.a; license required; review: presumption of denial"));
  CHECK(has(out, "== 2026-01-15: H200 to China ==\nECCN 3A090.a; license required; review: case-by-case"));
  CHECK(has(out, "exporter certifies sufficient supply of the product in the United States"));
  CHECK(has(out, "exporter states the units of the product already shipped to customers in the United States"));
  CHECK(has(out, "Section 232: tariff band 1 (TPP greater than 14,000 and less than 17,500"));
  CHECK(has(out,
            "== 2026-01-15: A800 to China (made for China only) ==\nECCN 3A090.a; license required; review: "
            "presumption of denial"));
  CHECK(has(out, "== 2026-01-15: B200 to China ==\nECCN 3A090.a; license required; review: presumption of denial"));
  CHECK(has(out,
            "== 2026-06-01: H200 to Malaysia, buyer headquartered in China ==\nECCN 3A090.a; license required; "
            "review: presumption of denial"));
  CHECK(has(out, "== 2025-04-09: H20 to China ==\nECCN none; license required; review: not public"));
  CHECK(has(out, "2023-11-13: announced, 3A090.a, presumption of denial"));
  CHECK_FALSE(has(out, "2022-10-07: 3A090.a"));
  CHECK(has(out, "2026-01-15: 3A090.a, case-by-case; 91 FR 1684 (FR Doc 2026-00789)"));
  CHECK(has(out, "2025-12-08: event: the President announces H200 sales"));
  // The other gate: China's import (press reports, marked so), beside an unchanged US answer.
  CHECK(has(out,
            "== The other gate: China's import of the H200 (press reports) ==\n2026-01-20, Alibaba: US license "
            "required (case-by-case); China's import not allowed\n"));
  CHECK(has(out, "  cn-h200-customs-2026: not allowed [reported: News.Az (Reuters), 2026-01-14]\n"));
  CHECK(has(out, "2026-02-01, Alibaba: US license required (case-by-case); China's import allowed\n"));
  CHECK(has(out, "  cn-h200-approval-2026: allowed [reported: The Business Times (Reuters), 2026-01-28]\n"));
  CHECK(has(out, "2026-02-01, Baidu: US license required (case-by-case); China's import not allowed\n"));
  CHECK(has(out,
            "2026-02-01, no buyer named: US license required (case-by-case); China's import undecided; needs the end "
            "user's name"));
  CHECK(has(out, "  - domestic chips required for some AI training and most inference workloads\n"));
  CHECK(has(out,
            "2026-01-28: 3A090.a, case-by-case; at the destination: cn-h200-approval-2026 [reported: The Business "
            "Times (Reuters), 2026-01-28]"));
  CHECK(has(out, "Total TPP 6,332,480,000 = ~8.015 times the Tier 2 per-country cap of 790,000,000 TPP"));
  CHECK(has(out, "Not checked by these answers:"));
  CHECK(has(out, "Not verified in these answers:"));
}

TEST_CASE("examples/h200_vs_domestic compares the H200 with the Ascend 910B and 910C", "[policy][examples]") {
  const std::string out = run(H200_VS_DOMESTIC_PATH);
  CHECK(has(out, "NVIDIA H200 SXM 141GB 15,831.2  ~19.44   141 GB    4,800 GB/s  3A090.a  case-by-case"));
  CHECK(has(out, "Huawei Ascend 910B    5,120"));
  CHECK(has(out, "Huawei Ascend 910B    5,120     ~7.69    64 GB     1,600 GB/s  3A090.a  presumption of denial"));
  CHECK(has(out, "Huawei Ascend 910C    12,032"));
  CHECK(has(out, "The 910B to Malaysia on 2025-06-01: BIS authorization required (General Prohibition 10)"));
  CHECK(has(out, "1.5 times the 910C's memory bandwidth"));
}

TEST_CASE("examples/screen_buyer: the end user decides", "[policy][examples][end_user]") {
  const std::string out = run(SCREEN_BUYER_PATH);
  CHECK(has(out, "NVIDIA B300 to the United Arab Emirates on 2026-09-01:\n  (no end user given): undecided;"));
  CHECK(has(out, "    needs end_user: who the end user is (--end-user NAME)"));
  CHECK(has(out, "  G42: not required; uae-supplement-8-2026\n"));
  CHECK(has(out, "  Government of the United Arab Emirates: not required; uae-government-2026\n"));
  CHECK(has(out, "  Microsoft Gulf FZ-LLC: undecided; uae-us-subsidiaries-2026 (may apply)\n"));
  CHECK(has(out, "  Acme Data Centres LLC: required, not public\n"));
  CHECK(has(out, "  Huawei Technologies Co., Ltd.: required, presumption of denial; entity-list-huawei\n"));
  CHECK(has(out, "  Huawei Cloud Dubai: undecided; entity-list-huawei (may apply)\n"));
  CHECK(has(out, "  Example Compute: required, presumption of denial; screening-list\n"));
  CHECK(has(out, "  Unrelated Robotics GmbH: not required\n"));
}

}  // namespace
