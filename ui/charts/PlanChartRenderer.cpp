// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanChartRenderer.h"

#include "ChartLayout.h"
#include "PlanTimelineChart.h"
#include "ReverseFunnelChart.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSet>

namespace b2x::charts {

namespace {

/// "Enterprise software buying committee" → "enterprise-software-buying-committee"; letters
/// outside ASCII are dropped (file names stay portable), so a name without any gives "".
QString slug(const QString& name)
{
    QString s;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            s += c;
        else if (!s.isEmpty() && !s.endsWith(QLatin1Char('-')))
            s += QLatin1Char('-');
    }
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.left(60);
}

} // namespace

PlanChartRenderer::PlanChartRenderer(const Workspace& ws, QDate today)
    : PlanChartRenderer(ws, plan::analysePlan(ws, today), today)
{
}

PlanChartRenderer::PlanChartRenderer(const Workspace& ws, const plan::PlanAnalysis& analysis,
                                     QDate today)
{
    if (!ws.plan.tactics.empty()) {
        m_timeline = PlanChartData::timeline(ws, analysis, today);
        m_items.push_back({ChartId::PlanTimeline,
                           {},
                           chartKey(ChartId::PlanTimeline),
                           chartTitle(ChartId::PlanTimeline)});
        m_funnels.emplace_back();
    }
    QSet<QString> keys;
    for (const std::string& id : PlanChartData::targetedPersonas(analysis)) {
        ReverseFunnelData f = PlanChartData::reverseFunnel(ws, analysis, id);
        const auto position = analysis.personaIndex.at(id) + 1;
        QString name = slug(f.personaName);
        if (name.isEmpty())
            name = QStringLiteral("persona-%1").arg(position);
        QString key = chartKey(ChartId::ReverseFunnel) + QLatin1Char('-') + name;
        if (keys.contains(key))
            key += QStringLiteral("-%1").arg(position);
        keys.insert(key);
        m_items.push_back(
            {ChartId::ReverseFunnel, id, key,
             QCoreApplication::translate("b2x::charts", "Reverse funnel: %1").arg(f.personaName)});
        m_funnels.push_back(std::move(f));
    }
    m_entries.resize(m_items.size());
}

PlanChartRenderer::~PlanChartRenderer() = default;

ComparisonChart* PlanChartRenderer::chart(std::size_t index)
{
    if (index >= m_items.size())
        return nullptr;
    Entry& e = m_entries[index];
    if (!e.chart) {
        e.scene = std::make_unique<QGraphicsScene>();
        if (m_items[index].id == ChartId::PlanTimeline) {
            auto c = std::make_unique<PlanTimelineChart>();
            e.scene->addItem(c->chart());
            c->setTimeline(m_timeline);
            e.chart = std::move(c);
        } else {
            auto c = std::make_unique<ReverseFunnelChart>();
            e.scene->addItem(c->chart());
            c->setFunnel(m_funnels[index]);
            e.chart = std::move(c);
        }
    }
    return e.chart.get();
}

double PlanChartRenderer::preferredHeight(std::size_t index, double width)
{
    ComparisonChart* c = chart(index);
    if (!c)
        return 0;
    // The legend's rows depend on the width: lay the chart out at it first.
    c->chart()->resize(QSizeF(width, c->preferredHeight()));
    c->chart()->layout()->activate();
    return c->preferredHeight() + c->legendHeight() + 40; // + the title
}

void PlanChartRenderer::prepare(std::size_t index, const QSizeF& size, bool withTitle)
{
    if (ComparisonChart* c = chart(index)) {
        setChartTitle(*c->chart(), withTitle ? m_items[index].title : QString());
        layOutChart(*c->chart(), size);
    }
}

void PlanChartRenderer::paint(std::size_t index, QPainter& painter, const QRectF& target,
                              bool withTitle)
{
    if (ComparisonChart* c = chart(index)) {
        setChartTitle(*c->chart(), withTitle ? m_items[index].title : QString());
        renderChart(*c->chart(), painter, target);
    }
}

QImage PlanChartRenderer::image(std::size_t index, const QSize& size, qreal scale, bool withTitle)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(index, painter, QRectF(QPointF(0, 0), QSizeF(size)), withTitle);
    return image;
}

} // namespace b2x::charts
