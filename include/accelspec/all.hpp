// accelspec, every layer: the core (<accelspec/accelspec.hpp>), policy, catalog, analysis and io,
// including the SVG map and the HTML report. Convenient for tools; a translation unit that only
// classifies its own chips compiles faster with the core alone.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "accelspec.hpp"

#include "policy.hpp"

#include "catalog.hpp"
#include "catalog/assess.hpp"  // the catalog under the policy layer

#include "analysis.hpp"

#include "io.hpp"
#include "io/map_svg.hpp"
#include "io/report_html.hpp"
