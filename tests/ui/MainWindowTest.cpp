// SPDX-License-Identifier: GPL-3.0-or-later
// The window's file handling through its actions: open, save, save as, the modified mark,
// unsaved-changes questions, backups, failed open and save, recovery after a crash.
#include "window/MainWindow.h"

#include "ScriptedPrompts.h"
#include "UiTestSupport.h"
#include "charts/ChartCard.h"
#include "charts/ChartId.h"
#include "charts/ChartView.h"
#include "charts/ComparisonChart.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "list/PersonaListPanel.h"
#include "window/ComparisonPanel.h"
#include "window/FileController.h"
#include "window/RecoveryManager.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>
#include <QtCharts/QChart>
#include <gtest/gtest.h>

using namespace b2x;
using test::ScriptedPrompts;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(dir.isValid());
        QFile::copy(test::samplePath(), workPath());
        QFile::setPermissions(workPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        window = std::make_unique<MainWindow>(&prompts, dir.filePath(QStringLiteral("recovery")));
    }

    QString workPath() const { return dir.filePath(QStringLiteral("work.b2x")); }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    void renameFirstPersona(const std::string& name)
    {
        WorkspaceDocument* doc = window->document();
        doc->editPersona(QString::fromStdString(doc->workspace().personas.at(0).id),
                         QStringLiteral("name"), QStringLiteral("Rename"),
                         [&](Persona& p) { p.name = name; });
    }

    QTemporaryDir dir;
    ScriptedPrompts prompts;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowTest, OpensThroughTheActionAndShowsTheFileInTheTitle)
{
    prompts.openPath = workPath();
    action("actionOpen")->trigger();
    EXPECT_EQ(window->document()->filePath(), workPath());
    EXPECT_EQ(window->document()->workspace().personas.size(), 7u);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("work.b2x[*]")));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(window->personaList()->view()->model()->rowCount(), 7);
    EXPECT_EQ(window->files()->recentFiles(), QStringList{workPath()});
}

TEST_F(MainWindowTest, ModifiedMarkFollowsEditsUndoAndSave)
{
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Renamed");
    EXPECT_TRUE(window->isWindowModified());
    action("actionUndo")->trigger();
    EXPECT_FALSE(window->isWindowModified());
    action("actionRedo")->trigger();
    EXPECT_TRUE(window->isWindowModified());
    action("actionSave")->trigger();
    EXPECT_FALSE(window->isWindowModified());
    const LoadResult saved = WorkspaceReader::readFile(workPath());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.workspace->personas[0].name, "Renamed");
}

TEST_F(MainWindowTest, FirstSaveKeepsThePreviousVersionAsBak)
{
    const QByteArray original = test::readBytes(workPath());
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("First");
    action("actionSave")->trigger();
    EXPECT_EQ(test::readBytes(workPath() + QStringLiteral(".bak")), original);
    renameFirstPersona("Second");
    action("actionSave")->trigger();
    // Only the first save of the session backs up: the .bak still holds the original.
    EXPECT_EQ(test::readBytes(workPath() + QStringLiteral(".bak")), original);
}

TEST_F(MainWindowTest, SaveAsWritesANewFileAndSwitchesToIt)
{
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Elsewhere");
    prompts.savePath = dir.filePath(QStringLiteral("copy.b2x"));
    action("actionSaveAs")->trigger();
    EXPECT_EQ(window->document()->filePath(), prompts.savePath);
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_TRUE(WorkspaceReader::readFile(prompts.savePath).ok());
    EXPECT_EQ(WorkspaceReader::readFile(workPath()).workspace->personas[0].name,
              "Enterprise software buying committee");
}

TEST_F(MainWindowTest, FailedSaveSaysWhyAndStaysModified)
{
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Unsaved");
    prompts.savePath = dir.filePath(QStringLiteral("missing-folder/x.b2x"));
    action("actionSaveAs")->trigger();
    ASSERT_EQ(prompts.errors.size(), 1);
    EXPECT_TRUE(prompts.errors[0].contains(QStringLiteral("was not saved")));
    EXPECT_TRUE(window->document()->isModified());
    EXPECT_EQ(window->document()->filePath(), workPath());
}

