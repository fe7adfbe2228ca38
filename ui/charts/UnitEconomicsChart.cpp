// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitEconomicsChart.h"

#include "ChartScale.h"
#include "LinearLogAxis.h"
#include "PointLabels.h"
#include "format/Formatting.h"

#include <QGraphicsPathItem>
#include <QPainterPath>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <cmath>

namespace b2x::charts {

namespace {
constexpr double markerSize = 14;
constexpr double capHalf = 4; ///< half the length of a whisker's end cap, in pixels
// Below the series (Qt Charts draws every series at z 5) and above the grid and axes.
constexpr double whiskerZ = 4.5;
} // namespace

UnitEconomicsChart::UnitEconomicsChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QCategoryAxis), m_y(new QCategoryAxis)
{
    for (QCategoryAxis* axis : {m_x, m_y}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        styleAxis(axis, QString());
    }
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_healthy = new QLineSeries;
    m_healthy->setName(tr("CLV = 3 × CAC (healthy)"));
    m_healthy->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2));
    attach(m_healthy, m_x, m_y);
    m_breakEven = new QLineSeries;
    m_breakEven->setName(tr("CLV = CAC (break-even)"));
    m_breakEven->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.5, Qt::DashLine));
    attach(m_breakEven, m_x, m_y);
    m_labels = new PointLabels(chart());
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        placeWhiskers();
        placeLabels();
    });
    updateAxes();
}

QString UnitEconomicsChart::paybackText(const SubjectFigures& s) const
{
    if (!s.paybackMonths)
        return tr("no payback");
    return tr("payback %1 mo")
        .arg(Formatting::number(*s.paybackMonths, *s.paybackMonths < 10 ? 1 : 0));
}

double UnitEconomicsChart::position(double amount)
{
    return std::log10(amount);
}

bool UnitEconomicsChart::updateAxes()
{
    double xLow = 0, xHigh = 0, yLow = 0, yHigh = 0;
    const auto widen = [](double v, double& low, double& high) {
        if (!(v > 0))
            return;
        low = low > 0 ? std::min(low, v) : v;
        high = std::max(high, v);
    };
    for (const auto& s : subjects()) {
        if (s.cac)
            widen(*s.cac, xLow, xHigh);
        widen(s.clv, yLow, yHigh);
    }
    // Room around the points (their payback labels sit above them); at least two decades.
    const auto decades = [](double low, double high) {
        if (!(low > 0))
            return std::pair{0, 3};
        const int lo = static_cast<int>(std::floor(std::log10(low / 4)));
        const int hi = static_cast<int>(std::ceil(std::log10(high * 4)));
        return std::pair{lo, std::max(hi, lo + 2)};
    };
    const auto [x0, x1] = decades(xLow, xHigh);
    const auto [y0, y1] = decades(yLow, yHigh);
    const bool xChanged = LinearLogAxis::fitDecades(m_x, x0, x1);
    const bool yChanged = LinearLogAxis::fitDecades(m_y, y0, y1);
    const QString unit = currency();
    m_x->setTitleText(tr("CAC: cost to win a customer (%1, log scale)").arg(unit));
    m_y->setTitleText(tr("CLV: lifetime value (%1, log scale)").arg(unit));
    if (xChanged) {
        // The reference lines span the whole x range; Qt clips them to the plot.
        const double ratio = std::log10(healthyRatio);
        m_healthy->replace({QPointF(x0, x0 + ratio), QPointF(x1, x1 + ratio)});
        m_breakEven->replace({QPointF(x0, x0), QPointF(x1, x1)});
    }
    return xChanged || yChanged;
}

