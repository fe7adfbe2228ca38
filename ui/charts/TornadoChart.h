// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtCharts/QChart>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

class WrappingLegend;

/// One row of the tornado: an input alone at its low and its high, the output there.
struct TornadoRow {
    QString name;
    double low = 0;  ///< the output with the input at its low
    double high = 0; ///< the output with the input at its high
};

/// How sure a figure is (docs/models.md, "Uncertainty"), as one chart: a grey band for the
/// Monte Carlo p10–p90 of all inputs together on top, then one bar per input from the output with
/// that input at its low to the output at its high, split at the figure's value (blue below,
/// orange above), largest swing first as the caller orders them.
class TornadoChart : public QObject {
    Q_OBJECT

public:
    explicit TornadoChart(QObject* parent = nullptr);
    ~TornadoChart() override;

    QChart* chart() const { return m_chart; }
    /// `base`: the figure with every input at its value; `range`: p10 and p90 of all inputs
    /// together (empty while not run); `rows`: top row first; `axisTitle`: the figure's name.
    void setData(double base, std::optional<std::pair<double, double>> range,
                 const std::vector<TornadoRow>& rows, const QString& axisTitle);

    /// The category labels, bottom row first (as Qt orders them).
    QStringList categories() const;
    QBarSet* belowSet() const { return m_below; }
    QBarSet* aboveSet() const { return m_above; }
    QBarSet* rangeSet() const { return m_range; }
    QValueAxis* valueAxis() const { return m_x; }

private:
    QPointer<QChart> m_chart;
    QBarCategoryAxis* m_y;
    QValueAxis* m_x;
    QHorizontalStackedBarSeries* m_series;
    QBarSet* m_offset;
    QBarSet* m_below;
    QBarSet* m_above;
    QBarSet* m_range;
    std::unique_ptr<WrappingLegend> m_legend;
};

} // namespace b2x::charts
