// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseCurveChart.h"

#include "BudgetChartStyle.h"
#include "ChartScale.h"
#include "WrappingLegend.h"
#include "format/Formatting.h"

#include <QApplication>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

namespace b2x::charts {

ResponseCurveSeries responseCurveSeries(const budget::ResponseCurve& curve,
                                        const budget::ChannelAllocation& allocation,
                                        double maxSpend, QString name, QColor colour)
{
    constexpr int samples = 64; // smooth at the width of a dock or a page
    ResponseCurveSeries s;
    s.name = std::move(name);
    s.colour = colour;
    for (int k = 0; k <= samples; ++k) {
        const double x = maxSpend * k / samples;
        s.curve << QPointF(x, curve.entries(x));
    }
    s.today = QPointF(allocation.currentSpend, allocation.currentEntries);
    s.proposed = QPointF(allocation.spend, allocation.entries);
    return s;
}

double responseCurveReach(double largestSpend)
{
    return largestSpend > 0 ? largestSpend * 1.5 : 1;
}

namespace {

/// 0 … a round number ≥ largest, in about five round steps.
void fitAxis(QValueAxis* axis, double largest)
{
    const double step = ChartScale::niceCeil(std::max(largest, 1e-9) / 5, 1e-9);
    const double maximum = std::max(step, std::ceil(largest * 1.02 / step) * step);
    axis->setRange(0, maximum);
    axis->setTickCount(static_cast<int>(std::lround(maximum / step)) + 1);
    axis->setLabelFormat(tickLabelFormat(step));
}

QScatterSeries* marks(const QString& name, QScatterSeries::MarkerShape shape, bool filled)
{
    auto* s = new QScatterSeries;
    s->setName(name);
    s->setMarkerShape(shape);
    s->setMarkerSize(11);
    const QColor dark(0x33, 0x33, 0x33);
    s->setColor(filled ? dark : QColor(Qt::white));
    s->setBorderColor(dark);
    QPen pen = s->pen();
    pen.setColor(dark);
    pen.setWidthF(2);
    s->setPen(pen);
    return s;
}

} // namespace

ResponseCurveChart::ResponseCurveChart(QObject* parent)
    : QObject(parent), m_chart(new QChart), m_x(new QValueAxis), m_y(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the UI's language, with its group separators (1,250,000).
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(Formatting::locale());
    m_chart->setFont(smallChartFont());
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    styleValueAxis(m_x, QString());
    styleValueAxis(m_y, tr("Entries a month"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_today = marks(tr("Today"), QScatterSeries::MarkerShapeCircle, false);
    m_proposed = marks(tr("Proposed"), QScatterSeries::MarkerShapeRotatedRectangle, true);
    for (QScatterSeries* s : {m_today, m_proposed}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    fitAxis(m_x, 1);
    fitAxis(m_y, 1);
    m_legend = std::make_unique<WrappingLegend>(m_chart, smallChartFont(), 4);
    connect(m_chart, &QChart::geometryChanged, this, [this] { m_legend->layout(); });
}

ResponseCurveChart::~ResponseCurveChart()
{
    // A view or a scene that took the chart deletes it; a chart never shown is ours.
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

QLineSeries* ResponseCurveChart::curve(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_lines.size()
               ? m_lines[static_cast<std::size_t>(index)]
               : nullptr;
}

QColor ResponseCurveChart::channelColour(int index)
{
    // Tableau 10, the palette the personas' colours come from.
    static constexpr std::array<QRgb, 10> palette = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2,
                                                     0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7,
                                                     0x9c755f, 0xbab0ac};
    return QColor(palette[static_cast<std::size_t>(index) % palette.size()]);
}

void ResponseCurveChart::setCurves(const std::vector<ResponseCurveSeries>& curves,
                                   const QString& currency)
{
    m_x->setTitleText(tr("Monthly spend (%1)").arg(currency));
    while (m_lines.size() > curves.size()) {
        QLineSeries* s = m_lines.back();
        m_chart->removeSeries(s); // hands ownership back
        delete s;
        m_lines.pop_back();
    }
    if (m_lines.size() < curves.size()) {
        // Qt Charts draws series in the order they were added: the marks go back on top.
        for (QScatterSeries* m : {m_today, m_proposed})
            m_chart->removeSeries(m); // hands ownership back; added again below
        while (m_lines.size() < curves.size()) {
            auto* s = new QLineSeries;
            m_chart->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            m_lines.push_back(s);
        }
        for (QScatterSeries* m : {m_today, m_proposed}) {
            m_chart->addSeries(m);
            m->attachAxis(m_x);
            m->attachAxis(m_y);
        }
    }
    double maxX = 0;
    double maxY = 0;
    QList<QPointF> today;
    QList<QPointF> proposed;
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const ResponseCurveSeries& c = curves[i];
        QLineSeries* s = m_lines[i];
        if (s->name() != c.name)
            s->setName(c.name);
        QPen pen = s->pen();
        pen.setColor(c.colour);
        pen.setWidthF(2);
        s->setPen(pen);
        if (s->points() != c.curve)
            s->replace(c.curve);
        for (const QPointF& p : c.curve) {
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        today << c.today;
        proposed << c.proposed;
        for (const QPointF& p : {c.today, c.proposed}) {
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    }
    if (m_today->points() != today)
        m_today->replace(today);
    if (m_proposed->points() != proposed)
        m_proposed->replace(proposed);
    fitAxis(m_x, maxX > 0 ? maxX : 1);
    fitAxis(m_y, maxY > 0 ? maxY : 1);
    m_legend->layout();
}

} // namespace b2x::charts
