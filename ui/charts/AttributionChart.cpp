// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttributionChart.h"

#include "ChartScale.h"
#include "format/Formatting.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

QColor AttributionChart::shortfallColour()
{
    return QColor(0xd6, 0x2d, 0x3a);
}

AttributionChart::AttributionChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_y(new QBarCategoryAxis), m_x(new QValueAxis),
      m_bars(new QHorizontalStackedBarSeries)
{
    styleAxis(m_x, tr("Days: attribution window, then the shortfall to the p90"));
    styleAxis(m_y, QString());
    m_y->setTitleVisible(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_bars->setBarWidth(0.7);
    attach(m_bars, m_x, m_y);
    connect(
        m_bars, &QHorizontalStackedBarSeries::hovered, this,
        [this](bool status, int category, QBarSet*) { status ? showRowTip(category) : hideTip(); });
    const auto marker = [this](const QString& name, QScatterSeries::MarkerShape shape) {
        auto* s = new QScatterSeries;
        s->setName(name);
        s->setMarkerShape(shape);
        s->setMarkerSize(11);
        s->setColor(QColor(0x22, 0x22, 0x22));
        s->setBorderColor(Qt::white);
        attach(s, m_x, m_y);
        connect(s, &QScatterSeries::hovered, this, [this](const QPointF& p, bool state) {
            state ? showRowTip(static_cast<int>(std::lround(p.y()))) : hideTip();
        });
        return s;
    };
    m_p50 = marker(tr("p50 of the cycle"), QScatterSeries::MarkerShapeRotatedRectangle);
    m_p90 = marker(tr("p90 of the cycle"), QScatterSeries::MarkerShapeTriangle);
    updateAxis();
}

QString AttributionChart::emptyText() const
{
    if (subjects().empty())
        return ComparisonChart::emptyText();
    return tr("None of the compared audiences has an attributed channel: set an attribution "
              "window on a channel in the Channels section.");
}

std::vector<AttributionChart::Row>
AttributionChart::pickRows(const std::vector<SubjectFigures>& subjects)
{
    std::vector<Row> rows;
    for (std::size_t i = 0; i < subjects.size(); ++i)
        for (std::size_t k = 0; k < subjects[i].windows.size() && k < maxRowsPerSubject; ++k)
            rows.push_back({i, subjects[i].windows[k].channelId});
    return rows;
}

int AttributionChart::categoryOf(std::size_t row) const
{
    return static_cast<int>(m_rows.size()) - 1 - static_cast<int>(row);
}

QBarSet* AttributionChart::windowSet(int subject) const
{
    return subject >= 0 && static_cast<std::size_t>(subject) < m_sets.size()
               ? m_sets[static_cast<std::size_t>(subject)]
               : nullptr;
}

const WindowFigure* AttributionChart::window(const Row& row) const
{
    for (const auto& w : subjects()[row.subject].windows)
        if (w.channelId == row.channelId)
            return &w;
    return nullptr;
}

void AttributionChart::rebuild()
{
    const auto& subjects = this->subjects();
    const std::vector<Row> rows = pickRows(subjects);
    const bool reshaped = rows.size() != m_rows.size() || m_sets.size() != subjects.size();
    m_rows = rows;
    // The same channel appears once per subject: rows are told apart by invisible zero-width
    // spaces, since QBarCategoryAxis drops repeated categories.
    QStringList names;
    for (auto r = m_rows.rbegin(); r != m_rows.rend(); ++r) {
        const WindowFigure* w = window(*r);
        QString name = w ? w->channelName : r->channelId;
        while (names.contains(name))
            name.append(QChar(0x200B));
        names << name;
    }
    if (reshaped) {
        // Every set holds a value per row: a new row or subject count means new sets. The
        // subjects' sets come first so that the shortfall stacks after each window.
        m_bars->clear();
        m_sets.clear();
        for (const auto& s : subjects) {
            auto* set = new QBarSet(s.name);
            set->setColor(s.colour);
            set->setPen(Qt::NoPen);
            for (std::size_t r = 0; r < m_rows.size(); ++r)
                set->append(0);
            m_bars->append(set);
            m_sets.push_back(set);
        }
        m_shortfall = nullptr;
        if (!m_rows.empty()) {
            m_shortfall = new QBarSet(tr("Short of the p90"));
            // Hatched, so that it never reads as a persona whose own colour is red.
            m_shortfall->setBrush(QBrush(shortfallColour(), Qt::BDiagPattern));
            m_shortfall->setPen(QPen(shortfallColour(), 1));
            for (std::size_t r = 0; r < m_rows.size(); ++r)
                m_shortfall->append(0);
            m_bars->append(m_shortfall);
        }
    }
    if (m_y->categories() != names)
        m_y->setCategories(names);
    fillRows(std::nullopt);
    updateAxis();
}

void AttributionChart::refreshSubject(int index)
{
    if (pickRows(subjects()) != m_rows) {
        rebuild();
        return;
    }
    const auto i = static_cast<std::size_t>(index);
    const QString name = subjects()[i].name;
    if (m_sets[i]->label() != name)
        m_sets[i]->setLabel(name);
    if (m_sets[i]->color() != subjects()[i].colour)
        m_sets[i]->setColor(subjects()[i].colour);
    fillRows(i);
    updateAxis();
}

void AttributionChart::fillRows(std::optional<std::size_t> subject)
{
    QList<QPointF> p50;
    QList<QPointF> p90;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        const SubjectFigures& s = subjects()[row.subject];
        const int category = categoryOf(r);
        p50.append(QPointF(s.p50Days, category));
        p90.append(QPointF(s.p90Days, category));
        if (subject && *subject != row.subject)
            continue;
        const WindowFigure* w = window(row);
        const double days = w ? w->windowDays : 0;
        const double gap = w && !w->coversP90 ? std::max(0.0, s.p90Days - days) : 0;
        QBarSet* set = m_sets[row.subject];
        if (set->at(category) != days)
            set->replace(category, days);
        if (m_shortfall && m_shortfall->at(category) != gap)
            m_shortfall->replace(category, gap);
    }
    if (m_p50->points() != p50)
        m_p50->replace(p50);
    if (m_p90->points() != p90)
        m_p90->replace(p90);
}

