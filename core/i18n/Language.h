// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace b2x::i18n {

/// A language the product ships a translation for.
struct LanguageInfo {
    QString code;       ///< "en", "pl", "ar", "ro", "th"
    QString nativeName; ///< the language's name in itself, for the Preferences list
};

/// The shipped languages, English first.
QList<LanguageInfo> availableLanguages();
bool isAvailable(const QString& code);

/// Takes `--lang CODE` and `--lang=CODE` out of command-line `args`, wherever they stand (the
/// last one counts): nothing when absent, an empty code when --lang was given no value.
std::optional<QString> takeLanguageOption(QStringList& args);

/// The QSettings key of the saved preference ("" or missing: follow the system locale).
QString settingsKey();
/// The saved preference, or "" to follow the system. Needs the organisation and application
/// names to be set (docs/qt-pitfalls.md).
QString savedLanguage();
void saveLanguage(const QString& code);

/// The language to use: `requested` when it is shipped, else the first shipped language among
/// the system's UI languages, else English. `requested` may carry a territory ("pt_BR", "ar-AE"):
/// only the language part is matched.
QString resolveLanguage(const QString& requested = {});

/// The locale that formats numbers, currency and dates for `code`. The system locale is kept when
/// it is of the same language (an ar_AE user keeps the Emirates' digits and date order);
/// otherwise the language's default territory.
QLocale localeFor(const QString& code);

/// The locale numbers are written in: the default locale (installLanguage sets it), except that
/// the C locale, which has no digit grouping, writes as English (United States) does. The
/// product's formatting (ui/format/Formatting) and the plan's sentences in the core both use it.
QLocale numberLocale();

/// Installs the translators for `code` (ours from :/i18n and Qt's own qtbase_*.qm from the Qt
/// translations folder) and makes its locale the default (QLocale::setDefault), replacing any
/// earlier call. Needs a QCoreApplication. Returns false when our translation could not be
/// loaded (English then shows the source texts); a missing qtbase file only costs Qt's own
/// dialogs their translation.
bool installLanguage(const QString& code);
/// Removes the translators installed by installLanguage (tests switch languages and must leave
/// the source texts behind). The default locale is left to the caller.
void uninstallLanguage();
/// The language installed last ("en" before any call).
QString currentLanguage();
/// True for right-to-left scripts (Arabic): the UI sets Qt::RightToLeft for it.
bool isRightToLeft(const QString& code);

} // namespace b2x::i18n