void UnitEconomicsChart::rebuild()
{
    const auto& subjects = this->subjects();
    while (m_series.size() > subjects.size()) {
        destroySeries(m_series.back());
        m_series.pop_back();
    }
    while (m_series.size() < subjects.size()) {
        auto* s = new QScatterSeries;
        s->setMarkerSize(markerSize);
        s->setBorderColor(Qt::white);
        connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF&, bool state) {
            const auto it = std::find(m_series.begin(), m_series.end(), s);
            if (!state || it == m_series.end()) {
                hideTip();
                return;
            }
            const auto& f = this->subjects()[static_cast<std::size_t>(it - m_series.begin())];
            showTip(tr("%1\nCAC %2 · CLV %3 · CLV:CAC %4 · %5")
                        .arg(f.name, f.cac ? money(*f.cac) : tr("not defined"), money(f.clv),
                             f.clvToCac ? tr("%1 : 1").arg(Formatting::number(*f.clvToCac, 1))
                                        : tr("not defined"),
                             paybackText(f)));
        });
        attach(s, m_x, m_y);
        m_series.push_back(s);
    }
    // Whiskers of subjects no longer compared go: a range is never drawn for another subject.
    for (auto it = m_whiskers.begin(); it != m_whiskers.end();)
        it = std::any_of(subjects.begin(), subjects.end(),
                         [&](const SubjectFigures& s) { return s.key == it.key(); })
                 ? std::next(it)
                 : m_whiskers.erase(it);
    while (m_whiskerItems.size() > subjects.size()) {
        delete m_whiskerItems.back();
        m_whiskerItems.pop_back();
    }
    while (m_whiskerItems.size() < subjects.size()) {
        auto* item = new QGraphicsPathItem(chart());
        item->setZValue(whiskerZ);
        m_whiskerItems.push_back(item);
    }
    updateAxes();
    for (std::size_t i = 0; i < subjects.size(); ++i)
        fillSubject(i);
    placeWhiskers();
    placeLabels();
}

void UnitEconomicsChart::refreshSubject(int index)
{
    if (updateAxes()) {
        rebuild();
        return;
    }
    fillSubject(static_cast<std::size_t>(index));
    placeWhisker(static_cast<std::size_t>(index));
    placeLabels();
}

void UnitEconomicsChart::setWhisker(const QString& key, const std::optional<Whisker>& whisker)
{
    const QString before = notes();
    if (whisker) {
        const auto it = m_whiskers.constFind(key);
        if (it != m_whiskers.constEnd() && *it == *whisker)
            return;
        m_whiskers.insert(key, *whisker);
    } else if (m_whiskers.remove(key) == 0) {
        return;
    }
    const auto& subjects = this->subjects();
    for (std::size_t i = 0; i < subjects.size(); ++i)
        if (subjects[i].key == key)
            placeWhisker(i);
    if (notes() != before)
        Q_EMIT contentChanged();
}

std::optional<UnitEconomicsChart::Whisker> UnitEconomicsChart::whisker(const QString& key) const
{
    const auto it = m_whiskers.constFind(key);
    if (it == m_whiskers.constEnd())
        return std::nullopt;
    return *it;
}

void UnitEconomicsChart::setWhiskersShown(bool shown)
{
    if (shown == m_whiskersShown)
        return;
    const QString before = notes();
    m_whiskersShown = shown;
    placeWhiskers();
    if (notes() != before)
        Q_EMIT contentChanged();
}

const QGraphicsPathItem* UnitEconomicsChart::whiskerItem(std::size_t index) const
{
    return index < m_whiskerItems.size() ? m_whiskerItems[index] : nullptr;
}

void UnitEconomicsChart::placeWhiskers()
{
    for (std::size_t i = 0; i < m_whiskerItems.size(); ++i)
        placeWhisker(i);
}

