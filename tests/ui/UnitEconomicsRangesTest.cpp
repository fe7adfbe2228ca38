// SPDX-License-Identifier: GPL-3.0-or-later
// The p10–p90 whiskers of the comparison's Unit economics chart: computed off the UI thread with
// the documented runs and seed, equal to budget::runMonteCarlo; an edit recomputes only the
// edited persona; no whisker without a CAC; nothing computed while the chart is hidden; a reset
// or the panel's end while a computation runs is safe.
#include "window/UnitEconomicsRanges.h"

#include "budget/Uncertainty.h"
#include "charts/ChartCard.h"
#include "charts/UnitEconomicsChart.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "window/ComparisonPanel.h"

#include <QGraphicsPathItem>
#include <QTest>
#include <QToolButton>
#include <QtCharts/QScatterSeries>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::charts;

namespace {

constexpr int waitMs = 10000;

class UnitEconomicsRangesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto r = WorkspaceReader::readFile(
            QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
        ASSERT_TRUE(r.ok());
        workspace = *r.workspace;
        document.reset(workspace, QString());
        panel = std::make_unique<ComparisonPanel>(&document, &cache);
        panel->resize(480, 900);
        panel->show();
        panel->unitEconomicsRanges()->setDelay(0);
    }

    QString idAt(std::size_t i) const
    {
        return QString::fromStdString(document.workspace().personas.at(i).id);
    }
    UnitEconomicsChart* chart() const
    {
        return static_cast<UnitEconomicsChart*>(panel->card(ChartId::UnitEconomics)->chart());
    }
    UnitEconomicsRanges* ranges() const { return panel->unitEconomicsRanges(); }
    void compare(const std::vector<std::size_t>& indices)
    {
        ViewState view = document.workspace().view;
        view.compareMode = CompareMode::Personas;
        view.comparedPersonaIds.clear();
        for (std::size_t i : indices)
            view.comparedPersonaIds.push_back(document.workspace().personas.at(i).id);
        document.setViewState(view);
    }
    /// Waits until the chart holds a fresh whisker for each of these personas.
    bool waitForFresh(const std::vector<std::size_t>& indices)
    {
        return QTest::qWaitFor(
            [&] {
                for (std::size_t i : indices) {
                    const auto w = chart()->whisker(idAt(i));
                    if (!w || w->stale)
                        return false;
                }
                return true;
            },
            waitMs);
    }
    budget::MonteCarloResult expected(std::size_t i) const
    {
        budget::MonteCarloOptions options;
        options.runs = UnitEconomicsRanges::runs;
        options.seed = UnitEconomicsRanges::seed;
        return budget::runMonteCarlo(document.workspace().personas.at(i), options);
    }
    void expectWhiskerOf(std::size_t i)
    {
        const auto w = chart()->whisker(idAt(i));
        ASSERT_TRUE(w);
        const auto r = expected(i);
        ASSERT_TRUE(r.cac.p10 && r.cac.p90 && r.clv.p10 && r.clv.p90);
        EXPECT_DOUBLE_EQ(w->cacLow, *r.cac.p10);
        EXPECT_DOUBLE_EQ(w->cacHigh, *r.cac.p90);
        EXPECT_DOUBLE_EQ(w->clvLow, *r.clv.p10);
        EXPECT_DOUBLE_EQ(w->clvHigh, *r.clv.p90);
        EXPECT_EQ(w->runs, UnitEconomicsRanges::runs);
        EXPECT_LT(w->cacLow, w->cacHigh);
        EXPECT_LT(w->clvLow, w->clvHigh);
    }
    void setPrice(std::size_t index, double price)
    {
        document.editPersona(idAt(index), QStringLiteral("economics.price"),
                             QStringLiteral("Price"),
                             [&](Persona& p) { p.economics.price = price; });
    }

    Workspace workspace;
    WorkspaceDocument document;
    AnalysisCache cache{&document};
    std::unique_ptr<ComparisonPanel> panel;
};

