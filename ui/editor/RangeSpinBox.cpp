// SPDX-License-Identifier: GPL-3.0-or-later
#include "RangeSpinBox.h"

#include "FormHelpers.h"

#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

namespace b2x {

RangeSpinBox::RangeSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setKeyboardTracking(true); // live: every complete number reaches the models as it is typed
    setGroupSeparatorShown(true);
    setAccelerated(true);
    // A number does not need the whole width of a form; a long field reads as a text field.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setValidRange(0, 100);
    connect(this, &QDoubleSpinBox::valueChanged, this, &RangeSpinBox::updateLook);
    connect(lineEdit(), &QLineEdit::textChanged, this, &RangeSpinBox::updateLook);
    // Leaving the field (or Enter) puts the last number back into incomplete text with the line
    // edit's signals blocked: the look follows here.
    connect(this, &QAbstractSpinBox::editingFinished, this, &RangeSpinBox::updateLook);
    connect(this, &QAbstractSpinBox::editingFinished, this, &RangeSpinBox::settle);
    connect(this, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_typing)
            settle();
    });
}

void RangeSpinBox::setValidRange(double minimum, double maximum)
{
    m_validMin = minimum;
    m_validMax = maximum;
    const auto [low, high] = typingRange(minimum, maximum);
    setRange(low, high);
    updateLook();
}

std::pair<double, double> RangeSpinBox::typingRange(double minimum, double maximum)
{
    const double span = std::max(std::abs(maximum), 1.0);
    return {minimum >= 0 ? -span : minimum * 10, maximum > 0 ? maximum * 10 : span};
}

bool RangeSpinBox::isValueValid() const
{
    const double v = value();
    return v >= m_validMin && v <= m_validMax;
}

bool RangeSpinBox::isIncomplete() const
{
    return !hasAcceptableInput();
}

void RangeSpinBox::setValueQuietly(double v)
{
    const QSignalBlocker blocker(this);
    setValue(v);
    updateLook();
    settle();
}

void RangeSpinBox::describe(const QString& label, const QString& toolTip)
{
    setAccessibleName(label);
    setToolTip(tr("%1\nAllowed: %2 to %3.")
                   .arg(toolTip, formatNumber(m_validMin), formatNumber(m_validMax)));
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
    settle(); // also when an arrow key did it
}

void RangeSpinBox::fixup(QString& input) const
{
    input = prefix() + textFromValue(isValueValid() ? value() : m_settled) + suffix();
}

void RangeSpinBox::keyPressEvent(QKeyEvent* event)
{
    const QScopedValueRollback typing(m_typing, true);
    QDoubleSpinBox::keyPressEvent(event);
}

void RangeSpinBox::focusInEvent(QFocusEvent* event)
{
    QDoubleSpinBox::focusInEvent(event);
    settle();
}

void RangeSpinBox::settle()
{
    if (!isIncomplete() && isValueValid())
        m_settled = value();
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
    enum class Look { Valid, Invalid, Incomplete };
    const Look look = isIncomplete()   ? Look::Incomplete
                      : isValueValid() ? Look::Valid
                                       : Look::Invalid;
    const int lookValue = static_cast<int>(look);
    if (property("look").isValid() && property("look").toInt() == lookValue)
        return;
    setProperty("look", lookValue);
    setProperty("invalid", look == Look::Invalid);
    setProperty("incomplete", look == Look::Incomplete);
    // A tinted background rather than a style sheet: style sheets on spin boxes replace the
    // native look and break the arrows in several styles. Incomplete is amber (not wrong, not
    // finished), invalid red, as the message labels.
    QPalette pal; // a palette that resolves nothing inherits the application's again
    if (look != Look::Valid) {
        pal = palette();
        const bool invalid = look == Look::Invalid;
        pal.setColor(QPalette::Base, invalid ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xff, 0xf3, 0xd6));
        pal.setColor(QPalette::Text, invalid ? QColor(0x8b, 0x1a, 0x1a) : QColor(0x6b, 0x45, 0x00));
    }
    setPalette(pal);
    setAccessibleDescription(look == Look::Valid     ? QString()
                             : look == Look::Invalid ? tr("Invalid value")
                                                     : tr("Incomplete number; not saved yet"));
}

} // namespace b2x
