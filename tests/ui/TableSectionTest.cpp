// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces the table sections (decision unit, pipeline, channels) share: the table models'
// rowsChanged() and row numbers, the TableSection base, the number cells' typing range and the
// one-decimal formatting of their totals.
#include "editor/TableSection.h"

#include "EditorTestSupport.h"
#include "editor/ChannelTableModel.h"
#include "editor/MemberTableModel.h"
#include "editor/RangeSpinBox.h"
#include "editor/SpinBoxDelegate.h"
#include "editor/StageTableModel.h"
#include "format/Formatting.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <memory>

using namespace b2x;
using namespace b2x::test;

namespace {

/// The smallest table section: the persona's stages, a remove button and nothing else, so the
/// test sees only what the base class does.
class StagesOnly : public TableSection {
public:
    explicit StagesOnly(WorkspaceDocument* document) : TableSection(document)
    {
        // Created first, so by creation order alone it would come before the table.
        below = new QLineEdit(this);
        model = new StageTableModel(document, editFunction(), this);
        setUpTable(model, this, QStringLiteral("table"), QStringLiteral("Stages"), 5,
                   StageTableModel::Name, QStringLiteral("message"));
        add = addButton(QStringLiteral("add"), QStringLiteral("&Add"), QStringLiteral("Add."));
        remove = addButton(QStringLiteral("remove"), QStringLiteral("&Remove"),
                           QStringLiteral("Remove the stage."));
        layOutTable(this, QStringLiteral("The stages."), {below});
        connect(add, &QPushButton::clicked, this, [this] {
            insertRow([this](int row) { return model->insertStage(row); }, StageTableModel::Name);
        });
        connect(remove, &QPushButton::clicked, this,
                [this] { removeCurrentRow([this](int row) { model->removeStage(row); }); });
    }
    QString title() const override { return QStringLiteral("Stages"); }

    using TableSection::currentRow;
    using TableSection::selectRow;

    StageTableModel* model;
    QLineEdit* below;
    QPushButton* add;
    QPushButton* remove;
    int changes = 0;
    int buttonUpdates = 0;

protected:
    void load(const Persona&) override
    {
        model->setPersona(personaId());
        refreshTable();
    }
    void tableChanged() override { ++changes; }
    void updateButtons() override
    {
        ++buttonUpdates;
        remove->setEnabled(currentRow() >= 0);
    }
};

/// True while an editor of one of `table`'s cells has the focus.
bool editing(const QTableView* table)
{
    const QWidget* focus = QApplication::focusWidget();
    return focus && table->viewport()->isAncestorOf(focus);
}

using TableModelSignalsTest = EditorTest;
using TableSectionTest = EditorTest;

} // namespace

TEST_F(TableModelSignalsTest, RowsChangedOncePerChangeOfTheRowsAndNeverForOtherFields)
{
    StageTableModel model(&doc, [this](const QString& field, const QString& text,
                                       const PersonaTableModel::Change& change) {
        doc.editPersona(idAt(0), field, text, change);
    });
    QSignalSpy rows(&model, &PersonaTableModel::rowsChanged);
    model.setPersona(idAt(0));
    EXPECT_EQ(rows.count(), 1);
    model.setPersona(idAt(0)); // the same persona: nothing to announce
    EXPECT_EQ(rows.count(), 1);

    // An edit, an insertion, a move (a block that changed), a removal, undo: one each.
    EXPECT_TRUE(model.setData(model.index(0, StageTableModel::Name), QStringLiteral("Visit")));
    EXPECT_EQ(rows.count(), 2);
    EXPECT_TRUE(model.insertStage(1));
    EXPECT_EQ(rows.count(), 3);
    model.moveStage(0, 1);
    EXPECT_EQ(rows.count(), 4);
    model.removeStage(0);
    EXPECT_EQ(rows.count(), 5);
    undo();
    EXPECT_EQ(rows.count(), 6);

    // Another field of the persona: the rows are the same, nothing is announced.
    doc.editPersona(idAt(0), QStringLiteral("name"), QStringLiteral("Rename"),
                    [](Persona& p) { p.name = "Someone else"; });
    EXPECT_EQ(rows.count(), 6);
    // Another persona's stages: not this model's rows.
    doc.editPersona(idAt(1), QStringLiteral("pipeline"), QStringLiteral("Edit"),
                    [](Persona& p) { p.pipeline.clear(); });
    EXPECT_EQ(rows.count(), 6);

    doc.reset(original, QString());
    EXPECT_EQ(rows.count(), 7);
}

