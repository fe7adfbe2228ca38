// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CustomerRevenue.h"
#include "model/Persona.h"

#include <optional>

namespace b2x::analytics {

/// Unit economics (docs/models.md, "Unit economics" and "Revenue models"; formulas from pug.sh,
/// knowmba, metrictoolbox and David Skok's "SaaS Metrics 2.0"). A ratio whose divisor is zero is
/// "not defined" (std::nullopt), never Inf or NaN. customersPerMonth counts new customers only:
/// the funnel wins customers, reorders and renewals come from the revenue model.
struct UnitEconomics {
    RevenueModel revenueModel = RevenueModel::OneOff;
    std::optional<double> cac; ///< monthlySpend ÷ customersPerMonth
    /// monthly revenue per customer × grossMargin × lifetimeMonths; for one-off personas
    /// price × purchasesPerYear × grossMargin × lifetimeYears
    double clv = 0;
    std::optional<double> clvToCac;       ///< clv ÷ cac
    std::optional<double> paybackMonths;  ///< cac ÷ (monthly revenue per customer × grossMargin)
    std::optional<double> roas;           ///< customersPerMonth × price ÷ monthlySpend
    std::optional<double> breakEvenRoas;  ///< 1 ÷ grossMargin
    double monthlyRevenuePerCustomer = 0; ///< one-off: price × purchasesPerYear ÷ 12
    double lifetimeMonths = 0;            ///< months of margin in the CLV (CustomerRevenue)
    std::optional<double> monthlyChurn;   ///< 0–1; recurring models only
    /// Active customers once churn balances new customers: customersPerMonth ÷ churn.
    /// Recurring models with churn only.
    std::optional<double> steadyStateCustomers;
    /// Monthly and annual recurring revenue at the steady state (subscriptions whose churn
    /// outweighs expansion): customersPerMonth × monthly revenue ÷ (1 − q).
    std::optional<double> steadyStateMrr;
    std::optional<double> steadyStateArr; ///< 12 × steadyStateMrr
};

UnitEconomics computeUnitEconomics(const Economics& economics, double customersPerMonth);

/// a ÷ b, or nothing when b is zero or the result is not a finite number.
std::optional<double> ratio(double a, double b);

} // namespace b2x::analytics
