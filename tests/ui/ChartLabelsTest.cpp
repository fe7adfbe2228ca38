// SPDX-License-Identifier: GPL-3.0-or-later
// Text in the charts: labels never collide (the unit-economics payback labels of subjects whose
// values coincide were drawn over each other), and persona names are shown whole wherever
// there is room, with the full name as a tooltip where they have to be shortened.
#include "charts/ChartCard.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ChartFactory.h"
#include "charts/ChartRenderer.h"
#include "charts/ChartView.h"
#include "charts/PointLabels.h"
#include "charts/SalesCycleChart.h"
#include "charts/UnitEconomicsChart.h"
#include "io/WorkspaceReader.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::charts;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace chart_labels_test {

namespace {

const QString longName = QStringLiteral("B2B SaaS for account-based marketing teams in Europe");

struct Sample {
    Workspace workspace;
    std::vector<analytics::PersonaAnalysis> analyses;
};

Sample sample()
{
    auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    Sample s{*r.workspace, {}};
    for (const auto& p : s.workspace.personas)
        s.analyses.push_back(analytics::analysePersona(p));
    return s;
}

/// The sample with persona 1 a copy of persona 0 under another name and label (so by label
/// the B2B and B2C groups coincide when only they are grouped), compared in `mode`.
ChartData coinciding(CompareMode mode)
{
    Sample s = sample();
    Persona copy = s.workspace.personas[0];
    copy.id = s.workspace.personas[3].id;
    copy.name = "Copy of the committee";
    copy.label = Label::B2C;
    s.workspace.personas[3] = copy;
    s.analyses[3] = analytics::analysePersona(copy);
    s.workspace.view.groupScope = GroupScope::Selected;
    s.workspace.view.comparedPersonaIds = {s.workspace.personas[0].id, copy.id};
    return ChartDataBuilder::workspace(s.workspace, s.analyses, mode);
}

std::vector<QRectF> sceneBoxes(const UnitEconomicsChart* chart)
{
    std::vector<QRectF> boxes;
    for (const QRectF& r : chart->labels()->boxes())
        boxes.push_back(chart->labels()->mapRectToScene(r));
    return boxes;
}

/// Every visible piece of text Qt Charts drew (axis labels and titles, legend entries).
std::vector<std::pair<QRectF, QString>> qtTexts(const QGraphicsScene* scene)
{
    std::vector<std::pair<QRectF, QString>> texts;
    for (QGraphicsItem* item : scene->items()) {
        if (!item->isVisible())
            continue;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item); t && !t->toPlainText().isEmpty()) {
            // The ink of the glyphs, not the margin and line spacing Qt leaves around them (two
            // axes' first labels share the corner of the plot, their line boxes touching).
            const double m = t->document()->documentMargin();
            const QFontMetricsF fm(t->font());
            const QRectF ink = fm.tightBoundingRect(t->toPlainText());
            texts.emplace_back(t->mapRectToScene(QRectF(m + ink.left(), m + fm.ascent() + ink.top(),
                                                        ink.width(), ink.height())),
                               t->toPlainText());
        } else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item);
                   s && !s->text().isEmpty())
            texts.emplace_back(s->sceneBoundingRect(), s->text());
    }
    return texts;
}

void expectLabelsApart(const UnitEconomicsChart* chart, std::size_t expected)
{
    const std::vector<QRectF> boxes = sceneBoxes(chart);
    ASSERT_EQ(boxes.size(), expected) << "one payback label per drawn point";
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            EXPECT_FALSE(boxes[i].intersects(boxes[j]))
                << chart->labels()->labels()[i].text.toStdString() << " and "
                << chart->labels()->labels()[j].text.toStdString();
    // Nor on the axes' labels or the legend.
    for (const auto& [rect, text] : qtTexts(chart->chart()->scene()))
        for (const QRectF& box : boxes)
            EXPECT_FALSE(box.intersects(rect)) << "a payback label covers " << text.toStdString();
}

std::size_t pointsWithCac(const ChartData& data)
{
    return static_cast<std::size_t>(std::count_if(data.subjects.begin(), data.subjects.end(),
                                                  [](const auto& s) { return s.cac.has_value(); }));
}

} // namespace