TEST_F(TableModelSignalsTest, RowsAreNumberedFromOneAndColumnsNamed)
{
    const auto edit = [](const QString&, const QString&, const PersonaTableModel::Change&) {};
    StageTableModel stages(&doc, edit);
    MemberTableModel members(&doc, edit);
    ChannelTableModel channels(&doc, edit);
    for (PersonaTableModel* model :
         std::initializer_list<PersonaTableModel*>{&stages, &members, &channels}) {
        model->setPersona(idAt(0));
        ASSERT_GT(model->rowCount(), 1);
        EXPECT_EQ(model->headerData(0, Qt::Vertical).toInt(), 1);
        EXPECT_EQ(model->headerData(1, Qt::Vertical).toInt(), 2);
        EXPECT_FALSE(model->headerData(0, Qt::Vertical, Qt::ToolTipRole).isValid());
        for (int column = 0; column < model->columnCount(); ++column) {
            EXPECT_FALSE(model->headerData(column, Qt::Horizontal).toString().isEmpty());
            EXPECT_FALSE(
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
    }
    EXPECT_EQ(stages.headerData(StageTableModel::Name, Qt::Horizontal).toString(),
              StageTableModel::tr("Stage"));
}

TEST_F(TableSectionTest, RefusedEditsShowTheirReasonUntilTheRowsChange)
{
    StagesOnly section(&doc);
    open(section, 0);
    const int loads = section.changes;
    EXPECT_GE(loads, 1); // load() shows the rows
    auto* message = child<MessageLabel>(section, "message");
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isHidden());

    // The model refuses 150 %; the reason shows under the table and nothing changed.
    EXPECT_FALSE(
        section.model->setData(section.model->index(0, StageTableModel::Conversion), 150.0));
    EXPECT_TRUE(showsError(message));
    EXPECT_EQ(section.changes, loads);
    EXPECT_EQ(doc.workspace(), original);

    // A change of the rows (here an edit through the model) clears it and is shown.
    EXPECT_TRUE(section.model->setData(section.model->index(0, StageTableModel::Conversion), 42.5));
    EXPECT_TRUE(message->isHidden());
    EXPECT_EQ(section.changes, loads + 1);
    EXPECT_EQ(persona(0).pipeline[0].conversionPercent, 42.5);
    EXPECT_EQ(undoSteps(), 1) << "edits go through the section's edit(): one undo step";
}

TEST_F(TableSectionTest, RemovingARowSelectsTheOneInItsPlaceOrTheLast)
{
    StagesOnly section(&doc);
    open(section, 0);
    const int n = section.model->rowCount();
    ASSERT_GE(n, 3);
    EXPECT_FALSE(section.remove->isEnabled()) << "nothing is selected yet";

    section.selectRow(1);
    EXPECT_EQ(section.currentRow(), 1);
    EXPECT_TRUE(section.remove->isEnabled());
    const std::string third = persona(0).pipeline[2].name;
    section.remove->click();
    EXPECT_EQ(section.model->rowCount(), n - 1);
    EXPECT_EQ(section.currentRow(), 1);
    EXPECT_EQ(persona(0).pipeline[1].name, third);

    section.selectRow(n - 2); // the last row
    section.remove->click();
    EXPECT_EQ(section.currentRow(), n - 3) << "the new last row";

    section.selectRow(99); // no such row: the selection stays
    EXPECT_EQ(section.currentRow(), n - 3);
}

TEST_F(TableSectionTest, AddingInsertsAfterTheCurrentRowOrAtTheEndAndOpensTheCell)
{
    StagesOnly section(&doc);
    open(section, 0);
    auto* table = child<QTableView>(section, "table");
    ASSERT_TRUE(table);
    const int n = section.model->rowCount();

    section.add->click(); // nothing selected: at the end
    ASSERT_EQ(section.model->rowCount(), n + 1);
    EXPECT_EQ(section.currentRow(), n);
    EXPECT_EQ(table->currentIndex().column(), StageTableModel::Name);
    EXPECT_TRUE(editing(table));

    section.selectRow(0);
    section.add->click(); // after the current row
    ASSERT_EQ(section.model->rowCount(), n + 2);
    EXPECT_EQ(section.currentRow(), 1);
    EXPECT_EQ(persona(0).pipeline[0].name, original.personas[0].pipeline[0].name);
    EXPECT_EQ(persona(0).pipeline[2].name, original.personas[0].pipeline[1].name);
    EXPECT_TRUE(editing(table));
}

TEST_F(TableSectionTest, ButtonsAboveTheTableComeFirstInTheTabOrder)
{
    StagesOnly section(&doc);
    open(section, 0);
    auto* table = child<QTableView>(section, "table");
    ASSERT_TRUE(table);
    EXPECT_EQ(section.remove->accessibleName(), QStringLiteral("Remove"));
    EXPECT_LT(section.remove->geometry().bottom(), table->geometry().top());
    EXPECT_LT(table->geometry().bottom(), section.below->geometry().top());
    section.selectRow(0); // the remove button is enabled
    section.add->setFocus();
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        order << (focus == table ? QStringLiteral("table") : focus->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    EXPECT_EQ(order, QStringList({QStringLiteral("add"), QStringLiteral("remove"),
                                  QStringLiteral("table"), QString()}));
    EXPECT_EQ(QApplication::focusWidget(), section.add) << "round to the start";
    // The intro wraps its words.
    const auto labels = section.findChildren<QLabel*>();
    const auto intro = std::find_if(labels.begin(), labels.end(), [](const QLabel* l) {
        return l->text() == QStringLiteral("The stages.");
    });
    ASSERT_NE(intro, labels.end());
    EXPECT_TRUE((*intro)->wordWrap());
    EXPECT_LT((*intro)->geometry().bottom(), section.remove->geometry().top());
}

TEST(TableCells, NumberCellsLetAWiderRangeBeTypedThanTheModelAccepts)
{
    // One more digit above, the same magnitude below zero (as every RangeSpinBox).
    EXPECT_EQ(RangeSpinBox::typingRange(0, 100), std::make_pair(-100.0, 1000.0));
    EXPECT_EQ(RangeSpinBox::typingRange(0, 3650), std::make_pair(-3650.0, 36500.0));
    EXPECT_EQ(RangeSpinBox::typingRange(-1, 3650), std::make_pair(-10.0, 36500.0));

    QStandardItemModel cells(1, 1);
    QWidget parent;
    const auto editor = [&](const SpinBoxDelegate& delegate) {
        return std::unique_ptr<RangeSpinBox>(static_cast<RangeSpinBox*>(
            delegate.createEditor(&parent, QStyleOptionViewItem(), cells.index(0, 0))));
    };
    SpinBoxDelegate percent(0, 100, 1);
    const auto box = editor(percent);
    EXPECT_EQ(box->minimum(), -100);
    EXPECT_EQ(box->maximum(), 1000);
    EXPECT_TRUE(box->isValueValid()) << "the model, not the cell, judges the range";
    box->setValue(150);
    EXPECT_TRUE(box->isValueValid());

    // With a special value, nothing below it can be typed: it stays at the minimum.
    SpinBoxDelegate window(-1, 3650, 0);
    window.setSpecialValueText(QStringLiteral("not attributed"));
    const auto windowBox = editor(window);
    EXPECT_EQ(windowBox->minimum(), -1);
    EXPECT_EQ(windowBox->maximum(), 36500);
    EXPECT_EQ(windowBox->specialValueText(), QStringLiteral("not attributed"));
}

TEST(OneDecimal, RoundsToOneDecimalAndDropsATrailingZero)
{
    EXPECT_EQ(Formatting::oneDecimal(12.34), Formatting::locale().toString(12.3));
    EXPECT_EQ(Formatting::oneDecimal(12.96), QStringLiteral("13"));
    EXPECT_EQ(Formatting::oneDecimal(12.0), QStringLiteral("12"));
    EXPECT_EQ(Formatting::oneDecimal(-2.26), Formatting::locale().toString(-2.3));
    EXPECT_EQ(Formatting::oneDecimal(0.04), QStringLiteral("0"));
    EXPECT_EQ(Formatting::oneDecimal(33.333333), Formatting::locale().toString(33.3));
}
