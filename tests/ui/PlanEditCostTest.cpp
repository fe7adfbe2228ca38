// SPDX-License-Identifier: GPL-3.0-or-later
// Typing with a plan page in front (issue 18's edit → painted budget): each page updates what an
// edit changed and keeps the rest. An edit that moves nothing on a page resets no model, rebuilds
// no chart and keeps the reader's selection; the timeline makes series only for the personas it
// draws. (The time itself is measured in bench/, BM_EditWithPlanShown.)
#include "UiTestSupport.h"
#include "charts/PlanTimelineChart.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "plan/ObjectivesModel.h"
#include "plan/ObjectivesView.h"
#include "plan/PlanAnalysisSource.h"
#include "plan/PlanPanel.h"
#include "plan/RaceBoard.h"
#include "plan/RaceBoardModel.h"
#include "plan/RaceBoardView.h"
#include "plan/TimelineView.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QSignalSpy>
#include <QUuid>
#include <QtCharts/QChart>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

const QString degree = QStringLiteral("c3f51a08-7b6e-4d29-a4c3-8e2d1f905b6a"); // a target, KRs

Workspace sample()
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r.workspace : Workspace{};
}

void editPrice(WorkspaceDocument& doc, const QString& id, double price)
{
    doc.editPersona(id, QStringLiteral("economics.price"), QStringLiteral("Change price"),
                    [price](Persona& p) { p.economics.price = price; });
}

void editConversion(WorkspaceDocument& doc, const QString& id, double factor)
{
    doc.editPersona(id, QStringLiteral("pipeline.conversion"), QStringLiteral("Change conversion"),
                    [factor](Persona& p) { p.pipeline.back().conversionPercent *= factor; });
}

} // namespace

TEST(PlanEditCost, TheTimelineMakesSeriesOnlyForThePersonasItDraws)
{
    WorkspaceDocument doc;
    Workspace ws = sample();
    doc.reset(ws, {});
    TimelineView view(&doc);
    view.resize(900, 600);
    view.show();
    const auto seriesBefore = view.chart()->chart()->series().size();
    ASSERT_GT(seriesBefore, 0);
    // Two hundred more personas without tactics: nothing more to draw, so no more series.
    const Persona model = ws.personas.front();
    for (int i = 0; i < 200; ++i) {
        Persona p = model;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        p.name = "Copy " + std::to_string(i);
        ws.personas.push_back(p);
    }
    doc.reset(ws, {});
    QCoreApplication::processEvents();
    EXPECT_EQ(view.chart()->chart()->series().size(), seriesBefore);
    EXPECT_FALSE(view.chart()->isEmpty());
}

TEST(PlanEditCost, AnEditThatMovesNothingOnTheTimelineRedrawsNothing)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    TimelineView view(&doc);
    view.resize(900, 600);
    view.show();
    QSignalSpy redrawn(view.chart(), &charts::ComparisonChart::contentChanged);
    // The price enters no date of the timeline.
    editPrice(doc, degree, 12345);
    QCoreApplication::processEvents();
    EXPECT_EQ(redrawn.count(), 0);
    // A stage's length moves the persona's latest lead-entry dates: that is redrawn.
    doc.editPersona(degree, QStringLiteral("pipeline.days"), QStringLiteral("Change days"),
                    [](Persona& p) { p.pipeline.front().maxDays += 30; });
    QCoreApplication::processEvents();
    EXPECT_EQ(redrawn.count(), 1);
}

TEST(PlanEditCost, ObjectivesUpdateTheRowsAnEditChangesWithoutResettingTheTree)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    ObjectivesView view(&doc);
    view.show();
    const QString id = QStringLiteral("kr-degree-enquiries"); // derived from the degree's funnel
    const QModelIndex row = view.model()->keyResultIndex(id);
    ASSERT_TRUE(row.isValid());
    const QString before = row.siblingAtColumn(ObjectivesModel::ValuesColumn).data().toString();
    QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(view.model(), &QAbstractItemModel::dataChanged);

    editPrice(doc, degree, 12345); // moves no objective
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(changed.count(), 0);

    editConversion(doc, degree, 0.5); // doubles the derived target
    EXPECT_EQ(reset.count(), 0);
    ASSERT_GE(changed.count(), 1);
    bool rowAnnounced = false;
    for (const auto& args : changed)
        rowAnnounced =
            rowAnnounced || args.at(0).toModelIndex() == view.model()->keyResultIndex(id);
    EXPECT_TRUE(rowAnnounced);
    EXPECT_NE(row.siblingAtColumn(ObjectivesModel::ValuesColumn).data().toString(), before);

    // A new objective changes the tree's shape: a reset.
    Objective added;
    added.id = "o-new";
    added.title = "New objective";
    doc.editPlan(QStringLiteral("objectives"), QStringLiteral("Add objective"),
                 [&](Plan& p) { p.objectives.push_back(added); });
    EXPECT_EQ(reset.count(), 1);
    EXPECT_TRUE(view.model()->objectiveIndex(QStringLiteral("o-new")).isValid());
}

