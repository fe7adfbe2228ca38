// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTimelineChart.h"

#include "format/Formatting.h"

#include <QGuiApplication>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {

constexpr double barHalfHeight = 0.34;
const QColor guideColour(0x55, 0x55, 0x55);
const QColor todayColour(0xc0, 0x39, 0x2b);
const QColor markerColour(0x22, 0x22, 0x22);

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace

PlanTimelineChart::PlanTimelineChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QCategoryAxis), m_y(new QCategoryAxis),
      m_start(new QLineSeries), m_end(new QLineSeries), m_today(new QLineSeries)
{
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(m_x, QString());
    styleAxis(m_y, QString());
    m_y->setTitleVisible(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* guide : {m_start, m_end, m_today})
        attach(guide, m_x, m_y);
    m_start->setPen(QPen(guideColour, 1.5, Qt::DashLine));
    m_end->setPen(QPen(guideColour, 1.5, Qt::DashLine));
    m_today->setPen(QPen(todayColour, 2, Qt::DotLine));
    m_start->setName(tr("Period start and end"));
    legend().hide(m_end);
    // A wider or narrower plot holds more or fewer dates: only the labels change.
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        if (labelRoom() != m_labels)
            fitCalendar();
    });
}

PlanTimelineChart::~PlanTimelineChart() = default;

double PlanTimelineChart::xOf(QDate date) const
{
    const auto days = static_cast<double>(m_data.periodStart.daysTo(date));
    return m_rtl ? -days : days;
}

QAreaSeries* PlanTimelineChart::bar(std::size_t row) const
{
    return row < m_data.rows.size() && row < m_bars.size() ? m_bars[row] : nullptr;
}

QLineSeries* PlanTimelineChart::marker(std::size_t persona, int q) const
{
    const auto& list = q == 50 ? m_p50 : m_p90;
    if (persona >= m_slotOf.size() || m_slotOf[persona] >= list.size())
        return nullptr;
    QLineSeries* line = list[m_slotOf[persona]];
    return line->count() == 0 ? nullptr : line;
}

void PlanTimelineChart::setTimeline(TimelineData timeline)
{
    // Most edits (a price, a conversion rate) leave the timeline as it was: nothing to redraw.
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    if (m_built && rtl == m_rtl && timeline == m_data)
        return;
    m_built = true;
    m_data = std::move(timeline);
    m_rtl = rtl;
    // The latest date's label is centred on the plot's far edge: room for half of it there.
    // (The legend keeps the bottom margin: only the sides change.)
    QMargins room = chart()->margins();
    room.setLeft(m_rtl ? 40 : 4);
    room.setRight(m_rtl ? 4 : 40);
    if (chart()->margins() != room)
        chart()->setMargins(room);
    rebuild();
    layoutLegend();
    cacheItems();
    Q_EMIT contentChanged();
}

int PlanTimelineChart::preferredHeight() const
{
    return std::max(220, 110 + 24 * static_cast<int>(m_data.rows.size()));
}

QString PlanTimelineChart::statusText(TacticStatus status) const
{
    switch (status) {
    case TacticStatus::Planned:
        return tr("planned");
    case TacticStatus::Running:
        return tr("running");
    case TacticStatus::Done:
        return tr("done");
    case TacticStatus::Stopped:
        return tr("stopped");
    }
    return {};
}

QString PlanTimelineChart::lateness(const TimelineTactic& t) const
{
    if (t.persona >= m_data.personas.size())
        return {};
    const TimelinePersona& p = m_data.personas[t.persona];
    if (!p.targeted)
        return {};
    if (t.start > p.latestEntryP50)
        return tr("starts after %1: most of its leads close after the period")
            .arg(isoDate(p.latestEntryP50));
    if (t.start > p.latestEntryP90)
        return tr("starts after %1: some of its leads close after the period")
            .arg(isoDate(p.latestEntryP90));
    return {};
}

