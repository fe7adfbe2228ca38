// SPDX-License-Identifier: GPL-3.0-or-later
// View → Comparison Full View: the comparison takes the main area as a grid of one to three
// columns, any chart can be enlarged and brought back, the action, its shortcut and Esc toggle
// it, and the charts are drawn once: only the cards on screen follow the edits.
#include "window/ComparisonFullView.h"

#include "charts/ChartCard.h"
#include "charts/ChartView.h"
#include "charts/ComparisonChart.h"
#include "document/WorkspaceDocument.h"
#include "window/ChartGrid.h"
#include "window/ComparisonPanel.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>
#include <tuple>

using namespace b2x;
using charts::ChartId;

namespace {

class ComparisonFullViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>(nullptr, dir.filePath(QStringLiteral("recovery")));
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(
            window->openFile(QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x")));
        QTest::qWait(50);
    }

    QAction* fullViewAction() const
    {
        return window->findChild<QAction*>(QStringLiteral("actionComparisonFullView"));
    }
    ComparisonPanel* panel() const { return window->comparison(); }
    QDockWidget* dock(const char* name) const
    {
        return window->findChild<QDockWidget*>(QString::fromLatin1(name));
    }
    void settle() const
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }
    void setPrice(std::size_t index, double price) const
    {
        WorkspaceDocument* doc = window->document();
        doc->editPersona(QString::fromStdString(doc->workspace().personas.at(index).id),
                         QStringLiteral("economics.price"), QStringLiteral("Price"),
                         [&](Persona& p) { p.economics.price = price; });
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(ComparisonFullViewTest, TheViewMenuActionAndItsShortcutToggleTheFullView)
{
    QAction* action = fullViewAction();
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isCheckable());
    EXPECT_FALSE(action->shortcut().isEmpty());
    bool inViewMenu = false;
    for (QAction* menu : window->menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inViewMenu = menu->text().remove(QLatin1Char('&')) == QStringLiteral("View");
    EXPECT_TRUE(inViewMenu);

    auto* area = window->findChild<QStackedWidget*>(QStringLiteral("mainArea"));
    ASSERT_NE(area, nullptr);
    QWidget* editorPage = area->currentWidget();
    action->trigger();
    settle();
    EXPECT_TRUE(window->comparisonFullView()->isActive());
    EXPECT_TRUE(action->isChecked());
    EXPECT_EQ(area->currentWidget(), window->comparisonFullView()->page());
    EXPECT_TRUE(window->comparisonFullView()->page()->isAncestorOf(panel()));
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_FALSE(dock("comparisonDock")->isVisible());
    EXPECT_FALSE(dock("historyDock")->isVisible());
    EXPECT_TRUE(dock("personasDock")->isVisible()); // the selection stays at hand

    // The shortcut, pressed again, returns.
    QTest::keySequence(window.get(), action->shortcut());
    settle();
    EXPECT_FALSE(window->comparisonFullView()->isActive());
    EXPECT_FALSE(action->isChecked());
    EXPECT_EQ(area->currentWidget(), editorPage);
    EXPECT_TRUE(dock("comparisonDock")->isAncestorOf(panel()));
    EXPECT_TRUE(dock("comparisonDock")->isVisible());
    EXPECT_TRUE(panel()->isVisible());

    // And the shortcut enters it too; Esc returns.
    QTest::keySequence(window.get(), action->shortcut());
    settle();
    EXPECT_TRUE(window->comparisonFullView()->isActive());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    settle();
    EXPECT_FALSE(window->comparisonFullView()->isActive());
    EXPECT_TRUE(dock("comparisonDock")->isVisible());
}

TEST_F(ComparisonFullViewTest, TheGridTakesOneToThreeColumnsAsTheWidthAllows)
{
    // The dock at its default width: one column.
    EXPECT_EQ(panel()->grid()->columns(), 1);
    fullViewAction()->trigger();
    for (const auto& [width, height, columns] :
         {std::tuple{1280, 800, 2}, std::tuple{1600, 1000, 3}, std::tuple{2560, 1440, 3}}) {
        SCOPED_TRACE(width);
        window->resize(width, height);
        settle();
        ChartGrid* grid = panel()->grid();
        EXPECT_EQ(grid->columns(), columns)
            << "window " << window->width() << " scroll " << panel()->scrollArea()->width()
            << " list " << dock("personasDock")->width();
        const int viewport = panel()->scrollArea()->viewport()->width();
        for (ChartId id : charts::allChartIds) {
            SCOPED_TRACE(charts::chartKey(id).toStdString());
            charts::ChartCard* card = panel()->card(id);
            EXPECT_TRUE(card->isVisible());
            // Every column is at least as wide as designed, and the columns share the width.
            EXPECT_GE(card->width(), ChartGrid::minColumnWidth);
            EXPECT_GE(card->width(), viewport / columns - 2 * ChartGrid::spacing);
            if (card->view()->isVisible()) {
                EXPECT_GE(card->view()->height(), card->chart()->preferredHeight() - 2);
                EXPECT_NEAR(card->view()->chart()->size().width(), card->view()->width(), 2);
            }
        }
        // Cards side by side share a row: the first row holds `columns` cards.
        int firstRow = 0;
        for (ChartId id : charts::allChartIds)
            firstRow += panel()->card(id)->y() == panel()->card(ChartId::BehaviourProfile)->y();
        EXPECT_EQ(firstRow, columns);
    }
}

TEST_F(ComparisonFullViewTest, TheDockReflowsToColumnsWhenWide)
{
    QDockWidget* comparison = dock("comparisonDock");
    window->resize(1600, 1000);
    window->resizeDocks({comparison}, {1000}, Qt::Horizontal);
    settle();
    EXPECT_EQ(panel()->grid()->columns(), 2)
        << "dock " << comparison->width() << " scroll " << panel()->scrollArea()->width()
        << " visible " << panel()->isVisible() << " grid " << panel()->grid()->width();
    window->resizeDocks({comparison}, {420}, Qt::Horizontal);
    settle();
    EXPECT_EQ(panel()->grid()->columns(), 1);
}

TEST_F(ComparisonFullViewTest, AChartEnlargesToFillTheViewAndComesBack)
{
    window->resize(1600, 1000);
    fullViewAction()->trigger();
    settle();
    charts::ChartCard* funnel = panel()->card(ChartId::Funnel);
    ASSERT_NE(funnel->enlargeToggle(), nullptr);
    funnel->enlargeToggle()->click();
    settle();
    EXPECT_EQ(panel()->enlargedChart(), ChartId::Funnel);
    for (ChartId id : charts::allChartIds)
        EXPECT_EQ(panel()->card(id)->isVisible(), id == ChartId::Funnel);
    const QWidget* viewport = panel()->scrollArea()->viewport();
    EXPECT_GE(funnel->width(), viewport->width() - 2);
    EXPECT_GE(funnel->height(), viewport->height() - 40); // the members line, if any, above it
    EXPECT_GT(funnel->view()->height(), 2 * funnel->chart()->preferredHeight());
    EXPECT_NEAR(funnel->view()->chart()->size().height(), funnel->view()->height(), 2);

    // Esc shrinks it first; the full view stays.
    QTest::keyClick(window.get(), Qt::Key_Escape);
    settle();
    EXPECT_FALSE(panel()->enlargedChart().has_value());
    EXPECT_TRUE(window->comparisonFullView()->isActive());
    for (ChartId id : charts::allChartIds)
        EXPECT_TRUE(panel()->card(id)->isVisible());
    EXPECT_EQ(funnel->view()->height(),
              funnel->chart()->preferredHeight() + funnel->chart()->legendHeight());

    // The button brings it back too.
    funnel->enlargeToggle()->click();
    settle();
    EXPECT_EQ(panel()->enlargedChart(), ChartId::Funnel);
    funnel->enlargeToggle()->click();
    settle();
    EXPECT_FALSE(panel()->enlargedChart().has_value());
    EXPECT_EQ(panel()->grid()->columns(), 3);
}

TEST_F(ComparisonFullViewTest, OnlyTheChartsOnScreenFollowEdits)
{
    window->resize(1600, 1000);
    fullViewAction()->trigger();
    settle();
    // One set of charts: the dock holds nothing while the full view shows the panel.
    EXPECT_EQ(window->findChildren<ComparisonPanel*>().size(), 1);
    panel()->enlargeChart(ChartId::UnitEconomics);
    settle();
    const double clvBefore = panel()->card(ChartId::Funnel)->chart()->subjects().at(0).clv;
    setPrice(0, 99000);
    const double clvAfter = panel()->data().subjects.at(0).clv;
    ASSERT_NE(clvAfter, clvBefore);
    // The enlarged chart follows; the hidden ones wait.
    EXPECT_EQ(panel()->card(ChartId::UnitEconomics)->chart()->subjects().at(0).clv, clvAfter);
    EXPECT_EQ(panel()->card(ChartId::Funnel)->chart()->subjects().at(0).clv, clvBefore);
    panel()->enlargeChart(std::nullopt);
    for (ChartId id : charts::allChartIds)
        if (panel()->card(id)->chart()->showsSubjects()) {
            EXPECT_EQ(panel()->card(id)->chart()->subjects().at(0).clv, clvAfter)
                << charts::chartKey(id).toStdString();
        }
}

TEST_F(ComparisonFullViewTest, ClosingInTheFullViewSavesTheNormalLayout)
{
    fullViewAction()->trigger();
    settle();
    window->close();
    EXPECT_FALSE(window->comparisonFullView()->isActive());
    EXPECT_TRUE(dock("comparisonDock")->isAncestorOf(panel()));
    MainWindow again(nullptr, dir.filePath(QStringLiteral("recovery2")));
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_TRUE(again.findChild<QDockWidget*>(QStringLiteral("comparisonDock"))->isVisible());
}
