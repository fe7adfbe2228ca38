// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// One horizontal bar per compared persona or group, stacked from its stages' expected durations
/// (in its own colour, alternating shades per stage), with the p50 and p90 of the whole cycle
/// marked on it.
class SalesCycleChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit SalesCycleChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::SalesCycle; }
    ChartTable table() const override;
    QString notes() const override;

    /// The bar set drawing stage `stage` of subject `subject` (nullptr when there is none).
    QBarSet* stageSet(int subject, int stage) const;
    /// Bars run top-down in subject order: subject i is category n − 1 − i.
    int categoryOf(int subject) const;

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    void updateCategories();
    void fitStageSets(std::size_t subject);
    void updateLegend();
    void updateMarkers();
    void updateAxis();
    void onBarHovered(bool status, int index, QBarSet* set);

    QBarCategoryAxis* m_y;
    QValueAxis* m_x;
    QHorizontalStackedBarSeries* m_bars;
    QScatterSeries* m_p50;
    QScatterSeries* m_p90;
    /// m_sets[subject][stage]: each set has a value in its subject's category only.
    std::vector<std::vector<QBarSet*>> m_sets;
};

} // namespace b2x::charts
