// Compile-time benchmark, TU (b) of bench/compile_time.py: the core and the catalog, and one
// static_assert over a consteval loop that classifies every catalog entry under every vintage of
// the rule with classify() and checks that each answer is well formed. compile_time.py finds the
// constexpr step limit it needs.
//
// Each entry is classified as the catalog offers it, e->checked(): its spec was validated and
// measured when the entry was defined (in that definition's own constant evaluation, whose time
// this TU's compile time includes), so the loop runs the rules only.
// ACCELSPEC_BENCH_SPECS classifies e->chip() instead, measuring every spec again in the loop:
// TU (b') of compile_time.py, whose step limit is reported beside (b)'s.
// ACCELSPEC_BENCH_FINDINGS also builds every determination's findings (determination::findings(),
// every clause with its comparisons), which classify() leaves to the reader: TU (b+), reported
// beside (b).
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

namespace {

namespace as = accelspec;

consteval int classified_pairs() {
  int pairs = 0;
  for (const as::catalog::entry* e : as::catalog::all) {
    for (const as::rule* r : as::rules::all) {
#ifdef ACCELSPEC_BENCH_SPECS
      const as::determination d = as::classify(e->chip(), *r);
#else
      const as::determination d = as::classify(e->checked(), *r);
#endif
      // Named rule; a decided paragraph lists clauses, `none` lists none, `undecided` names what
      // it could not decide.
      const bool decided = d.eccn == as::eccn::a || d.eccn == as::eccn::b;
      if (d.applied != r || decided == d.clauses.empty() || (d.eccn == as::eccn::undecided && d.undecided.empty())) {
        return -1;
      }
#ifdef ACCELSPEC_BENCH_FINDINGS
      // A finding for each clause of the text, each with its comparisons.
      const as::findings_list findings = d.findings();
      if (findings.empty()) return -1;
      for (const as::clause_finding& f : findings) {
        if (f.parts.empty()) return -1;
      }
#endif
      ++pairs;
    }
  }
  return pairs;
}

static_assert(classified_pairs() == static_cast<int>(as::catalog::all.size() * as::rules::all.size()),
              "accelspec: ill-formed determination for a catalog entry");

}  // namespace

int main() { return 0; }
