// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the documentation's screenshots: the real window with the sample workspace, one PNG per
// editor section. Usage: b2x-screenshots OUTPUT_DIR [WORKSPACE]. Run under xvfb-run or with
// QT_QPA_PLATFORM=offscreen; QT_SCALE_FACTOR=2 gives 2× images.
#include "editor/PersonaEditor.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or recovery
    QApplication::setOrganizationName(QStringLiteral("B2X-screenshots"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: b2x-screenshots OUTPUT_DIR [WORKSPACE]\n", stderr);
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const QString workspace =
        args.size() > 2 ? args.at(2)
                        : QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");

    b2x::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(workspace))
        return 1;
    QTest::qWait(200);
    const auto save = [&](const QString& name) {
        const QString path = out.filePath(name + QStringLiteral(".png"));
        if (!window.grab().save(path))
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
    };
    save(QStringLiteral("workbench"));
    b2x::PersonaEditor* editor = window.editor();
    for (int i = 0; i < editor->count(); ++i) {
        editor->setCurrentIndex(i);
        QTest::qWait(100);
        QString name = editor->tabText(i).toLower().remove(QLatin1Char('&'));
        name.replace(QLatin1Char(' '), QLatin1Char('-'));
        save(QStringLiteral("section-") + name);
    }
    return 0;
}