/// The whisker's drawn ends along x, in the chart's coordinates.
std::pair<double, double> drawnCacEnds(const UnitEconomicsChart* chart, std::size_t index)
{
    const QPainterPath path = chart->whiskerItem(index)->path();
    // The first element is the start of the horizontal whisker, the second its end.
    return {path.elementAt(0).x, path.elementAt(1).x};
}

} // namespace

TEST_F(UnitEconomicsRangesTest, WhiskerEndsArePercentilesOfTheSeededMonteCarlo)
{
    compare({0, 1, 3});
    ASSERT_TRUE(waitForFresh({0, 1, 3}));
    for (std::size_t i : {0u, 1u, 3u}) {
        SCOPED_TRACE(i);
        expectWhiskerOf(i);
    }
    // Drawn where the axes put p10 and p90 (within the plot area), in the persona's colour.
    const auto series = chart()->chart()->series();
    for (std::size_t k = 0; k < 3; ++k) {
        const QGraphicsPathItem* item = chart()->whiskerItem(k);
        ASSERT_TRUE(item);
        ASSERT_FALSE(item->path().isEmpty());
        EXPECT_EQ(item->pen().color(), chart()->subjects()[k].colour);
        const auto w = *chart()->whisker(chart()->subjects()[k].key);
        auto* scatter = qobject_cast<QScatterSeries*>(series.at(static_cast<int>(2 + k)));
        ASSERT_TRUE(scatter);
        const QPointF point = scatter->points().front();
        const QRectF area = chart()->chart()->plotArea();
        const double low =
            chart()->chart()->mapToPosition(QPointF(std::log10(w.cacLow), point.y()), scatter).x();
        const double high =
            chart()->chart()->mapToPosition(QPointF(std::log10(w.cacHigh), point.y()), scatter).x();
        const auto [x0, x1] = drawnCacEnds(chart(), k);
        EXPECT_NEAR(x0, std::clamp(low, area.left(), area.right()), 1e-6);
        EXPECT_NEAR(x1, std::clamp(high, area.left(), area.right()), 1e-6);
        EXPECT_LT(item->zValue(), 5) << "under the points (Qt Charts draws series at z 5)";
    }
    EXPECT_TRUE(panel->card(ChartId::UnitEconomics)
                    ->chart()
                    ->notes()
                    .contains(QStringLiteral("Whiskers: p10–p90 of CAC and CLV")));
}

TEST_F(UnitEconomicsRangesTest, AnEditRecomputesOnlyTheEditedPersona)
{
    compare({0, 1, 3});
    ASSERT_TRUE(waitForFresh({0, 1, 3}));
    const int started = ranges()->computationsStarted();
    EXPECT_EQ(started, 3);
    const auto before = *chart()->whisker(idAt(1));

    setPrice(1, 250);
    // The old range stays, marked stale (drawn dotted), until the new one arrives.
    ASSERT_TRUE(chart()->whisker(idAt(1)));
    EXPECT_TRUE(chart()->whisker(idAt(1))->stale);
    EXPECT_EQ(chart()->whiskerItem(1)->pen().style(), Qt::DotLine);
    EXPECT_FALSE(chart()->whisker(idAt(0))->stale);
    ASSERT_TRUE(waitForFresh({0, 1, 3}));
    EXPECT_EQ(ranges()->computationsStarted(), started + 1);
    expectWhiskerOf(1);
    EXPECT_NE(chart()->whisker(idAt(1))->clvHigh, before.clvHigh);
    EXPECT_EQ(chart()->whiskerItem(1)->pen().style(), Qt::SolidLine);

    // A new order of the same personas computes nothing again.
    compare({3, 0, 1});
    QTest::qWait(50);
    EXPECT_EQ(ranges()->computationsStarted(), started + 1);
}

