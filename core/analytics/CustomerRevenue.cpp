// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRevenue.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

double share(double percent)
{
    return std::min(finiteNonNegative(percent), 100.0) / 100.0;
}

} // namespace

double monthlyFromAnnualLoss(double annual)
{
    const double a = std::clamp(std::isfinite(annual) ? annual : 0.0, 0.0, 1.0);
    return 1.0 - std::pow(1.0 - a, 1.0 / 12.0);
}

CustomerRevenue customerRevenue(const Economics& e)
{
    CustomerRevenue r;
    r.model = e.revenueModel;
    const double price = finiteNonNegative(e.price);
    const double perYear = finiteNonNegative(e.purchasesPerYear);
    const double horizonMonths = 12.0 * finiteNonNegative(e.lifetimeYears);
    double churn = 0;
    double expansion = 0;
    switch (e.revenueModel) {
    case RevenueModel::OneOff:
        r.monthlyRevenue = price * perYear / 12.0;
        if (!std::isfinite(r.monthlyRevenue))
            r.monthlyRevenue = 0; // beyond the file limits only; keeps every output finite
        r.firstPayment = price;
        r.lifetimeMonths = horizonMonths;
        return r;
    case RevenueModel::RepeatOrder:
        r.monthlyRevenue = price * perYear / 12.0;
        churn = monthlyFromAnnualLoss(1.0 - share(e.repeatOrders.annualRetentionPercent));
        break;
    case RevenueModel::Subscription: {
        const auto& s = e.subscription;
        r.monthlyRevenue = s.billing == Period::Annual ? price / 12.0 : price;
        const double stated = share(s.churnPercent);
        churn = s.churnPeriod == Period::Annual ? monthlyFromAnnualLoss(stated) : stated;
        expansion = std::pow(1.0 + share(s.expansionPercent), 1.0 / 12.0) - 1.0;
        r.startDelayDays = std::max(0, s.trialDays);
        break;
    }
    }
    if (!std::isfinite(r.monthlyRevenue))
        r.monthlyRevenue = 0; // beyond the file limits only; keeps every output finite
    r.firstPayment = r.monthlyRevenue;
    r.monthlyChurn = churn;
    r.monthlyExpansion = expansion;
    r.retainedShare = (1.0 + expansion) * (1.0 - churn);
    // Skok's lifetime 1 ÷ churn (1 ÷ (1 − q) with expansion), capped at the horizon; without
    // net loss the horizon alone bounds it.
    r.netMonthlyLoss = churn - expansion * (1.0 - churn);
    const double net = r.netMonthlyLoss;
    r.lifetimeMonths = net > 0 ? std::min(1.0 / net, horizonMonths) : horizonMonths;
    return r;
}

} // namespace b2x::analytics
