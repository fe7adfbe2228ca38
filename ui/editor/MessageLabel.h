// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace b2x {

/// An inline message under a form or table: why a value was refused (error), or something the
/// user should check (warning). Hidden while there is nothing to say, so it costs no space.
class MessageLabel : public QLabel {
    Q_OBJECT

public:
    enum class Kind { None, Info, Warning, Error };

    explicit MessageLabel(QWidget* parent = nullptr);
    /// With the object name tests and style find it by.
    MessageLabel(const QString& objectName, QWidget* parent);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showWarning(const QString& text) { showMessage(Kind::Warning, text); }
    void showInfo(const QString& text) { showMessage(Kind::Info, text); }
    void clearMessage() { showMessage(Kind::None, QString()); }

    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::None;
};

} // namespace b2x
