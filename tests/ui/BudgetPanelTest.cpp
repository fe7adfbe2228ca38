// SPDX-License-Identifier: GPL-3.0-or-later
// The Budget view: its table shows what the allocator proposes, bounds and locks edited in the
// table are undo steps of the persona, Apply writes the proposal as one undo step that undo takes
// back whole, the view follows an edit of the persona (only while in front), and the window's
// Go to Budget has a shortcut no other action uses.
#include "budget/BudgetPanel.h"

#include "UiTestSupport.h"
#include "budget/BudgetTableModel.h"
#include "charts/ResponseCurveChart.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <cmath>
#include <gtest/gtest.h>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace budget_panel_test {

namespace {

const QString enterprise = QStringLiteral("7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71");
const QString seoTool = QStringLiteral("2f9b6d14-8e3a-4c57-b1d2-6a0e9c3f4b28");

Workspace sample()
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return *r.workspace;
}

/// A shown, active panel on the sample, showing `persona`.
struct Fixture {
    WorkspaceDocument doc;
    BudgetPanel panel{&doc};
    explicit Fixture(const QString& persona = enterprise)
    {
        doc.reset(sample(), {});
        panel.resize(900, 700);
        panel.show();
        panel.setActive(true);
        panel.setPersona(persona);
    }
    const Persona& persona() const { return *doc.persona(panel.personaId()); }
    QString cell(int row, int column) const
    {
        auto* m = panel.tableModel();
        return m->data(m->index(row, column)).toString();
    }
    bool edit(int row, int column, const QVariant& value, int role = Qt::EditRole)
    {
        auto* m = panel.tableModel();
        return m->setData(m->index(row, column), value, role);
    }
};

budget::Allocation expected(const WorkspaceDocument& doc, const QString& id, double budget)
{
    const Persona* p = doc.persona(id);
    const Persona* const one[] = {p};
    budget::AllocationOptions o;
    o.budget = budget;
    return budget::allocate(one, o, doc.workspace().catalogue());
}

} // namespace

TEST(BudgetPanel, TheTableShowsTheAllocatorsProposal)
{
    Fixture f;
    const Persona& p = f.persona();
    ASSERT_EQ(f.panel.tableModel()->rowCount(), static_cast<int>(p.channels.size()));
    // The budget starts at today's spend on the channels.
    double today = 0;
    for (const auto& use : p.channels)
        today += budget::todaysSpend(use, p.economics);
    EXPECT_DOUBLE_EQ(f.panel.budgetBox()->value(), today);
    const auto a = expected(f.doc, enterprise, today);
    const QString currency = QString::fromStdString(f.doc.workspace().currency);
    bool moved = false;
    for (std::size_t i = 0; i < a.channels.size(); ++i) {
        const int r = static_cast<int>(i);
        const auto& c = a.channels[i];
        EXPECT_EQ(f.cell(r, BudgetTableModel::TodayColumn),
                  Formatting::money(c.currentSpend, currency));
        EXPECT_EQ(f.cell(r, BudgetTableModel::ProposedColumn), Formatting::money(c.spend, currency))
            << i;
        ASSERT_TRUE(c.marginalRoas);
        EXPECT_EQ(f.cell(r, BudgetTableModel::MarginalRoasColumn),
                  Formatting::number(*c.marginalRoas, 2));
        moved = moved || std::fabs(c.spend - c.currentSpend) > 1;
    }
    EXPECT_TRUE(moved) << "the sample's split is not already optimal";
    // The chart: one curve per channel, today's and the proposed point of each.
    auto* chart = f.panel.curveChart();
    ASSERT_EQ(chart->curveCount(), static_cast<int>(p.channels.size()));
    ASSERT_EQ(chart->proposedPoints()->count(), static_cast<int>(p.channels.size()));
    EXPECT_DOUBLE_EQ(chart->proposedPoints()->at(0).x(), a.channels[0].spend);
    EXPECT_DOUBLE_EQ(chart->todayPoints()->at(0).y(), a.channels[0].currentEntries);
    // The step log names the steps in words.
    EXPECT_TRUE(f.panel.stepLogText().contains(QStringLiteral("marginal ROAS")));
    // A typed budget is what the allocator splits.
    f.panel.budgetBox()->setValue(today * 2);
    EXPECT_NEAR(f.panel.allocation().proposed.spend, today * 2, today * 0.011);
    EXPECT_EQ(
        f.cell(0, BudgetTableModel::ProposedColumn),
        Formatting::money(expected(f.doc, enterprise, today * 2).channels[0].spend, currency));
}