TEST_F(MainWindowTest, FailedOpenLeavesTheCurrentWorkspaceUntouched)
{
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Keep me");
    const Workspace before = window->document()->workspace();
    const QString broken = dir.filePath(QStringLiteral("broken.b2x"));
    QFile f(broken);
    f.open(QIODevice::WriteOnly);
    f.write("{\"format\": \"b2x-workspace\", \"formatVersion\": 1, \"name\": ");
    f.close();
    EXPECT_FALSE(window->openFile(broken));
    ASSERT_EQ(prompts.errors.size(), 1);
    EXPECT_TRUE(prompts.errors[0].contains(QStringLiteral("line 1, column")));
    EXPECT_EQ(prompts.unsavedQuestions, 0); // not asked: nothing would replace the workspace
    EXPECT_EQ(window->document()->workspace(), before);
    EXPECT_TRUE(window->document()->isModified());
}

TEST_F(MainWindowTest, UnsavedChangesAskSaveDiscardOrCancel)
{
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Pending");

    prompts.unsavedAnswers = {UserPrompts::Unsaved::Cancel};
    action("actionNew")->trigger();
    EXPECT_EQ(window->document()->workspace().personas.size(), 7u);
    EXPECT_TRUE(window->document()->isModified());

    prompts.unsavedAnswers = {UserPrompts::Unsaved::Discard};
    action("actionNew")->trigger();
    EXPECT_TRUE(window->document()->workspace().personas.empty());
    EXPECT_EQ(WorkspaceReader::readFile(workPath()).workspace->personas[0].name,
              "Enterprise software buying committee");

    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Saved on close");
    prompts.unsavedAnswers = {UserPrompts::Unsaved::Save};
    EXPECT_TRUE(window->close());
    EXPECT_EQ(WorkspaceReader::readFile(workPath()).workspace->personas[0].name, "Saved on close");
}

TEST_F(MainWindowTest, CloseIsRefusedWhenTheUserCancels)
{
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Pending");
    prompts.unsavedAnswers = {UserPrompts::Unsaved::Cancel};
    window->show();
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
}

TEST_F(MainWindowTest, AddDuplicateAndDeletePersonasAreUndoable)
{
    ASSERT_TRUE(window->openFile(workPath()));
    WorkspaceDocument* doc = window->document();
    action("actionAddPersona")->trigger();
    ASSERT_EQ(doc->workspace().personas.size(), 8u);
    EXPECT_EQ(window->personaList()->currentPersonaId(),
              QString::fromStdString(doc->workspace().personas.back().id));
    action("actionDuplicatePersona")->trigger();
    ASSERT_EQ(doc->workspace().personas.size(), 9u);
    EXPECT_NE(doc->workspace().personas[8].id, doc->workspace().personas[7].id);
    action("actionDeletePersona")->trigger();
    EXPECT_EQ(doc->workspace().personas.size(), 8u);
    action("actionUndo")->trigger();
    action("actionUndo")->trigger();
    action("actionUndo")->trigger();
    EXPECT_EQ(doc->workspace().personas.size(), 7u);
    EXPECT_FALSE(doc->isModified());
}

