// SPDX-License-Identifier: GPL-3.0-or-later
#include "TornadoChart.h"

#include "BudgetChartStyle.h"
#include "ChartScale.h"
#include "WrappingLegend.h"
#include "format/Formatting.h"

#include <QApplication>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {

QBarSet* makeSet(const QString& name, const QColor& colour)
{
    auto* s = new QBarSet(name);
    s->setColor(colour);
    s->setBorderColor(colour);
    return s;
}

} // namespace

TornadoChart::TornadoChart(QObject* parent)
    : QObject(parent), m_chart(new QChart), m_y(new QBarCategoryAxis), m_x(new QValueAxis),
      m_series(new QHorizontalStackedBarSeries)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the UI's language, with its group separators (1,250,000).
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(Formatting::locale());
    m_chart->setFont(smallChartFont());
    m_chart->setMargins(QMargins(4, 4, 16, 4));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_x), static_cast<QAbstractAxis*>(m_y)}) {
        axis->setLabelsFont(smallChartFont());
        axis->setTitleFont(smallChartFont());
    }
    QPen grid = m_x->gridLinePen();
    grid.setColor(QColor(0xdd, 0xdd, 0xdd));
    m_x->setGridLinePen(grid);
    m_y->setGridLineVisible(false);
    m_offset = makeSet(QString(), Qt::transparent);
    m_offset->setBorderColor(Qt::transparent);
    m_below = makeSet(tr("Below today's value"), QColor(0x4e, 0x79, 0xa7));
    m_above = makeSet(tr("Above today's value"), QColor(0xf2, 0x8e, 0x2b));
    m_range = makeSet(tr("All inputs together: p10–p90"), QColor(0xba, 0xb0, 0xac));
    m_series->append({m_offset, m_below, m_above, m_range});
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_legend = std::make_unique<WrappingLegend>(m_chart, smallChartFont(), 4);
    const auto markers = m_chart->legend()->markers(m_series);
    if (!markers.isEmpty())
        WrappingLegend::setShown(markers.front(), false); // the transparent offset
    connect(m_chart, &QChart::geometryChanged, this, [this] { m_legend->layout(); });
}

TornadoChart::~TornadoChart()
{
    // A view or a scene that took the chart deletes it; a chart never shown is ours.
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

QStringList TornadoChart::categories() const
{
    return m_y->categories();
}

void TornadoChart::setData(double base, std::optional<std::pair<double, double>> range,
                           const std::vector<TornadoRow>& rows, const QString& axisTitle)
{
    m_x->setTitleText(axisTitle);
    // Qt draws the first category at the bottom: the rows go in reversed, the band last (on top).
    QStringList names;
    QList<qreal> offset;
    QList<qreal> below;
    QList<qreal> above;
    QList<qreal> band;
    double largest = std::max(base, 0.0);
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const double lo = std::max(0.0, std::min(it->low, it->high));
        const double hi = std::max(0.0, std::max(it->low, it->high));
        const double b = std::clamp(base, lo, hi);
        names << it->name;
        offset << lo;
        below << b - lo;
        above << hi - b;
        band << 0;
        largest = std::max(largest, hi);
    }
    if (range) {
        const double lo = std::max(0.0, range->first);
        const double hi = std::max(lo, range->second);
        names << tr("All inputs together");
        offset << lo;
        below << 0;
        above << 0;
        band << hi - lo;
        largest = std::max(largest, hi);
    }
    // Unique labels: QBarCategoryAxis drops repeats.
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names.indexOf(names[i]) != i)
            names[i] += QStringLiteral(" (%1)").arg(i + 1);
    if (m_y->categories() != names) {
        m_y->clear();
        m_y->append(names);
    }
    const auto fill = [](QBarSet* set, const QList<qreal>& values) {
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
            return;
        }
        for (int i = 0; i < set->count(); ++i)
            if (set->at(i) != values[i])
                set->replace(i, values[i]);
    };
    fill(m_offset, offset);
    fill(m_below, below);
    fill(m_above, above);
    fill(m_range, band);
    const double step = ChartScale::niceCeil(std::max(largest, 1e-9) / 5, 1e-9);
    const double maximum = std::max(step, std::ceil(largest * 1.02 / step) * step);
    m_x->setRange(0, maximum);
    m_x->setTickCount(static_cast<int>(std::lround(maximum / step)) + 1);
    m_x->setLabelFormat(tickLabelFormat(step));
    m_legend->layout();
}

} // namespace b2x::charts