void AttributionChart::updateAxis()
{
    double largest = 7;
    for (const auto& s : subjects()) {
        largest = std::max(largest, s.p90Days);
        for (const auto& w : s.windows)
            largest = std::max(largest, w.windowDays);
    }
    fitZeroBasedAxis(m_x, largest);
}

void AttributionChart::showRowTip(int category)
{
    const int r = static_cast<int>(m_rows.size()) - 1 - category;
    if (r < 0 || r >= static_cast<int>(m_rows.size()))
        return;
    const Row& row = m_rows[static_cast<std::size_t>(r)];
    const SubjectFigures& s = subjects()[row.subject];
    const WindowFigure* w = window(row);
    if (!w)
        return;
    QString text = tr("%1\n%2: %3 window · cycle p50 %4, p90 %5")
                       .arg(s.name, w->channelName, Formatting::days(w->windowDays),
                            Formatting::days(s.p50Days), Formatting::days(s.p90Days));
    if (!w->coversP90)
        text =
            tr("%1\nShort of the p90 by %2").arg(text, Formatting::days(s.p90Days - w->windowDays));
    if (s.group)
        text = tr("%1\n%2 of %3 personas with this channel miss their own p90")
                   .arg(text)
                   .arg(w->membersShort)
                   .arg(w->members);
    showTip(text);
}

int AttributionChart::preferredHeight() const
{
    return 120 + static_cast<int>(std::max<std::size_t>(m_rows.size(), 3)) * 22;
}

QString AttributionChart::notes() const
{
    if (isEmpty())
        return {};
    int shortfalls = 0;
    for (const auto& row : m_rows)
        if (const WindowFigure* w = window(row); w && !w->coversP90)
            ++shortfalls;
    return shortfalls == 0
               ? tr("Every window lasts until nine in ten deals have closed.")
               : tr("Windows that end before nine in ten deals close (red): %1 of %2. "
                    "Conversions after the window are not credited to the channel, which then "
                    "looks worse than it is.")
                     .arg(Formatting::count(shortfalls),
                          Formatting::count(static_cast<long long>(m_rows.size())));
}

ChartTable AttributionChart::table() const
{
    ChartTable t;
    t.columns << (groups() ? tr("Group") : tr("Persona")) << tr("Channel") << tr("Window")
              << tr("Cycle p50") << tr("Cycle p90") << tr("Covers p90");
    for (const auto& s : subjects())
        for (const auto& w : s.windows) {
            QString covers =
                w.coversP90 ? tr("Yes")
                            : tr("No, short by %1").arg(Formatting::days(s.p90Days - w.windowDays));
            if (s.group)
                covers = tr("%1 (%2 of %3 personas short)")
                             .arg(covers)
                             .arg(w.membersShort)
                             .arg(w.members);
            t.rows.push_back({s.name, w.channelName, Formatting::days(w.windowDays),
                              Formatting::days(s.p50Days), Formatting::days(s.p90Days), covers});
        }
    return t;
}

} // namespace b2x::charts
