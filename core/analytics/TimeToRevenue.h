// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CycleDistribution.h"

#include <array>
#include <optional>

namespace b2x::analytics {

/// Time to revenue (docs/models.md, "Time to revenue").
///
/// From month 1 on, a new cohort enters the pipeline at the start of every month; each cohort
/// yields customersPerMonth customers, who close along the cycle distribution and pay `price` in
/// the month they close (first purchases only: repeat purchases are not new-customer revenue).
/// Month m covers days [(m − 1)·D, m·D) with D = 365.25 ÷ 12, so the revenue of month m is
/// steadyState × P(cycle < m·D), where steadyState = customersPerMonth × price is what every
/// month earns once the pipeline is full.
struct TimeToRevenue {
    static constexpr int months = 24;
    static constexpr double daysPerMonth = 365.25 / 12.0;

    std::array<double, months> monthlyRevenue{};
    double steadyStateRevenue = 0;
    /// The first month (1-based) whose revenue reaches 50% of the steady state, i.e. the first m
    /// with P(cycle < m·D) ≥ ½; it may lie past month 24. Not defined when nobody ever buys.
    std::optional<int> monthsTo50Percent;
};

TimeToRevenue computeTimeToRevenue(const CycleDistribution& cycle, double customersPerMonth,
                                   double price);

} // namespace b2x::analytics
