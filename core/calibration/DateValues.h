// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace b2x::calibration {

/// Which number comes first in dates such as 03/04/2026.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

/// Days since 1970-01-01 (UTC), with the time of day as a fraction: what the estimators count in.
using DayNumber = double;

/// A date or date-time as CRMs export them, or std::nullopt:
/// - ISO 8601: 2026-03-04, 2026-03-04T14:05, 2026-03-04 14:05:09.123, with Z or ±hh:mm / ±hhmm
///   (the offset is applied, so every time is UTC); 2026/03/04 too;
/// - day-first or month-first: 04/03/2026, 4.3.2026, 04-03-2026, with an optional time and AM/PM;
///   `order` says which (DateOrder::Unknown accepts only forms where one number exceeds 12).
/// Years outside 1970–2100 are refused: such a date is a typing error or a placeholder (9999).
std::optional<DayNumber> parseDay(std::string_view text, DateOrder order);

/// What a column's dates say about their order: a first number above 12 can only be a day, a
/// second number above 12 only a day in second place.
struct DateOrderEvidence {
    bool dayFirst = false;   ///< some date reads only day-first (e.g. 25/03/2026)
    bool monthFirst = false; ///< some date reads only month-first (e.g. 03/25/2026)
    bool numeric = false;    ///< some date has the day and the month as two numbers before the year

    void observe(std::string_view text);
    /// DayFirst or MonthFirst when the column tells; Unknown when it cannot (every date fits
    /// both: the user is asked) or when it contradicts itself (`conflicting`).
    DateOrder order() const;
    bool conflicting() const { return dayFirst && monthFirst; }
    bool ambiguous() const { return numeric && !dayFirst && !monthFirst; }
};

} // namespace b2x::calibration