void UnitEconomicsChart::placeWhisker(std::size_t i)
{
    if (i >= m_whiskerItems.size() || i >= m_series.size() || i >= subjects().size())
        return;
    QGraphicsPathItem* item = m_whiskerItems[i];
    const SubjectFigures& f = subjects()[i];
    const auto it = m_whiskers.constFind(f.key);
    const QList<QPointF> points = m_series[i]->points();
    QPainterPath path;
    if (m_whiskersShown && it != m_whiskers.constEnd() && !points.isEmpty()) {
        const Whisker& w = *it;
        const QRectF area = chart()->plotArea();
        const QPointF centre = chart()->mapToPosition(points.front(), m_series[i]);
        // Pixel position of an amount along one axis; ends outside the plot are cut at its edge
        // and get no cap (amounts ≤ 0 lie below every decade).
        const auto along = [&](double amount, bool horizontal, bool& capped) {
            const double low = horizontal ? area.left() : area.bottom();
            const double high = horizontal ? area.right() : area.top();
            if (!(amount > 0)) {
                capped = false;
                return low;
            }
            const QPointF value = horizontal ? QPointF(position(amount), points.front().y())
                                             : QPointF(points.front().x(), position(amount));
            const QPointF at = chart()->mapToPosition(value, m_series[i]);
            const double v = horizontal ? at.x() : at.y();
            const double clamped = std::clamp(v, std::min(low, high), std::max(low, high));
            capped = clamped == v;
            return clamped;
        };
        bool capLow = true, capHigh = true;
        const double x0 = along(w.cacLow, true, capLow);
        const double x1 = along(w.cacHigh, true, capHigh);
        if (x1 > x0) {
            path.moveTo(x0, centre.y());
            path.lineTo(x1, centre.y());
            if (capLow) {
                path.moveTo(x0, centre.y() - capHalf);
                path.lineTo(x0, centre.y() + capHalf);
            }
            if (capHigh) {
                path.moveTo(x1, centre.y() - capHalf);
                path.lineTo(x1, centre.y() + capHalf);
            }
        }
        const double y0 = along(w.clvLow, false, capLow);
        const double y1 = along(w.clvHigh, false, capHigh);
        if (y0 > y1) { // pixel y grows downwards
            path.moveTo(centre.x(), y0);
            path.lineTo(centre.x(), y1);
            if (capLow) {
                path.moveTo(centre.x() - capHalf, y0);
                path.lineTo(centre.x() + capHalf, y0);
            }
            if (capHigh) {
                path.moveTo(centre.x() - capHalf, y1);
                path.lineTo(centre.x() + capHalf, y1);
            }
        }
        QColor colour = f.colour;
        if (w.stale)
            colour.setAlphaF(0.6f);
        QPen pen(colour, 1.5, w.stale ? Qt::DotLine : Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        if (item->pen() != pen)
            item->setPen(pen);
    }
    if (item->path() != path)
        item->setPath(path);
}

void UnitEconomicsChart::placeLabels()
{
    std::vector<PointLabels::Label> labels;
    const auto& subjects = this->subjects();
    for (std::size_t i = 0; i < m_series.size() && i < subjects.size(); ++i) {
        const QList<QPointF> points = m_series[i]->points();
        if (points.isEmpty())
            continue;
        labels.push_back({chart()->mapToPosition(points.front(), m_series[i]),
                          paybackText(subjects[i]), subjects[i].colour});
    }
    m_labels->setLabels(labels, chart()->plotArea(), markerSize / 2, labelFont());
}

void UnitEconomicsChart::fillSubject(std::size_t i)
{
    const SubjectFigures& f = subjects()[i];
    QScatterSeries* s = m_series[i];
    const QString name = f.name;
    if (s->name() != name)
        s->setName(name);
    if (s->color() != f.colour)
        s->setColor(f.colour);
    QList<QPointF> points;
    if (f.cac && *f.cac > 0)
        points.append(QPointF(position(*f.cac),
                              f.clv > 0 ? std::max(position(f.clv), m_y->min()) : m_y->min()));
    if (s->points() != points)
        s->replace(points);
}

QString UnitEconomicsChart::notes() const
{
    if (isEmpty())
        return {};
    QStringList missing;
    for (const auto& s : subjects())
        if (!s.cac)
            missing << s.name;
    QString text = tr("Above the green line a customer is worth more than three times its cost; "
                      "below the dashed line it loses money.");
    if (!missing.isEmpty())
        text = tr("%1\nNot drawn (no customers, so no CAC): %2").arg(text, missing.join(tr(", ")));
    int runs = 0;
    if (m_whiskersShown)
        for (const auto& s : subjects()) {
            const auto it = m_whiskers.constFind(s.key);
            if (!s.cac || it == m_whiskers.constEnd())
                continue;
            runs = std::max(runs, it->runs);
        }
    if (runs > 0) {
        text += QLatin1Char('\n') +
                tr("Whiskers: p10–p90 of CAC and CLV when each input varies within its "
                   "evidence's spread; %Ln run(s).",
                   nullptr, runs);
    }
    return text;
}

ChartTable UnitEconomicsChart::table() const
{
    ChartTable t;
    t.columns << (groups() ? tr("Group") : tr("Persona")) << tr("CAC") << tr("CLV")
              << tr("CLV : CAC") << tr("Payback (months)");
    for (const auto& s : subjects())
        t.rows.push_back(
            {s.name, s.cac ? money(*s.cac) : tr("not defined"), money(s.clv),
             s.clvToCac ? tr("%1 : 1").arg(Formatting::number(*s.clvToCac, 1)) : tr("not defined"),
             s.paybackMonths ? Formatting::number(*s.paybackMonths, 1) : tr("not defined")});
    return t;
}

} // namespace b2x::charts
