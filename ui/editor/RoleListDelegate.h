// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace b2x {

/// Edits the roles of a decision-unit member (MemberTableModel::RoleColumn): every role with a
/// check box, in a popup under the cell like the list of a combo box, so it is never cut off
/// by the table. Each tick is saved at once (one undo step each), so the coverage of the key
/// roles follows while the list is open. Unticking the last role is refused by the model; the
/// popup then says why and keeps the role ticked. Enter, Escape, Tab or a click elsewhere close
/// it; a click anywhere on a role's line ticks it, as does Space.
class RoleListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace b2x
