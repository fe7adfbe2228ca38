// SPDX-License-Identifier: GPL-3.0-or-later
#include "B2bIndexChart.h"

#include "format/EnumLabels.h"
#include "format/Formatting.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

namespace {

constexpr std::array<Label, 3> labels{Label::B2B, Label::B2C, Label::Hybrid};

/// B2B on top, hybrid in the middle, B2C at the bottom.
double row(Label label)
{
    switch (label) {
    case Label::B2B:
        return 2;
    case Label::Hybrid:
        return 1;
    case Label::B2C:
        return 0;
    }
    return 0;
}

} // namespace

B2bIndexChart::B2bIndexChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QValueAxis), m_y(new QCategoryAxis)
{
    m_x->setRange(0, 100);
    m_x->setTickCount(6);
    m_x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_x, tr("B2B index (0 consumer-like, 100 business-like)"));
    m_y->setRange(-0.5, 2.5);
    m_y->setStartValue(-0.5);
    m_y->append(displayName(Label::B2C), 0.5);
    m_y->append(displayName(Label::Hybrid), 1.5);
    m_y->append(displayName(Label::B2B), 2.5);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    styleAxis(m_y, tr("Label"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);

    // The band where behaviour counts as mixed (analytics::b2cCeiling … b2bFloor).
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append({QPointF(analytics::b2cCeiling, 2.5), QPointF(analytics::b2bFloor, 2.5)});
    lower->append({QPointF(analytics::b2cCeiling, -0.5), QPointF(analytics::b2bFloor, -0.5)});
    m_mixedBand = new QAreaSeries(upper, lower);
    upper->setParent(m_mixedBand);
    lower->setParent(m_mixedBand);
    m_mixedBand->setName(
        tr("Mixed behaviour (%1–%2)").arg(analytics::b2cCeiling).arg(analytics::b2bFloor));
    m_mixedBand->setColor(QColor(0xee, 0xee, 0xee));
    m_mixedBand->setBorderColor(QColor(0xcc, 0xcc, 0xcc));
    attach(m_mixedBand, m_x, m_y);

    for (std::size_t l = 0; l < labels.size(); ++l) {
        auto* s = new QScatterSeries;
        s->setName(tr("%1 label").arg(displayName(labels[l])));
        s->setMarkerSize(9);
        s->setColor(labelColour(labels[l]));
        s->setBorderColor(Qt::white);
        connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            state ? showPointTip(s, p) : hideTip();
        });
        attach(s, m_x, m_y);
        m_labels[l] = s;
    }
    m_mismatches = new QScatterSeries;
    m_mismatches->setName(tr("Label and behaviour disagree"));
    m_mismatches->setMarkerSize(17);
    m_mismatches->setBrush(Qt::NoBrush);
    m_mismatches->setPen(QPen(QColor(0xc0, 0x1c, 0x28), 2));
    attach(m_mismatches, m_x, m_y);
}

QPointF B2bIndexChart::position(const PopulationPoint& p, std::size_t index)
{
    // Golden-ratio jitter: deterministic and evenly spread, so personas with the same index and
    // label stay apart and a screenshot is the same on every run.
    const double fraction = std::fmod(static_cast<double>(index) * 0.6180339887, 1.0);
    return {p.b2bIndex, row(p.label) + (fraction - 0.5) * 0.6};
}

void B2bIndexChart::rebuild()
{
    fillCompared();
}

void B2bIndexChart::refreshSubject(int)
{
    fillCompared();
}

void B2bIndexChart::setPopulation(const std::vector<PopulationPoint>& population)
{
    m_population = population;
    m_positionInSeries.assign(m_population.size(), -1);
    for (std::size_t l = 0; l < labels.size(); ++l)
        fillLabelSeries(l);
    fillMismatches();
    fillCompared();
}

void B2bIndexChart::refreshPopulation(const std::vector<PopulationPoint>& population, int index)
{
    const auto i = static_cast<std::size_t>(index);
    if (population.size() != m_population.size() || i >= population.size()) {
        setPopulation(population);
        return;
    }
    const PopulationPoint before = m_population[i];
    m_population[i] = population[i];
    const PopulationPoint& after = m_population[i];
    if (before.label == after.label && m_positionInSeries[i] >= 0) {
        // The common case while typing: one point moves along its row.
        QScatterSeries* series = m_labels[static_cast<std::size_t>(after.label)];
        const QPointF at = position(after, i);
        if (series->at(m_positionInSeries[i]) != at)
            series->replace(m_positionInSeries[i], at);
    } else {
        fillLabelSeries(static_cast<std::size_t>(before.label));
        fillLabelSeries(static_cast<std::size_t>(after.label));
    }
    if (before.labelMismatch || after.labelMismatch)
        fillMismatches();
    fillCompared();
}

