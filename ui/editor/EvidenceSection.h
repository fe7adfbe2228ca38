// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSection.h"

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace b2x {

class MessageLabel;

/// Where each key number comes from and how far it can be trusted: a source, a confidence and a
/// range (Evidence::rangePercent, the uncertainty model's spread) per b2x::EvidenceField. Reports
/// show sources and confidences next to the figures.
///
/// Each source remembers the value it was written for (Evidence::writtenFor). When the number
/// changes anywhere in the editor, the row says so ("Written for 2 people; the persona now has 4
/// people.") and offers to confirm the source for the current value, one undo step. Typing a
/// source where there was none (an empty row, or after deleting the old text) records it for the
/// current value; editing the text or confidence of an existing source does not: fixing a typo
/// does not vouch for a new number.
class EvidenceSection : public PersonaSection {
    Q_OBJECT

public:
    explicit EvidenceSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override;
    /// Sources of the shown persona written for other values than it has now.
    int staleCount() const { return m_staleCount; }

Q_SIGNALS:
    /// The number of stale sources changed (the editor marks the tab).
    void staleCountChanged(int count);

protected:
    void load(const Persona& persona) override;

private:
    struct Row {
        EvidenceField field;
        QLabel* label;
        QLineEdit* source;
        QComboBox* confidence;
        QDoubleSpinBox* range; ///< rangePercent; below 0 shows "Default" (empty)
        QWidget* staleBox;
        MessageLabel* stale;
        QPushButton* confirm;
    };
    void commit(const Row& row, bool sourceChanged);
    void commitRange(const Row& row);
    void confirm(const Row& row);
    /// Shows or hides each row's stale warning for `persona`.
    void showStaleness(const Persona& persona);

    std::vector<Row> m_rows;
    int m_staleCount = 0;
};

} // namespace b2x
