// SPDX-License-Identifier: GPL-3.0-or-later
// The report speaks the persona's revenue model (issue 16): the terms in words, the figures the
// model defines (MRR and ARR at the steady state, lifetime, churn) and nothing for one it does
// not define, and every role of a member who holds several.
#include "report/ReportEconomics.h"

#include "UiTestSupport.h"
#include "analytics/PersonaAnalysis.h"
#include "format/EnumLabels.h"
#include "format/Formatting.h"
#include "report/ReportHtml.h"

#include <gtest/gtest.h>

using namespace b2x;

namespace {

std::size_t indexOf(const Workspace& ws, const std::string& name)
{
    for (std::size_t i = 0; i < ws.personas.size(); ++i)
        if (ws.personas[i].name == name)
            return i;
    ADD_FAILURE() << "the sample has no " << name;
    return 0;
}

/// A metrics-table row as the report writes it.
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<td>%1</td><td>%2</td>").arg(label, value);
}

QString usd(double v)
{
    return Formatting::money(v, QStringLiteral("USD"));
}

} // namespace

TEST(ReportEconomics, SubscriptionPageStatesTheTermsMrrArrAndEveryRole)
{
    const auto l = test::analysedSample();
    ASSERT_EQ(l.workspace.currency, "USD");
    const std::size_t i = indexOf(l.workspace, "Small-business SEO tool subscriber");
    const auto& a = l.analyses[i];
    const QString page = ReportHtml(l.workspace, l.analyses, {i}).personaPages();

    EXPECT_TRUE(page.contains(QStringLiteral(
        "Subscription billed monthly at $100; 4.2% churn a month; CLV over the lifetime churn "
        "implies (capped at 2 years).")))
        << qPrintable(page);
    ASSERT_TRUE(a.economics.steadyStateMrr && a.economics.steadyStateArr &&
                a.economics.steadyStateCustomers);
    EXPECT_TRUE(
        page.contains(row(QStringLiteral("Monthly recurring revenue (MRR) at the steady state"),
                          usd(*a.economics.steadyStateMrr))));
    EXPECT_TRUE(
        page.contains(row(QStringLiteral("Annual recurring revenue (ARR) at the steady state"),
                          usd(*a.economics.steadyStateArr))));
    EXPECT_TRUE(page.contains(row(QStringLiteral("Paying customers at the steady state"),
                                  Formatting::number(*a.economics.steadyStateCustomers, 0))));
    EXPECT_TRUE(page.contains(row(QStringLiteral("Revenue per customer a month"), usd(100))));
    EXPECT_TRUE(page.contains(row(QStringLiteral("Churn a month"), QStringLiteral("4.2%"))));
    // 1 ÷ 4.2% is 23.8 months, under the two-year horizon.
    EXPECT_TRUE(page.contains(row(QStringLiteral("Customer lifetime counted in the CLV"),
                                  QStringLiteral("23.8 months"))));

    // The marketing assistant decides, uses and specifies; the owner approves and buys.
    const QString all = QStringList{displayName(Role::Decider), displayName(Role::User),
                                    displayName(Role::Specifier)}
                            .join(QStringLiteral(", "));
    EXPECT_TRUE(page.contains(QStringLiteral("<td>%1</td><td>Marketing assistant").arg(all)))
        << qPrintable(page);
    EXPECT_TRUE(page.contains(QStringLiteral("<td>%1, %2</td>")
                                  .arg(displayName(Role::Approver), displayName(Role::Buyer))));
}

TEST(ReportEconomics, RepeatOrderPageStatesOrdersRetentionAndSteadyRevenue)
{
    const auto l = test::analysedSample();
    const std::size_t i = indexOf(l.workspace, "Industrial consumables reorder");
    const auto& a = l.analyses[i];
    const QString page = ReportHtml(l.workspace, l.analyses, {i}).personaPages();

    EXPECT_TRUE(page.contains(QStringLiteral(
        "Repeat orders: $2,500 orders, 12 a year, 79% of accounts still ordering a year on; CLV "
        "over the lifetime churn implies (capped at 7 years).")))
        << qPrintable(page);
    EXPECT_TRUE(page.contains(row(QStringLiteral("Revenue per customer a month"), usd(2500))));
    ASSERT_TRUE(a.timeToRevenue.steadyStateRevenue);
    EXPECT_TRUE(page.contains(row(QStringLiteral("Revenue a month at the steady state"),
                                  usd(*a.timeToRevenue.steadyStateRevenue))));
    // MRR and ARR are subscription figures.
    EXPECT_FALSE(page.contains(QStringLiteral("(MRR)")));
    EXPECT_FALSE(page.contains(QStringLiteral("(ARR)")));
}

TEST(ReportEconomics, UndefinedFiguresAreLeftOutNotPrintedAsZero)
{
    auto l = test::analysedSample();
    const std::size_t i = indexOf(l.workspace, "Small-business SEO tool subscriber");
    Persona& p = l.workspace.personas[i];
    p.economics.subscription.churnPercent = 0; // no churn: revenue grows without a steady state
    p.economics.subscription.billing = Period::Annual;
    p.economics.price = 2400;
    p.economics.subscription.expansionPercent = 5;
    p.economics.subscription.trialDays = 14;
    l.analyses[i] = analytics::analysePersona(p);
    ASSERT_FALSE(l.analyses[i].economics.steadyStateMrr);
    ASSERT_FALSE(l.analyses[i].timeToRevenue.steadyStateRevenue);
    const QString page = ReportHtml(l.workspace, l.analyses, {i}).personaPages();

    EXPECT_TRUE(page.contains(QStringLiteral(
        "Subscription billed yearly at $2,400; no churn; revenue of retained customers grows 5% a "
        "year; a 14-day free trial; CLV over the horizon of 2 years.")))
        << qPrintable(page);
    EXPECT_FALSE(page.contains(QStringLiteral("at the steady state")));
    EXPECT_FALSE(page.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    EXPECT_TRUE(page.contains(row(QStringLiteral("Revenue per customer a month"), usd(200))));
}

TEST(ReportEconomics, OneOffTermsCountPurchasesAndYears)
{
    Economics e;
    e.price = 120000;
    e.purchasesPerYear = 1;
    e.lifetimeYears = 3;
    EXPECT_EQ(ReportEconomics::terms(e, QStringLiteral("USD")),
              QStringLiteral("One-off purchases: $120,000 each, one purchase a year, over a "
                             "customer lifetime of 3 years."));
    e.purchasesPerYear = 0.5;
    e.lifetimeYears = 1;
    EXPECT_EQ(ReportEconomics::terms(e, QStringLiteral("USD")),
              QStringLiteral("One-off purchases: $120,000 each, 0.5 purchases a year, over a "
                             "customer lifetime of one year."));
}
