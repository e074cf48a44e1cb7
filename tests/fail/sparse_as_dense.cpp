// A sparse headline used where a dense rate is required must not compile.
#include <accelspec/accelspec.hpp>
using namespace accelspec::literals;
namespace as = accelspec;

#ifdef ACCELSPEC_FAIL_CASE
constexpr as::compute_rate wrong = as::dense(as::fp8, 3958_sparse_tflops);
#else
constexpr as::compute_rate right =
    as::dense(as::fp8, as::dense_from_sparse(3958_sparse_tflops, as::sparsity::structured_2_4));
static_assert(right.rate == 1979_tflops);
#endif
