// Fuzz target: exact decimal parsing (parse_decimal, parse_quantity), the path every run-time
// number takes from the command line into a quantity. Besides "no crash, no UB", it checks
// invariants that tie the results together, so a wrong answer is a finding too.
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

#include <accelspec/accelspec.hpp>

#include "fuzz_check.hpp"

namespace as = accelspec;

namespace {

template <class Q>
void check_quantity(std::string_view text) {
  const as::quantity_parse_result<Q> q = as::parse_quantity<Q>(text);
  const as::decimal_result d = as::parse_decimal(text, Q::kind::per_display);
  ACCELSPEC_FUZZ_CHECK(q.error == d.error);
  ACCELSPEC_FUZZ_CHECK(!q.ok() || q.value.count() == d.count);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const as::decimal_result unit = as::parse_decimal(text, 1);
  const as::decimal_result micro = as::parse_decimal(text, 1'000'000);
  for (const as::decimal_result& r : {unit, micro}) {
    ACCELSPEC_FUZZ_CHECK(r.ok() || r.count == 0);
    ACCELSPEC_FUZZ_CHECK(!r.ok() || r.count >= 0);
  }

  // Scaling is exact: the value read at 10^-6 resolution is an integer exactly when the value
  // read at resolution 1 is, and then it is a million times larger.
  if (micro.ok()) {
    if (micro.count % 1'000'000 == 0) {
      ACCELSPEC_FUZZ_CHECK(unit.ok() && unit.count == micro.count / 1'000'000);
    } else {
      ACCELSPEC_FUZZ_CHECK(unit.error == as::decimal_errc::too_precise);
    }
  }
  // The error names the real cause, consistently across resolutions: a value too large at
  // resolution 1 is too large at 10^-6; one too precise at 10^-6 is too precise at 1; an exponent
  // out of range is one whatever the resolution, and needs an exponent.
  if (unit.error == as::decimal_errc::too_large) ACCELSPEC_FUZZ_CHECK(micro.error == as::decimal_errc::too_large);
  if (micro.error == as::decimal_errc::too_precise) ACCELSPEC_FUZZ_CHECK(unit.error == as::decimal_errc::too_precise);
  ACCELSPEC_FUZZ_CHECK((unit.error == as::decimal_errc::exponent_out_of_range) ==
                       (micro.error == as::decimal_errc::exponent_out_of_range));
  if (unit.error == as::decimal_errc::exponent_out_of_range) {
    ACCELSPEC_FUZZ_CHECK(text.find_first_of("eE") != std::string_view::npos);
  }
  if (unit.ok() && unit.count <= INT64_MAX / 1'000'000) {
    ACCELSPEC_FUZZ_CHECK(micro.ok() && micro.count == unit.count * 1'000'000);
  }

  // Plain digit strings agree with the standard library's integer parser.
  if (!text.empty() && text.size() <= 18 && text.find_first_not_of("0123456789") == std::string_view::npos) {
    std::int64_t expected = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), expected);
    ACCELSPEC_FUZZ_CHECK(ec == std::errc{} && end == text.data() + text.size());
    ACCELSPEC_FUZZ_CHECK(unit.ok() && unit.count == expected);
  }

  // A value read at resolution 1 reads back the same from its canonical digits.
  if (unit.ok()) {
    const std::string digits = std::to_string(unit.count);
    const as::decimal_result again = as::parse_decimal(digits, 1);
    ACCELSPEC_FUZZ_CHECK(again.ok() && again.count == unit.count);
  }

  // Digit separators (allowed in literals) never change a value that parses without them.
  if (text.find('\'') == std::string_view::npos) {
    const as::decimal_result with_separators = as::parse_decimal(text, 1'000'000, true);
    ACCELSPEC_FUZZ_CHECK(with_separators.error == micro.error && with_separators.count == micro.count);
  }

  check_quantity<as::dense_rate>(text);
  check_quantity<as::sparse_rate>(text);
  check_quantity<as::data_rate>(text);
  check_quantity<as::data_size>(text);
  check_quantity<as::area>(text);
  check_quantity<as::power>(text);

  // The sparse-to-dense conversion either halves exactly or throws accelspec::error.
  const as::quantity_parse_result<as::sparse_rate> sparse = as::parse_quantity<as::sparse_rate>(text);
  if (sparse.ok()) {
    try {
      const as::dense_rate dense = as::dense_from_sparse(sparse.value, as::sparsity::structured_2_4);
      ACCELSPEC_FUZZ_CHECK(dense.count() * 2 == sparse.value.count());
    } catch (const as::error&) {
      ACCELSPEC_FUZZ_CHECK(sparse.value.count() % 2 != 0);
    }
  }
  return 0;
}
