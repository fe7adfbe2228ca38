// SPDX-License-Identifier: GPL-3.0-or-later
// The chart layer on its own: every chart builds without a window and without animations, draws
// offscreen at the size asked for (the export path), and its helpers keep their promises.
#include "charts/BehaviourRadarChart.h"
#include "charts/ChannelFitChart.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ChartFactory.h"
#include "charts/ChartRenderer.h"
#include "charts/ChartScale.h"
#include "charts/SalesCycleChart.h"
#include "io/WorkspaceReader.h"

#include <QImage>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::charts;

namespace {

ChartData sampleData(CompareMode mode)
{
    auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    std::vector<analytics::PersonaAnalysis> analyses;
    for (const auto& p : r.workspace->personas)
        analyses.push_back(analytics::analysePersona(p));
    return ChartDataBuilder::workspace(*r.workspace, analyses, mode);
}

/// Pixels that are neither white nor the background grey: what the chart actually drew.
int inkPixels(const QImage& image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 200)
                ++ink;
    return ink;
}

} // namespace

TEST(Charts, EveryChartBuildsWithoutAWindowAndWithoutAnimations)
{
    const ChartData data = sampleData(CompareMode::Personas);
    ASSERT_EQ(data.subjects.size(), 4u); // the sample's own selection
    for (ChartId id : allChartIds) {
        auto chart = ChartFactory::create(id);
        ASSERT_NE(chart, nullptr);
        EXPECT_EQ(chart->id(), id);
        EXPECT_EQ(chart->chart()->animationOptions(), QChart::NoAnimation)
            << qPrintable(chartKey(id));
        chart->setData(data);
        EXPECT_FALSE(chart->isEmpty()) << qPrintable(chartKey(id));
        EXPECT_FALSE(chart->table().rows.empty()) << qPrintable(chartKey(id));
        EXPECT_FALSE(chart->title().isEmpty());
        EXPECT_FALSE(chartQuestion(id).isEmpty());
    }
}

TEST(Charts, TheRendererDrawsEveryChartOffscreenAtTheSizeAsked)
{
    for (CompareMode mode : {CompareMode::Personas, CompareMode::GroupsByLabel}) {
        ChartRenderer renderer(sampleData(mode));
        for (ChartId id : allChartIds) {
            const QImage image = renderer.image(id, QSize(800, 500), 1.0);
            if (const QString dump = qEnvironmentVariable("B2X_DUMP_CHARTS"); !dump.isEmpty())
                image.save(QStringLiteral("%1/export-%2-%3.png")
                               .arg(dump, chartKey(id))
                               .arg(static_cast<int>(mode)));
            EXPECT_EQ(image.size(), QSize(800, 500));
            EXPECT_EQ(renderer.chart(id)->chart()->size(), QSizeF(800, 500));
            // Bars, lines and labels are there right away: nothing waits for an animation.
            EXPECT_GT(inkPixels(image), 500) << qPrintable(chartKey(id));
        }
    }
}

TEST(Charts, RadarRingsCloseWithStrictlyIncreasingAngles)
{
    SubjectFigures s;
    for (std::size_t d = 0; d < s.dimensions.size(); ++d)
        s.dimensions[d] = 10.0 * static_cast<double>(d);
    const auto ring = BehaviourRadarChart::ring(s);
    ASSERT_EQ(ring.size(), 9);
    EXPECT_EQ(ring.front(), QPointF(0, 70));
    EXPECT_EQ(ring.back(), QPointF(360, 70));
    EXPECT_EQ(ring[1], QPointF(45, 0));
    for (int i = 1; i < ring.size(); ++i)
        EXPECT_LT(ring[i - 1].x(), ring[i].x());
}