void B2bIndexChart::fillLabelSeries(std::size_t l)
{
    QList<QPointF> points;
    auto& members = m_members[l];
    members.clear();
    for (std::size_t i = 0; i < m_population.size(); ++i) {
        if (m_population[i].label != labels[l])
            continue;
        m_positionInSeries[i] = static_cast<int>(points.size());
        members.push_back(i);
        points.append(position(m_population[i], i));
    }
    replacePoints(m_labels[l], points);
}

void B2bIndexChart::fillMismatches()
{
    QList<QPointF> points;
    for (std::size_t i = 0; i < m_population.size(); ++i)
        if (m_population[i].labelMismatch)
            points.append(position(m_population[i], i));
    replacePoints(m_mismatches, points);
}

void B2bIndexChart::fillCompared()
{
    // Compared personas on top in their own colour; groups have no single point.
    static const std::vector<SubjectFigures> none;
    const auto& subjects = groups() ? none : this->subjects();
    while (m_compared.size() > subjects.size()) {
        destroySeries(m_compared.back());
        m_compared.pop_back();
    }
    while (m_compared.size() < subjects.size()) {
        auto* s = new QScatterSeries;
        s->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        s->setMarkerSize(14);
        s->setBorderColor(QColor(0x20, 0x20, 0x20));
        connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            state ? showPointTip(s, p) : hideTip();
        });
        attach(s, m_x, m_y);
        m_compared.push_back(s);
    }
    for (std::size_t c = 0; c < subjects.size(); ++c) {
        QScatterSeries* s = m_compared[c];
        const QString name = subjects[c].name;
        if (s->name() != name)
            s->setName(name);
        if (s->color() != subjects[c].colour)
            s->setColor(subjects[c].colour);
        const int i = populationIndex(subjects[c].key);
        QList<QPointF> points;
        if (i >= 0)
            points.append(
                position(m_population[static_cast<std::size_t>(i)], static_cast<std::size_t>(i)));
        if (s->points() != points)
            s->replace(points);
    }
}

int B2bIndexChart::populationIndex(const QString& key) const
{
    for (std::size_t i = 0; i < m_population.size(); ++i)
        if (m_population[i].key == key)
            return static_cast<int>(i);
    return -1;
}

void B2bIndexChart::showPointTip(const QScatterSeries* series, const QPointF& point)
{
    // Find the persona drawn nearest to the pointer on that series.
    std::optional<std::size_t> best;
    double bestDistance = 0;
    for (std::size_t i = 0; i < m_population.size(); ++i) {
        const QPointF at = position(m_population[i], i);
        const double d = std::hypot(at.x() - point.x(), (at.y() - point.y()) * 30);
        if (!best || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    Q_UNUSED(series)
    if (!best)
        return;
    const PopulationPoint& p = m_population[*best];
    QString text = tr("%1\nB2B index %2 · label %3 · behaves %4")
                       .arg(p.name, Formatting::number(p.b2bIndex, 1), displayName(p.label),
                            displayName(p.behavesAs));
    if (p.labelMismatch)
        text = tr("%1\nThe label and the behaviour disagree.").arg(text);
    showTip(text);
}

QString B2bIndexChart::emptyText() const
{
    return tr("Add personas to the workspace to place them on the B2B index.");
}

QString B2bIndexChart::notes() const
{
    int mismatches = 0;
    for (const auto& p : m_population)
        mismatches += p.labelMismatch ? 1 : 0;
    return tr("Personas in the workspace: %1. Ringed, where the label and the behaviour "
              "disagree: %2.")
        .arg(Formatting::count(static_cast<long long>(m_population.size())),
             Formatting::count(mismatches));
}

ChartTable B2bIndexChart::table() const
{
    ChartTable t;
    t.columns << tr("Persona") << tr("Label") << tr("B2B index") << tr("Behaves as")
              << tr("Label and behaviour disagree");
    t.rows.reserve(m_population.size());
    for (const auto& p : m_population)
        t.rows.push_back({p.name, displayName(p.label), Formatting::number(p.b2bIndex, 1),
                          displayName(p.behavesAs), p.labelMismatch ? tr("Yes") : tr("No")});
    return t;
}

} // namespace b2x::charts
