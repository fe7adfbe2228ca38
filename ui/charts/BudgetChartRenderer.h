// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResponseCurveChart.h"
#include "TornadoChart.h"

#include <QPainter>
#include <QRectF>
#include <QString>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QGraphicsScene;

namespace b2x::charts {

/// One persona's budget charts as the report draws them: its response curves and its CLV:CAC
/// tornado, from figures the caller computed (the report's Budget part, so text and charts agree).
struct BudgetChartData {
    QString curvesTitle;  ///< translated, names the persona
    QString tornadoTitle; ///< translated, names the persona
    QString currency;
    std::vector<ResponseCurveSeries> curves;
    double tornadoBase = 0;
    std::optional<std::pair<double, double>> tornadoRange; ///< CLV:CAC p10–p90, when run
    std::vector<TornadoRow> tornadoRows;
};

/// Draws the Budget part's charts without a window, like PlanChartRenderer: two per persona (the
/// response curves, then the tornado), each in its own QGraphicsScene, vector on a PDF device.
class BudgetChartRenderer {
public:
    explicit BudgetChartRenderer(std::vector<BudgetChartData> data);
    ~BudgetChartRenderer();
    BudgetChartRenderer(const BudgetChartRenderer&) = delete;
    BudgetChartRenderer& operator=(const BudgetChartRenderer&) = delete;

    /// Two per persona: 2k its response curves, 2k + 1 its tornado.
    std::size_t count() const { return 2 * m_data.size(); }
    QString title(std::size_t index) const;
    /// Lays chart `index` out at `size` (logical units) ahead of paint() at that size.
    void prepare(std::size_t index, const QSizeF& size);
    /// Draws chart `index` into `target`, laid out at `target`'s size in logical units.
    void paint(std::size_t index, QPainter& painter, const QRectF& target);

private:
    QChart* chart(std::size_t index);

    struct Entry {
        std::unique_ptr<QGraphicsScene> scene; ///< destroyed after the chart objects below
        std::unique_ptr<ResponseCurveChart> curves;
        std::unique_ptr<TornadoChart> tornado;
    };
    std::vector<BudgetChartData> m_data;
    std::vector<Entry> m_entries; ///< per chart, built on first use
};

} // namespace b2x::charts
