// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompetingRisks.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace b2x::calibration {

namespace {

constexpr double z95 = 1.959963984540054; // the standard normal's 97.5th percentile

/// Greenwood-type variance of the cumulative incidence of advancing at the last step, after
/// Collett (3rd ed., §12.2; the form SAS PROC LIFETEST documents for CIF):
///   Var F(t) = Σᵢ (F(t) − F(tᵢ))² dᵢ ÷ (nᵢ(nᵢ − dᵢ)) + S(tᵢ₋₁)² aᵢ(nᵢ − aᵢ) ÷ nᵢ³
///              − 2 Σᵢ (F(t) − F(tᵢ)) S(tᵢ₋₁) aᵢ ÷ nᵢ²
/// with dᵢ every exit at tᵢ and aᵢ the advances. A step where every deal at risk left (nᵢ = dᵢ)
/// is the last one, where F(t) − F(tᵢ) = 0: its first term is 0.
double cifVariance(const std::vector<IncidenceStep>& steps)
{
    if (steps.empty())
        return 0;
    const double f = steps.back().advancedCif;
    double variance = 0;
    double previousS = 1;
    for (const auto& s : steps) {
        const double n = s.atRisk;
        const double d = s.advanced + s.lost;
        const double a = s.advanced;
        const double gap = f - s.advancedCif;
        if (n > d)
            variance += gap * gap * d / (n * (n - d));
        variance += previousS * previousS * a * (n - a) / (n * n * n);
        variance -= 2 * gap * previousS * a / (n * n);
        previousS = s.stillInStage;
    }
    return std::max(0.0, variance);
}

/// The smallest step time at which the conditional distribution reaches q.
double conditionalQuantile(const std::vector<IncidenceStep>& steps, double total, double q)
{
    for (const auto& s : steps)
        if (s.advanced > 0 && s.advancedCif / total >= q - 1e-12)
            return s.days;
    return steps.back().days;
}

} // namespace

CompetingRisksEstimate estimateCompetingRisks(std::span<const Spell> spells)
{
    CompetingRisksEstimate e;
    e.entered = static_cast<int>(spells.size());
    if (spells.empty())
        return e;

    std::vector<Spell> sorted(spells.begin(), spells.end());
    for (auto& s : sorted)
        if (!std::isfinite(s.days) || s.days < 0)
            s.days = 0;
    std::sort(sorted.begin(), sorted.end(),
              [](const Spell& x, const Spell& y) { return x.days < y.days; });

    int atRisk = e.entered;
    double survival = 1;
    double advancedCif = 0;
    double lostCif = 0;
    double longestFollowUp = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        const double t = sorted[i].days;
        int advanced = 0;
        int lost = 0;
        int censored = 0;
        for (; i < sorted.size() && sorted[i].days == t; ++i) {
            switch (sorted[i].outcome) {
            case Outcome::Advanced:
                ++advanced;
                break;
            case Outcome::Lost:
                ++lost;
                break;
            case Outcome::Open:
                ++censored;
                break;
            }
        }
        longestFollowUp = t;
        e.advanced += advanced;
        e.lost += lost;
        e.open += censored;
        if (advanced + lost > 0) {
            const double n = atRisk;
            advancedCif += survival * advanced / n;
            lostCif += survival * lost / n;
            survival *= 1 - (advanced + lost) / n;
            e.steps.push_back({t, atRisk, advanced, lost, advancedCif, lostCif, survival});
        }
        atRisk -= advanced + lost + censored;
    }

    e.naiveConversion = static_cast<double>(e.advanced) / e.entered;
    e.conversion = advancedCif;
    // 95% interval on the log(−log F) scale, which keeps it inside (0, 1). At F = 0 or 1 the
    // scale breaks down; the exact binomial bound for "none" or "all" of n then stands in
    // (Clopper–Pearson: 1 − 0.025^(1/n)).
    const double n = e.entered;
    if (advancedCif <= 0) {
        e.conversionLow = 0.0;
        e.conversionHigh = 1 - std::pow(0.025, 1 / n);
    } else if (advancedCif >= 1) {
        e.conversionLow = std::pow(0.025, 1 / n);
        e.conversionHigh = 1.0;
    } else {
        const double se = std::sqrt(cifVariance(e.steps));
        const double logMinusLog = std::log(-std::log(advancedCif));
        const double seTransformed = se / (advancedCif * std::abs(std::log(advancedCif)));
        e.conversionLow = std::exp(-std::exp(logMinusLog + z95 * seTransformed));
        e.conversionHigh = std::exp(-std::exp(logMinusLog - z95 * seTransformed));
    }

    // Levelled off: the curve rose by less than one percentage point over the last quarter of
    // the follow-up, while deals were still at risk there to move on.
    if (e.open == 0) {
        e.levelledOff = true;
    } else {
        const double from = 0.75 * longestFollowUp;
        double cifAtFrom = 0;
        for (const auto& s : e.steps)
            if (s.days <= from)
                cifAtFrom = s.advancedCif;
        e.levelledOff = longestFollowUp > 0 && advancedCif - cifAtFrom < 0.01;
    }

    if (e.advanced > 0 && advancedCif > 0) {
        e.p10Days = conditionalQuantile(e.steps, advancedCif, 0.10);
        e.p50Days = conditionalQuantile(e.steps, advancedCif, 0.50);
        e.p90Days = conditionalQuantile(e.steps, advancedCif, 0.90);
        double mean = 0;
        double previous = 0;
        for (const auto& s : e.steps) {
            mean += s.days * (s.advancedCif - previous);
            previous = s.advancedCif;
        }
        e.meanDays = mean / advancedCif;
    }
    return e;
}

