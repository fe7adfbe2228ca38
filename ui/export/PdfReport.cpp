// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include "ReportHtml.h"
#include "format/Formatting.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <numeric>

namespace b2x {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::PdfReport", text);
}

QFont reportFont(double points, bool bold = false)
{
    // DejaVu covers Latin, Polish, Romanian and Arabic; Thai falls back through fontconfig to the
    // Thai font the packages install.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// A paginated rich-text flow laid out for the device.
struct Flow {
    std::unique_ptr<QTextDocument> doc;
    int pages = 0;
};

/// Text the user typed (the workspace's name and description), drawn at the page's leading side
/// but in the text's own direction: an English description on an Arabic cover keeps its full stop
/// at its end instead of having the bidi algorithm move it to the far left.
void drawUserText(QPainter& painter, const QRectF& box, Qt::Alignment vertical, const QString& text)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const bool pageRightToLeft = painter.layoutDirection() == Qt::RightToLeft;
    option.setAlignment(Qt::AlignAbsolute | (pageRightToLeft ? Qt::AlignRight : Qt::AlignLeft) |
                        vertical);
    painter.drawText(box, text, option);
}

Flow layOut(const QString& html, QPagedPaintDevice* device, const QSizeF& body)
{
    Flow f{std::make_unique<QTextDocument>(), 0};
    f.doc->documentLayout()->setPaintDevice(device);
    f.doc->setDefaultFont(reportFont(9.5));
    // Arabic has no italic (DejaVu Sans Oblique has no Arabic letters, which would print as boxes).
    const QString upright = Formatting::locale().textDirection() == Qt::RightToLeft
                                ? QStringLiteral(" i, em { font-style: normal; }")
                                : QString();
    f.doc->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; color: #1f3b5c; } h2 { font-size: 12pt; color: "
                       "#1f3b5c; margin-top: 10px; } th { font-weight: bold; }") +
        upright);
    f.doc->setDocumentMargin(0);
    // Arabic reads right to left: paragraphs, lists and tables follow the language rather than
    // each paragraph's first letter (a persona named in Latin letters must not flip its line).
    QTextOption option = f.doc->defaultTextOption();
    option.setTextDirection(Formatting::locale().textDirection());
    f.doc->setDefaultTextOption(option);
    f.doc->setPageSize(body);
    f.doc->setHtml(html);
    f.pages = f.doc->pageCount();
    return f;
}

} // namespace

PdfReport::PdfReport(const Workspace& workspace,
                     const std::vector<analytics::PersonaAnalysis>& analyses, ReportOptions options,
                     ChartPainter chartPainter, std::function<QString(int)> chartTitle)
    : m_workspace(workspace), m_analyses(analyses), m_options(std::move(options)),
      m_chartPainter(std::move(chartPainter)), m_chartTitle(std::move(chartTitle))
{
    if (m_options.personaIndices.empty()) {
        m_options.personaIndices.resize(m_workspace.personas.size());
        std::iota(m_options.personaIndices.begin(), m_options.personaIndices.end(), 0);
    }
    if (!m_chartPainter)
        m_options.charts.clear();
}

