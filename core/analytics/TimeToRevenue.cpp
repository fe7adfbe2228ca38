// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeToRevenue.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

// The cycle, every stage's duration multiplied by `scale` (the uncertainty model varies them
// together, docs/models.md): its CDF at t is the unscaled CDF at t ÷ scale. A scale of 1 gives
// every bit of the unscaled numbers (x ÷ 1 and x × 1 are exact).
struct ScaledCycle {
    const CycleDistribution& cycle;
    double scale = 1;

    double cdf(double days) const { return cycle.cdf(days / scale); }
    double quantile(double p) const { return cycle.quantile(p) * scale; }
    double maxDays() const { return cycle.maxDays() * scale; }
};

// The cycle CDF is continuous for any non-degenerate pipeline; for a fixed-length pipeline it
// steps at that length, and a deal taking exactly m·D days closes in month m + 1. Reading the
// CDF just below the boundary gives P(cycle < m·D) in both cases.
double shareClosedBefore(const ScaledCycle& cycle, double days)
{
    return cycle.cdf(std::nextafter(days, 0.0));
}

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

// One-off: revenue(m) = steady state × P(cycle < m·D), so the month that holds the median.
int oneOffMonthsTo50(const ScaledCycle& cycle, double delayDays)
{
    const auto closed = [&](int m) {
        return shareClosedBefore(cycle, m * TimeToRevenue::daysPerMonth - delayDays);
    };
    // Start from the month that holds the median and correct for rounding at the boundary.
    int m = std::max(1, static_cast<int>(std::ceil((cycle.quantile(0.5) + delayDays) /
                                                   TimeToRevenue::daysPerMonth)));
    while (closed(m) < 0.5)
        ++m;
    while (m > 1 && closed(m - 1) >= 0.5)
        --m;
    return m;
}

// Recurring: S(m) = q·S(m − 1) + a_m (customer-months of revenue, each weighted by what it still
// keeps), revenue(m) = monthly revenue × S(m). Once the whole pipeline has closed (a_m is
// customersPerMonth from then on), S approaches its limit n ÷ (1 − q) geometrically, so the rest
// is solved in closed form instead of month by month.
std::optional<int> recurringMonthsTo50(const ScaledCycle& cycle, double customers, double q,
                                       double netLoss, double delayDays)
{
    const double limit = customers / netLoss;
    const double half = limit / 2.0;
    double s = 0;
    // The longest possible cycle is 30 stages × 3,650 days plus a trial: under 3,700 months.
    const int saturated =
        static_cast<int>(std::ceil((cycle.maxDays() + delayDays) / TimeToRevenue::daysPerMonth)) +
        1;
    int m = 1;
    for (; m <= saturated; ++m) {
        s = q * s +
            customers * shareClosedBefore(cycle, m * TimeToRevenue::daysPerMonth - delayDays);
        if (s >= half)
            return m;
    }
    --m; // s is S(m) with a_k = customers for every k > m
    // S(m + k) = limit − (limit − S(m))·q^k ≥ half  ⇔  q^k ≤ half ÷ (limit − S(m)).
    if (q <= 0)
        return m + 1;
    const double gap = limit - s;
    double k = std::ceil(std::log(half / gap) / std::log(q));
    if (!std::isfinite(k) || k > 1e7)
        return std::nullopt; // churn so slow that half the steady state takes a million years
    k = std::max(1.0, k);
    int months = m + static_cast<int>(k);
    // Correct a rounding step either way.
    const auto at = [&](int n) { return limit - gap * std::pow(q, n - m); };
    while (months > m + 1 && at(months - 1) >= half)
        --months;
    while (at(months) < half)
        ++months;
    return months;
}

} // namespace

TimeToRevenue computeTimeToRevenue(const CycleDistribution& cycle, double customersPerMonth,
                                   const CustomerRevenue& revenue)
{
    return computeTimeToRevenue(cycle, customersPerMonth, revenue, 1.0);
}

TimeToRevenue computeTimeToRevenue(const CycleDistribution& unscaled, double customersPerMonth,
                                   const CustomerRevenue& revenue, double durationScale)
{
    const ScaledCycle cycle{
        unscaled, std::isfinite(durationScale) && durationScale > 1e-9 ? durationScale : 1e-9};
    TimeToRevenue r;
    const double customers = finiteNonNegative(customersPerMonth);
    const double first = finiteNonNegative(revenue.firstPayment);
    const double monthly = finiteNonNegative(revenue.monthlyRevenue);
    const double q = finiteNonNegative(revenue.retainedShare);
    const double delay = finiteNonNegative(revenue.startDelayDays);
    const bool recurring = revenue.model != RevenueModel::OneOff && q > 0;

    if (!recurring) {
        const double steady = customers * first;
        r.steadyStateRevenue = steady;
        for (int m = 1; m <= TimeToRevenue::months; ++m) {
            const auto i = static_cast<std::size_t>(m - 1);
            r.monthlyRevenue[i] =
                steady * shareClosedBefore(cycle, m * TimeToRevenue::daysPerMonth - delay);
            r.newCustomerRevenue[i] = r.monthlyRevenue[i];
        }
    } else {
        double s = 0;
        for (int m = 1; m <= TimeToRevenue::months; ++m) {
            const double starting =
                customers * shareClosedBefore(cycle, m * TimeToRevenue::daysPerMonth - delay);
            s = q * s + starting;
            const auto i = static_cast<std::size_t>(m - 1);
            r.newCustomerRevenue[i] = starting * first;
            r.monthlyRevenue[i] = starting * first + (s - starting) * monthly;
        }
    }
    if (recurring && revenue.netMonthlyLoss > 0) {
        const double steady = customers * monthly / revenue.netMonthlyLoss;
        if (std::isfinite(steady))
            r.steadyStateRevenue = steady;
    }
    if (r.steadyStateRevenue && *r.steadyStateRevenue > 0)
        r.monthsTo50Percent =
            recurring ? recurringMonthsTo50(cycle, customers, q, revenue.netMonthlyLoss, delay)
                      : oneOffMonthsTo50(cycle, delay);
    return r;
}

TimeToRevenue computeTimeToRevenue(const CycleDistribution& cycle, double customersPerMonth,
                                   double price)
{
    CustomerRevenue oneOff;
    oneOff.firstPayment = price;
    return computeTimeToRevenue(cycle, customersPerMonth, oneOff);
}

} // namespace b2x::analytics
