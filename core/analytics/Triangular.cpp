// SPDX-License-Identifier: GPL-3.0-or-later
#include "Triangular.h"

#include "model/Persona.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

double cleaned(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

} // namespace

Triangular Triangular::of(const Stage& stage)
{
    return sanitised(stage.minDays, stage.likelyDays, stage.maxDays);
}

Triangular Triangular::sanitised(double min, double likely, double max)
{
    const double a = cleaned(min);
    const double c = cleaned(likely);
    const double b = cleaned(max);
    const double lo = std::min({a, c, b});
    const double hi = std::max({a, c, b});
    return {lo, std::clamp(c, lo, hi), hi};
}

double Triangular::cdf(double x) const
{
    if (x < min)
        return 0.0;
    if (x >= max)
        return 1.0;
    const double w = max - min;
    if (x < likely)
        return (x - min) * (x - min) / (w * (likely - min));
    return 1.0 - (max - x) * (max - x) / (w * (max - likely));
}

double Triangular::quantile(double p) const
{
    if (degenerate())
        return min;
    p = std::clamp(p, 0.0, 1.0);
    const double w = max - min;
    const double atMode = (likely - min) / w;
    if (p < atMode)
        return min + std::sqrt(p * w * (likely - min));
    return max - std::sqrt((1.0 - p) * w * (max - likely));
}

double Triangular::integratedCdf(double x) const
{
    // Work relative to min; t is the distance from min, c the mode and w the width.
    const double t = x - min;
    if (t <= 0)
        return 0.0;
    if (degenerate() || x >= max)
        return x - mean();
    const double w = max - min;
    const double c = likely - min;
    if (t <= c)
        return t * t * t / (3.0 * w * c);
    const double atMode = c > 0 ? c * c / (3.0 * w) : 0.0;
    const double rest = w - c;
    const double gone = w - t;
    return atMode + (t - c) - (rest * rest * rest - gone * gone * gone) / (3.0 * w * rest);
}

} // namespace b2x::analytics
