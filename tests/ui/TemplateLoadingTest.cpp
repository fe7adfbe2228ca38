// SPDX-License-Identifier: GPL-3.0-or-later
// File → New from Template goes through the file controller: a template that cannot be read is
// reported through the user prompts and leaves the open workspace as it was.
#include "ScriptedPrompts.h"
#include "UiTestSupport.h"
#include "document/WorkspaceDocument.h"
#include "window/FileController.h"
#include "window/MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace b2x;

TEST(TemplateLoading, TheSampleTemplateOpensAsANewUnsavedWorkspace)
{
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::ScriptedPrompts prompts;
    MainWindow window(&prompts, dir.filePath(QStringLiteral("recovery")));
    ASSERT_TRUE(window.files()->newFromTemplate(QStringLiteral(":/samples/b2b-vs-b2c.b2x"),
                                                QStringLiteral("Sample")));
    EXPECT_EQ(window.document()->workspace().personas.size(), 7u);
    EXPECT_TRUE(window.document()->filePath().isEmpty()); // Save asks where
    EXPECT_TRUE(prompts.errors.isEmpty());
}

TEST(TemplateLoading, AnUnreadableTemplateIsReportedAndTheWorkspaceStays)
{
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::ScriptedPrompts prompts;
    MainWindow window(&prompts, dir.filePath(QStringLiteral("recovery")));
    ASSERT_TRUE(window.openFile(test::samplePath()));
    const Workspace before = window.document()->workspace();
    const QString path = window.document()->filePath();

    EXPECT_FALSE(window.files()->newFromTemplate(QStringLiteral(":/samples/missing.b2x"),
                                                 QStringLiteral("Missing template")));
    ASSERT_EQ(prompts.errors.size(), 1);
    EXPECT_TRUE(prompts.errors.front().contains(QStringLiteral("Missing template")))
        << prompts.errors.front().toStdString();
    EXPECT_EQ(window.document()->workspace(), before);
    EXPECT_EQ(window.document()->filePath(), path);
}
