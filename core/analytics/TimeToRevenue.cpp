// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeToRevenue.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

// The cycle CDF is continuous for any non-degenerate pipeline; for a fixed-length pipeline it
// steps at that length, and a deal taking exactly m·D days closes in month m + 1. Reading the
// CDF just below the boundary gives P(cycle < m·D) in both cases.
double shareClosedBefore(const CycleDistribution& cycle, double days)
{
    return cycle.cdf(std::nextafter(days, 0.0));
}

} // namespace

TimeToRevenue computeTimeToRevenue(const CycleDistribution& cycle, double customersPerMonth,
                                   double price)
{
    TimeToRevenue r;
    const double customers =
        std::isfinite(customersPerMonth) && customersPerMonth > 0 ? customersPerMonth : 0.0;
    const double perCustomer = std::isfinite(price) && price > 0 ? price : 0.0;
    r.steadyStateRevenue = customers * perCustomer;
    for (int m = 1; m <= TimeToRevenue::months; ++m)
        r.monthlyRevenue[static_cast<std::size_t>(m - 1)] =
            r.steadyStateRevenue * shareClosedBefore(cycle, m * TimeToRevenue::daysPerMonth);
    if (r.steadyStateRevenue > 0) {
        // Start from the month that holds the median and correct for rounding at the boundary.
        int m = std::max(
            1, static_cast<int>(std::ceil(cycle.quantile(0.5) / TimeToRevenue::daysPerMonth)));
        while (shareClosedBefore(cycle, m * TimeToRevenue::daysPerMonth) < 0.5)
            ++m;
        while (m > 1 && shareClosedBefore(cycle, (m - 1) * TimeToRevenue::daysPerMonth) >= 0.5)
            --m;
        r.monthsTo50Percent = m;
    }
    return r;
}

} // namespace b2x::analytics
