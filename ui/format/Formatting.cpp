// SPDX-License-Identifier: GPL-3.0-or-later
#include "Formatting.h"

#include "i18n/Language.h"

#include <QCoreApplication>
#include <cmath>

namespace b2x {

QLocale Formatting::locale()
{
    return i18n::numberLocale();
}

QString Formatting::money(double amount, const QString& code)
{
    const int decimals = std::fabs(amount) < 100 && amount != std::round(amount) ? 2 : 0;
    const QString digits = locale().toString(amount, 'f', decimals);
    static const QHash<QString, QString> symbols{
        {QStringLiteral("USD"), QStringLiteral("$")}, {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")}, {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("THB"), QStringLiteral("฿")},
    };
    if (const auto it = symbols.find(code); it != symbols.end())
        return QCoreApplication::translate("b2x::Formatting", "%1%2", "currency symbol, amount")
            .arg(*it, digits);
    return QCoreApplication::translate("b2x::Formatting", "%1 %2", "amount, ISO currency code")
        .arg(digits, code);
}

QString Formatting::number(double value, int decimals)
{
    return locale().toString(value, 'f', decimals);
}

QString Formatting::oneDecimal(double value)
{
    return locale().toString(std::round(value * 10) / 10, 'f', QLocale::FloatingPointShortest);
}

QString Formatting::count(long long n)
{
    return locale().toString(n);
}

QString Formatting::percent(double fraction, int decimals)
{
    return QCoreApplication::translate("b2x::Formatting", "%1%")
        .arg(locale().toString(fraction * 100, 'f', decimals));
}

QString Formatting::days(double days)
{
    return QCoreApplication::translate("b2x::Formatting", "%1 days")
        .arg(locale().toString(days, 'f', days < 10 ? 1 : 0));
}

} // namespace b2x
