// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionUnitChart.h"

#include "ChartScale.h"
#include "analytics/DecisionUnitAnalysis.h"
#include "format/Formatting.h"

#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

DecisionUnitChart::DecisionUnitChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QValueAxis), m_y(new QValueAxis)
{
    m_x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_x, tr("People in the decision unit"));
    m_y->setRange(0, 100);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%d%%"));
    styleAxis(m_y, tr("Probability of a decision"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);

    m_curve = new QLineSeries;
    m_curve->setName(tr("CEB consensus curve"));
    m_curve->setPen(QPen(QColor(0x55, 0x55, 0x55), 2, Qt::DashLine));
    attach(m_curve, m_x, m_y);
    m_measured = new QScatterSeries;
    m_measured->setName(tr("CEB measurements"));
    m_measured->setMarkerSize(7);
    m_measured->setColor(QColor(0x55, 0x55, 0x55));
    m_measured->setBorderColor(QColor(0x55, 0x55, 0x55));
    // CEB/Challenger's measured points (docs/models.md, Sources); the curve interpolates them.
    for (double size : {1.0, 2.0, 3.0, 6.0})
        m_measured->append(size, 100 * analytics::cebConsensusProbability(size));
    attach(m_measured, m_x, m_y);
    connect(m_curve, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
        if (!state) {
            hideTip();
            return;
        }
        const double size = std::max(1.0, std::round(p.x()));
        showTip(tr("CEB: a group of %1 decides in %2 of cases")
                    .arg(Formatting::number(size))
                    .arg(Formatting::percent(analytics::cebConsensusProbability(size))));
    });
    updateAxes();
}

double DecisionUnitChart::axisMaximum(const std::vector<SubjectFigures>& subjects)
{
    double largest = 10;
    for (const auto& s : subjects)
        largest = std::max(largest, std::ceil(s.unitSize) + 1);
    return ChartScale::niceCeil(largest, 10);
}

void DecisionUnitChart::updateAxes()
{
    const double maximum = axisMaximum(subjects());
    if (m_x->max() == maximum && m_x->min() == 0)
        return;
    m_x->setRange(0, maximum);
    m_x->setTickCount(static_cast<int>(std::min(maximum, 10.0)) + 1);
    QList<QPointF> curve;
    for (double size = 1; size <= maximum + 1e-9; size += 0.25)
        curve.append(QPointF(size, 100 * analytics::cebConsensusProbability(size)));
    replacePoints(m_curve, curve);
}

void DecisionUnitChart::rebuild()
{
    const auto& subjects = this->subjects();
    while (m_series.size() > subjects.size()) {
        destroySeries(m_series.back());
        m_series.pop_back();
    }
    while (m_series.size() < subjects.size()) {
        auto* s = new QScatterSeries;
        s->setMarkerSize(15);
        s->setBorderColor(Qt::white);
        connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF&, bool state) {
            const auto it = std::find(m_series.begin(), m_series.end(), s);
            if (!state || it == m_series.end()) {
                hideTip();
                return;
            }
            const auto& f = this->subjects()[static_cast<std::size_t>(it - m_series.begin())];
            QString text = tr("%1\n%2 people · %3 probability of a decision")
                               .arg(f.name, Formatting::number(f.unitSize, f.group ? 1 : 0),
                                    Formatting::percent(f.consensusProbability));
            if (f.probabilityOverridden)
                text = tr("%1 (your estimate)").arg(text);
            showTip(text);
        });
        attach(s, m_x, m_y);
        m_series.push_back(s);
    }
    updateAxes();
    for (std::size_t i = 0; i < subjects.size(); ++i)
        refreshSubject(static_cast<int>(i));
}

void DecisionUnitChart::refreshSubject(int index)
{
    const SubjectFigures& f = subjects()[static_cast<std::size_t>(index)];
    QScatterSeries* s = m_series[static_cast<std::size_t>(index)];
    s->setName(f.name);
    if (s->color() != f.colour)
        s->setColor(f.colour);
    // A user's own estimate is drawn as a square: it need not lie on CEB's curve.
    const auto shape = f.probabilityOverridden ? QScatterSeries::MarkerShapeRectangle
                                               : QScatterSeries::MarkerShapeCircle;
    if (s->markerShape() != shape)
        s->setMarkerShape(shape);
    replacePoints(s, {QPointF(f.unitSize, 100 * f.consensusProbability)});
    updateAxes();
}

QString DecisionUnitChart::notes() const
{
    QStringList lines;
    for (const auto& s : subjects())
        if (!s.uncoveredRoles.isEmpty())
            lines << tr("%1 — nobody covers: %2").arg(s.name, s.uncoveredRoles.join(tr(", ")));
    if (lines.isEmpty())
        return isEmpty() ? QString()
                         : tr("Every key role (decider, user, specifier, buyer) is "
                              "covered. Squares are your own estimates.");
    return tr("Uncovered roles are a red flag (Miller Heiman):\n%1")
        .arg(lines.join(QLatin1Char('\n')));
}

ChartTable DecisionUnitChart::table() const
{
    ChartTable t;
    t.columns << (groups() ? tr("Group") : tr("Persona")) << tr("People")
              << tr("Probability of a decision") << tr("CEB for this size")
              << tr("Uncovered roles");
    for (const auto& s : subjects())
        t.rows.push_back(
            {s.name, Formatting::number(s.unitSize, s.group ? 1 : 0),
             s.probabilityOverridden
                 ? tr("%1 (your estimate)").arg(Formatting::percent(s.consensusProbability))
                 : Formatting::percent(s.consensusProbability),
             Formatting::percent(analytics::cebConsensusProbability(s.unitSize)),
             s.uncoveredRoles.isEmpty() ? tr("none") : s.uncoveredRoles.join(tr(", "))});
    return t;
}

} // namespace b2x::charts
