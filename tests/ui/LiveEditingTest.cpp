// SPDX-License-Identifier: GPL-3.0-or-later
// Editing that does what it says: number fields and cells are live while typing (one undo step
// per field, no trace of intermediate or incomplete text), pipeline durations can be typed in
// any order, and every undo step names the persona it changed.
#include "EditorTestSupport.h"
#include "editor/EconomicsSection.h"
#include "editor/PipelineSection.h"
#include "editor/RangeSpinBox.h"
#include "editor/StageTableModel.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

using namespace b2x;
using namespace b2x::test;

namespace {

/// Opens the spin box editor of a cell, with its text selected, ready for typing.
QDoubleSpinBox* openCell(QTableView* view, const QModelIndex& index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    auto* editor = qobject_cast<QDoubleSpinBox*>(view->indexWidget(index));
    if (editor)
        editor->selectAll();
    return editor;
}

/// Types `text` into a cell and presses Return, as a user does.
void typeIntoCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    QDoubleSpinBox* editor = openCell(view, index);
    ASSERT_TRUE(editor) << "no spin box editor opened";
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate closes the editor through a queued call
}

} // namespace

class PipelineAnyOrderTest : public EditorTest {
protected:
    void SetUp() override
    {
        EditorTest::SetUp();
        section = std::make_unique<PipelineSection>(&doc);
        open(*section, 0); // stage 1: 0 / 10 / 30 days
        view = child<QTableView>(*section, "stagesTable");
        message = child<MessageLabel>(*section, "pipelineMessage");
        ASSERT_TRUE(view && message);
    }
    QModelIndex cell(int row, int column) const { return section->model()->index(row, column); }
    const Stage& stage(std::size_t p, std::size_t s) const { return persona(p).pipeline.at(s); }

    std::unique_ptr<PipelineSection> section;
    QTableView* view = nullptr;
    MessageLabel* message = nullptr;
};

TEST_F(PipelineAnyOrderTest, LikelyAboveMaxRaisesTheMaxInOneUndoStepAndSaysSo)
{
    typeIntoCell(view, cell(0, StageTableModel::LikelyDays), QStringLiteral("60"));
    EXPECT_EQ(stage(0, 0).minDays, 0);
    EXPECT_EQ(stage(0, 0).likelyDays, 60);
    EXPECT_EQ(stage(0, 0).maxDays, 60);
    EXPECT_EQ(undoSteps(), 1);
    EXPECT_FALSE(message->isHidden());
    EXPECT_EQ(message->kind(), MessageLabel::Kind::Info);
    EXPECT_TRUE(message->text().contains(QStringLiteral("max days moved from 30 to 60")))
        << message->text().toStdString();
    EXPECT_EQ(cell(0, StageTableModel::MaxDays).data().toString(), QStringLiteral("60"));

    undo(); // one step puts both back
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(cell(0, StageTableModel::MaxDays).data().toString(), QStringLiteral("30"));
    redo();
    EXPECT_EQ(stage(0, 0).maxDays, 60);
}

