// SPDX-License-Identifier: GPL-3.0-or-later
// Revenue models and multi-role members on the bundled sample: the SEO tool is a subscription,
// the industrial reorder a repeat-order persona whose CLV:CAC means what a marketer expects, and
// the households' members hold the roles they really hold.
#include "TestPersonas.h"

#include <cmath>

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::samplePersona;

TEST(SampleRevenue, TheSeoToolIsASubscriptionValuedFromItsChurn)
{
    const Persona& p = samplePersona("Small-business SEO");
    ASSERT_EQ(p.economics.revenueModel, RevenueModel::Subscription);
    const auto a = analysePersona(p);
    // $100 a month, 80% margin, 4.2% monthly churn: CLV = 80 ÷ 0.042 = 1,904.76 (23.8 months,
    // inside the 24-month horizon). 15,000 visitors × 3% × 20% = 90 new subscribers a month for
    // $45,000: CAC 500, payback 500 ÷ 80 = 6.25 months, CLV:CAC 3.8.
    EXPECT_NEAR(a.economics.clv, 80 / 0.042, 1e-9);
    EXPECT_NEAR(a.funnel.customersPerMonth, 90, 1e-9);
    EXPECT_NEAR(a.economics.cac.value(), 500, 1e-9);
    EXPECT_NEAR(a.economics.paybackMonths.value(), 6.25, 1e-9);
    EXPECT_NEAR(a.economics.clvToCac.value(), 3.81, 0.01);
    // Recurring revenue builds up: month 24 earns far more than new customers alone.
    EXPECT_NEAR(a.economics.steadyStateMrr.value(), 90 * 100 / 0.042, 1e-6);
    EXPECT_GT(a.timeToRevenue.monthlyRevenue[23], 5 * a.timeToRevenue.newCustomerRevenue[23]);
}

TEST(SampleRevenue, TheIndustrialReorderHasABelievableClvToCac)
{
    const Persona& p = samplePersona("Industrial consumables");
    ASSERT_EQ(p.economics.revenueModel, RevenueModel::RepeatOrder);
    const auto a = analysePersona(p);
    // 20 new-account quote requests × 90% × 10% × 95% = 1.71 new accounts a month for $18,000:
    // CAC 10,526. An account orders $2,500 a month at 30% margin while retained (79% a year:
    // 1.945% a month, a 51.4-month lifetime inside the seven-year horizon): CLV 38,558.
    EXPECT_NEAR(a.funnel.customersPerMonth, 1.71, 1e-9);
    EXPECT_NEAR(a.economics.cac.value(), 18000 / 1.71, 1e-6);
    const double churn = 1 - std::pow(0.79, 1.0 / 12);
    EXPECT_NEAR(a.economics.clv, 750 / churn, 1e-6);
    // Between the 3:1 the sources call healthy and the 5:1 that suggests under-investment,
    // not the 292 of counting every reorder as a new customer.
    EXPECT_GT(a.economics.clvToCac.value(), 3);
    EXPECT_LT(a.economics.clvToCac.value(), 5);
}

TEST(SampleRevenue, HouseholdsAndSmallTeamsHaveNoRolesFlaggedThatSomeoneHolds)
{
    for (const char* name :
         {"Small-business SEO", "Online degree", "Interior design studio: private"}) {
        const auto a = analysePersona(samplePersona(name));
        for (Role key : {Role::Decider, Role::User, Role::Buyer})
            EXPECT_EQ(std::count(a.decisionUnit.uncoveredRoles.begin(),
                                 a.decisionUnit.uncoveredRoles.end(), key),
                      0)
                << name << " " << toString(key);
    }
}

TEST(SampleRevenue, TheOtherPersonasStayOneOff)
{
    for (const char* name : {"Enterprise software", "Impulse snack", "Online degree",
                             "Interior design studio: hotel", "Interior design studio: private"})
        EXPECT_EQ(samplePersona(name).economics.revenueModel, RevenueModel::OneOff) << name;
}
