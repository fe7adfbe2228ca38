// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyAllocation.h"

#include "budget/ResponseCurve.h"
#include "model/Limits.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace b2x::budget {

namespace {

// A proposal computed again on a persona it was already applied to differs from it only by
// rounding (the curve refitted through the point it predicted); keeping the saved number then
// makes a second Apply change nothing.
double settled(double before, double after)
{
    return std::abs(after - before) <= 1e-9 * std::max(1.0, std::abs(before)) ? before : after;
}

std::optional<double> settled(const std::optional<double>& before, double after)
{
    return before ? settled(*before, after) : after;
}

} // namespace

Persona withAllocation(const Persona& persona, const Allocation& allocation,
                       const ChannelCatalogue& catalogue)
{
    Persona out = persona;
    double shares = 0;
    for (const auto& use : persona.channels)
        shares += use.budgetSharePercent;
    const double rest =
        persona.economics.monthlySpend * std::max(0.0, 1 - std::min(shares, 100.0) / 100);
    double proposed = 0;
    bool covered = false;
    for (const auto& c : allocation.channels)
        if (c.personaId == persona.id) {
            proposed += c.spend;
            covered = true;
        }
    const double monthly = std::min(proposed + rest, limits::maxMoney);
    if (!covered || !std::isfinite(monthly) || monthly <= 0)
        return out;
    out.economics.monthlySpend = settled(persona.economics.monthlySpend, monthly);
    const double total = out.economics.monthlySpend;
    double entriesGained = 0;
    for (auto& use : out.channels) {
        const auto it = std::find_if(
            allocation.channels.begin(), allocation.channels.end(), [&](const auto& c) {
                return c.personaId == persona.id && c.channelId == use.channelId;
            });
        if (it == allocation.channels.end())
            continue;
        // The curve as the allocator saw it: read before the share changes.
        const ResponseCurve curve =
            responseCurve(use, persona.economics, catalogue.find(use.channelId));
        use.budgetSharePercent =
            settled(use.budgetSharePercent, std::clamp(it->spend / total * 100, 0.0, 100.0));
        if (!curve.calibrated)
            continue; // no curve: nothing to pin, and it brings nothing either way
        use.response.halfSaturationSpend =
            settled(use.response.halfSaturationSpend, std::min(curve.ec, limits::maxMoney));
        use.response.slope = settled(use.response.slope, curve.slope);
        use.response.monthlyEntries =
            settled(use.response.monthlyEntries, std::min(it->entries, limits::maxVolume));
        entriesGained += it->entries - it->currentEntries;
    }
    const double volume = persona.economics.monthlyVolume + entriesGained;
    if (std::isfinite(volume))
        out.economics.monthlyVolume =
            settled(persona.economics.monthlyVolume, std::clamp(volume, 0.0, limits::maxVolume));
    return out;
}

} // namespace b2x::budget