bool PdfReport::paint(QPagedPaintDevice* device, const ReportProgress& progress)
{
    const double dpi = device->logicalDpiY();
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double band = dpi * 0.45; // header and footer bands
    const QRectF body(0, band, paper.width(), paper.height() - 2 * band);

    const ReportHtml html(m_workspace, m_analyses);
    Flow text = layOut(html.executiveSummary() + html.personaPages(m_options.personaIndices),
                       device, body.size());
    Flow appendix = layOut(html.appendix(), device, body.size());
    const int chartPages = static_cast<int>((m_options.charts.size() + 1) / 2);
    m_pages = 1 + text.pages + chartPages + appendix.pages;

    QPainter painter(device);
    if (!painter.isActive())
        return false;
    // Mirrors the cover and the running header (Qt::AlignLeft means "leading") for Arabic.
    painter.setLayoutDirection(Formatting::locale().textDirection());
    int page = 0;
    const QString name = QString::fromStdString(m_workspace.name);
    const auto frame = [&] {
        // Running header with the workspace name, and the page number, on every page but the cover.
        if (page == 0)
            return;
        painter.save();
        painter.setFont(reportFont(8));
        painter.setPen(QColor(0x55, 0x5f, 0x6d));
        const QRectF header(0, 0, paper.width(), band * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(name, Qt::ElideRight,
                                                          static_cast<int>(paper.width() * 0.6)));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("B2B vs B2C comparison"));
        painter.drawLine(QPointF(0, band * 0.75), QPointF(paper.width(), band * 0.75));
        painter.drawText(QRectF(0, paper.height() - band * 0.7, paper.width(), band * 0.7),
                         Qt::AlignCenter, tr("Page %1 of %2").arg(page + 1).arg(m_pages));
        painter.restore();
    };
    const auto next = [&]() -> bool {
        ++page;
        if (progress && !progress(page, m_pages))
            return false;
        if (page < m_pages)
            device->newPage();
        return true;
    };

    // Cover.
    painter.setPen(QColor(0x1f, 0x3b, 0x5c));
    painter.setFont(reportFont(26, true));
    const QRectF titleRect(0, paper.height() * 0.28, paper.width(), dpi * 1.6);
    drawUserText(painter, titleRect, Qt::AlignBottom, name);
    painter.setFont(reportFont(13));
    painter.setPen(QColor(0x33, 0x3d, 0x4a));
    painter.drawText(
        QRectF(0, titleRect.bottom() + dpi * 0.2, paper.width(), dpi * 1.2),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        tr("B2B vs B2C comparison report\n%1\n%2 personas")
            .arg(Formatting::locale().toString(m_options.date, QLocale::LongFormat),
                 Formatting::count(static_cast<long long>(m_options.personaIndices.size()))));
    if (!m_workspace.description.empty()) {
        painter.setFont(reportFont(10));
        drawUserText(painter, QRectF(0, titleRect.bottom() + dpi * 1.6, paper.width(), dpi * 3),
                     Qt::AlignTop, QString::fromStdString(m_workspace.description));
    }
    if (!next())
        return false;

    const auto drawFlow = [&](Flow& flow) {
        for (int i = 0; i < flow.pages; ++i) {
            frame();
            painter.save();
            painter.translate(body.left(), body.top() - i * body.height());
            flow.doc->drawContents(&painter,
                                   QRectF(0, i * body.height(), body.width(), body.height()));
            painter.restore();
            if (!next())
                return false;
        }
        return true;
    };
    if (!drawFlow(text))
        return false;

    for (std::size_t i = 0; i < m_options.charts.size(); i += 2) {
        frame();
        const double half = body.height() / 2;
        for (std::size_t k = 0; k < 2 && i + k < m_options.charts.size(); ++k) {
            const QRectF slot(body.left(), body.top() + static_cast<double>(k) * half, body.width(),
                              half);
            painter.save();
            painter.setFont(reportFont(12, true));
            painter.setPen(QColor(0x1f, 0x3b, 0x5c));
            const int id = m_options.charts[i + k];
            const QRectF titleBox(slot.left(), slot.top(), slot.width(), dpi * 0.35);
            painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter,
                             m_chartTitle ? m_chartTitle(id) : QString());
            painter.restore();
            m_chartPainter(id, painter, slot.adjusted(0, dpi * 0.4, 0, -dpi * 0.15));
        }
        if (!next())
            return false;
    }
    return drawFlow(appendix);
}

SaveResult PdfReport::writePdf(const QString& path, const ReportProgress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, tr("cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(m_options.pageSize));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(
            tr("%1 — B2B vs B2C comparison").arg(QString::fromStdString(m_workspace.name)));
        writer.setCreator(QStringLiteral("B2X Workbench"));
        if (!paint(&writer, progress)) {
            file.cancelWriting();
            return {false, tr("the export was cancelled")};
        }
    } // the writer finishes the PDF when it goes out of scope
    if (!file.commit())
        return {false, tr("cannot write %1: %2").arg(path, file.errorString())};
    return {true, {}};
}

} // namespace b2x
