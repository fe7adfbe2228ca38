// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>
#include <utility>

namespace b2x {

/// A number field that lets an out-of-range value be typed, marks it as invalid and can say why,
/// instead of silently refusing the keystroke as a plain spin box does. The model only ever
/// receives values inside the valid range: the section checks isValueValid() before editing.
///
/// Values are live: valueChanged is emitted at every keystroke that leaves a complete number
/// (typing "120" sends 1, 12 and 120), so the charts follow the typing; the sections merge the
/// keystrokes of one field into one undo step. Text that is not a number yet ("", "-") sends
/// nothing: the field is marked incomplete and, when focus leaves, shows its last number again.
///
/// A value refused while typing must not leave the numbers typed on the way in force ("120" in a
/// percentage passes through 12): settledValue() is the valid value the field had before the
/// keystrokes now being typed, which the sections put back.
class RangeSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit RangeSpinBox(QWidget* parent = nullptr);

    /// The range the model accepts. The field's own range is wider, so a wrong number can be
    /// typed, seen and explained.
    void setValidRange(double minimum, double maximum);
    /// The field's own range for a valid range of `minimum` … `maximum`: one more digit above and
    /// the same magnitude below zero, enough to type any plausible mistake (120%, -5 days)
    /// without making the field absurdly wide.
    static std::pair<double, double> typingRange(double minimum, double maximum);
    double validMinimum() const { return m_validMin; }
    double validMaximum() const { return m_validMax; }
    bool isValueValid() const;
    /// True while the text is not a complete number (empty, a lone sign); value() is then the
    /// last complete one.
    bool isIncomplete() const;

    /// The last valid value not reached by typing alone: as loaded, as it was when the field got
    /// focus, stepped with the arrows, set by the program, or left with Enter or Tab.
    double settledValue() const { return m_settled; }

    /// What to save: value() while it is valid, otherwise settledValue(), so that a refused
    /// value puts back the one from before the typing.
    double valueToSave() const { return isValueValid() ? value() : settledValue(); }

    /// Accessible name `label`, and `toolTip` followed by the valid range as the tooltip.
    void describe(const QString& label, const QString& toolTip);

    /// Shows `value` without emitting valueChanged (for load()).
    void setValueQuietly(double value);

    /// Empty when the value is valid; otherwise a sentence naming the field (`fieldName`, as on
    /// its label), the valid range and the refused value.
    QString problem(const QString& fieldName) const;

    void stepBy(int steps) override;
    /// Text that is not a number when the field is left (or Enter is pressed) becomes the value
    /// in force: the last number, or the settled value when the last number was refused.
    void fixup(QString& input) const override;

protected:
    StepEnabled stepEnabled() const override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void updateLook();
    void settle();

    double m_validMin = 0;
    double m_validMax = 100;
    double m_settled = 0;
    bool m_typing = false; ///< inside a key press: value changes are keystrokes, not settled
};

} // namespace b2x
