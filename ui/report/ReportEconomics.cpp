// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportEconomics.h"

#include "format/EnumLabels.h"
#include "format/Formatting.h"

#include <cmath>

namespace b2x {

namespace {

/// 10 → "10%", 2.5 → "2.5%": whole percentages without decimals, others with one.
QString percentOf(double percent)
{
    const bool whole = percent == std::round(percent);
    return Formatting::percent(percent / 100, whole ? 0 : 1);
}

bool isWhole(double v)
{
    return v == std::round(v) && std::abs(v) < 1e9;
}

} // namespace

QString ReportEconomics::years(double years)
{
    if (!isWhole(years))
        return tr("%1 years").arg(Formatting::number(years, 1));
    const int n = static_cast<int>(years);
    return n == 1 ? tr("one year") : tr("%Ln years", nullptr, n);
}

QString ReportEconomics::terms(const Economics& e, const QString& currency)
{
    const QString price = Formatting::money(e.price, currency);
    const QString horizon = years(e.lifetimeYears);
    switch (e.revenueModel) {
    case RevenueModel::OneOff: {
        const QString purchases =
            !isWhole(e.purchasesPerYear)
                ? tr("%1 purchases a year").arg(Formatting::number(e.purchasesPerYear, 1))
            : e.purchasesPerYear == 1
                ? tr("one purchase a year")
                : tr("%Ln purchases a year", nullptr, static_cast<int>(e.purchasesPerYear));
        return tr("One-off purchases: %1 each, %2, over a customer lifetime of %3.")
            .arg(price, purchases, horizon);
    }
    case RevenueModel::Subscription: {
        const SubscriptionTerms& s = e.subscription;
        QStringList parts;
        parts << (s.billing == Period::Annual ? tr("Subscription billed yearly at %1")
                                              : tr("Subscription billed monthly at %1"))
                     .arg(price);
        if (s.churnPercent > 0)
            parts << (s.churnPeriod == Period::Annual ? tr("%1 churn a year")
                                                      : tr("%1 churn a month"))
                         .arg(percentOf(s.churnPercent));
        else
            parts << tr("no churn");
        if (s.expansionPercent > 0)
            parts << tr("revenue of retained customers grows %1 a year")
                         .arg(percentOf(s.expansionPercent));
        if (s.trialDays > 0)
            parts << (s.trialDays == 1 ? tr("a one-day free trial")
                                       : tr("a %Ln-day free trial", nullptr, s.trialDays));
        parts << (s.churnPercent > 0
                      ? tr("CLV over the lifetime churn implies (capped at %1)").arg(horizon)
                      : tr("CLV over the horizon of %1").arg(horizon));
        return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    case RevenueModel::RepeatOrder: {
        const QString perYear =
            !isWhole(e.purchasesPerYear)
                ? tr("%1 a year").arg(Formatting::number(e.purchasesPerYear, 1))
            : e.purchasesPerYear == 1
                ? tr("one a year")
                : tr("%Ln a year", nullptr, static_cast<int>(e.purchasesPerYear));
        const double retention = e.repeatOrders.annualRetentionPercent;
        return tr("Repeat orders: %1 orders, %2, %3 of accounts still ordering a year on; %4.")
            .arg(price, perYear, percentOf(retention),
                 retention < 100
                     ? tr("CLV over the lifetime churn implies (capped at %1)").arg(horizon)
                     : tr("CLV over the horizon of %1").arg(horizon));
    }
    }
    return {};
}

std::vector<QStringList> ReportEconomics::figures(const Persona& p,
                                                  const analytics::PersonaAnalysis& a,
                                                  const QString& currency)
{
    const auto& e = a.economics;
    const auto money = [&currency](double v) { return Formatting::money(v, currency); };
    std::vector<QStringList> rows;
    rows.push_back({tr("Revenue per customer a month"), money(e.monthlyRevenuePerCustomer)});
    if (e.lifetimeMonths > 0)
        rows.push_back({tr("Customer lifetime counted in the CLV"),
                        isWhole(e.lifetimeMonths)
                            ? tr("%Ln months", nullptr, static_cast<int>(e.lifetimeMonths))
                            : tr("%1 months").arg(Formatting::number(e.lifetimeMonths, 1))});
    if (e.monthlyChurn)
        rows.push_back({tr("Churn a month"), Formatting::percent(*e.monthlyChurn, 1)});
    if (e.steadyStateCustomers)
        rows.push_back(
            {tr("Paying customers at the steady state"),
             Formatting::number(*e.steadyStateCustomers, *e.steadyStateCustomers >= 10 ? 0 : 1)});
    if (e.steadyStateMrr)
        rows.push_back(
            {tr("Monthly recurring revenue (MRR) at the steady state"), money(*e.steadyStateMrr)});
    if (e.steadyStateArr)
        rows.push_back(
            {tr("Annual recurring revenue (ARR) at the steady state"), money(*e.steadyStateArr)});
    // A subscription's steady revenue is its MRR, shown above.
    if (p.economics.revenueModel != RevenueModel::Subscription &&
        a.timeToRevenue.steadyStateRevenue)
        rows.push_back({tr("Revenue a month at the steady state"),
                        money(*a.timeToRevenue.steadyStateRevenue)});
    return rows;
}

QString ReportEconomics::roles(const DecisionUnitMember& member)
{
    QStringList names;
    for (Role r : member.roles)
        names << displayName(r);
    if (names.isEmpty())
        names << displayName(member.primaryRole());
    return names.join(tr(", ", "between the roles of one decision-unit member"));
}

} // namespace b2x
