// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormProblems.h"
#include "TableSection.h"

class QCheckBox;
class QComboBox;
class QPushButton;

namespace b2x {

class MemberTableModel;
class MessageLabel;
class RangeSpinBox;

/// The decision-making unit (buying centre): its members with role, title, influence and stance,
/// and how the group buys: buy class, formal tender, approval levels and, optionally, the user's
/// own estimate of the probability that the group decides at all.
class DecisionUnitSection : public TableSection {
    Q_OBJECT

public:
    explicit DecisionUnitSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Decision unit"); }
    MemberTableModel* model() const { return m_model; }

protected:
    void load(const Persona& persona) override;
    void resizeEvent(QResizeEvent* event) override;
    void tableChanged() override;
    void updateButtons() override;

private:
    QWidget* buildProcessGroup();
    /// Says which key roles nobody holds (or that all are covered), after every change.
    void updateCoverage();
    void fitRoleColumn();
    void commitApprovalLevels();
    void commitOverride(bool fromCheckBox);

    MemberTableModel* m_model;
    QPushButton* m_add;
    QPushButton* m_remove;
    MessageLabel* m_memberWarning;
    MessageLabel* m_coverage;
    int m_roleColumnMinimum = 0;
    QComboBox* m_buyClass = nullptr;
    QCheckBox* m_tender = nullptr;
    RangeSpinBox* m_approvalLevels = nullptr;
    QCheckBox* m_overrideOn = nullptr;
    RangeSpinBox* m_override = nullptr;
    MessageLabel* m_processMessage = nullptr;
    FormProblems m_problems;
};

} // namespace b2x
