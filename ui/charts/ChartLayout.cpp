// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLayout.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QtCharts/QChart>

namespace b2x::charts {

void layOutChart(QChart& chart, const QSizeF& size)
{
    chart.resize(size);
    chart.layout()->activate(); // does nothing when the layout is valid at this size
    chart.scene()->setSceneRect(chart.geometry());
}

void setChartTitle(QChart& chart, const QString& title)
{
    if (chart.title() != title)
        chart.setTitle(title);
}

void renderChart(QChart& chart, QPainter& painter, const QRectF& target)
{
    layOutChart(chart, target.size());
    chart.scene()->render(&painter, target, chart.geometry());
}

} // namespace b2x::charts
