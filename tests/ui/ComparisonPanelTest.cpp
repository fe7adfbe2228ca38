// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison panel against a real document: series and values after edits, undo and
// compare-mode changes; only the edited persona is recomputed; empty states; the table toggle;
// the click-crash guard.
#include "window/ComparisonPanel.h"

#include "analytics/GroupComparison.h"
#include "charts/AttributionChart.h"
#include "charts/B2bIndexChart.h"
#include "charts/BehaviourRadarChart.h"
#include "charts/ChartCard.h"
#include "charts/ChartView.h"
#include "charts/FunnelChart.h"
#include "charts/SalesCycleChart.h"
#include "charts/UnitEconomicsChart.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"

#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::charts;

namespace {

template <typename T> std::vector<T*> seriesOf(ComparisonChart* chart)
{
    std::vector<T*> result;
    for (QAbstractSeries* s : chart->chart()->series())
        if (auto* t = qobject_cast<T*>(s); t && !t->name().isEmpty())
            result.push_back(t);
    return result;
}

class ComparisonPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto r = WorkspaceReader::readFile(
            QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
        ASSERT_TRUE(r.ok());
        document.reset(*r.workspace, QString());
        panel = std::make_unique<ComparisonPanel>(&document, &cache);
        panel->resize(480, 900);
        panel->show(); // a hidden panel leaves its charts as they are until it is shown
    }

    QString idAt(std::size_t i) const
    {
        return QString::fromStdString(document.workspace().personas.at(i).id);
    }
    ComparisonChart* chart(ChartId id) const { return panel->card(id)->chart(); }
    void compare(const std::vector<std::size_t>& indices)
    {
        ViewState view = document.workspace().view;
        view.compareMode = CompareMode::Personas;
        view.comparedPersonaIds.clear();
        for (std::size_t i : indices)
            view.comparedPersonaIds.push_back(document.workspace().personas.at(i).id);
        document.setViewState(view);
    }
    void setPrice(std::size_t index, double price)
    {
        document.editPersona(idAt(index), QStringLiteral("economics.price"),
                             QStringLiteral("Price"),
                             [&](Persona& p) { p.economics.price = price; });
    }

    WorkspaceDocument document;
    AnalysisCache cache{&document};
    std::unique_ptr<ComparisonPanel> panel;
};

} // namespace

TEST_F(ComparisonPanelTest, PersonasModeDrawsOneRingPerComparedPersonaInItsColour)
{
    compare({0, 3});
    const auto rings = seriesOf<QLineSeries>(chart(ChartId::BehaviourProfile));
    ASSERT_EQ(rings.size(), 2u);
    const Persona& first = document.workspace().personas.at(0);
    EXPECT_EQ(rings[0]->color(), QColor(QString::fromStdString(first.colour)));
    const auto* a = cache.analysis(idAt(0));
    const auto points = rings[0]->points();
    ASSERT_EQ(points.size(), 9);
    // Closed ring with strictly increasing angles (docs/qt-pitfalls.md).
    EXPECT_EQ(points.front().x(), 0);
    EXPECT_EQ(points.back().x(), 360);
    EXPECT_DOUBLE_EQ(points.front().y(), points.back().y());
    for (int i = 1; i < points.size(); ++i)
        EXPECT_GT(points[i].x(), points[i - 1].x());
    for (std::size_t d = 0; d < 8; ++d)
        EXPECT_DOUBLE_EQ(points[static_cast<int>(d + 1)].y(), a->behaviour.dimensions[d].score);
    EXPECT_EQ(panel->heading()->text(), QStringLiteral("Comparing 2 personas."));
}

TEST_F(ComparisonPanelTest, AnEditUpdatesSeriesInPlaceAndRecomputesOnlyThatPersona)
{
    compare({0, 1, 3});
    ComparisonChart* economics = chart(ChartId::UnitEconomics);
    const auto before = seriesOf<QScatterSeries>(economics);
    const auto rings = seriesOf<QLineSeries>(chart(ChartId::BehaviourProfile));
    const int computations = cache.computations();

    setPrice(1, 250); // the SEO tool doubles its price

    EXPECT_EQ(cache.computations(), computations + 1); // only the edited persona
    const auto after = seriesOf<QScatterSeries>(economics);
    EXPECT_EQ(after, before) << "series are updated in place, never rebuilt";
    EXPECT_EQ(seriesOf<QLineSeries>(chart(ChartId::BehaviourProfile)), rings);
    const auto* a = cache.analysis(idAt(1));
    ASSERT_EQ(after[1]->count(), 1);
    EXPECT_NEAR(after[1]->at(0).y(), UnitEconomicsChart::position(a->economics.clv), 1e-9);
    EXPECT_NEAR(after[1]->at(0).x(), UnitEconomicsChart::position(*a->economics.cac), 1e-9);
    EXPECT_EQ(panel->data().subjects.at(1).clv, a->economics.clv);

    // Editing a persona nobody compares still recomputes just that one (its B2B index point).
    setPrice(6, 16000);
    EXPECT_EQ(cache.computations(), computations + 2);
}

