// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/FileController.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstring>

int main(int argc, char* argv[])
{
    // --help and --version must work without a display, and QApplication aborts when it cannot
    // connect to one (QT_NOTES.md), so decide from the raw arguments before constructing it.
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "-v") ||
            !std::strcmp(a, "--version"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication::setOrganizationName(QStringLiteral("B2X"));
    QApplication::setApplicationName(QStringLiteral("B2X Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(B2X_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("b2x-workbench"));
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Model B2B and B2C audiences and compare how they buy."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Workspace to open (.b2x)."));
    parser.process(app);

    b2x::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the window is up: first offer what a crashed session left, then open the argument
    // (which asks Save / Discard / Cancel if a restored copy is still unsaved).
    QTimer::singleShot(0, &window, [&window, files] {
        window.files()->offerRecovery();
        if (!files.isEmpty())
            window.openFile(files.constFirst());
    });
    return app.exec();
}