double triangularQuantile(const TriangularFit& t, double q)
{
    const double range = t.maxDays - t.minDays;
    if (range <= 0)
        return t.minDays;
    const double m = (t.likelyDays - t.minDays) / range;
    return q < m ? t.minDays + range * std::sqrt(q * m)
                 : t.maxDays - range * std::sqrt((1 - q) * (1 - m));
}

TriangularFit fitTriangular(double p10, double p50, double p90)
{
    // For a mode at the fraction m of the range, each quantile is min + (max − min) · g(q, m),
    // linear in (min, max): least squares in closed form for each m on a fine grid, the best m
    // kept. min is held at 0 when the free fit would go below it.
    constexpr std::array<double, 3> qs{0.10, 0.50, 0.90};
    const std::array<double, 3> targets{p10, p50, p90};
    TriangularFit best{p50, p50, p50};
    double bestError = INFINITY;
    double bestMode = 0;
    for (int step = 0; step <= 1000; ++step) {
        const double m = step / 1000.0;
        std::array<double, 3> g{};
        for (std::size_t k = 0; k < 3; ++k)
            g[k] = qs[k] < m ? std::sqrt(qs[k] * m) : 1 - std::sqrt((1 - qs[k]) * (1 - m));
        // Q = a(1 − g) + b g: normal equations of the two unknowns a and b.
        double s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            const double u = 1 - g[k];
            s11 += u * u;
            s12 += u * g[k];
            s22 += g[k] * g[k];
            r1 += u * targets[k];
            r2 += g[k] * targets[k];
        }
        const double det = s11 * s22 - s12 * s12;
        if (std::abs(det) < 1e-12)
            continue;
        double a = (r1 * s22 - r2 * s12) / det;
        double b = (s11 * r2 - s12 * r1) / det;
        if (a < 0) {
            a = 0;
            b = r2 / s22;
        }
        if (b < a)
            continue;
        const TriangularFit candidate{a, a + m * (b - a), b};
        double error = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            const double r = triangularQuantile(candidate, qs[k]) - targets[k];
            error += r * r;
        }
        // When the mode lies outside p10–p90, every mode beyond the outer percentile fits them
        // equally well: the least extreme of those (the one nearest the middle) is kept.
        const double tolerance = 1e-9 * (1 + p90 * p90);
        if (error < bestError - tolerance ||
            (error <= bestError + tolerance && std::abs(m - 0.5) < std::abs(bestMode - 0.5))) {
            bestError = std::min(error, bestError);
            best = candidate;
            bestMode = m;
        }
    }
    return best;
}

} // namespace b2x::calibration