TEST_F(ComparisonPanelTest, UndoRestoresTheChartValues)
{
    compare({0, 4});
    auto* sales = static_cast<SalesCycleChart*>(chart(ChartId::SalesCycle));
    const double firstStage = sales->stageSet(1, 0)->at(sales->categoryOf(1));
    const QString id = idAt(4);
    document.editPersona(id, QStringLiteral("pipeline"), QStringLiteral("Stage"),
                         [](Persona& p) { p.pipeline.at(0).maxDays += 30; });
    EXPECT_NEAR(sales->stageSet(1, 0)->at(sales->categoryOf(1)), firstStage + 10, 1e-9);
    document.undoStack()->undo();
    EXPECT_NEAR(sales->stageSet(1, 0)->at(sales->categoryOf(1)), firstStage, 1e-9);
    document.undoStack()->redo();
    EXPECT_NEAR(sales->stageSet(1, 0)->at(sales->categoryOf(1)), firstStage + 10, 1e-9);
}

TEST_F(ComparisonPanelTest, SalesCycleHasASetPerStageAndMarksP50AndP90)
{
    compare({0, 4});
    auto* sales = static_cast<SalesCycleChart*>(chart(ChartId::SalesCycle));
    const Persona& degree = document.workspace().personas.at(4);
    ASSERT_NE(sales->stageSet(1, static_cast<int>(degree.pipeline.size()) - 1), nullptr);
    EXPECT_EQ(sales->stageSet(1, static_cast<int>(degree.pipeline.size())), nullptr);
    const Stage& s = degree.pipeline.front();
    EXPECT_NEAR(sales->stageSet(1, 0)->at(sales->categoryOf(1)),
                (s.minDays + s.likelyDays + s.maxDays) / 3, 1e-9);
    // The top bar is the first persona.
    EXPECT_EQ(sales->categoryOf(0), 1);
    const auto markers = seriesOf<QScatterSeries>(sales);
    ASSERT_EQ(markers.size(), 2u);
    const auto* a = cache.analysis(idAt(4));
    EXPECT_EQ(markers[0]->at(1), QPointF(a->salesCycle.p50Days, 0));
    EXPECT_EQ(markers[1]->at(1), QPointF(a->salesCycle.p90Days, 0));

    // A new stage adds one set; removing it takes the set away again.
    document.editPersona(idAt(4), QStringLiteral("pipeline"), QStringLiteral("Add"),
                         [](Persona& p) {
                             p.pipeline.push_back({"Enrolment", 90, 5, 10, 20});
                         });
    ASSERT_NE(sales->stageSet(1, static_cast<int>(degree.pipeline.size()) - 1), nullptr);
    EXPECT_NEAR(sales->stageSet(1, static_cast<int>(degree.pipeline.size()) - 1)->at(0), 35.0 / 3,
                1e-9);
    document.undoStack()->undo();
    EXPECT_EQ(sales->stageSet(1, static_cast<int>(degree.pipeline.size())), nullptr);
}

TEST_F(ComparisonPanelTest, FunnelTurnsLogarithmicWhenVolumesDifferByOrdersOfMagnitude)
{
    compare({0, 3}); // 10,000 visitors against 2.5 million
    auto* funnel = static_cast<FunnelChart*>(chart(ChartId::Funnel));
    EXPECT_TRUE(funnel->isLogScale());
    compare({5}); // 20 enquiries down to a few customers: one order of magnitude
    EXPECT_FALSE(funnel->isLogScale());
    const auto lines = seriesOf<QLineSeries>(funnel);
    ASSERT_EQ(lines.size(), 1u);
    const auto* a = cache.analysis(idAt(5));
    EXPECT_EQ(lines[0]->count(), static_cast<int>(a->funnel.stages.size()) + 1);
    EXPECT_DOUBLE_EQ(lines[0]->points().back().y(), a->funnel.customersPerMonth);
}

