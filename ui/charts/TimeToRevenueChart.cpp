// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeToRevenueChart.h"

#include "format/Formatting.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

namespace {
constexpr int months = 24;
}

TimeToRevenueChart::TimeToRevenueChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QValueAxis),
      m_y(std::make_unique<LinearLogAxis>(chart(), Qt::AlignLeft))
{
    m_x->setRange(1, months);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(3);
    m_x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_x, tr("Months after the campaigns start"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    styleAxis(m_y->linear(), QString());
    styleAxis(m_y->logarithmic(), QString());
    updateAxes();
}

QList<QPointF> TimeToRevenueChart::line(const SubjectFigures& s) const
{
    QList<QPointF> points;
    points.reserve(months);
    for (int m = 0; m < months; ++m)
        points.append(QPointF(
            m + 1, m_y->map(s.monthlyRevenue[static_cast<std::size_t>(m)] / m_scale.divisor)));
    return points;
}

bool TimeToRevenueChart::updateAxes()
{
    double high = 0;
    double low = 0; // the smallest steady state: early months of zero are not "small revenue"
    for (const auto& s : subjects()) {
        for (double v : s.monthlyRevenue)
            high = std::max(high, v);
        if (s.steadyStateRevenue > 0 && (low <= 0 || s.steadyStateRevenue < low))
            low = s.steadyStateRevenue;
    }
    // Log labels carry their own unit ("100k"); a linear axis counts in thousands or millions.
    const ChartScale::MoneyScale scale = ChartScale::needsLog(low, high)
                                             ? ChartScale::MoneyScale{1, currency()}
                                             : ChartScale::moneyScale(high, currency());
    const bool scaleChanged = scale.divisor != m_scale.divisor || scale.unit != m_scale.unit;
    m_scale = scale;
    // Log when the steady states differ by orders of magnitude; the axis then starts at the
    // decade below the smallest one, and months without revenue are drawn there.
    std::vector<QAbstractSeries*> series(m_series.begin(), m_series.end());
    const bool moved =
        m_y->fit(low / m_scale.divisor, std::max(high / m_scale.divisor, 1e-9), series);
    m_y->setTitles(tr("Revenue per month (%1)").arg(m_scale.unit),
                   tr("Revenue per month (%1, log)").arg(m_scale.unit));
    return scaleChanged || moved;
}

void TimeToRevenueChart::rebuild()
{
    const auto& subjects = this->subjects();
    while (m_series.size() > subjects.size()) {
        destroySeries(m_series.back());
        m_series.pop_back();
    }
    while (m_series.size() < subjects.size()) {
        auto* s = new QLineSeries;
        connect(s, &QLineSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            const auto it = std::find(m_series.begin(), m_series.end(), s);
            const long month = std::lround(p.x());
            if (!state || it == m_series.end() || month < 1 || month > months) {
                hideTip();
                return;
            }
            const auto& f = this->subjects()[static_cast<std::size_t>(it - m_series.begin())];
            showTip(tr("%1\nMonth %2: %3 from new customers (full pipeline: %4 a month)")
                        .arg(f.name)
                        .arg(month)
                        .arg(money(f.monthlyRevenue[static_cast<std::size_t>(month - 1)]),
                             money(f.steadyStateRevenue)));
        });
        attach(s, m_x, m_y->current());
        m_series.push_back(s);
    }
    updateAxes();
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        m_series[i]->setName(subjects[i].name);
        m_series[i]->setPen(QPen(subjects[i].colour, 2.5));
        replacePoints(m_series[i], line(subjects[i]));
    }
}

void TimeToRevenueChart::refreshSubject(int index)
{
    if (updateAxes()) {
        rebuild();
        return;
    }
    const auto i = static_cast<std::size_t>(index);
    const QString name = subjects()[i].name;
    if (m_series[i]->name() != name)
        m_series[i]->setName(name);
    replacePoints(m_series[i], line(subjects()[i]));
}

QString TimeToRevenueChart::notes() const
{
    if (isEmpty())
        return {};
    QStringList parts;
    for (const auto& s : subjects())
        parts << (s.monthsTo50Percent ? tr("%1: half of the full monthly revenue by month %2")
                                            .arg(s.name, Formatting::number(*s.monthsTo50Percent))
                                      : tr("%1: no new customers, so no revenue").arg(s.name));
    return parts.join(QLatin1Char('\n'));
}

ChartTable TimeToRevenueChart::table() const
{
    ChartTable t;
    t.columns << tr("Month");
    for (const auto& s : subjects())
        t.columns << s.name;
    for (int m = 0; m < months; ++m) {
        QStringList row{Formatting::number(m + 1)};
        for (const auto& s : subjects())
            row << money(s.monthlyRevenue[static_cast<std::size_t>(m)]);
        t.rows.push_back(row);
    }
    QStringList steady{tr("Full pipeline")};
    QStringList half{tr("Month reaching 50%")};
    for (const auto& s : subjects()) {
        steady << money(s.steadyStateRevenue);
        half << (s.monthsTo50Percent ? Formatting::number(*s.monthsTo50Percent, s.group ? 1 : 0)
                                     : tr("never"));
    }
    t.rows.push_back(steady);
    t.rows.push_back(half);
    return t;
}

} // namespace b2x::charts
