// accelspec's run-time text layer: formatting, explanations, JSON and parsing of text inputs.
// Separate from <accelspec/accelspec.hpp> so that classification alone stays light to compile.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "accelspec.hpp"
#include "io/csv.hpp"
#include "io/explain.hpp"
#include "io/format.hpp"
#include "io/json.hpp"
#include "io/parse.hpp"
#include "io/policy.hpp"
#include "io/screening.hpp"
