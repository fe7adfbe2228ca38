// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export as a user goes through it, with scripted answers instead of modal dialogs: the
// report's cover texts are remembered in the workspace as one undoable edit, the suggested file
// sits beside the workspace under a portable name, and a finished export says so and opens the
// file or its folder when asked.
#include "UiTestSupport.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "export/ExportActions.h"
#include "export/ExportPrompts.h"
#include "io/WorkspaceReader.h"
#include "window/WorkspaceDetailsDialog.h"

#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

class ScriptedExportPrompts : public ExportPrompts {
public:
    std::function<bool(QDialog&)> dialog = [](QDialog&) { return true; };
    QString savePath;
    QString suggested;
    QString folder;
    Done answer = Done::Close;
    QStringList confirmations;
    QStringList errors;
    QList<QUrl> opened;

    bool runDialog(QDialog& d) override { return dialog(d); }
    QString askSavePath(const QString&, const QString& s, const QString&) override
    {
        suggested = s;
        return savePath;
    }
    QString askFolder(const QString&, const QString& start) override
    {
        suggested = start;
        return folder;
    }
    Done confirmExported(const QString& title, const QString& text, bool) override
    {
        confirmations << title + QStringLiteral(": ") + text;
        return answer;
    }
    void showError(const QString& title, const QString& text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void openUrl(const QUrl& url) override { opened << url; }
};

struct Window {
    WorkspaceDocument document;
    AnalysisCache analyses{&document};
    QWidget widget;
    ScriptedExportPrompts prompts;
    ExportActions actions{&document, &analyses, &widget, &prompts};

    explicit Window(const QString& path = {})
    {
        auto r = WorkspaceReader::readFile(test::samplePath());
        EXPECT_TRUE(r.ok());
        document.reset(std::move(*r.workspace), path);
    }
};

} // namespace

