// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// Radar of the eight behaviour dimensions (0 consumer-like – 100 business-like), one closed ring
/// per compared persona or group.
class BehaviourRadarChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit BehaviourRadarChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::BehaviourProfile; }
    ChartTable table() const override;
    QString notes() const override;

    /// The ring of a subject: the last dimension at 0° (so the ring closes), then dimension i at
    /// 360·(i+1)/n with strictly increasing angles (docs/qt-pitfalls.md, radar charts).
    static QList<QPointF> ring(const SubjectFigures& subject);

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    void showPointTip(const QLineSeries* series, const QPointF& point);

    QCategoryAxis* m_angular;
    QValueAxis* m_radial;
    std::vector<QLineSeries*> m_series;
};

} // namespace b2x::charts
