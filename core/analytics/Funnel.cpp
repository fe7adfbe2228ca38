// SPDX-License-Identifier: GPL-3.0-or-later
#include "Funnel.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

} // namespace

Funnel computeFunnel(const Persona& persona)
{
    Funnel f;
    double count = finiteNonNegative(persona.economics.monthlyVolume);
    f.stages.reserve(persona.pipeline.size());
    for (const auto& s : persona.pipeline) {
        const double rate = std::clamp(finiteNonNegative(s.conversionPercent), 0.0, 100.0) / 100.0;
        f.stages.push_back({s.name, count, rate});
        count *= rate;
    }
    f.customersPerMonth = count;
    return f;
}

} // namespace b2x::analytics
