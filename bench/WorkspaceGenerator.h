// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <cstdint>

namespace b2x::bench {

/// A realistic workspace of `personas` personas (varied labels, decision units, pipelines of 3–8
/// stages, 3–12 channels), the same for the same seed on every machine.
Workspace generateWorkspace(std::size_t personas, std::uint32_t seed = 42);

/// Gives `ws` a plan for the first quarter of 2027: targets for one persona in twenty, `objectives`
/// objectives of three key results each (one in three derived from a persona's reverse funnel,
/// with check-ins), `tactics` tactics and as many content items spread over the personas, the
/// RACE stages and the quarter; the same for the same seed.
void addPlan(Workspace& ws, std::size_t tactics, std::size_t objectives, std::uint32_t seed = 42);

} // namespace b2x::bench
