// SPDX-License-Identifier: GPL-3.0-or-later
#include "CycleDistribution.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

constexpr double minimumWidthDays = 1e-6;

// Probability of grid point k (at k·step from the stage's min) under linear binning: the
// expectation of the hat function centred on the point. It is a second difference of the
// integrated CDF, which makes the masses sum to 1 and keeps the stage's mean exactly.
std::vector<double> binned(const Triangular& t, double step)
{
    const auto points = static_cast<std::size_t>(std::ceil(t.width() / step)) + 1;
    std::vector<double> mass(points);
    auto integrated = [&](double k) { return t.integratedCdf(t.min + k * step); };
    double previous = integrated(-1.0);
    double current = integrated(0.0);
    for (std::size_t k = 0; k < points; ++k) {
        const double next = integrated(static_cast<double>(k) + 1.0);
        mass[k] = std::max(0.0, (next - 2.0 * current + previous) / step);
        previous = current;
        current = next;
    }
    return mass;
}

std::vector<double> convolved(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<double> out(a.size() + b.size() - 1, 0.0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double ai = a[i];
        if (ai == 0.0)
            continue;
        double* row = out.data() + i;
        for (std::size_t j = 0; j < b.size(); ++j)
            row[j] += ai * b[j];
    }
    return out;
}

} // namespace

CycleDistribution::CycleDistribution(std::span<const Stage> stages, int gridCells)
{
    std::vector<Triangular> wide;
    for (const auto& s : stages) {
        auto t = Triangular::of(s);
        // A spread below a tenth of a second is a fixed delay at its mean: it changes no result
        // and keeps the closed forms away from underflow (0/0) on absurdly small widths.
        if (t.width() < minimumWidthDays)
            t = {t.mean(), t.mean(), t.mean()};
        m_mean += t.mean();
        m_min += t.min;
        m_max += t.max;
        if (!t.degenerate())
            wide.push_back(t);
    }
    if (wide.size() == 1) {
        // Shift the one random stage by the fixed time of the others: still a closed form.
        const Triangular& t = wide.front();
        const double fixed = m_min - t.min;
        m_single = Triangular{t.min + fixed, t.likely + fixed, t.max + fixed};
        return;
    }
    if (wide.empty())
        return;

    m_step = (m_max - m_min) / std::max(gridCells, 16);
    std::vector<double> mass{1.0};
    for (const auto& t : wide)
        mass = convolved(mass, binned(t, m_step));

    m_grid.resize(mass.size());
    double total = 0;
    for (std::size_t k = 0; k < mass.size(); ++k) {
        total += mass[k];
        m_grid[k] = total;
    }
    // Rounding leaves the total a few ulps away from 1; normalise so the top quantiles exist.
    for (auto& c : m_grid)
        c /= total;
}

double CycleDistribution::cdf(double days) const
{
    if (m_single)
        return m_single->cdf(days);
    if (days < m_min)
        return 0.0;
    if (days >= m_max)
        return 1.0;
    if (m_grid.empty())
        return 1.0; // every stage is fixed: all mass at m_min == m_max
    // Point k's probability is spread evenly over [k − ½, k + ½] steps.
    const double u = (days - m_min) / m_step + 0.5;
    const auto k = static_cast<std::size_t>(std::floor(u));
    if (k >= m_grid.size())
        return 1.0;
    const double below = k == 0 ? 0.0 : m_grid[k - 1];
    return below + (m_grid[k] - below) * (u - static_cast<double>(k));
}

double CycleDistribution::quantile(double p) const
{
    if (m_single)
        return m_single->quantile(p);
    if (m_grid.empty())
        return m_min;
    p = std::clamp(p, 0.0, 1.0);
    const auto it = std::lower_bound(m_grid.begin(), m_grid.end(), p);
    const auto k = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
        it - m_grid.begin(), static_cast<std::ptrdiff_t>(m_grid.size()) - 1));
    const double below = k == 0 ? 0.0 : m_grid[k - 1];
    const double here = m_grid[k] - below;
    const double fraction = here > 0 ? (p - below) / here : 0.0;
    const double days = m_min + (static_cast<double>(k) - 0.5 + fraction) * m_step;
    return std::clamp(days, m_min, m_max);
}

} // namespace b2x::analytics
