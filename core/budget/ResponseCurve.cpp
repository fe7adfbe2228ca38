// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseCurve.h"

#include "analytics/Funnel.h"
#include "analytics/UnitEconomics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace b2x::budget {

namespace {

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

double finiteOr(double value, double fallback)
{
    return std::isfinite(value) ? value : fallback;
}

constexpr double minSlope = 0.1;
constexpr double maxSlope = 10;

// docs/models.md, "Response curves": the half-saturation spend as a multiple of today's spend
// and the slope per catalogue category. Slope 1 (Meridian's default for media) unless the
// channel buys reach and frequency, where a threshold effect (S-shape) is usual.
constexpr std::array<std::pair<std::string_view, ResponseDefaults>, 13> categoryDefaults{{
    {"search", {1.0, 1.0}},
    {"direct", {1.0, 1.0}},
    {"owned", {1.0, 1.0}},
    {"community", {1.0, 1.0}},
    {"content", {1.0, 1.0}},
    {"events", {1.0, 1.0}},
    {"social", {1.5, 1.0}},
    {"distribution", {1.5, 1.0}},
    {"display", {1.5, 1.0}},
    {"video", {1.5, 1.5}},
    {"audio", {1.5, 1.5}},
    {"broadcast", {1.5, 1.5}},
    {"outdoor", {1.5, 1.5}},
}};

} // namespace

ResponseDefaults responseDefaults(std::string_view category)
{
    for (const auto& [name, defaults] : categoryDefaults)
        if (name == category)
            return defaults;
    return {};
}

double ResponseCurve::entries(double spend) const
{
    const double x = finiteNonNegative(spend);
    if (x == 0 || beta <= 0)
        return 0;
    if (ec <= 0)
        return beta;
    // beta ÷ (1 + (ec ÷ x)^s): no overflow of x^s for large spends.
    const double r = std::pow(ec / x, slope);
    const double f = beta / (1 + r);
    return finiteNonNegative(f);
}

std::optional<double> ResponseCurve::derivative(double spend) const
{
    const double x = finiteNonNegative(spend);
    if (beta <= 0 || ec <= 0)
        return 0.0;
    if (x == 0) {
        if (slope < 1)
            return std::nullopt;
        return slope == 1 ? beta / ec : 0.0;
    }
    // f′(x) = beta · s · r ÷ (x · (1 + r)²) with r = (x ÷ ec)^s, written as
    // beta · s ÷ (x · (r + 2 + 1 ÷ r)) so that neither a tiny nor a huge r overflows.
    const double r = std::pow(x / ec, slope);
    if (!(r > 0) || !std::isfinite(r))
        return 0.0;
    const double d = beta * slope / (x * (r + 2 + 1 / r));
    return finiteNonNegative(d);
}

double todaysSpend(const ChannelUse& use, const Economics& economics)
{
    const double share = std::min(finiteNonNegative(use.budgetSharePercent), 100.0) / 100.0;
    return share * finiteNonNegative(economics.monthlySpend);
}

double todaysEntries(const ChannelUse& use, const Economics& economics)
{
    if (use.response.monthlyEntries)
        return finiteNonNegative(*use.response.monthlyEntries);
    const double share = std::min(finiteNonNegative(use.budgetSharePercent), 100.0) / 100.0;
    return share * finiteNonNegative(economics.monthlyVolume);
}

ResponseCurve responseCurve(const ChannelUse& use, const Economics& economics,
                            const Channel* channel)
{
    const ResponseDefaults defaults =
        channel ? responseDefaults(channel->category) : ResponseDefaults{};
    ResponseCurve c;
    c.todaySpend = todaysSpend(use, economics);
    c.todayEntries = todaysEntries(use, economics);
    c.slope = std::clamp(finiteOr(use.response.slope.value_or(defaults.slope), defaults.slope),
                         minSlope, maxSlope);
    c.ec = use.response.halfSaturationSpend ? finiteNonNegative(*use.response.halfSaturationSpend)
                                            : defaults.halfSaturationMultiple * c.todaySpend;
    if (c.todaySpend > 0 && c.todayEntries > 0) {
        // f(x0) = y0  ⇔  beta = y0 · (1 + (ec ÷ x0)^s).
        const double beta = c.todayEntries * (1 + std::pow(c.ec / c.todaySpend, c.slope));
        if (std::isfinite(beta)) {
            c.beta = beta;
            c.calibrated = true;
        }
    }
    return c;
}

EntryValue entryValue(const Persona& persona)
{
    // The funnel's own rates (clamped as the funnel clamps them), multiplied: the customers one
    // entry becomes, also when the persona's monthly volume is zero.
    const analytics::Funnel funnel = analytics::computeFunnel(persona);
    double customers = 1;
    for (const auto& stage : funnel.stages)
        customers *= stage.conversionRate;
    EntryValue v;
    v.customersPerEntry = finiteNonNegative(customers);
    v.clv = finiteNonNegative(analytics::computeUnitEconomics(persona.economics, 0).clv);
    return v;
}

} // namespace b2x::budget
