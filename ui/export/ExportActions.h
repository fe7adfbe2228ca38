// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;

/// File → Export and Print for the window: the PDF report (with a progress dialog that can
/// cancel), every chart as PNG or SVG, all metrics as CSV, printing and print preview.
class ExportActions : public QObject {
    Q_OBJECT

public:
    ExportActions(WorkspaceDocument* document, AnalysisCache* analyses, QWidget* window);
    /// Adds the entries to `fileMenu`.
    void addTo(QMenu* fileMenu);

    void exportReport();
    void exportCharts(bool svg);
    void exportCsv();
    void print();
    void printPreview();

private:
    void fail(const QString& message);

    WorkspaceDocument* m_document;
    AnalysisCache* m_analyses;
    QWidget* m_window;
};

} // namespace b2x
