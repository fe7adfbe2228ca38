// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

namespace b2x {

class PlanAnalysisSource;
class WorkspaceDocument;

namespace charts {
class ChartCard;
class PlanTimelineChart;
} // namespace charts

/// The plan dock's "Timeline" page: the plan's tactics on a calendar with each targeted persona's
/// latest lead-entry dates (charts::PlanTimelineChart), its notes and its table. It follows every
/// edit of the plan or of a persona (a conversion rate moves the markers) while it is shown; a
/// hidden page only marks itself stale and catches up when shown.
class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(WorkspaceDocument* document, QWidget* parent = nullptr);

    /// The day drawn as "today" and the plan is judged on; tests fix it.
    void setToday(QDate today);
    /// Reads the plan's analysis from `source` (shared with the other plan pages) instead of
    /// computing its own, and follows its changes (and its day).
    void setAnalysisSource(PlanAnalysisSource* source);
    charts::PlanTimelineChart* chart() const { return m_chart; }
    charts::ChartCard* card() const { return m_card; }
    bool isStale() const { return m_stale; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void documentChanged();
    void refresh();

    WorkspaceDocument* m_document;
    PlanAnalysisSource* m_source = nullptr;
    charts::ChartCard* m_card;
    charts::PlanTimelineChart* m_chart;
    QDate m_today;
    bool m_stale = true;
};

} // namespace b2x
