// SPDX-License-Identifier: GPL-3.0-or-later
// The RACE board (ui/plan/RaceBoard.h): cards are added, edited, moved (the drop's own path) and
// deleted as one undo step each, the stage texts too; gaps are marked as the plan's checks count
// them; the cards of a deleted persona stay on the board.
#include "plan/RaceBoard.h"

#include "UiTestSupport.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "plan/PlanChecks.h"
#include "plan/RaceBoardView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <set>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace race_board_test {

namespace {

const QString enterprise = QStringLiteral("7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71");
const QString degree = QStringLiteral("c3f51a08-7b6e-4d29-a4c3-8e2d1f905b6a");
const QString hotel = QStringLiteral("9b2e7d46-1f8c-4e5a-b07d-3c6a94e2f815");

Workspace sample()
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return *r.workspace;
}

int column(RaceStage stage)
{
    return static_cast<int>(stage);
}

/// The board of the sample, shown (a hidden board waits until it is shown).
struct Fixture {
    WorkspaceDocument doc;
    std::unique_ptr<RaceBoard> board;

    Fixture()
    {
        doc.reset(sample(), {});
        board = std::make_unique<RaceBoard>(&doc);
        board->resize(520, 700);
        board->show();
    }
    QModelIndex cell(const QString& personaId, RaceStage stage) const
    {
        return board->model()->index(board->model()->rowOf(personaId), column(stage));
    }
    /// The ids of a cell's cards, "t:" for tactics and "c:" for content items.
    QStringList cardsIn(const QModelIndex& cell) const
    {
        QStringList ids;
        for (const BoardCard& card : board->model()->cards(cell))
            ids << (card.kind == BoardCard::Kind::Tactic ? QStringLiteral("t:")
                                                         : QStringLiteral("c:")) +
                       board->model()->cardId(card);
        return ids;
    }
    int position(const QModelIndex& cell, const QString& key) const
    {
        return static_cast<int>(cardsIn(cell).indexOf(key));
    }
};

template <typename W> W* field(QDialog& dialog, const char* name)
{
    auto* w = dialog.findChild<W*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

} // namespace

TEST(RaceBoard, ATacticAndAContentItemAddedInACellAppearThereAsOneUndoStepEach)
{
    Fixture f;
    const QModelIndex engage = f.cell(hotel, RaceStage::Engage);
    ASSERT_TRUE(f.cardsIn(engage).isEmpty());
    QString prefilledPersona;
    int prefilledStage = -1;
    f.board->setDialogRunner([&](QDialog& dialog) {
        prefilledPersona = field<QComboBox>(dialog, "planItemPersona")->currentData().toString();
        prefilledStage = field<QComboBox>(dialog, "planItemStage")->currentData().toInt();
        if (auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("tacticName")))
            name->setText(QStringLiteral("Post-opening review visits"));
        if (auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("contentTitle")))
            title->setText(QStringLiteral("Hotel refurbishment checklist"));
        return true;
    });
    QUndoStack* undo = f.doc.undoStack();
    ASSERT_TRUE(f.board->addTacticAt(engage));
    EXPECT_EQ(prefilledPersona, hotel);
    EXPECT_EQ(prefilledStage, column(RaceStage::Engage));
    EXPECT_EQ(undo->count(), 1);
    const Tactic& added = f.doc.workspace().plan.tactics.back();
    EXPECT_EQ(added.name, "Post-opening review visits");
    EXPECT_EQ(QString::fromStdString(added.personaId), hotel);
    EXPECT_EQ(added.stage, RaceStage::Engage);
    EXPECT_EQ(f.cardsIn(f.cell(hotel, RaceStage::Engage)),
              QStringList{QStringLiteral("t:") + QString::fromStdString(added.id)});

    ASSERT_TRUE(f.board->addContentAt(f.cell(hotel, RaceStage::Engage)));
    EXPECT_EQ(undo->count(), 2); // an empty field key: the two adds never merge
    const ContentItem& item = f.doc.workspace().plan.content.back();
    EXPECT_EQ(item.title, "Hotel refurbishment checklist");
    EXPECT_EQ(f.cardsIn(f.cell(hotel, RaceStage::Engage)).size(), 2);
    // Ids are unique among the plan's tactics and content items.
    std::set<std::string> ids;
    for (const Tactic& t : f.doc.workspace().plan.tactics)
        EXPECT_TRUE(ids.insert(t.id).second) << t.id;
    for (const ContentItem& c : f.doc.workspace().plan.content)
        EXPECT_TRUE(ids.insert(c.id).second) << c.id;

    undo->undo();
    EXPECT_EQ(f.cardsIn(f.cell(hotel, RaceStage::Engage)).size(), 1);
    undo->undo();
    EXPECT_TRUE(f.cardsIn(f.cell(hotel, RaceStage::Engage)).isEmpty());
    EXPECT_EQ(f.doc.workspace().plan, sample().plan);

    // A cancelled dialog adds nothing.
    f.board->setDialogRunner([](QDialog&) { return false; });
    EXPECT_FALSE(f.board->addTacticAt(f.cell(hotel, RaceStage::Engage)));
    EXPECT_EQ(f.doc.workspace().plan, sample().plan);
}

