// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesCycleChart.h"

#include "ChartScale.h"
#include "format/Formatting.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarLegendMarker>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

SalesCycleChart::SalesCycleChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_y(new QBarCategoryAxis), m_x(new QValueAxis),
      m_bars(new QHorizontalStackedBarSeries)
{
    m_x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_x, tr("Days (bars: expected time in each stage)"));
    styleAxis(m_y, QString());
    m_y->setTitleVisible(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_bars->setBarWidth(0.6);
    attach(m_bars, m_x, m_y);
    connect(m_bars, &QHorizontalStackedBarSeries::hovered, this, &SalesCycleChart::onBarHovered);

    const auto marker = [this](QScatterSeries* s, const QString& name,
                               QScatterSeries::MarkerShape shape, const QColor& colour) {
        s->setName(name);
        s->setMarkerShape(shape);
        s->setMarkerSize(13);
        s->setColor(colour);
        s->setBorderColor(Qt::white);
        connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            const int n = static_cast<int>(subjects().size());
            const int subject = n - 1 - static_cast<int>(std::lround(p.y()));
            if (!state || subject < 0 || subject >= n) {
                hideTip();
                return;
            }
            const auto& f = subjects()[static_cast<std::size_t>(subject)];
            showTip(s == m_p50 ? tr("%1\nHalf of the deals close within %2 (p50)")
                                     .arg(f.name, Formatting::days(f.p50Days))
                               : tr("%1\nNine in ten deals close within %2 (p90)")
                                     .arg(f.name, Formatting::days(f.p90Days)));
        });
        attach(s, m_x, m_y);
    };
    m_p50 = new QScatterSeries;
    marker(m_p50, tr("p50: half of deals closed"), QScatterSeries::MarkerShapeRotatedRectangle,
           QColor(0x22, 0x22, 0x22));
    m_p90 = new QScatterSeries;
    marker(m_p90, tr("p90: nine in ten closed"), QScatterSeries::MarkerShapeTriangle,
           QColor(0xb0, 0x1c, 0x2e));
}

int SalesCycleChart::categoryOf(int subject) const
{
    return static_cast<int>(subjects().size()) - 1 - subject;
}

QBarSet* SalesCycleChart::stageSet(int subject, int stage) const
{
    if (subject < 0 || static_cast<std::size_t>(subject) >= m_sets.size())
        return nullptr;
    const auto& sets = m_sets[static_cast<std::size_t>(subject)];
    return stage >= 0 && static_cast<std::size_t>(stage) < sets.size()
               ? sets[static_cast<std::size_t>(stage)]
               : nullptr;
}

void SalesCycleChart::rebuild()
{
    const auto& subjects = this->subjects();
    const auto n = static_cast<int>(subjects.size());
    if (m_y->count() != n) {
        // The number of bars changed (selection or mode): every set needs a value per bar.
        m_bars->clear();
        m_sets.assign(subjects.size(), {});
    }
    updateCategories();
    for (std::size_t i = 0; i < subjects.size(); ++i)
        fitStageSets(i);
    updateMarkers();
    updateAxis();
}

void SalesCycleChart::refreshSubject(int index)
{
    updateCategories();
    fitStageSets(static_cast<std::size_t>(index));
    updateMarkers();
    updateAxis();
}

void SalesCycleChart::updateCategories()
{
    QStringList names;
    const auto& subjects = this->subjects();
    for (auto it = subjects.rbegin(); it != subjects.rend(); ++it)
        names << it->name;
    names = uniqueLabels(names);
    if (m_y->categories() != names)
        m_y->setCategories(names);
}

