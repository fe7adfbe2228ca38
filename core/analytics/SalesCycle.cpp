// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesCycle.h"

namespace b2x::analytics {

SalesCycle summariseCycle(const CycleDistribution& distribution, int stages)
{
    SalesCycle c;
    c.meanDays = distribution.meanDays();
    c.p50Days = distribution.quantile(0.5);
    c.p90Days = distribution.quantile(0.9);
    c.minDays = distribution.minDays();
    c.maxDays = distribution.maxDays();
    c.stages = stages;
    return c;
}

} // namespace b2x::analytics
