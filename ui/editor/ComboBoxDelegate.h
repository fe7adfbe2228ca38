// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>
#include <functional>
#include <utility>

namespace b2x {

/// Edits a cell with a combo box whose items can depend on the row (the channel column offers
/// only channels not used by another row). The choice is committed as soon as it is made.
class ComboBoxDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    struct Item {
        QString text;
        QVariant value;
        QString toolTip;
    };
    using ItemsFunction = std::function<QList<Item>(const QModelIndex&)>;

    explicit ComboBoxDelegate(ItemsFunction items, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    ItemsFunction m_items;
};

} // namespace b2x
