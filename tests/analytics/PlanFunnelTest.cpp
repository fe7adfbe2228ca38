// SPDX-License-Identifier: GPL-3.0-or-later
// The reverse funnel with timing (docs/models.md, "Reverse funnel with timing") against cases
// worked by hand.
#include "plan/AudienceSizing.h"
#include "plan/ReverseFunnel.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::plan;

namespace {

/// 100 entries a month, 50% of them buy, spend 2,000 a month, price 1,000.
Persona persona(std::vector<Stage> pipeline)
{
    Persona p;
    p.id = "11111111-2222-4333-8444-555555555555";
    p.name = "Test";
    p.pipeline = std::move(pipeline);
    p.economics.monthlyVolume = 100;
    p.economics.monthlySpend = 2000;
    p.economics.price = 1000;
    return p;
}

PeriodDates firstQuarter2027()
{
    return resolvePeriod({"Q1 2027", "2027-01-01", "2027-03-31"}, QDate(2026, 1, 1));
}

PersonaPlan customers(double n)
{
    return {"11111111-2222-4333-8444-555555555555", TargetKind::Customers, n, std::nullopt};
}

} // namespace

TEST(PlanPeriod, BothEndsBelongToThePeriod)
{
    const PeriodDates q = firstQuarter2027();
    EXPECT_EQ(q.days, 90);
    EXPECT_FALSE(q.assumed);
}

TEST(PlanPeriod, NoPeriodPlansTheCalendarQuarterOfToday)
{
    const PeriodDates q = resolvePeriod({}, QDate(2027, 5, 10));
    EXPECT_TRUE(q.assumed);
    EXPECT_EQ(q.start, QDate(2027, 4, 1));
    EXPECT_EQ(q.end, QDate(2027, 6, 30));
    EXPECT_EQ(q.days, 91);
}

TEST(ReverseFunnel, ACycleShorterThanThePeriodLosesItsMeanLength)
{
    // Every deal closes within 30 days of a 90-day period, so ∫₀⁹⁰ F = 90 − mean = 70 days and
    // expected = customers a month × 70 ÷ 30.4375. The same for one triangular stage (closed
    // form) and for two stages (convolution on a grid), both with a mean of 20 days.
    const std::vector<std::vector<Stage>> pipelines = {
        {{"Deal", 50, 10, 20, 30}},
        {{"Lead", 100, 0, 5, 10}, {"Deal", 50, 10, 15, 20}},
    };
    for (const auto& pipeline : pipelines) {
        SCOPED_TRACE(pipeline.size());
        const Persona p = persona(pipeline);
        const PersonaPlan target = customers(230);
        const ReverseFunnel r = computeReverseFunnel(p, &target, firstQuarter2027());
        const double expected = 50.0 * 70.0 / 30.4375; // 114.99
        EXPECT_NEAR(r.integratedCdfDays, 70.0, 1e-6);
        EXPECT_NEAR(r.expectedCustomersInPeriod, expected, 1e-5);
        ASSERT_TRUE(r.requiredMonthlyVolume && r.requiredMonthlySpend);
        EXPECT_NEAR(*r.requiredMonthlyVolume, 100.0 * 230.0 / expected, 1e-5);
        EXPECT_NEAR(*r.requiredMonthlySpend, 2000.0 * 230.0 / expected, 1e-3);
        // The first stage is entered by the whole volume over 90 days; the last by the share
        // that passed the stages before it.
        ASSERT_TRUE(r.stageEntries.front().entries.has_value());
        EXPECT_NEAR(*r.stageEntries.front().entries, *r.requiredMonthlyVolume * 90 / 30.4375, 1e-5);
        EXPECT_NEAR(*r.stageEntries.back().entries, *r.requiredMonthlyVolume * 90 / 30.4375,
                    1e-5); // the first stage of the two-stage pipeline passes everyone
        ASSERT_TRUE(r.shortfallCustomers.has_value());
        EXPECT_NEAR(*r.shortfallCustomers, 230.0 - expected, 1e-5);
        EXPECT_FALSE(r.pipelineFilledBy.has_value());
        EXPECT_TRUE(r.warnings.empty());
        EXPECT_EQ(r.targetRevenue, 230000.0);
    }
}

TEST(ReverseFunnel, LatestEntryDatesAreTheEndLessTheQuantiles)
{
    // Symmetric triangle 10–20–30: p50 = 20; p90 = 30 − √20 = 25.53, rounded up to 26 days.
    const Persona p = persona({{"Deal", 50, 10, 20, 30}});
    const ReverseFunnel r = computeReverseFunnel(p, nullptr, firstQuarter2027());
    EXPECT_NEAR(r.p50Days, 20.0, 1e-9);
    EXPECT_NEAR(r.p90Days, 30.0 - std::sqrt(20.0), 1e-9);
    EXPECT_EQ(r.latestEntryP50, QDate(2027, 3, 11));
    EXPECT_EQ(r.latestEntryP90, QDate(2027, 3, 5));
}