TEST_F(UnitEconomicsRangesTest, APersonaWithoutCacGetsNoWhisker)
{
    document.editPersona(idAt(1), QStringLiteral("economics.monthlyVolume"),
                         QStringLiteral("Volume"),
                         [](Persona& p) { p.economics.monthlyVolume = 0; });
    compare({0, 1});
    ASSERT_FALSE(chart()->subjects().at(1).cac);
    ASSERT_TRUE(waitForFresh({0}));
    QTest::qWait(50);
    EXPECT_FALSE(chart()->whisker(idAt(1)));
    EXPECT_TRUE(chart()->whiskerItem(1)->path().isEmpty());
    EXPECT_EQ(ranges()->computationsStarted(), 1);
}

TEST_F(UnitEconomicsRangesTest, NothingIsComputedWhileTheChartIsHidden)
{
    compare({0, 1});
    ASSERT_TRUE(waitForFresh({0, 1}));
    const int started = ranges()->computationsStarted();
    panel->enlargeChart(ChartId::Funnel); // the Unit economics card is hidden
    setPrice(0, 300);
    QTest::qWait(50);
    EXPECT_EQ(ranges()->computationsStarted(), started);
    panel->enlargeChart(std::nullopt);
    ASSERT_TRUE(waitForFresh({0, 1}));
    EXPECT_EQ(ranges()->computationsStarted(), started + 1);
    expectWhiskerOf(0);
}

TEST_F(UnitEconomicsRangesTest, AResetOrTheEndOfThePanelWhileComputingIsSafe)
{
    compare({0, 1, 3});
    QTest::qWait(0); // the computations start
    Workspace other = workspace;
    other.personas.at(0).economics.price *= 2;
    document.reset(other, QString()); // same ids, other personas
    compare({0});
    ASSERT_TRUE(waitForFresh({0}));
    expectWhiskerOf(0); // of the new workspace, not a result of the old one
    EXPECT_FALSE(chart()->whisker(idAt(1)));

    compare({0, 1, 3});
    setPrice(3, 999);
    QTest::qWait(0);
    panel.reset(); // waits for its threads; no result reaches a deleted chart
    QTest::qWait(50);
}

TEST_F(UnitEconomicsRangesTest, TheRangesToggleHidesTheWhiskersAndStopsComputing)
{
    compare({0, 1});
    ASSERT_TRUE(waitForFresh({0, 1}));
    const int started = ranges()->computationsStarted();
    QToolButton* toggle = panel->rangesToggle();
    ASSERT_TRUE(toggle);
    ASSERT_TRUE(toggle->isChecked());
    toggle->click();
    EXPECT_FALSE(chart()->whiskersShown());
    EXPECT_TRUE(chart()->whiskerItem(0)->path().isEmpty());
    EXPECT_FALSE(chart()->notes().contains(QStringLiteral("Whiskers")));
    setPrice(0, 300);
    QTest::qWait(50);
    EXPECT_EQ(ranges()->computationsStarted(), started);
    toggle->click();
    ASSERT_TRUE(waitForFresh({0, 1}));
    EXPECT_EQ(ranges()->computationsStarted(), started + 1);
    EXPECT_FALSE(chart()->whiskerItem(0)->path().isEmpty());
    expectWhiskerOf(0);
}

TEST_F(UnitEconomicsRangesTest, GroupModesDrawNoWhiskersAndHideTheToggle)
{
    compare({0, 1});
    ASSERT_TRUE(waitForFresh({0, 1}));
    EXPECT_TRUE(panel->rangesToggle()->isVisible());
    ViewState view = document.workspace().view;
    view.compareMode = CompareMode::GroupsByLabel;
    document.setViewState(view);
    EXPECT_FALSE(panel->rangesToggle()->isVisible());
    for (std::size_t i = 0; i < chart()->subjects().size(); ++i)
        EXPECT_TRUE(chart()->whiskerItem(i)->path().isEmpty());
    EXPECT_FALSE(chart()->notes().contains(QStringLiteral("Whiskers")));
}
