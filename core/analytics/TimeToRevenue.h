// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CustomerRevenue.h"
#include "CycleDistribution.h"

#include <array>
#include <optional>

namespace b2x::analytics {

/// Time to revenue (docs/models.md, "Time to revenue").
///
/// From month 1 on, a new cohort enters the pipeline at the start of every month; each cohort
/// yields customersPerMonth customers, who close along the cycle distribution (plus a
/// subscription's trial) and start paying in the month they close. Month m covers days
/// [(m − 1)·D, m·D) with D = 365.25 ÷ 12, so a_m = customersPerMonth × P(cycle < m·D) customers
/// pay for the first time in month m.
///
/// One-off customers pay the price once: revenue(m) = a_m × price, which rises to the steady
/// state customersPerMonth × price. Recurring customers keep paying while they survive: every
/// earlier month's customers still pay, q^t of their monthly revenue t months on, so revenue
/// compounds to customersPerMonth × monthly revenue ÷ (1 − q), where churn balances new
/// customers. Without net churn (q ≥ 1) it grows without a steady state.
struct TimeToRevenue {
    static constexpr int months = 24;
    static constexpr double daysPerMonth = 365.25 / 12.0;

    std::array<double, months> monthlyRevenue{};     ///< every customer's payments in month m
    std::array<double, months> newCustomerRevenue{}; ///< of which from first-paying customers
    /// What every month earns once the pipeline is full and churn balances new customers; not
    /// defined when recurring revenue grows without limit (no churn, or expansion outweighs it).
    std::optional<double> steadyStateRevenue;
    /// The first month (1-based) whose revenue reaches 50% of the steady state; it may lie past
    /// month 24. Not defined when nobody ever buys or there is no steady state.
    std::optional<int> monthsTo50Percent;
};

TimeToRevenue computeTimeToRevenue(const CycleDistribution& cycle, double customersPerMonth,
                                   const CustomerRevenue& revenue);

/// The same with every stage's duration multiplied by `durationScale` (> 0): the cycle's CDF at
/// t becomes its CDF at t ÷ durationScale, without building a new distribution. The uncertainty
/// model (core/budget/Uncertainty.h) varies the stage durations this way, thousands of times.
TimeToRevenue computeTimeToRevenue(const CycleDistribution& cycle, double customersPerMonth,
                                   const CustomerRevenue& revenue, double durationScale);

/// The one-off model: every customer pays `price` once.
TimeToRevenue computeTimeToRevenue(const CycleDistribution& cycle, double customersPerMonth,
                                   double price);

} // namespace b2x::analytics
