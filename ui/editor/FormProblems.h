// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <utility>
#include <vector>

class QWidget;

namespace b2x {

class MessageLabel;

/// The refused inputs of a form, one sentence per field, shown in the message label of the
/// group that holds the field. A form keeps one of these so that fixing one field does not hide
/// the message about another field that is still wrong.
class FormProblems {
public:
    /// Records why `field`'s value was not saved; an empty `problem` clears it.
    void set(QWidget* field, const QString& problem);
    void clear() { m_problems.clear(); }
    bool isEmpty() const { return m_problems.empty(); }
    QString problemOf(const QWidget* field) const;

    /// Shows in `label` the problems of the fields inside `area` (all fields when it is null),
    /// or hides the label when there are none.
    void showIn(MessageLabel* label, const QWidget* area = nullptr) const;

private:
    std::vector<std::pair<QWidget*, QString>> m_problems; // in the order they arose
};

} // namespace b2x
