// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Plan.h"
#include "plan/PlanAnalysis.h"

#include <QDate>
#include <QSet>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace b2x {

class CheckInPanel;
class ObjectivesModel;
class PlanAnalysisSource;
class WorkspaceDocument;

/// The plan's objectives and key results as a tree with progress bars in Google's colour bands;
/// derived targets live from the reverse funnel, marked and explained; check-ins entered in
/// place with their history. Every edit is one undo step (WorkspaceDocument::editPlan). The tree
/// follows every plan and persona edit while shown; a hidden page catches up when shown.
class ObjectivesView : public QWidget {
    Q_OBJECT

public:
    explicit ObjectivesView(WorkspaceDocument* document, QWidget* parent = nullptr);

    /// Selects the key result (and shows it); false when the plan has none with that id.
    bool selectKeyResult(const QString& id);
    /// The day the plan is judged on (only matters for a plan without a period) and the default
    /// check-in date; tests fix it.
    void setToday(QDate today);
    /// Reads the plan's analysis from `source` (shared with the other plan pages) instead of
    /// computing its own, and follows its changes.
    void setAnalysisSource(PlanAnalysisSource* source);

    QTreeView* tree() const { return m_tree; }
    ObjectivesModel* model() const { return m_model; }
    CheckInPanel* checkIns() const { return m_checkIns; }
    const plan::PlanAnalysis& analysis() const { return *m_analysis; }
    /// The selected objective's id, or the selected key result's objective ("" for none).
    QString currentObjectiveId() const;
    /// The selected key result's id ("" when an objective or nothing is selected).
    QString currentKeyResultId() const;

    // The edits behind the buttons and dialogs, each one undo step. New ids are unique.
    QString addObjective(Objective objective);
    void updateObjective(const Objective& objective);
    QString addKeyResult(const QString& objectiveId, KeyResult keyResult);
    void updateKeyResult(const KeyResult& keyResult);
    /// Deletes the selected objective (with its key results) or key result.
    void deleteCurrent();
    /// Adds a check-in to the key result: sets its current value to the latest check-in's, and
    /// for a derived one keeps the live target as the target at the check-in.
    void addCheckIn(const QString& keyResultId, const CheckIn& checkIn);
    void removeCheckIn(const QString& keyResultId, int index);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void documentChanged();
    void refresh();
    void currentChanged();
    void openAddObjective();
    void openAddKeyResult();
    void openEdit();
    void editKeyResult(const QString& id, const QString& field, const QString& actionText,
                       const std::function<void(KeyResult&)>& change);
    const Objective* findObjective(const QString& id) const;
    const KeyResult* findKeyResult(const QString& id) const;

    WorkspaceDocument* m_document;
    PlanAnalysisSource* m_source = nullptr;
    QDate m_today;
    /// The analysis shown: the shared source's, or (without one) the view's own.
    const plan::PlanAnalysis* m_analysis = nullptr;
    std::optional<plan::PlanAnalysis> m_ownAnalysis;
    bool m_stale = true;
    bool m_loading = false;
    QSet<QString> m_collapsed; ///< objectives the user folded; every other one is open

    ObjectivesModel* m_model;
    QTreeView* m_tree;
    QPushButton* m_addObjective;
    QPushButton* m_addKeyResult;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QLabel* m_detail;
    CheckInPanel* m_checkIns;
};

} // namespace b2x