TEST(ChartLabels, PaybackLabelsOfCoincidingPointsDoNotOverlap)
{
    for (CompareMode mode :
         {CompareMode::Personas, CompareMode::GroupsByLabel, CompareMode::GroupsByBehaviour}) {
        SCOPED_TRACE(static_cast<int>(mode));
        const ChartData data = coinciding(mode);
        ASSERT_EQ(data.subjects.size(), mode == CompareMode::GroupsByBehaviour ? 1u : 2u);
        if (mode != CompareMode::GroupsByBehaviour) { // both behave alike: one group there
            EXPECT_EQ(data.subjects[0].cac, data.subjects[1].cac);
            EXPECT_EQ(data.subjects[0].clv, data.subjects[1].clv);
        }
        for (const QSize size : {QSize(420, 380), QSize(900, 520)}) {
            ChartRenderer renderer(data);
            renderer.image(ChartId::UnitEconomics, size, 1.0, false);
            const auto* chart =
                static_cast<const UnitEconomicsChart*>(renderer.chart(ChartId::UnitEconomics));
            expectLabelsApart(chart, pointsWithCac(data));
        }
    }
}

TEST(ChartLabels, PaybackLabelsOfTheSampleGroupsDoNotOverlap)
{
    // "payback 17 mo" and "payback 4.4 mo" were written over each other in the group modes.
    Sample s = sample();
    for (CompareMode mode :
         {CompareMode::Personas, CompareMode::GroupsByLabel, CompareMode::GroupsByBehaviour}) {
        SCOPED_TRACE(static_cast<int>(mode));
        const ChartData data = ChartDataBuilder::workspace(s.workspace, s.analyses, mode);
        for (const QSize size : {QSize(400, 360), QSize(640, 420), QSize(1200, 700)}) {
            ChartRenderer renderer(data);
            renderer.image(ChartId::UnitEconomics, size, 1.0, false);
            expectLabelsApart(
                static_cast<const UnitEconomicsChart*>(renderer.chart(ChartId::UnitEconomics)),
                pointsWithCac(data));
        }
    }
}

TEST(ChartLabels, PlacementKeepsLabelsOffEachOtherAndOffThePoints)
{
    // Six labels on one point, in a small plot: all apart, none on the point.
    const std::vector<QPointF> anchors(6, QPointF(100, 100));
    const std::vector<QSizeF> sizes(6, QSizeF(80, 14));
    const auto boxes = PointLabels::place(anchors, sizes, QRectF(0, 0, 300, 200), 7);
    ASSERT_EQ(boxes.size(), 6u);
    const QRectF marker(93, 93, 14, 14);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        EXPECT_FALSE(boxes[i].intersects(marker));
        EXPECT_TRUE(QRectF(0, 0, 300, 200).contains(boxes[i]));
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            EXPECT_FALSE(boxes[i].intersects(boxes[j])) << i << " " << j;
    }
    // A point at the top edge puts its label below, not outside the plot.
    const auto top =
        PointLabels::place({QPointF(150, 3)}, {QSizeF(80, 14)}, QRectF(0, 0, 300, 200), 7);
    EXPECT_GT(top.front().top(), 3);
}

