// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QComboBox;
class QLabel;

namespace b2x {

class WorkspaceDocument;

/// Name, currency and description of the workspace, and the "Recommendations and next steps"
/// its report prints after the executive summary.
class WorkspaceDetailsDialog : public QDialog {
    Q_OBJECT

public:
    WorkspaceDetailsDialog(const Workspace& workspace, QWidget* parent = nullptr);
    std::string name() const;
    std::string currency() const;
    std::string description() const;
    std::string recommendations() const;
    /// Applies what the dialog holds to `document`: one undo step, nothing when unchanged.
    void apply(WorkspaceDocument& document) const;

private:
    void validate();

    QLineEdit* m_name;
    QComboBox* m_currency;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_recommendations;
    QLabel* m_message;
    QPushButton* m_ok = nullptr;
};

} // namespace b2x
