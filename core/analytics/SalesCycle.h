// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CycleDistribution.h"

namespace b2x::analytics {

/// The numbers of the sales-cycle model (docs/models.md, "Sales cycle"), in days.
struct SalesCycle {
    double meanDays = 0; ///< exact
    double p50Days = 0;  ///< half of the deals that close take at most this long
    double p90Days = 0;  ///< nine in ten take at most this long
    double minDays = 0;  ///< Σ min
    double maxDays = 0;  ///< Σ max
    int stages = 0;
};

SalesCycle summariseCycle(const CycleDistribution& distribution, int stages);

} // namespace b2x::analytics
