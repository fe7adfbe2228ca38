// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QProcess>

namespace b2x::test {

ProcessResult runProcess(const QString& program, const QStringList& args, bool withoutDisplay,
                         int timeoutMs)
{
    QProcess p;
    if (withoutDisplay) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    ProcessResult r;
    // A hang (a FIFO opened for reading, a quadratic check) fails the test instead of blocking
    // it: QProcess reports a killed, timed-out process as a normal exit with code 0.
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -2 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProcessResult runCli(const QStringList& args)
{
    return runProcess(QStringLiteral(B2X_CLI), args, true, 60000);
}

} // namespace b2x::test