TEST(BudgetPanel, BoundAndLockEditsAreUndoStepsAndMoveTheProposal)
{
    Fixture f;
    QUndoStack* undo = f.doc.undoStack();
    const int before = undo->count();
    const double proposed0 = f.panel.allocation().channels[0].spend;
    // A maximum below the proposal: one step, and the proposal keeps to it.
    const double cap = std::floor(proposed0 / 2);
    ASSERT_TRUE(f.edit(0, BudgetTableModel::MaxColumn, QString::number(cap)));
    EXPECT_EQ(undo->count(), before + 1);
    ASSERT_TRUE(f.persona().channels[0].bounds.maxSpend);
    EXPECT_DOUBLE_EQ(*f.persona().channels[0].bounds.maxSpend, cap);
    EXPECT_LE(f.panel.allocation().channels[0].spend, cap + 1e-9);
    EXPECT_EQ(f.panel.allocation().channels[0].atBound, budget::BoundHit::Max);
    // Typing again in the same cell merges into that step.
    ASSERT_TRUE(f.edit(0, BudgetTableModel::MaxColumn, QString::number(cap - 1)));
    EXPECT_EQ(undo->count(), before + 1);
    // A minimum above the maximum is refused: the file format would reject it.
    EXPECT_FALSE(f.edit(0, BudgetTableModel::MinColumn, QString::number(cap * 2)));
    EXPECT_FALSE(f.persona().channels[0].bounds.minSpend);
    auto* message = f.panel.findChild<QLabel*>(QStringLiteral("budgetMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("must not exceed its maximum")));
    EXPECT_FALSE(f.edit(0, BudgetTableModel::MinColumn, QStringLiteral("many")));
    // A minimum on another channel, then a lock: a step each.
    ASSERT_TRUE(f.edit(1, BudgetTableModel::MinColumn, QStringLiteral("10")));
    EXPECT_EQ(undo->count(), before + 2);
    EXPECT_FALSE(message->isVisible()) << "the reason outlived the next edit";
    ASSERT_TRUE(f.edit(2, BudgetTableModel::LockedColumn, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(undo->count(), before + 3);
    EXPECT_TRUE(f.persona().channels[2].bounds.locked);
    const auto& locked = f.panel.allocation().channels[2];
    EXPECT_DOUBLE_EQ(locked.spend, locked.currentSpend);
    EXPECT_EQ(locked.atBound, budget::BoundHit::Locked);
    // A locked channel's limits are not editable.
    auto* m = f.panel.tableModel();
    EXPECT_FALSE(m->flags(m->index(2, BudgetTableModel::MinColumn)) & Qt::ItemIsEditable);
    // Emptying a cell clears the bound.
    ASSERT_TRUE(f.edit(1, BudgetTableModel::MinColumn, QString()));
    EXPECT_FALSE(f.persona().channels[1].bounds.minSpend);
    // Undo takes the edits back one by one, and the proposal with them.
    undo->undo(); // the emptying
    undo->undo(); // the lock
    EXPECT_FALSE(f.persona().channels[2].bounds.locked);
    undo->undo();
    undo->undo();
    EXPECT_FALSE(f.persona().channels[0].bounds.maxSpend);
    EXPECT_EQ(undo->index(), before);
    EXPECT_DOUBLE_EQ(f.panel.allocation().channels[0].spend, proposed0);
}

TEST(BudgetPanel, ApplyWritesSharesAndSpendAsOneUndoStep)
{
    Fixture f(seoTool);
    const Persona original = f.persona();
    QUndoStack* undo = f.doc.undoStack();
    const int before = undo->count();
    // Split a larger budget, so the monthly spend changes too.
    double today = f.panel.budgetBox()->value();
    f.panel.budgetBox()->setValue(today * 1.5);
    const budget::Allocation proposal = f.panel.allocation();
    ASSERT_TRUE(f.panel.applyButton()->isEnabled());
    f.panel.applyButton()->click();
    EXPECT_EQ(undo->count(), before + 1);
    // The proposal made again on the applied persona is the same one: nothing left to apply.
    EXPECT_FALSE(f.panel.applyButton()->isEnabled());
    const Persona& after = f.persona();
    double shares = 0;
    for (const auto& use : original.channels)
        shares += use.budgetSharePercent;
    const double rest = original.economics.monthlySpend * (1 - shares / 100);
    EXPECT_NEAR(after.economics.monthlySpend, proposal.proposed.spend + rest, 1e-6);
    for (std::size_t i = 0; i < after.channels.size(); ++i)
        EXPECT_NEAR(after.channels[i].budgetSharePercent / 100 * after.economics.monthlySpend,
                    proposal.channels[i].spend, 1e-6)
            << i;
    // Undo restores every share and the monthly spend in one go.
    undo->undo();
    EXPECT_EQ(undo->index(), before);
    EXPECT_TRUE(f.persona() == original);
}

TEST(BudgetPanel, FollowsAPersonaEditOnlyWhileInFront)
{
    Fixture f;
    const double spend0 = f.panel.allocation().current.spend;
    f.doc.editPersona(enterprise, QStringLiteral("economics.monthlySpend"), QStringLiteral("x"),
                      [](Persona& p) { p.economics.monthlySpend *= 2; });
    EXPECT_NEAR(f.panel.allocation().current.spend, spend0 * 2, 1e-6);
    EXPECT_DOUBLE_EQ(f.panel.budgetBox()->value(), f.panel.allocation().current.spend);
    EXPECT_EQ(f.cell(0, BudgetTableModel::TodayColumn),
              Formatting::money(f.panel.allocation().channels[0].currentSpend,
                                QString::fromStdString(f.doc.workspace().currency)));
    // Behind another tab: no recomputing while typing elsewhere; caught up when in front.
    f.panel.setActive(false);
    f.doc.editPersona(enterprise, QStringLiteral("economics.monthlySpend"), QStringLiteral("x"),
                      [](Persona& p) { p.economics.monthlySpend = 1000; });
    EXPECT_NEAR(f.panel.allocation().current.spend, spend0 * 2, 1e-6);
    f.panel.setActive(true);
    EXPECT_LT(f.panel.allocation().current.spend, 1000 + 1e-6);
    // Another persona selected: its channels.
    f.panel.setPersona(seoTool);
    EXPECT_EQ(f.panel.tableModel()->rowCount(),
              static_cast<int>(f.doc.persona(seoTool)->channels.size()));
}

TEST(BudgetPanel, GoToBudgetBringsTheDockForwardWithAShortcutOfItsOwn)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* go = window.findChild<QAction*>(QStringLiteral("actionGoToBudget"));
    ASSERT_NE(go, nullptr);
    ASSERT_FALSE(go->shortcut().isEmpty());
    for (QAction* other : window.findChildren<QAction*>()) {
        if (other == go)
            continue;
        EXPECT_NE(other->shortcut(), go->shortcut()) << other->text().toStdString();
    }
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("budgetDock"));
    ASSERT_NE(dock, nullptr);
    go->trigger();
    QCoreApplication::processEvents();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_FALSE(dock->visibleRegion().isEmpty());
}

} // namespace budget_panel_test