TEST_F(PipelineAnyOrderTest, MinAboveLikelyRaisesLikelyAndMaxAsNeeded)
{
    typeIntoCell(view, cell(0, StageTableModel::MinDays), QStringLiteral("20"));
    EXPECT_EQ(stage(0, 0).minDays, 20);
    EXPECT_EQ(stage(0, 0).likelyDays, 20);
    EXPECT_EQ(stage(0, 0).maxDays, 30);
    EXPECT_TRUE(message->text().contains(QStringLiteral("likely days moved from 10 to 20")));
    EXPECT_FALSE(message->text().contains(QStringLiteral("max days")));

    typeIntoCell(view, cell(1, StageTableModel::MinDays), QStringLiteral("50")); // 7 / 21 / 45
    EXPECT_EQ(stage(0, 1).minDays, 50);
    EXPECT_EQ(stage(0, 1).likelyDays, 50);
    EXPECT_EQ(stage(0, 1).maxDays, 50);
    EXPECT_TRUE(message->text().contains(QStringLiteral("likely days moved from 21 to 50")));
    EXPECT_TRUE(message->text().contains(QStringLiteral("max days moved from 45 to 50")));
    EXPECT_EQ(undoSteps(), 2);
    undo();
    undo();
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(PipelineAnyOrderTest, MaxBelowLikelyLowersLikelyAndMin)
{
    typeIntoCell(view, cell(1, StageTableModel::MaxDays), QStringLiteral("5")); // 7 / 21 / 45
    EXPECT_EQ(stage(0, 1).minDays, 5);
    EXPECT_EQ(stage(0, 1).likelyDays, 5);
    EXPECT_EQ(stage(0, 1).maxDays, 5);
    EXPECT_EQ(undoSteps(), 1);
    undo();
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(PipelineAnyOrderTest, KeystrokesOnTheWayMoveNoBoundForGood)
{
    open(*section, 5); // stage 1: 3 / 14 / 30 days
    // Typing likely "20" passes through 2, below the min of 3; at "20" the min is 3 again.
    QDoubleSpinBox* editor = openCell(view, cell(0, StageTableModel::LikelyDays));
    ASSERT_TRUE(editor);
    QTest::keyClicks(editor, QStringLiteral("2"));
    EXPECT_EQ(stage(5, 0).minDays, 2); // live: the charts see the 2 while it is typed
    QTest::keyClicks(editor, QStringLiteral("0"));
    EXPECT_EQ(stage(5, 0).minDays, 3);
    EXPECT_EQ(stage(5, 0).likelyDays, 20);
    EXPECT_EQ(stage(5, 0).maxDays, 30);
    EXPECT_TRUE(message->isHidden()) << message->text().toStdString();
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(stage(5, 0).likelyDays, 20);
    EXPECT_EQ(undoSteps(), 1);
    undo();
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(PipelineAnyOrderTest, CellsAreLiveWhileTypingAndOneUndoStep)
{
    QDoubleSpinBox* editor = openCell(view, cell(0, StageTableModel::Conversion));
    ASSERT_TRUE(editor);
    QTest::keyClicks(editor, QStringLiteral("4"));
    EXPECT_EQ(stage(0, 0).conversionPercent, 4);
    QTest::keyClicks(editor, QStringLiteral("5"));
    EXPECT_EQ(stage(0, 0).conversionPercent, 45);
    EXPECT_EQ(undoSteps(), 1);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(stage(0, 0).conversionPercent, 45);
    EXPECT_EQ(undoSteps(), 1);
    undo();
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(PipelineAnyOrderTest, ARefusedCellValueLeavesNothingTypedOnTheWay)
{
    // "120" in a percentage passes through 1 and 12, which are valid; at 120 the value from
    // before the typing is back in force and the message says why.
    QDoubleSpinBox* editor = openCell(view, cell(0, StageTableModel::Conversion));
    ASSERT_TRUE(editor);
    QTest::keyClicks(editor, QStringLiteral("12"));
    EXPECT_EQ(stage(0, 0).conversionPercent, 12);
    QTest::keyClicks(editor, QStringLiteral("0"));
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(undoSteps(), 0);
    EXPECT_TRUE(showsError(message));
    EXPECT_TRUE(message->text().contains(QStringLiteral("120")));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_TRUE(showsError(message));
}

class LiveNumberFieldTest : public EditorTest {
protected:
    void SetUp() override
    {
        EditorTest::SetUp();
        section = std::make_unique<EconomicsSection>(&doc);
        open(*section, 0);
        price = child<RangeSpinBox>(*section, "economics.price");
        margin = child<RangeSpinBox>(*section, "economics.grossMarginPercent");
        message = child<MessageLabel>(*section, "economicsMessage");
        ASSERT_TRUE(price && margin && message);
    }
    /// Focus in the field and its number selected, as after a click and Ctrl+A.
    static void startTyping(RangeSpinBox* box)
    {
        box->setFocus();
        box->selectAll();
    }

    std::unique_ptr<EconomicsSection> section;
    RangeSpinBox* price = nullptr;
    RangeSpinBox* margin = nullptr;
    MessageLabel* message = nullptr;
};

TEST_F(LiveNumberFieldTest, EveryKeystrokeReachesTheDocumentAsOneUndoStep)
{
    startTyping(price);
    QTest::keyClicks(price, QStringLiteral("1"));
    EXPECT_EQ(persona(0).economics.price, 1); // before any Tab or Enter
    QTest::keyClicks(price, QStringLiteral("2"));
    EXPECT_EQ(persona(0).economics.price, 12);
    QTest::keyClicks(price, QStringLiteral("0"));
    EXPECT_EQ(persona(0).economics.price, 120);
    EXPECT_EQ(undoSteps(), 1);
    QTest::keyClick(price, Qt::Key_Tab);
    EXPECT_EQ(persona(0).economics.price, 120);
    EXPECT_EQ(undoSteps(), 1);
    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(price->value(), original.personas[0].economics.price);
}

TEST_F(LiveNumberFieldTest, ManyKeystrokesKeepTheStackAtOneStep)
{
    startTyping(price);
    for (int i = 0; i < 6; ++i) {
        QTest::keyClicks(price, QStringLiteral("9"));
        QTest::keyClick(price, Qt::Key_Backspace);
    }
    QTest::keyClicks(price, QStringLiteral("77"));
    EXPECT_EQ(persona(0).economics.price, 77);
    EXPECT_EQ(undoSteps(), 1);
    EXPECT_EQ(doc.undoStack()->count(), 1);
}

TEST_F(LiveNumberFieldTest, IncompleteTextSavesNothingAndIsShownUntilFocusLeaves)
{
    const double before = original.personas[0].economics.price;
    startTyping(price);
    QTest::keyClick(price, Qt::Key_Backspace); // the number deleted: an empty field
    EXPECT_EQ(persona(0).economics.price, before);
    EXPECT_TRUE(price->property("incomplete").toBool());
    EXPECT_FALSE(price->accessibleDescription().isEmpty());
    QTest::keyClicks(price, QStringLiteral("-"));
    EXPECT_EQ(persona(0).economics.price, before);
    EXPECT_TRUE(price->property("incomplete").toBool());
    EXPECT_EQ(undoSteps(), 0);

    margin->setFocus(); // focus leaves: the field shows the value in force again
    EXPECT_FALSE(price->property("incomplete").toBool());
    EXPECT_EQ(price->value(), before);
    EXPECT_EQ(price->cleanText(), price->textFromValue(before));
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(LiveNumberFieldTest, AnOutOfRangeValueTakesBackWhatWasTypedOnTheWay)
{
    startTyping(margin); // 75%
    QTest::keyClicks(margin, QStringLiteral("12"));
    EXPECT_EQ(persona(0).economics.grossMarginPercent, 12);
    QTest::keyClicks(margin, QStringLiteral("0"));
    // 120% is refused: the margin from before the typing is in force, not the 12 on the way.
    EXPECT_EQ(persona(0).economics.grossMarginPercent, 75);
    EXPECT_EQ(undoSteps(), 0);
    EXPECT_TRUE(margin->property("invalid").toBool());
    EXPECT_TRUE(showsError(message));
    QTest::keyClick(margin, Qt::Key_Backspace); // "12" again
    EXPECT_EQ(persona(0).economics.grossMarginPercent, 12);
    EXPECT_TRUE(message->isHidden());
    EXPECT_EQ(undoSteps(), 1);
}

TEST_F(LiveNumberFieldTest, AnEmptiedFieldShowsTheValueInForceWhenLeft)
{
    startTyping(margin); // 75%
    QTest::keyClicks(margin, QStringLiteral("120"));
    ASSERT_TRUE(margin->property("invalid").toBool());
    margin->selectAll();
    QTest::keyClick(margin, Qt::Key_Backspace); // empty: the refused 120 is gone from view
    EXPECT_TRUE(margin->property("incomplete").toBool());
    price->setFocus();
    // Not the refused 120 again: the 75 that is in force, and nothing left to explain.
    EXPECT_EQ(margin->value(), 75);
    EXPECT_FALSE(margin->property("invalid").toBool());
    EXPECT_FALSE(margin->property("incomplete").toBool());
    EXPECT_TRUE(message->isHidden());
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(LiveNumberFieldTest, ARefusedValueKeepsWhatWasSavedBeforeTheTyping)
{
    startTyping(margin); // 75%
    QTest::keyClicks(margin, QStringLiteral("60"));
    QTest::keyClick(margin, Qt::Key_Tab); // saved and left
    EXPECT_EQ(persona(0).economics.grossMarginPercent, 60);
    startTyping(margin); // the same field again, with no other edit in between
    QTest::keyClicks(margin, QStringLiteral("600"));
    // The 60 saved before stays in force, not the 75 from before the first typing.
    EXPECT_EQ(persona(0).economics.grossMarginPercent, 60);
    EXPECT_TRUE(showsError(message));
    EXPECT_EQ(undoSteps(), 1);
}

TEST_F(LiveNumberFieldTest, UndoTextNamesThePersona)
{
    startTyping(price);
    QTest::keyClicks(price, QStringLiteral("5"));
    const QString name = QString::fromStdString(original.personas[0].name);
    const QString text = doc.undoStack()->undoText();
    EXPECT_TRUE(text.contains(name)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Price"))) << text.toStdString();
}

using UndoTextTest = EditorTest;

TEST_F(UndoTextTest, EveryPersonaEditNamesThePersonaInTheHistory)
{
    const QString name = QString::fromStdString(persona(2).name);
    doc.editPersona(idAt(2), QStringLiteral("summary"), QStringLiteral("Edit Summary"),
                    [](Persona& p) { p.summary = "changed"; });
    EXPECT_EQ(doc.undoStack()->text(0), QStringLiteral("Edit Summary for “%1”").arg(name));
    // Renaming is named after the name it had before.
    doc.editPersona(idAt(2), QStringLiteral("name"), QStringLiteral("Edit Name"),
                    [](Persona& p) { p.name = "Renamed"; });
    EXPECT_TRUE(doc.undoStack()->text(1).contains(name));
}
