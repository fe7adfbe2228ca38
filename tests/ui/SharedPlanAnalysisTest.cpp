// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x export` analyses the plan once and hands that analysis to the report's plan part and to
// the plan's charts (issue 21), rather than each analysing it again. What they make from the
// analysis they are given must be what they made from their own, and the analysis given must be
// the one they use.
#include "UiTestSupport.h"
#include "charts/PlanChartRenderer.h"
#include "plan/PlanAnalysis.h"
#include "report/ReportPlan.h"

#include <QDate>
#include <gtest/gtest.h>
#include <memory>
#include <numeric>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace shared_plan_analysis_test {

namespace {

std::vector<std::size_t> everyPersona(const Workspace& ws)
{
    std::vector<std::size_t> all(ws.personas.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

TEST(SharedPlanAnalysis, ThePlanPartFromAGivenAnalysisIsThePlanPartItComputes)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    const Workspace& ws = l.workspace;
    ASSERT_FALSE(ws.plan.isEmpty());
    const QDate today(2027, 2, 1);
    const auto shared = std::make_shared<const plan::PlanAnalysis>(plan::analysePlan(ws, today));
    const QString own = ReportPlan(ws, everyPersona(ws), today).html();
    EXPECT_FALSE(own.isEmpty());
    EXPECT_EQ(ReportPlan(ws, everyPersona(ws), shared, today).html(), own);
    // Null: the part analyses the plan itself, as before.
    EXPECT_EQ(ReportPlan(ws, everyPersona(ws), nullptr, today).html(), own);
}

TEST(SharedPlanAnalysis, ThePlanPartUsesTheAnalysisItIsGiven)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    const Workspace& ws = l.workspace;
    const QDate today(2027, 2, 1);
    // The analysis of the same plan over a longer period: the part must show its figures.
    Workspace longer = ws;
    longer.plan.period.end = "2027-06-30";
    const auto other = std::make_shared<const plan::PlanAnalysis>(plan::analysePlan(longer, today));
    const QString own = ReportPlan(ws, everyPersona(ws), today).html();
    const QString given = ReportPlan(ws, everyPersona(ws), other, today).html();
    EXPECT_NE(given, own);
    // 1 January to 30 June 2027.
    EXPECT_TRUE(given.contains(QStringLiteral("181 day"))) << given.left(2000).toStdString();
    EXPECT_FALSE(own.contains(QStringLiteral("181 day")));
}

TEST(SharedPlanAnalysis, ThePlanChartsFromAGivenAnalysisAreTheChartsItComputes)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    const Workspace& ws = l.workspace;
    const QDate today = QDate::currentDate();
    charts::PlanChartRenderer own(ws, today);
    charts::PlanChartRenderer given(ws, plan::analysePlan(ws, today), today);
    ASSERT_EQ(given.items().size(), own.items().size());
    ASSERT_GT(own.items().size(), 1U);
    for (std::size_t i = 0; i < own.items().size(); ++i) {
        EXPECT_EQ(given.items()[i].key, own.items()[i].key);
        EXPECT_EQ(given.items()[i].title, own.items()[i].title);
        EXPECT_EQ(given.preferredHeight(i, 800), own.preferredHeight(i, 800));
        EXPECT_EQ(given.image(i, QSize(400, 300), 1.0), own.image(i, QSize(400, 300), 1.0))
            << own.items()[i].key.toStdString();
    }
}

} // namespace

} // namespace shared_plan_analysis_test
