// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;
class ExportPrompts;

/// File → Export and Print for the window: the PDF report (with a progress dialog that can
/// cancel), every chart as PNG or SVG, all metrics as CSV, the workbook (XLSX, live formulas),
/// printing and print preview. A finished
/// export says so and offers to open the file or show its folder.
class ExportActions : public QObject {
    Q_OBJECT

public:
    /// `prompts` may be null (standard dialogs); tests pass scripted answers.
    ExportActions(WorkspaceDocument* document, AnalysisCache* analyses, QWidget* window,
                  ExportPrompts* prompts = nullptr);
    ~ExportActions() override;
    /// Adds the entries to `fileMenu`.
    void addTo(QMenu* fileMenu);

    void exportReport();
    void exportCharts(bool svg);
    void exportCsv();
    void exportWorkbook();
    void print();
    void printPreview();

    /// The folder an export starts in: the workspace's own folder, or Documents while the
    /// workspace has never been saved.
    static QString suggestedFolder(const QString& workspacePath);
    /// A file name that survives every file system and e-mail attachment: the workspace name
    /// reduced to letters, digits, dashes and underscores, then the date as YYYY-MM-DD
    /// ("B2B-vs-B2C-seven-audiences-2026-12-03.pdf").
    static QString suggestedFileName(const std::string& workspaceName, const QDate& date,
                                     const QString& extension);

private:
    void fail(const QString& message);
    /// Says that `path` was written and opens it, or its folder, when asked to.
    void confirm(const QString& title, const QString& text, const QString& path, bool isFolder);

    WorkspaceDocument* m_document;
    AnalysisCache* m_analyses;
    QWidget* m_window;
    std::unique_ptr<ExportPrompts> m_ownPrompts;
    ExportPrompts* m_prompts;
};

} // namespace b2x
