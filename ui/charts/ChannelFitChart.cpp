// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelFitChart.h"

#include "ChartScale.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace b2x::charts {

ChannelFitChart::ChannelFitChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_y(new QBarCategoryAxis), m_x(new QValueAxis),
      m_bars(new QHorizontalBarSeries)
{
    m_x->setRange(0, 100);
    m_x->setTickCount(6);
    m_x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_x, tr("Fit (0–100); diamonds: share of the budget (%)"));
    styleAxis(m_y, QString());
    m_y->setTitleVisible(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_bars->setBarWidth(barWidth);
    attach(m_bars, m_x, m_y);
    connect(m_bars, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int category, QBarSet* set) {
                const auto it = std::find(m_sets.begin(), m_sets.end(), set);
                if (!status || it == m_sets.end()) {
                    hideTip();
                    return;
                }
                showBarTip(static_cast<int>(it - m_sets.begin()), category);
            });
    m_shareLegend = new QScatterSeries;
    m_shareLegend->setName(tr("Share of the budget"));
    m_shareLegend->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_shareLegend->setMarkerSize(11);
    m_shareLegend->setColor(QColor(0x33, 0x33, 0x33));
    m_shareLegend->setBorderColor(Qt::white);
    attach(m_shareLegend, m_x, m_y);
}

QStringList ChannelFitChart::pickChannels(const std::vector<SubjectFigures>& subjects)
{
    // Every subject's best channel always; then the others' next best and largest budgets while
    // there is room; rows ordered by the best fit any subject has for them.
    QHash<QString, double> bestFit;
    for (const auto& s : subjects)
        for (const auto& c : s.channels)
            bestFit[c.id] = std::max(bestFit.value(c.id, 0.0), c.fit);
    const auto byFit = [&](const QString& a, const QString& b) {
        return bestFit.value(a) > bestFit.value(b);
    };
    QStringList ids;
    for (const auto& s : subjects)
        if (!s.channels.empty() && !ids.contains(s.channels.front().id))
            ids << s.channels.front().id;
    QStringList candidates;
    for (const auto& s : subjects) {
        for (std::size_t k = 1; k < s.channels.size() && k < 3; ++k)
            candidates << s.channels[k].id;
        const auto largest =
            std::max_element(s.channels.begin(), s.channels.end(),
                             [](const ChannelFigure& a, const ChannelFigure& b) {
                                 return a.budgetSharePercent < b.budgetSharePercent;
                             });
        if (largest != s.channels.end() && largest->budgetSharePercent > 0)
            candidates << largest->id;
    }
    std::stable_sort(candidates.begin(), candidates.end(), byFit);
    for (const QString& id : candidates)
        if (ids.size() < maxChannels && !ids.contains(id))
            ids << id;
    std::stable_sort(ids.begin(), ids.end(), byFit);
    return ids;
}

const ChannelFigure* ChannelFitChart::find(const SubjectFigures& s, const QString& channelId)
{
    for (const auto& c : s.channels)
        if (c.id == channelId)
            return &c;
    return nullptr;
}

int ChannelFitChart::categoryOf(int channel) const
{
    return static_cast<int>(m_channelIds.size()) - 1 - channel;
}

QBarSet* ChannelFitChart::fitSet(int subject) const
{
    return subject >= 0 && static_cast<std::size_t>(subject) < m_sets.size()
               ? m_sets[static_cast<std::size_t>(subject)]
               : nullptr;
}

void ChannelFitChart::rebuild()
{
    const auto& subjects = this->subjects();
    const QStringList ids = pickChannels(subjects);
    const bool rowsChanged = ids.size() != m_channelIds.size();
    m_channelIds = ids;
    QStringList names;
    for (auto it = m_channelIds.rbegin(); it != m_channelIds.rend(); ++it) {
        const ChannelFigure* c = subjects.empty() ? nullptr : find(subjects.front(), *it);
        names << (c ? c->name : channelDisplayName(it->toStdString()));
    }
    names = uniqueLabels(names);
    if (rowsChanged || m_sets.size() != subjects.size()) {
        // A value per row in every set: a new row count means new sets.
        m_bars->clear();
        m_sets.clear();
    }
    if (m_y->categories() != names)
        m_y->setCategories(names);
    if (m_sets.empty() && !subjects.empty()) {
        // Qt lays a row's bars out bottom-up in set order: append the last subject first so
        // that the first one is on top. The legend lists the subjects through their budget
        // markers instead, in subject order.
        m_sets.assign(subjects.size(), nullptr);
        for (std::size_t i = subjects.size(); i-- > 0;) {
            auto* set = new QBarSet(subjects[i].name);
            set->setColor(subjects[i].colour);
            set->setPen(Qt::NoPen);
            for (qsizetype r = 0; r < m_channelIds.size(); ++r)
                set->append(0);
            m_bars->append(set);
            m_sets[i] = set;
        }
        legend().hide(m_bars);
    }
    while (m_shares.size() > subjects.size()) {
        destroySeries(m_shares.back());
        m_shares.pop_back();
    }
    while (m_shares.size() < subjects.size()) {
        auto* s = new QScatterSeries;
        s->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        s->setMarkerSize(11);
        s->setBorderColor(Qt::white);
        connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            const auto it = std::find(m_shares.begin(), m_shares.end(), s);
            if (!state || it == m_shares.end()) {
                hideTip();
                return;
            }
            showBarTip(static_cast<int>(it - m_shares.begin()),
                       static_cast<int>(std::lround(p.y())));
        });
        attach(s, m_x, m_y);
        m_shares.push_back(s);
    }
    for (std::size_t i = 0; i < subjects.size(); ++i)
        fillSubject(i);
}

