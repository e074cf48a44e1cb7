// Exactness flags never lie: awkward values (long terminating decimals, non-terminating ratios,
// the smallest and largest units) swept through every JSON writer of the CLI. A flag "X_exact"
// is true only when the digits printed for "X" are the whole value, false only when they were cut,
// and null exactly when "X" is null. Values are checked with decimal arithmetic on the printed
// digits (an arbitrary-precision multiply written here), not with the library.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "catch.hpp"
#include "run_cli.hpp"

using accelspec::test::run_cli;

namespace {

// A non-negative decimal, exactly: digits (most significant first, no leading zeros) / 10^scale.
struct decimal {
  std::string digits = "0";
  int scale = 0;
};

decimal parse(const std::string& text) {
  decimal d;
  const std::size_t point = text.find('.');
  std::string all = text.substr(0, point);
  if (point != std::string::npos) {
    all += text.substr(point + 1);
    d.scale = static_cast<int>(text.size() - point - 1);
  }
  all.erase(0, std::min(all.find_first_not_of('0'), all.size()));
  d.digits = all.empty() ? "0" : all;
  return d;
}

decimal multiply(const decimal& a, const decimal& b) {
  std::vector<int> acc(a.digits.size() + b.digits.size(), 0);
  for (std::size_t i = 0; i < a.digits.size(); ++i) {
    for (std::size_t j = 0; j < b.digits.size(); ++j) {
      acc[i + j + 1] += (a.digits[i] - '0') * (b.digits[j] - '0');
    }
  }
  for (std::size_t k = acc.size() - 1; k > 0; --k) {
    acc[k - 1] += acc[k] / 10;
    acc[k] %= 10;
  }
  std::string s;
  for (const int v : acc) s += static_cast<char>('0' + v);
  s.erase(0, std::min(s.find_first_not_of('0'), s.size()));
  return {s.empty() ? "0" : s, a.scale + b.scale};
}

// -1, 0, 1 as a <, ==, > b.
int compare(decimal a, decimal b) {
  const int scale = std::max(a.scale, b.scale);
  a.digits.append(static_cast<std::size_t>(scale - a.scale), '0');
  b.digits.append(static_cast<std::size_t>(scale - b.scale), '0');
  a.digits.erase(0, std::min(a.digits.find_first_not_of('0'), a.digits.size() - 1));
  b.digits.erase(0, std::min(b.digits.find_first_not_of('0'), b.digits.size() - 1));
  if (a.digits.size() != b.digits.size()) return a.digits.size() < b.digits.size() ? -1 : 1;
  return a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0;
}

// The printed value plus one unit in its last allowed place (10^-places).
decimal plus_ulp(const decimal& d, int places) {
  decimal ulp{"1", places};
  const int scale = std::max(d.scale, places);
  std::string x = d.digits + std::string(static_cast<std::size_t>(scale - d.scale), '0');
  std::string y = ulp.digits + std::string(static_cast<std::size_t>(scale - ulp.scale), '0');
  if (x.size() < y.size()) x.insert(0, y.size() - x.size(), '0');
  if (y.size() < x.size()) y.insert(0, x.size() - y.size(), '0');
  int carry = 0;
  for (std::size_t k = x.size(); k-- > 0;) {
    const int v = (x[k] - '0') + (y[k] - '0') + carry;
    x[k] = static_cast<char>('0' + v % 10);
    carry = v / 10;
  }
  if (carry != 0) x.insert(0, 1, '1');
  return {x, scale};
}

int decimals_of(const std::string& text) {
  const std::size_t point = text.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
}

// The raw JSON value of the first "key": after `from` ("null", a number, true, false).
std::optional<std::string> value_of(const std::string& json, const std::string& key, std::size_t from = 0) {
  const std::string needle = "\"" + key + "\":";
  const std::size_t at = json.find(needle, from);
  if (at == std::string::npos) return std::nullopt;
  const std::size_t start = at + needle.size();
  const std::size_t end = json.find_first_of(",}]", start);
  return json.substr(start, end - start);
}

// Every "X_exact" flag of one JSON object: X must be present; null together; a boolean with a
// number. Returns how many flags were seen.
int check_flag_pairs(const std::string& object) {
  static const std::regex flag("\"([a-z0-9_]+)_exact\":(true|false|null)");
  int n = 0;
  for (std::sregex_iterator it(object.begin(), object.end(), flag), end; it != end; ++it) {
    const std::string key = (*it)[1];
    const std::string f = (*it)[2];
    INFO(key << " in " << object.substr(0, 200));
    const std::optional<std::string> v = value_of(object, key);
    REQUIRE(v.has_value());
    CHECK((*v == "null") == (f == "null"));
    ++n;
  }
  return n;
}

// value x factor == product exactly when exact; otherwise the printed value is the cut one: below
// the true value by less than one unit in the last printed place.
void check_ratio(const std::string& value, const std::string& flag, const std::string& factor,
                 const std::string& product, int places) {
  INFO(value << " x " << factor << " vs " << product << ", exact " << flag);
  const decimal v = parse(value), f = parse(factor), p = parse(product);
  const int c = compare(multiply(v, f), p);
  if (flag == "true") {
    CHECK(c == 0);
  } else {
    REQUIRE(flag == "false");
    CHECK(decimals_of(value) <= places);
    CHECK(c < 0);
    CHECK(compare(multiply(plus_ulp(v, places), f), p) > 0);
  }
}

// classify and catalog objects: performance_density x applicable area == tpp.
void check_density(const std::string& object) {
  const auto density = value_of(object, "performance_density");
  const auto flag = value_of(object, "performance_density_exact");
  const auto tpp = value_of(object, "tpp");
  const auto area = value_of(object, "applicable_die_area_mm2");
  REQUIRE(density);
  REQUIRE(flag);
  if (*density == "null") {
    CHECK(*flag == "null");
    return;
  }
  REQUIRE(tpp);
  REQUIRE(area);
  check_ratio(*density, *flag, *area, *tpp, 9);
}

const std::vector<std::pair<std::string, std::string>> awkward_chips{
    {"0.000001", "8.388608"},  // 2^-23 scaled: 0.0000019073486328125, 19 places
    {"0.000001", "0.065536"},  // 2^-16 mm²
    {"0.000001", "0.000003"},  // non-terminating
    {"296", "814"},            // H20: 2.909090...
    {"989.4", "814"},          // H100 FP16
    {"100", "0.000001"},       // the smallest area
    {"0.000001", "999999.999999"},
    {"1234567.891011", "0.000007"},
    {"3", "3"},
    {"1", "1.28"},  // 12.5 exactly
};

}  // namespace

