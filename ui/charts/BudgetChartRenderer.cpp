// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetChartRenderer.h"

#include "ChartLayout.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QtCharts/QChart>

namespace b2x::charts {

BudgetChartRenderer::BudgetChartRenderer(std::vector<BudgetChartData> data)
    : m_data(std::move(data)), m_entries(2 * m_data.size())
{
}

BudgetChartRenderer::~BudgetChartRenderer() = default;

QString BudgetChartRenderer::title(std::size_t index) const
{
    if (index >= count())
        return {};
    const BudgetChartData& d = m_data[index / 2];
    return index % 2 == 0 ? d.curvesTitle : d.tornadoTitle;
}

QChart* BudgetChartRenderer::chart(std::size_t index)
{
    if (index >= count())
        return nullptr;
    Entry& e = m_entries[index];
    const BudgetChartData& d = m_data[index / 2];
    if (!e.scene) {
        e.scene = std::make_unique<QGraphicsScene>();
        if (index % 2 == 0) {
            e.curves = std::make_unique<ResponseCurveChart>();
            e.scene->addItem(e.curves->chart());
            e.curves->setCurves(d.curves, d.currency);
        } else {
            e.tornado = std::make_unique<TornadoChart>();
            e.scene->addItem(e.tornado->chart());
            e.tornado->setData(d.tornadoBase, d.tornadoRange, d.tornadoRows,
                               QCoreApplication::translate("b2x::charts", "CLV:CAC"));
        }
    }
    return e.curves ? e.curves->chart() : e.tornado->chart();
}

void BudgetChartRenderer::prepare(std::size_t index, const QSizeF& size)
{
    if (QChart* c = chart(index))
        layOutChart(*c, size);
}

void BudgetChartRenderer::paint(std::size_t index, QPainter& painter, const QRectF& target)
{
    if (QChart* c = chart(index))
        renderChart(*c, painter, target);
}

} // namespace b2x::charts
