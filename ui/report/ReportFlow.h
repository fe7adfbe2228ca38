// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PdfReport.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QTextDocument>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QThreadPool;

namespace b2x {

/// The report's font (DejaVu Sans; Thai falls back through fontconfig).
QFont reportFont(double points, bool bold = false);

/// The report's running text, laid out in pages for a paged device: the executive summary, a
/// persona, the plan part, the appendix. No heading ends a page (see ReportFlow.cpp).
class ReportFlow {
public:
    /// Lays out each HTML flow, `threads` at a time (0: one per core) on the calling thread and
    /// `pool`'s. `pool` must outlive the flows (the layouts keep pointers to its threads' font
    /// engines) and is left with idle threads that never expire. The calling thread runs
    /// `meanwhile` (if any) first, then joins the layout.
    static std::vector<ReportFlow> layOutAll(const std::vector<QString>& html,
                                             QPagedPaintDevice* device, const QSizeF& body,
                                             int threads, QThreadPool& pool,
                                             const std::function<void()>& meanwhile = {});

    int pages() const { return m_pages; }
    /// Draws page `page` (0-based) with its top left corner at the painter's origin.
    void drawPage(int page, QPainter& painter) const;
    /// Whether each page has text and ends with a heading (PdfReport::flowPages).
    std::vector<PdfReport::FlowPage> describePages() const;

private:
    /// One laid-out document, drawn from its first page up to `clipBottom`: a flow is cut where
    /// a heading has to move to the next page, and the rest laid out as a document of its own.
    struct Part {
        std::unique_ptr<QTextDocument> doc;
        int pages = 0;
        double clipBottom = std::numeric_limits<double>::infinity();
    };
    static ReportFlow layOut(const QString& html, QPagedPaintDevice* device, const QSizeF& body);

    std::vector<Part> m_parts;
    int m_pages = 0;
};

} // namespace b2x
