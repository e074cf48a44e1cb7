// The command's own CSV reader (batch::csv_stream) over a whole text, for the tests that read back
// what a CSV writer wrote.
#pragma once

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

#include "batch.hpp"

namespace accelspec::test {

// Each record's fields, in order.
inline std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::istringstream in(text);
  cli::batch::csv_stream stream(in, "--csv");
  std::vector<std::vector<std::string>> out;
  cli::batch::record r;
  while (stream.next(r)) out.emplace_back(r.fields.begin(), r.fields.begin() + static_cast<std::ptrdiff_t>(r.count));
  return out;
}

}  // namespace accelspec::test