TEST_F(ComparisonPanelTest, CompareModeIsViewStateAndShowsGroupMeans)
{
    const int undoSteps = document.undoStack()->count();
    panel->modeSelector()->setCurrentIndex(static_cast<int>(CompareMode::GroupsByLabel));
    Q_EMIT panel->modeSelector()->activated(static_cast<int>(CompareMode::GroupsByLabel));
    EXPECT_EQ(document.workspace().view.compareMode, CompareMode::GroupsByLabel);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), undoSteps);

    const auto& subjects = panel->data().subjects;
    ASSERT_EQ(subjects.size(), 3u);
    EXPECT_EQ(subjects[0].key, QStringLiteral("B2B"));
    EXPECT_EQ(subjects[1].key, QStringLiteral("hybrid"));
    EXPECT_EQ(subjects[2].key, QStringLiteral("B2C"));
    EXPECT_EQ(seriesOf<QLineSeries>(chart(ChartId::BehaviourProfile)).size(), 3u);

    // The same means as the analytics' group comparison.
    const auto mean = [](const analytics::GroupComparison& c, std::size_t g,
                         const std::string& name) {
        for (const auto& o : c.groups[g].outputs)
            if (o.name == name)
                return o.mean.value_or(-1.0);
        return -1.0;
    };
    const auto groups = analytics::compareGroups(cache.all(), analytics::GroupBy::Label);
    // The charts average in their own pass (ChartDataBuilder); every figure both compute must
    // agree, so that the two cannot drift apart.
    const auto optionalMean = [&](std::size_t g, const std::string& name) {
        for (const auto& o : groups.groups[g].outputs)
            if (o.name == name)
                return o.mean;
        ADD_FAILURE() << name;
        return std::optional<double>();
    };
    for (std::size_t g = 0; g < 3; ++g) {
        SCOPED_TRACE(g);
        const charts::SubjectFigures& f = subjects[g];
        const std::vector<std::pair<double, const char*>> shared{
            {f.b2bIndex, "b2bIndex"},
            {f.unitSize, "decisionUnit.size"},
            {f.consensusProbability, "decisionUnit.consensusProbability"},
            {f.meanDays, "salesCycle.meanDays"},
            {f.p50Days, "salesCycle.p50Days"},
            {f.p90Days, "salesCycle.p90Days"},
            {f.customersPerMonth, "funnel.customersPerMonth"},
            {f.clv, "economics.clv"},
        };
        for (const auto& [value, name] : shared)
            EXPECT_NEAR(value, mean(groups, g, name), 1e-6 * std::max(1.0, std::abs(value)))
                << name;
        for (const auto& [value, name] :
             {std::pair{f.cac, "economics.cac"}, std::pair{f.clvToCac, "economics.clvToCac"},
              std::pair{f.paybackMonths, "economics.paybackMonths"},
              std::pair{f.monthsTo50Percent, "timeToRevenue.monthsTo50Percent"},
              std::pair{f.steadyStateRevenue, "timeToRevenue.steadyStateRevenue"}}) {
            const std::optional<double> expected = optionalMean(g, name);
            ASSERT_EQ(value.has_value(), expected.has_value()) << name;
            if (value) {
                EXPECT_NEAR(*value, *expected, 1e-6 * std::max(1.0, std::abs(*value))) << name;
            }
        }
        for (std::size_t d = 0; d < analytics::dimensionCount; ++d) {
            const std::string name =
                "dimensions." + std::string(toString(static_cast<analytics::Dimension>(d)));
            const std::optional<double> expected = optionalMean(g, name);
            ASSERT_EQ(f.applicable[d], expected.has_value()) << name;
            if (expected) {
                EXPECT_NEAR(f.dimensions[d], *expected, 1e-9) << name;
            }
        }
        EXPECT_EQ(f.members, static_cast<int>(groups.groups[g].personas));
    }

    // An edit in a group mode changes that group's mean in place.
    const auto rings = seriesOf<QLineSeries>(chart(ChartId::BehaviourProfile));
    setPrice(3, 40);
    const auto updated = analytics::compareGroups(cache.all(), analytics::GroupBy::Label);
    EXPECT_NEAR(panel->data().subjects[2].clv, mean(updated, 2, "economics.clv"), 1e-6);
    EXPECT_EQ(seriesOf<QLineSeries>(chart(ChartId::BehaviourProfile)), rings);

    // Back to personas: the selection is still there.
    panel->modeSelector()->setCurrentIndex(0);
    Q_EMIT panel->modeSelector()->activated(0);
    EXPECT_EQ(panel->data().subjects.size(), document.workspace().view.comparedPersonaIds.size());
    EXPECT_EQ(document.workspace().view.compareMode, CompareMode::Personas);
}