QString PlanTimelineChart::tip(const TimelineTactic& t) const
{
    const QString persona =
        t.persona < m_data.personas.size() ? m_data.personas[t.persona].name : QString();
    QString text = tr("%1 (%2)\n%3 to %4, %5\nPlanned budget: %6")
                       .arg(t.name, persona, isoDate(t.start), isoDate(t.end), statusText(t.status),
                            Formatting::money(t.budget, m_data.currency));
    if (!t.channel.isEmpty())
        text += QLatin1Char('\n') + tr("Channel: %1").arg(t.channel);
    if (const QString late = lateness(t); !late.isEmpty())
        text += QLatin1Char('\n') + tr("Too late: %1").arg(late);
    return text;
}

void PlanTimelineChart::fitAxes()
{
    // The calendar: the period, the drawn bars and the markers, at most a year either side of
    // the period (a tactic dated years away would squash everything else to a line).
    QDate lo = m_data.periodStart;
    QDate hi = m_data.periodEnd.addDays(1);
    for (const auto& t : m_data.rows) {
        lo = std::min(lo, t.start);
        hi = std::max(hi, t.end.addDays(1));
    }
    for (const auto& p : m_data.personas)
        if (p.targeted && p.drawn > 0) {
            lo = std::min(lo, p.latestEntryP90);
            hi = std::max(hi, p.latestEntryP50.addDays(1));
        }
    lo = std::max(lo, m_data.periodStart.addDays(-366));
    hi = std::min(hi, m_data.periodEnd.addDays(367));

    m_from = lo;
    m_to = hi;
    fitCalendar();

    const auto n = static_cast<double>(m_data.rows.size());
    QStringList names;
    for (const auto& t : m_data.rows)
        names << t.name;
    names = uniqueLabels(names);
    // Replacing an axis' categories lays the whole chart out again: only when they change.
    if (names != m_rowNames) {
        m_rowNames = names;
        for (const QString& label : m_y->categoriesLabels())
            m_y->remove(label);
        m_y->setStartValue(-0.5);
        for (auto i = static_cast<qsizetype>(names.size()) - 1; i >= 0; --i)
            m_y->append(names[i], n - 1 - static_cast<double>(i) + 0.5);
        m_y->setRange(-0.5, std::max(0.5, n - 0.5));
    }
    m_bottom = -0.5;
    m_top = std::max(0.5, n - 0.5);

    // Row labels stand where the time starts: on the right when it runs right to left.
    const Qt::Alignment side = m_rtl ? Qt::AlignRight : Qt::AlignLeft;
    if (m_y->alignment() != side) {
        const auto series = chart()->series();
        chart()->removeAxis(m_y);
        chart()->addAxis(m_y, side);
        for (QAbstractSeries* s : series)
            s->attachAxis(m_y);
    }
}

int PlanTimelineChart::labelRoom() const
{
    // About 80 pixels a month label ("Sept 2026"), 60 a week label ("28 Dec"); before the first
    // layout, the width of an export.
    const double width = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : 560;
    const bool weeks = m_from.daysTo(m_to) <= 126;
    return std::clamp(static_cast<int>(width / (weeks ? 60 : 80)), 2, 12);
}

