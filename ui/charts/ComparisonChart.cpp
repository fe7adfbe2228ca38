// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonChart.h"

#include "ChartScale.h"
#include "format/Formatting.h"

#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {
constexpr int sideMargin = 4;
} // namespace

ComparisonChart::ComparisonChart(QChart* chart, QObject* parent) : QObject(parent), m_chart(chart)
{
    // No animations anywhere (docs/qt-pitfalls.md): they blank exports and make typing flicker.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Extra room on the right: the last x label is centred on the plot's edge.
    chart->setMargins(QMargins(sideMargin, sideMargin, 4 * sideMargin, sideMargin));
    chart->setFont(labelFont());
    chart->setTitleFont(titleFont());
    // After the theme, which would set the legend's font again.
    m_legend = std::make_unique<WrappingLegend>(chart, labelFont(), sideMargin);
    connect(chart, &QChart::geometryChanged, this, &ComparisonChart::layoutLegend);
}

ComparisonChart::~ComparisonChart()
{
    // A view or a scene that took the chart deletes it; a chart never shown is ours.
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

void ComparisonChart::setItemCaching(bool on)
{
    m_itemCaching = on;
    cacheItems();
}

void ComparisonChart::cacheItems()
{
    if (!m_itemCaching)
        return;
    // Qt Charts draws every scatter marker as its own ellipse item, so an edit that moves one
    // point of the B2B index repaints a thousand antialiased ellipses. Cached in device pixels
    // they are blitted instead (an item is re-cached when it changes). Text items are left
    // alone: cached, they disappear at a device pixel ratio of 2 in Qt 6.4.
    std::vector<QGraphicsItem*> stack{m_chart.data()};
    while (!stack.empty()) {
        QGraphicsItem* item = stack.back();
        stack.pop_back();
        const auto children = item->childItems();
        stack.insert(stack.end(), children.begin(), children.end());
        if (item->type() == QGraphicsEllipseItem::Type &&
            item->cacheMode() != QGraphicsItem::DeviceCoordinateCache)
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    }
}

void ComparisonChart::setData(const ChartData& data)
{
    m_subjects = data.subjects;
    m_currency = data.currency;
    m_groups = data.groups;
    m_emptyHint = data.emptyHint;
    rebuild();
    setPopulation(data.population);
    layoutLegend();
    cacheItems();
    Q_EMIT contentChanged();
}

void ComparisonChart::updateSubject(const ChartData& data, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= data.subjects.size() ||
        data.subjects.size() != m_subjects.size()) {
        setData(data);
        return;
    }
    m_subjects[static_cast<std::size_t>(index)] = data.subjects[static_cast<std::size_t>(index)];
    refreshSubject(index);
    layoutLegend(); // names, and bar sets added for new stages or rows
    cacheItems();
    Q_EMIT contentChanged();
}

void ComparisonChart::updatePopulation(const ChartData& data, int index)
{
    if (data.subjects.size() != m_subjects.size()) {
        setData(data);
        return;
    }
    m_subjects = data.subjects; // a compared persona's figures may have changed with it
    refreshPopulation(data.population, index);
    layoutLegend(); // a compared persona's name may have changed
    cacheItems();
    Q_EMIT contentChanged();
}

void ComparisonChart::refreshSubject(int)
{
    rebuild();
}

QString ComparisonChart::money(double amount) const
{
    return Formatting::money(amount, m_currency);
}

QStringList ComparisonChart::uniqueLabels(const QStringList& labels)
{
    QStringList result;
    for (const QString& label : labels) {
        QString unique = label;
        for (int n = 2; result.contains(unique); ++n)
            unique = tr("%1 (%2)").arg(label).arg(n);
        result << unique;
    }
    return result;
}

void ComparisonChart::attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    m_chart->addSeries(series);
    if (x)
        series->attachAxis(x);
    if (y)
        series->attachAxis(y);
}

void ComparisonChart::replacePoints(QXYSeries* series, const QList<QPointF>& points)
{
    if (series->points() != points)
        series->replace(points);
}

void ComparisonChart::destroySeries(QAbstractSeries* series)
{
    m_chart->removeSeries(series);
    delete series;
}

void ComparisonChart::layoutLegend()
{
    if (m_legend->layout())
        Q_EMIT contentChanged(); // the card makes room for the new rows
}

QFont ComparisonChart::labelFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    return f;
}

QFont ComparisonChart::titleFont()
{
    QFont f = QApplication::font();
    f.setBold(true);
    return f;
}

void ComparisonChart::fitZeroBasedAxis(QValueAxis* axis, double largest, double minimumStep)
{
    const double step = ChartScale::niceCeil(largest / 5, minimumStep);
    const double maximum = std::max(step, std::ceil(largest * 1.02 / step) * step);
    if (axis->min() == 0 && axis->max() == maximum && axis->tickInterval() == step)
        return;
    // Qt Charts creates one item per tick as soon as the range or the interval changes. With the
    // old interval, a range a million times wider means a million tick items (opening a
    // 10,000-persona workspace froze for minutes in CartesianChartAxis::createItems). So the
    // interval changes first when it grows and the range first when it shrinks: no state in
    // between has more ticks than the old or the new axis.
    if (axis->tickType() == QValueAxis::TicksDynamic && step > axis->tickInterval()) {
        axis->setTickInterval(step);
        axis->setRange(0, maximum);
    } else {
        axis->setRange(0, maximum);
        axis->setTickInterval(step);
    }
    axis->setTickAnchor(0);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

void ComparisonChart::styleAxis(QAbstractAxis* axis, const QString& title)
{
    axis->setLabelsFont(labelFont());
    axis->setTitleFont(labelFont());
    axis->setTitleText(title);
    axis->setTitleVisible(true);
    QPen grid = axis->gridLinePen();
    grid.setColor(QColor(0xdd, 0xdd, 0xdd));
    axis->setGridLinePen(grid);
}

} // namespace b2x::charts
