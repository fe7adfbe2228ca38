// SPDX-License-Identifier: GPL-3.0-or-later
// The Budget view across the compared personas: the table holds every compared persona's
// channels with the proposal of one allocation over them all, Apply writes every persona as one
// undo step that undo takes back whole, a bound edited in a row edits that row's persona, and the
// view follows edits of any covered persona and changes of the comparison.
#include "UiTestSupport.h"
#include "budget/ApplyAllocation.h"
#include "budget/BudgetPanel.h"
#include "budget/BudgetTableModel.h"
#include "charts/ResponseCurveChart.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QtCharts/QScatterSeries>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace budget_scope_test {

namespace {

const QString enterprise = QStringLiteral("7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71");
const QString seoTool = QStringLiteral("2f9b6d14-8e3a-4c57-b1d2-6a0e9c3f4b28");
const QString industrial = QStringLiteral("a4d07e93-5c21-4b8f-8e6a-f13b29c7d045");
const QString snack = QStringLiteral("5e8c2b71-d946-4a03-9f5e-0b7a6c1d8e92");

/// A shown, active panel on the sample, the enterprise persona selected, comparing `compared`.
struct Fixture {
    WorkspaceDocument doc;
    BudgetPanel panel{&doc};
    explicit Fixture(const QStringList& compared = {enterprise, seoTool, snack})
    {
        auto r = WorkspaceReader::readFile(test::samplePath());
        EXPECT_TRUE(r.ok());
        doc.reset(*r.workspace, {});
        compare(compared);
        panel.resize(900, 700);
        panel.show();
        panel.setActive(true);
        panel.setPersona(enterprise);
        panel.setScope(BudgetPanel::Scope::Compared);
    }
    void compare(const QStringList& ids)
    {
        ViewState view = doc.workspace().view;
        view.comparedPersonaIds.clear();
        for (const auto& id : ids)
            view.comparedPersonaIds.push_back(id.toStdString());
        doc.setViewState(view);
    }
    std::vector<const Persona*> personas(const QStringList& ids) const
    {
        std::vector<const Persona*> out;
        for (const auto& id : ids)
            out.push_back(doc.persona(id));
        return out;
    }
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
    /// The first table row of `personaId`'s channels (-1 for none).
    int firstRowOf(const QString& personaId) const
    {
        for (int r = 0; r < panel.tableModel()->rowCount(); ++r)
            if (panel.tableModel()->personaIdAt(r) == personaId)
                return r;
        return -1;
    }
};

double todaysSpend(const std::vector<const Persona*>& personas)
{
    double total = 0;
    for (const Persona* p : personas)
        for (const auto& use : p->channels)
            total += budget::todaysSpend(use, p->economics);
    return total;
}

budget::Allocation expected(const std::vector<const Persona*>& personas,
                            const WorkspaceDocument& doc, double budget)
{
    budget::AllocationOptions o;
    o.budget = budget;
    return budget::allocate(personas, o, doc.workspace().catalogue());
}

} // namespace

