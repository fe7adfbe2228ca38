// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelChart.h"

#include "format/Formatting.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

FunnelChart::FunnelChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QValueAxis),
      m_y(std::make_unique<LinearLogAxis>(chart(), Qt::AlignLeft))
{
    m_x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_x, tr("Funnel step (the last point of a line: customers)"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    styleAxis(m_y->linear(), QString());
    styleAxis(m_y->logarithmic(), QString());
    m_y->setTitles(tr("Entries per month"), tr("Entries per month (log scale)"));
    updateAxes();
}

std::vector<double> FunnelChart::steps(const SubjectFigures& s)
{
    std::vector<double> counts;
    counts.reserve(s.funnel.size() + 1);
    for (const auto& st : s.funnel)
        counts.push_back(st.entriesPerMonth);
    counts.push_back(s.customersPerMonth);
    return counts;
}

QList<QPointF> FunnelChart::line(const SubjectFigures& s) const
{
    QList<QPointF> points;
    const auto counts = steps(s);
    for (std::size_t i = 0; i < counts.size(); ++i)
        points.append(QPointF(static_cast<double>(i + 1), m_y->map(counts[i])));
    return points;
}

QString FunnelChart::stepName(const SubjectFigures& s, std::size_t step) const
{
    return step < s.funnel.size() ? s.funnel[step].name : tr("Customers");
}

void FunnelChart::rebuild()
{
    const auto& subjects = this->subjects();
    while (m_series.size() > subjects.size()) {
        destroySeries(m_series.back());
        m_series.pop_back();
    }
    while (m_series.size() < subjects.size()) {
        auto* s = new QLineSeries;
        s->setPointsVisible(true);
        s->setMarkerSize(7);
        connect(s, &QLineSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            const auto it = std::find(m_series.begin(), m_series.end(), s);
            const long step = std::lround(p.x()) - 1;
            if (!state || it == m_series.end() || step < 0) {
                hideTip();
                return;
            }
            const auto& f = this->subjects()[static_cast<std::size_t>(it - m_series.begin())];
            const auto counts = steps(f);
            const auto k = static_cast<std::size_t>(step);
            if (k >= counts.size())
                return;
            QString text = tr("%1\n%2: %3 per month")
                               .arg(f.name, stepName(f, k), Formatting::number(counts[k], 1));
            if (k + 1 < counts.size() && counts[k] > 0)
                text = tr("%1 · %2 move on")
                           .arg(text, Formatting::percent(counts[k + 1] / counts[k], 1));
            showTip(text);
        });
        attach(s, m_x, m_y->current());
        m_series.push_back(s);
    }
    updateAxes();
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        QLineSeries* s = m_series[i];
        s->setName(subjects[i].name);
        s->setPen(QPen(subjects[i].colour, 2.5));
        replacePoints(s, line(subjects[i]));
    }
}

void FunnelChart::refreshSubject(int index)
{
    if (updateAxes()) {
        rebuild(); // the floor for zero counts moved: every line is redrawn against it
        return;
    }
    const auto i = static_cast<std::size_t>(index);
    const SubjectFigures& f = subjects()[i];
    QLineSeries* s = m_series[i];
    const QString name = f.name;
    if (s->name() != name)
        s->setName(name);
    replacePoints(s, line(f));
}

bool FunnelChart::updateAxes()
{
    double low = 0;
    double high = 1;
    std::size_t longest = 2;
    for (const auto& f : subjects()) {
        const auto counts = steps(f);
        longest = std::max(longest, counts.size());
        for (double c : counts) {
            high = std::max(high, c);
            if (c > 0 && (low <= 0 || c < low))
                low = c;
        }
    }
    std::vector<QAbstractSeries*> series(m_series.begin(), m_series.end());
    const bool moved = m_y->fit(low, high, series);
    const auto last = static_cast<double>(longest);
    if (m_x->min() != 0.7 || m_x->max() != last + 0.3) {
        // Integer steps from 1, with a little room so the end markers are not cut.
        m_x->setRange(0.7, last + 0.3);
        m_x->setTickType(QValueAxis::TicksDynamic);
        m_x->setTickAnchor(1);
        m_x->setTickInterval(1);
    }
    return moved;
}

QString FunnelChart::notes() const
{
    if (isEmpty())
        return {};
    return groups() ? tr("Groups: the mean top-of-funnel entries and customers per month; the "
                         "personas' stages differ, so only the two ends are compared.")
                    : tr("Stages differ between personas: the table and the tooltips name each "
                         "step. Zero counts are drawn at the bottom of a log axis.");
}

ChartTable FunnelChart::table() const
{
    ChartTable t;
    t.columns << (groups() ? tr("Group") : tr("Persona")) << tr("Step") << tr("Stage")
              << tr("Entries per month") << tr("Move on");
    for (const auto& f : subjects()) {
        const auto counts = steps(f);
        for (std::size_t k = 0; k < counts.size(); ++k)
            t.rows.push_back({f.name, Formatting::number(static_cast<double>(k + 1)),
                              stepName(f, k), Formatting::number(counts[k], 1),
                              k + 1 < counts.size() && counts[k] > 0
                                  ? Formatting::percent(counts[k + 1] / counts[k], 1)
                                  : QString()});
    }
    return t;
}

} // namespace b2x::charts
