// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace b2x {

/// Every field of a content item (docs/file-format.md, "Plan"): title, format, persona, RACE
/// stage, call to action, channel, status, publish date and address. OK needs a title.
class ContentItemDialog : public QDialog {
    Q_OBJECT

public:
    ContentItemDialog(const Workspace& workspace, const ContentItem& item, bool adding,
                      QWidget* parent = nullptr);

    /// The item as edited (its id unchanged).
    ContentItem item() const;

private:
    void validate();

    const Workspace& m_workspace;
    ContentItem m_item;
    QLineEdit* m_title;
    QComboBox* m_format;
    QComboBox* m_persona;
    QComboBox* m_stage;
    QLineEdit* m_callToAction;
    QComboBox* m_channel;
    QComboBox* m_status;
    QDateEdit* m_publish;
    QLineEdit* m_address;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace b2x
