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
    const double perYear = finiteNonNegative(e.purchasesPerYear);
    const double years = finiteNonNegative(e.lifetimeYears);

    UnitEconomics u;
    u.cac = ratio(spend, customers);
    u.clv = price * perYear * margin * years;
    if (!std::isfinite(u.clv))
        u.clv = 0; // unreachable within the file limits; keeps the promise of finite output
    if (u.cac)
        u.clvToCac = ratio(u.clv, *u.cac);
    const double monthlyGrossProfit = price * perYear / 12.0 * margin;
    if (u.cac)
        u.paybackMonths = ratio(*u.cac, monthlyGrossProfit);
    u.roas = ratio(customers * price, spend);
    u.breakEvenRoas = ratio(1.0, margin);
    return u;
}

} // namespace b2x::analytics
