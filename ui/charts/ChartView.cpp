// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QCategoryAxis>
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

QString ChartView::fullLabelAt(const QPoint& pos) const
{
    // Qt Charts shortens an axis label that does not fit with "..." and keeps no tooltip for it
    // (its legend does); the category it came from starts with what is left.
    const QLatin1String dots("...");
    for (QGraphicsItem* item : items(pos)) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (!text || !text->toolTip().isEmpty())
            continue;
        QString shown = text->toPlainText();
        if (!shown.endsWith(dots) || shown.size() <= dots.size())
            continue;
        shown.chop(dots.size());
        for (QAbstractAxis* axis : chart()->axes()) {
            QStringList labels;
            if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
                labels = bars->categories();
            else if (auto* ranges = qobject_cast<QCategoryAxis*>(axis))
                labels = ranges->categoriesLabels();
            for (const QString& label : labels)
                if (label.startsWith(shown))
                    return label;
        }
    }
    return {};
}

bool ChartView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const QString full = fullLabelAt(help->pos()); !full.isEmpty()) {
            QToolTip::showText(help->globalPos(), full, this);
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void ChartView::paintEvent(QPaintEvent* event)
{
    ++m_paints;
    QChartView::paintEvent(event);
}

} // namespace b2x::charts
