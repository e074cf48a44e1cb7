// docs/cli.md says what the binary does: each ```text block that begins "usage: accelspec CMD" is
// `accelspec help CMD` verbatim (paste the new output when this fails), every command has one, and
// every schema the page links exists.
#include <fstream>
#include <set>
#include <string>

#include "catch.hpp"
#include "run_cli.hpp"

using accelspec::test::read_file;
using accelspec::test::run_cli;

TEST_CASE("docs/cli.md carries every command's help verbatim", "[cli][docs]") {
  const std::string doc = read_file(std::string(ACCELSPEC_SOURCE_DIR) + "/docs/cli.md");
  REQUIRE_FALSE(doc.empty());
  std::set<std::string> documented;
  for (std::size_t p = doc.find("```text\n"); p != std::string::npos; p = doc.find("```text\n", p + 1)) {
    const std::size_t start = p + 8, end = doc.find("```\n", start);
    REQUIRE(end != std::string::npos);
    const std::string block = doc.substr(start, end - start);
    const std::string prefix = "usage: accelspec ";
    if (block.rfind(prefix, 0) != 0) continue;
    const std::string command = block.substr(prefix.size(), block.find_first_of(" \n", prefix.size()) - prefix.size());
    INFO(command);
    const auto help = run_cli("help " + command);
    REQUIRE(help.status == 0);
    CHECK(block == help.out);
    documented.insert(command);
  }
  const auto general = run_cli("--help");
  for (const char* c :
       {"assess", "catalog", "classify", "demo", "hbm", "headroom", "map", "report", "show", "timeline"}) {
    INFO(c);
    CHECK(documented.count(c) == 1);
    CHECK(general.out.find("\n  " + std::string(c) + " ") != std::string::npos);
  }
  for (std::size_t p = doc.find("](schemas/"); p != std::string::npos; p = doc.find("](schemas/", p + 1)) {
    const std::string file = doc.substr(p + 2, doc.find(')', p) - p - 2);
    if (file == "schemas/") continue;
    INFO(file);
    CHECK(std::ifstream(std::string(ACCELSPEC_SOURCE_DIR) + "/docs/" + file).good());
  }
}