TEST_F(ComparisonPanelTest, GroupsByBehaviourFollowAPersonaThatChangesSides)
{
    ViewState view = document.workspace().view;
    view.compareMode = CompareMode::GroupsByBehaviour;
    document.setViewState(view);
    const auto* a = cache.analysis(idAt(0));
    ASSERT_EQ(a->behaviour.behavesAs, analytics::BehavesAs::B2B);
    const int b2bMembers = panel->data().subjects.front().members;
    // A one-person decision unit, a one-day cycle and a $5 price make it behave as B2C.
    document.editPersona(idAt(0), QStringLiteral("all"), QStringLiteral("Consumer"),
                         [](Persona& p) {
                             p.decisionUnit.members.resize(1);
                             p.decisionUnit.formalTender = false;
                             p.decisionUnit.approvalLevels = 0;
                             p.pipeline = {{"Buy", 100, 0, 0.5, 1}};
                             p.economics.price = 5;
                         });
    const auto* after = cache.analysis(idAt(0));
    if (after->behaviour.behavesAs == analytics::BehavesAs::B2B)
        GTEST_SKIP() << "the edit did not move the persona out of the B2B group";
    EXPECT_EQ(panel->data().subjects.front().members, b2bMembers - 1);
    document.undoStack()->undo();
    EXPECT_EQ(panel->data().subjects.front().members, b2bMembers);
}

TEST_F(ComparisonPanelTest, B2bIndexMovesOnePointAndRingsMismatches)
{
    auto* index = static_cast<B2bIndexChart*>(chart(ChartId::B2bIndex));
    const auto& population = panel->data().population;
    ASSERT_EQ(population.size(), document.workspace().personas.size());
    int mismatches = 0;
    for (const auto& p : population)
        mismatches += p.labelMismatch ? 1 : 0;
    const auto rings = seriesOf<QScatterSeries>(index);
    const auto ringSeries = std::find_if(rings.begin(), rings.end(), [](QScatterSeries* s) {
        return s->name().contains(QStringLiteral("disagree"));
    });
    ASSERT_NE(ringSeries, rings.end());
    EXPECT_EQ((*ringSeries)->count(), mismatches);
    EXPECT_GT(mismatches, 0) << "the sample shows label and behaviour disagreeing";

    setPrice(2, 250000); // industrial consumables at an enterprise price
    const auto* a = cache.analysis(idAt(2));
    EXPECT_DOUBLE_EQ(panel->data().population[2].b2bIndex, a->behaviour.b2bIndex);
    bool found = false;
    for (QScatterSeries* s : rings)
        for (const QPointF& p : s->points())
            found = found || p == B2bIndexChart::position(panel->data().population[2], 2);
    EXPECT_TRUE(found);
    EXPECT_EQ(index->table().rows.size(), document.workspace().personas.size());
}

TEST_F(ComparisonPanelTest, AttributionMarksTheShortfallToTheP90)
{
    compare({0});
    auto* attribution = static_cast<AttributionChart*>(chart(ChartId::Attribution));
    const auto* a = cache.analysis(idAt(0));
    ASSERT_FALSE(a->attribution.empty());
    ASSERT_EQ(attribution->rows().size(),
              std::min(a->attribution.size(), AttributionChart::maxRowsPerSubject));
    for (std::size_t r = 0; r < attribution->rows().size(); ++r) {
        const auto& check = a->attribution[r];
        const int category = attribution->categoryOf(r);
        EXPECT_EQ(attribution->windowSet(0)->at(category), check.windowDays);
        const double gap = check.coversP90 ? 0 : a->salesCycle.p90Days - check.windowDays;
        EXPECT_NEAR(attribution->shortfallSet()->at(category), gap, 1e-9);
    }
}

TEST_F(ComparisonPanelTest, EmptyStatesSayWhatToDo)
{
    compare({});
    ChartCard* radar = panel->card(ChartId::BehaviourProfile);
    EXPECT_TRUE(radar->chart()->isEmpty());
    EXPECT_FALSE(radar->showsChart());
    EXPECT_TRUE(radar->emptyLabel()->text().startsWith(QStringLiteral("Select personas")));
    EXPECT_FALSE(radar->tableToggle()->isEnabled());
    // The B2B index shows every persona whatever is selected.
    EXPECT_TRUE(panel->card(ChartId::B2bIndex)->showsChart());
    EXPECT_TRUE(panel->heading()->text().startsWith(QStringLiteral("Select personas")));

    document.reset(Workspace{}, QString());
    EXPECT_FALSE(panel->card(ChartId::B2bIndex)->showsChart());
    EXPECT_TRUE(panel->card(ChartId::B2bIndex)
                    ->emptyLabel()
                    ->text()
                    .contains(QStringLiteral("Add personas")));
}

