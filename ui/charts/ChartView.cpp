// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include <QMouseEvent>
#include <QResizeEvent>
#include <QtCharts/QChart>

namespace b2x::charts {

ChartView::ChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    // QTBUG-118669: a press where no item is segfaults inside Qt Charts 6.4.
    if (!itemAt(event->position().toPoint())) {
        event->ignore();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    // QChartView is meant to resize its chart to the view here, but in 6.4 the chart can keep an
    // earlier, smaller height (seen at start-up: the radar drawn as a 108-pixel strip in the
    // middle of a 372-pixel view until the dock was resized;
    // MainWindowTest.EveryChartFillsItsCardAfterOpening). Resize it explicitly.
    QChart* c = chart();
    if (c && c->size() != QSizeF(size())) {
        c->resize(size());
        setSceneRect(c->geometry());
    }
}

void ChartView::paintEvent(QPaintEvent* event)
{
    ++m_paints;
    QChartView::paintEvent(event);
}

} // namespace b2x::charts
