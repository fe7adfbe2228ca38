// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitEconomics.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

std::optional<double> finite(std::optional<double> value)
{
    return value && std::isfinite(*value) ? value : std::nullopt;
}

} // namespace

std::optional<double> ratio(double a, double b)
{
    if (b == 0.0 || !std::isfinite(a) || !std::isfinite(b))
        return std::nullopt;
    const double r = a / b;
    return std::isfinite(r) ? std::optional<double>(r) : std::nullopt;
}

UnitEconomics computeUnitEconomics(const Economics& e, double customersPerMonth)
{
    const double customers = finiteNonNegative(customersPerMonth);
    const double spend = finiteNonNegative(e.monthlySpend);
    const double price = finiteNonNegative(e.price);
    const double margin = std::min(finiteNonNegative(e.grossMarginPercent), 100.0) / 100.0;
    const CustomerRevenue revenue = customerRevenue(e);

    UnitEconomics u;
    u.revenueModel = e.revenueModel;
    u.monthlyRevenuePerCustomer = revenue.monthlyRevenue;
    u.lifetimeMonths = revenue.lifetimeMonths;
    u.monthlyChurn = revenue.monthlyChurn;
    u.cac = ratio(spend, customers);
    // One-off: price × purchasesPerYear ÷ 12 × margin × 12 × lifetimeYears, the formula before
    // revenue models existed; recurring: Skok's margin ÷ churn, capped at the horizon.
    // (Computed in the original order for one-off personas, so their numbers keep every bit.)
    u.clv = e.revenueModel == RevenueModel::OneOff
                ? price * finiteNonNegative(e.purchasesPerYear) * margin *
                      finiteNonNegative(e.lifetimeYears)
                : revenue.monthlyRevenue * margin * revenue.lifetimeMonths;
    if (!std::isfinite(u.clv))
        u.clv = 0; // unreachable within the file limits; keeps the promise of finite output
    if (u.cac)
        u.clvToCac = ratio(u.clv, *u.cac);
    if (u.cac)
        u.paybackMonths = ratio(*u.cac, revenue.monthlyRevenue * margin);
    u.roas = ratio(customers * price, spend);
    u.breakEvenRoas = ratio(1.0, margin);
    if (revenue.monthlyChurn && *revenue.monthlyChurn > 0)
        u.steadyStateCustomers = ratio(customers, *revenue.monthlyChurn);
    if (e.revenueModel == RevenueModel::Subscription && revenue.netMonthlyLoss > 0) {
        u.steadyStateMrr =
            finite(ratio(customers * revenue.monthlyRevenue, revenue.netMonthlyLoss));
        if (u.steadyStateMrr)
            u.steadyStateArr = finite(12.0 * *u.steadyStateMrr);
    }
    return u;
}

} // namespace b2x::analytics