void PlanTimelineChart::fitCalendar()
{
    // Weeks (from Mondays) up to about four months, months (from the 1st) beyond, with as many
    // labels as the plot's width holds.
    if (!m_from.isValid() || !m_to.isValid())
        return;
    m_labels = labelRoom();
    const Calendar calendar{m_from, m_to, m_data.periodStart, m_labels, m_rtl};
    if (calendar == m_calendar)
        return;
    m_calendar = calendar;
    const QDate lo = m_from;
    const QDate hi = m_to;
    std::vector<QDate> bounds;
    const bool weeks = lo.daysTo(hi) <= 126;
    if (weeks) {
        QDate d = lo.addDays(1 - lo.dayOfWeek());
        const auto count = static_cast<int>((d.daysTo(hi) + 6) / 7);
        const int step = std::max(1, (count + m_labels - 1) / m_labels);
        for (; d < hi.addDays(7 * step); d = d.addDays(7 * step))
            bounds.push_back(d);
    } else {
        const int count = (hi.year() - lo.year()) * 12 + hi.month() - lo.month() + 1;
        int step = 12;
        for (int s : {1, 2, 3, 4, 6})
            if (count <= s * m_labels) {
                step = s;
                break;
            }
        QDate d(lo.year(), 1 + ((lo.month() - 1) / step) * step, 1);
        for (; d < hi.addMonths(step); d = d.addMonths(step))
            bounds.push_back(d);
    }
    while (bounds.size() > 2 && bounds[bounds.size() - 2] >= hi)
        bounds.pop_back();
    const QLocale locale = Formatting::locale();
    const QString format = weeks ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy");
    for (const QString& label : m_x->categoriesLabels())
        m_x->remove(label);
    const double a = xOf(bounds.front());
    const double b = xOf(bounds.back());
    m_x->setStartValue(std::min(a, b) - 1);
    // Categories must be appended by increasing value: right to left, the latest date first.
    if (m_rtl)
        std::reverse(bounds.begin(), bounds.end());
    for (QDate d : bounds)
        m_x->append(locale.toString(d, format), xOf(d));
    m_x->setRange(std::min(a, b), std::max(a, b));
    m_x->setTitleText(weeks ? tr("Weeks (from Monday)") : tr("Months"));
}

void PlanTimelineChart::drawGuide(QLineSeries* line, QDate date) const
{
    const double x = xOf(date);
    const bool inside = date.isValid() && date >= m_from && date <= m_to;
    replacePoints(line, inside ? QList<QPointF>{QPointF(x, m_bottom), QPointF(x, m_top)}
                               : QList<QPointF>());
}

