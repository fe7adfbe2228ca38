// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace b2x {

/// Every field of a tactic (docs/file-format.md, "Plan"): name, persona, RACE stage, channel,
/// dates, planned and actual budget, status, owner and the key result it serves. OK needs a name
/// and an end not before the start.
class TacticDialog : public QDialog {
    Q_OBJECT

public:
    TacticDialog(const Workspace& workspace, const Tactic& tactic, bool adding,
                 QWidget* parent = nullptr);

    /// The tactic as edited (its id unchanged).
    Tactic tactic() const;

private:
    void validate();

    const Workspace& m_workspace;
    Tactic m_tactic;
    QLineEdit* m_name;
    QComboBox* m_persona;
    QComboBox* m_stage;
    QComboBox* m_channel;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDoubleSpinBox* m_planned;
    QCheckBox* m_spent;
    QDoubleSpinBox* m_actual;
    QComboBox* m_status;
    QLineEdit* m_owner;
    QComboBox* m_keyResult;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace b2x
