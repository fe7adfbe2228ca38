// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Plan.h"

#include <QDate>

namespace b2x::plan {

/// Average days in a month (365.25 ÷ 12): the models' monthly figures per day.
inline constexpr double daysPerMonth = 30.4375;
/// Average days in a quarter (365.25 ÷ 4): the in-market share is stated per quarter.
inline constexpr double daysPerQuarter = 91.3125;

/// The period the models plan, as dates. Both ends belong to it: 1 January to 31 March is 90 days.
struct PeriodDates {
    QDate start;
    QDate end;
    int days = 0; ///< start.daysTo(end) + 1
    /// The plan states no (valid) period, so the calendar quarter of the day the models ran is
    /// planned instead.
    bool assumed = false;
};

/// The plan's period, or the calendar quarter holding `today` when the plan has none.
PeriodDates resolvePeriod(const PlanPeriod& period, QDate today);

/// A YYYY-MM-DD date as a QDate (invalid for any other text).
QDate parseDate(const std::string& text);
std::string formatDate(QDate date);

} // namespace b2x::plan
