// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
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
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
