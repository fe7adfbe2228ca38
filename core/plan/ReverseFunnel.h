// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanCalendar.h"
#include "analytics/CycleDistribution.h"
#include "model/Persona.h"
#include "model/Plan.h"

#include <QDate>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace b2x::plan {

/// The entries one pipeline stage needs over the period.
struct StageRequirement {
    std::string name;
    std::optional<double> entries; ///< not defined when today's funnel closes nobody
};

/// A persona's target worked backwards through its funnel and its sales cycle (docs/models.md,
/// "Reverse funnel with timing"). Entries arrive evenly from the period's start at a constant
/// monthly volume; an entry made u days before the period's end has closed with probability
/// F(u), F being the sales-cycle distribution. So the customers closing inside a period of
/// T days are customersPerMonth × ∫₀ᵀ F(u) du ÷ 30.4375. Every ratio whose divisor is zero is
/// "not defined" (std::nullopt), never NaN or infinity.
struct ReverseFunnel {
    std::optional<double> targetCustomers;       ///< the target as new customers
    std::optional<double> targetRevenue;         ///< the target as new-customer revenue (× price)
    double customersPerMonth = 0;                ///< today's funnel (analytics::Funnel)
    double integratedCdfDays = 0;                ///< ∫₀ᵀ F(u) du, in days
    double expectedCustomersInPeriod = 0;        ///< at today's volume
    std::optional<double> requiredMonthlyVolume; ///< volume × target ÷ expected
    std::optional<double> requiredMonthlySpend;  ///< spend × target ÷ expected
    std::vector<StageRequirement> stageEntries;  ///< entries over the period, per stage
    double p50Days = 0;
    double p90Days = 0;
    QDate latestEntryP50; ///< end − p50 (whole days, rounded up): closes by the end with 50%
    QDate latestEntryP90; ///< end − p90: closes by the end with 90% probability
    /// target − expected when today's volume and spend are kept (0 when the target is met).
    std::optional<double> shortfallCustomers;
    /// Set when the target needs entries before the period starts (the median cycle is longer
    /// than the period): the date by which the pipeline had to be filled (end − p50).
    std::optional<QDate> pipelineFilledBy;
    std::vector<QString> warnings; ///< in words, translatable
};

/// ∫₀ᵀ F(u) du for the cycle distribution F, in days (0 for T ≤ 0). Exactly T − mean when the
/// whole cycle fits into T.
double integratedCdf(const analytics::CycleDistribution& cycle, double days);

/// `target` may be null (no target: every target-dependent answer is std::nullopt).
ReverseFunnel computeReverseFunnel(const Persona& persona, const PersonaPlan* target,
                                   const PeriodDates& period);

} // namespace b2x::plan
