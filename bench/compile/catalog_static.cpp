// Compile-time benchmark, TU (b): the umbrella header, and the determination of every catalog
// entry under every vintage of the rule evaluated in static_assert, one constant evaluation per
// (entry, rule) pair, as a user's static_assert on a catalog chip would be. Built by tests/perf
// with the compilers' constexpr step limits cut tenfold, to show the headroom.
#include <accelspec/accelspec.hpp>
#include <accelspec/catalog.hpp>

#include <cstddef>
#include <utility>

namespace {

namespace as = accelspec;

// What every determination must satisfy: it names the rule applied; a decided paragraph lists
// clauses of that paragraph and only those; `none` lists no clause; `undecided` names what it
// could not decide; and each clause of the rule has a finding with its comparisons.
constexpr bool well_formed(const as::determination& d, const as::rule& r) {
  using as::clause;
  const bool a_clauses_only = !d.clauses.contains(clause::b_1) && !d.clauses.contains(clause::b_2) &&
                              !d.clauses.contains(clause::non_datacenter_note);
  const bool b_clauses_only = !d.clauses.contains(clause::a_2022) && !d.clauses.contains(clause::a_1) &&
                              !d.clauses.contains(clause::a_2) && !d.clauses.contains(clause::non_datacenter_note);
  const as::findings_list findings = d.findings();
  bool findings_complete = !findings.empty();
  for (const as::clause_finding& f : findings) findings_complete = findings_complete && !f.parts.empty();
  if (d.applied != &r || !findings_complete) return false;
  switch (d.eccn) {
    case as::eccn::a:
      return !d.clauses.empty() && a_clauses_only;
    case as::eccn::b:
      return !d.clauses.empty() && b_clauses_only;
    case as::eccn::none:
      return d.clauses.empty();
    case as::eccn::undecided:
      return !d.undecided.empty();
  }
  return false;
}

template <std::size_t Entry, std::size_t Rule>
struct determined {
  static_assert(well_formed(as::classify(as::catalog::all[Entry]->chip(), *as::rules::all[Rule]),
                            *as::rules::all[Rule]),
                "accelspec: ill-formed determination for a catalog entry");
  static constexpr std::size_t size = 1;
};

template <std::size_t Entry, std::size_t... Rules>
constexpr std::size_t under_every_rule(std::index_sequence<Rules...>) {
  return (determined<Entry, Rules>::size + ...);
}

template <std::size_t... Entries>
constexpr std::size_t every_entry(std::index_sequence<Entries...>) {
  return (under_every_rule<Entries>(std::make_index_sequence<as::rules::all.size()>{}) + ...);
}

constexpr std::size_t pairs = every_entry(std::make_index_sequence<as::catalog::all.size()>{});
static_assert(pairs == as::catalog::all.size() * as::rules::all.size());

}  // namespace

int main() { return static_cast<int>(pairs % 2u) * 0; }
