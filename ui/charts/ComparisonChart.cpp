// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonChart.h"

#include "ChartScale.h"
#include "format/Formatting.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QBarLegendMarker>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {
constexpr int sideMargin = 4;
constexpr const char* hiddenProperty = "b2xHiddenFromLegend";
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

    // Qt's attached legend stays on one row and truncates every name to a few letters in a
    // narrow dock; a detached legend wraps onto as many rows as needed, and layoutLegend()
    // reserves that room below the plot.
    QLegend* legend = chart->legend();
    legend->setFont(labelFont());
    legend->setAlignment(Qt::AlignTop); // detached: rows run top to bottom
    legend->detachFromChart();
    legend->setBackgroundVisible(false);
    legend->setShowToolTips(true); // full names of elided entries
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
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

void ComparisonChart::hideFromLegend(QAbstractSeries* series)
{
    for (QLegendMarker* marker : m_chart->legend()->markers(series))
        showInLegend(marker, false);
}

void ComparisonChart::showInLegend(QLegendMarker* marker, bool shown)
{
    // QLegendMarker::isVisible() also says false while the legend itself has not been laid out
    // (offscreen, before the first render), so the intent is kept beside it.
    marker->setProperty(hiddenProperty, !shown);
    marker->setVisible(shown);
}

bool ComparisonChart::shownInLegend(const QLegendMarker* marker)
{
    return !marker->property(hiddenProperty).toBool();
}

void ComparisonChart::layoutLegend()
{
    QLegend* legend = m_chart->legend();
    const QRectF area = m_chart->rect();
    if (area.width() < 10)
        return;
    // Mirrors the detached layout of QLegend with generous item widths, so the reserved room is
    // never smaller than what Qt uses. Qt wraps after an item when the same width would not fit
    // again, so a long name after a short one ran past the legend's right edge, cut off. The last
    // item of every row planned here is padded with no-break spaces (invisible) to nearly the
    // legend's width, so Qt wraps exactly where planned, before a long name too.
    for (QLegendMarker* marker : legend->markers())
        // A bar set's marker "from series" is drawn hollow in 6.4: give bars plain squares.
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar &&
            marker->shape() != QLegend::MarkerShapeRectangle)
            marker->setShape(QLegend::MarkerShapeRectangle);
    const QFontMetricsF fm(legend->font());
    const double available = area.width() - 2 * sideMargin;
    // Text can be wider on screen than measured here (hinting differs at 2×): a tenth extra.
    // Marker (up to 17 pixels for the mismatch rings), spacing and margins around the text.
    const double decoration = std::max(fm.height(), 18.0) + 30;
    std::vector<QLegendMarker*> shown;
    std::vector<QString> labels;
    std::vector<double> widths;
    for (QLegendMarker* marker : legend->markers())
        if (shownInLegend(marker)) {
            // The label of the series or bar set (a padded label is set below, so the marker's
            // own may carry spaces from an earlier layout).
            auto* bar = qobject_cast<QBarLegendMarker*>(marker);
            QString label = bar && bar->barset() ? bar->barset()->label()
                            : marker->series()   ? marker->series()->name()
                                                 : marker->label();
            while (label.endsWith(QChar(0xA0)))
                label.chop(1);
            shown.push_back(marker);
            labels.push_back(label);
            widths.push_back(std::min(available, fm.horizontalAdvance(label) * 1.1 + decoration));
        }
    std::vector<bool> padded(widths.size(), false);
    int rows = widths.empty() ? 0 : 1;
    double x = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        if (x > 0 && x + widths[i] > available) {
            padded[i - 1] = true; // Qt wraps after it now
            x = 0;
            ++rows;
        }
        x += widths[i];
        if (x + widths[i] > available && i + 1 < widths.size()) {
            padded[i] = true; // Qt would wrap here itself, unless the widths are smaller than
            x = 0;            // measured here: then the padding makes sure
            ++rows;
        }
    }
    const double space = std::max(1.0, fm.horizontalAdvance(QChar(0xA0)));
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QString label = labels[i];
        if (padded[i]) {
            // Short of the legend's width, or Qt would shorten the label with "..." at its end.
            const double room = available - decoration - 8 - fm.horizontalAdvance(label) * 1.1;
            label += QString(std::max(0, static_cast<int>(room / (space * 1.1))), QChar(0xA0));
        }
        if (shown[i]->label() != label)
            shown[i]->setLabel(label);
    }
    // Markers take their series' shape and size (up to 17 pixels for the mismatch rings).
    const double rowHeight = std::max(fm.height(), 18.0) + 6;
    const double height = rows * rowHeight + (rows ? 4 : 0);
    QMargins margins = m_chart->margins();
    margins.setBottom(sideMargin + static_cast<int>(std::ceil(height)));
    if (margins != m_chart->margins())
        m_chart->setMargins(margins);
    // Never hidden: a hidden legend makes every marker report itself hidden.
    const QRectF geometry(sideMargin, area.height() - sideMargin - height, available, height);
    if (legend->geometry() != geometry || rows != m_legendRows || available != m_legendWidth)
        legend->setGeometry(geometry);
    const bool rowsChanged = rows != m_legendRows;
    m_legendRows = rows;
    m_legendWidth = available;
    m_legendHeight = static_cast<int>(std::ceil(height));
    legend->update();
    if (rowsChanged)
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
