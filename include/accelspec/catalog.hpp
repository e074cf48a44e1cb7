// The catalog of real accelerators: every SKU as a constexpr spec, with sources for every value.
// See docs/catalog.md.
#pragma once

#include "catalog/all.hpp"
#include "catalog/claims.hpp"
#include "catalog/entry.hpp"
#include "catalog/sources.hpp"
