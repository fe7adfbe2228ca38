// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetShots.h"

#include "budget/BudgetPanel.h"
#include "budget/UncertaintyView.h"
#include "document/WorkspaceDocument.h"
#include "list/PersonaListPanel.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

bool writeBudgetShots(b2x::MainWindow& window, const QString& suffix,
                      const std::function<void(const QPixmap&, const QString&)>& write)
{
    window.resize(1280, 800);
    auto* goToBudget = window.findChild<QAction*>(QStringLiteral("actionGoToBudget"));
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("budgetDock"));
    auto* panel = window.findChild<b2x::BudgetPanel*>();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("budgetTabs"));
    if (!goToBudget || !dock || !panel || !tabs)
        return false;
    goToBudget->trigger();
    window.resizeDocks({dock}, {640}, Qt::Horizontal);
    // The enterprise buying committee: several channels with spend, so the curves differ.
    const auto& personas = window.document()->workspace().personas;
    if (personas.empty())
        return false;
    const QString id = QString::fromStdString(personas.front().id);
    if (auto* list = window.findChild<b2x::PersonaListPanel*>())
        list->selectPersonas({id}, id);
    QTest::qWait(300);
    const char* names[] = {"budget-allocation", "budget-curves", "budget-steps"};
    for (int i = 0; i < 3; ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(200);
        write(window.grab(), QString::fromLatin1(names[i]) + suffix);
    }
    tabs->setCurrentIndex(3);
    QSignalSpy finished(panel->uncertainty(), &b2x::UncertaintyView::finished);
    if (auto* run =
            panel->uncertainty()->findChild<QAbstractButton*>(QStringLiteral("uncertaintyRun")))
        run->click();
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    QTest::qWait(200);
    write(window.grab(), QStringLiteral("budget-uncertainty") + suffix);
    // One budget across the compared personas (the sample compares four), allocation and curves.
    tabs->setCurrentIndex(0);
    QStringList compared;
    for (std::size_t i = 0; i < personas.size() && i < 3; ++i)
        compared << QString::fromStdString(personas[i].id);
    if (auto* list = window.findChild<b2x::PersonaListPanel*>())
        list->selectPersonas(compared, id);
    panel->setScope(b2x::BudgetPanel::Scope::Compared);
    QTest::qWait(300);
    write(window.grab(), QStringLiteral("budget-compared") + suffix);
    tabs->setCurrentIndex(1);
    QTest::qWait(200);
    write(window.grab(), QStringLiteral("budget-compared-curves") + suffix);
    panel->setScope(b2x::BudgetPanel::Scope::SelectedPersona);
    if (auto* list = window.findChild<b2x::PersonaListPanel*>())
        list->selectPersonas({id}, id);
    tabs->setCurrentIndex(0);
    return true;
}
