// Where a rule comes from: its Federal Register citation, document number and dates.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <chrono>
#include <string_view>

namespace accelspec {

struct citation {
  std::string_view title{};
  std::string_view federal_register{};  // volume and first page, e.g. "88 FR 73458"
  std::string_view document_number{};   // FR Doc number, e.g. "2023-23055"
  std::chrono::year_month_day published{};
  std::string_view url{};
};

}  // namespace accelspec
