// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/UserPrompts.h"

#include <QStringList>
#include <deque>

namespace b2x::test {

/// Answers the window's questions from a script and records what it was asked, so tests drive
/// every file-handling path without modal dialogs.
class ScriptedPrompts : public UserPrompts {
public:
    std::deque<Unsaved> unsavedAnswers;
    std::deque<Recovery> recoveryAnswers;
    QString openPath;
    QString savePath;
    QStringList errors; ///< "title: text | details"
    int unsavedQuestions = 0;
    int recoveryQuestions = 0;

    Unsaved askUnsavedChanges(const QString&) override
    {
        ++unsavedQuestions;
        if (unsavedAnswers.empty())
            return Unsaved::Cancel;
        const Unsaved a = unsavedAnswers.front();
        unsavedAnswers.pop_front();
        return a;
    }
    QString askOpenPath(const QString&) override { return openPath; }
    QString askSavePath(const QString&) override { return savePath; }
    void showError(const QString& title, const QString& text, const QString& details) override
    {
        errors << QStringLiteral("%1: %2 | %3").arg(title, text, details);
    }
    Recovery askRestore(const QString&) override
    {
        ++recoveryQuestions;
        if (recoveryAnswers.empty())
            return Recovery::Later;
        const Recovery a = recoveryAnswers.front();
        recoveryAnswers.pop_front();
        return a;
    }
};

} // namespace b2x::test
