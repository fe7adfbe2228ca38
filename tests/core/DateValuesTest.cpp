// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as CRMs export them (core/calibration/DateValues.h): ISO with times and offsets, day-first
// and month-first forms, the order told by the column or asked, and nonsense refused.
#include "calibration/DateValues.h"

#include <gtest/gtest.h>

using namespace b2x::calibration;

namespace {

constexpr double jan1st2026 = 20454; // days from 1970-01-01

TEST(DateValues, IsoDatesAndTimesWithOffsetsInUtc)
{
    EXPECT_EQ(parseDay("2026-01-01", DateOrder::Unknown), jan1st2026);
    EXPECT_EQ(parseDay("2026/01/01", DateOrder::Unknown), jan1st2026);
    EXPECT_EQ(parseDay(" 2026-01-02 ", DateOrder::Unknown), jan1st2026 + 1);
    EXPECT_EQ(parseDay("2026-01-01T12:00", DateOrder::Unknown), jan1st2026 + 0.5);
    EXPECT_EQ(parseDay("2026-01-01 06:00:00", DateOrder::Unknown), jan1st2026 + 0.25);
    EXPECT_EQ(parseDay("2026-01-01T12:00:00.000Z", DateOrder::Unknown), jan1st2026 + 0.5);
    // Salesforce writes +0000; an offset moves the time to UTC.
    EXPECT_EQ(parseDay("2026-01-01T12:00:00.000+0000", DateOrder::Unknown), jan1st2026 + 0.5);
    EXPECT_EQ(parseDay("2026-01-01T12:00:00+06:00", DateOrder::Unknown), jan1st2026 + 0.25);
    EXPECT_EQ(parseDay("2026-01-01T12:00-06:00", DateOrder::Unknown), jan1st2026 + 0.75);
}

TEST(DateValues, DayFirstAndMonthFirstByTheOrderGiven)
{
    // 2 March 2026 is 31 + 28 + 1 = 60 days after 1 January.
    EXPECT_EQ(parseDay("02/03/2026", DateOrder::DayFirst), jan1st2026 + 60);
    EXPECT_EQ(parseDay("2.3.2026", DateOrder::DayFirst), jan1st2026 + 60);
    EXPECT_EQ(parseDay("03/02/2026", DateOrder::MonthFirst), jan1st2026 + 60);
    EXPECT_EQ(parseDay("03/02/2026 6:00 PM", DateOrder::MonthFirst), jan1st2026 + 60.75);
    EXPECT_EQ(parseDay("03/02/2026 12:00 AM", DateOrder::MonthFirst), jan1st2026 + 60);
    // Without an order, only dates that tell it themselves are read.
    EXPECT_EQ(parseDay("25/03/2026", DateOrder::Unknown), jan1st2026 + 83);
    EXPECT_EQ(parseDay("03/25/2026", DateOrder::Unknown), jan1st2026 + 83);
    EXPECT_FALSE(parseDay("03/04/2026", DateOrder::Unknown));
}

TEST(DateValues, TheColumnTellsTheOrderOrItMustBeAsked)
{
    DateOrderEvidence dayFirst;
    for (const char* d : {"01/02/2026", "25/02/2026", "03/03/2026"})
        dayFirst.observe(d);
    EXPECT_EQ(dayFirst.order(), DateOrder::DayFirst);

    DateOrderEvidence ambiguous;
    for (const char* d : {"01/02/2026", "03/04/2026"})
        ambiguous.observe(d);
    EXPECT_TRUE(ambiguous.ambiguous());
    EXPECT_EQ(ambiguous.order(), DateOrder::Unknown);

    DateOrderEvidence conflicting;
    for (const char* d : {"25/02/2026", "02/25/2026"})
        conflicting.observe(d);
    EXPECT_TRUE(conflicting.conflicting());
    EXPECT_EQ(conflicting.order(), DateOrder::Unknown);

    DateOrderEvidence iso;
    iso.observe("2026-02-25");
    EXPECT_FALSE(iso.numeric);
    EXPECT_FALSE(iso.ambiguous());
}

TEST(DateValues, NonsenseIsRefused)
{
    for (const char* bad :
         {"", "soon", "2026-13-01", "2026-02-30", "9999-12-31", "1900-01-01", "31/31/2026",
          "2026-01-01T25:00", "2026-01-01T10:61", "2026-01-01 10:00 XM", "2026-01-01T10:00+99:00",
          "13/01/26", "2026-01-01garbage", "01/02/2026 13:00 PM"})
        EXPECT_FALSE(parseDay(bad, DateOrder::DayFirst)) << bad;
}

} // namespace