TEST(ChartLabels, NoChartDrawsTextOverOtherText)
{
    // Every chart, in every mode, at the dock's width and at a full-view column's: no piece of
    // text Qt Charts or the charts themselves draw lies on another.
    Sample s = sample();
    for (CompareMode mode :
         {CompareMode::Personas, CompareMode::GroupsByLabel, CompareMode::GroupsByBehaviour}) {
        ChartRenderer renderer(ChartDataBuilder::workspace(s.workspace, s.analyses, mode));
        for (ChartId id : allChartIds)
            for (const QSize size : {QSize(420, 400), QSize(760, 460)}) {
                SCOPED_TRACE(chartKey(id).toStdString() + " mode " +
                             std::to_string(static_cast<int>(mode)) + " width " +
                             std::to_string(size.width()));
                renderer.image(id, size, 1.0, false);
                auto texts = qtTexts(renderer.chart(id)->chart()->scene());
                // And the labels the charts place themselves.
                for (QGraphicsItem* item : renderer.chart(id)->chart()->scene()->items())
                    if (const auto* labels = dynamic_cast<const PointLabels*>(item))
                        for (std::size_t k = 0; k < labels->boxes().size(); ++k)
                            texts.emplace_back(labels->mapRectToScene(labels->boxes()[k]),
                                               labels->labels()[k].text);
                for (std::size_t i = 0; i < texts.size(); ++i)
                    for (std::size_t j = i + 1; j < texts.size(); ++j)
                        EXPECT_FALSE(texts[i].first.intersects(texts[j].first))
                            << '"' << texts[i].second.toStdString() << "\" and \""
                            << texts[j].second.toStdString() << '"' << " overlap "
                            << (texts[i].first & texts[j].first).width() << "x"
                            << (texts[i].first & texts[j].first).height();
            }
    }
}

TEST(ChartNames, LegendsAndAxesShowTheWholeNameWhenThereIsRoom)
{
    Sample s = sample();
    s.workspace.personas[0].name = longName.toStdString();
    s.analyses[0] = analytics::analysePersona(s.workspace.personas[0]);
    const ChartData data =
        ChartDataBuilder::workspace(s.workspace, s.analyses, CompareMode::Personas, {0, 3});
    ChartRenderer renderer(data);
    for (ChartId id : allChartIds) {
        SCOPED_TRACE(chartKey(id).toStdString());
        renderer.image(id, QSize(480, 420), 1.0, false); // the dock's width
        QChart* chart = renderer.chart(id)->chart();
        bool inLegend = false;
        for (QLegendMarker* marker : chart->legend()->markers())
            inLegend = inLegend || marker->label().trimmed() == longName;
        // B2B index: the compared persona's diamond; the other charts: its series.
        EXPECT_TRUE(inLegend);
        bool drawnWhole = false;
        for (const auto& [rect, text] : qtTexts(chart->scene()))
            drawnWhole = drawnWhole || text.trimmed() == longName;
        EXPECT_TRUE(drawnWhole) << "the legend shortened a name that fits";
        // The table names it in full.
        bool inTable = false;
        for (const QStringList& row : renderer.chart(id)->table().rows)
            inTable = inTable || row.contains(longName);
        for (const QString& column : renderer.chart(id)->table().columns)
            inTable = inTable || column == longName;
        EXPECT_TRUE(inTable);
    }
    // The sales cycle's rows are named by persona: the whole name is the category.
    auto* cycle = renderer.chart(ChartId::SalesCycle)->chart();
    bool category = false;
    for (QAbstractAxis* axis : cycle->axes(Qt::Vertical))
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
            category = category || c->categories().contains(longName);
    EXPECT_TRUE(category);
}

TEST(ChartNames, AShortenedLegendNameHasTheFullNameAsATooltip)
{
    Sample s = sample();
    s.workspace.personas[0].name = longName.toStdString();
    s.analyses[0] = analytics::analysePersona(s.workspace.personas[0]);
    ChartRenderer renderer(
        ChartDataBuilder::workspace(s.workspace, s.analyses, CompareMode::Personas, {0, 3}));
    renderer.image(ChartId::TimeToRevenue, QSize(200, 400), 1.0, false); // really short of room
    bool tip = false;
    bool shortened = false;
    for (QGraphicsItem* item : renderer.chart(ChartId::TimeToRevenue)->chart()->scene()->items()) {
        tip = tip || item->toolTip() == longName;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            shortened = shortened || (t->toPlainText().startsWith(QStringLiteral("B2B")) &&
                                      t->toPlainText() != longName);
    }
    EXPECT_TRUE(shortened);
    EXPECT_TRUE(tip);
}

