// SPDX-License-Identifier: GPL-3.0-or-later
// Revenue models (docs/models.md, "Revenue models"): each expected value is worked by hand.
#include "TestPersonas.h"
#include "analytics/PersonaAnalysis.h"
#include "analytics/TimeToRevenue.h"
#include "analytics/UnitEconomics.h"

#include <cmath>
#include <limits>

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::stage;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace revenue_model_test {

namespace {

constexpr double D = TimeToRevenue::daysPerMonth;

/// $100 a month, 80% gross margin, 2% monthly churn, a five-year horizon.
Economics saasMonthly()
{
    Economics e;
    e.revenueModel = RevenueModel::Subscription;
    e.price = 100;
    e.grossMarginPercent = 80;
    e.lifetimeYears = 5;
    e.monthlySpend = 10000;
    e.subscription.billing = Period::Monthly;
    e.subscription.churnPercent = 2;
    e.subscription.churnPeriod = Period::Monthly;
    return e;
}

} // namespace

TEST(RevenueModel, SubscriptionClvIsMarginOverChurnWithinTheHorizon)
{
    // Skok: CLV = monthly gross margin ÷ monthly churn = 100 × 0.8 ÷ 0.02 = 4,000. The implied
    // lifetime (1 ÷ 0.02 = 50 months) is inside the 60-month horizon.
    const UnitEconomics u = computeUnitEconomics(saasMonthly(), 10);
    EXPECT_EQ(u.revenueModel, RevenueModel::Subscription);
    EXPECT_DOUBLE_EQ(u.monthlyRevenuePerCustomer, 100);
    EXPECT_DOUBLE_EQ(u.monthlyChurn.value(), 0.02);
    EXPECT_DOUBLE_EQ(u.lifetimeMonths, 50);
    EXPECT_DOUBLE_EQ(u.clv, 4000);
    // CAC = 10,000 ÷ 10 = 1,000; payback on monthly gross margin = 1,000 ÷ 80 = 12.5 months.
    EXPECT_DOUBLE_EQ(u.cac.value(), 1000);
    EXPECT_DOUBLE_EQ(u.clvToCac.value(), 4);
    EXPECT_DOUBLE_EQ(u.paybackMonths.value(), 12.5);
    // Steady state: 10 ÷ 0.02 = 500 customers paying 100: MRR 50,000, ARR 600,000.
    EXPECT_DOUBLE_EQ(u.steadyStateCustomers.value(), 500);
    EXPECT_DOUBLE_EQ(u.steadyStateMrr.value(), 50000);
    EXPECT_DOUBLE_EQ(u.steadyStateArr.value(), 600000);
}

TEST(RevenueModel, TheHorizonCapsTheLifetime)
{
    // Three years cap the 50-month lifetime at 36 months: CLV = 80 × 36 = 2,880.
    Economics e = saasMonthly();
    e.lifetimeYears = 3;
    const UnitEconomics u = computeUnitEconomics(e, 10);
    EXPECT_DOUBLE_EQ(u.lifetimeMonths, 36);
    EXPECT_DOUBLE_EQ(u.clv, 2880);
}

TEST(RevenueModel, AnnualBillingAndAnnualChurnBecomeMonthlyFigures)
{
    // $1,200 a year is an MRR of 100; 20% annual churn is 1 − 0.8^(1/12) = 1.8423% a month, a
    // lifetime of 54.28 months (inside a ten-year horizon).
    Economics e = saasMonthly();
    e.price = 1200;
    e.subscription.billing = Period::Annual;
    e.subscription.churnPercent = 20;
    e.subscription.churnPeriod = Period::Annual;
    e.lifetimeYears = 10;
    const UnitEconomics u = computeUnitEconomics(e, 10);
    const double churn = 1 - std::pow(0.8, 1.0 / 12);
    EXPECT_NEAR(churn, 0.018423, 1e-6);
    EXPECT_DOUBLE_EQ(u.monthlyRevenuePerCustomer, 100);
    EXPECT_DOUBLE_EQ(u.monthlyChurn.value(), churn);
    EXPECT_NEAR(u.clv, 80 / churn, 1e-9);
    EXPECT_NEAR(u.clv, 4342.3, 0.1);
    EXPECT_NEAR(u.paybackMonths.value(), 12.5, 1e-12);
}

TEST(RevenueModel, ExpansionLengthensTheLifetime)
{
    // 12% a year of expansion is 1.12^(1/12) − 1 = 0.94888% a month; a month keeps
    // q = 1.0094888 × 0.98 = 0.989299 of the revenue before: 1 ÷ (1 − q) = 93.45 months,
    // capped at the ten-year horizon only beyond 120.
    Economics e = saasMonthly();
    e.subscription.expansionPercent = 12;
    e.lifetimeYears = 10;
    const UnitEconomics u = computeUnitEconomics(e, 10);
    const double q = std::pow(1.12, 1.0 / 12) * 0.98;
    EXPECT_NEAR(u.lifetimeMonths, 1 / (1 - q), 1e-9);
    EXPECT_NEAR(u.lifetimeMonths, 93.45, 0.01);
    EXPECT_NEAR(u.steadyStateMrr.value(), 1000 / (1 - q), 1e-6);
}

TEST(RevenueModel, WithoutNetChurnThereIsNoSteadyStateButCLVStaysBounded)
{
    for (double expansion : {0.0, 50.0}) {
        Economics e = saasMonthly();
        e.subscription.churnPercent = expansion == 0 ? 0 : 1; // 1% churn, 3.4% expansion
        e.subscription.expansionPercent = expansion;
        const UnitEconomics u = computeUnitEconomics(e, 10);
        EXPECT_DOUBLE_EQ(u.lifetimeMonths, 60) << expansion; // the horizon alone
        EXPECT_DOUBLE_EQ(u.clv, 80 * 60.0) << expansion;
        EXPECT_FALSE(u.steadyStateMrr) << expansion;
        EXPECT_FALSE(u.steadyStateArr) << expansion;
        const auto t = computeTimeToRevenue(CycleDistribution({}), 10, customerRevenue(e));
        EXPECT_FALSE(t.steadyStateRevenue) << expansion;
        EXPECT_FALSE(t.monthsTo50Percent) << expansion;
        EXPECT_GT(t.monthlyRevenue[23], t.monthlyRevenue[22]) << expansion; // still growing
    }
}

TEST(RevenueModel, TheCurveCompoundsEveryCohortThatSurvives)
{
    // Empty pipeline: 10 customers start paying $100 every month from month 1. Month m earns
    // 10 × 100 × (1 + 0.98 + … + 0.98^(m−1)) = 1,000 × (1 − 0.98^m) ÷ 0.02.
    // Month 24: 0.98^24 = 0.615780, so 1,000 × 0.384220 ÷ 0.02 = 19,211.0.
    // Steady state 1,000 ÷ 0.02 = 50,000; half of it once 0.98^m ≤ ½: m ≥ 34.31, month 35.
    const auto t = computeTimeToRevenue(CycleDistribution({}), 10, customerRevenue(saasMonthly()));
    EXPECT_DOUBLE_EQ(t.monthlyRevenue[0], 1000);
    EXPECT_NEAR(t.monthlyRevenue[1], 1980, 1e-9);
    EXPECT_NEAR(t.monthlyRevenue[23], 1000 * (1 - std::pow(0.98, 24)) / 0.02, 1e-7);
    EXPECT_NEAR(t.monthlyRevenue[23], 19211.0, 0.1);
    EXPECT_DOUBLE_EQ(t.steadyStateRevenue.value(), 50000);
    EXPECT_EQ(t.monthsTo50Percent, 35);
    for (double newRevenue : t.newCustomerRevenue) { // new customers pay their first month
        EXPECT_DOUBLE_EQ(newRevenue, 1000);
    }
}

TEST(RevenueModel, ThePipelineAndTheTrialDelayTheCurve)
{
    // A fixed 20-day stage plus a 14-day trial: every customer pays first on day 34, in month 2
    // (30.44 ≤ 34 < 60.88). Month 1 earns nothing; month m ≥ 2 earns
    // 1,000 × (1 − 0.98^(m−1)) ÷ 0.02; half the steady state in month 36.
    Economics e = saasMonthly();
    e.subscription.trialDays = 14;
    const std::vector<Stage> stages{stage(20, 20, 20)};
    const auto t = computeTimeToRevenue(CycleDistribution(stages), 10, customerRevenue(e));
    EXPECT_DOUBLE_EQ(t.monthlyRevenue[0], 0);
    EXPECT_DOUBLE_EQ(t.monthlyRevenue[1], 1000);
    EXPECT_NEAR(t.monthlyRevenue[23], 1000 * (1 - std::pow(0.98, 23)) / 0.02, 1e-7);
    EXPECT_EQ(t.monthsTo50Percent, 36);
    // Without the trial the first payment (day 20) falls in month 1.
    e.subscription.trialDays = 0;
    EXPECT_DOUBLE_EQ(
        computeTimeToRevenue(CycleDistribution(stages), 10, customerRevenue(e)).monthlyRevenue[0],
        1000);
    (void)D;
}

TEST(RevenueModel, SlowChurnReachesHalfTheSteadyStateYearsLater)
{
    // 0.1% a month: half the steady state once 0.999^m ≤ ½, m ≥ 692.8: month 693, found past the
    // 24 charted months in closed form.
    Economics e = saasMonthly();
    e.subscription.churnPercent = 0.1;
    e.lifetimeYears = 100;
    const auto t = computeTimeToRevenue(CycleDistribution({}), 10, customerRevenue(e));
    EXPECT_EQ(t.monthsTo50Percent, 693);
    // A triangular(0, 45, 90)-day stage first: the same answer one month later at most.
    const std::vector<Stage> stages{stage(0, 45, 90)};
    const auto s = computeTimeToRevenue(CycleDistribution(stages), 10, customerRevenue(e));
    ASSERT_TRUE(s.monthsTo50Percent);
    EXPECT_GE(*s.monthsTo50Percent, 694);
    EXPECT_LE(*s.monthsTo50Percent, 695);
}

TEST(RevenueModel, RepeatOrdersSeparateNewCustomersFromReorders)
{
    // A distributor's buyer: $2,500 orders, 12 a year, 30% margin, 85% of customers still ordering
    // a year on, a five-year horizon. Monthly revenue 2,500; monthly churn 1 − 0.85^(1/12) =
    // 1.3452%, a 74.3-month lifetime capped at 60: CLV = 2,500 × 0.3 × 60 = 45,000.
    // The funnel wins new customers only: 200 leads × 20% × 25% = 10 a month for $120,000, so
    // CAC = 12,000 and CLV:CAC = 3.75, inside the 3–5 band the sources call healthy.
    Persona p;
    p.economics.revenueModel = RevenueModel::RepeatOrder;
    p.economics.price = 2500;
    p.economics.purchasesPerYear = 12;
    p.economics.grossMarginPercent = 30;
    p.economics.lifetimeYears = 5;
    p.economics.monthlyVolume = 200;
    p.economics.monthlySpend = 120000;
    p.economics.repeatOrders.annualRetentionPercent = 85;
    p.pipeline = {stage(1, 3, 7, 20), stage(2, 5, 10, 25)};
    const PersonaAnalysis a = analysePersona(p);
    const double churn = 1 - std::pow(0.85, 1.0 / 12);
    EXPECT_NEAR(churn, 0.013452, 1e-6);
    EXPECT_DOUBLE_EQ(a.funnel.customersPerMonth, 10);
    EXPECT_DOUBLE_EQ(a.economics.cac.value(), 12000);
    EXPECT_DOUBLE_EQ(a.economics.lifetimeMonths, 60);
    EXPECT_DOUBLE_EQ(a.economics.clv, 45000);
    EXPECT_DOUBLE_EQ(a.economics.clvToCac.value(), 3.75);
    EXPECT_NEAR(a.economics.steadyStateCustomers.value(), 10 / churn, 1e-9);
    EXPECT_FALSE(a.economics.steadyStateMrr); // recurring revenue, not a subscription
    // Reorders: after a year most of the month's revenue comes from earlier customers.
    EXPECT_NEAR(a.timeToRevenue.newCustomerRevenue[23], 25000, 1e-6);
    EXPECT_GT(a.timeToRevenue.monthlyRevenue[23], 10 * a.timeToRevenue.newCustomerRevenue[23]);
    EXPECT_NEAR(a.timeToRevenue.steadyStateRevenue.value(), 25000 / churn, 1e-6);
}

TEST(RevenueModel, OneOffKeepsTheFormerNumbers)
{
    // The one-off model is the model before revenue models existed: the same CLV, payback and
    // curve (new-customer revenue only), and no recurring outputs.
    Economics e;
    e.price = 25000;
    e.purchasesPerYear = 2;
    e.grossMarginPercent = 60;
    e.lifetimeYears = 3;
    e.monthlySpend = 50000;
    const UnitEconomics u = computeUnitEconomics(e, 2);
    EXPECT_EQ(u.clv, 25000 * 2 * 0.6 * 3.0);
    EXPECT_EQ(u.paybackMonths.value(), 25000.0 / (25000 * 2 / 12.0 * 0.6));
    EXPECT_DOUBLE_EQ(u.lifetimeMonths, 36);
    EXPECT_FALSE(u.monthlyChurn);
    EXPECT_FALSE(u.steadyStateCustomers);
    EXPECT_FALSE(u.steadyStateMrr);
    const std::vector<Stage> stages{stage(0, 45, 90)};
    const CycleDistribution cycle(stages);
    const auto oneOff = computeTimeToRevenue(cycle, 2, customerRevenue(e));
    const auto former = computeTimeToRevenue(cycle, 2, 25000.0);
    EXPECT_EQ(oneOff.monthlyRevenue, former.monthlyRevenue);
    EXPECT_EQ(oneOff.newCustomerRevenue, oneOff.monthlyRevenue);
    EXPECT_EQ(oneOff.steadyStateRevenue, former.steadyStateRevenue);
    EXPECT_EQ(oneOff.monthsTo50Percent, former.monthsTo50Percent);
}

TEST(RevenueModel, HostileNumbersNeverGiveNaN)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (auto model : {RevenueModel::OneOff, RevenueModel::RepeatOrder, RevenueModel::Subscription})
        for (double bad : {nan, inf, -inf, -5.0, 0.0, 1e300}) {
            Persona p;
            p.economics = saasMonthly();
            p.economics.revenueModel = model;
            p.economics.price = bad;
            p.economics.lifetimeYears = bad;
            p.economics.purchasesPerYear = bad;
            p.economics.monthlyVolume = bad == 0 ? 0 : 100;
            p.economics.subscription.churnPercent = bad;
            p.economics.subscription.expansionPercent = bad;
            p.economics.subscription.trialDays = -3;
            p.economics.repeatOrders.annualRetentionPercent = bad;
            const PersonaAnalysis a = analysePersona(p);
            for (const auto& o : scalarOutputs(a)) {
                if (o.value) {
                    EXPECT_TRUE(std::isfinite(*o.value)) << o.name << " " << bad;
                }
            }
            for (double v : a.timeToRevenue.monthlyRevenue) {
                EXPECT_TRUE(std::isfinite(v));
            }
            for (double v : a.timeToRevenue.newCustomerRevenue) {
                EXPECT_TRUE(std::isfinite(v));
            }
        }
}

TEST(RevenueModel, EveryPersonaListsTheSameOutputs)
{
    // The group comparison and the CSV export rely on one list of names for every model.
    std::vector<std::string> names[3];
    int i = 0;
    for (auto model :
         {RevenueModel::OneOff, RevenueModel::RepeatOrder, RevenueModel::Subscription}) {
        Persona p;
        p.economics.revenueModel = model;
        for (const auto& o : scalarOutputs(analysePersona(p)))
            if (o.name.rfind("channelFit.", 0) != 0)
                names[i].push_back(o.name);
        ++i;
    }
    EXPECT_EQ(names[0], names[1]);
    EXPECT_EQ(names[0], names[2]);
    EXPECT_NE(std::find(names[0].begin(), names[0].end(), "economics.steadyStateMrr"),
              names[0].end());
}

} // namespace revenue_model_test
