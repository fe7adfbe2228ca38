// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace b2x::i18n {

namespace {

struct Installed {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

QString languagePart(const QString& name)
{
    // "ar_AE", "ar-AE" and "ar" all name Arabic.
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

QList<LanguageInfo> availableLanguages()
{
    // Native names are not translated: a user who cannot read the current language must still
    // find their own.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("ro"), QStringLiteral("Română")},
        {QStringLiteral("th"), QStringLiteral("ไทย")},
    };
}

bool isAvailable(const QString& code)
{
    for (const auto& l : availableLanguages())
        if (l.code == code)
            return true;
    return false;
}

std::optional<QString> takeLanguageOption(QStringList& args)
{
    std::optional<QString> code;
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == QLatin1String("--lang")) {
            const bool hasValue = i + 1 < args.size();
            code = hasValue ? args[i + 1] : QString();
            args.remove(i, hasValue ? 2 : 1);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            code = args[i].mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return code;
}

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

QString savedLanguage()
{
    const QString code = QSettings().value(settingsKey()).toString();
    return isAvailable(code) ? code : QString();
}

void saveLanguage(const QString& code)
{
    if (code.isEmpty() || !isAvailable(code))
        QSettings().remove(settingsKey());
    else
        QSettings().setValue(settingsKey(), code);
}

QString resolveLanguage(const QString& requested)
{
    if (const QString code = languagePart(requested); isAvailable(code))
        return code;
    for (const QString& ui : QLocale::system().uiLanguages())
        if (const QString code = languagePart(ui); isAvailable(code))
            return code;
    return QStringLiteral("en");
}

QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    if (system.language() == wanted.language())
        return system;
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return wanted;
}

void uninstallLanguage()
{
    Installed& state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.ours.reset();
    state.qt.reset();
    state.code = QStringLiteral("en");
}

bool installLanguage(const QString& code)
{
    Installed& state = installed();
    uninstallLanguage();
    state.code = isAvailable(code) ? code : QStringLiteral("en");

    QLocale::setDefault(localeFor(state.code));
    // Qt's own strings (standard buttons, the file dialog, context menus); qtbase_ar also tells
    // QGuiApplication that Arabic is written right to left.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + state.code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    // Ours last, so it is asked first. English loads too: it supplies the plural forms of the
    // "%n persona(s)" source texts.
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/b2x_") + state.code))
        return false;
    QCoreApplication::installTranslator(ours.get());
    state.ours = std::move(ours);
    return true;
}

QString currentLanguage()
{
    return installed().code;
}

bool isRightToLeft(const QString& code)
{
    return QLocale(code).textDirection() == Qt::RightToLeft;
}

QLocale numberLocale()
{
    const QLocale l;
    return l.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : l;
}

} // namespace b2x::i18n
