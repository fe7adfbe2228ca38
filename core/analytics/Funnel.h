// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <string>
#include <vector>

namespace b2x::analytics {

struct FunnelStage {
    std::string name;
    double count = 0;          ///< entries into this stage per month
    double conversionRate = 0; ///< share that moves on from this stage (0–1)
};

/// The funnel model (docs/models.md, "Funnel"). Stage i is entered by monthlyVolume × the rates
/// of stages 0 … i−1; its own rate takes entrants to the next stage, and the last stage's rate
/// turns its entrants into customers. So customersPerMonth = monthlyVolume × Π rates, and an
/// empty pipeline turns every entry into a customer (the empty product is 1).
struct Funnel {
    std::vector<FunnelStage> stages;
    double customersPerMonth = 0;
};

Funnel computeFunnel(const Persona& persona);

} // namespace b2x::analytics
