// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace b2x::charts {

class PointLabels;

/// Cost to win a customer (CAC) against what the customer is worth (CLV) on log–log axes, with
/// the healthy 3:1 line and the 1:1 break-even line; each point is labelled with its payback.
///
/// The axes are linear in log10 of the amount with a label per decade ("1k", "100k", "1M"):
/// QLogValueAxis only takes printf formats, which print a million as "1e+06".
class UnitEconomicsChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit UnitEconomicsChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::UnitEconomics; }
    ChartTable table() const override;
    QString notes() const override;

    /// Where an amount is drawn: its decimal logarithm (amounts ≤ 0 are not drawn).
    static double position(double amount);
    /// The reference ratio (docs/models.md, Sources: CLV:CAC ≈ 3:1 is healthy).
    static constexpr double healthyRatio = 3.0;
    QString paybackText(const SubjectFigures& subject) const;
    /// The payback labels, placed so that they never overlap (PointLabels).
    const PointLabels* labels() const { return m_labels; }

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    bool updateAxes();
    void fillSubject(std::size_t index);
    void placeLabels();

    QCategoryAxis* m_x;
    QCategoryAxis* m_y;
    QLineSeries* m_healthy;
    QLineSeries* m_breakEven;
    std::vector<QScatterSeries*> m_series;
    PointLabels* m_labels;
};

} // namespace b2x::charts
