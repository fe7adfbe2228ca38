// SPDX-License-Identifier: GPL-3.0-or-later
#include "OkrScoring.h"

#include <algorithm>
#include <cmath>

namespace b2x::plan {

std::optional<double> keyResultProgress(double start, double target, double current)
{
    const double span = target - start;
    if (!std::isfinite(span) || span == 0 || !std::isfinite(current))
        return std::nullopt;
    const double p = (current - start) / span;
    if (!std::isfinite(p))
        return std::nullopt;
    return std::clamp(p, 0.0, 1.0);
}

Band bandFor(double progress)
{
    if (progress >= 0.7)
        return Band::Green;
    if (progress >= 0.4)
        return Band::Yellow;
    return Band::Red;
}

std::optional<int> latestConfidence(const std::vector<CheckIn>& checkIns)
{
    const CheckIn* latest = nullptr;
    for (const auto& c : checkIns)
        if (!latest || c.date >= latest->date) // YYYY-MM-DD sorts as text
            latest = &c;
    if (!latest)
        return std::nullopt;
    return latest->confidence;
}

KeyResultScore scoreKeyResult(const KeyResult& k, std::optional<double> liveTarget)
{
    KeyResultScore s;
    s.id = k.id;
    s.start = k.start;
    s.current = k.current;
    s.weight = k.weight;
    s.derived = k.derived.has_value();
    s.liveTarget = s.derived ? liveTarget : std::nullopt;
    s.target = s.liveTarget.value_or(k.target);
    s.progress = keyResultProgress(s.start, s.target, s.current);
    if (s.progress)
        s.band = bandFor(*s.progress);
    s.confidence = latestConfidence(k.checkIns);
    if (s.liveTarget && !k.checkIns.empty()) {
        const double tolerance = 0.01 * std::max(std::fabs(k.target), 1e-9);
        s.targetMovedSinceCheckIn = std::fabs(*s.liveTarget - k.target) > tolerance;
    }
    return s;
}

ObjectiveScore scoreObjective(const Objective& objective, std::vector<KeyResultScore> keyResults)
{
    ObjectiveScore o;
    o.id = objective.id;
    double weighted = 0;
    double weights = 0;
    for (const auto& k : keyResults) {
        if (!k.progress || !(k.weight > 0))
            continue;
        weighted += *k.progress * k.weight;
        weights += k.weight;
    }
    if (weights > 0) {
        o.progress = weighted / weights;
        o.band = bandFor(*o.progress);
    }
    o.keyResults = std::move(keyResults);
    return o;
}

} // namespace b2x::plan
