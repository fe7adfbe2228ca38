// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanCalendar.h"
#include "ReverseFunnel.h"
#include "model/Persona.h"
#include "model/Plan.h"

#include <optional>

namespace b2x::plan {

/// What the segment's size gives (docs/models.md, "Audience size"): the total addressable market
/// in money a year, and how many of the segment are in market, per quarter (the 95:5 model's
/// in-market share) and over the period. Everything is std::nullopt when the size is not known.
struct AudienceSizing {
    std::optional<double> audienceSize;       ///< accounts (B2B) or people (B2C)
    double yearlyValuePerCustomer = 0;        ///< 12 × monthly revenue of a customer
    std::optional<double> tam;                ///< audience × yearly value of a customer
    double inMarketSharePerQuarter = 0;       ///< 0–1 (analytics::inMarketSharePerQuarter)
    std::optional<double> inMarketPerQuarter; ///< audience × in-market share
    /// audience × min(1, share × period days ÷ 91.3125): who can enter the funnel in the period
    std::optional<double> inMarketInPeriod;
    /// Top-of-funnel entries the target needs over the period (reverse funnel)
    std::optional<double> requiredEntriesInPeriod;
    /// The target needs more entries than the in-market audience of the period can give.
    bool exceedsAudience = false;
};

AudienceSizing computeAudienceSizing(const Persona& persona, const PersonaPlan* plan,
                                     const PeriodDates& period, const ReverseFunnel& funnel);

} // namespace b2x::plan