TEST(RaceBoard, EditingACardIsOneUndoStep)
{
    Fixture f;
    const QModelIndex reach = f.cell(enterprise, RaceStage::Reach);
    const int at = f.position(reach, QStringLiteral("t:t-ent-abm"));
    ASSERT_GE(at, 0);
    f.board->setDialogRunner([](QDialog& dialog) {
        EXPECT_EQ(field<QLineEdit>(dialog, "tacticName")->text(),
                  QStringLiteral("ABM programme for 60 named accounts"));
        field<QLineEdit>(dialog, "tacticName")->setText(QStringLiteral("ABM for 80 accounts"));
        auto* status = field<QComboBox>(dialog, "tacticStatus");
        status->setCurrentIndex(status->findData(static_cast<int>(TacticStatus::Done)));
        return true;
    });
    ASSERT_TRUE(f.board->editCard(reach, at));
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    const Tactic& t = f.doc.workspace().plan.tactics.front();
    EXPECT_EQ(t.name, "ABM for 80 accounts");
    EXPECT_EQ(t.status, TacticStatus::Done);
    EXPECT_EQ(t.plannedBudget, 90000); // the fields not touched stay as they were
    ASSERT_TRUE(t.actualBudget.has_value());
    EXPECT_EQ(*t.actualBudget, 41000);
    EXPECT_EQ(t.channelId, "abm");
    EXPECT_EQ(t.keyResultId, "kr-enterprise-sqls");
    EXPECT_EQ(t.start, "2027-01-04");
    f.doc.undoStack()->undo();
    EXPECT_EQ(f.doc.workspace().plan, sample().plan);

    // Enter on the current card opens the same dialog.
    int asked = 0;
    f.board->setDialogRunner([&](QDialog&) {
        ++asked;
        return false;
    });
    f.board->view()->setCurrent(f.cell(enterprise, RaceStage::Reach), at);
    QTest::keyClick(f.board->view(), Qt::Key_Return);
    EXPECT_EQ(asked, 1);
}

TEST(RaceBoard, DeletingACardIsOneStepAndUndoBringsItBack)
{
    Fixture f;
    const QModelIndex act = f.cell(degree, RaceStage::Act);
    const QStringList before = f.cardsIn(act);
    ASSERT_TRUE(before.contains(QStringLiteral("c:c-deg-stories")));
    f.board->view()->setFocus();
    f.board->view()->setCurrent(act, f.position(act, QStringLiteral("c:c-deg-stories")));
    QTest::keyClick(f.board->view(), Qt::Key_Delete);
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    EXPECT_FALSE(
        f.cardsIn(f.cell(degree, RaceStage::Act)).contains(QStringLiteral("c:c-deg-stories")));
    EXPECT_EQ(f.doc.workspace().plan.content.size(), sample().plan.content.size() - 1);
    f.doc.undoStack()->undo();
    EXPECT_EQ(f.cardsIn(f.cell(degree, RaceStage::Act)), before);
    EXPECT_EQ(f.doc.workspace().plan, sample().plan);
}

