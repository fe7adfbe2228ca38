// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Allocator.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

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
/// allocation"), or of all the compared personas' budgets together: the allocator's proposal in
/// a table whose bounds and locks are edited in place, the channels' response curves with today's
/// and the proposed point, and the allocator's steps in words. Apply writes the proposed budget
/// shares and monthly spend of every persona shown as one undo step.
///
/// The options (scope, mode, budget, target, step) belong to the view, not the workspace. The
/// proposal follows every edit of the personas shown while the panel is in front; a panel behind
/// another tab only marks itself stale and catches up when brought to the front.
class BudgetPanel : public QWidget {
    Q_OBJECT

public:
    explicit BudgetPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    /// Which personas the panel allocates for.
    enum class Scope {
        SelectedPersona, ///< the persona selected in the list (setPersona)
        Compared,        ///< the compared personas of the workspace's view state, together
    };
    /// Response curves drawn at most: the palette repeats after ten.
    static constexpr int maxCurves = 10;
    /// Across personas: the legend names persona and channel, and takes more room.
    static constexpr int maxComparedCurves = 6;

    /// The persona selected in the list ("" for none).
    void setPersona(const QString& personaId);
    QString personaId() const { return m_personaId; }
    /// Whether the panel is in front (its dock is the current tab; see PlanPanel::setActive).
    void setActive(bool active);

    void setScope(Scope scope);
    Scope scope() const;
    QComboBox* scopeBox() const { return m_scopeBox; }
    /// The ids of the personas the proposal covers, in order.
    QStringList coveredPersonaIds() const { return m_covered; }
    /// The words under the curves naming the channels not drawn ("" when all are).
    QString curvesNote() const;

    /// The proposal on show (for the covered personas' channels).
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

    /// Writes the proposal into every covered persona as one undo step (budget::withAllocation:
    /// shares, monthly spend, pinned curves, volume).
    void applyProposal();

protected:
    void showEvent(class QShowEvent* event) override;

private:
    void documentChanged(const QString& personaId);
    void refresh();
    void recompute();
    /// The personas the scope covers that exist, in order.
    std::vector<const Persona*> scopePersonas() const;
    void setTitle(const std::vector<const Persona*>& personas);
    /// A channel of the allocation as the views name it ("persona: channel" across personas).
    QString channelName(std::size_t index, const ChannelCatalogue& catalogue) const;
    void fillCurves(const std::vector<const Persona*>& personas, const ChannelCatalogue& catalogue);
    void fillStepLog(const ChannelCatalogue& catalogue);
    void fillSummary();
    void updateControls();
    QString money(double amount) const;

    WorkspaceDocument* m_document;
    QString m_personaId;
    /// The personas the proposal on show covers.
    QStringList m_covered;
    bool m_active = true;
    /// Inside Apply: the edits refresh once, after the last.
    bool m_applying = false;
    bool m_stale = true;
    /// The budget was typed by the user; otherwise it follows today's spend.
    bool m_budgetTyped = false;
    bool m_settingBudget = false;
    budget::Allocation m_allocation;
    QString m_currency;

    QLabel* m_title;
    QComboBox* m_scopeBox;
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
    QLabel* m_curvesNote;
    QPlainTextEdit* m_log;
    UncertaintyView* m_uncertainty;
    QPushButton* m_apply;
};

} // namespace b2x
