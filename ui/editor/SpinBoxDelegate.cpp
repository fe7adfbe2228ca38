// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpinBoxDelegate.h"

#include "PersonaTableModel.h"
#include "RangeSpinBox.h"

#include <QSignalBlocker>

namespace b2x {

SpinBoxDelegate::SpinBoxDelegate(double minimum, double maximum, int decimals, QObject* parent)
    : QStyledItemDelegate(parent), m_minimum(minimum), m_maximum(maximum), m_decimals(decimals)
{
}

QWidget* SpinBoxDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                       const QModelIndex& index) const
{
    // A RangeSpinBox for its live typing and its mark for incomplete text; the model, not the
    // field, judges the range, so the field's valid range is all it lets be typed.
    auto* box = new RangeSpinBox(parent);
    box->setFrame(false);
    box->setDecimals(m_decimals);
    auto [low, high] = RangeSpinBox::typingRange(m_minimum, m_maximum);
    if (!m_specialValueText.isEmpty())
        low = m_minimum; // the special value stands at the minimum
    box->setValidRange(low, high);
    box->setRange(low, high);
    box->setSuffix(m_suffix);
    box->setSpecialValueText(m_specialValueText);
    box->setAccessibleName(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    box->setToolTip(index.data(Qt::ToolTipRole).toString());
    connect(box, &QDoubleSpinBox::valueChanged, this,
            [this, box] { Q_EMIT const_cast<SpinBoxDelegate*>(this)->commitData(box); });
    return box;
}

void SpinBoxDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<RangeSpinBox*>(editor);
    // Quietly: loading the cell is not an edit. Only when it differs, so a change announced
    // while the user types never moves the cursor.
    const double value = index.data(Qt::EditRole).toDouble();
    if (box->value() != value || box->isIncomplete())
        box->setValueQuietly(value);
}

void SpinBoxDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    auto* box = static_cast<RangeSpinBox*>(editor);
    box->interpretText();
    // A refused value puts back what the cell held before the keystrokes now being typed
    // (PersonaTableModel::FallbackRole), so nothing typed on the way stays in force.
    model->setData(index, box->settledValue(), PersonaTableModel::FallbackRole);
    model->setData(index, box->value(), Qt::EditRole);
    model->setData(index, QVariant(), PersonaTableModel::FallbackRole);
}

} // namespace b2x
