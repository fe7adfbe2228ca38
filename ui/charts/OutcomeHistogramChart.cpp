// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeHistogramChart.h"

#include "BudgetChartStyle.h"
#include "ChartScale.h"
#include "WrappingLegend.h"
#include "format/Formatting.h"

#include <QApplication>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {

QLineSeries* line(const QColor& colour, Qt::PenStyle penStyle, double width)
{
    auto* s = new QLineSeries;
    QPen pen(colour);
    pen.setStyle(penStyle);
    pen.setWidthF(width);
    s->setPen(pen);
    return s;
}

/// Round ticks over [low, high]: about five steps, the ends on a step.
void fitAxis(QValueAxis* axis, double low, double high)
{
    if (!(high > low)) {
        low -= 0.5;
        high += 0.5;
    }
    const double step = ChartScale::niceCeil((high - low) / 5, 1e-9);
    const double minimum = std::floor(low / step) * step;
    const double maximum = std::max(minimum + step, std::ceil(high / step) * step);
    axis->setRange(minimum, maximum);
    axis->setTickCount(static_cast<int>(std::lround((maximum - minimum) / step)) + 1);
    axis->setLabelFormat(tickLabelFormat(step));
}

} // namespace

OutcomeHistogramChart::OutcomeHistogramChart(QObject* parent)
    : QObject(parent), m_chart(new QChart), m_x(new QValueAxis), m_y(new QValueAxis),
      m_top(new QLineSeries), m_bottom(new QLineSeries),
      m_p10(line(QColor(0x33, 0x33, 0x33), Qt::DashLine, 1.5)),
      m_p50(line(QColor(0x33, 0x33, 0x33), Qt::SolidLine, 2)),
      m_p90(line(QColor(0x33, 0x33, 0x33), Qt::DashLine, 1.5)),
      m_threshold(line(QColor(0xe1, 0x57, 0x59), Qt::DashDotLine, 2))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the UI's language, with its group separators.
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(Formatting::locale());
    m_chart->setFont(smallChartFont());
    m_chart->setMargins(QMargins(4, 4, 16, 4));
    styleValueAxis(m_x, QString());
    styleValueAxis(m_y, tr("Share of runs (%)"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_bars = new QAreaSeries(m_top, m_bottom);
    // An area series does not own its lines.
    m_top->setParent(m_bars);
    m_bottom->setParent(m_bars);
    m_bars->setName(tr("Runs in each range"));
    const QColor blue(0x4e, 0x79, 0xa7);
    m_bars->setBrush(blue.lighter(130));
    m_bars->setBorderColor(blue);
    // Series are drawn in the order they were added: the lines over the bars. The legend lists
    // them in that order too: the median before the outer quantiles.
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(m_bars), static_cast<QAbstractSeries*>(m_p50),
          static_cast<QAbstractSeries*>(m_p10), static_cast<QAbstractSeries*>(m_p90),
          static_cast<QAbstractSeries*>(m_threshold)}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    fitAxis(m_x, 0, 1);
    fitAxis(m_y, 0, 1);
    m_legend = std::make_unique<WrappingLegend>(m_chart, smallChartFont(), 4);
    m_legend->hide(m_p90); // named together with p10
    // An area's marker "from series" is drawn hollow in 6.4: a plain square, filled like the bars.
    for (QLegendMarker* marker : m_chart->legend()->markers(m_bars))
        marker->setShape(QLegend::MarkerShapeRectangle);
    connect(m_chart, &QChart::geometryChanged, this, [this] { m_legend->layout(); });
}

OutcomeHistogramChart::~OutcomeHistogramChart()
{
    // A view or a scene that took the chart deletes it; a chart never shown is ours.
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

void OutcomeHistogramChart::setData(const budget::Histogram& h, std::optional<double> p10,
                                    std::optional<double> p50, std::optional<double> p90,
                                    double threshold, const QString& thresholdName,
                                    const QString& axisTitle)
{
    m_x->setTitleText(axisTitle);
    const double total = static_cast<double>(h.total());
    // Each bin a bar from its lower to its upper edge, a hair apart from the next.
    QList<QPointF> top;
    QList<QPointF> bottom;
    double tallest = 0;
    double low = threshold;
    double high = threshold;
    if (!h.empty() && total > 0) {
        const double gap = h.binWidth * 0.06;
        for (std::size_t i = 0; i < h.counts.size(); ++i) {
            const double share = 100.0 * static_cast<double>(h.counts[i]) / total;
            const double from = h.lowerEdge(i) + gap;
            const double to = h.lowerEdge(i + 1) - gap;
            top << QPointF(from, 0) << QPointF(from, share) << QPointF(to, share) << QPointF(to, 0);
            tallest = std::max(tallest, share);
        }
        bottom << QPointF(h.lower, 0) << QPointF(h.upper(), 0);
        low = std::min(low, h.lower);
        high = std::max(high, h.upper());
    }
    m_top->replace(top);
    m_bottom->replace(bottom);

    fitAxis(m_y, 0, tallest > 0 ? tallest * 1.05 : 1);
    const double yTop = m_y->max();
    for (const auto& q : {p10, p50, p90})
        if (q && std::isfinite(*q)) {
            low = std::min(low, *q);
            high = std::max(high, *q);
        }
    fitAxis(m_x, low, high);

    const auto vertical = [yTop](QLineSeries* s, std::optional<double> x) {
        QList<QPointF> points;
        if (x && std::isfinite(*x))
            points << QPointF(*x, 0) << QPointF(*x, yTop);
        s->replace(points);
    };
    vertical(m_p10, p10);
    vertical(m_p50, p50);
    vertical(m_p90, p90);
    vertical(m_threshold, std::optional<double>(threshold));
    const auto value = [](std::optional<double> v) {
        return v ? Formatting::number(*v, 2) : QStringLiteral("–");
    };
    m_p50->setName(tr("p50 (median): %1").arg(value(p50)));
    m_p10->setName(tr("p10 and p90: %1 and %2").arg(value(p10), value(p90)));
    m_threshold->setName(thresholdName);
    m_legend->layout();
}

} // namespace b2x::charts
