// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8LengthValidator.h"

namespace b2x {

Utf8LengthValidator::Utf8LengthValidator(std::size_t maxBytes, QObject* parent)
    : QValidator(parent), m_maxBytes(maxBytes)
{
}

QValidator::State Utf8LengthValidator::validate(QString& input, int&) const
{
    return static_cast<std::size_t>(input.toUtf8().size()) <= m_maxBytes ? Acceptable : Invalid;
}

} // namespace b2x
