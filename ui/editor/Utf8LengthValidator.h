// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QValidator>

namespace b2x {

/// Refuses text longer than the file format allows. The format counts UTF-8 bytes, so a
/// character limit (QLineEdit::setMaxLength) would let Polish or Thai text past the reader's
/// limit and produce a file that no longer opens.
class Utf8LengthValidator : public QValidator {
    Q_OBJECT

public:
    Utf8LengthValidator(std::size_t maxBytes, QObject* parent = nullptr);
    State validate(QString& input, int& pos) const override;

private:
    std::size_t m_maxBytes;
};

} // namespace b2x
