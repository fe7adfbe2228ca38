// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpinBoxDelegate.h"

#include <QDoubleSpinBox>

namespace b2x {

SpinBoxDelegate::SpinBoxDelegate(double minimum, double maximum, int decimals, QObject* parent)
    : QStyledItemDelegate(parent), m_minimum(minimum), m_maximum(maximum), m_decimals(decimals)
{
}

QWidget* SpinBoxDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                       const QModelIndex& index) const
{
    auto* box = new QDoubleSpinBox(parent);
    box->setFrame(false);
    box->setRange(m_minimum, m_maximum);
    box->setDecimals(m_decimals);
    box->setSuffix(m_suffix);
    box->setSpecialValueText(m_specialValueText);
    box->setAccessibleName(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    box->setToolTip(index.data(Qt::ToolTipRole).toString());
    return box;
}

void SpinBoxDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QDoubleSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toDouble());
}

void SpinBoxDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    auto* box = static_cast<QDoubleSpinBox*>(editor);
    box->interpretText();
    model->setData(index, box->value(), Qt::EditRole);
}

} // namespace b2x
