// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <utility>

namespace b2x::charts {

/// Axis arithmetic shared by the charts: round ranges, when to switch to a log axis, and how to
/// show large money amounts on an axis whose labels are printf formats (no locale, no currency).
class ChartScale {
public:
    /// Volumes that differ by at least this factor get a log axis (two orders of magnitude).
    static constexpr double logRatio = 100.0;

    /// A round number ≥ value (1, 2, 2.5, 5 × 10ⁿ); at least `minimum`.
    static double niceCeil(double value, double minimum = 1.0);
    /// Whole decades around [low, high], both > 0.
    static std::pair<double, double> decades(double low, double high);
    /// True when positive values from `low` to `high` need a log axis to be read.
    static bool needsLog(double low, double high);

    /// Amounts on an axis: divided by `divisor`, and the unit ("USD", "thousand USD") for the
    /// axis title.
    struct MoneyScale {
        double divisor = 1;
        QString unit;
    };
    static MoneyScale moneyScale(double largest, const QString& currency);

    /// A decade's axis label on a log scale: "0.1", "1", "10", "1k", "10k", "1M"…
    static QString decadeLabel(int exponent);

    /// Centre of bar `set` of `sets` in category `category` of a horizontal bar series whose bars
    /// take `barWidth` of a category (the layout of Qt Charts' HorizontalBarChartItem).
    static double barCentre(int category, int set, int sets, double barWidth);
};

} // namespace b2x::charts
