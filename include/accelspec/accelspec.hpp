// accelspec: AI accelerators and the US export-control rules on them as constexpr data.
//
// This umbrella header is the core: units, spec, metrics and rules, everything needed to describe
// a chip and classify it at compile time or run time, on light standard headers only. The other
// layers are opt-in so that a translation unit pays to compile only what it uses:
//   <accelspec/policy.hpp>    destinations, dated measures, assess() and timeline()
//   <accelspec/catalog.hpp>   every catalogued SKU as a constexpr spec, with sources
//   <accelspec/analysis.hpp>  design headroom, roofline, LLM bounds
//   <accelspec/io.hpp>        text, JSON and parsing (<string>, <vector>)
//   <accelspec/all.hpp>       all of the above
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "version.hpp"

#include "maybe.hpp"

#include "units/decimal.hpp"
#include "units/literals.hpp"
#include "units/parse.hpp"
#include "units/quantity.hpp"
#include "units/rational.hpp"

#include "spec/accelerator.hpp"
#include "spec/dense_and_sparse.hpp"
#include "spec/die.hpp"
#include "spec/memory.hpp"
#include "spec/number_format.hpp"
#include "spec/validate.hpp"

#include "metrics/bandwidth.hpp"
#include "metrics/density.hpp"
#include "metrics/tpp.hpp"

#include "rules/citation.hpp"
#include "rules/classify.hpp"
#include "rules/determination.hpp"
#include "rules/eccn.hpp"
#include "rules/eccn_of.hpp"
#include "rules/gate.hpp"
#include "rules/rule.hpp"
#include "rules/truth.hpp"
