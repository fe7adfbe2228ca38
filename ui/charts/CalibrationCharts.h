// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>
#include <optional>
#include <vector>

class QWidget;

namespace b2x::charts {

class ChartView;

/// One pipeline stage's conversion, modelled (the persona) against measured (an import of
/// actuals, with its 95% interval), in percent.
struct StageConversion {
    QString name;
    double modelledPercent = 0;
    std::optional<double> measuredPercent;
    std::optional<double> lowPercent;
    std::optional<double> highPercent;
};

/// The whole cycle, creation to won, as a share of the deals that are won (percent) by day:
/// the measured Kaplan–Meier steps and the model's cycle distribution.
struct CycleCurves {
    std::vector<QPointF> measured; ///< (days, percent) at each step, in order
    std::vector<QPointF> modelled; ///< (days, percent), sampled densely
};

/// Bars per stage, modelled and measured, with the measured interval drawn over the measured
/// bar. The view owns its chart.
ChartView* conversionComparisonChart(const std::vector<StageConversion>& stages,
                                     QWidget* parent = nullptr);

/// The measured won curve as steps against the model's cumulative distribution.
ChartView* cycleComparisonChart(const CycleCurves& curves, QWidget* parent = nullptr);

} // namespace b2x::charts
