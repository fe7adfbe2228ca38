// SPDX-License-Identifier: GPL-3.0-or-later
// The report lays its charts out while the text is laid out on other threads (PdfReport,
// ChartPreparer): each chart must be prepared at the very size it is then drawn at, or drawing
// lays it out again and the overlap is lost.
#include "UiTestSupport.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ChartLayout.h"
#include "charts/ChartRenderer.h"
#include "report/ChartExport.h"
#include "report/PdfReport.h"

#include <QGraphicsLayout>
#include <QPainter>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>

using namespace b2x;

namespace {

/// Records the size each chart was prepared at and drawn at, by index.
struct Sizes {
    std::map<std::size_t, QSizeF> prepared, painted;
};

PlanChartPages recording(Sizes& sizes, std::size_t count, bool firstOnItsOwnPage)
{
    PlanChartPages pages;
    pages.count = count;
    pages.firstOnItsOwnPage = firstOnItsOwnPage;
    pages.title = [](std::size_t i) { return QStringLiteral("Chart %1").arg(i); };
    pages.paint = [&sizes](std::size_t i, QPainter&, const QRectF& rect) {
        sizes.painted[i] = rect.size();
    };
    pages.prepare = [&sizes](std::size_t i, const QSizeF& size) {
        EXPECT_TRUE(sizes.painted.empty()) << "prepared after a chart was drawn";
        sizes.prepared[i] = size;
    };
    return pages;
}

} // namespace

TEST(ReportChartPreparation, EachChartIsLaidOutAheadAtTheSizeItIsDrawnAt)
{
    test::AnalysedWorkspace l = test::analysedSample();
    // A channel with a spend limit brings the Budget part and its charts in.
    ASSERT_FALSE(l.workspace.personas.front().channels.empty());
    l.workspace.personas.front().channels.front().bounds.maxSpend = 1000;
    ReportOptions options;
    options.charts = ChartExport::allCharts();
    Sizes comparison, plan, budget;
    PdfReport report(
        l.workspace, l.analyses, options,
        [&](int id, QPainter&, const QRectF& rect) {
            comparison.painted[static_cast<std::size_t>(id)] = rect.size();
        },
        &ChartExport::title);
    report.setChartPreparer([&](int id, const QSizeF& size) {
        // Prepared before any is drawn: they are laid out with the text.
        EXPECT_TRUE(comparison.painted.empty());
        comparison.prepared[static_cast<std::size_t>(id)] = size;
    });
    // Three plan charts, the first (the timeline) on a page of its own, and four budget charts.
    report.setPlanCharts(recording(plan, 3, true));
    report.setBudgetCharts(recording(budget, 4, false));
    QTemporaryDir dir;
    ASSERT_TRUE(report.writePdf(dir.filePath(QStringLiteral("report.pdf"))).ok);

    EXPECT_EQ(comparison.prepared.size(), options.charts.size());
    EXPECT_EQ(plan.prepared.size(), 3u);
    EXPECT_EQ(budget.prepared.size(), 4u);
    for (const Sizes* s : {&comparison, &plan, &budget}) {
        EXPECT_EQ(s->prepared.size(), s->painted.size());
        for (const auto& [index, size] : s->painted) {
            ASSERT_TRUE(s->prepared.contains(index)) << index;
            EXPECT_EQ(s->prepared.at(index), size) << index;
        }
    }
    // The timeline alone on its page is taller than a chart that shares one.
    EXPECT_GT(plan.painted.at(0).height(), plan.painted.at(1).height() * 1.5);
}

TEST(ReportChartPreparation, APreparedChartIsNotLaidOutAgainWhenDrawn)
{
    // Qt Charts lays a chart out again after any setTitle, the same title included; drawing
    // sets the title the chart was prepared with, so it must leave a laid-out chart alone.
    const test::AnalysedWorkspace l = test::analysedSample();
    charts::ChartRenderer renderer(charts::ChartDataBuilder::workspace(
        l.workspace, l.analyses, CompareMode::Personas, {0, 1, 2}));
    for (const auto id : charts::allChartIds) {
        SCOPED_TRACE(charts::chartKey(id).toStdString());
        renderer.prepare(id, QSizeF(800, 450), true);
        QChart& chart = *renderer.chart(id)->chart();
        ASSERT_FALSE(chart.title().isEmpty());
        ASSERT_TRUE(chart.layout()->isActivated());
        charts::setChartTitle(chart, renderer.chart(id)->title());
        EXPECT_TRUE(chart.layout()->isActivated()) << "the same title laid the chart out again";
        charts::setChartTitle(chart, QStringLiteral("A title"));
        EXPECT_FALSE(chart.layout()->isActivated()) << "a new title must lay it out again";
    }
}