TEST(ExportFlow, PortableFileNameBesideTheWorkspace)
{
    const QDate day(2026, 12, 3);
    EXPECT_EQ(
        ExportActions::suggestedFileName("B2B vs B2C: seven audiences", day, QStringLiteral("pdf")),
        QStringLiteral("B2B-vs-B2C-seven-audiences-2026-12-03.pdf"));
    EXPECT_EQ(
        ExportActions::suggestedFileName("Café / Zürich: Q3 (draft)", day, QStringLiteral("csv")),
        QStringLiteral("Cafe-Zurich-Q3-draft-2026-12-03.csv"));
    EXPECT_EQ(ExportActions::suggestedFileName("บทสรุป", day, QStringLiteral("pdf")),
              QStringLiteral("report-2026-12-03.pdf"));
    EXPECT_EQ(ExportActions::suggestedFolder(QStringLiteral("/data/clients/acme.b2x")),
              QStringLiteral("/data/clients"));
    EXPECT_EQ(ExportActions::suggestedFolder({}),
              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

TEST(ExportFlow, ReportRemembersItsCoverAsOneUndoStepAndConfirms)
{
    QTemporaryDir dir;
    Window w(dir.filePath(QStringLiteral("work.b2x")));
    w.prompts.dialog = [](QDialog& d) {
        d.findChild<QLineEdit*>(QStringLiteral("reportTitle"))
            ->setText(QStringLiteral("Q4 review"));
        d.findChild<QLineEdit*>(QStringLiteral("reportClient"))->setText(QStringLiteral("Acme"));
        d.findChild<QLineEdit*>(QStringLiteral("reportAuthor"))->setText(QStringLiteral("Jo"));
        auto* personas = d.findChild<QListWidget*>(QStringLiteral("reportPersonas"));
        for (int i = 2; i < personas->count(); ++i)
            personas->item(i)->setCheckState(Qt::Unchecked);
        auto* charts = d.findChild<QListWidget*>(QStringLiteral("reportCharts"));
        for (int i = 1; i < charts->count(); ++i)
            charts->item(i)->setCheckState(Qt::Unchecked);
        return true;
    };
    w.prompts.savePath = dir.filePath(QStringLiteral("out"));
    w.prompts.answer = ExportPrompts::Done::Open;
    w.actions.exportReport();

    EXPECT_TRUE(w.prompts.errors.isEmpty()) << w.prompts.errors.join(u'\n').toStdString();
    EXPECT_EQ(QFileInfo(w.prompts.suggested).absolutePath(), dir.path());
    EXPECT_FALSE(QFileInfo(w.prompts.suggested).fileName().contains(u':'));
    const QString written = dir.filePath(QStringLiteral("out.pdf"));
    EXPECT_TRUE(QFile::exists(written));
    ASSERT_EQ(w.prompts.confirmations.size(), 1);
    EXPECT_TRUE(w.prompts.confirmations[0].contains(QDir::toNativeSeparators(written)));
    ASSERT_EQ(w.prompts.opened.size(), 1);
    EXPECT_EQ(w.prompts.opened[0], QUrl::fromLocalFile(written));

    const ReportSettings& saved = w.document.workspace().report;
    EXPECT_EQ(saved.title, "Q4 review");
    EXPECT_EQ(saved.client, "Acme");
    EXPECT_EQ(saved.author, "Jo");
    EXPECT_TRUE(saved.date.empty()); // "the day of the export" stays unset
    EXPECT_TRUE(w.document.isModified());
    EXPECT_EQ(w.document.undoStack()->count(), 1);
    w.document.undoStack()->undo();
    EXPECT_TRUE(w.document.workspace().report.title.empty());
    EXPECT_FALSE(w.document.isModified());
}

TEST(ExportFlow, ShowInFolderOpensTheFolderAndCancelWritesNothing)
{
    QTemporaryDir dir;
    Window w;
    w.prompts.savePath = dir.filePath(QStringLiteral("metrics.csv"));
    w.prompts.answer = ExportPrompts::Done::ShowInFolder;
    w.actions.exportCsv();
    ASSERT_EQ(w.prompts.opened.size(), 1);
    EXPECT_EQ(w.prompts.opened[0], QUrl::fromLocalFile(dir.path()));
    // Unsaved workspace: the suggestion is in Documents, named after the workspace.
    EXPECT_TRUE(w.prompts.suggested.endsWith(QStringLiteral(".csv")));
    EXPECT_TRUE(QFileInfo(w.prompts.suggested)
                    .fileName()
                    .startsWith(QStringLiteral("B2B-vs-B2C-seven-audiences-")));

    Window cancelled;
    cancelled.prompts.dialog = [](QDialog&) { return false; };
    cancelled.prompts.savePath = dir.filePath(QStringLiteral("never.pdf"));
    cancelled.actions.exportReport();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("never.pdf"))));
    EXPECT_TRUE(cancelled.prompts.confirmations.isEmpty());
    EXPECT_FALSE(cancelled.document.isModified());
}

TEST(ExportFlow, RecommendationsAreEditedInTheDetailsDialogAsOneUndoStep)
{
    Window w;
    const Workspace before = w.document.workspace();
    {
        WorkspaceDetailsDialog dialog(w.document.workspace());
        dialog.findChild<QLineEdit*>(QStringLiteral("workspaceName"))
            ->setText(QStringLiteral("Renamed"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("workspaceRecommendations"))
            ->setPlainText(QStringLiteral("Start with webinars."));
        dialog.apply(w.document);
    }
    EXPECT_EQ(w.document.workspace().name, "Renamed");
    EXPECT_EQ(w.document.workspace().report.recommendations, "Start with webinars.");
    EXPECT_EQ(w.document.undoStack()->count(), 1);
    w.document.undoStack()->undo();
    EXPECT_EQ(w.document.workspace(), before);

    // Only the recommendations: still one step, and nothing when nothing changed.
    {
        WorkspaceDetailsDialog dialog(w.document.workspace());
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("workspaceRecommendations"))
            ->setPlainText(QStringLiteral("Next: a pilot."));
        dialog.apply(w.document);
    }
    EXPECT_EQ(w.document.workspace().report.recommendations, "Next: a pilot.");
    const int steps = w.document.undoStack()->index();
    WorkspaceDetailsDialog(w.document.workspace()).apply(w.document);
    EXPECT_EQ(w.document.undoStack()->index(), steps);
}