TEST(BudgetScope, ComparedPersonasShareOneAllocationRowByRow)
{
    const QStringList compared{enterprise, seoTool, snack};
    Fixture f(compared);
    const auto personas = f.personas(compared);
    std::size_t channels = 0;
    for (const Persona* p : personas)
        channels += p->channels.size();
    ASSERT_EQ(f.panel.coveredPersonaIds(), compared);
    ASSERT_EQ(f.panel.tableModel()->rowCount(), static_cast<int>(channels));
    // The budget starts at the sum of their spends today.
    const double today = todaysSpend(personas);
    EXPECT_DOUBLE_EQ(f.panel.budgetBox()->value(), today);
    // Every row is what one allocation over the three personas proposes, persona by persona.
    const auto a = expected(personas, f.doc, today);
    ASSERT_EQ(a.channels.size(), channels);
    const QString currency = QString::fromStdString(f.doc.workspace().currency);
    for (std::size_t i = 0; i < a.channels.size(); ++i) {
        const int r = static_cast<int>(i);
        const QString owner = QString::fromStdString(a.channels[i].personaId);
        EXPECT_EQ(f.panel.tableModel()->personaIdAt(r), owner) << i;
        EXPECT_EQ(f.cell(r, BudgetTableModel::PersonaColumn),
                  QString::fromStdString(f.doc.persona(owner)->name));
        EXPECT_EQ(f.cell(r, BudgetTableModel::ProposedColumn),
                  Formatting::money(a.channels[i].spend, currency))
            << i;
    }
    EXPECT_DOUBLE_EQ(f.panel.allocation().proposed.spend, a.proposed.spend);
    // The persona column shows across personas only.
    auto* table = f.panel.findChild<QTableView*>(QStringLiteral("budgetTable"));
    ASSERT_TRUE(table);
    EXPECT_FALSE(table->isColumnHidden(BudgetTableModel::PersonaColumn));
    // The summary's totals cover every persona; each one's own figures head the step log.
    EXPECT_TRUE(f.panel.summaryText().contains(Formatting::money(a.proposed.value, currency)));
    for (const Persona* p : personas) {
        const auto own = budget::personaTotals(a, p->id, true);
        EXPECT_TRUE(f.panel.stepLogText().contains(
            QString::fromStdString(p->name) + QStringLiteral(": ") +
            Formatting::money(budget::personaTotals(a, p->id, false).spend, currency)))
            << p->name;
        EXPECT_TRUE(f.panel.stepLogText().contains(Formatting::money(own.spend, currency)))
            << p->name;
    }
    // 18 channels: six curves are drawn, those with the most spend, and the words say so.
    ASSERT_GT(channels, static_cast<std::size_t>(BudgetPanel::maxComparedCurves));
    auto* chart = f.panel.curveChart();
    ASSERT_EQ(chart->curveCount(), BudgetPanel::maxComparedCurves);
    std::vector<double> drawn, largest;
    for (int i = 0; i < chart->curveCount(); ++i)
        drawn.push_back(
            std::max(chart->todayPoints()->at(i).x(), chart->proposedPoints()->at(i).x()));
    for (const auto& c : a.channels)
        largest.push_back(std::max(c.currentSpend, c.spend));
    std::sort(drawn.begin(), drawn.end(), std::greater<>());
    std::sort(largest.begin(), largest.end(), std::greater<>());
    largest.resize(drawn.size());
    EXPECT_EQ(drawn, largest);
    EXPECT_TRUE(f.panel.curvesNote().contains(
        Formatting::count(static_cast<long long>(channels) - BudgetPanel::maxComparedCurves)))
        << f.panel.curvesNote().toStdString();

    // Back to the selected persona: its channels alone, as before.
    f.panel.setScope(BudgetPanel::Scope::SelectedPersona);
    EXPECT_EQ(f.panel.tableModel()->rowCount(),
              static_cast<int>(f.doc.persona(enterprise)->channels.size()));
    EXPECT_TRUE(f.panel.curvesNote().isEmpty());
    EXPECT_TRUE(table->isColumnHidden(BudgetTableModel::PersonaColumn));
}

TEST(BudgetScope, TheViewFollowsTheComparisonAndEditsOfAnyComparedPersona)
{
    Fixture f({enterprise, seoTool});
    const int before = f.panel.tableModel()->rowCount();
    // Another persona joins the comparison: its rows join, and the budget follows its spend.
    f.compare({enterprise, seoTool, industrial});
    EXPECT_EQ(f.panel.coveredPersonaIds(), (QStringList{enterprise, seoTool, industrial}));
    EXPECT_EQ(f.panel.tableModel()->rowCount(),
              before + static_cast<int>(f.doc.persona(industrial)->channels.size()));
    EXPECT_DOUBLE_EQ(f.panel.budgetBox()->value(),
                     todaysSpend(f.personas({enterprise, seoTool, industrial})));
    // An edit of a compared persona that is not the selected one: the proposal follows.
    f.doc.editPersona(industrial, QStringLiteral("monthlySpend"), QStringLiteral("test"),
                      [](Persona& p) { p.economics.monthlySpend *= 2; });
    const auto personas = f.personas({enterprise, seoTool, industrial});
    EXPECT_DOUBLE_EQ(f.panel.budgetBox()->value(), todaysSpend(personas));
    EXPECT_DOUBLE_EQ(f.panel.allocation().proposed.spend,
                     expected(personas, f.doc, todaysSpend(personas)).proposed.spend);
    // Every persona selected: the first six, as the comparison charts show, and the title says so.
    QStringList all;
    for (const auto& p : f.doc.workspace().personas)
        all << QString::fromStdString(p.id);
    ASSERT_EQ(all.size(), 7);
    f.compare(all);
    EXPECT_EQ(f.panel.coveredPersonaIds(), all.mid(0, 6));
    auto* title = f.panel.findChild<QLabel*>(QStringLiteral("budgetTitle"));
    ASSERT_TRUE(title);
    EXPECT_TRUE(title->text().contains(QStringLiteral("7"))) << title->text().toStdString();
}

