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

bool LinearLogAxis::fit(double low, double high, const std::vector<QAbstractSeries*>& series)
{
    const bool wasLog = m_log;
    const int wasLowDecade = m_lowDecade;
    const bool log = ChartScale::needsLog(low, high);
    if (log != m_log && m_chart) {
        QAbstractAxis* from = current();
        QAbstractAxis* to = log ? static_cast<QAbstractAxis*>(m_logAxis) : m_linear;
        for (QAbstractSeries* s : series)
            s->detachAxis(from);
        m_chart->removeAxis(from); // ownership comes back to us (docs/qt-pitfalls.md)
        m_chart->addAxis(to, m_alignment);
        for (QAbstractSeries* s : series)
            s->attachAxis(to);
        m_log = log;
    }
    if (m_log) {
        const auto [lo, hi] = ChartScale::decades(low, high);
        m_lowDecade = static_cast<int>(std::lround(std::log10(lo)));
        m_highDecade = static_cast<int>(std::lround(std::log10(hi)));
        fitDecades(m_logAxis, m_lowDecade, m_highDecade);
    } else {
        ComparisonChart::fitZeroBasedAxis(m_linear, high, high < 4 ? 0.1 : 1);
    }
    return wasLog != m_log || (m_log && wasLowDecade != m_lowDecade);
}

bool LinearLogAxis::fitDecades(QCategoryAxis* axis, int low, int high)
{
    if (axis->min() == low && axis->max() == high && axis->count() == high - low + 1)
        return false;
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    // Labels sit on a category's end: a sliver first gives the bottom decade a label too.
    axis->setStartValue(low - 1e-6);
    for (int k = low; k <= high; ++k)
        axis->append(ChartScale::decadeLabel(k), k);
    axis->setRange(low, high);
    return true;
}

double LinearLogAxis::map(double value) const
{
    if (!m_log)
        return value;
    return value > 0 ? std::max(std::log10(value), static_cast<double>(m_lowDecade))
                     : static_cast<double>(m_lowDecade);
}

} // namespace b2x::charts
