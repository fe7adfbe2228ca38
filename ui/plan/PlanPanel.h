// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanAnalysis.h"

#include <QDate>
#include <QString>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTabWidget;
class QTableWidget;

namespace b2x {

class ObjectivesView;
class PlanAnalysisSource;
class RaceBoard;
class TimelineView;
class WorkspaceDocument;
namespace charts {
class ReverseFunnelChart;
}

/// The plan beside the personas: the period, the selected persona's target and audience size, its
/// reverse funnel (what the target needs at today's conversion and cost, stage by stage, and by
/// when leads must enter to close inside the period) and the plan's checks in words. Every edit is
/// one undo step (WorkspaceDocument::editPlan; typing in one field merges). The figures follow any
/// edit of the plan or of a persona while the panel is shown; a hidden panel catches up when shown.
class PlanPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlanPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    /// The persona whose target and reverse funnel the panel shows ("" for none).
    void setPersona(const QString& personaId);
    /// Whether the panel is in front (its dock is the current tab): a dock tabbed behind another
    /// stays "visible" to Qt, only moved out of view, so the window says it. Inactive, the pages
    /// are hidden and only mark themselves stale; activated, the page in front catches up.
    void setActive(bool active);
    /// The day the plan is judged on (only matters for a plan without a period); tests fix it.
    void setToday(QDate today);
    /// The plan's analysis as the panel shows it (computed when the document changed).
    const plan::PlanAnalysis& analysis() const;
    /// The analysis every page of the plan reads.
    PlanAnalysisSource* analysisSource() const { return m_source; }
    /// The plan's pages (Targets first); the window and tests switch between them.
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    /// A check about one persona was activated: the window selects that persona.
    void personaRequested(const QString& personaId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void documentChanged();
    void refresh();
    void loadPeriod();
    void loadTarget();
    void fillFunnel();
    void fillChecks();
    void editPeriodDate(bool start, QDate date);
    void editPersonaPlan(const QString& field, const QString& actionText,
                         const std::function<void(PersonaPlan&)>& change);
    void activateCheck(QListWidgetItem* item);

    WorkspaceDocument* m_document;
    PlanAnalysisSource* m_source;
    QTabWidget* m_tabs;
    RaceBoard* m_board = nullptr;
    ObjectivesView* m_objectives = nullptr;
    TimelineView* m_timeline = nullptr;
    QString m_personaId;
    bool m_stale = true;
    bool m_loading = false;

    QLineEdit* m_periodName;
    QDateEdit* m_periodStart;
    QDateEdit* m_periodEnd;
    QLabel* m_periodNote;
    QGroupBox* m_targetBox;
    QComboBox* m_targetKind;
    QDoubleSpinBox* m_target;
    QDoubleSpinBox* m_audience;
    QTableWidget* m_funnel;
    QLabel* m_funnelNotes;
    charts::ReverseFunnelChart* m_funnelChart; ///< the table's numbers per stage, drawn
    QListWidget* m_checks;
};

} // namespace b2x
