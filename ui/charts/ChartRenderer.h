// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "ChartId.h"
#include "ComparisonChart.h"

#include <QImage>
#include <QRectF>
#include <map>
#include <memory>

class QGraphicsScene;
class QPainter;

namespace b2x::charts {

/// Draws the comparison charts without a window, for exports: each chart is built from the same
/// figures as the panel, with animations off from the start, and rendered through its own
/// QGraphicsScene at the target size (a never-shown QChartView lays charts out tiny;
/// docs/qt-pitfalls.md). On a QPdfWriter or QSvgGenerator the result is vector.
class ChartRenderer {
public:
    explicit ChartRenderer(ChartData data = {});
    ~ChartRenderer();
    ChartRenderer(const ChartRenderer&) = delete;
    ChartRenderer& operator=(const ChartRenderer&) = delete;

    /// The chart, built on first use; it stays owned by the renderer.
    ComparisonChart* chart(ChartId id);
    /// Lays chart `id` out at `size` (logical units) ahead of paint() at that size.
    void prepare(ChartId id, const QSizeF& size, bool withTitle = true);
    /// Draws chart `id` into `target`, laid out at `target`'s size in logical units; with
    /// `withTitle` the chart's title is drawn above it.
    void paint(ChartId id, QPainter& painter, const QRectF& target, bool withTitle = true);
    /// A bitmap of chart `id`: `size` in logical pixels, `scale` device pixels per logical pixel.
    QImage image(ChartId id, const QSize& size, qreal scale = 2.0, bool withTitle = true);

private:
    struct Entry {
        std::unique_ptr<QGraphicsScene> scene;  ///< destroyed after the chart object below
        std::unique_ptr<ComparisonChart> chart; ///< leaves its QChart to the scene
    };
    ChartData m_data;
    std::map<ChartId, Entry> m_entries;
};

} // namespace b2x::charts
