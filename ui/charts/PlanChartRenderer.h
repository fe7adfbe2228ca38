// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"
#include "PlanChartData.h"

#include <QDate>
#include <QImage>
#include <QRectF>
#include <memory>
#include <vector>

class QGraphicsScene;
class QPainter;

namespace b2x::charts {

/// Draws the plan's charts without a window, for exports and the report: the timeline (when the
/// plan has tactics) and one reverse funnel per persona with a target, built from the same
/// figures as the plan panel and rendered through their own QGraphicsScene like ChartRenderer.
class PlanChartRenderer {
public:
    struct Item {
        ChartId id = ChartId::PlanTimeline;
        std::string personaId; ///< reverse funnels only
        QString key;           ///< file name without extension: plan-timeline, reverse-funnel-…
        QString title;         ///< translated
    };

    PlanChartRenderer(const Workspace& workspace, QDate today);
    /// The same from the plan's analysis the caller computed already (an export shares one
    /// analysis between the report's plan part and these charts).
    PlanChartRenderer(const Workspace& workspace, const plan::PlanAnalysis& analysis, QDate today);
    ~PlanChartRenderer();
    PlanChartRenderer(const PlanChartRenderer&) = delete;
    PlanChartRenderer& operator=(const PlanChartRenderer&) = delete;

    const std::vector<Item>& items() const { return m_items; }
    /// Chart `index` of items(), built on first use and owned by the renderer.
    ComparisonChart* chart(std::size_t index);
    /// Height that suits chart `index` laid out `width` wide (the timeline grows with its rows).
    double preferredHeight(std::size_t index, double width);
    /// Lays chart `index` out at `size` (logical units) ahead of paint() at that size.
    void prepare(std::size_t index, const QSizeF& size, bool withTitle = true);
    /// Draws chart `index` into `target`, laid out at `target`'s size in logical units (vector on
    /// a PDF or SVG device); with `withTitle` its title is drawn above it.
    void paint(std::size_t index, QPainter& painter, const QRectF& target, bool withTitle = true);
    QImage image(std::size_t index, const QSize& size, qreal scale = 2.0, bool withTitle = true);

private:
    struct Entry {
        std::unique_ptr<QGraphicsScene> scene;  ///< destroyed after the chart object below
        std::unique_ptr<ComparisonChart> chart; ///< leaves its QChart to the scene
    };
    TimelineData m_timeline;
    std::vector<ReverseFunnelData> m_funnels; ///< per item (empty for the timeline)
    std::vector<Item> m_items;
    std::vector<Entry> m_entries;
};

} // namespace b2x::charts
