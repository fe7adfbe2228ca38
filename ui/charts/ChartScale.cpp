// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartScale.h"

#include "format/Formatting.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

double ChartScale::niceCeil(double value, double minimum)
{
    value = std::max(value, minimum);
    if (!std::isfinite(value) || value <= 0)
        return minimum > 0 ? minimum : 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (value <= step * magnitude * (1 + 1e-9))
            return step * magnitude;
    return 10 * magnitude;
}

std::pair<double, double> ChartScale::decades(double low, double high)
{
    if (!(low > 0) || !std::isfinite(low))
        low = 1;
    if (!(high > low) || !std::isfinite(high))
        high = low * 10;
    const double lo = std::pow(10.0, std::floor(std::log10(low)));
    double hi = std::pow(10.0, std::ceil(std::log10(high)));
    if (hi <= lo)
        hi = lo * 10;
    return {lo, hi};
}

bool ChartScale::needsLog(double low, double high)
{
    return low > 0 && high / low >= logRatio;
}

ChartScale::MoneyScale ChartScale::moneyScale(double largest, const QString& currency)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("b2x::charts::ChartScale", text);
    };
    if (largest >= 1e6)
        return {1e6, tr("million %1").arg(currency)};
    if (largest >= 1e4)
        return {1e3, tr("thousand %1").arg(currency)};
    return {1, currency};
}

QString ChartScale::decadeLabel(int exponent)
{
    const auto tr = [](const char* text, const char* comment) {
        return QCoreApplication::translate("b2x::charts::ChartScale", text, comment);
    };
    if (exponent < 0)
        return Formatting::number(std::pow(10.0, exponent), -exponent);
    if (exponent < 3)
        return Formatting::number(std::pow(10.0, exponent));
    if (exponent < 6)
        return tr("%1k", "thousands").arg(Formatting::number(std::pow(10.0, exponent - 3)));
    if (exponent < 9)
        return tr("%1M", "millions").arg(Formatting::number(std::pow(10.0, exponent - 6)));
    return tr("%1B", "billions").arg(Formatting::number(std::pow(10.0, exponent - 9)));
}

double ChartScale::barCentre(int category, int set, int sets, double barWidth)
{
    sets = std::max(sets, 1);
    return category - barWidth / 2 + (set + 0.5) * barWidth / sets;
}

} // namespace b2x::charts
