// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's checks as links (issue 18): a check about a tactic lands on its card on the RACE
// board; the plan's pages share one analysis, so an edit is analysed once whichever page shows.
#include "UiTestSupport.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "plan/PlanAnalysisSource.h"
#include "plan/PlanPanel.h"
#include "plan/RaceBoard.h"
#include "plan/RaceBoardView.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_check_links_test {

namespace {

Workspace sample()
{
    const auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r.workspace : Workspace{};
}

QListWidgetItem* checkContaining(QListWidget* checks, const QString& text)
{
    for (int i = 0; i < checks->count(); ++i)
        if (checks->item(i)->text().contains(text))
            return checks->item(i);
    return nullptr;
}

} // namespace

TEST(PlanCheckLinks, ACheckAboutATacticLandsOnItsCardOnTheBoard)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    PlanPanel panel(&doc);
    panel.resize(700, 900);
    panel.show();
    auto* checks = panel.findChild<QListWidget*>(QStringLiteral("planChecks"));
    ASSERT_NE(checks, nullptr);
    // The loyalty stamps run to 2027-04-15, past the first quarter.
    QListWidgetItem* outside = checkContaining(checks, QStringLiteral("Loyalty app stamps"));
    ASSERT_NE(outside, nullptr);
    Q_EMIT checks->itemActivated(outside);

    auto* board = qobject_cast<RaceBoard*>(panel.tabs()->currentWidget());
    ASSERT_NE(board, nullptr) << "the board is not the current page";
    const QModelIndex current = board->view()->currentIndex();
    ASSERT_TRUE(current.isValid());
    const int position = board->view()->currentCard();
    ASSERT_GE(position, 0);
    const BoardCard card = board->model()->cards(current)[static_cast<std::size_t>(position)];
    ASSERT_EQ(card.kind, BoardCard::Kind::Tactic);
    EXPECT_EQ(doc.workspace().plan.tactics[card.index].id, "t-snack-loyalty");
}

TEST(PlanCheckLinks, ThePlanIsAnalysedOncePerEditWhicheverPageShows)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    PlanPanel panel(&doc);
    panel.resize(700, 900);
    panel.show();
    for (int page = 0; page < panel.tabs()->count(); ++page) {
        panel.tabs()->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const int before = panel.analysisSource()->computations();
        doc.editPersona(QString::fromStdString(doc.workspace().personas[0].id),
                        QStringLiteral("pipeline.conversion"), QStringLiteral("Change conversion"),
                        [page](Persona& p) { p.pipeline.back().conversionPercent = 10 + page; });
        QCoreApplication::processEvents();
        // The Targets page and the page in front both show the edit, from one analysis.
        EXPECT_EQ(panel.analysisSource()->computations(), before + 1)
            << panel.tabs()->tabText(page).toStdString();
    }
}

} // namespace plan_check_links_test