TEST(Charts, RadarRingLabelsStayReadableAboveThePersonasLines)
{
    // A ring of 60 everywhere: its line leaves the top spoke at the "60" ring label. The label
    // sits on a halo above the line, so no pixel of the label's box is the line's pure red (Qt's
    // own radial labels were drawn under every series).
    SubjectFigures s;
    s.key = s.name = QStringLiteral("Sixty");
    s.colour = QColor(255, 0, 0);
    s.dimensions.fill(60);
    s.applicable.fill(true);
    ChartData data;
    data.subjects.push_back(s);
    ChartRenderer renderer(data);
    const QImage image = renderer.image(ChartId::BehaviourProfile, QSize(600, 600), 1.0, false);
    const QRectF plot = renderer.chart(ChartId::BehaviourProfile)->chart()->plotArea();
    ASSERT_FALSE(plot.isEmpty());
    const double radius = std::min(plot.width(), plot.height()) / 2;
    const QPointF at60(plot.center().x(), plot.center().y() - radius * 0.6);
    int pureRed = 0;
    int reddish = 0;
    for (int y = static_cast<int>(at60.y()) - 4; y <= static_cast<int>(at60.y()) + 4; ++y)
        for (int x = static_cast<int>(at60.x()) + 4; x <= static_cast<int>(at60.x()) + 16; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 60 && c.blue() < 60)
                ++pureRed;
            if (c.red() > 200 && c.green() < 235)
                ++reddish; // the line seen through the halo
        }
    EXPECT_EQ(pureRed, 0);
    EXPECT_GT(reddish, 0) << "the line should pass behind the label here";
}

TEST(Charts, ChannelFitShowsEverySubjectsBestChannelsAndLargestBudget)
{
    const ChartData data = sampleData(CompareMode::Personas);
    const QStringList ids = ChannelFitChart::pickChannels(data.subjects);
    EXPECT_LE(ids.size(), ChannelFitChart::maxChannels);
    for (const auto& s : data.subjects)
        EXPECT_TRUE(ids.contains(s.channels.front().id)) << qPrintable(s.name);
    ChannelFitChart chart;
    chart.setData(data);
    for (int i = 0; i < static_cast<int>(data.subjects.size()); ++i) {
        const QBarSet* set = chart.fitSet(i);
        ASSERT_NE(set, nullptr);
        EXPECT_EQ(set->count(), ids.size());
    }
}

TEST(Charts, RepeatedNamesStayDistinctBars)
{
    ChartData data = sampleData(CompareMode::Personas);
    data.subjects[1].name = data.subjects[0].name;
    SalesCycleChart chart;
    chart.setData(data);
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Vertical).front());
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->count(), static_cast<int>(data.subjects.size()));
}

TEST(Charts, ScaleHelpers)
{
    EXPECT_EQ(ChartScale::niceCeil(0.9), 1);
    EXPECT_EQ(ChartScale::niceCeil(130), 200);
    EXPECT_EQ(ChartScale::niceCeil(230), 250);
    EXPECT_EQ(ChartScale::niceCeil(260), 500);
    EXPECT_EQ(ChartScale::decades(40, 2'500'000), std::make_pair(10.0, 10'000'000.0));
    EXPECT_TRUE(ChartScale::needsLog(40, 2'500'000));
    EXPECT_FALSE(ChartScale::needsLog(150, 10'000));
    EXPECT_FALSE(ChartScale::needsLog(0, 10'000)); // no positive low value
    EXPECT_EQ(ChartScale::decadeLabel(0), QStringLiteral("1"));
    EXPECT_EQ(ChartScale::decadeLabel(4), QStringLiteral("10k"));
    EXPECT_EQ(ChartScale::decadeLabel(6), QStringLiteral("1M"));
    EXPECT_EQ(ChartScale::decadeLabel(-1), QStringLiteral("0.1"));
    // Two sets in a 0.8-wide row: centres a fifth of a category either side of it.
    EXPECT_DOUBLE_EQ(ChartScale::barCentre(3, 0, 2, 0.8), 2.8);
    EXPECT_DOUBLE_EQ(ChartScale::barCentre(3, 1, 2, 0.8), 3.2);
}

TEST(ChartAxes, RescalingNeverPassesThroughAnAxisWithThousandsOfTicks)
{
    // Qt Charts creates an item per tick on every range or interval change. Growing the range
    // before the interval once made opening a 10,000-persona workspace hang (millions of ticks).
    QValueAxis axis;
    double mostTicks = 0;
    const auto record = [&] {
        if (axis.tickType() == QValueAxis::TicksDynamic && axis.tickInterval() > 0)
            mostTicks = std::max(mostTicks, (axis.max() - axis.min()) / axis.tickInterval());
    };
    QObject::connect(&axis, &QValueAxis::rangeChanged, record);
    QObject::connect(&axis, &QValueAxis::tickIntervalChanged, record);
    for (double largest : {10.0, 1e9, 3.0, 5e6, 0.4, 1e12}) {
        ComparisonChart::fitZeroBasedAxis(&axis, largest, 0.1);
        EXPECT_GE(axis.max(), largest);
        EXPECT_LE((axis.max() - axis.min()) / axis.tickInterval(), 10);
    }
    EXPECT_LE(mostTicks, 10);
}
