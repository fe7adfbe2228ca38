// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantList>
#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;

namespace b2x {

/// The cell editor of RoleListDelegate: shows the member's roles in the cell and, in a popup
/// under it, every role with a check box. The popup is a window of its own (like a combo box's
/// list), so the table never cuts it off. toggled() is emitted at each tick, finished() when the
/// popup closes (Enter, Escape, a click elsewhere); Tab closes it and moves on in the table.
class RoleListEditor : public QWidget {
    Q_OBJECT

public:
    explicit RoleListEditor(QWidget* parent = nullptr);

    /// Ticks exactly `roles` (Role values as ints) and shows `text` in the cell. Emits nothing.
    void setRoles(const QVariantList& roles, const QString& text);
    /// The ticked roles, keeping the order of `current` (the member's roles now) and adding newly
    /// ticked ones after them: the first role, which single-role views show, stays first.
    QVariantList roles(const QVariantList& current) const;
    /// Says in the popup why the last tick was not saved; empty hides it.
    void showProblem(const QString& problem);

    void openPopup();
    QFrame* popup() const { return m_popup; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void toggled();
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void placePopup();

    QLabel* m_text;
    QFrame* m_popup;
    QListWidget* m_list;
    QLabel* m_problem;
    bool m_forwardingKey = false; ///< the popup closes to pass Tab on: not a finish of its own
};

} // namespace b2x
