// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "io/WorkspaceWriter.h"
#include "model/ReportSettings.h"
#include "model/Workspace.h"
#include "plan/PlanAnalysis.h"

#include <QDate>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace b2x {

/// What goes into a report.
struct ReportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    std::vector<std::size_t> personaIndices; ///< empty: every persona, in workspace order
    std::vector<int> charts;                 ///< chart ids to include (charts::ChartId values)
    /// Cover texts that override the workspace's saved ones (`b2x export --title …`); empty
    /// fields take the saved values. The recommendations always come from the workspace.
    ReportSettings cover;
    /// The plan's analysis, computed once by the caller and shared with the plan's charts; null:
    /// the report analyses the plan itself.
    std::shared_ptr<const plan::PlanAnalysis> planAnalysis;
};

/// The cover of a report as printed: the override, else the workspace's saved value, else the
/// default (the workspace's name as title, today as date).
struct ReportCover {
    QString title, subtitle, client, author;
    QDate date;

    static ReportCover resolve(const Workspace& workspace, const ReportSettings& overrides = {});
};

/// Draws one chart (by id) into a rectangle of the page; supplied by the chart layer so that
/// this module never touches Qt Charts.
using ChartPainter = std::function<void(int chartId, QPainter& painter, const QRectF& rect)>;
/// Lays one chart (by id) out for a rectangle of `size` on the page, ahead of its ChartPainter:
/// the report does it while the text is laid out on other threads (optional).
using ChartPreparer = std::function<void(int chartId, const QSizeF& size)>;

/// The plan's charts for the pages after the plan part (two per page, vector): how many, each
/// one's title and how to draw it; supplied by the chart layer like ChartPainter.
struct PlanChartPages {
    std::size_t count = 0;
    /// The first chart takes a page of its own (the timeline: a row per tactic needs the height).
    bool firstOnItsOwnPage = false;
    std::function<QString(std::size_t index)> title;
    std::function<void(std::size_t index, QPainter& painter, const QRectF& rect)> paint;
    /// Lays chart `index` out for a rectangle of `size` ahead of `paint` (optional).
    std::function<void(std::size_t index, const QSizeF& size)> prepare;
};
/// Called after each page; return false to cancel.
using ReportProgress = std::function<bool(int pagesDone, int pagesTotal)>;

/// The comparison report: cover, executive summary, a page or more per persona, the charts (two
/// per page) and an appendix with the models and sources. Vector output: text stays text, charts
/// are drawn, fonts are embedded. Paints on any paged device (QPdfWriter, QPrinter for printing
/// and print preview).
class PdfReport {
public:
    PdfReport(const Workspace& workspace, const std::vector<analytics::PersonaAnalysis>& analyses,
              ReportOptions options, ChartPainter chartPainter = {},
              std::function<QString(int)> chartTitle = {});

    /// Returns false when cancelled.
    bool paint(QPagedPaintDevice* device, const ReportProgress& progress = {});
    /// Writes the PDF atomically: a failure or a cancel leaves nothing under `path`.
    SaveResult writePdf(const QString& path, const ReportProgress& progress = {});

    int pageCount() const { return m_pages; }
    /// Lays the charts out while the text is laid out (on the calling thread; the text on the
    /// others), so that drawing them afterwards is only drawing.
    void setChartPreparer(ChartPreparer preparer) { m_chartPreparer = std::move(preparer); }
    /// The plan's charts, drawn on the pages right after the plan part (none without one).
    void setPlanCharts(PlanChartPages charts) { m_planCharts = std::move(charts); }
    /// The Budget part's charts (ReportBudget), drawn on the pages right after that part, two per
    /// page (none without the part).
    void setBudgetCharts(PlanChartPages charts) { m_budgetCharts = std::move(charts); }

    /// For each page of the flowing text (executive summary to the last persona, the plan and
    /// budget parts, then the appendix), as laid out for `device`: whether body text starts or
    /// continues on it, and whether its last block is a heading. Empty before paint().
    struct FlowPage {
        bool hasText = false;
        bool endsWithHeading = false;
        QString lastText; ///< the last block on the page, for messages
    };
    const std::vector<FlowPage>& flowPages() const { return m_flowPages; }

    /// How many threads lay out the text (0, the default: one per core). The pages are the same
    /// whatever the number; the report of a hundred personas is mostly text layout.
    void setLayoutThreads(int threads) { m_layoutThreads = threads; }

private:
    void paintCover(QPainter& painter, const QRectF& paper, const ReportCover& cover) const;

    const Workspace& m_workspace;
    const std::vector<analytics::PersonaAnalysis>& m_analyses;
    ReportOptions m_options;
    ChartPainter m_chartPainter;
    ChartPreparer m_chartPreparer;
    std::function<QString(int)> m_chartTitle;
    PlanChartPages m_planCharts;
    PlanChartPages m_budgetCharts;
    int m_pages = 0;
    int m_layoutThreads = 0;
    std::vector<FlowPage> m_flowPages;
};

} // namespace b2x