TEST_CASE("the decimal helpers of this test", "[cli][exact]") {
  CHECK(compare(multiply(parse("0.0000019073486328125"), parse("8.388608")), parse("0.000016")) == 0);
  CHECK(compare(parse("2.5"), parse("2.50")) == 0);
  CHECK(compare(parse("0.1"), parse("0.09")) > 0);
  CHECK(compare(plus_ulp(parse("2.909090909"), 9), parse("2.90909091")) == 0);
  CHECK(compare(plus_ulp(parse("0.999"), 3), parse("1")) == 0);
}

TEST_CASE("classify --json: the density flag matches its digits", "[cli][exact]") {
  for (const auto& [rate, die] : awkward_chips) {
    const auto r = run_cli("classify --dense fp16=" + rate + " --die " + die + " --json");
    INFO(rate << " on " << die << ": " << r.err);
    REQUIRE(r.status == 0);
    CHECK(check_flag_pairs(r.out) == 1);
    check_density(r.out);
  }
  // No die: no density, so no flag value.
  const auto r = run_cli("classify --dense fp16=100 --json");
  REQUIRE(r.status == 0);
  CHECK(value_of(r.out, "performance_density") == "null");
  CHECK(value_of(r.out, "performance_density_exact") == "null");
}

TEST_CASE("catalog --json: every entry's density flag matches its digits", "[cli][exact]") {
  const auto r = run_cli("catalog --json");
  REQUIRE(r.status == 0);
  int entries = 0, nulls = 0;
  for (std::size_t at = r.out.find("{\"id\":"); at != std::string::npos; at = r.out.find("{\"id\":", at + 1)) {
    const std::size_t next = r.out.find("{\"id\":", at + 1);
    const std::string object = r.out.substr(at, next == std::string::npos ? std::string::npos : next - at);
    INFO(object.substr(0, 60));
    CHECK(check_flag_pairs(object) == 1);
    check_density(object);
    nulls += value_of(object, "performance_density") == "null" ? 1 : 0;
    ++entries;
  }
  CHECK(entries > 40);
  CHECK(nulls > 0);  // google-tpu-v4 and others: a null density with a null flag
}

