// SPDX-License-Identifier: GPL-3.0-or-later
// The response curve's shape edited in the Budget view's table (issue 20: defaults by channel
// type, "editable per persona"): an empty cell shows the default in grey; a typed half-saturation
// spend, slope or entries-today is one undo step of the persona (keystrokes in one cell merge)
// and the proposal follows; emptying the cell goes back to the default; a value the file format
// would refuse is refused with a sentence and changes nothing.
#include "UiTestSupport.h"
#include "budget/BudgetPanel.h"
#include "budget/BudgetTableModel.h"
#include "budget/ResponseCurve.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPalette>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

const QString enterprise = QStringLiteral("7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71");

struct Fixture {
    WorkspaceDocument doc;
    BudgetPanel panel{&doc};
    Fixture()
    {
        auto r = WorkspaceReader::readFile(test::samplePath());
        EXPECT_TRUE(r.ok());
        doc.reset(*r.workspace, {});
        panel.resize(900, 700);
        panel.show();
        panel.setActive(true);
        panel.setPersona(enterprise);
    }
    const Persona& persona() const { return *doc.persona(enterprise); }
    QModelIndex at(int row, int column) const { return panel.tableModel()->index(row, column); }
    bool edit(int row, int column, const QString& text)
    {
        return panel.tableModel()->setData(at(row, column), text, Qt::EditRole);
    }
};

} // namespace

TEST(BudgetCurveEdit, AnEmptyCellShowsTheDefaultInGrey)
{
    Fixture f;
    ASSERT_FALSE(f.persona().channels[0].response.halfSaturationSpend);
    auto* m = f.panel.tableModel();
    const ChannelUse& use = f.persona().channels[0];
    const budget::ResponseCurve curve = budget::responseCurve(
        use, f.persona().economics, f.doc.workspace().catalogue().find(use.channelId));
    const QModelIndex slope = f.at(0, BudgetTableModel::SlopeColumn);
    EXPECT_TRUE(m->flags(slope) & Qt::ItemIsEditable);
    EXPECT_EQ(m->data(slope, Qt::EditRole).toString(), QString()); // nothing of its own
    EXPECT_FALSE(m->data(slope).toString().isEmpty());             // the default shown
    EXPECT_EQ(m->data(slope, Qt::ForegroundRole).value<QBrush>(),
              QGuiApplication::palette().brush(QPalette::PlaceholderText));
    // The default the allocator draws with: the channel type's multiple of today's spend.
    ASSERT_GT(curve.ec, 0);
    EXPECT_EQ(m->data(f.at(0, BudgetTableModel::HalfSaturationColumn)).toString(),
              Formatting::money(curve.ec, QString::fromStdString(f.doc.workspace().currency)));
}

TEST(BudgetCurveEdit, ATypedValueIsOneUndoStepAndTheProposalFollows)
{
    Fixture f;
    QUndoStack* undo = f.doc.undoStack();
    const int before = undo->count();
    const double proposed = f.panel.allocation().channels[0].spend;
    // A LinkedIn that saturates early: the allocator gives it less.
    ASSERT_TRUE(f.edit(0, BudgetTableModel::HalfSaturationColumn, QStringLiteral("3000")));
    ASSERT_TRUE(f.persona().channels[0].response.halfSaturationSpend);
    EXPECT_DOUBLE_EQ(*f.persona().channels[0].response.halfSaturationSpend, 3000);
    EXPECT_EQ(undo->count(), before + 1);
    ASSERT_TRUE(f.edit(0, BudgetTableModel::HalfSaturationColumn, QStringLiteral("2500")));
    EXPECT_EQ(undo->count(), before + 1); // the same cell merges
    EXPECT_LT(f.panel.allocation().channels[0].spend, proposed);
    EXPECT_FALSE(f.panel.tableModel()
                     ->data(f.at(0, BudgetTableModel::HalfSaturationColumn), Qt::ForegroundRole)
                     .isValid()); // its own value: not grey

    ASSERT_TRUE(f.edit(1, BudgetTableModel::SlopeColumn, QStringLiteral("1.5")));
    ASSERT_TRUE(f.edit(2, BudgetTableModel::EntriesTodayColumn, QStringLiteral("0")));
    EXPECT_EQ(undo->count(), before + 3);
    EXPECT_DOUBLE_EQ(f.persona().channels[1].response.slope.value_or(-1), 1.5);
    EXPECT_DOUBLE_EQ(f.persona().channels[2].response.monthlyEntries.value_or(-1), 0);

    // Emptying a cell goes back to the default.
    ASSERT_TRUE(f.edit(1, BudgetTableModel::SlopeColumn, QString()));
    EXPECT_FALSE(f.persona().channels[1].response.slope);
    while (undo->index() > before)
        undo->undo();
    EXPECT_FALSE(f.persona().channels[0].response.halfSaturationSpend);
    EXPECT_DOUBLE_EQ(f.panel.allocation().channels[0].spend, proposed);
}

TEST(BudgetCurveEdit, AValueTheFileWouldRefuseIsRefusedWithASentence)
{
    Fixture f;
    const Persona before = f.persona();
    const int steps = f.doc.undoStack()->count();
    EXPECT_FALSE(f.edit(0, BudgetTableModel::SlopeColumn, QStringLiteral("0")));
    EXPECT_FALSE(f.edit(0, BudgetTableModel::SlopeColumn, QStringLiteral("11")));
    EXPECT_FALSE(f.edit(0, BudgetTableModel::HalfSaturationColumn, QStringLiteral("-5")));
    EXPECT_FALSE(f.edit(0, BudgetTableModel::EntriesTodayColumn, QStringLiteral("-1")));
    EXPECT_FALSE(f.edit(0, BudgetTableModel::EntriesTodayColumn, QStringLiteral("lots")));
    EXPECT_TRUE(f.persona() == before);
    EXPECT_EQ(f.doc.undoStack()->count(), steps);
    auto* message = f.panel.findChild<QLabel*>(QStringLiteral("budgetMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("“lots” was not saved")))
        << message->text().toStdString();
}