TEST(RaceBoard, DroppingACardOnAnotherCellMovesItToThatPersonaAndStageAsOneStep)
{
    Fixture f;
    const QModelIndex from = f.cell(degree, RaceStage::Reach);
    ASSERT_TRUE(f.cardsIn(from).contains(QStringLiteral("t:t-deg-search")));
    const QModelIndex to = f.cell(hotel, RaceStage::Engage);
    RaceBoardView* view = f.board->view();
    view->scrollTo(to);
    const QPoint target = view->visualRect(to).center();
    // The drop as the window system delivers it, with what a drag of the card carries.
    QMimeData mime;
    mime.setData(QString::fromLatin1(RaceBoardView::mimeType), QByteArrayLiteral("t:t-deg-search"));
    QDragEnterEvent enter(target, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(target), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    EXPECT_FALSE(
        f.cardsIn(f.cell(degree, RaceStage::Reach)).contains(QStringLiteral("t:t-deg-search")));
    EXPECT_TRUE(
        f.cardsIn(f.cell(hotel, RaceStage::Engage)).contains(QStringLiteral("t:t-deg-search")));
    const Tactic* moved = nullptr;
    for (const Tactic& t : f.doc.workspace().plan.tactics)
        if (t.id == "t-deg-search")
            moved = &t;
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(QString::fromStdString(moved->personaId), hotel);
    EXPECT_EQ(moved->stage, RaceStage::Engage);
    // The selection follows the card.
    EXPECT_EQ(view->currentIndex(), f.cell(hotel, RaceStage::Engage));
    f.doc.undoStack()->undo();
    EXPECT_EQ(f.doc.workspace().plan, sample().plan);

    // A content item moves the same way, to another stage of the same persona; a drop on its
    // own cell changes nothing.
    EXPECT_TRUE(
        f.board->moveCard(QStringLiteral("c:c-deg-fees"), f.cell(degree, RaceStage::Engage)));
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    EXPECT_TRUE(
        f.cardsIn(f.cell(degree, RaceStage::Engage)).contains(QStringLiteral("c:c-deg-fees")));
    EXPECT_FALSE(
        f.board->moveCard(QStringLiteral("c:c-deg-fees"), f.cell(degree, RaceStage::Engage)));
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
}

TEST(RaceBoard, EmptyCellsThePlanCountsAsGapsAreMarked)
{
    Fixture f;
    const RaceBoardModel* model = f.board->model();
    const auto gaps = plan::findContentGaps(f.doc.workspace());
    ASSERT_FALSE(gaps.empty());
    std::set<std::pair<std::string, int>> expected;
    for (const auto& g : gaps)
        expected.emplace(g.personaId, column(g.stage));
    int marked = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex at = model->index(r, c);
            const bool gap = at.data(RaceBoardModel::GapRole).toBool();
            EXPECT_EQ(gap, expected.contains({model->personaIdAt(r).toStdString(), c}))
                << r << ", " << c;
            marked += gap ? 1 : 0;
            if (gap) {
                EXPECT_TRUE(
                    at.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("gap")));
            }
        }
    EXPECT_EQ(marked, static_cast<int>(gaps.size()));
    EXPECT_TRUE(f.cell(hotel, RaceStage::Engage).data(RaceBoardModel::GapRole).toBool());
    // A card in the cell closes the gap.
    f.board->moveCard(QStringLiteral("t:t-hot-expo"), f.cell(hotel, RaceStage::Engage));
    EXPECT_FALSE(f.cell(hotel, RaceStage::Engage).data(RaceBoardModel::GapRole).toBool());
}

