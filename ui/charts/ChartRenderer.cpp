// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartRenderer.h"

#include "ChartFactory.h"
#include "ChartLayout.h"

#include <QGraphicsScene>
#include <QPainter>

namespace b2x::charts {

ChartRenderer::ChartRenderer(ChartData data) : m_data(std::move(data)) {}

ChartRenderer::~ChartRenderer() = default;

ComparisonChart* ChartRenderer::chart(ChartId id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        Entry entry;
        entry.scene = std::make_unique<QGraphicsScene>();
        entry.chart = ChartFactory::create(id);
        entry.scene->addItem(entry.chart->chart());
        entry.chart->setData(m_data);
        it = m_entries.emplace(id, std::move(entry)).first;
    }
    return it->second.chart.get();
}

void ChartRenderer::prepare(ChartId id, const QSizeF& size, bool withTitle)
{
    ComparisonChart* c = chart(id);
    setChartTitle(*c->chart(), withTitle ? c->title() : QString());
    layOutChart(*c->chart(), size);
}

void ChartRenderer::paint(ChartId id, QPainter& painter, const QRectF& target, bool withTitle)
{
    ComparisonChart* c = chart(id);
    setChartTitle(*c->chart(), withTitle ? c->title() : QString());
    renderChart(*c->chart(), painter, target);
}

QImage ChartRenderer::image(ChartId id, const QSize& size, qreal scale, bool withTitle)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(id, painter, QRectF(QPointF(0, 0), QSizeF(size)), withTitle);
    return image;
}

} // namespace b2x::charts