TEST_F(MainWindowTest, SelectionIsViewStateThatDoesNotDirty)
{
    ASSERT_TRUE(window->openFile(workPath()));
    const auto& ps = window->document()->workspace().personas;
    const QStringList ids{QString::fromStdString(ps[0].id), QString::fromStdString(ps[3].id)};
    window->personaList()->selectPersonas(ids, ids[0]);
    const auto& compared = window->document()->workspace().view.comparedPersonaIds;
    ASSERT_EQ(compared.size(), 2u);
    EXPECT_EQ(compared[1], ps[3].id);
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(MainWindowTest, DroppingAFileOpensIt)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(workPath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    EXPECT_EQ(window->document()->filePath(), workPath());
}

TEST_F(MainWindowTest, RecoveryCopyIsWrittenWhileModifiedAndRemovedOnSave)
{
    ASSERT_TRUE(window->openFile(workPath()));
    RecoveryManager* recovery = window->recovery();
    EXPECT_TRUE(recovery->writeNow());
    EXPECT_FALSE(QFile::exists(recovery->ownRecoveryFile())); // nothing unsaved, nothing written
    renameFirstPersona("Protected");
    ASSERT_TRUE(recovery->writeNow());
    ASSERT_TRUE(QFile::exists(recovery->ownRecoveryFile()));
    EXPECT_EQ(WorkspaceReader::readFile(recovery->ownRecoveryFile()).workspace->personas[0].name,
              "Protected");
    // The user's file is never touched by the recovery copy.
    EXPECT_EQ(test::readBytes(workPath()), test::readBytes(test::samplePath()));
    action("actionSave")->trigger();
    EXPECT_FALSE(QFile::exists(recovery->ownRecoveryFile()));
}

TEST_F(MainWindowTest, RecoveryAfterACrashRestoresAsAnUndoableChange)
{
    // Simulate a crashed session: its recovery copy stays behind, owned by a process that no
    // longer exists.
    ASSERT_TRUE(window->openFile(workPath()));
    renameFirstPersona("Crashed edit");
    ASSERT_TRUE(window->recovery()->writeNow());
    const QString own = window->recovery()->ownRecoveryFile();
    const QString copy = dir.filePath(QStringLiteral("recovery/crashed-session.b2x"));
    ASSERT_TRUE(QFile::copy(own, copy));
    QJsonObject m =
        QJsonDocument::fromJson(test::readBytes(own.chopped(4) + QStringLiteral(".json"))).object();
    EXPECT_EQ(m[QStringLiteral("originalPath")].toString(), workPath());
    m[QStringLiteral("pid")] = 999999999; // no such process
    QFile mf(dir.filePath(QStringLiteral("recovery/crashed-session.json")));
    ASSERT_TRUE(mf.open(QIODevice::WriteOnly));
    mf.write(QJsonDocument(m).toJson());
    mf.close();
    window->document()->undoStack()->setClean();
    window.reset();
    ASSERT_TRUE(QFile::exists(copy));

    // "Later" keeps the copy for the next start.
    {
        ScriptedPrompts later;
        MainWindow next(&later, dir.filePath(QStringLiteral("recovery")));
        later.recoveryAnswers = {UserPrompts::Recovery::Later};
        next.files()->offerRecovery();
        EXPECT_EQ(later.recoveryQuestions, 1);
        EXPECT_TRUE(QFile::exists(copy));
        next.document()->undoStack()->setClean();
    }
    ScriptedPrompts again;
    MainWindow restored(&again, dir.filePath(QStringLiteral("recovery")));
    again.recoveryAnswers = {UserPrompts::Recovery::Restore};
    restored.files()->offerRecovery();
    WorkspaceDocument* doc = restored.document();
    EXPECT_EQ(doc->workspace().personas[0].name, "Crashed edit");
    EXPECT_EQ(doc->filePath(), workPath());
    EXPECT_TRUE(doc->isModified());
    EXPECT_FALSE(QFile::exists(copy));
    doc->undoStack()->undo(); // back to what is on disk
    EXPECT_EQ(doc->workspace().personas[0].name, "Enterprise software buying committee");
    doc->undoStack()->setClean();
}

TEST_F(MainWindowTest, DiscardingARecoveryCopyDeletesIt)
{
    QDir().mkpath(dir.filePath(QStringLiteral("recovery")));
    const QString base = dir.filePath(QStringLiteral("recovery/old-session"));
    QFile::copy(test::samplePath(), base + QStringLiteral(".b2x"));
    QFile meta(base + QStringLiteral(".json"));
    ASSERT_TRUE(meta.open(QIODevice::WriteOnly));
    meta.write(R"({"originalPath": "", "savedAt": "2026-11-20T10:00:00Z", "pid": 999999999})");
    meta.close();
    prompts.recoveryAnswers = {UserPrompts::Recovery::Discard};
    window->files()->offerRecovery();
    EXPECT_EQ(prompts.recoveryQuestions, 1);
    EXPECT_FALSE(QFile::exists(base + QStringLiteral(".b2x")));
    EXPECT_FALSE(QFile::exists(base + QStringLiteral(".json")));
}

TEST_F(MainWindowTest, ShortcutsHaveLinuxFallbacks)
{
    EXPECT_FALSE(action("actionSaveAs")->shortcut().isEmpty());
    EXPECT_FALSE(action("actionQuit")->shortcut().isEmpty());
    EXPECT_FALSE(action("actionPreferences")->shortcut().isEmpty());
    EXPECT_FALSE(action("actionUndo")->shortcut().isEmpty());
}

TEST_F(MainWindowTest, EveryChartFillsItsCardAfterOpening)
{
    // At start-up the radar and the B2B index were once drawn as a strip a hundred pixels tall
    // in the middle of their cards, until the dock was resized.
    window->resize(1440, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_TRUE(window->openFile(workPath()));
    QTest::qWait(100);
    std::size_t drawn = 0;
    for (charts::ChartId id : charts::allChartIds) {
        SCOPED_TRACE(charts::chartKey(id).toStdString());
        charts::ChartCard* card = window->comparison()->card(id);
        ASSERT_NE(card, nullptr);
        const charts::ChartView* view = card->view();
        if (!view->isVisible())
            continue; // the table or the empty state is shown instead
        ++drawn;
        const QSizeF chart = view->chart()->size();
        EXPECT_NEAR(chart.height(), view->viewport()->height(), 2);
        EXPECT_NEAR(chart.width(), view->viewport()->width(), 2);
        EXPECT_GE(view->height(), card->chart()->preferredHeight() - 2);
    }
    EXPECT_EQ(drawn, charts::allChartIds.size()); // the sample draws every chart
}

TEST_F(MainWindowTest, HistoryListsEveryEditWhenShownAndIsIdleWhenHidden)
{
    // The History view lays out its whole list on every edit, so it follows the undo stack only
    // while its dock is on screen; brought forward, it must still show every step.
    window->resize(1440, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_TRUE(window->openFile(workPath()));
    auto* history = window->findChild<QUndoView*>(QStringLiteral("historyView"));
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("historyDock"));
    ASSERT_NE(history, nullptr);
    ASSERT_NE(dock, nullptr);
    QCoreApplication::processEvents();
    EXPECT_EQ(history->stack(), nullptr); // behind the Comparison tab at start
    renameFirstPersona("One");
    renameFirstPersona("Two"); // merges with the rename before
    window->document()->editPersona(
        QString::fromStdString(window->document()->workspace().personas.at(1).id),
        QStringLiteral("price"), QStringLiteral("Price"),
        [](Persona& p) { p.economics.price = 7; });

    dock->raise();
    QCoreApplication::processEvents();
    ASSERT_EQ(history->stack(), window->document()->undoStack());
    // "<opened>" plus the two steps, the last one current.
    ASSERT_EQ(history->model()->rowCount(), 3);
    // Each step names the persona it changed (as it was named before the step).
    EXPECT_EQ(history->model()->index(1, 0).data().toString(),
              QStringLiteral("Rename for “Enterprise software buying committee”"));
    EXPECT_EQ(history->model()->index(2, 0).data().toString(),
              QStringLiteral("Price for “Small-business SEO tool subscriber”"));
    EXPECT_EQ(history->currentIndex().row(), 2);
    // Clicking a step in the list still undoes to it.
    history->setCurrentIndex(history->model()->index(1, 0));
    EXPECT_EQ(window->document()->undoStack()->index(), 1);
    const LoadResult original = WorkspaceReader::readFile(workPath());
    ASSERT_TRUE(original.ok());
    EXPECT_EQ(window->document()->workspace().personas.at(1).economics.price,
              original.workspace->personas.at(1).economics.price);

    window->findChild<QDockWidget*>(QStringLiteral("comparisonDock"))->raise();
    QCoreApplication::processEvents();
    EXPECT_EQ(history->stack(), nullptr);
}
