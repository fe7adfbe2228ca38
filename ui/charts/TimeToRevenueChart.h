// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartScale.h"
#include "ComparisonChart.h"
#include "LinearLogAxis.h"

#include <array>
#include <memory>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// Monthly revenue over the first 24 months, one line per compared persona or group: the total of
/// every customer still paying, a dashed line at the steady state where there is one, and for
/// recurring revenue a thin dotted line for the revenue of first-paying customers. The amount axis
/// turns logarithmic when the audiences' revenues differ by orders of magnitude.
class TimeToRevenueChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit TimeToRevenueChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::TimeToRevenue; }
    ChartTable table() const override;
    QString notes() const override;

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    /// Returns true when the scale or axis type changed (every line must be redrawn).
    bool updateAxes();
    QList<QPointF> line(const std::array<double, 24>& values) const;
    QList<QPointF> steadyLine(const SubjectFigures& subject) const;
    /// Draws subject i's three lines.
    void draw(std::size_t i);

    QValueAxis* m_x;
    std::unique_ptr<LinearLogAxis> m_y;
    ChartScale::MoneyScale m_scale;
    std::vector<QLineSeries*> m_series; ///< total revenue, in the legend
    std::vector<QLineSeries*> m_steady; ///< dashed, empty without a steady state
    std::vector<QLineSeries*> m_new;    ///< thin, empty for one-off revenue (it equals the total)
};

} // namespace b2x::charts