TEST(ChartNames, AShortenedRowLabelHasTheFullNameAsATooltip)
{
    Sample s = sample();
    s.workspace.personas[0].name = longName.toStdString();
    s.analyses[0] = analytics::analysePersona(s.workspace.personas[0]);
    auto chart = ChartFactory::create(ChartId::SalesCycle);
    chart->setData(
        ChartDataBuilder::workspace(s.workspace, s.analyses, CompareMode::Personas, {0, 3}));
    ChartView view(chart->chart());
    view.resize(300, 360); // the row labels get two fifths of 300 pixels
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QGraphicsTextItem* shortened = nullptr;
    for (QGraphicsItem* item : view.scene()->items())
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item);
            t && t->isVisible() && t->toPlainText().startsWith(QStringLiteral("B2B SaaS")) &&
            t->toPlainText() != longName && t->toolTip().isEmpty())
            shortened = t;
    ASSERT_NE(shortened, nullptr) << "the row label should be shortened at this width";
    const QPoint at = view.mapFromScene(shortened->sceneBoundingRect().center());
    EXPECT_EQ(view.fullLabelAt(at), longName);
    EXPECT_TRUE(view.fullLabelAt(QPoint(1, 1)).isEmpty());
}

TEST(ChartNames, NoLegendEntryRunsPastTheLegendsEdge)
{
    // Qt's legend wraps after an item when that item's width would not fit again, so a long name
    // after a short entry ran past the right edge, cut off ("Enterprise software buying commit").
    Sample s = sample();
    ChartRenderer renderer(
        ChartDataBuilder::workspace(s.workspace, s.analyses, CompareMode::Personas, {0, 1, 3, 4}));
    for (ChartId id : allChartIds)
        for (const int width : {380, 440, 520, 700}) {
            SCOPED_TRACE(chartKey(id).toStdString() + " " + std::to_string(width));
            renderer.image(id, QSize(width, 460), 1.0, false);
            QCoreApplication::processEvents(); // the legend lays out again after a label changed
            renderer.image(id, QSize(width, 460), 1.0, false);
            QLegend* legend = renderer.chart(id)->chart()->legend();
            const QRectF edge = legend->sceneBoundingRect();
            for (QGraphicsItem* item : legend->scene()->items())
                if (auto* t = dynamic_cast<QGraphicsTextItem*>(item);
                    t && t->isVisible() && legend->isAncestorOf(t)) {
                    // The visible text, without the padding spaces after it.
                    const QString text = t->toPlainText().trimmed();
                    const QFontMetricsF fm(t->font());
                    const double m = t->document()->documentMargin();
                    const double right =
                        t->mapToScene(QPointF(m + fm.horizontalAdvance(text), 0)).x();
                    EXPECT_LE(right, edge.right() + 1) << text.toStdString();
                }
        }
}

TEST(ChartNames, ATableFitsEveryColumnIntoItsCard)
{
    // A narrow card showed the unit-economics table's last columns cut off; the names column
    // gives up width first (its cells elided, with the whole name as tooltip).
    Sample s = sample();
    s.workspace.personas[0].name = longName.toStdString();
    s.analyses[0] = analytics::analysePersona(s.workspace.personas[0]);
    ChartCard card(ChartFactory::create(ChartId::UnitEconomics));
    card.chart()->setData(
        ChartDataBuilder::workspace(s.workspace, s.analyses, CompareMode::Personas, {0, 3}));
    card.setTableShown(true);
    QTableWidget* table = card.table();
    const auto columnsWidth = [&] {
        int total = 0;
        for (int c = 0; c < table->columnCount(); ++c)
            total += table->columnWidth(c);
        return total;
    };
    card.resize(460, 500); // a column of the full view, a dock pulled a little wider
    card.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&card));
    QCoreApplication::processEvents();
    ASSERT_GE(table->columnCount(), 5);
    EXPECT_LE(columnsWidth(), table->viewport()->width());
    EXPECT_GE(table->columnWidth(0), 100);
    EXPECT_EQ(table->item(0, 0)->toolTip(), longName);
    // With room, the names are whole again.
    card.resize(1000, 500);
    QCoreApplication::processEvents();
    EXPECT_GE(table->columnWidth(0), table->fontMetrics().horizontalAdvance(longName));
}

} // namespace chart_labels_test
