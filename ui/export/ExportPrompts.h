// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QUrl;
class QWidget;

namespace b2x {

/// The questions and messages of File → Export. The window uses dialogs; tests substitute
/// answers, so every path (cancel, failure, "Open", "Show in Folder") runs without a modal loop.
class ExportPrompts {
public:
    enum class Done { Close, Open, ShowInFolder };

    virtual ~ExportPrompts() = default;
    /// Runs a dialog to its end; true when accepted.
    virtual bool runDialog(QDialog& dialog) = 0;
    /// Empty when cancelled.
    virtual QString askSavePath(const QString& title, const QString& suggestedPath,
                                const QString& filter) = 0;
    virtual QString askFolder(const QString& title, const QString& startFolder) = 0;
    /// Confirms a finished export. `canOpen`: the result is a file that can be opened (a folder
    /// of charts can only be shown).
    virtual Done confirmExported(const QString& title, const QString& text, bool canOpen) = 0;
    virtual void showError(const QString& title, const QString& text) = 0;
    /// Opens a file or folder with the desktop's application for it.
    virtual void openUrl(const QUrl& url) = 0;
};

/// The real prompts: standard dialogs parented to `window`, QDesktopServices to open.
class DialogExportPrompts : public ExportPrompts {
public:
    explicit DialogExportPrompts(QWidget* window) : m_window(window) {}
    bool runDialog(QDialog& dialog) override;
    QString askSavePath(const QString& title, const QString& suggestedPath,
                        const QString& filter) override;
    QString askFolder(const QString& title, const QString& startFolder) override;
    Done confirmExported(const QString& title, const QString& text, bool canOpen) override;
    void showError(const QString& title, const QString& text) override;
    void openUrl(const QUrl& url) override;

private:
    QWidget* m_window;
};

} // namespace b2x
