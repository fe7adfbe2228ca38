// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReverseFunnel.h"

#include "analytics/Funnel.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace b2x::plan {

namespace {

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::plan", text);
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString daysText(double days)
{
    return QString::number(std::ceil(days), 'f', 0);
}

/// end − days, in whole days rounded up (a lead entering on that day still makes it).
QDate before(QDate end, double days)
{
    return end.addDays(-static_cast<qint64>(std::ceil(std::max(0.0, days))));
}

double finiteOrZero(double v)
{
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

} // namespace

double integratedCdf(const analytics::CycleDistribution& cycle, double days)
{
    if (!(days > 0))
        return 0.0;
    const double low = std::max(0.0, cycle.minDays());
    const double high = std::min(days, cycle.maxDays());
    // F = 1 beyond the longest cycle.
    double total = days > cycle.maxDays() ? days - std::max(0.0, cycle.maxDays()) : 0.0;
    if (high > low) {
        // Trapezoids: F is piecewise quadratic (closed form) or piecewise linear (grid), so
        // 4,096 steps keep the error below a millionth of a day per day of cycle.
        constexpr int steps = 4096;
        const double h = (high - low) / steps;
        double sum = 0.5 * (cycle.cdf(low) + cycle.cdf(high));
        for (int i = 1; i < steps; ++i)
            sum += cycle.cdf(low + h * i);
        total += sum * h;
    }
    return total;
}

ReverseFunnel computeReverseFunnel(const Persona& persona, const PersonaPlan* target,
                                   const PeriodDates& period)
{
    ReverseFunnel r;
    const analytics::Funnel funnel = analytics::computeFunnel(persona);
    const analytics::CycleDistribution cycle(persona.pipeline);
    const double days = std::max(0, period.days);
    const double price = finiteOrZero(persona.economics.price);
    r.customersPerMonth = funnel.customersPerMonth;
    r.integratedCdfDays = integratedCdf(cycle, days);
    r.expectedCustomersInPeriod = r.customersPerMonth * r.integratedCdfDays / daysPerMonth;
    r.p50Days = cycle.quantile(0.5);
    r.p90Days = cycle.quantile(0.9);
    r.latestEntryP50 = before(period.end, r.p50Days);
    r.latestEntryP90 = before(period.end, r.p90Days);
    for (const auto& s : funnel.stages)
        r.stageEntries.push_back({s.name, std::nullopt});

    if (!target || !target->target)
        return r;
    const double value = finiteOrZero(*target->target);
    if (target->targetKind == TargetKind::Customers) {
        r.targetCustomers = value;
        r.targetRevenue = value * price;
    } else {
        r.targetRevenue = value;
        if (price > 0) {
            r.targetCustomers = value / price;
        } else {
            r.warnings.push_back(tr("The target is revenue but the price is 0, so it cannot be "
                                    "turned into customers."));
            return r;
        }
    }
    const double needed = *r.targetCustomers;
    r.shortfallCustomers = std::max(0.0, needed - r.expectedCustomersInPeriod);
    if (r.expectedCustomersInPeriod > 0) {
        const double scale = needed / r.expectedCustomersInPeriod;
        r.requiredMonthlyVolume = finiteOrZero(persona.economics.monthlyVolume) * scale;
        r.requiredMonthlySpend = finiteOrZero(persona.economics.monthlySpend) * scale;
        for (std::size_t i = 0; i < funnel.stages.size(); ++i)
            r.stageEntries[i].entries = funnel.stages[i].count * scale * days / daysPerMonth;
    } else if (needed > 0 && !(r.customersPerMonth > 0)) {
        // A cycle that never fits the period is said below, with the dates.
        r.warnings.push_back(tr("Today's funnel wins no customers (no monthly volume, or a "
                                "conversion rate of 0), so the volume and spend the target needs "
                                "cannot be worked back."));
    }
    if (needed > 0 && r.p50Days >= days) {
        r.pipelineFilledBy = r.latestEntryP50;
        r.warnings.push_back(
            tr("Half of the deals take %1 days or more, longer than the %2-day period: leads "
               "entering during the period mostly close after it. The customers of this target "
               "come from a pipeline that had to be filled by %3 (by %4 for nine deals in ten).")
                .arg(daysText(r.p50Days))
                .arg(period.days)
                .arg(dateText(r.latestEntryP50), dateText(r.latestEntryP90)));
    } else if (needed > 0 && r.p90Days >= days) {
        r.warnings.push_back(
            tr("The slowest tenth of deals takes %1 days or more, longer than the %2-day period: "
               "leads that must close by the end with 90% probability had to enter by %3, before "
               "the period starts.")
                .arg(daysText(r.p90Days))
                .arg(period.days)
                .arg(dateText(r.latestEntryP90)));
    }
    return r;
}

} // namespace b2x::plan
