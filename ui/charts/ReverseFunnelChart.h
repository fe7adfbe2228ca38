// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"
#include "PlanChartData.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QCategoryAxis;
class QValueAxis;
class QBarSeries;
class QBarSet;
QT_END_NAMESPACE

namespace b2x::charts {

/// One persona's target worked backwards (docs/charts.md, "Reverse funnel"): per pipeline stage,
/// and for the customers, the entries the target needs over the period against the entries
/// today's monthly volume brings over it, as grouped bars; the value axis turns logarithmic when
/// the stages differ by orders of magnitude. The shortfall is said in the notes.
class ReverseFunnelChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit ReverseFunnelChart(QObject* parent = nullptr);
    ~ReverseFunnelChart() override;
    ChartId id() const override { return ChartId::ReverseFunnel; }
    void setFunnel(ReverseFunnelData funnel);
    const ReverseFunnelData& data() const { return m_data; }

    ChartTable table() const override;
    QString notes() const override;
    bool isEmpty() const override { return !m_data.valid || m_data.stages.empty(); }
    QString emptyText() const override;
    int preferredHeight() const override { return 300; }

    /// The bars: required by the target and available at today's volume, drawn through map().
    QBarSet* requiredSet() const { return m_required; }
    QBarSet* availableSet() const { return m_available; }
    bool isLog() const { return m_log; }
    /// Where a count is drawn: itself, or on the log axis its decades above the bottom one (0 for
    /// 0 or less).
    double map(double value) const;
    /// The shortfall in one sentence ("" without a target).
    QString shortfallText() const;

protected:
    void rebuild() override;

private:
    QString amount(double v) const;
    void fitValueAxis();

    ReverseFunnelData m_data;
    QBarCategoryAxis* m_x;
    QValueAxis* m_linear;  ///< one of the two is in the chart, the other in m_spare
    QCategoryAxis* m_logY; ///< labelled by decade
    std::unique_ptr<QAbstractAxis> m_spare; ///< the value axis not in the chart
    bool m_log = false;
    int m_lowDecade = 0;
    QBarSeries* m_series;
    QBarSet* m_required;
    QBarSet* m_available;
};

} // namespace b2x::charts
