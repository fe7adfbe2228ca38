// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison charts' legend: entries wrap onto as many rows as the chart's width needs, a
// long name after a short one starts a row of its own instead of running past the edge, hidden
// entries take no room, and the room the rows need is reserved below the plot.
#include "charts/WrappingLegend.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <gtest/gtest.h>
#include <memory>

using namespace b2x::charts;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace wrapping_legend_test {

namespace {

using Plan = WrappingLegend::Plan;

std::vector<bool> breaks(std::initializer_list<bool> b)
{
    return b;
}

/// A chart `width` pixels wide with one line series per name, in a scene as on screen.
struct LegendChart {
    explicit LegendChart(const QStringList& names, double width = 400)
    {
        chart = new QChart;
        scene.addItem(chart);
        for (const QString& name : names) {
            auto* series = new QLineSeries;
            series->setName(name);
            series->append(0, 1);
            chart->addSeries(series);
        }
        legend = std::make_unique<WrappingLegend>(chart, QApplication::font(), margin);
        chart->resize(width, 300);
    }

    /// Per shown entry: its name where it carries the padding that makes Qt wrap after it.
    QStringList padding() const
    {
        QStringList padded;
        for (QLegendMarker* marker : chart->legend()->markers())
            if (WrappingLegend::isShown(marker))
                padded << (marker->label().endsWith(QChar(0xA0)) ? marker->series()->name()
                                                                 : QString());
        return padded;
    }

    static constexpr int margin = 4;
    QGraphicsScene scene; // owns the chart
    QChart* chart;
    std::unique_ptr<WrappingLegend> legend;
};

} // namespace

TEST(WrappingLegend, PlanFillsARowWhileTheNextEntryOfTheSameWidthStillFits)
{
    // 40 + 40 = 80 of 100; a third 40 would not fit after the second, where Qt itself would
    // wrap, so the row ends there.
    const Plan plan = WrappingLegend::plan({40, 40, 40}, 100);
    EXPECT_EQ(plan.rows, 2);
    EXPECT_EQ(plan.breakAfter, breaks({false, true, false}));
}

TEST(WrappingLegend, PlanPutsALongEntryAfterAShortOneOnARowOfItsOwn)
{
    // 10 + 95 > 100: Qt would keep going after the short entry (10 more would fit) and cut the
    // long one off at the edge; the plan breaks after the short entry.
    const Plan plan = WrappingLegend::plan({10, 95}, 100);
    EXPECT_EQ(plan.rows, 2);
    EXPECT_EQ(plan.breakAfter, breaks({true, false}));
    // Entries that fit side by side stay on one row, and no legend has no rows.
    EXPECT_EQ(WrappingLegend::plan({30, 30}, 100).rows, 1);
    EXPECT_EQ(WrappingLegend::plan({}, 100).rows, 0);
    // One entry per row when every entry takes the whole width.
    EXPECT_EQ(WrappingLegend::plan({100, 100, 100}, 100).rows, 3);
}

TEST(WrappingLegend, NarrowChartsWrapWideOnesDoNot)
{
    const QStringList names{QStringLiteral("Procurement committee"),
                            QStringLiteral("Weekend shopper"), QStringLiteral("Start-up founder")};
    LegendChart wide(names, 2000);
    wide.legend->layout();
    EXPECT_EQ(wide.legend->rows(), 1);
    EXPECT_EQ(wide.padding(), QStringList({QString(), QString(), QString()}));

    LegendChart narrow(names, 240);
    EXPECT_TRUE(narrow.legend->layout()) << "the number of rows changed from none";
    EXPECT_EQ(narrow.legend->rows(), 3);
    // The entries that end a row carry the padding that makes Qt wrap after them; the last
    // entry ends the legend and needs none.
    EXPECT_EQ(narrow.padding(), QStringList({names[0], names[1], QString()}));
    EXPECT_FALSE(narrow.legend->layout()) << "nothing changed";

    // The rows' room is reserved below the plot, and the legend stands in it.
    EXPECT_GT(narrow.legend->height(), wide.legend->height());
    EXPECT_EQ(narrow.chart->margins().bottom(), LegendChart::margin + narrow.legend->height());
    const QRectF legendRect = narrow.chart->legend()->geometry();
    EXPECT_DOUBLE_EQ(legendRect.height(), narrow.legend->height());
    EXPECT_NEAR(legendRect.bottom(), narrow.chart->rect().bottom() - LegendChart::margin, 1);

    // Wider again: one row, the padding gone, the room given back.
    narrow.chart->resize(2000, 300);
    EXPECT_TRUE(narrow.legend->layout());
    EXPECT_EQ(narrow.legend->rows(), 1);
    EXPECT_EQ(narrow.padding(), QStringList({QString(), QString(), QString()}));
    EXPECT_EQ(narrow.legend->height(), wide.legend->height());
}

TEST(WrappingLegend, HiddenEntriesTakeNoRoom)
{
    const QStringList names{QStringLiteral("Procurement committee"),
                            QStringLiteral("Guide line that is not a subject"),
                            QStringLiteral("Start-up founder")};
    LegendChart chart(names, 240);
    chart.legend->layout();
    EXPECT_EQ(chart.legend->rows(), 3);

    auto* guide = chart.chart->series().at(1);
    chart.legend->hide(guide);
    const QLegendMarker* marker = chart.chart->legend()->markers(guide).value(0);
    ASSERT_TRUE(marker);
    EXPECT_FALSE(WrappingLegend::isShown(marker));
    chart.legend->layout();
    EXPECT_EQ(chart.legend->rows(), 2);
    EXPECT_EQ(chart.padding(), QStringList({names[0], QString()}));

    WrappingLegend::setShown(chart.chart->legend()->markers(guide).value(0), true);
    chart.legend->layout();
    EXPECT_EQ(chart.legend->rows(), 3);
}

TEST(WrappingLegend, BarSetsGetPlainSquares)
{
    // A bar set's marker "from series" is drawn hollow in Qt 6.4.
    QGraphicsScene scene;
    auto* chart = new QChart;
    scene.addItem(chart);
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(QStringLiteral("Weekend shopper"));
    *set << 1 << 2;
    bars->append(set);
    chart->addSeries(bars);
    WrappingLegend legend(chart, QApplication::font(), 4);
    chart->resize(400, 300);
    legend.layout();
    const auto markers = chart->legend()->markers(bars);
    ASSERT_EQ(markers.size(), 1);
    EXPECT_EQ(markers[0]->shape(), QLegend::MarkerShapeRectangle);
    EXPECT_EQ(legend.rows(), 1);
}

} // namespace wrapping_legend_test
