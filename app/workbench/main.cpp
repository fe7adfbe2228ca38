// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"
#include "window/FileController.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QTimer>
#include <cstring>

namespace {

/// Quits at the first paint of the window after the workspace is open: bench/ProcessBench.cpp
/// times start-up with it (B2X_EXIT_AFTER_FIRST_PAINT=1; docs/performance.md).
class QuitAfterPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version must work without a display, and QApplication aborts when it cannot
    // connect to one (docs/qt-pitfalls.md): decide from the raw arguments before creating it.
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

    // The language: --lang for this run, else Preferences (ui/language), else the system locale.
    // Installed before anything is built, so the window, the parser's help and Qt's own dialogs
    // all come up translated; changing it in Preferences applies at the next start.
    QString lang = b2x::i18n::savedLanguage();
    QStringList args = QApplication::arguments();
    if (const auto requested = b2x::i18n::takeLanguageOption(args); requested)
        lang = *requested;
    const QString language = b2x::i18n::resolveLanguage(lang);
    b2x::i18n::installLanguage(language);
    // qtbase_ar.qm would flip the direction too; setting it keeps Arabic right to left even when
    // Qt's own translations are not installed.
    QApplication::setLayoutDirection(b2x::i18n::isRightToLeft(language) ? Qt::RightToLeft
                                                                        : Qt::LeftToRight);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Model B2B and B2C audiences and compare how they buy."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language for this run: en, pl, ar, ro or th."),
        QStringLiteral("code")));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Workspace to open (.b2x)."));
    parser.process(app);

    b2x::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the window is up: first offer what a crashed session left, then open the argument
    // (which asks Save / Discard / Cancel if a restored copy is still unsaved).
    const bool timingStartUp = qEnvironmentVariableIntValue("B2X_EXIT_AFTER_FIRST_PAINT") == 1;
    QTimer::singleShot(0, &window, [&window, files, timingStartUp] {
        window.files()->offerRecovery();
        if (!files.isEmpty())
            window.openFile(files.constFirst());
        if (timingStartUp) {
            window.installEventFilter(new QuitAfterPaint(&window));
            window.update();
        }
    });
    return app.exec();
}
