// Compile-time benchmark, TU (d): the core and the catalog, and one static_assert over a consteval
// loop that classifies every catalog entry under every vintage of the rule with classify() (the
// full determination, findings included) and checks each answer against eccn_of(). Built by
// tests/perf with the compilers' constexpr step limits cut tenfold, to show the headroom.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

namespace {

namespace as = accelspec;

consteval int classified_pairs() {
  int pairs = 0;
  for (const as::catalog::entry* e : as::catalog::all) {
    for (const as::rule* r : as::rules::all) {
      const as::determination d = as::classify(e->chip(), *r);
      const as::eccn_answer lean = as::eccn_of(e->chip(), *r);
      if (d.applied != r || d.findings.empty() || lean.eccn != d.eccn || !(lean.clauses == d.clauses) ||
          !(lean.undecided == d.undecided) || lean.nac_aca != d.nac_aca) {
        return -1;
      }
      ++pairs;
    }
  }
  return pairs;
}

static_assert(classified_pairs() == static_cast<int>(as::catalog::all.size() * as::rules::all.size()),
              "accelspec: a catalog entry's determination disagrees with eccn_of");

}  // namespace

int main() { return 0; }
