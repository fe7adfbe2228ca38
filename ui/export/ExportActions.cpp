// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "ExportPrompts.h"
#include "ExportReportDialog.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "report/ChartExport.h"
#include "report/CsvExport.h"
#include "report/PdfReport.h"
#include "report/WorkbookExport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>

namespace b2x {

ExportActions::ExportActions(WorkspaceDocument* document, AnalysisCache* analyses, QWidget* window,
                             ExportPrompts* prompts)
    : QObject(window), m_document(document), m_analyses(analyses), m_window(window),
      m_prompts(prompts)
{
    if (!m_prompts) {
        m_ownPrompts = std::make_unique<DialogExportPrompts>(window);
        m_prompts = m_ownPrompts.get();
    }
}

ExportActions::~ExportActions() = default;

QString ExportActions::suggestedFolder(const QString& workspacePath)
{
    if (!workspacePath.isEmpty())
        return QFileInfo(workspacePath).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString ExportActions::suggestedFileName(const std::string& workspaceName, const QDate& date,
                                         const QString& extension)
{
    // Accents are dropped rather than the letters that carry them ("Café" → "Cafe"); any other
    // run of characters becomes one dash.
    const QString decomposed =
        QString::fromStdString(workspaceName).normalized(QString::NormalizationForm_KD);
    QString stem;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        const bool portable = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                              (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (portable)
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("report");
    return QStringLiteral("%1-%2.%3")
        .arg(stem, date.toString(QStringLiteral("yyyy-MM-dd")), extension);
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
    QAction* workbook =
        menu->addAction(tr("&Workbook (XLSX)…"), this, &ExportActions::exportWorkbook);
    workbook->setObjectName(QStringLiteral("actionExportWorkbook"));
    workbook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* printAction = file->addAction(tr("&Print…"), this, &ExportActions::print);
    printAction->setObjectName(QStringLiteral("actionPrint"));
    printAction->setShortcuts(QKeySequence::Print);
    file->addAction(tr("Print Pre&view…"), this, &ExportActions::printPreview)
        ->setObjectName(QStringLiteral("actionPrintPreview"));
}

void ExportActions::fail(const QString& message)
{
    m_prompts->showError(tr("Export failed"), message);
}

void ExportActions::confirm(const QString& title, const QString& text, const QString& path,
                            bool isFolder)
{
    switch (m_prompts->confirmExported(title, text, !isFolder)) {
    case ExportPrompts::Done::Open:
        m_prompts->openUrl(QUrl::fromLocalFile(path));
        break;
    case ExportPrompts::Done::ShowInFolder:
        m_prompts->openUrl(QUrl::fromLocalFile(isFolder ? path : QFileInfo(path).absolutePath()));
        break;
    case ExportPrompts::Done::Close:
        break;
    }
}

void ExportActions::exportReport()
{
    ExportReportDialog dialog(m_document->workspace(), m_window);
    if (!m_prompts->runDialog(dialog))
        return;
    // The cover texts are the workspace's: remembered for the next export, saved with the file,
    // and one undoable edit.
    m_document->setReportSettings(dialog.reportSettings(), tr("Edit report details"));
    const Workspace& ws = m_document->workspace();
    const QString suggested =
        QDir(suggestedFolder(m_document->filePath()))
            .filePath(suggestedFileName(ws.name, QDate::currentDate(), QStringLiteral("pdf")));
    QString path =
        m_prompts->askSavePath(tr("Export report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");

    const auto analyses = m_analyses->all();
    ReportOptions options = dialog.options();
    // The charts compare the personas the report covers.
    ChartExport charts(ws, analyses, options.personaIndices);
    PdfReport report(ws, analyses, options, charts.painter(), &ChartExport::title);
    charts.addChartsTo(report, ws, options.personaIndices);
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const SaveResult r = report.writePdf(path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (r.ok)
        confirm(tr("Report exported"),
                tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)), path, false);
    else if (!cancelled)
        fail(r.message);
}

void ExportActions::exportCharts(bool svg)
{
    const QString folder = m_prompts->askFolder(svg ? tr("Export charts as SVG into")
                                                    : tr("Export charts as PNG into"),
                                                suggestedFolder(m_document->filePath()));
    if (folder.isEmpty())
        return;
    const auto analyses = m_analyses->all();
    ChartExport charts(m_document->workspace(), analyses, {});
    const SaveResult r =
        charts.writeAll(folder, svg ? ChartExport::Format::Svg : ChartExport::Format::Png);
    if (r.ok)
        confirm(tr("Charts exported"),
                tr("The charts were saved in %1.").arg(QDir::toNativeSeparators(folder)), folder,
                true);
    else
        fail(r.message);
}

void ExportActions::exportCsv()
{
    const Workspace& ws = m_document->workspace();
    QString path = m_prompts->askSavePath(
        tr("Export metrics"),
        QDir(suggestedFolder(m_document->filePath()))
            .filePath(suggestedFileName(ws.name, QDate::currentDate(), QStringLiteral("csv"))),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const SaveResult r = CsvExport::write(ws, m_analyses->all(), path);
    if (r.ok)
        confirm(tr("Metrics exported"),
                tr("The metrics were saved as %1.").arg(QDir::toNativeSeparators(path)), path,
                false);
    else
        fail(r.message);
}

void ExportActions::exportWorkbook()
{
    const Workspace& ws = m_document->workspace();
    QString path = m_prompts->askSavePath(
        tr("Export workbook"),
        QDir(suggestedFolder(m_document->filePath()))
            .filePath(suggestedFileName(ws.name, QDate::currentDate(), QStringLiteral("xlsx"))),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    const SaveResult r = WorkbookExport::write(ws, m_analyses->all(), path, QDate::currentDate());
    if (r.ok)
        confirm(tr("Workbook exported"),
                tr("The workbook was saved as %1.").arg(QDir::toNativeSeparators(path)), path,
                false);
    else
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
    PdfReport report(m_document->workspace(), analyses, options, charts.painter(),
                     &ChartExport::title);
    charts.addChartsTo(report, m_document->workspace(), {});
    report.paint(&printer);
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
    charts.addChartsTo(report, m_document->workspace(), {});
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* p) { report.paint(p); });
    preview.resize(900, 1000);
    preview.exec();
}

} // namespace b2x
