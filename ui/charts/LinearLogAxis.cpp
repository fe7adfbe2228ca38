// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinearLogAxis.h"

#include "ChartScale.h"
#include "ComparisonChart.h"

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

LinearLogAxis::LinearLogAxis(QChart* chart, Qt::Alignment alignment)
    : m_chart(chart), m_alignment(alignment), m_linear(new QValueAxis), m_logAxis(new QCategoryAxis)
{
    m_logAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_linear->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_linear, alignment);
}

LinearLogAxis::~LinearLogAxis()
{
    // The axis in the chart belongs to the chart (deleted with it); the other one is ours.
    if (m_log)
        delete m_linear;
    else
        delete m_logAxis;
}

QAbstractAxis* LinearLogAxis::current() const
{
    return m_log ? static_cast<QAbstractAxis*>(m_logAxis) : m_linear;
}

void LinearLogAxis::setTitles(const QString& linearTitle, const QString& logTitle)
{
    if (m_linear->titleText() != linearTitle)
        m_linear->setTitleText(linearTitle);
    if (m_logAxis->titleText() != logTitle)
        m_logAxis->setTitleText(logTitle);
}

void LinearLogAxis::fit(double low, double high, const std::vector<QAbstractSeries*>& series)
{
    const bool log = ChartScale::needsLog(low, high);
    if (log != m_log && m_chart) {
        QAbstractAxis* from = current();
        QAbstractAxis* to = log ? static_cast<QAbstractAxis*>(m_logAxis) : m_linear;
        for (QAbstractSeries* s : series)
            s->detachAxis(from);
        m_chart->removeAxis(from); // ownership comes back to us (QT_NOTES.md)
        m_chart->addAxis(to, m_alignment);
        for (QAbstractSeries* s : series)
            s->attachAxis(to);
        m_log = log;
    }
    if (m_log) {
        const auto [lo, hi] = ChartScale::decades(low, high);
        const int from = static_cast<int>(std::lround(std::log10(lo)));
        const int to = static_cast<int>(std::lround(std::log10(hi)));
        if (from != m_lowDecade || to != m_highDecade || m_logAxis->count() == 0) {
            m_lowDecade = from;
            m_highDecade = to;
            for (const QString& label : m_logAxis->categoriesLabels())
                m_logAxis->remove(label);
            // Labels sit on a category's end: a sliver first gives the bottom decade one too.
            m_logAxis->setStartValue(from - 1e-6);
            for (int k = from; k <= to; ++k)
                m_logAxis->append(ChartScale::decadeLabel(k), k);
            m_logAxis->setRange(from, to);
        }
    } else {
        ComparisonChart::fitZeroBasedAxis(m_linear, high, high < 4 ? 0.1 : 1);
    }
}

double LinearLogAxis::map(double value) const
{
    if (!m_log)
        return value;
    return value > 0 ? std::max(std::log10(value), static_cast<double>(m_lowDecade))
                     : static_cast<double>(m_lowDecade);
}

} // namespace b2x::charts
