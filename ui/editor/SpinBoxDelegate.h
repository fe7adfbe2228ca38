// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace b2x {

/// Edits a number cell with a spin box. `minimum` and `maximum` are what the model accepts; the
/// spin box lets a wider range be typed (RangeSpinBox::typingRange()), so a wrong number can be
/// typed and the model's setData() refuses it and says why, instead of the spin box silently
/// turning 120 into 100.
///
/// Live, like the form fields: every keystroke that leaves a complete number is committed to the
/// model at once (the charts follow the typing; the document merges the keystrokes of one cell
/// into one undo step). Text that is not a number yet ("", "-") is marked and commits nothing.
class SpinBoxDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    SpinBoxDelegate(double minimum, double maximum, int decimals, QObject* parent = nullptr);

    void setSuffix(const QString& suffix) { m_suffix = suffix; }
    /// Shown at the minimum, which then means "none" (e.g. "not attributed" at -1); nothing
    /// below it can be typed.
    void setSpecialValueText(const QString& text) { m_specialValueText = text; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    double m_minimum;
    double m_maximum;
    int m_decimals;
    QString m_suffix;
    QString m_specialValueText;
};

} // namespace b2x