TEST(PlanEditCost, TheBoardRepaintsAPersonaEditAndKeepsTheSelectedCard)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    RaceBoard board(&doc);
    board.resize(520, 700);
    board.show();
    RaceBoardModel* model = board.model();
    QModelIndex withCard;
    for (int r = 0; r < model->rowCount() && !withCard.isValid(); ++r)
        for (int c = 0; c < model->columnCount() && !withCard.isValid(); ++c)
            if (!model->cards(model->index(r, c)).empty())
                withCard = model->index(r, c);
    ASSERT_TRUE(withCard.isValid());
    board.view()->setCurrent(withCard, 0);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    editPrice(doc, model->personaIdAt(withCard.row()), 999);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_GE(changed.count(), 1); // repainted: a card may show a persona-dependent figure
    EXPECT_EQ(board.view()->currentIndex(), withCard);
    EXPECT_EQ(board.view()->currentCard(), 0);

    // Moving a card to another stage moves cards: a reset, and the rows fit their cards again.
    doc.editPlan(QStringLiteral("tactics"), QStringLiteral("Move"), [](Plan& p) {
        p.tactics.front().stage =
            p.tactics.front().stage == RaceStage::Reach ? RaceStage::Engage : RaceStage::Reach;
    });
    EXPECT_EQ(reset.count(), 1);
}

TEST(PlanEditCost, APersonaEditRepaintsOnlyThatPersonasRowOfTheBoard)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    RaceBoard board(&doc);
    board.resize(520, 700);
    board.show();
    RaceBoardModel* model = board.model();
    ASSERT_GT(model->rowCount(), 2);
    const QString first = model->personaIdAt(0);
    const QString second = model->personaIdAt(1);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);

    editPrice(doc, second, 999);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 1);
    ASSERT_EQ(headers.count(), 1);
    EXPECT_EQ(headers.at(0).at(1).toInt(), 1);
    EXPECT_EQ(headers.at(0).at(2).toInt(), 1);

    // Two personas edited while the board is hidden: shown again, it repaints every row.
    board.hide();
    changed.clear();
    editPrice(doc, first, 998);
    editPrice(doc, second, 997);
    board.show();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), model->rowCount() - 1);
}

TEST(PlanEditCost, ARenamedPersonaShowsOnItsRowWithoutARebuild)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    RaceBoard board(&doc);
    board.resize(520, 700);
    board.show();
    RaceBoardModel* model = board.model();
    ASSERT_GT(model->rowCount(), 1);
    const QString id = model->personaIdAt(1);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    doc.editPersona(id, QStringLiteral("name"), QStringLiteral("Rename"),
                    [](Persona& p) { p.name = "Renamed persona"; });
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model->headerData(1, Qt::Vertical, Qt::DisplayRole).toString(),
              QStringLiteral("Renamed persona"));
    EXPECT_TRUE(model->data(model->index(1, 0), Qt::DisplayRole)
                    .toString()
                    .startsWith(QStringLiteral("Renamed persona")));
    EXPECT_EQ(model->personaIdAt(1), id);
}

TEST(PlanEditCost, TheBoardsRowHeadersKeepTheirSizeHintUntilANameChanges)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    RaceBoard board(&doc);
    board.resize(520, 700);
    board.show();
    QCoreApplication::processEvents();
    QHeaderView* header = board.view()->verticalHeader();
    // The board's header remembers its hint; QHeaderView's own measures whenever told to.
    const auto fresh = [header] { return header->QHeaderView::sizeHint(); };
    EXPECT_EQ(header->sizeHint(), fresh());
    const QString id = board.model()->personaIdAt(0);

    editPrice(doc, id, 4321);
    EXPECT_EQ(header->sizeHint(), fresh());
    doc.editPersona(id, QStringLiteral("name"), QStringLiteral("Rename"), [](Persona& p) {
        p.name = "A persona whose name is much longer than any other one on the board";
    });
    EXPECT_EQ(header->sizeHint(), fresh());
    doc.editPersona(id, QStringLiteral("name"), QStringLiteral("Rename"),
                    [](Persona& p) { p.name = "P"; });
    EXPECT_EQ(header->sizeHint(), fresh());
    // Cards moved: the model is reset.
    doc.editPlan(QStringLiteral("tactics"), QStringLiteral("Move"), [](Plan& p) {
        p.tactics.front().stage =
            p.tactics.front().stage == RaceStage::Reach ? RaceStage::Engage : RaceStage::Reach;
    });
    EXPECT_EQ(header->sizeHint(), fresh());
}

TEST(PlanEditCost, TheChecksListKeepsItsItemsAndRewritesOnlyTheChangedOnes)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    PlanPanel panel(&doc);
    panel.resize(700, 900);
    panel.show();
    auto* checks = panel.findChild<QListWidget*>(QStringLiteral("planChecks"));
    ASSERT_NE(checks, nullptr);
    ASSERT_GT(checks->count(), 1);
    std::vector<QListWidgetItem*> items;
    QStringList texts;
    for (int i = 0; i < checks->count(); ++i) {
        items.push_back(checks->item(i));
        texts << checks->item(i)->text();
    }
    editPrice(doc, degree, 12345);
    QCoreApplication::processEvents();
    ASSERT_EQ(checks->count(), static_cast<int>(items.size()));
    for (int i = 0; i < checks->count(); ++i)
        EXPECT_EQ(checks->item(i), items[static_cast<std::size_t>(i)]) << i;

    // Every check, whatever the edit, reads what the analysis says now.
    editConversion(doc, degree, 0.01);
    QCoreApplication::processEvents();
    const auto& now = panel.analysisSource()->analysis().checks;
    ASSERT_EQ(checks->count(), static_cast<int>(now.size()));
    for (std::size_t i = 0; i < now.size(); ++i) {
        EXPECT_EQ(checks->item(static_cast<int>(i))->text(), now[i].message);
        EXPECT_EQ(checks->item(static_cast<int>(i))->data(Qt::UserRole).toString(),
                  QString::fromStdString(now[i].personaId));
    }
    QStringList after;
    for (int i = 0; i < checks->count(); ++i)
        after << checks->item(i)->text();
    EXPECT_NE(after, texts); // the edit changed the checks: the test saw the update path
}
