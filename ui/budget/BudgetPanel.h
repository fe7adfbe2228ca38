// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Allocator.h"

#include <QString>
#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace b2x {

class BudgetTableModel;
class UncertaintyView;
class WorkspaceDocument;
namespace charts {
class ChartView;
class ResponseCurveChart;
} // namespace charts

/// Where the next unit of the selected persona's budget goes (docs/models.md, "Budget
/// allocation"): the allocator's proposal in a table whose bounds and locks are edited in place,
/// the channels' response curves with today's and the proposed point, and the allocator's steps
/// in words. Apply writes the proposed budget shares and monthly spend as one undo step.
///
/// The options (mode, budget, target, step) belong to the view, not the workspace. The proposal
/// follows every edit of the persona while the panel is in front; a panel behind another tab only
/// marks itself stale and catches up when brought to the front.
class BudgetPanel : public QWidget {
    Q_OBJECT

public:
    explicit BudgetPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    /// The persona whose budget the panel shows ("" for none).
    void setPersona(const QString& personaId);
    QString personaId() const { return m_personaId; }
    /// Whether the panel is in front (its dock is the current tab; see PlanPanel::setActive).
    void setActive(bool active);

    /// The proposal on show (for the persona's channels).
    const budget::Allocation& allocation() const { return m_allocation; }
    BudgetTableModel* tableModel() const { return m_model; }
    charts::ResponseCurveChart* curveChart() const { return m_chart; }
    /// The Uncertainty tab.
    UncertaintyView* uncertainty() const { return m_uncertainty; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The options the allocator runs with, as the controls set them.
    budget::AllocationOptions options() const;
    /// Fixed budget (0) or flexible (1).
    QComboBox* modeBox() const { return m_mode; }
    QDoubleSpinBox* budgetBox() const { return m_budget; }
    QDoubleSpinBox* targetBox() const { return m_target; }
    QDoubleSpinBox* stepBox() const { return m_step; }
    QPushButton* applyButton() const { return m_apply; }
    QString stepLogText() const;
    QString summaryText() const;

    /// Writes the proposal into the persona as one undo step (budget::withAllocation: shares,
    /// monthly spend, pinned curves, volume).
    void applyProposal();

protected:
    void showEvent(class QShowEvent* event) override;

private:
    void documentChanged(const QString& personaId);
    void refresh();
    void recompute();
    void fillCurves(const Persona& persona, const ChannelCatalogue& catalogue);
    void fillStepLog(const ChannelCatalogue& catalogue);
    void fillSummary();
    void updateControls();
    QString money(double amount) const;

    WorkspaceDocument* m_document;
    QString m_personaId;
    bool m_active = true;
    bool m_stale = true;
    /// The budget was typed by the user; otherwise it follows today's spend.
    bool m_budgetTyped = false;
    bool m_settingBudget = false;
    budget::Allocation m_allocation;
    QString m_currency;

    QLabel* m_title;
    QComboBox* m_mode;
    QDoubleSpinBox* m_budget;
    QDoubleSpinBox* m_target;
    QDoubleSpinBox* m_step;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTableView* m_table;
    BudgetTableModel* m_model;
    QLabel* m_message;
    charts::ResponseCurveChart* m_chart;
    charts::ChartView* m_chartView;
    QPlainTextEdit* m_log;
    UncertaintyView* m_uncertainty;
    QPushButton* m_apply;
};

} // namespace b2x
