// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFlow.h"

#include "format/Formatting.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <cmath>

namespace b2x {

QFont reportFont(double points, bool bold)
{
    // DejaVu covers Latin, Polish, Romanian and Arabic; Thai falls back through fontconfig to the
    // Thai font the packages install.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

namespace {

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

/// The first heading to move to the top of the next page, by its order among all headings, or
/// -1: one the layout left at the foot of a page while the text it introduces starts on the next
/// page, one whose short part would be split across two pages, or the last one of a section (a
/// persona, the appendix; the stretch between forced page breaks) whose part would spill a few
/// lines onto a page of their own. Only the first, since a move changes where everything after
/// it falls. Its block is `*block`.
int headingToMove(const QTextDocument& doc, QTextBlock* block)
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
    for (std::size_t i = 0; i < headings.size(); ++i) {
        const Heading& h = headings[i];
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
            *block = h.block;
            return static_cast<int>(i);
        }
    }
    return -1;
}

/// Where the `index`-th heading's tag starts in `html`, or -1 when it starts the flow or asks
/// for a page break itself (moving it would change nothing). Only the report's own <h1>/<h2>
/// tags match: text the user typed is escaped.
qsizetype headingStart(const QString& html, int index)
{
    // One per thread: the flows are laid out on several.
    thread_local const QRegularExpression tag(QStringLiteral("<h[12]( style=\"[^\"]*\")?>"));
    auto it = tag.globalMatch(html);
    for (int n = 0; it.hasNext(); ++n) {
        const auto m = it.next();
        if (n < index)
            continue;
        if (m.capturedStart() == 0 || m.captured(1).contains(QStringLiteral("page-break-before")))
            return -1;
        return m.capturedStart();
    }
    return -1;
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

} // namespace

/// No heading may end a page. Where one would, the flow is cut before it: the document laid out
/// so far is drawn up to the heading's top, and the rest of the HTML, from the heading on, is laid
/// out as a document of its own that starts on a new page, and checked in turn. Laying out only
/// the rest, rather than the whole flow again with a page break before the heading, halves the
/// layout of a long report (most persona pages have one heading to move). Changing the block
/// format of a laid-out document instead makes Qt 6.4 leave blocks out when it draws the pages.
ReportFlow ReportFlow::layOut(const QString& html, QPagedPaintDevice* device, const QSizeF& body)
{
    // A flow starts on a new page already: a break before its first heading would leave that
    // page blank.
    thread_local const QRegularExpression leadingBreak(
        QStringLiteral("^<h([12]) style=\"page-break-before: always;\">"));
    QString rest = html;
    rest.replace(leadingBreak, QStringLiteral("<h\\1>"));
    ReportFlow flow;
    for (int cuts = 0;; ++cuts) {
        Part part{makeDocument(rest, device, body)};
        QTextBlock heading;
        const int index = cuts < 50 ? headingToMove(*part.doc, &heading) : -1;
        const qsizetype cut = index < 0 ? -1 : headingStart(rest, index);
        if (cut < 0) {
            part.pages = part.doc->pageCount();
            flow.m_pages += part.pages;
            flow.m_parts.push_back(std::move(part));
            return flow;
        }
        // The part ends on the page of the last text before the heading: a heading that stood
        // at the top of a page leaves no blank page behind.
        part.clipBottom = blockRect(*part.doc, heading).top();
        double textBottom = 0;
        for (QTextBlock b = part.doc->begin(); b.isValid() && b != heading; b = b.next())
            if (!b.text().trimmed().isEmpty())
                textBottom = std::max(textBottom, blockRect(*part.doc, b).bottom());
        part.pages = std::max(1, pageOf(*part.doc, textBottom - 0.5) + 1);
        flow.m_pages += part.pages;
        flow.m_parts.push_back(std::move(part));
        rest = rest.mid(cut);
    }
}

/// The helpers are QThreads because a QTextDocument's layout starts timers, which need a thread
/// with an event dispatcher. Each document is handed to the calling thread, which draws it, once
/// it is laid out; but its laid-out lines keep pointers to the font engines of the thread that
/// laid them out, and a thread's font engines are freed when it ends. So the pool keeps its
/// threads until the documents are gone; they are idle by then, and only the drawing thread uses
/// the engines.
std::vector<ReportFlow> ReportFlow::layOutAll(const std::vector<QString>& html,
                                              QPagedPaintDevice* device, const QSizeF& body,
                                              int threads, QThreadPool& pool,
                                              const std::function<void()>& meanwhile)
{
    std::vector<ReportFlow> flows(html.size());
    std::atomic<std::size_t> next{0};
    QThread* const drawing = QThread::currentThread();
    const auto work = [&] {
        for (std::size_t i = next++; i < html.size(); i = next++) {
            flows[i] = layOut(html[i], device, body);
            if (QThread::currentThread() != drawing)
                for (Part& part : flows[i].m_parts)
                    part.doc->moveToThread(drawing);
        }
    };
    const int helpers = std::min(threads > 0 ? threads : QThread::idealThreadCount(),
                                 static_cast<int>(html.size())) -
                        1;
    // Not QThreadPool::waitForDone(), which ends the threads.
    pool.setExpiryTimeout(-1);
    QSemaphore finished;
    {
        // The helpers use this frame: wait for them however it is left (`meanwhile` draws
        // charts, and an allocation can throw).
        int started = 0;
        const auto join = qScopeGuard([&] { finished.acquire(started); });
        for (; started < helpers; ++started)
            pool.start([&] {
                work();
                finished.release();
            });
        if (meanwhile)
            meanwhile();
        work();
    }
    // A document's layout runs timers (the rest of a lazy layout, a report of its size). Moving
    // the document takes them off its former thread and posts a call that registers them with the
    // new one: made now, so that this thread can stop them (or Qt warns, from the destructor on).
    for (ReportFlow& flow : flows)
        for (Part& part : flow.m_parts) {
            QCoreApplication::sendPostedEvents(part.doc.get(), QEvent::MetaCall);
            QCoreApplication::sendPostedEvents(part.doc->documentLayout(), QEvent::MetaCall);
        }
    return flows;
}

void ReportFlow::drawPage(int page, QPainter& painter) const
{
    for (const Part& part : m_parts) {
        if (page >= part.pages) {
            page -= part.pages;
            continue;
        }
        const QSizeF size = part.doc->pageSize();
        const double top = page * size.height();
        const double bottom = std::min(top + size.height(), part.clipBottom);
        // Qt draws every block whose rectangle touches the clip, its bottom edge included, and
        // leaves the rest to the painter's clip: a heading moved to the next page starts exactly
        // at `clipBottom`, so it was drawn here too, unseen but in the file's text (search, copy,
        // screen readers) and twice in the drawing time. Half a device pixel above the edge
        // leaves it out and cuts nothing visible: the text before it ends a margin higher.
        constexpr double halfPixel = 0.5;
        if (bottom - top <= halfPixel)
            return; // an empty rectangle would draw the whole document
        painter.save();
        painter.translate(0, -top);
        part.doc->drawContents(&painter, QRectF(0, top, size.width(), bottom - top - halfPixel));
        painter.restore();
        return;
    }
}

std::vector<PdfReport::FlowPage> ReportFlow::describePages() const
{
    std::vector<PdfReport::FlowPage> out;
    for (const Part& part : m_parts) {
        std::vector<PdfReport::FlowPage> pages(static_cast<std::size_t>(part.pages));
        const QTextDocument& doc = *part.doc;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.text().trimmed().isEmpty())
                continue;
            const QRectF r = blockRect(doc, b);
            if (r.top() >= part.clipBottom)
                break; // drawn in the next part
            const int first = std::clamp(pageOf(doc, r.top()), 0, part.pages - 1);
            const int last = std::clamp(pageOf(doc, r.bottom() - 0.5), first, part.pages - 1);
            for (int page = first; page <= last; ++page)
                pages[static_cast<std::size_t>(page)].hasText = true;
            // Blocks come in reading order: the last one to start on a page ends it.
            auto& p = pages[static_cast<std::size_t>(first)];
            p.endsWithHeading = b.blockFormat().headingLevel() > 0 && last == first;
            p.lastText = b.text();
        }
        out.insert(out.end(), pages.begin(), pages.end());
    }
    return out;
}

} // namespace b2x
