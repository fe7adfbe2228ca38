// SPDX-License-Identifier: GPL-3.0-or-later
// Funnel, unit economics and in-market share against values worked by hand.
#include "TestPersonas.h"
#include "analytics/Funnel.h"
#include "analytics/InMarketShare.h"
#include "analytics/UnitEconomics.h"

#include <cmath>

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::stage;

namespace {

// The b2blead.io worked example: 10,000 visitors → 300 leads → 90 MQL → 36 SQL → 27
// opportunities → about 6 customers.
Persona workedExample()
{
    Persona p;
    p.economics.monthlyVolume = 10000;
    p.pipeline = {stage(0, 1, 2, 3, "visitor"), stage(0, 1, 2, 30, "lead"),
                  stage(0, 1, 2, 40, "MQL"), stage(0, 1, 2, 75, "SQL"),
                  stage(0, 1, 2, 22, "opportunity")};
    return p;
}

} // namespace

TEST(Funnel, CountsAreEntriesIntoEachStage)
{
    const Funnel f = computeFunnel(workedExample());
    ASSERT_EQ(f.stages.size(), 5u);
    const double expected[] = {10000, 300, 90, 36, 27};
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_NEAR(f.stages[i].count, expected[i], 1e-9) << f.stages[i].name;
    EXPECT_EQ(f.stages[4].name, "opportunity");
    // 27 opportunities × 22% = 5.94 customers: volume × Π rates.
    EXPECT_NEAR(f.customersPerMonth, 5.94, 1e-9);
}

TEST(Funnel, AnEmptyPipelineTurnsEveryEntryIntoACustomer)
{
    Persona p;
    p.economics.monthlyVolume = 120;
    const Funnel f = computeFunnel(p);
    EXPECT_TRUE(f.stages.empty());
    EXPECT_DOUBLE_EQ(f.customersPerMonth, 120);
}

TEST(Funnel, ZeroVolumeGivesZeroEverywhere)
{
    Persona p = workedExample();
    p.economics.monthlyVolume = 0;
    const Funnel f = computeFunnel(p);
    for (const auto& s : f.stages)
        EXPECT_EQ(s.count, 0);
    EXPECT_EQ(f.customersPerMonth, 0);
}

TEST(UnitEconomics, WorkedByHand)
{
    // 5 customers a month for 60,000: CAC 12,000. CLV = 10,000 × 2 × 0.75 × 3 = 45,000.
    // CLV:CAC = 3.75. Payback = 12,000 ÷ (10,000 × 2 ÷ 12 × 0.75 = 1,250) = 9.6 months.
    // ROAS = 5 × 10,000 ÷ 60,000 = 0.8333; break-even ROAS = 1 ÷ 0.75.
    Economics e;
    e.monthlySpend = 60000;
    e.price = 10000;
    e.grossMarginPercent = 75;
    e.purchasesPerYear = 2;
    e.lifetimeYears = 3;
    const UnitEconomics u = computeUnitEconomics(e, 5);
    EXPECT_DOUBLE_EQ(*u.cac, 12000);
    EXPECT_DOUBLE_EQ(u.clv, 45000);
    EXPECT_DOUBLE_EQ(*u.clvToCac, 3.75);
    EXPECT_DOUBLE_EQ(*u.paybackMonths, 9.6);
    EXPECT_DOUBLE_EQ(*u.roas, 50000.0 / 60000.0);
    EXPECT_DOUBLE_EQ(*u.breakEvenRoas, 1 / 0.75);
}

TEST(UnitEconomics, NoCustomersMeansNoCac)
{
    Economics e;
    e.monthlySpend = 1000;
    e.price = 50;
    const UnitEconomics u = computeUnitEconomics(e, 0);
    EXPECT_FALSE(u.cac);
    EXPECT_FALSE(u.clvToCac);
    EXPECT_FALSE(u.paybackMonths);
    EXPECT_DOUBLE_EQ(*u.roas, 0.0); // no revenue for the spend: defined, and zero
}

TEST(UnitEconomics, ZeroSpendMeansNoRoas)
{
    // Free customers: CAC 0 and payback 0 months are defined; CLV:CAC and ROAS divide by 0.
    Economics e;
    e.price = 50;
    e.purchasesPerYear = 12;
    const UnitEconomics u = computeUnitEconomics(e, 10);
    EXPECT_DOUBLE_EQ(*u.cac, 0);
    EXPECT_DOUBLE_EQ(*u.paybackMonths, 0);
    EXPECT_FALSE(u.clvToCac);
    EXPECT_FALSE(u.roas);
}

TEST(UnitEconomics, NothingIsEverInfiniteOrNaN)
{
    for (double spend : {0.0, 1.0, 1e12})
        for (double customers : {0.0, 1e-300, 3.0, std::nan(""), HUGE_VAL})
            for (double margin : {0.0, 50.0, 100.0})
                for (double price : {0.0, 4.0, 1e12}) {
                    Economics e;
                    e.monthlySpend = spend;
                    e.grossMarginPercent = margin;
                    e.price = price;
                    const UnitEconomics u = computeUnitEconomics(e, customers);
                    EXPECT_TRUE(std::isfinite(u.clv));
                    for (const auto& v :
                         {u.cac, u.clvToCac, u.paybackMonths, u.roas, u.breakEvenRoas})
                        if (v) {
                            EXPECT_TRUE(std::isfinite(*v));
                        }
                }
}

TEST(InMarketShare, QuarterOverInterPurchaseInterval)
{
    Economics e;
    e.interPurchaseYears = 5; // switching every 5 years: 5% a quarter (B2B Institute)
    EXPECT_DOUBLE_EQ(inMarketSharePerQuarter(e), 0.05);
    e.interPurchaseYears = 1;
    EXPECT_DOUBLE_EQ(inMarketSharePerQuarter(e), 0.25);
    e.interPurchaseYears = 0.1; // buys more often than quarterly: capped at 100%
    EXPECT_DOUBLE_EQ(inMarketSharePerQuarter(e), 1.0);
    e.interPurchaseYears = 0;
    EXPECT_DOUBLE_EQ(inMarketSharePerQuarter(e), 1.0);
}
