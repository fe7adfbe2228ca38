// SPDX-License-Identifier: GPL-3.0-or-later
#include "RangeSpinBox.h"

#include "FormHelpers.h"

#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

namespace b2x {

RangeSpinBox::RangeSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setKeyboardTracking(false);
    setGroupSeparatorShown(true);
    setAccelerated(true);
    // A number does not need the whole width of a form; a long field reads as a text field.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setValidRange(0, 100);
    connect(this, &QDoubleSpinBox::valueChanged, this, &RangeSpinBox::updateLook);
}

void RangeSpinBox::setValidRange(double minimum, double maximum)
{
    m_validMin = minimum;
    m_validMax = maximum;
    // One more digit above and the same magnitude below zero: enough to type any plausible
    // mistake (120%, -5 days) without making the field absurdly wide.
    const double span = std::max(std::abs(maximum), 1.0);
    setRange(minimum >= 0 ? -span : minimum * 10, maximum > 0 ? maximum * 10 : span);
    updateLook();
}

bool RangeSpinBox::isValueValid() const
{
    const double v = value();
    return v >= m_validMin && v <= m_validMax;
}

void RangeSpinBox::setValueQuietly(double v)
{
    const QSignalBlocker blocker(this);
    setValue(v);
    updateLook();
}

QString RangeSpinBox::problem(const QString& fieldName) const
{
    if (isValueValid())
        return {};
    return tr("%1 must lie between %2 and %3; %4 was not saved.")
        .arg(fieldName, formatNumber(m_validMin), formatNumber(m_validMax), formatNumber(value()));
}

void RangeSpinBox::stepBy(int steps)
{
    // The arrows and Page keys stay inside the valid range; only typing can leave it.
    setValue(std::clamp(value() + steps * singleStep(), m_validMin, m_validMax));
}

QAbstractSpinBox::StepEnabled RangeSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    StepEnabled enabled = StepNone;
    if (value() < m_validMax)
        enabled |= StepUpEnabled;
    if (value() > m_validMin)
        enabled |= StepDownEnabled;
    return enabled;
}

void RangeSpinBox::updateLook()
{
    const bool valid = isValueValid();
    if (property("invalid").toBool() == !valid)
        return;
    setProperty("invalid", !valid);
    // A tinted background rather than a style sheet: style sheets on spin boxes replace the
    // native look and break the arrows in several styles.
    QPalette pal; // a palette that resolves nothing inherits the application's again
    if (!valid) {
        pal = palette();
        pal.setColor(QPalette::Base, QColor(0xfd, 0xe2, 0xe1));
        pal.setColor(QPalette::Text, QColor(0x8b, 0x1a, 0x1a));
    }
    setPalette(pal);
    setAccessibleDescription(valid ? QString() : tr("Invalid value"));
}

} // namespace b2x
