// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartScale.h"
#include "ComparisonChart.h"
#include "LinearLogAxis.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// Monthly new-customer revenue over the first 24 months, one line per compared persona or group;
/// the amount axis turns logarithmic when the audiences' revenues differ by orders of magnitude.
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
    QList<QPointF> line(const SubjectFigures& subject) const;

    QValueAxis* m_x;
    std::unique_ptr<LinearLogAxis> m_y;
    ChartScale::MoneyScale m_scale;
    std::vector<QLineSeries*> m_series;
};

} // namespace b2x::charts
