// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComboBoxDelegate.h"

#include <QComboBox>

namespace b2x {

ComboBoxDelegate::ComboBoxDelegate(ItemsFunction items, QObject* parent)
    : QStyledItemDelegate(parent), m_items(std::move(items))
{
}

QWidget* ComboBoxDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setFrame(false);
    for (const auto& item : m_items(index)) {
        combo->addItem(item.text, item.value);
        if (!item.toolTip.isEmpty())
            combo->setItemData(combo->count() - 1, item.toolTip, Qt::ToolTipRole);
    }
    combo->setAccessibleName(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    // Commit on choice rather than on focus loss: a chosen role should show at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ComboBoxDelegate*>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ComboBoxDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int i = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(i);
}

void ComboBoxDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace b2x
