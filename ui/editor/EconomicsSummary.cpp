// SPDX-License-Identifier: GPL-3.0-or-later
#include "EconomicsSummary.h"

#include "analytics/CustomerRevenue.h"
#include "analytics/UnitEconomics.h"
#include "format/Formatting.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace b2x {

namespace {

int wholeMonths(double months)
{
    return static_cast<int>(std::lround(std::clamp(months, 0.0, 1e6)));
}

QString percent(double share)
{
    // One decimal below 10% ("4.2%"), whole percents above ("40%").
    return Formatting::percent(share, share < 0.1 ? 1 : 0);
}

} // namespace

QString EconomicsSummary::text(const Economics& e, const QString& currency)
{
    const analytics::CustomerRevenue revenue = analytics::customerRevenue(e);
    const analytics::UnitEconomics unit = analytics::computeUnitEconomics(e, 0);
    // Whole amounts, except cents for small ones (a $4 snack, $8.33 a month).
    auto money = [&](double amount) {
        return Formatting::money(amount < 100 ? std::round(amount * 100) / 100 : std::round(amount),
                                 currency);
    };
    QStringList sentences;

    if (e.revenueModel == RevenueModel::OneOff) {
        sentences << tr("A customer brings about %1 of revenue a year.")
                         .arg(money(revenue.monthlyRevenue * 12));
    } else {
        sentences << tr("A customer pays about %1 a month while they stay.")
                         .arg(money(revenue.monthlyRevenue));
        const bool subscription = e.revenueModel == RevenueModel::Subscription;
        const double churn = revenue.monthlyChurn.value_or(0);
        if (subscription && e.subscription.churnPercent > 0) {
            const double stated = std::min(e.subscription.churnPercent, 100.0) / 100;
            sentences << (e.subscription.churnPeriod == Period::Monthly
                              ? tr("Churn of %1 a month is %2 a year.")
                                    .arg(percent(stated), percent(1 - std::pow(1 - churn, 12)))
                              : tr("Churn of %1 a year is %2 a month.")
                                    .arg(percent(stated), percent(churn)));
        } else if (!subscription && churn > 0) {
            sentences << tr("Keeping %1 of customers a year is losing %2 of them a month.")
                             .arg(percent(std::pow(1 - churn, 12)), percent(churn));
        }
        const int horizon = wholeMonths(12 * e.lifetimeYears);
        const double net = revenue.netMonthlyLoss;
        if (net <= 0)
            sentences << (subscription ? tr("Without net churn the horizon sets the lifetime: "
                                            "%Ln month(s).",
                                            nullptr, horizon)
                                       : tr("Without customers lost the horizon sets the "
                                            "lifetime: %Ln month(s).",
                                            nullptr, horizon));
        else if (1 / net > 12 * e.lifetimeYears)
            sentences << (subscription
                              ? tr("Lifetime from churn: %1 months, capped at the horizon of "
                                   "%Ln month(s).",
                                   nullptr, horizon)
                              : tr("Lifetime from retention: %1 months, capped at the horizon of "
                                   "%Ln month(s).",
                                   nullptr, horizon))
                             .arg(Formatting::count(wholeMonths(1 / net)));
        else
            sentences << (subscription ? tr("Lifetime from churn: %Ln month(s).", nullptr,
                                            wholeMonths(revenue.lifetimeMonths))
                                       : tr("Lifetime from retention: %Ln month(s).", nullptr,
                                            wholeMonths(revenue.lifetimeMonths)));
    }
    sentences << tr("Customer lifetime value (CLV): %1 of gross margin.").arg(money(unit.clv));
    const double inMarket = std::min(1.0 / e.interPurchaseYears, 1.0);
    sentences << tr("With a buying decision every %1 years, about %2% of the audience is in the "
                    "market in any one year.")
                     .arg(Formatting::locale().toString(e.interPurchaseYears, 'f',
                                                        QLocale::FloatingPointShortest),
                          Formatting::oneDecimal(inMarket * 100));
    return sentences.join(QLatin1Char(' '));
}

} // namespace b2x
