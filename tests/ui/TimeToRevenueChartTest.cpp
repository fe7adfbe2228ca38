// SPDX-License-Identifier: GPL-3.0-or-later
// The time-to-revenue chart with recurring revenue (issue 16): the solid line is the revenue of
// every paying customer, a dashed line marks the steady state only where the model defines one
// (a missing steady state used to read as 0 and drew a false line at zero), and a recurring
// persona's new-customer revenue is a line of its own.
#include "UiTestSupport.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ChartFactory.h"
#include "charts/ComparisonChart.h"
#include "format/Formatting.h"

#include <QtCharts/QLineSeries>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::charts;

namespace {

struct Lines {
    QLineSeries* total = nullptr;
    QLineSeries* steady = nullptr;
    QLineSeries* fresh = nullptr;
};

Lines linesOf(ComparisonChart& chart, const QString& name)
{
    Lines l;
    for (QAbstractSeries* s : chart.chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line)
            continue;
        if (line->name() == name)
            l.total = line;
        else if (line->name() == name + QStringLiteral(": steady state"))
            l.steady = line;
        else if (line->name() == name + QStringLiteral(": new customers"))
            l.fresh = line;
    }
    return l;
}

/// The chart for one persona of `l`, as the comparison panel builds it.
struct OnePersona {
    std::unique_ptr<ComparisonChart> chart = ChartFactory::create(ChartId::TimeToRevenue);
    QString name;

    OnePersona(const test::AnalysedWorkspace& l, std::size_t index)
    {
        const ChartData data =
            ChartDataBuilder::workspace(l.workspace, l.analyses, CompareMode::Personas, {index});
        name = QString::fromStdString(l.workspace.personas[index].name);
        chart->setData(data);
    }
};

std::size_t indexOf(const Workspace& ws, const std::string& name)
{
    for (std::size_t i = 0; i < ws.personas.size(); ++i)
        if (ws.personas[i].name == name)
            return i;
    ADD_FAILURE() << "the sample has no " << name;
    return 0;
}

} // namespace

TEST(TimeToRevenueChart, OneOffPersonaHasNoNewCustomerLineAndItsSteadyStateWhereDefined)
{
    const auto l = test::analysedSample();
    const std::size_t i = indexOf(l.workspace, "Enterprise software buying committee");
    const auto& t = l.analyses[i].timeToRevenue;
    OnePersona one(l, i);
    const Lines lines = linesOf(*one.chart, one.name);
    ASSERT_TRUE(lines.total && lines.steady && lines.fresh);
    ASSERT_EQ(lines.total->count(), 24);
    EXPECT_EQ(lines.fresh->count(), 0); // one-off revenue is all new-customer revenue
    ASSERT_TRUE(t.steadyStateRevenue);
    ASSERT_EQ(lines.steady->count(), 2);
    // Linear axis: the lines stand in the ratio of the figures.
    EXPECT_NEAR(lines.steady->at(0).y() / lines.total->at(23).y(),
                *t.steadyStateRevenue / t.monthlyRevenue[23], 1e-9);
    EXPECT_EQ(lines.steady->at(0).y(), lines.steady->at(1).y());
    EXPECT_TRUE(lines.steady->pen().style() == Qt::DashLine);
}

TEST(TimeToRevenueChart, SubscriptionDrawsSteadyStateAndNewCustomerRevenue)
{
    const auto l = test::analysedSample();
    const std::size_t i = indexOf(l.workspace, "Small-business SEO tool subscriber");
    const auto& t = l.analyses[i].timeToRevenue;
    OnePersona one(l, i);
    const Lines lines = linesOf(*one.chart, one.name);
    ASSERT_TRUE(lines.total && lines.steady && lines.fresh);
    ASSERT_TRUE(t.steadyStateRevenue);
    ASSERT_EQ(lines.steady->count(), 2);
    EXPECT_NEAR(lines.steady->at(1).y() / lines.total->at(23).y(),
                *t.steadyStateRevenue / t.monthlyRevenue[23], 1e-9);
    ASSERT_EQ(lines.fresh->count(), 24);
    EXPECT_NEAR(lines.fresh->at(23).y() / lines.total->at(23).y(),
                t.newCustomerRevenue[23] / t.monthlyRevenue[23], 1e-9);
    EXPECT_LT(lines.fresh->at(23).y(), lines.total->at(23).y());
    EXPECT_LT(lines.fresh->pen().widthF(), lines.total->pen().widthF());

    // The accessible table: a new-customer column and the steady state in figures.
    const ChartTable table = one.chart->table();
    ASSERT_EQ(table.columns.size(), 3);
    EXPECT_EQ(table.columns[2], one.name + QStringLiteral(": new customers"));
    EXPECT_EQ(table.rows[23][2],
              Formatting::money(t.newCustomerRevenue[23], QStringLiteral("USD")));
    EXPECT_EQ(table.rows[24][0], QStringLiteral("Steady state"));
    EXPECT_EQ(table.rows[24][1], Formatting::money(*t.steadyStateRevenue, QStringLiteral("USD")));
}

TEST(TimeToRevenueChart, NoSteadyStateDrawsNoLineAndSaysSo)
{
    auto l = test::analysedSample();
    const std::size_t i = indexOf(l.workspace, "Small-business SEO tool subscriber");
    l.workspace.personas[i].economics.subscription.churnPercent = 0;
    l.analyses[i] = analytics::analysePersona(l.workspace.personas[i]);
    ASSERT_FALSE(l.analyses[i].timeToRevenue.steadyStateRevenue);
    OnePersona one(l, i);
    const Lines lines = linesOf(*one.chart, one.name);
    ASSERT_TRUE(lines.total && lines.steady);
    EXPECT_EQ(lines.steady->count(), 0); // not a line at zero
    const ChartTable table = one.chart->table();
    EXPECT_EQ(table.rows[24][1], QStringLiteral("none"));
    EXPECT_TRUE(one.chart->notes().contains(QStringLiteral("no steady state")));
}
