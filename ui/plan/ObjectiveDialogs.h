// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace b2x {

/// Adds or edits an objective's own fields (its key results are edited one by one).
class ObjectiveDialog : public QDialog {
    Q_OBJECT

public:
    ObjectiveDialog(const Workspace& workspace, const Objective& objective, bool adding,
                    QWidget* parent = nullptr);
    /// The objective as the fields say, its id and key results unchanged.
    Objective objective() const;

private:
    Objective m_objective;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    QComboBox* m_stage;
    QComboBox* m_persona;
    QComboBox* m_commitment;
};

/// Adds or edits a key result; "derived" makes its target follow a persona's reverse funnel.
class KeyResultDialog : public QDialog {
    Q_OBJECT

public:
    KeyResultDialog(const Workspace& workspace, const KeyResult& keyResult, bool adding,
                    QWidget* parent = nullptr);
    /// The key result as the fields say, its id and check-ins unchanged.
    KeyResult keyResult() const;

private:
    void fillStages();
    void updateDerived();

    const Workspace& m_workspace;
    KeyResult m_keyResult;
    QLineEdit* m_metric;
    QLineEdit* m_unit;
    QDoubleSpinBox* m_start;
    QDoubleSpinBox* m_current;
    QDoubleSpinBox* m_target;
    QDoubleSpinBox* m_weight;
    QGroupBox* m_derived;
    QComboBox* m_persona;
    QComboBox* m_quantity;
    QComboBox* m_stage;
    QLabel* m_derivedNote;
};

/// A persona chooser: "None" (when `allowNone`), the workspace's personas, and a missing
/// persona's id kept as an entry of its own so that opening a dialog never drops a reference.
void fillPersonaCombo(QComboBox* combo, const Workspace& workspace, const std::string& current,
                      bool allowNone);

} // namespace b2x
