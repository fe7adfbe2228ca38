// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>

class QPainter;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace b2x::charts {

/// Lays `chart` out at `size` (logical units) now, rather than at the next event-loop pass an
/// export never waits for, and fits its scene to it. Laying out is most of a chart's cost in the
/// report (its axes and their labels); done ahead, it can overlap the text's layout (PdfReport).
void layOutChart(QChart& chart, const QSizeF& size);

/// Draws `chart`, laid out at `target`'s size (nothing to do when it already is), into
/// `target`: vector on a PDF or SVG device.
void renderChart(QChart& chart, QPainter& painter, const QRectF& target);

} // namespace b2x::charts
