// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExport.h"

#include "ReportBudget.h"
#include "charts/BudgetChartRenderer.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ChartRenderer.h"
#include "charts/PlanChartRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace b2x {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::ChartExport", text);
}

// Exported charts are laid out at this logical size; PNGs are written at twice the pixels.
constexpr int exportWidth = 800;
constexpr int exportHeight = 500;

// A chart fills a rectangle of a page laid out at a screen-like width and scaled onto it: laid
// out at the device's 300 dpi, its fonts (sized for the screen) would shrink to specks and the
// legend would drop out. Scaling a vector drawing keeps it vector. The size it is laid out at:
QSizeF layoutSize(const QSizeF& onPage)
{
    const double scale = onPage.width() / exportWidth;
    return {static_cast<double>(exportWidth), onPage.height() / scale};
}

/// Calls `paint` with the rectangle to draw in, the painter scaled onto `rect`.
void paintScaled(QPainter& painter, const QRectF& rect,
                 const std::function<void(const QRectF& target)>& paint)
{
    const double scale = rect.width() / exportWidth;
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(scale, scale);
    paint(QRectF(QPointF(0, 0), layoutSize(rect.size())));
    painter.restore();
}

SaveResult saveBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {false, QCoreApplication::translate("b2x::ChartExport", "cannot write %1: %2")
                           .arg(path, file.errorString())};
    return {true, {}};
}

} // namespace

ChartExport::ChartExport(const Workspace& workspace,
                         const std::vector<analytics::PersonaAnalysis>& analyses,
                         const std::vector<std::size_t>& personaIndices,
                         const plan::PlanAnalysis* planAnalysis)
{
    std::vector<std::size_t> compared = personaIndices;
    if (compared.empty() && workspace.view.comparedPersonaIds.empty())
        for (std::size_t i = 0;
             i < workspace.personas.size() && i < charts::ChartDataBuilder::maxCompared; ++i)
            compared.push_back(i); // nothing selected: the first personas, never empty charts
    m_renderer = std::make_unique<charts::ChartRenderer>(
        charts::ChartDataBuilder::workspace(workspace, analyses, CompareMode::Personas, compared));
    const QDate today = QDate::currentDate();
    m_plan = planAnalysis
                 ? std::make_unique<charts::PlanChartRenderer>(workspace, *planAnalysis, today)
                 : std::make_unique<charts::PlanChartRenderer>(workspace, today);
}

ChartExport::~ChartExport() = default;

std::vector<int> ChartExport::allCharts()
{
    std::vector<int> ids;
    for (const auto id : charts::allChartIds)
        ids.push_back(static_cast<int>(id));
    return ids;
}

QString ChartExport::title(int chartId)
{
    return charts::chartTitle(static_cast<charts::ChartId>(chartId));
}

QString ChartExport::key(int chartId)
{
    return charts::chartKey(static_cast<charts::ChartId>(chartId));
}

void ChartExport::paint(int chartId, QPainter& painter, const QRectF& rect)
{
    paintScaled(painter, rect, [&](const QRectF& target) {
        m_renderer->paint(static_cast<charts::ChartId>(chartId), painter, target, false);
    });
}

ChartPainter ChartExport::painter()
{
    return [this](int id, QPainter& p, const QRectF& rect) { paint(id, p, rect); };
}

ChartPreparer ChartExport::preparer()
{
    return [this](int id, const QSizeF& onPage) {
        m_renderer->prepare(static_cast<charts::ChartId>(id), layoutSize(onPage), false);
    };
}

namespace {

SaveResult writeChart(const QString& path, ChartExport::Format format, const QString& title,
                      int height, const std::function<QImage()>& image,
                      const std::function<void(QPainter&, const QRectF&)>& paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == ChartExport::Format::Png) {
        const QImage img = image();
        if (img.isNull() || !img.save(&buffer, "PNG"))
            return {false,
                    QCoreApplication::translate("b2x::ChartExport", "cannot render the chart %1")
                        .arg(title)};
        return saveBytes(path, bytes);
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(exportWidth, height));
    svg.setViewBox(QRect(0, 0, exportWidth, height));
    svg.setTitle(title);
    svg.setDescription(
        QCoreApplication::translate("b2x::ChartExport", "Exported from B2X Workbench"));
    {
        QPainter p(&svg);
        paint(p, QRectF(0, 0, exportWidth, height));
    }
    return saveBytes(path, bytes);
}

} // namespace

std::size_t ChartExport::planChartCount() const
{
    return m_plan->items().size();
}

QString ChartExport::planChartKey(std::size_t index) const
{
    return index < planChartCount() ? m_plan->items()[index].key : QString();
}

QString ChartExport::planChartTitle(std::size_t index) const
{
    return index < planChartCount() ? m_plan->items()[index].title : QString();
}

double ChartExport::planChartAspect(std::size_t index)
{
    return std::max(static_cast<double>(exportHeight),
                    m_plan->preferredHeight(index, exportWidth)) /
           exportWidth;
}

