// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace b2x {

/// Numbers as the user reads them: the UI's locale for digits and separators, the workspace's
/// currency for money. Files stay locale-independent; only display goes through here.
class Formatting {
public:
    /// The locale the UI formats with. QLocale's "C" locale (no LANG set) would print
    /// "120000.00USD"; fall back to English conventions then.
    static QLocale locale();

    /// "$120,000", "€4.50", "12,000 PLN": a symbol before the amount for currencies that have a
    /// well-known one, the ISO code after it otherwise. Cents only below 100.
    static QString money(double amount, const QString& currencyCode);
    static QString number(double value, int decimals = 0);
    /// Rounded to one decimal, without a trailing zero: "12.3", "12", "0.5".
    static QString oneDecimal(double value);
    /// A whole count ("3", "١٢", "1,024") in the language's digits: QString::arg(int) would
    /// print Western digits beside Arabic-Indic ones.
    static QString count(long long n);
    /// 0–1 → "42%".
    static QString percent(double fraction, int decimals = 0);
    static QString days(double days);
};

} // namespace b2x
