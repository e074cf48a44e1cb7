// The catalog of real accelerators: every SKU as a constexpr spec, with sources for every value.
// Opt-in on top of the core <accelspec/accelspec.hpp>; see docs/catalog.md.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "accelspec.hpp"

#include "catalog/all.hpp"
#include "catalog/claims.hpp"
#include "catalog/entry.hpp"
#include "catalog/sources.hpp"
