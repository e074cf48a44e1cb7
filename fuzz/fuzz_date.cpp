// Fuzz target: io::parse_date, the strict YYYY-MM-DD reader behind --date. An accepted date must
// print back as exactly the text it came from and exist in the calendar; a rejected text must
// not be a well-formed existing date.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include <accelspec/io.hpp>

#include "fuzz_check.hpp"

// The same function in a constant expression: the fuzzed code is the code the literals use.
static_assert(accelspec::io::parse_date("2023-11-17") ==
              std::chrono::year_month_day{std::chrono::year{2023}, std::chrono::month{11}, std::chrono::day{17}});
static_assert(!accelspec::io::parse_date("2023-02-29"));

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto d = accelspec::io::parse_date(text);

  bool well_formed = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; well_formed && i < text.size(); ++i) {
    if (i != 4 && i != 7) well_formed = text[i] >= '0' && text[i] <= '9';
  }

  if (d) {
    ACCELSPEC_FUZZ_CHECK(well_formed);
    ACCELSPEC_FUZZ_CHECK(d->ok());
    char back[16] = {};
    const int n = std::snprintf(back, sizeof back, "%04d-%02u-%02u", static_cast<int>(d->year()),
                                static_cast<unsigned>(d->month()), static_cast<unsigned>(d->day()));
    ACCELSPEC_FUZZ_CHECK(n == 10 && std::string_view(back, 10) == text);
  } else if (well_formed) {
    const auto field = [&](std::size_t at, std::size_t len) {
      int v = 0;
      for (std::size_t i = 0; i < len; ++i) v = v * 10 + (text[at + i] - '0');
      return v;
    };
    const std::chrono::year_month_day ymd{std::chrono::year{field(0, 4)},
                                          std::chrono::month{static_cast<unsigned>(field(5, 2))},
                                          std::chrono::day{static_cast<unsigned>(field(8, 2))}};
    ACCELSPEC_FUZZ_CHECK(!ymd.ok());
  }
  return 0;
}