void ChartExport::paintPlanChart(std::size_t index, QPainter& painter, const QRectF& rect)
{
    paintScaled(painter, rect,
                [&](const QRectF& target) { m_plan->paint(index, painter, target, false); });
}

void ChartExport::addChartsTo(PdfReport& report, const Workspace& workspace,
                              const std::vector<std::size_t>& personaIndices)
{
    report.setChartPreparer(preparer());
    report.setPlanCharts(reportPlanCharts(workspace, personaIndices));
    report.setBudgetCharts(reportBudgetCharts(workspace, personaIndices));
}

PlanChartPages ChartExport::reportPlanCharts(const Workspace& workspace,
                                             const std::vector<std::size_t>& personaIndices)
{
    std::vector<std::size_t> covered = personaIndices;
    std::erase_if(covered, [&](std::size_t i) { return i >= workspace.personas.size(); });
    const bool all = covered.empty() || covered.size() == workspace.personas.size();
    std::vector<std::size_t> charts;
    for (std::size_t i = 0; i < planChartCount(); ++i) {
        const auto& item = m_plan->items()[i];
        const bool isCovered =
            item.personaId.empty()
                ? all
                : all || std::any_of(covered.begin(), covered.end(), [&](std::size_t p) {
                      return workspace.personas[p].id == item.personaId;
                  });
        if (isCovered)
            charts.push_back(i);
    }
    PlanChartPages pages;
    pages.count = charts.size();
    pages.firstOnItsOwnPage =
        !charts.empty() && m_plan->items()[charts.front()].id == charts::ChartId::PlanTimeline;
    pages.title = [this, charts](std::size_t i) { return planChartTitle(charts[i]); };
    pages.paint = [this, charts](std::size_t i, QPainter& painter, const QRectF& rect) {
        paintPlanChart(charts[i], painter, rect);
    };
    pages.prepare = [this, charts](std::size_t i, const QSizeF& onPage) {
        m_plan->prepare(charts[i], layoutSize(onPage), false);
    };
    return pages;
}

PlanChartPages ChartExport::reportBudgetCharts(const Workspace& workspace,
                                               const std::vector<std::size_t>& personaIndices)
{
    std::vector<std::size_t> covered = personaIndices;
    if (covered.empty()) {
        covered.resize(workspace.personas.size());
        std::iota(covered.begin(), covered.end(), 0);
    }
    m_budget =
        std::make_unique<charts::BudgetChartRenderer>(ReportBudget(workspace, covered).chartData());
    PlanChartPages pages;
    pages.count = m_budget->count();
    pages.title = [this](std::size_t i) { return m_budget->title(i); };
    pages.paint = [this](std::size_t i, QPainter& painter, const QRectF& rect) {
        paintScaled(painter, rect,
                    [&](const QRectF& target) { m_budget->paint(i, painter, target); });
    };
    pages.prepare = [this](std::size_t i, const QSizeF& onPage) {
        m_budget->prepare(i, layoutSize(onPage));
    };
    return pages;
}

SaveResult ChartExport::writePlanChart(std::size_t index, const QString& path, Format format)
{
    if (index >= planChartCount())
        return {false, tr("cannot render the chart %1").arg(path)};
    const int height = static_cast<int>(std::lround(planChartAspect(index) * exportWidth));
    return writeChart(
        path, format, planChartTitle(index), height,
        [&] { return m_plan->image(index, QSize(exportWidth, height), 2.0, true); },
        [&](QPainter& p, const QRectF& r) { m_plan->paint(index, p, r, true); });
}

SaveResult ChartExport::write(int chartId, const QString& path, Format format)
{
    const auto id = static_cast<charts::ChartId>(chartId);
    if (format == Format::Png) {
        const QImage image = m_renderer->image(id, QSize(exportWidth, exportHeight), 2.0, true);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return {false, tr("cannot render the chart %1").arg(title(chartId))};
        return saveBytes(path, bytes);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(exportWidth, exportHeight));
    svg.setViewBox(QRect(0, 0, exportWidth, exportHeight));
    svg.setTitle(title(chartId));
    svg.setDescription(
        QCoreApplication::translate("b2x::ChartExport", "Exported from B2X Workbench"));
    {
        QPainter p(&svg);
        m_renderer->paint(id, p, QRectF(0, 0, exportWidth, exportHeight), true);
    }
    return saveBytes(path, bytes);
}

SaveResult ChartExport::writeAll(const QString& folder, Format format)
{
    if (!QDir().mkpath(folder))
        return {false, tr("cannot create the folder %1").arg(folder)};
    const QString suffix = format == Format::Png ? QStringLiteral(".png") : QStringLiteral(".svg");
    for (int id : allCharts()) {
        const SaveResult r = write(id, QDir(folder).filePath(key(id) + suffix), format);
        if (!r.ok)
            return r;
    }
    for (std::size_t i = 0; i < planChartCount(); ++i) {
        const SaveResult r =
            writePlanChart(i, QDir(folder).filePath(planChartKey(i) + suffix), format);
        if (!r.ok)
            return r;
    }
    return {true, {}};
}

} // namespace b2x
