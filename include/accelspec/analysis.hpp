// accelspec analysis: design headroom (classification run backwards), the roofline model and
// first-order LLM inference bounds. constexpr throughout; opt-in on top of the core <accelspec/accelspec.hpp>.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "accelspec.hpp"

#include "analysis/headroom.hpp"
#include "analysis/llm.hpp"
#include "analysis/roofline.hpp"
