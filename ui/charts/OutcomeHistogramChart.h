// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Uncertainty.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtCharts/QChart>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

class WrappingLegend;

/// The spread of one outcome over the Monte Carlo runs (docs/models.md, "Uncertainty"): one bar
/// per bin of the histogram, as the share of runs in it, with the p10, p50 and p90 of the runs
/// and a threshold (3:1 for CLV:CAC, the health line) as vertical lines. The runs outside the
/// histogram's p1–p99 are left out of the bars (the caller says how many). Owns its QChart until a
/// view or a scene takes it.
class OutcomeHistogramChart : public QObject {
    Q_OBJECT

public:
    explicit OutcomeHistogramChart(QObject* parent = nullptr);
    ~OutcomeHistogramChart() override;

    QChart* chart() const { return m_chart; }
    /// Draws `histogram` (nothing when empty) with the quantiles marked where known, and the
    /// threshold line at `threshold`, named `thresholdName` in the legend; `axisTitle` names the
    /// outcome on the horizontal axis.
    void setData(const budget::Histogram& histogram, std::optional<double> p10,
                 std::optional<double> p50, std::optional<double> p90, double threshold,
                 const QString& thresholdName, const QString& axisTitle);

    /// The bars' outline: four points a bin (lower foot, lower top, upper top, upper foot).
    QLineSeries* barOutline() const { return m_top; }
    QAreaSeries* bars() const { return m_bars; }
    QLineSeries* p10Line() const { return m_p10; }
    QLineSeries* p50Line() const { return m_p50; }
    QLineSeries* p90Line() const { return m_p90; }
    QLineSeries* thresholdLine() const { return m_threshold; }
    QValueAxis* valueAxis() const { return m_x; }
    QValueAxis* shareAxis() const { return m_y; }

private:
    QPointer<QChart> m_chart;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QLineSeries* m_top;
    QLineSeries* m_bottom;
    QAreaSeries* m_bars;
    QLineSeries* m_p10;
    QLineSeries* m_p50;
    QLineSeries* m_p90;
    QLineSeries* m_threshold;
    std::unique_ptr<WrappingLegend> m_legend;
};

} // namespace b2x::charts
