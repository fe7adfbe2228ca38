// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include <QMouseEvent>

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

void ChartView::paintEvent(QPaintEvent* event)
{
    ++m_paints;
    QChartView::paintEvent(event);
}

} // namespace b2x::charts
