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

QList<QPointF> TimeToRevenueChart::line(const std::array<double, 24>& values) const
{
    QList<QPointF> points;
    points.reserve(months);
    for (int m = 0; m < months; ++m)
        points.append(
            QPointF(m + 1, m_y->map(values[static_cast<std::size_t>(m)] / m_scale.divisor)));
    return points;
}

QList<QPointF> TimeToRevenueChart::steadyLine(const SubjectFigures& s) const
{
    if (!s.steadyStateRevenue)
        return {};
    const double y = m_y->map(*s.steadyStateRevenue / m_scale.divisor);
    return {QPointF(1, y), QPointF(months, y)};
}

void TimeToRevenueChart::draw(std::size_t i)
{
    const SubjectFigures& s = subjects()[i];
    replacePoints(m_series[i], line(s.monthlyRevenue));
    replacePoints(m_steady[i], steadyLine(s));
    replacePoints(m_new[i], s.recurring ? line(s.newCustomerRevenue) : QList<QPointF>());
}

bool TimeToRevenueChart::updateAxes()
{
    double high = 0;
    double low = 0; // the smallest steady state: early months of zero are not "small revenue"
    for (const auto& s : subjects()) {
        for (double v : s.monthlyRevenue)
            high = std::max(high, v);
        const double steady = s.steadyStateRevenue.value_or(0);
        high = std::max(high, steady);
        if (steady > 0 && (low <= 0 || steady < low))
            low = steady;
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
    series.insert(series.end(), m_steady.begin(), m_steady.end());
    series.insert(series.end(), m_new.begin(), m_new.end());
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
        destroySeries(m_steady.back());
        destroySeries(m_new.back());
        m_series.pop_back();
        m_steady.pop_back();
        m_new.pop_back();
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
            const auto m = static_cast<std::size_t>(month - 1);
            QString tip = f.recurring
                              ? tr("%1\nMonth %2: %3, of which %4 from new customers")
                                    .arg(f.name)
                                    .arg(month)
                                    .arg(money(f.monthlyRevenue[m]), money(f.newCustomerRevenue[m]))
                              : tr("%1\nMonth %2: %3 from new customers")
                                    .arg(f.name)
                                    .arg(month)
                                    .arg(money(f.monthlyRevenue[m]));
            tip += QLatin1Char('\n');
            tip += f.steadyStateRevenue
                       ? tr("Steady state: %1 a month").arg(money(*f.steadyStateRevenue))
                       : tr("No steady state: revenue keeps growing");
            showTip(tip);
        });
        attach(s, m_x, m_y->current());
        m_series.push_back(s);
        for (auto* list : {&m_steady, &m_new}) {
            auto* helper = new QLineSeries;
            attach(helper, m_x, m_y->current());
            legend().hide(helper);
            list->push_back(helper);
        }
    }
    updateAxes();
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        m_series[i]->setName(subjects[i].name);
        m_series[i]->setPen(QPen(subjects[i].colour, 2.5));
        m_steady[i]->setName(tr("%1: steady state").arg(subjects[i].name));
        m_steady[i]->setPen(QPen(subjects[i].colour, 1.5, Qt::DashLine));
        m_new[i]->setName(tr("%1: new customers").arg(subjects[i].name));
        m_new[i]->setPen(QPen(subjects[i].colour, 1.2, Qt::DotLine));
        draw(i);
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
    if (m_series[i]->name() != name) {
        m_series[i]->setName(name);
        m_steady[i]->setName(tr("%1: steady state").arg(name));
        m_new[i]->setName(tr("%1: new customers").arg(name));
    }
    draw(i);
}

QString TimeToRevenueChart::notes() const
{
    if (isEmpty())
        return {};
    QStringList parts;
    for (const auto& s : subjects()) {
        if (s.monthsTo50Percent)
            parts << tr("%1: half of the steady monthly revenue by month %2")
                         .arg(s.name, Formatting::number(*s.monthsTo50Percent));
        else if (s.customersPerMonth > 0 && !s.steadyStateRevenue)
            parts << tr("%1: no steady state, revenue keeps growing (churn does not outweigh "
                        "expansion)")
                         .arg(s.name);
        else
            parts << tr("%1: no new customers, so no revenue").arg(s.name);
    }
    parts << tr("Solid: revenue of all paying customers; dashed: the steady state; dotted: "
                "revenue from new customers (recurring revenue only).");
    return parts.join(QLatin1Char('\n'));
}

ChartTable TimeToRevenueChart::table() const
{
    ChartTable t;
    t.columns << tr("Month");
    for (const auto& s : subjects()) {
        t.columns << s.name;
        if (s.recurring)
            t.columns << tr("%1: new customers").arg(s.name);
    }
    for (int m = 0; m < months; ++m) {
        const auto i = static_cast<std::size_t>(m);
        QStringList row{Formatting::number(m + 1)};
        for (const auto& s : subjects()) {
            row << money(s.monthlyRevenue[i]);
            if (s.recurring)
                row << money(s.newCustomerRevenue[i]);
        }
        t.rows.push_back(row);
    }
    QStringList steady{tr("Steady state")};
    QStringList half{tr("Month reaching 50%")};
    for (const auto& s : subjects()) {
        steady << (s.steadyStateRevenue ? money(*s.steadyStateRevenue) : tr("none"));
        half << (s.monthsTo50Percent ? Formatting::number(*s.monthsTo50Percent, s.group ? 1 : 0)
                                     : tr("never"));
        if (s.recurring) {
            steady << QString();
            half << QString();
        }
    }
    t.rows.push_back(steady);
    t.rows.push_back(half);
    return t;
}

} // namespace b2x::charts
