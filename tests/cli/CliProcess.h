// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace b2x::test {

/// How a program run ended.
struct ProcessResult {
    bool finished = false; ///< false: it was still running at the time limit and was killed
    bool crashed = false;
    int exitCode = -1; ///< -1 when it did not finish, -2 when it crashed
    QString out;
    QString err;
};

/// Runs `program` to its end, killing it after `timeoutMs`. Without a display (no DISPLAY,
/// WAYLAND_DISPLAY or QT_QPA_PLATFORM) when asked: the CLI must never need one.
ProcessResult runProcess(const QString& program, const QStringList& args,
                         bool withoutDisplay = false, int timeoutMs = 120000);

/// `b2x` with these arguments, without a display.
ProcessResult runCli(const QStringList& args);

} // namespace b2x::test
