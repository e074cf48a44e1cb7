// accelspec analysis: design headroom (classification run backwards), the roofline model and
// first-order LLM inference bounds. constexpr throughout; included by <accelspec/accelspec.hpp>.
#pragma once

#include "analysis/headroom.hpp"
#include "analysis/llm.hpp"
#include "analysis/roofline.hpp"