TEST_F(ComparisonPanelTest, AtMostSixPersonasAreCompared)
{
    compare({0, 1, 2, 3, 4, 5, 6});
    EXPECT_EQ(panel->data().subjects.size(), 6u);
    EXPECT_EQ(seriesOf<QLineSeries>(chart(ChartId::BehaviourProfile)).size(), 6u);
    EXPECT_TRUE(panel->heading()->text().contains(QStringLiteral("first six")));
}

TEST_F(ComparisonPanelTest, TheTableToggleShowsTheSameNumbers)
{
    compare({0, 3});
    ChartCard* card = panel->card(ChartId::UnitEconomics);
    EXPECT_FALSE(card->tableToggle()->accessibleName().isEmpty());
    EXPECT_FALSE(card->table()->accessibleName().isEmpty());
    card->tableToggle()->click();
    EXPECT_FALSE(card->showsChart());
    const ChartTable t = card->chart()->table();
    ASSERT_EQ(card->table()->rowCount(), static_cast<int>(t.rows.size()));
    EXPECT_EQ(card->table()->item(0, 0)->text(),
              QString::fromStdString(document.workspace().personas[0].name));
    // The open table follows edits.
    setPrice(0, 60000);
    EXPECT_EQ(card->table()->item(0, 2)->text(), card->chart()->table().rows[0][2]);
    card->tableToggle()->click();
    EXPECT_TRUE(card->showsChart());
}

TEST_F(ComparisonPanelTest, AHoverShowsExactValues)
{
    compare({0});
    ComparisonChart* economics = chart(ChartId::UnitEconomics);
    QString tip;
    QObject::connect(economics, &ComparisonChart::toolTipRequested,
                     [&](const QString& text) { tip = text; });
    auto* point = seriesOf<QScatterSeries>(economics).back();
    Q_EMIT point->hovered(point->at(0), true);
    const analytics::PersonaAnalysis* a =
        cache.analysis(QString::fromStdString(document.workspace().personas[0].id));
    ASSERT_TRUE(a && a->economics.cac);
    EXPECT_TRUE(tip.contains(Formatting::money(*a->economics.cac, QStringLiteral("USD"))))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(Formatting::money(a->economics.clv, QStringLiteral("USD"))))
        << tip.toStdString();
    EXPECT_TRUE(tip.startsWith(QString::fromStdString(document.workspace().personas[0].name)));
    Q_EMIT point->hovered(point->at(0), false);
    EXPECT_TRUE(tip.isEmpty());
}

TEST_F(ComparisonPanelTest, AClickWhereNoItemIsDoesNotCrash)
{
    panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    for (ChartId id : allChartIds) {
        panel->scrollToChart(id);
        ChartView* view = panel->card(id)->view();
        if (!view->isVisible())
            continue;
        // The outer corners of a chart are outside every scene item (QTBUG-118669).
        for (const QPoint at : {QPoint(1, 1), QPoint(view->width() - 2, 1),
                                QPoint(view->width() / 2, view->height() / 2)})
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }
    SUCCEED();
}

TEST_F(ComparisonPanelTest, AHiddenPanelSkipsEditsAndCatchesUpWhenShown)
{
    compare({0});
    const double clvBefore = panel->data().subjects.at(0).clv;
    panel->hide();
    const int before = cache.computations();
    setPrice(0, 77000);
    setPrice(0, 78000);
    // Nothing asked for the edited persona's analysis while the charts were out of sight.
    EXPECT_EQ(cache.computations(), before);
    EXPECT_EQ(panel->data().subjects.at(0).clv, clvBefore);

    panel->show();
    const auto* a = cache.analysis(idAt(0));
    ASSERT_NE(a, nullptr);
    EXPECT_NE(a->economics.clv, clvBefore);
    EXPECT_EQ(panel->data().subjects.at(0).clv, a->economics.clv);
    EXPECT_DOUBLE_EQ(panel->data().population[0].b2bIndex, a->behaviour.b2bIndex);
}
