// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export → Workbook (XLSX) as a user goes through it, with scripted answers: the entry and
// its shortcut, the suggested name, the .xlsx suffix added, the confirmation, and a failure that
// names the file and leaves nothing behind.
#include "UiTestSupport.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "export/ExportActions.h"
#include "export/ExportPrompts.h"
#include "io/WorkspaceReader.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

class WorkbookPrompts : public ExportPrompts {
public:
    QString savePath;
    QString suggested;
    QStringList confirmations;
    QStringList errors;

    bool runDialog(QDialog&) override { return true; }
    QString askSavePath(const QString&, const QString& s, const QString&) override
    {
        suggested = s;
        return savePath;
    }
    QString askFolder(const QString&, const QString&) override { return {}; }
    Done confirmExported(const QString& title, const QString& text, bool) override
    {
        confirmations << title + QStringLiteral(": ") + text;
        return Done::Close;
    }
    void showError(const QString& title, const QString& text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void openUrl(const QUrl&) override {}
};

struct Window {
    WorkspaceDocument document;
    AnalysisCache analyses{&document};
    QWidget widget;
    WorkbookPrompts prompts;
    ExportActions actions{&document, &analyses, &widget, &prompts};

    Window()
    {
        auto r = WorkspaceReader::readFile(test::samplePath());
        EXPECT_TRUE(r.ok());
        document.reset(std::move(*r.workspace), {});
    }
};

} // namespace

TEST(WorkbookExportFlow, TheMenuEntryWritesTheWorkbookAndSaysWhere)
{
    QTemporaryDir dir;
    Window w;
    QMenu file;
    w.actions.addTo(&file);
    QAction* action = nullptr;
    for (QAction* a : file.findChildren<QAction*>())
        if (a->objectName() == QStringLiteral("actionExportWorkbook"))
            action = a;
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    w.prompts.savePath = dir.filePath(QStringLiteral("book")); // the suffix is added
    action->trigger();
    const QString written = dir.filePath(QStringLiteral("book.xlsx"));
    ASSERT_TRUE(QFile::exists(written)) << w.prompts.errors.join(QLatin1Char('\n')).toStdString();
    QFile f(written);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK"); // a zip, as every .xlsx is
    ASSERT_EQ(w.prompts.confirmations.size(), 1);
    EXPECT_TRUE(w.prompts.confirmations[0].contains(QDir::toNativeSeparators(written)));
    EXPECT_TRUE(QFileInfo(w.prompts.suggested)
                    .fileName()
                    .startsWith(QStringLiteral("B2B-vs-B2C-seven-audiences-")));
    EXPECT_TRUE(w.prompts.suggested.endsWith(QStringLiteral(".xlsx")));
    EXPECT_FALSE(w.document.isModified());
}

TEST(WorkbookExportFlow, AFailureNamesTheFileAndLeavesNothing)
{
    QTemporaryDir dir;
    Window w;
    const QString target = dir.filePath(QStringLiteral("missing/book.xlsx"));
    w.prompts.savePath = target;
    w.actions.exportWorkbook();
    EXPECT_TRUE(w.prompts.confirmations.isEmpty());
    ASSERT_EQ(w.prompts.errors.size(), 1);
    EXPECT_TRUE(w.prompts.errors[0].contains(QStringLiteral("book.xlsx")))
        << w.prompts.errors[0].toStdString();
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}
