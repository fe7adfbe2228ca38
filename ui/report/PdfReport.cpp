// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include "ReportBudget.h"
#include "ReportHtml.h"
#include "format/Formatting.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace b2x {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x::PdfReport", text, comment, n);
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

int pageOf(const QTextDocument& doc, double y)
{
    return static_cast<int>(std::floor(y / doc.pageSize().height()));
}

QRectF blockRect(const QTextDocument& doc, const QTextBlock& block)
{
    return doc.documentLayout()->blockBoundingRect(block);
}

/// A cell of a table's header row: repeated on every page the table spans, so it is no content
/// that a heading could keep company with.
bool inHeaderRow(const QTextBlock& block)
{
    const QTextCursor cursor(block);
    const QTextTable* table = cursor.currentTable();
    return table && table->cellAt(cursor).row() < table->format().headerRowCount();
}

/// The headings (by their order among all headings) to move to the top of the next page: one
/// the layout left at the foot of a page while the text it introduces starts on the next page,
/// one whose short part would be split across two pages, and the last one of a section (a
/// persona, the appendix) whose part would spill a few lines onto a page of their own. At most
/// one per section (the stretch between forced page breaks) and pass, since a move changes where
/// everything after it falls.
std::vector<int> headingsToMove(const QTextDocument& doc)
{
    struct Heading {
        QTextBlock block;
        int section;
    };
    std::vector<Heading> headings;
    int section = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            ++section;
        if (b.blockFormat().headingLevel() > 0)
            headings.push_back({b, section});
    }
    const double pageHeight = doc.pageSize().height();
    std::vector<int> out;
    int doneSection = -1;
    for (std::size_t i = 0; i < headings.size(); ++i) {
        const Heading& h = headings[i];
        if (h.section == doneSection)
            continue;
        const QRectF top = blockRect(doc, h.block);
        QTextBlock next = h.block.next();
        while (next.isValid() && (next.text().trimmed().isEmpty() || inHeaderRow(next)))
            next = next.next();
        bool move =
            next.isValid() && pageOf(doc, blockRect(doc, next).top()) > pageOf(doc, top.top());
        // A short part (a warning list, the evidence table) that would be split across two
        // pages moves whole to the next one, and so does the last part of a section, whose
        // spill would otherwise stand alone on a page.
        const bool lastOfSection = i + 1 == headings.size() || headings[i + 1].section != h.section;
        if (!move &&
            !(h.block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            const QTextBlock stop = i + 1 < headings.size() ? headings[i + 1].block : QTextBlock();
            double bottom = top.bottom();
            for (QTextBlock b = h.block; b.isValid() && b != stop; b = b.next())
                if (!b.text().trimmed().isEmpty())
                    bottom = std::max(bottom, blockRect(doc, b).bottom());
            move = pageOf(doc, bottom - 0.5) > pageOf(doc, top.top()) &&
                   bottom - top.top() < (lastOfSection ? 0.9 : 0.35) * pageHeight;
        }
        if (move) {
            out.push_back(static_cast<int>(i));
            doneSection = h.section;
        }
    }
    return out;
}

/// `html` with a page break before the headings listed (by their order among all headings).
/// Only the report's own <h1>/<h2> tags match: text the user typed is escaped.
QString breakBefore(const QString& html, const std::vector<int>& headings)
{
    static const QRegularExpression tag(QStringLiteral("<h[12]( style=\"[^\"]*\")?>"));
    const QString breakStyle = QStringLiteral("page-break-before: always;");
    QString out;
    qsizetype from = 0;
    int index = -1;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        ++index;
        if (std::find(headings.begin(), headings.end(), index) == headings.end() ||
            m.captured(1).contains(QStringLiteral("page-break-before")))
            continue;
        out += html.mid(from, m.capturedStart() - from);
        out += m.captured().left(3) + QStringLiteral(" style=\"") + breakStyle +
               m.captured(1).mid(8).chopped(m.captured(1).isEmpty() ? 0 : 1) +
               QStringLiteral("\">");
        from = m.capturedEnd();
    }
    return out + html.mid(from);
}

std::unique_ptr<QTextDocument> makeDocument(const QString& html, QPagedPaintDevice* device,
                                            const QSizeF& body)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(reportFont(9.5));
    // Arabic has no italic (DejaVu Sans Oblique has no Arabic letters, which would print as boxes).
    const QString upright = Formatting::locale().textDirection() == Qt::RightToLeft
                                ? QStringLiteral(" i, em { font-style: normal; }")
                                : QString();
    doc->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; color: #1f3b5c; } h2 { font-size: 12pt; color: "
                       "#1f3b5c; margin-top: 10px; } th { font-weight: bold; }") +
        upright);
    doc->setDocumentMargin(0);
    // Arabic reads right to left: paragraphs, lists and tables follow the language rather than
    // each paragraph's first letter (a persona named in Latin letters must not flip its line).
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(Formatting::locale().textDirection());
    doc->setDefaultTextOption(option);
    doc->setPageSize(body);
    doc->setHtml(html);
    return doc;
}