void SalesCycleChart::fitStageSets(std::size_t i)
{
    const SubjectFigures& f = subjects()[i];
    auto& sets = m_sets[i];
    const int n = static_cast<int>(subjects().size());
    const int category = categoryOf(static_cast<int>(i));
    bool legendChanged = false;
    while (sets.size() > f.stages.size()) {
        m_bars->remove(sets.back()); // destroys the set
        sets.pop_back();
    }
    while (sets.size() < f.stages.size()) {
        auto* set = new QBarSet(QString());
        for (int c = 0; c < n; ++c)
            set->append(0);
        set->setPen(Qt::NoPen);
        m_bars->append(set);
        sets.push_back(set);
        legendChanged = true;
    }
    for (std::size_t k = 0; k < sets.size(); ++k) {
        QBarSet* set = sets[k];
        // Alternating shades keep neighbouring stages apart in the persona's own colour.
        const QColor colour = k % 2 == 0 ? f.colour : f.colour.lighter(145);
        if (set->color() != colour)
            set->setColor(colour);
        const QString label = k == 0 ? f.name : f.stages[k].name;
        if (set->label() != label)
            set->setLabel(label);
        if (set->at(category) != f.stages[k].meanDays)
            set->replace(category, f.stages[k].meanDays);
    }
    if (legendChanged)
        updateLegend();
}

void SalesCycleChart::updateLegend()
{
    // One legend entry per subject (its first stage), not one per stage.
    for (QLegendMarker* marker : chart()->legend()->markers(m_bars)) {
        auto* barMarker = qobject_cast<QBarLegendMarker*>(marker);
        bool first = false;
        for (const auto& sets : m_sets)
            first = first || (barMarker && !sets.empty() && sets.front() == barMarker->barset());
        WrappingLegend::setShown(marker, first);
    }
    layoutLegend();
}

void SalesCycleChart::updateMarkers()
{
    QList<QPointF> p50;
    QList<QPointF> p90;
    for (std::size_t i = 0; i < subjects().size(); ++i) {
        const double y = categoryOf(static_cast<int>(i));
        p50.append(QPointF(subjects()[i].p50Days, y));
        p90.append(QPointF(subjects()[i].p90Days, y));
    }
    if (m_p50->points() != p50)
        m_p50->replace(p50);
    if (m_p90->points() != p90)
        m_p90->replace(p90);
}

void SalesCycleChart::updateAxis()
{
    double largest = 1;
    for (const auto& f : subjects())
        largest = std::max({largest, f.meanDays, f.p90Days});
    fitZeroBasedAxis(m_x, largest, 0.5);
}

void SalesCycleChart::onBarHovered(bool status, int index, QBarSet* set)
{
    if (!status) {
        hideTip();
        return;
    }
    for (std::size_t i = 0; i < m_sets.size(); ++i)
        for (std::size_t k = 0; k < m_sets[i].size(); ++k)
            if (m_sets[i][k] == set && index == categoryOf(static_cast<int>(i))) {
                const auto& f = subjects()[i];
                const auto& st = f.stages[k];
                showTip(tr("%1\n%2: %3 expected (%4 to %5)")
                            .arg(f.name, st.name, Formatting::days(st.meanDays),
                                 Formatting::days(st.minDays), Formatting::days(st.maxDays)));
                return;
            }
}

QString SalesCycleChart::notes() const
{
    if (isEmpty())
        return {};
    return groups() ? tr("Group bars show the mean cycle of their personas; stages differ between "
                         "personas, so they are not split.")
                    : tr("The bar adds up the stages' expected durations (the mean cycle); the "
                         "markers show when half and nine in ten of the deals have closed.");
}

ChartTable SalesCycleChart::table() const
{
    ChartTable t;
    t.columns << (groups() ? tr("Group") : tr("Persona")) << tr("Stage") << tr("Expected")
              << tr("Shortest") << tr("Longest");
    for (const auto& f : subjects()) {
        for (const auto& st : f.stages)
            t.rows.push_back({f.name, st.name, Formatting::days(st.meanDays),
                              Formatting::days(st.minDays), Formatting::days(st.maxDays)});
        t.rows.push_back({f.name, tr("p50 of the whole cycle"), Formatting::days(f.p50Days),
                          QString(), QString()});
        t.rows.push_back({f.name, tr("p90 of the whole cycle"), Formatting::days(f.p90Days),
                          QString(), QString()});
    }
    return t;
}

} // namespace b2x::charts
