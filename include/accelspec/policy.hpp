// The policy layer: what the rules mean for a shipment. Destinations and Country Groups, every
// measure on advanced-computing items (rules, embargoes, the headquarters rule, company notices,
// review-policy overlays, guidance) as dated data, assess() and timeline() as folds over them;
// beside them, never in them, the destination's own import measures (destination_side()).
// Opt-in on top of the core <accelspec/accelspec.hpp>.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include "accelspec.hpp"

#include "policy/assess.hpp"
#include "policy/assessment.hpp"
#include "policy/china_zone.hpp"
#include "policy/destination.hpp"
#include "policy/destination_side.hpp"
#include "policy/diffusion.hpp"
#include "policy/hbm.hpp"
#include "policy/import_measure.hpp"
#include "policy/import_measures.hpp"
#include "policy/measure.hpp"
#include "policy/measures.hpp"
#include "policy/parties.hpp"
#include "policy/party_name.hpp"
#include "policy/provenance.hpp"
#include "policy/regulation.hpp"
#include "policy/review.hpp"
#include "policy/system.hpp"
#include "policy/tariff.hpp"
#include "policy/timeline.hpp"
