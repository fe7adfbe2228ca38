// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

#include <array>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// Every persona of the workspace on the 0–100 B2B index, one row per label, coloured by label;
/// personas whose label and behaviour disagree are ringed, the compared ones drawn in their own
/// colour on top. An edit moves one point in place.
class B2bIndexChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit B2bIndexChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::B2bIndex; }
    ChartTable table() const override;
    QString notes() const override;
    bool isEmpty() const override { return m_population.empty(); }
    QString emptyText() const override;
    bool showsSubjects() const override { return false; }

    /// Where persona `index` of the population is drawn: x the index, y its label's row plus a
    /// fixed jitter so that equal indices stay apart.
    static QPointF position(const PopulationPoint& point, std::size_t index);

protected:
    void rebuild() override;
    void refreshSubject(int index) override;
    void setPopulation(const std::vector<PopulationPoint>& population) override;
    void refreshPopulation(const std::vector<PopulationPoint>& population, int index) override;

private:
    void fillLabelSeries(std::size_t label);
    void fillMismatches();
    void fillCompared();
    void showPointTip(const QScatterSeries* series, const QPointF& point);
    int populationIndex(const QString& key) const;

    QValueAxis* m_x;
    QCategoryAxis* m_y;
    QAreaSeries* m_mixedBand;
    std::array<QScatterSeries*, 3> m_labels{}; ///< B2B, B2C, hybrid (Label order)
    QScatterSeries* m_mismatches;
    std::vector<QScatterSeries*> m_compared;
    std::vector<PopulationPoint> m_population;
    /// For each label series, the population index of each of its points.
    std::array<std::vector<std::size_t>, 3> m_members;
    std::vector<int> m_positionInSeries; ///< per population index
};

} // namespace b2x::charts
