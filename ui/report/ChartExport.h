// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfReport.h"
#include "analytics/PersonaAnalysis.h"
#include "io/WorkspaceWriter.h"
#include "model/Workspace.h"

#include <memory>
#include <vector>

namespace b2x {

namespace charts {
class BudgetChartRenderer;
class ChartRenderer;
class PlanChartRenderer;
} // namespace charts

/// The comparison charts of a workspace for export (PDF pages, PNG, SVG), built offscreen from
/// the same figures as the panel: the compared personas, or the chosen ones.
class ChartExport {
public:
    enum class Format { Png, Svg };

    /// `personaIndices` empty: the personas the workspace's view compares, or the first six.
    /// `planAnalysis`: the plan's analysis when the caller computed it already (null: analysed
    /// here).
    ChartExport(const Workspace& workspace, const std::vector<analytics::PersonaAnalysis>& analyses,
                const std::vector<std::size_t>& personaIndices,
                const plan::PlanAnalysis* planAnalysis = nullptr);
    ~ChartExport();

    static std::vector<int> allCharts();
    static QString title(int chartId);
    static QString key(int chartId);

    /// Draws chart `chartId` into `rect` (vector on a PDF or SVG device).
    void paint(int chartId, QPainter& painter, const QRectF& rect);
    ChartPainter painter();
    /// Lays chart `chartId` out for a rectangle of `size` on the page, ahead of paint().
    ChartPreparer preparer();

    /// One chart to a file: PNG at 2× (1600×1000 pixels) or SVG; atomic.
    SaveResult write(int chartId, const QString& path, Format format);
    /// Every chart into `folder` as KEY.png or KEY.svg, the plan's charts included.
    SaveResult writeAll(const QString& folder, Format format);

    /// The plan's charts (docs/cli.md, "Chart files"): the timeline when the plan has tactics,
    /// then one reverse funnel per persona with a target. For the report's plan part: each is a
    /// vector drawing on a PDF device, like paint().
    std::size_t planChartCount() const;
    QString planChartKey(std::size_t index) const;   ///< file name without extension
    QString planChartTitle(std::size_t index) const; ///< translated
    /// Height ÷ width that suits plan chart `index` (the timeline grows with its rows).
    double planChartAspect(std::size_t index);
    void paintPlanChart(std::size_t index, QPainter& painter, const QRectF& rect);
    /// Gives `report` what it needs of the charts besides the painter: the preparer, the plan's
    /// charts and the Budget part's, for a report covering `personaIndices` (empty: all).
    void addChartsTo(PdfReport& report, const Workspace& workspace,
                     const std::vector<std::size_t>& personaIndices);
    /// The plan's charts for a report covering `personaIndices` of `workspace` (empty: all): the
    /// reverse funnels of the covered personas, and the timeline only when every persona is
    /// covered (it shows every persona's tactics).
    PlanChartPages reportPlanCharts(const Workspace& workspace,
                                    const std::vector<std::size_t>& personaIndices);
    /// The Budget part's charts for a report covering `personaIndices` (empty: all): each worked-on
    /// persona's response curves and tornado (ReportBudget), vector on a PDF device. Valid while
    /// this object lives and until the next call.
    PlanChartPages reportBudgetCharts(const Workspace& workspace,
                                      const std::vector<std::size_t>& personaIndices);
    /// Plan chart `index` to a file, PNG at 2× or SVG, `exportWidth` logical pixels wide.
    SaveResult writePlanChart(std::size_t index, const QString& path, Format format);

private:
    std::unique_ptr<charts::ChartRenderer> m_renderer;
    std::unique_ptr<charts::PlanChartRenderer> m_plan;
    std::unique_ptr<charts::BudgetChartRenderer> m_budget;
};

} // namespace b2x