TEST_CASE("hbm --json: the bandwidth density flag matches its digits", "[cli][exact]") {
  const std::vector<std::pair<std::string, std::string>> stacks{
      {"0.000000001", "0.065536"},    {"819.2", "110"},  {"1", "3"},
      {"0.000000001", "9999.999999"}, {"1228.8", "121"}, {"7", "0.000001"}};
  for (const auto& [bandwidth, footprint] : stacks) {
    const auto r = run_cli("hbm --bandwidth " + bandwidth + " --area " + footprint + " --json");
    INFO(bandwidth << " over " << footprint << ": " << r.err);
    REQUIRE(r.status == 0);
    CHECK(check_flag_pairs(r.out) == 1);
    const auto density = value_of(r.out, "memory_bandwidth_density");
    const auto flag = value_of(r.out, "memory_bandwidth_density_exact");
    REQUIRE(density);
    REQUIRE(flag);
    check_ratio(*density, *flag, footprint, bandwidth, 9);
  }
}

TEST_CASE("headroom, assess and timeline --json: every flag has its value", "[cli][exact]") {
  for (const std::string& command :
       {std::string("headroom --die 8.388608 --json"), std::string("headroom --die 0.000007 --json"),
        std::string("headroom --tpp 0.000016 --json"), std::string("assess --chip h20 --destination CN --json"),
        std::string("assess --dense fp16=0.000001 --die 8.388608 --destination CN --json"),
        std::string("timeline --chip h100-sxm --destination CN --json")}) {
    const auto r = run_cli(command);
    INFO(command << ": " << r.err);
    REQUIRE(r.status == 0);
    check_flag_pairs(r.out);
  }
  // A memory item's assessment carries the density flag as hbm does.
  const auto memory = run_cli("hbm --bandwidth 1 --area 3 --destination CN --date 2025-06-01 --json");
  REQUIRE(memory.status == 0);
  const std::size_t inner = memory.out.find("\"assessment\":{");
  REQUIRE(inner != std::string::npos);
  CHECK(value_of(memory.out, "memory_bandwidth_density_exact", inner) == "false");
  CHECK(check_flag_pairs(memory.out.substr(inner)) == 1);
  // headroom: the largest rate under the bound, in TOPS with six decimals, times the bit length
  // stays below the bound, and one more unit reaches it.
  const auto r = run_cli("headroom --die 8.388608 --json");
  REQUIRE(r.status == 0);
  const auto limit = value_of(r.out, "tpp_limit");
  REQUIRE(limit);
  const std::size_t rates = r.out.find("\"max_dense_teraops\":");
  REQUIRE(rates != std::string::npos);
  for (const auto& [format, bits] : {std::pair{"fp16", "16"}, std::pair{"fp8", "8"}, std::pair{"fp6", "6"},
                                     std::pair{"int4", "4"}, std::pair{"fp64", "64"}}) {
    const auto rate = value_of(r.out, format, rates);
    REQUIRE(rate);
    INFO(format << " " << *rate << " x " << bits << " vs " << *limit);
    CHECK(compare(multiply(parse(*rate), parse(bits)), parse(*limit)) < 0);
    CHECK(compare(multiply(plus_ulp(parse(*rate), 6), parse(bits)), parse(*limit)) >= 0);
  }
}