void PlanTimelineChart::rebuild()
{
    const std::size_t rows = m_data.rows.size();
    const std::size_t personas = m_data.personas.size();
    if (!m_data.periodStart.isValid() || !m_data.periodEnd.isValid())
        return;
    fitAxes();

    while (m_bars.size() > rows) {
        destroySeries(m_bars.back());
        m_bars.pop_back();
    }
    while (m_bars.size() < rows) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        connect(area, &QAreaSeries::hovered, this, [this, area](const QPointF&, bool state) {
            const auto it = std::find(m_bars.begin(), m_bars.end(), area);
            const auto row = static_cast<std::size_t>(it - m_bars.begin());
            if (!state || row >= m_data.rows.size())
                hideTip();
            else
                showTip(tip(m_data.rows[row]));
        });
        attach(area, m_x, m_y);
        legend().hide(area);
        m_bars.push_back(area);
    }
    // Each persona's drawn rows; only the personas that have some get series.
    std::vector<std::pair<std::size_t, std::size_t>> span(personas, {rows, 0});
    for (std::size_t r = 0; r < rows; ++r) {
        auto& [first, last] = span[m_data.rows[r].persona];
        first = std::min(first, r);
        last = std::max(last, r);
    }
    std::vector<std::size_t> shown;
    m_slotOf.assign(personas, static_cast<std::size_t>(-1));
    for (std::size_t p = 0; p < personas; ++p)
        if (span[p].first < rows) {
            m_slotOf[p] = shown.size();
            shown.push_back(p);
        }
    const std::size_t slots = shown.size();
    for (auto* list : {&m_p50, &m_p90}) {
        while (list->size() > slots) {
            destroySeries(list->back());
            list->pop_back();
        }
        while (list->size() < slots) {
            auto* line = new QLineSeries;
            attach(line, m_x, m_y);
            list->push_back(line);
        }
    }
    while (m_keys.size() > slots) {
        destroySeries(m_keys.back());
        m_keys.pop_back();
    }
    while (m_keys.size() < slots) {
        auto* key = new QScatterSeries;
        key->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        key->setMarkerSize(10);
        attach(key, m_x, m_y);
        m_keys.push_back(key);
    }

    // The bars: the status in the fill and the border (said in the notes and the tooltips).
    for (std::size_t r = 0; r < rows; ++r) {
        const TimelineTactic& t = m_data.rows[r];
        const QColor colour = m_data.personas[t.persona].colour;
        const double y = static_cast<double>(rows - 1 - r);
        const double x1 = xOf(t.start);
        const double x2 = xOf(t.end.addDays(1));
        QAreaSeries* area = m_bars[r];
        replacePoints(area->upperSeries(),
                      {QPointF(x1, y + barHalfHeight), QPointF(x2, y + barHalfHeight)});
        replacePoints(area->lowerSeries(),
                      {QPointF(x1, y - barHalfHeight), QPointF(x2, y - barHalfHeight)});
        QColor fill = colour;
        QPen pen(colour.darker(130), 1.2);
        switch (t.status) {
        case TacticStatus::Planned:
            fill.setAlpha(90);
            break;
        case TacticStatus::Running:
            break;
        case TacticStatus::Done:
            fill.setAlpha(170);
            pen.setStyle(Qt::DotLine);
            break;
        case TacticStatus::Stopped:
            fill.setAlpha(30);
            pen = QPen(QColor(0x99, 0x99, 0x99), 1.2, Qt::DashLine);
            break;
        }
        area->setBrush(fill);
        area->setPen(pen);
        area->setName(t.name);
    }

    // Each targeted persona's latest lead-entry dates, across its own rows.
    bool p50Named = false;
    bool p90Named = false;
    for (std::size_t q = 0; q < slots; ++q) {
        const std::size_t p = shown[q];
        const TimelinePersona& tp = m_data.personas[p];
        const bool drawn = tp.targeted;
        const double top = drawn ? static_cast<double>(rows - 1 - span[p].first) + 0.5 : 0;
        const double bottom = drawn ? static_cast<double>(rows - 1 - span[p].second) - 0.5 : 0;
        const auto segment = [&](QDate d) {
            const double x = xOf(d);
            return drawn ? QList<QPointF>{QPointF(x, bottom), QPointF(x, top)} : QList<QPointF>();
        };
        replacePoints(m_p50[q], segment(tp.latestEntryP50));
        replacePoints(m_p90[q], segment(tp.latestEntryP90));
        m_p50[q]->setPen(QPen(markerColour, 3));
        m_p90[q]->setPen(QPen(markerColour, 2, Qt::DashLine));
        m_p50[q]->setName(tr("Latest lead entry to close in the period, half of the deals (p50)"));
        m_p90[q]->setName(tr("Latest lead entry, nine deals in ten (p90)"));
        for (QLegendMarker* m : chart()->legend()->markers(m_p50[q]))
            WrappingLegend::setShown(m, drawn && !p50Named);
        for (QLegendMarker* m : chart()->legend()->markers(m_p90[q]))
            WrappingLegend::setShown(m, drawn && !p90Named);
        p50Named = p50Named || drawn;
        p90Named = p90Named || drawn;

        m_keys[q]->setName(tp.name);
        m_keys[q]->setColor(tp.colour);
        m_keys[q]->setBorderColor(tp.colour.darker(130));
        for (QLegendMarker* m : chart()->legend()->markers(m_keys[q]))
            WrappingLegend::setShown(m, true);
    }

    drawGuide(m_start, m_data.periodStart);
    drawGuide(m_end, m_data.periodEnd.addDays(1));
    drawGuide(m_today, m_data.today);
    m_today->setName(tr("Today (%1)").arg(isoDate(m_data.today)));
    for (QLegendMarker* m : chart()->legend()->markers(m_today))
        WrappingLegend::setShown(m, m_today->count() > 0);
}

