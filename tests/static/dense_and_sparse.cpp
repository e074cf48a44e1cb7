// A datasheet's dense and sparse figures of one format and unit are one rate: counted once when
// consistent (2:4 sparse = 2 x dense), an error when not, a separate unit when declared so.
#include <accelspec/accelspec.hpp>

#include "catch.hpp"

using namespace accelspec::literals;
namespace as = accelspec;

TEST_CASE("a dense and a sparse figure of one unit are one rate", "[spec][static]") {
  // The H20: FP8 296 dense, 592 with sparsity.
  STATIC_REQUIRE(as::same_rate(296_tflops, 592_sparse_tflops));
  STATIC_REQUIRE(as::one_rate(296_tflops, 592_sparse_tflops) == 296_tflops);
  // Exactly 2 x dense, not one count more or less (the count is 10^6 op/s).
  STATIC_REQUIRE(!as::same_rate(296_tflops, 592.000001_sparse_tflops));
  STATIC_REQUIRE(!as::same_rate(296_tflops, 591.999999_sparse_tflops));
  STATIC_REQUIRE(!as::same_rate(296_tflops, 591.999998_sparse_tflops));
  STATIC_REQUIRE(as::same_rate(296.000001_tflops, 592.000002_sparse_tflops));
  // A headline with no whole dense half states no dense rate.
  STATIC_REQUIRE(!as::dense_stated_by(0.000001_sparse_tflops).has_value());
  STATIC_REQUIRE(*as::dense_stated_by(0.000002_sparse_tflops) == 0.000001_tflops);

  constexpr as::accelerator h20{
      .name = "H20",
      .market = as::market::datacenter,
      .compute = {as::dense_and_sparse(as::fp8, 296_tflops, 592_sparse_tflops)},
      .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}},
  };
  STATIC_REQUIRE(as::tpp(h20) == 2368_tpp);
  STATIC_REQUIRE(as::classify(h20).eccn == as::eccn::none);
  // Two units, said so: their TPPs add up.
  constexpr as::accelerator two{
      .name = "two units",
      .market = as::market::datacenter,
      .compute = {as::dense(as::fp8, 296_tflops),
                  as::dense(as::fp8, as::dense_from_sparse(592_sparse_tflops, as::sparsity::structured_2_4), "unit 2")},
      .dies = {{.name = "GH100", .area = 814_mm2, .transistors = as::non_planar}},
  };
  STATIC_REQUIRE(as::tpp(two) == 4736_tpp);
}

TEST_CASE("disagreeing dense and sparse figures are an error naming both", "[spec]") {
  try {
    (void)as::one_rate(296_tflops, 600_sparse_tflops);
    FAIL("no error");
  } catch (const as::error& e) {
    CHECK(e.kind() == as::error_kind::invalid_spec);
    CHECK(std::string_view(e.what()).find("the dense and the sparse figure of one format and unit disagree") !=
          std::string_view::npos);
  }
  CHECK_THROWS_AS(as::dense_and_sparse(as::fp8, 296_tflops, 591_sparse_tflops), as::error);
}
