// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace b2x::charts {

/// Lays `chart` out at `size` (logical units) now, rather than at the next event-loop pass an
/// export never waits for, and fits its scene to it. Laying out is most of a chart's cost in the
/// report (its axes and their labels); done ahead, it can overlap the text's layout (PdfReport).
void layOutChart(QChart& chart, const QSizeF& size);

/// Gives `chart` its title, or none (empty); the same title leaves it alone, since Qt Charts
/// lays a chart out again after any setTitle but a first empty one.
void setChartTitle(QChart& chart, const QString& title);

/// Draws `chart`, laid out at `target`'s size (nothing to do when it already is), into
/// `target`: vector on a PDF or SVG device.
void renderChart(QChart& chart, QPainter& painter, const QRectF& target);

} // namespace b2x::charts