void ChannelFitChart::refreshSubject(int index)
{
    // A new ranking can change the rows; then every subject's bars follow.
    if (pickChannels(subjects()) != m_channelIds) {
        rebuild();
        return;
    }
    fillSubject(static_cast<std::size_t>(index));
}

void ChannelFitChart::fillSubject(std::size_t i)
{
    const SubjectFigures& s = subjects()[i];
    QBarSet* set = m_sets[i];
    const QString name = s.name;
    if (set->label() != name)
        set->setLabel(name);
    if (set->color() != s.colour)
        set->setColor(s.colour);
    QList<QPointF> shares;
    const int n = static_cast<int>(m_sets.size());
    for (int r = 0; r < m_channelIds.size(); ++r) {
        const ChannelFigure* c = find(s, m_channelIds[r]);
        const int category = categoryOf(r);
        const double fit = c ? c->fit : 0;
        if (set->at(category) != fit)
            set->replace(category, fit);
        if (c && c->budgetSharePercent > 0)
            shares.append(
                QPointF(c->budgetSharePercent,
                        ChartScale::barCentre(category, n - 1 - static_cast<int>(i), n, barWidth)));
    }
    QScatterSeries* marks = m_shares[i];
    const QColor mark = s.colour.darker(170);
    if (marks->color() != mark)
        marks->setColor(mark);
    // The subject's legend entry: a square in its colour (its bars have none, see rebuild()).
    if (marks->name() != name)
        marks->setName(name);
    for (QLegendMarker* marker : chart()->legend()->markers(marks)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(s.colour);
        marker->setPen(Qt::NoPen);
    }
    if (marks->points() != shares)
        marks->replace(shares);
}

void ChannelFitChart::showBarTip(int subject, int category)
{
    const int row = static_cast<int>(m_channelIds.size()) - 1 - category;
    if (subject < 0 || static_cast<std::size_t>(subject) >= subjects().size() || row < 0 ||
        row >= m_channelIds.size())
        return;
    const auto& s = subjects()[static_cast<std::size_t>(subject)];
    const ChannelFigure* c = find(s, m_channelIds[row]);
    if (!c)
        return;
    showTip(tr("%1\n%2: fit %3 of 100 · %4 of the budget")
                .arg(s.name, c->name, Formatting::number(c->fit, 1),
                     Formatting::percent(c->budgetSharePercent / 100, 1)));
}

int ChannelFitChart::preferredHeight() const
{
    const auto rows = static_cast<int>(std::max<qsizetype>(m_channelIds.size(), 3));
    const auto bars = static_cast<int>(std::max<std::size_t>(subjects().size(), 1));
    return 150 + rows * std::max(26, bars * 11);
}

QString ChannelFitChart::notes() const
{
    if (isEmpty())
        return {};
    return tr("Rows: each audience's three best-fitting channels and the one with the largest "
              "budget. The table lists every catalogue channel's fit.");
}

ChartTable ChannelFitChart::table() const
{
    ChartTable t;
    t.columns << (groups() ? tr("Group") : tr("Persona")) << tr("Rank") << tr("Channel")
              << tr("Fit") << tr("Share of the budget");
    for (const auto& s : subjects())
        for (std::size_t k = 0; k < s.channels.size(); ++k) {
            const auto& c = s.channels[k];
            t.rows.push_back({s.name, Formatting::number(static_cast<double>(k + 1)), c.name,
                              Formatting::number(c.fit, 1),
                              Formatting::percent(c.budgetSharePercent / 100, 1)});
        }
    return t;
}

} // namespace b2x::charts
