// The catalog of real accelerators: every SKU as a constexpr spec, with sources for every value.
// Opt-in on top of the core <accelspec/accelspec.hpp>; see docs/catalog.md. It needs the core
// only (and the thresholds of the January 2026 China zone, for the claims it checks): assessing a
// catalog product under the policy layer is <accelspec/catalog/assess.hpp>, which
// <accelspec/all.hpp> includes.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "accelspec.hpp"

#include "catalog/all.hpp"
#include "catalog/claims.hpp"
#include "catalog/entry.hpp"
#include "catalog/sources.hpp"
