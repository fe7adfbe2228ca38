// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include "ReportBudget.h"
#include "ReportFlow.h"
#include "ReportHtml.h"
#include "format/Formatting.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThreadPool>
#include <algorithm>
#include <numeric>
#include <span>

namespace b2x {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x::PdfReport", text, comment, n);
}

} // namespace

ReportCover ReportCover::resolve(const Workspace& ws, const ReportSettings& overrides)
{
    const auto pick = [](const std::string& override, const std::string& saved) {
        return QString::fromStdString(override.empty() ? saved : override).trimmed();
    };
    ReportCover c;
    c.title = pick(overrides.title, ws.report.title);
    if (c.title.isEmpty())
        c.title = QString::fromStdString(ws.name);
    c.subtitle = pick(overrides.subtitle, ws.report.subtitle);
    c.client = pick(overrides.client, ws.report.client);
    c.author = pick(overrides.author, ws.report.author);
    c.date = QDate::fromString(pick(overrides.date, ws.report.date), Qt::ISODate);
    if (!c.date.isValid())
        c.date = QDate::currentDate();
    return c;
}

void PdfReport::paintCover(QPainter& painter, const QRectF& paper, const ReportCover& cover) const
{
    const double dpi = painter.device()->logicalDpiY();
    const double width = paper.width();
    double y = paper.height() * 0.2;
    // Draws one block of text at y, in the text's own direction when the user typed it, and
    // moves y below it.
    const auto block = [&](const QString& text, const QFont& font, const QColor& colour,
                           bool userText, double gapAfter) {
        if (text.isEmpty())
            return;
        painter.setFont(font);
        painter.setPen(colour);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        const bool pageRightToLeft = painter.layoutDirection() == Qt::RightToLeft;
        option.setTextDirection(userText
                                    ? (text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight)
                                    : painter.layoutDirection());
        option.setAlignment(Qt::AlignAbsolute | (pageRightToLeft ? Qt::AlignRight : Qt::AlignLeft) |
                            Qt::AlignTop);
        const QRectF box(0, y, width, std::max(0.0, paper.height() - y));
        painter.save();
        painter.setClipRect(box);
        painter.drawText(box, text, option);
        painter.restore();
        y += painter.boundingRect(box, text, option).height() + gapAfter;
    };
    const QColor ink(0x1f, 0x3b, 0x5c);
    const QColor grey(0x33, 0x3d, 0x4a);
    block(cover.title, reportFont(26, true), ink, true, dpi * 0.12);
    block(cover.subtitle, reportFont(15), ink, true, dpi * 0.12);
    block(tr("B2B vs B2C comparison report"), reportFont(12), grey, false, dpi * 0.35);
    if (!cover.client.isEmpty())
        block(tr("Prepared for %1").arg(cover.client), reportFont(12), grey, true, dpi * 0.05);
    if (!cover.author.isEmpty())
        block(tr("Prepared by %1").arg(cover.author), reportFont(12), grey, true, dpi * 0.05);
    block(Formatting::locale().toString(cover.date, QLocale::LongFormat), reportFont(12), grey,
          false, dpi * 0.35);

    // Who the report covers, by name: the cover promises nothing the pages do not hold.
    const auto& indices = m_options.personaIndices;
    const int n = static_cast<int>(indices.size());
    block(n == 1 ? tr("This report covers one persona:")
                 : tr("This report covers %Ln personas:", nullptr, n),
          reportFont(11, true), grey, false, dpi * 0.05);
    constexpr int listed = 12;
    for (int i = 0; i < n && i < listed; ++i)
        block(
            QString::fromStdString(m_workspace.personas[indices[static_cast<std::size_t>(i)]].name),
            reportFont(11), grey, true, dpi * 0.02);
    if (n > listed)
        block(tr("and %Ln more", nullptr, n - listed), reportFont(11), grey, false, 0);
    // The workspace's description speaks about all of its personas: only a report that covers
    // them all may print it.
    if (!m_workspace.description.empty() && indices.size() == m_workspace.personas.size()) {
        y += dpi * 0.3;
        block(QString::fromStdString(m_workspace.description), reportFont(10), grey, true, 0);
    }
}