// Every number a headroom bound prints is either the whole value or flagged as cut: the TPP bound,
// each per-format rate bound (a bound over 6 bits rarely terminates) and the inverse's area bound.
TEST_CASE("headroom --json: each cut bound has a flag, and the flag matches the digits", "[cli][exact]") {
  for (const std::string die : {"814", "8.388608", "0.000007", "3"}) {
    const auto r = run_cli("headroom --die " + die + " --json");
    INFO(die << ": " << r.err);
    REQUIRE(r.status == 0);
    const auto limit = value_of(r.out, "tpp_limit");
    const auto limit_exact = value_of(r.out, "tpp_limit_exact");
    REQUIRE(limit);
    REQUIRE(limit_exact);
    check_ratio(*limit, *limit_exact, "1", *limit, 6);
    const std::size_t limits = r.out.find("\"dense_teraops_limit\":");
    const std::size_t flags = r.out.find("\"dense_teraops_limit_exact\":");
    REQUIRE(limits != std::string::npos);
    REQUIRE(flags != std::string::npos);
    for (const auto& [format, bits] : {std::pair{"fp64", "64"}, std::pair{"fp16", "16"}, std::pair{"fp8", "8"},
                                       std::pair{"fp6", "6"}, std::pair{"int4", "4"}}) {
      const auto v = value_of(r.out, format, limits);
      const auto f = value_of(r.out, format, flags);
      REQUIRE(v);
      REQUIRE(f);
      // The bound times the bit length is the TPP bound: exactly when the flag says so.
      check_ratio(*v, *f, bits, *limit, 6);
    }
  }
  // At 2 mm² the bound is TPP 1,600 (the TPP floor of 3A090.a.2): 1,600 / 16 = 100 exactly, while
  // 1,600 / 6 = 266.66... is cut and says so.
  const auto two = run_cli("headroom --die 2 --json");
  REQUIRE(two.status == 0);
  const std::size_t flags = two.out.find("\"dense_teraops_limit_exact\":");
  CHECK(value_of(two.out, "fp6", flags) == "false");
  CHECK(value_of(two.out, "fp16", flags) == "true");
  // Not bounded: null values, null flags.
  // (the 2022 text with I/O under 600 GB/s).
  const auto unbounded = run_cli("headroom --die 814 --rule 3a090-2022 --io-bandwidth 100 --json");
  REQUIRE(unbounded.status == 0);
  CHECK(value_of(unbounded.out, "tpp_limit") == "null");
  CHECK(value_of(unbounded.out, "tpp_limit_exact") == "null");
  CHECK(value_of(unbounded.out, "fp6", unbounded.out.find("\"dense_teraops_limit\":")) == "null");
  CHECK(value_of(unbounded.out, "fp6", unbounded.out.find("\"dense_teraops_limit_exact\":")) == "null");
  // The inverse: the smallest area bound is TPP / density limit, flagged the same way.
  for (const std::string tpp : {"2368", "1000", "0.000016", "1700 --outside a"}) {
    const auto r = run_cli("headroom --tpp " + tpp + " --json");
    INFO(tpp << ": " << r.err);
    REQUIRE(r.status == 0);
    CHECK(check_flag_pairs(r.out) == 1);
    const auto area = value_of(r.out, "min_area_mm2_exclusive");
    const auto exact = value_of(r.out, "min_area_mm2_exclusive_exact");
    REQUIRE(area);
    REQUIRE(exact);
    CHECK((*area == "null") == (*exact == "null"));
  }
  // 1,700 / 5.92 (3A090.a.2) = 287.162162...: cut, flagged, and below the true bound by less than 10^-6.
  const auto cut = run_cli("headroom --tpp 1700 --outside a --json");
  REQUIRE(cut.status == 0);
  CHECK(value_of(cut.out, "min_area_mm2_exclusive_exact") == "false");
  check_ratio(*value_of(cut.out, "min_area_mm2_exclusive"), "false", "5.92", "1700", 6);
}
