// SPDX-License-Identifier: GPL-3.0-or-later
// Time to revenue: monthly cohorts closing along the cycle distribution.
#include "analytics/TimeToRevenue.h"

#include "TestPersonas.h"

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::stage;

namespace {
constexpr double D = TimeToRevenue::daysPerMonth; // 30.4375
}

TEST(TimeToRevenue, AnEmptyPipelineEarnsTheSteadyStateFromMonthOne)
{
    const CycleDistribution cycle({});
    const auto r = computeTimeToRevenue(cycle, 10, 50);
    EXPECT_DOUBLE_EQ(r.steadyStateRevenue.value(), 500);
    for (double month : r.monthlyRevenue)
        EXPECT_DOUBLE_EQ(month, 500);
    EXPECT_EQ(r.monthsTo50Percent, 1);
}

TEST(TimeToRevenue, OneStageWorkedByHand)
{
    // Triangular(0, 45, 90) days. Month 1 earns F(D) = D² / (90 · 45) = 926.44 / 4050 = 22.87%
    // of the steady state; month 2 earns F(2D) = 1 − (90 − 2D)² / (90 · 45) = 79.06%; month 3
    // and on, 100% (90 < 3D). The median (45 days) falls in month 2.
    const std::vector<Stage> stages{stage(0, 45, 90)};
    const CycleDistribution cycle(stages);
    const auto r = computeTimeToRevenue(cycle, 2, 1000);
    EXPECT_DOUBLE_EQ(r.steadyStateRevenue.value(), 2000);
    EXPECT_NEAR(r.monthlyRevenue[0], 2000 * D * D / 4050, 1e-9);
    EXPECT_NEAR(r.monthlyRevenue[1], 2000 * (1 - (90 - 2 * D) * (90 - 2 * D) / 4050), 1e-9);
    EXPECT_DOUBLE_EQ(r.monthlyRevenue[2], 2000);
    EXPECT_DOUBLE_EQ(r.monthlyRevenue[23], 2000);
    EXPECT_EQ(r.monthsTo50Percent, 2);
}

TEST(TimeToRevenue, ADealThatTakesExactlyAMonthClosesInMonthTwo)
{
    const std::vector<Stage> stages{stage(D, D, D)};
    const auto r = computeTimeToRevenue(CycleDistribution(stages), 1, 100);
    EXPECT_EQ(r.monthlyRevenue[0], 0);
    EXPECT_EQ(r.monthlyRevenue[1], 100);
    EXPECT_EQ(r.monthsTo50Percent, 2);
}

TEST(TimeToRevenue, NoCustomersMeansNoMonthToReach)
{
    const std::vector<Stage> stages{stage(1, 2, 3)};
    const auto r = computeTimeToRevenue(CycleDistribution(stages), 0, 100);
    EXPECT_EQ(r.steadyStateRevenue.value(), 0);
    EXPECT_FALSE(r.monthsTo50Percent);
    for (double month : r.monthlyRevenue)
        EXPECT_EQ(month, 0);
}

TEST(TimeToRevenue, TheHalfwayMonthMayLieBeyondTheChart)
{
    // Two symmetric stages of 310–410 days: the median is 720 days (720 / 30.44 = 23.7), so
    // month 23 (ending on day 700.1) earns less than half and month 24 (ending 730.5) more.
    const std::vector<Stage> stages{stage(310, 360, 410), stage(310, 360, 410)};
    const auto r = computeTimeToRevenue(CycleDistribution(stages), 1, 1);
    EXPECT_EQ(r.monthsTo50Percent, 24);
    EXPECT_LT(r.monthlyRevenue[22], 0.5);
    EXPECT_GE(r.monthlyRevenue[23], 0.5);
    const std::vector<Stage> longer{stage(400, 450, 500), stage(400, 450, 500)};
    const auto l = computeTimeToRevenue(CycleDistribution(longer), 1, 1);
    EXPECT_EQ(l.monthsTo50Percent, 30); // 900 days / 30.44 = 29.6 → month 30
    EXPECT_EQ(l.monthlyRevenue[23], 0);
}
