// An eight-GPU server under ECCN 4A090 (the computers and assemblies that contain 3A090 ICs).
//
// 4A090.a covers "computers, 'electronic assemblies,' and 'components' containing integrated
// circuits, any of which meets or exceeds the limits in 3A090.a"; 4A090.b the same for 3A090.b
// (added by 87 FR 62186, revised by 88 FR 73458). "Any of which" means each IC is classified on
// its own: eight H20s do not add up to one 18,944-TPP chip, and one H100 is enough to make a
// whole server 4A090.a. The server then inherits the license requirement of its ICs.
#include <chrono>
#include <iostream>
#include <string>

#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>
#include <accelspec/io.hpp>
#include <accelspec/policy.hpp>

namespace as = accelspec;
namespace policy = accelspec::policy;
using namespace std::chrono_literals;

namespace {

constexpr policy::system_spec hgx_h100{
    .name = "HGX H100 8-GPU", .vendor = "NVIDIA", .parts = {{&as::catalog::nvidia::h100_sxm, 8}}};
constexpr policy::system_spec hgx_h20{
    .name = "HGX H20 8-GPU", .vendor = "NVIDIA", .parts = {{&as::catalog::nvidia::h20, 8}}};
// A mixed box: seven uncontrolled GPUs and one controlled one.
constexpr policy::system_spec mixed{.name = "7 x H20 + 1 x H100",
                                    .vendor = "example",
                                    .parts = {{&as::catalog::nvidia::h20, 7}, {&as::catalog::nvidia::h100_sxm, 1}}};

constexpr auto date = 2024y / 6 / 1;
static_assert(policy::classify_system(hgx_h100, date).paragraph == as::eccn::a);
static_assert(policy::classify_system(hgx_h20, date).paragraph == as::eccn::none);
static_assert(policy::classify_system(mixed, date).paragraph == as::eccn::a);
static_assert(policy::classify_system(mixed, date).deciding_part == 1);

void show(const policy::system_spec& s, std::string_view country) {
  const policy::assessment a = policy::assess(s, policy::require_destination(country), date);
  std::cout << s.name << " to " << country << " on 2024-06-01: " << key(a.eccn) << ", license "
            << (a.license_required == as::truth::yes  ? "required"
                : a.license_required == as::truth::no ? "not required"
                                                      : "undecided");
  if (a.review != policy::review_policy::none) std::cout << " (" << key(a.review) << ")";
  std::cout << "\n";
}

}  // namespace

int main() {
  const as::tpp_value h20 = *as::tpp(as::catalog::nvidia::h20);
  std::cout << "One H20: TPP " << as::io::pretty(h20) << "; eight of them: " << as::io::pretty(h20 * 8)
            << " in total, which 4A090 never adds up\n";
  for (const policy::system_spec* s : {&hgx_h100, &hgx_h20, &mixed}) {
    const policy::system_classification c = policy::classify_system(*s, date);
    std::cout << s->name << ": ICs are "
              << (c.paragraph == as::eccn::none ? std::string("outside 3A090") : std::string(as::key(c.paragraph)));
    if (c.deciding_part >= 0) {
      std::cout << " (decided by " << s->parts[static_cast<std::size_t>(c.deciding_part)].chip->name << ")";
    }
    std::cout << "\n";
  }
  show(hgx_h100, "CN");
  show(hgx_h20, "CN");
  show(mixed, "CN");
  show(hgx_h100, "DE");
}
