// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <cstdint>
#include <string>

namespace b2x::bench {

/// A CRM export in the generic layout (docs/calibration.md): `deals` deals created over the year
/// before the as-of date (2026-06-30), simulated through the persona's stages (its conversions
/// and triangular durations; lost deals leave on their own clock; open deals cut at the as-of
/// date). The same for the same seed.
struct DealExport {
    std::string deals;  ///< deals.csv
    std::string events; ///< stage_events.csv
    std::size_t eventCount = 0;
};
DealExport generateDealExport(const Persona& persona, std::size_t deals, std::uint32_t seed = 42);

/// A persona of six stages whose deals pass about six stage events each on average.
Persona benchmarkPipelinePersona();

} // namespace b2x::bench
