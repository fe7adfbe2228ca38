// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// Size of the decision unit against the probability that it decides at all: CEB's consensus
/// curve, its measured points, and each compared persona or group placed by its own figures.
/// Uncovered key roles are listed in notes().
class DecisionUnitChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit DecisionUnitChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::DecisionUnit; }
    ChartTable table() const override;
    QString notes() const override;

    /// The largest size the x axis shows: at least 10 people, more when a subject is larger.
    static double axisMaximum(const std::vector<SubjectFigures>& subjects);

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    void updateAxes();

    QValueAxis* m_x;
    QValueAxis* m_y;
    QLineSeries* m_curve;
    QScatterSeries* m_measured;
    std::vector<QScatterSeries*> m_series;
};

} // namespace b2x::charts
