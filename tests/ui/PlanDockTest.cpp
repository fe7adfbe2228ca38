// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan dock starts behind the comparison (tabbed with it and the history), so that typing in
// a fresh window does not refresh the plan's pages; View → Go to Plan brings it to the front.
// Qt 6.4 keeps a dock tabbed behind another "visible" (it only moves it out of view): the plan's
// pages are hidden by the window instead, which this checks.
#include "UiTestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace b2x;

TEST(PlanDock, StartsBehindTheComparisonAndGoToPlanBringsItForward)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* plan = window.findChild<QDockWidget*>(QStringLiteral("planDock"));
    auto* comparison = window.findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
    ASSERT_NE(plan, nullptr);
    ASSERT_NE(comparison, nullptr);
    EXPECT_TRUE(comparison->isVisible());
    auto* pages = plan->widget()->findChild<QWidget*>(QStringLiteral("planTabs"));
    ASSERT_NE(pages, nullptr);
    EXPECT_FALSE(pages->isVisible()) << "the plan's pages are live behind the comparison";
    window.findChild<QAction*>(QStringLiteral("actionGoToPlan"))->trigger();
    QCoreApplication::processEvents();
    auto* tabs = plan->widget()->findChild<QWidget*>(QStringLiteral("planTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_TRUE(tabs->isVisible());
}
