// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace b2x {

/// The questions file handling asks the user. The window uses dialogs; tests substitute answers,
/// so every path (save, discard, cancel, failures) is testable without a modal dialog.
class UserPrompts {
public:
    enum class Unsaved { Save, Discard, Cancel };
    enum class Recovery { Restore, Discard, Later };

    virtual ~UserPrompts() = default;
    virtual Unsaved askUnsavedChanges(const QString& documentName) = 0;
    /// Empty when cancelled.
    virtual QString askOpenPath(const QString& startFolder) = 0;
    virtual QString askSavePath(const QString& suggestedPath) = 0;
    virtual void showError(const QString& title, const QString& text, const QString& details) = 0;
    virtual Recovery askRestore(const QString& description) = 0;
};

/// The real prompts: standard dialogs parented to `window`.
class DialogPrompts : public UserPrompts {
public:
    explicit DialogPrompts(QWidget* window) : m_window(window) {}
    Unsaved askUnsavedChanges(const QString& documentName) override;
    QString askOpenPath(const QString& startFolder) override;
    QString askSavePath(const QString& suggestedPath) override;
    void showError(const QString& title, const QString& text, const QString& details) override;
    Recovery askRestore(const QString& description) override;

private:
    QWidget* m_window;
};

} // namespace b2x
