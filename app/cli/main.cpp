// SPDX-License-Identifier: GPL-3.0-or-later
// b2x: the headless command line of B2X Workbench. Uses QCoreApplication only, so it runs
// without a display.
#include "CliCommands.h"

#include <QCoreApplication>

using namespace b2x::cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("b2x"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B2X_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printErr(usageText());
        return UsageError;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        printOut(usageText());
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        printOut(QStringLiteral("b2x %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (command == QLatin1String("validate")) {
        if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
            printErr(
                QCoreApplication::translate("b2x::cli", "b2x validate: name at least one file\n"));
            return UsageError;
        }
        return runValidate(args);
    }
    if (command == QLatin1String("summary")) {
        const bool json = args.removeAll(QStringLiteral("--json")) > 0;
        if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
            printErr(QCoreApplication::translate(
                "b2x::cli", "b2x summary: name exactly one file (and optionally --json)\n"));
            return UsageError;
        }
        return runSummary(args.first(), json);
    }
    printErr(
        QCoreApplication::translate("b2x::cli", "b2x: unknown command \"%1\"\n\n").arg(command));
    printErr(usageText());
    return UsageError;
}
