// accelspec: AI accelerators and the US export-control rules on them as constexpr data.
//
// This umbrella header brings in every layer that works in constant expressions (units, spec,
// metrics, rules). Text, JSON and CSV output live in <accelspec/io.hpp>, so a translation unit
// that only classifies does not pay for <string> and friends.
#pragma once

#include "version.hpp"

#include "units/decimal.hpp"
#include "units/literals.hpp"
#include "units/parse.hpp"
#include "units/quantity.hpp"
#include "units/rational.hpp"

#include "spec/accelerator.hpp"
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

#include "policy.hpp"

#include "catalog.hpp"

#include "analysis.hpp"