/// Lays the flow out so that no heading ends a page: a stranded heading gets a page break before
/// it and the flow is laid out again from its HTML. (Changing the block format of a laid-out
/// document instead makes Qt 6.4 leave blocks out when it draws the pages.)
Flow layOut(const QString& html, QPagedPaintDevice* device, const QSizeF& body)
{
    // A flow starts on a new page already: a break before its first heading would leave that
    // page blank.
    static const QRegularExpression leadingBreak(
        QStringLiteral("^<h([12]) style=\"page-break-before: always;\">"));
    QString current = html;
    current.replace(leadingBreak, QStringLiteral("<h\\1>"));
    Flow f{makeDocument(current, device, body), 0};
    for (int pass = 0; pass < 50; ++pass) {
        const std::vector<int> stranded = headingsToMove(*f.doc);
        if (stranded.empty())
            break;
        const QString moved = breakBefore(current, stranded);
        if (moved == current)
            break;
        current = moved;
        f.doc = makeDocument(current, device, body);
    }
    f.pages = f.doc->pageCount();
    return f;
}

/// What each page of a laid-out flow holds (PdfReport::flowPages).
std::vector<PdfReport::FlowPage> describePages(const QTextDocument& doc, int pages)
{
    std::vector<PdfReport::FlowPage> out(static_cast<std::size_t>(pages));
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text().trimmed().isEmpty())
            continue;
        const QRectF r = blockRect(doc, b);
        const int first = std::clamp(pageOf(doc, r.top()), 0, pages - 1);
        const int last = std::clamp(pageOf(doc, r.bottom() - 0.5), first, pages - 1);
        for (int page = first; page <= last; ++page)
            out[static_cast<std::size_t>(page)].hasText = true;
        // Blocks come in reading order: the last one to start on a page ends it.
        auto& p = out[static_cast<std::size_t>(first)];
        p.endsWithHeading = b.blockFormat().headingLevel() > 0 && last == first;
        p.lastText = b.text();
    }
    return out;
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

    const ReportHtml html(m_workspace, m_analyses, m_options.personaIndices);
    // The summary, then each persona by itself: a persona starts on a new page anyway, and
    // laying out a few pages at a time keeps moving headings cheap for a hundred personas.
    std::vector<Flow> text;
    text.push_back(layOut(html.executiveSummary() + html.recommendations(), device, body.size()));
    for (const QString& page : html.personaPageList())
        text.push_back(layOut(page, device, body.size()));
    const QString plan = html.planPart({}, m_options.planAnalysis);
    if (!plan.isEmpty())
        text.push_back(layOut(plan, device, body.size()));
    int textPages = 0;
    for (const Flow& flow : text)
        textPages += flow.pages;
    // The Budget part, after the plan's charts: its own flow, then its charts.
    std::vector<Flow> budgetText;
    // One flow per persona (each starts on a new page), like the persona pages.
    for (const QString& page : ReportBudget(m_workspace, m_options.personaIndices).pages())
        budgetText.push_back(layOut(page, device, body.size()));
    const std::size_t budgetCharts =
        budgetText.empty() || !m_budgetCharts.paint ? 0 : m_budgetCharts.count;
    for (const Flow& flow : budgetText)
        textPages += flow.pages;
    Flow appendix = layOut(html.appendix(), device, body.size());
    const int chartPages = static_cast<int>((m_options.charts.size() + 1) / 2);
    const std::size_t planCharts = plan.isEmpty() || !m_planCharts.paint ? 0 : m_planCharts.count;
    const bool ownPage = planCharts > 0 && m_planCharts.firstOnItsOwnPage;
    const int planChartPages =
        ownPage ? 1 + static_cast<int>(planCharts / 2) : static_cast<int>((planCharts + 1) / 2);
    m_pages = 1 + textPages + planChartPages + static_cast<int>((budgetCharts + 1) / 2) +
              chartPages + appendix.pages;
    m_flowPages.clear();
    for (const auto* flows : {&text, &budgetText})
        for (const Flow& flow : *flows) {
            const auto pages = describePages(*flow.doc, flow.pages);
            m_flowPages.insert(m_flowPages.end(), pages.begin(), pages.end());
        }
    const auto appendixPages = describePages(*appendix.doc, appendix.pages);
    m_flowPages.insert(m_flowPages.end(), appendixPages.begin(), appendixPages.end());

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
    // Charts two to a page (the first alone when `firstAlone`), each under its title: `count`
    // charts, drawn by `paint`.
    const auto drawCharts = [&](std::size_t count, const std::function<QString(std::size_t)>& title,
                                const std::function<void(std::size_t, const QRectF&)>& paint,
                                bool firstAlone = false) {
        for (std::size_t i = 0; i < count;) {
            frame();
            const std::size_t onPage = firstAlone && i == 0 ? 1 : 2;
            const double slotHeight = body.height() / static_cast<double>(onPage);
            for (std::size_t k = 0; k < onPage && i + k < count; ++k) {
                const QRectF slot(body.left(), body.top() + static_cast<double>(k) * slotHeight,
                                  body.width(), slotHeight);
                painter.save();
                painter.setFont(reportFont(12, true));
                painter.setPen(QColor(0x1f, 0x3b, 0x5c));
                const QRectF titleBox(slot.left(), slot.top(), slot.width(), dpi * 0.35);
                painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, title(i + k));
                painter.restore();
                paint(i + k, slot.adjusted(0, dpi * 0.4, 0, -dpi * 0.15));
            }
            i += onPage;
            if (!next())
                return false;
        }
        return true;
    };
    for (Flow& flow : text)
        if (!drawFlow(flow))
            return false;
    // The plan's charts follow the plan part, its last flow.
    if (!drawCharts(
            planCharts,
            [&](std::size_t i) { return m_planCharts.title ? m_planCharts.title(i) : QString(); },
            [&](std::size_t i, const QRectF& rect) { m_planCharts.paint(i, painter, rect); },
            ownPage))
        return false;
    for (Flow& flow : budgetText)
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
