// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "ChartExport.h"
#include "CsvExport.h"
#include "ExportReportDialog.h"
#include "PdfReport.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace b2x {

ExportActions::ExportActions(WorkspaceDocument* document, AnalysisCache* analyses, QWidget* window)
    : QObject(window), m_document(document), m_analyses(analyses), m_window(window)
{
}

void ExportActions::addTo(QMenu* file)
{
    QMenu* menu = file->addMenu(tr("&Export"));
    QAction* report = menu->addAction(tr("&Report (PDF)…"), this, &ExportActions::exportReport);
    report->setObjectName(QStringLiteral("actionExportReport"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addAction(tr("Charts as &PNG…"), this, [this] { exportCharts(false); })
        ->setObjectName(QStringLiteral("actionExportPng"));
    menu->addAction(tr("Charts as &SVG…"), this, [this] { exportCharts(true); })
        ->setObjectName(QStringLiteral("actionExportSvg"));
    menu->addAction(tr("&Metrics (CSV)…"), this, &ExportActions::exportCsv)
        ->setObjectName(QStringLiteral("actionExportCsv"));
    QAction* printAction = file->addAction(tr("&Print…"), this, &ExportActions::print);
    printAction->setObjectName(QStringLiteral("actionPrint"));
    printAction->setShortcuts(QKeySequence::Print);
    file->addAction(tr("Print Pre&view…"), this, &ExportActions::printPreview)
        ->setObjectName(QStringLiteral("actionPrintPreview"));
}

void ExportActions::fail(const QString& message)
{
    QMessageBox::critical(m_window, tr("Export failed"), message);
}

void ExportActions::exportReport()
{
    const Workspace& ws = m_document->workspace();
    ExportReportDialog dialog(ws, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        QDir::home().filePath(QString::fromStdString(ws.name) + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export report"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");

    const auto analyses = m_analyses->all();
    ReportOptions options = dialog.options();
    ChartExport charts(ws, analyses, {});
    PdfReport report(ws, analyses, options, charts.painter(), &ChartExport::title);
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const SaveResult r = report.writePdf(path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!r.ok && !progress.wasCanceled())
        fail(r.message);
}

void ExportActions::exportCharts(bool svg)
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, svg ? tr("Export charts as SVG into") : tr("Export charts as PNG into"),
        QDir::homePath());
    if (folder.isEmpty())
        return;
    const auto analyses = m_analyses->all();
    ChartExport charts(m_document->workspace(), analyses, {});
    const SaveResult r =
        charts.writeAll(folder, svg ? ChartExport::Format::Svg : ChartExport::Format::Png);
    if (!r.ok)
        fail(r.message);
}

void ExportActions::exportCsv()
{
    const Workspace& ws = m_document->workspace();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export metrics"),
        QDir::home().filePath(QString::fromStdString(ws.name) + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const SaveResult r = CsvExport::write(ws, m_analyses->all(), path);
    if (!r.ok)
        fail(r.message);
}

void ExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto analyses = m_analyses->all();
    ChartExport charts(m_document->workspace(), analyses, {});
    ReportOptions options;
    options.charts = ChartExport::allCharts();
    PdfReport(m_document->workspace(), analyses, options, charts.painter(), &ChartExport::title)
        .paint(&printer);
}

void ExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, m_window);
    const auto analyses = m_analyses->all();
    ChartExport charts(m_document->workspace(), analyses, {});
    ReportOptions options;
    options.charts = ChartExport::allCharts();
    PdfReport report(m_document->workspace(), analyses, options, charts.painter(),
                     &ChartExport::title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* p) { report.paint(p); });
    preview.resize(900, 1000);
    preview.exec();
}

} // namespace b2x
