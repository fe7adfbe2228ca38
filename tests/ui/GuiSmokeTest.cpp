// SPDX-License-Identifier: GPL-3.0-or-later
// The smallest real session: show the window, open the sample, edit, undo, add a persona, undo,
// close. Part of the normal suite; under the asan preset it also runs on its own with
// LeakSanitizer on (test GuiSmoke.LeakCheck, suppressions in tests/ui/lsan.supp).
#include "ScriptedPrompts.h"
#include "document/WorkspaceDocument.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace b2x;

TEST(GuiSmoke, OpenEditUndoAndClose)
{
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString work = dir.filePath(QStringLiteral("work.b2x"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"), work));
    test::ScriptedPrompts prompts;
    auto window = std::make_unique<MainWindow>(&prompts, dir.filePath(QStringLiteral("recovery")));
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    const auto action = [&](const char* name) {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    };

    ASSERT_TRUE(window->openFile(work));
    WorkspaceDocument* doc = window->document();
    ASSERT_GE(doc->workspace().personas.size(), 7u);
    const Workspace original = doc->workspace();
    doc->editPersona(QString::fromStdString(original.personas[0].id), QStringLiteral("name"),
                     QStringLiteral("Rename"), [](Persona& p) { p.name = "Smoke"; });
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->isWindowModified());
    action("actionUndo")->trigger();
    action("actionAddPersona")->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(doc->workspace().personas.size(), original.personas.size() + 1);
    action("actionUndo")->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(doc->workspace().personas, original.personas); // view state follows the selection
    EXPECT_FALSE(window->isWindowModified());

    EXPECT_TRUE(window->close());
    EXPECT_EQ(prompts.unsavedQuestions, 0);
    EXPECT_TRUE(prompts.errors.isEmpty());
    window.reset();
    QCoreApplication::processEvents();
}