PdfReport::PdfReport(const Workspace& workspace,
                     const std::vector<analytics::PersonaAnalysis>& analyses, ReportOptions options,
                     ChartPainter chartPainter, std::function<QString(int)> chartTitle)
    : m_workspace(workspace), m_analyses(analyses), m_options(std::move(options)),
      m_chartPainter(std::move(chartPainter)), m_chartTitle(std::move(chartTitle))
{
    // Valid indices only, so the cover, the pages and the summary agree on who is covered.
    std::vector<std::size_t> valid;
    for (std::size_t i : m_options.personaIndices)
        if (i < m_workspace.personas.size() && i < m_analyses.size())
            valid.push_back(i);
    m_options.personaIndices = std::move(valid);
    if (m_options.personaIndices.empty()) {
        m_options.personaIndices.resize(std::min(m_workspace.personas.size(), m_analyses.size()));
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

    // Declared before the flows so that its threads outlive them (layOutAll).
    QThreadPool layoutThreads;
    const ReportHtml html(m_workspace, m_analyses, m_options.personaIndices);
    // The summary, then each persona by itself: a persona starts on a new page anyway, and
    // laying out a few pages at a time keeps moving headings cheap for a hundred personas.
    std::vector<QString> sources{html.executiveSummary() + html.recommendations()};
    for (QString& page : html.personaPageList())
        sources.push_back(std::move(page));
    const QString plan = html.planPart({}, m_options.planAnalysis);
    if (!plan.isEmpty())
        sources.push_back(plan);
    const std::size_t textFlows = sources.size();
    // The Budget part, after the plan's charts: one flow per persona (each starts on a new
    // page), like the persona pages, then its charts.
    for (QString& page : ReportBudget(m_workspace, m_options.personaIndices).pages())
        sources.push_back(std::move(page));
    sources.push_back(html.appendix());
    const std::size_t budgetFlows = sources.size() - textFlows - 1;
    const std::size_t budgetCharts =
        budgetFlows == 0 || !m_budgetCharts.paint ? 0 : m_budgetCharts.count;
    const int chartPages = static_cast<int>((m_options.charts.size() + 1) / 2);
    const std::size_t planCharts = plan.isEmpty() || !m_planCharts.paint ? 0 : m_planCharts.count;
    const bool ownPage = planCharts > 0 && m_planCharts.firstOnItsOwnPage;
    // Where the k-th chart of a page of `onPage` charts goes, under its title.
    const auto chartSlot = [&](std::size_t k, std::size_t onPage) {
        const double height = body.height() / static_cast<double>(onPage);
        return QRectF(body.left(), body.top() + static_cast<double>(k) * height, body.width(),
                      height);
    };
    const auto chartRect = [&](std::size_t k, std::size_t onPage) {
        return chartSlot(k, onPage).adjusted(0, dpi * 0.4, 0, -dpi * 0.15);
    };
    // The charts are laid out on this thread while the others lay out the text: axes and labels
    // are most of a chart's cost, and Qt Charts' objects belong to this thread.
    const auto prepareCharts = [&] {
        if (m_chartPreparer)
            for (const int id : m_options.charts)
                m_chartPreparer(id, chartRect(0, 2).size());
        if (m_planCharts.prepare)
            for (std::size_t i = 0; i < planCharts; ++i)
                m_planCharts.prepare(i, chartRect(0, ownPage && i == 0 ? 1 : 2).size());
        if (m_budgetCharts.prepare)
            for (std::size_t i = 0; i < budgetCharts; ++i)
                m_budgetCharts.prepare(i, chartRect(0, 2).size());
    };
    const std::vector<ReportFlow> flows = ReportFlow::layOutAll(
        sources, device, body.size(), m_layoutThreads, layoutThreads, prepareCharts);
    const std::span<const ReportFlow> text(flows.data(), textFlows);
    const std::span<const ReportFlow> budgetText(flows.data() + textFlows, budgetFlows);
    const ReportFlow& appendix = flows.back();
    // In page order, the flows are the text pages; the charts come between them.
    int flowPages = 0;
    m_flowPages.clear();
    for (const ReportFlow& flow : flows) {
        flowPages += flow.pages();
        const auto pages = flow.describePages();
        m_flowPages.insert(m_flowPages.end(), pages.begin(), pages.end());
    }
    const int planChartPages =
        ownPage ? 1 + static_cast<int>(planCharts / 2) : static_cast<int>((planCharts + 1) / 2);
    m_pages =
        1 + flowPages + planChartPages + static_cast<int>((budgetCharts + 1) / 2) + chartPages;

    QPainter painter(device);
    if (!painter.isActive())
        return false;
    // Mirrors the cover and the running header (Qt::AlignLeft means "leading") for Arabic.
    painter.setLayoutDirection(Formatting::locale().textDirection());
    int page = 0;
    const ReportCover cover = ReportCover::resolve(m_workspace, m_options.cover);
    const auto frame = [&] {
        // Running header with the report's title, and the page number, on every page but the
        // cover.
        if (page == 0)
            return;
        painter.save();
        painter.setFont(reportFont(8));
        painter.setPen(QColor(0x55, 0x5f, 0x6d));
        const QRectF header(0, 0, paper.width(), band * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(cover.title, Qt::ElideRight,
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

    paintCover(painter, paper, cover);
    if (!next())
        return false;

    const auto drawFlow = [&](const ReportFlow& flow) {
        for (int i = 0; i < flow.pages(); ++i) {
            frame();
            painter.save();
            painter.translate(body.left(), body.top());
            flow.drawPage(i, painter);
            painter.restore();
            if (!next())
                return false;
        }
        return true;
    };
    // Charts two to a page (the first alone when `firstAlone`), each under its title: `count`
    // charts, drawn by `paint`.
    const auto drawCharts = [&](std::size_t count, const std::function<QString(std::size_t)>& title,
                                const std::function<void(std::size_t, const QRectF&)>& paint,
                                bool firstAlone = false) {
        for (std::size_t i = 0; i < count;) {
            frame();
            const std::size_t onPage = firstAlone && i == 0 ? 1 : 2;
            for (std::size_t k = 0; k < onPage && i + k < count; ++k) {
                const QRectF slot = chartSlot(k, onPage);
                painter.save();
                painter.setFont(reportFont(12, true));
                painter.setPen(QColor(0x1f, 0x3b, 0x5c));
                const QRectF titleBox(slot.left(), slot.top(), slot.width(), dpi * 0.35);
                painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, title(i + k));
                painter.restore();
                paint(i + k, chartRect(k, onPage));
            }
            i += onPage;
            if (!next())
                return false;
        }
        return true;
    };
    for (const ReportFlow& flow : text)
        if (!drawFlow(flow))
            return false;
    // The plan's charts follow the plan part, its last flow.
    if (!drawCharts(
            planCharts,
            [&](std::size_t i) { return m_planCharts.title ? m_planCharts.title(i) : QString(); },
            [&](std::size_t i, const QRectF& rect) { m_planCharts.paint(i, painter, rect); },
            ownPage))
        return false;
    for (const ReportFlow& flow : budgetText)
        if (!drawFlow(flow))
            return false;
    if (!drawCharts(
            budgetCharts,
            [&](std::size_t i) {
                return m_budgetCharts.title ? m_budgetCharts.title(i) : QString();
            },
            [&](std::size_t i, const QRectF& rect) { m_budgetCharts.paint(i, painter, rect); }))
        return false;
    if (!drawCharts(
            m_options.charts.size(),
            [&](std::size_t i) {
                return m_chartTitle ? m_chartTitle(m_options.charts[i]) : QString();
            },
            [&](std::size_t i, const QRectF& rect) {
                m_chartPainter(m_options.charts[i], painter, rect);
            }))
        return false;
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
        writer.setTitle(ReportCover::resolve(m_workspace, m_options.cover).title);
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
