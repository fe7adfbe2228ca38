// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"
#include "LinearLogAxis.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// Entries per month at each funnel step, one line per compared persona or group, ending at its
/// customers per month; the count axis turns logarithmic when volumes differ by two orders of
/// magnitude or more.
class FunnelChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit FunnelChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::Funnel; }
    ChartTable table() const override;
    QString notes() const override;
    bool isLogScale() const { return m_y->isLog(); }

    /// The counts a subject's line runs through: each stage's entries, then the customers.
    static std::vector<double> steps(const SubjectFigures& subject);

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    /// True when the value axis now draws values elsewhere (every line must be redrawn).
    bool updateAxes();
    QList<QPointF> line(const SubjectFigures& subject) const;
    QString stepName(const SubjectFigures& subject, std::size_t step) const;

    QValueAxis* m_x;
    std::unique_ptr<LinearLogAxis> m_y;
    std::vector<QLineSeries*> m_series;
};

} // namespace b2x::charts