TEST(BudgetScope, ApplyWritesEveryComparedPersonaAsOneUndoStep)
{
    const QStringList compared{enterprise, seoTool, snack};
    Fixture f(compared);
    const Workspace before = f.doc.workspace();
    const auto a = expected(f.personas(compared), f.doc, f.panel.budgetBox()->value());
    ASSERT_TRUE(f.panel.applyButton()->isEnabled());
    auto* stack = f.doc.undoStack();
    const int steps = stack->count();
    f.panel.applyProposal();
    EXPECT_EQ(stack->count(), steps + 1);
    EXPECT_EQ(stack->undoText(), BudgetPanel::tr("Apply the proposed budget"));
    const auto catalogue = before.catalogue();
    for (const Persona& p : before.personas) {
        const bool covered = compared.contains(QString::fromStdString(p.id));
        const Persona& now = *f.doc.persona(QString::fromStdString(p.id));
        if (covered) {
            EXPECT_NE(now, p) << p.name;
            EXPECT_EQ(now, budget::withAllocation(p, a, catalogue)) << p.name;
        } else {
            EXPECT_EQ(now, p) << p.name;
        }
    }
    // Applied, the proposal has nothing left to apply.
    EXPECT_FALSE(f.panel.applyButton()->isEnabled());
    // One undo takes every persona back.
    stack->undo();
    EXPECT_EQ(f.doc.workspace().personas, before.personas);
    EXPECT_TRUE(f.panel.applyButton()->isEnabled());
}

TEST(BudgetScope, ABoundEditedInARowEditsThatRowsPersona)
{
    Fixture f({enterprise, seoTool, snack});
    const Workspace before = f.doc.workspace();
    const int row = f.firstRowOf(seoTool);
    ASSERT_GT(row, 0) << "the SEO tool's rows follow the enterprise persona's";
    auto* stack = f.doc.undoStack();
    const int steps = stack->count();
    ASSERT_TRUE(f.edit(row, BudgetTableModel::MaxColumn, QStringLiteral("10")));
    EXPECT_EQ(stack->count(), steps + 1);
    EXPECT_EQ(f.doc.persona(seoTool)->channels[0].bounds.maxSpend, std::optional<double>(10));
    EXPECT_EQ(*f.doc.persona(enterprise), before.personas[0]);
    EXPECT_TRUE(stack->undoText().contains(QString::fromStdString(f.doc.persona(seoTool)->name)));
    // The proposal follows: the capped channel gets at most its maximum.
    EXPECT_LE(f.panel.allocation().channels[static_cast<std::size_t>(row)].spend, 10.0);
    // The lock of the snack buyer's second channel.
    const int snackRow = f.firstRowOf(snack) + 1;
    ASSERT_TRUE(f.edit(snackRow, BudgetTableModel::LockedColumn, Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(f.doc.persona(snack)->channels[1].bounds.locked);
    EXPECT_EQ(stack->count(), steps + 2);
    stack->undo();
    stack->undo();
    EXPECT_EQ(f.doc.workspace().personas, before.personas);
}

} // namespace budget_scope_test