TEST(ReverseFunnel, ACycleLongerThanThePeriodNeedsAnEarlierPipeline)
{
    // Triangle 60–90–120 in a 90-day period: F(u) = (u − 60)² ÷ (60 × 30) up to 90, so
    // ∫₀⁹⁰ F = 30³ ÷ (3 × 60 × 30) = 5 days, and the median (90 days) fills the period.
    const Persona p = persona({{"Deal", 50, 60, 90, 120}});
    const PersonaPlan target = customers(20);
    const ReverseFunnel r = computeReverseFunnel(p, &target, firstQuarter2027());
    EXPECT_NEAR(r.integratedCdfDays, 5.0, 1e-6);
    const double expected = 50.0 * 5.0 / 30.4375;
    EXPECT_NEAR(r.expectedCustomersInPeriod, expected, 1e-6);
    ASSERT_TRUE(r.requiredMonthlyVolume.has_value());
    EXPECT_NEAR(*r.requiredMonthlyVolume, 100.0 * 20.0 / expected, 1e-4);
    ASSERT_TRUE(r.pipelineFilledBy.has_value());
    EXPECT_EQ(*r.pipelineFilledBy, QDate(2026, 12, 31)); // 31 March − 90 days
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("2026-12-31")))
        << r.warnings[0].toStdString();
}

TEST(ReverseFunnel, ACycleThatNeverFitsThePeriodGivesNoRequirement)
{
    const Persona p = persona({{"Deal", 50, 100, 120, 140}});
    const PersonaPlan target = customers(20);
    const ReverseFunnel r = computeReverseFunnel(p, &target, firstQuarter2027());
    EXPECT_EQ(r.expectedCustomersInPeriod, 0.0);
    EXPECT_FALSE(r.requiredMonthlyVolume.has_value());
    EXPECT_FALSE(r.requiredMonthlySpend.has_value());
    EXPECT_FALSE(r.stageEntries.at(0).entries.has_value());
    EXPECT_EQ(r.shortfallCustomers, 20.0);
    EXPECT_EQ(r.pipelineFilledBy, QDate(2026, 12, 1)); // 31 March − 120 days (the median)
    EXPECT_EQ(r.warnings.size(), 1u);                  // the dates say why; no second message
}

TEST(ReverseFunnel, ZeroVolumeAndNoTargetGiveDefinedAnswers)
{
    Persona p = persona({{"Deal", 50, 10, 20, 30}});
    p.economics.monthlyVolume = 0;
    const PersonaPlan target = customers(10);
    const ReverseFunnel r = computeReverseFunnel(p, &target, firstQuarter2027());
    EXPECT_EQ(r.expectedCustomersInPeriod, 0.0);
    EXPECT_FALSE(r.requiredMonthlyVolume.has_value());
    EXPECT_FALSE(r.requiredMonthlySpend.has_value());
    EXPECT_EQ(r.shortfallCustomers, 10.0);
    EXPECT_FALSE(r.warnings.empty());

    const ReverseFunnel none = computeReverseFunnel(persona({}), nullptr, firstQuarter2027());
    EXPECT_FALSE(none.targetCustomers.has_value());
    EXPECT_FALSE(none.requiredMonthlyVolume.has_value());
    EXPECT_FALSE(none.shortfallCustomers.has_value());
    EXPECT_TRUE(std::isfinite(none.expectedCustomersInPeriod));
    // An empty pipeline turns every entry into a customer at once: 100 a month over 90 days.
    EXPECT_NEAR(none.expectedCustomersInPeriod, 100.0 * 90 / 30.4375, 1e-9);
}

TEST(ReverseFunnel, ARevenueTargetCountsCustomersAtThePrice)
{
    Persona p = persona({{"Deal", 50, 10, 20, 30}});
    const PersonaPlan revenue{p.id, TargetKind::Revenue, 50000, std::nullopt};
    const ReverseFunnel r = computeReverseFunnel(p, &revenue, firstQuarter2027());
    EXPECT_EQ(r.targetCustomers, 50.0);
    EXPECT_EQ(r.targetRevenue, 50000.0);

    p.economics.price = 0;
    const ReverseFunnel free = computeReverseFunnel(p, &revenue, firstQuarter2027());
    EXPECT_FALSE(free.targetCustomers.has_value());
    EXPECT_FALSE(free.requiredMonthlyVolume.has_value());
    EXPECT_EQ(free.warnings.size(), 1u);
}

TEST(AudienceSizing, MarketSizeAndInMarketAudience)
{
    // 4,000 accounts buying every 2 years at 1,000 once a year: TAM 4 million a year; 12.5% in
    // market a quarter = 500 accounts; over 90 days 4,000 × 0.125 × 90 ÷ 91.3125 = 492.8.
    Persona p = persona({{"Deal", 50, 10, 20, 30}});
    p.economics.interPurchaseYears = 2;
    const PersonaPlan plan{p.id, TargetKind::Customers, 230, 4000};
    const PeriodDates q = firstQuarter2027();
    const ReverseFunnel f = computeReverseFunnel(p, &plan, q);
    const AudienceSizing a = computeAudienceSizing(p, &plan, q, f);
    EXPECT_EQ(a.tam, 4000000.0);
    EXPECT_EQ(a.inMarketPerQuarter, 500.0);
    ASSERT_TRUE(a.inMarketInPeriod && a.requiredEntriesInPeriod);
    EXPECT_NEAR(*a.inMarketInPeriod, 4000 * 0.125 * 90 / 91.3125, 1e-9);
    // 230 customers need about 591 entries (twice the customers, plus the cycle's loss).
    EXPECT_GT(*a.requiredEntriesInPeriod, *a.inMarketInPeriod);
    EXPECT_TRUE(a.exceedsAudience);

    const AudienceSizing unknown = computeAudienceSizing(p, nullptr, q, f);
    EXPECT_FALSE(unknown.tam.has_value());
    EXPECT_FALSE(unknown.exceedsAudience);
}
