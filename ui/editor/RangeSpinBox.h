// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace b2x {

/// A number field that lets an out-of-range value be typed, marks it as invalid and can say why,
/// instead of silently refusing the keystroke as a plain spin box does. The model only ever
/// receives values inside the valid range: the section checks isValueValid() before editing.
///
/// Values commit on Enter, focus change or the arrows (no keyboard tracking), so typing "120"
/// never sends the intermediate 1 and 12 to the models and charts.
class RangeSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit RangeSpinBox(QWidget* parent = nullptr);

    /// The range the model accepts. The field's own range is wider, so a wrong number can be
    /// typed, seen and explained.
    void setValidRange(double minimum, double maximum);
    double validMinimum() const { return m_validMin; }
    double validMaximum() const { return m_validMax; }
    bool isValueValid() const;

    /// Shows `value` without emitting valueChanged (for load()).
    void setValueQuietly(double value);

    /// Empty when the value is valid; otherwise a sentence naming the field (`fieldName`, as on
    /// its label), the valid range and the refused value.
    QString problem(const QString& fieldName) const;

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;

private:
    void updateLook();

    double m_validMin = 0;
    double m_validMax = 100;
};

} // namespace b2x
