// Screening a buyer before a shipment: who the end user is can decide the answer. The same chip to
// the same country on the same day needs a license for one buyer and not for another; a name that
// only resembles a listed one is a match to review, never a clearance. Then the same buyer is
// searched for in a screening-list file (here a two-row extract in the Consolidated Screening
// List's CSV layout, with fictitious parties).
#include <chrono>
#include <iostream>
#include <sstream>
#include <string>

#include <accelspec/catalog.hpp>
#include <accelspec/io/screening.hpp>
#include <accelspec/policy.hpp>

namespace {
namespace policy = accelspec::policy;
namespace cat = accelspec::catalog;
using namespace std::chrono_literals;

std::string licence(accelspec::truth t) {
  return t == accelspec::truth::yes ? "required" : t == accelspec::truth::no ? "not required" : "undecided";
}

void line(const policy::assessment& a) {
  std::cout << "  " << (a.end_user.empty() ? std::string("(no end user given)") : std::string(a.end_user)) << ": "
            << licence(a.license_required);
  if (a.license_required == accelspec::truth::yes) std::cout << ", " << key(a.review);
  for (const policy::measure_verdict& v : a.measures) {
    if (v.measure->parties == policy::party_scope::named && v.applies != accelspec::truth::no) {
      std::cout << "; " << v.measure->key << (v.applies == accelspec::truth::unknown ? " (may apply)" : "");
    }
  }
  std::cout << "\n";
  for (std::string_view n : a.needs) std::cout << "    needs " << n << "\n";
}
}  // namespace

int main() {
  const policy::destination ae = policy::require_destination("AE");
  std::cout << "NVIDIA B300 to the United Arab Emirates on 2026-09-01:\n";
  for (const char* buyer :
       {"", "G42", "Government of the United Arab Emirates", "Microsoft Gulf FZ-LLC", "Acme Data Centres LLC"}) {
    line(policy::assess(cat::nvidia::b300, ae, 2026y / 9 / 1, {.end_user = buyer}));
  }

  const policy::destination my = policy::require_destination("MY");
  std::cout << "NVIDIA H20 to Malaysia on 2025-06-01:\n";
  for (const char* buyer : {"Acme Data Centres LLC", "Huawei Technologies Co., Ltd.", "Huawei Cloud Dubai"}) {
    line(policy::assess(cat::nvidia::h20, my, 2025y / 6 / 1, {.end_user = buyer}));
  }

  // A screening-list file: the end user is searched for by name and alias in every row.
  std::istringstream file(
      "_id,source,entity_number,type,programs,name,license_requirement,license_policy,alt_names\n"
      "1,Entity List (EL) - Bureau of Industry and Security,,,,\"Example Compute Technology Co., Ltd.\",For all "
      "items subject to the EAR.,Presumption of denial.,Example Compute\n"
      "2,Unverified List (UVL) - Bureau of Industry and Security,,,,Placeholder Electronics Limited,,,\n");
  const accelspec::io::screening_list list = accelspec::io::read_screening_list(file, "extract.csv");
  const policy::destination de = policy::require_destination("DE");
  std::cout << "NVIDIA T4 to Germany on 2026-03-01, screened against " << list.rows.size() << " rows:\n";
  for (const char* buyer : {"Example Compute", "Unrelated Robotics GmbH"}) {
    const accelspec::io::screening_measures screened(list, buyer);
    line(policy::assess(cat::nvidia::t4, de, 2026y / 3 / 1, screened.apply({.end_user = buyer})));
  }
  return 0;
}
