// SPDX-License-Identifier: GPL-3.0-or-later
// The histogram of CLV:CAC in the Budget dock's Uncertainty tab (issue 20): drawn from the run on
// show, bars as shares of the runs, the p10, p50 and p90 of the run and the 3:1 line marked, above
// the tornado, and hidden while there is no result.
#include "UiTestSupport.h"
#include "budget/UncertaintyView.h"
#include "charts/ChartView.h"
#include "charts/OutcomeHistogramChart.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"

#include <QSpinBox>
#include <QTest>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <cmath>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

const QString enterprise = QStringLiteral("7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71");

double lineX(const QLineSeries* s)
{
    return s->count() == 2 ? s->at(0).x() : std::nan("");
}

} // namespace

TEST(OutcomeHistogramView, DrawsTheRunsShareInEachBinWithTheQuantilesAndTheHealthLine)
{
    WorkspaceDocument doc;
    auto r = WorkspaceReader::readFile(test::samplePath());
    ASSERT_TRUE(r.ok());
    doc.reset(*r.workspace, {});
    UncertaintyView view{&doc};
    view.runsBox()->setValue(2000);
    view.resize(640, 900);
    view.show();
    view.setActive(true);
    view.setPersona(enterprise);
    for (int i = 0; i < 400 && (view.busy() || !view.result()); ++i)
        QTest::qWait(50);
    ASSERT_TRUE(view.result().has_value());

    const budget::MonteCarloResult& result = *view.result();
    const budget::Histogram& h = result.clvToCacHistogram;
    ASSERT_FALSE(h.empty());
    EXPECT_TRUE(view.histogramView()->isVisible());
    // Above the tornado.
    EXPECT_LT(view.histogramView()->y(),
              view.findChild<QWidget*>(QStringLiteral("tornadoChart"))->y());
    EXPECT_FALSE(view.histogramView()->accessibleName().isEmpty());
    EXPECT_TRUE(view.histogramView()->toolTip().contains(QStringLiteral("3:1")));

    const charts::OutcomeHistogramChart* chart = view.histogramChart();
    // Four points a bar; each bar's height the share of all defined runs in its bin.
    const QLineSeries* outline = chart->barOutline();
    ASSERT_EQ(outline->count(), static_cast<int>(4 * h.counts.size()));
    double shares = 0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        const double share = outline->at(static_cast<int>(4 * i + 1)).y();
        EXPECT_NEAR(share, 100.0 * static_cast<double>(h.counts[i]) / 2000.0, 1e-9);
        EXPECT_GT(outline->at(static_cast<int>(4 * i + 1)).x(), h.lowerEdge(i));
        EXPECT_LT(outline->at(static_cast<int>(4 * i + 2)).x(), h.lowerEdge(i + 1));
        shares += share;
    }
    EXPECT_NEAR(shares, 100.0 * static_cast<double>(h.total() - h.below - h.above) / 2000.0, 1e-9);

    EXPECT_DOUBLE_EQ(lineX(chart->p10Line()), *result.clvToCac.p10);
    EXPECT_DOUBLE_EQ(lineX(chart->p50Line()), *result.clvToCac.p50);
    EXPECT_DOUBLE_EQ(lineX(chart->p90Line()), *result.clvToCac.p90);
    EXPECT_DOUBLE_EQ(lineX(chart->thresholdLine()), 3.0);
    // Every bar and mark inside the axis.
    const QValueAxis* x = chart->valueAxis();
    EXPECT_LE(x->min(), std::min(h.lower, 3.0));
    EXPECT_GE(x->max(), std::max(h.upper(), 3.0));
    EXPECT_GE(chart->shareAxis()->max(), outline->at(1).y());

    // An edit: the run on show is gone, and so is its histogram.
    view.setActive(false);
    doc.editPersona(enterprise, QStringLiteral("price"), QStringLiteral("Price"),
                    [](Persona& p) { p.economics.price *= 2; });
    EXPECT_FALSE(view.result().has_value());
    EXPECT_FALSE(view.histogramView()->isVisible());
}