QString PlanTimelineChart::emptyText() const
{
    if (m_data.totalTactics == 0)
        return tr("The plan has no tactics yet: add them to see them on the calendar.");
    return tr("None of the plan's %n tactic(s) has valid start and end dates, so none can be "
              "drawn: give them dates.",
              nullptr, static_cast<int>(m_data.totalTactics));
}

QString PlanTimelineChart::notes() const
{
    if (isEmpty())
        return {};
    QStringList parts;
    for (std::size_t p = 0; p < m_data.personas.size(); ++p) {
        const TimelinePersona& tp = m_data.personas[p];
        if (!tp.targeted || tp.tactics == 0)
            continue;
        int late = 0;
        for (const auto* list : {&m_data.rows, &m_data.hidden})
            for (const auto& t : *list)
                late += t.persona == p && t.start > tp.latestEntryP50 ? 1 : 0;
        QString line = tr("%1: leads must enter by %2 for half of the deals to close inside the "
                          "period, by %3 for nine in ten.")
                           .arg(tp.name, isoDate(tp.latestEntryP50), isoDate(tp.latestEntryP90));
        if (late > 0)
            line += QLatin1Char(' ') +
                    tr("%n tactic(s) start too late to close inside the period.", nullptr, late);
        parts << line;
    }
    if (!m_data.hidden.empty()) {
        QStringList per;
        for (const auto& tp : m_data.personas)
            if (tp.tactics > tp.drawn)
                per << tr("%1: %2").arg(tp.name, Formatting::count(tp.tactics - tp.drawn));
        parts << tr("%n more tactic(s) not drawn (the chart shows the first %1 rows; the table "
                    "lists all): %2.",
                    nullptr, static_cast<int>(m_data.hidden.size()))
                     .arg(Formatting::count(static_cast<long long>(PlanChartData::maxRows)),
                          per.join(QStringLiteral(", ")));
    }
    if (!m_data.undated.empty()) {
        QStringList names;
        for (std::size_t i = 0; i < m_data.undated.size() && i < 5; ++i)
            names << m_data.undated[i].name;
        if (m_data.undated.size() > 5)
            names << tr("and %n more", nullptr, static_cast<int>(m_data.undated.size() - 5));
        parts << tr("%n tactic(s) without valid dates, not drawn: %1.", nullptr,
                    static_cast<int>(m_data.undated.size()))
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (m_data.periodAssumed)
        parts << tr("The plan has no period: the current quarter is drawn.");
    parts << tr("Bars: solid running, light planned, dotted border done, faded with a grey dashed "
                "border stopped.");
    if (m_rtl)
        parts << tr("Time runs from right to left.");
    return parts.join(QLatin1Char('\n'));
}

ChartTable PlanTimelineChart::table() const
{
    ChartTable t;
    t.columns << tr("Persona") << tr("Tactic") << tr("Channel") << tr("Start") << tr("End")
              << tr("Status") << tr("Planned budget") << tr("Timing");
    for (const auto* list : {&m_data.rows, &m_data.hidden})
        for (const auto& r : *list) {
            QString timing = lateness(r);
            if (list == &m_data.hidden)
                timing = timing.isEmpty() ? tr("not drawn") : tr("not drawn; %1").arg(timing);
            t.rows.push_back({m_data.personas[r.persona].name, r.name, r.channel, isoDate(r.start),
                              isoDate(r.end), statusText(r.status),
                              Formatting::money(r.budget, m_data.currency), timing});
        }
    for (const auto& r : m_data.undated)
        t.rows.push_back({m_data.personas[r.persona].name, r.name, r.channel, isoDate(r.start),
                          isoDate(r.end), statusText(r.status),
                          Formatting::money(r.budget, m_data.currency),
                          tr("no valid dates: not drawn")});
    return t;
}

} // namespace b2x::charts
