// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8LengthValidator.h"

#include "FormHelpers.h"

namespace b2x {

Utf8LengthValidator::Utf8LengthValidator(std::size_t maxBytes, QObject* parent)
    : QValidator(parent), m_maxBytes(maxBytes)
{
}

QValidator::State Utf8LengthValidator::validate(QString& input, int&) const
{
    return utf8Size(input) <= m_maxBytes ? Acceptable : Invalid;
}

} // namespace b2x
