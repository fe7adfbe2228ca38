// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"
#include "PlanChartData.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace b2x::charts {

/// The plan's tactics as bars on a calendar (docs/charts.md, "Plan timeline"): one row per
/// tactic, grouped by persona and coloured like it, the status in the bar's fill and border, the
/// period's bounds and today as vertical lines, and on each targeted persona's rows the latest
/// lead-entry dates (p50 solid, p90 dashed): a bar that starts right of them starts too late for
/// its leads to close inside the period. At most PlanChartData::maxRows rows are drawn; the rest
/// and the tactics without dates are said in the notes and listed in the table.
///
/// Qt Charts does not mirror for right-to-left layouts, so the chart does it itself: with a
/// right-to-left application, time runs from right to left (x is drawn as −day) and the row
/// labels stand on the right.
class PlanTimelineChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit PlanTimelineChart(QObject* parent = nullptr);
    ~PlanTimelineChart() override;
    ChartId id() const override { return ChartId::PlanTimeline; }
    void setTimeline(TimelineData timeline);
    const TimelineData& data() const { return m_data; }

    ChartTable table() const override;
    QString notes() const override;
    bool isEmpty() const override { return m_data.rows.empty(); }
    QString emptyText() const override;
    int preferredHeight() const override;

    /// Where day `date` is drawn on the x axis (days after the period's start; negated when the
    /// chart runs right to left). Tests read the bars and markers through it.
    double xOf(QDate date) const;
    bool rightToLeft() const { return m_rtl; }
    /// Row `row`'s bar (upper and lower edges span its dates), or null.
    QAreaSeries* bar(std::size_t row) const;
    /// Persona `persona`'s p50 (q = 50) or p90 marker line, or null when it has none.
    QLineSeries* marker(std::size_t persona, int q) const;

protected:
    void rebuild() override;

private:
    void fitAxes();
    /// The x axis' labels for the calendar m_from … m_to at the plot's current width.
    void fitCalendar();
    int labelRoom() const;
    void drawGuide(QLineSeries* line, QDate date) const;
    QString statusText(TacticStatus status) const;
    QString tip(const TimelineTactic& t) const;
    /// "starts after the p50 date …", or nothing.
    QString lateness(const TimelineTactic& t) const;

    TimelineData m_data;
    bool m_rtl = false;
    QCategoryAxis* m_x;
    QCategoryAxis* m_y;
    QDate m_from; ///< the calendar drawn: its first day
    QDate m_to;   ///< the day after its last
    int m_labels = 0;
    double m_top = 0;       ///< y of the top edge of the plot
    double m_bottom = 0;    ///< y of the bottom edge
    bool m_built = false;   ///< m_data has been drawn once
    QStringList m_rowNames; ///< the y axis' labels, top row first
    /// What the x axis' labels were made for: they are made again only when it changes.
    struct Calendar {
        QDate from, to, periodStart;
        int labels = 0;
        bool rtl = false;
        bool operator==(const Calendar&) const = default;
    } m_calendar;
    std::vector<QAreaSeries*> m_bars;
    /// Series exist only for the personas that have drawn rows (at most maxRows of them), in
    /// their order; m_slotOf maps a persona's index in m_data.personas to its slot (or npos).
    std::vector<std::size_t> m_slotOf;
    std::vector<QLineSeries*> m_p50; ///< per slot, empty points when not drawn
    std::vector<QLineSeries*> m_p90;
    std::vector<QScatterSeries*> m_keys; ///< legend entries: one per slot
    QLineSeries* m_start;
    QLineSeries* m_end;
    QLineSeries* m_today;
};

} // namespace b2x::charts