TEST(RaceBoard, AStageTextEditIsOneUndoStep)
{
    Fixture f;
    f.board->setDialogRunner([](QDialog& dialog) {
        auto* strategy = field<QPlainTextEdit>(dialog, "stageStrategy");
        EXPECT_TRUE(strategy->toPlainText().startsWith(QStringLiteral("Keep customers buying")));
        strategy->setPlainText(QStringLiteral("Turn customers into references."));
        field<QPlainTextEdit>(dialog, "stageActions")
            ->setPlainText(QStringLiteral("Referral scheme."));
        return true;
    });
    ASSERT_TRUE(f.board->editStage(RaceStage::Engage));
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    const RaceStagePlan& engage = f.doc.workspace().plan.stages[column(RaceStage::Engage)];
    EXPECT_EQ(engage.strategy, "Turn customers into references.");
    EXPECT_EQ(engage.actions, "Referral scheme.");
    EXPECT_EQ(engage.opportunity, sample().plan.stages[column(RaceStage::Engage)].opportunity);
    EXPECT_TRUE(f.board->model()
                    ->headerData(column(RaceStage::Engage), Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Turn customers into references.")));
    f.doc.undoStack()->undo();
    EXPECT_EQ(f.doc.workspace().plan, sample().plan);
}

TEST(RaceBoard, TheCardsOfADeletedPersonaStayVisible)
{
    Fixture f;
    const int before = f.board->model()->rowCount();
    f.doc.removePersonas({degree});
    RaceBoardModel* model = f.board->model();
    // One persona less, one row for the cards whose persona is gone.
    ASSERT_EQ(model->rowCount(), before);
    const int last = model->rowCount() - 1;
    EXPECT_TRUE(model->isOrphanRow(last));
    EXPECT_EQ(model->headerData(last, Qt::Vertical, Qt::DisplayRole).toString(),
              QStringLiteral("Persona no longer in the workspace"));
    const QStringList reach = f.cardsIn(model->index(last, column(RaceStage::Reach)));
    EXPECT_TRUE(reach.contains(QStringLiteral("t:t-deg-search")));
    EXPECT_TRUE(reach.contains(QStringLiteral("t:t-deg-stories")));
    EXPECT_TRUE(f.cardsIn(model->index(last, column(RaceStage::Engage)))
                    .contains(QStringLiteral("c:c-deg-alumni")));
    // Dragged to a persona's row, the card takes that persona.
    EXPECT_TRUE(
        f.board->moveCard(QStringLiteral("t:t-deg-search"), f.cell(hotel, RaceStage::Reach)));
    EXPECT_TRUE(
        f.cardsIn(f.cell(hotel, RaceStage::Reach)).contains(QStringLiteral("t:t-deg-search")));
    // Nothing is added to, or dropped on, that row.
    EXPECT_FALSE(f.board->addTacticAt(model->index(last, column(RaceStage::Act))));
    EXPECT_FALSE(f.board->moveCard(QStringLiteral("t:t-hot-expo"), model->index(last, 1)));
}

TEST(RaceBoard, ArrowKeysMoveBetweenTheCardsOfACellThenOnToTheNextCell)
{
    Fixture f;
    RaceBoardView* view = f.board->view();
    const QModelIndex reach = f.cell(degree, RaceStage::Reach);
    ASSERT_EQ(f.cardsIn(reach).size(), 2);
    view->setCurrent(reach, 0);
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(view->currentIndex(), reach);
    EXPECT_EQ(view->currentCard(), 1);
    QTest::keyClick(view, Qt::Key_Down); // past the last card: the cell below
    EXPECT_EQ(view->currentIndex(), f.cell(hotel, RaceStage::Reach));
    EXPECT_EQ(view->currentCard(), 0);
    QTest::keyClick(view, Qt::Key_Up); // back up: the last card of the cell above
    EXPECT_EQ(view->currentIndex(), reach);
    EXPECT_EQ(view->currentCard(), 1);
    QTest::keyClick(view, Qt::Key_Up);
    EXPECT_EQ(view->currentCard(), 0);
}

TEST(RaceBoard, AHiddenBoardCatchesUpWhenShown)
{
    Fixture f;
    f.board->hide();
    f.doc.editPlan(QString(), QStringLiteral("Move"), [](Plan& p) {
        for (Tactic& t : p.tactics)
            if (t.id == "t-hot-expo")
                t.stage = RaceStage::Engage;
    });
    f.board->show();
    EXPECT_TRUE(
        f.cardsIn(f.cell(hotel, RaceStage::Engage)).contains(QStringLiteral("t:t-hot-expo")));
}

} // namespace race_board_test
