// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourRadarChart.h"

#include "format/EnumLabels.h"
#include "format/Formatting.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace b2x::charts {

namespace {
constexpr double fullCircle = 360.0;
constexpr auto dimensions = static_cast<int>(analytics::dimensionCount);

/// The ring values (20 … 100) up the 0° spoke, drawn above the personas' lines on a light halo.
/// Qt draws its own radial labels under every series, where each persona's line crosses them;
/// 0 is left out because every line meets at the centre.
class RingLabels : public QGraphicsItem {
public:
    explicit RingLabels(QGraphicsItem* parent) : QGraphicsItem(parent)
    {
        setZValue(1000); // above the series and their markers
        setAcceptedMouseButtons(Qt::NoButton);
    }

    void place(const QRectF& plotArea, const QFont& font, const QColor& text, const QColor& halo)
    {
        prepareGeometryChange();
        // In pixels: drawn into a PDF, a font in points would be sized for the printer's
        // resolution, while the boxes below are measured on the screen (Qt Charts' own text
        // items lay out on the screen the same way).
        m_font = font;
        m_font.setPixelSize(QFontInfo(font).pixelSize());
        m_text = text;
        m_halo = halo;
        m_boxes.clear();
        m_bounds = QRectF();
        const QFontMetricsF fm(m_font);
        const QPointF centre = plotArea.center();
        const double radius = std::min(plotArea.width(), plotArea.height()) / 2;
        for (int value = 20; value <= 100; value += 20) {
            // Western digits, like every other chart axis (Qt formats axis labels with printf)
            // and the note under the chart.
            const QString label = QString::number(value);
            QRectF box(0, 0, fm.horizontalAdvance(label) + 4, fm.height());
            box.moveCenter(
                QPointF(centre.x() + box.width() / 2 + 2, centre.y() - radius * value / 100.0));
            m_boxes.emplace_back(box, label);
            m_bounds |= box;
        }
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setFont(m_font);
        for (const auto& [box, label] : m_boxes) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_halo);
            painter->drawRoundedRect(box, 2, 2);
            painter->setPen(m_text);
            painter->drawText(box, Qt::AlignCenter, label);
        }
    }

private:
    QFont m_font;
    QColor m_text;
    QColor m_halo;
    QRectF m_bounds;
    std::vector<std::pair<QRectF, QString>> m_boxes;
};

} // namespace

BehaviourRadarChart::BehaviourRadarChart(QObject* parent)
    : ComparisonChart(new QPolarChart, parent), m_angular(new QCategoryAxis),
      m_radial(new QValueAxis)
{
    // A QCategoryAxis on the angle puts each label at its category's end value, which is where
    // the ring places that dimension.
    m_angular->setRange(0, fullCircle);
    m_angular->setStartValue(0);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < dimensions; ++i)
        m_angular->append(shortName(static_cast<analytics::Dimension>(i)),
                          fullCircle * (i + 1) / dimensions);
    styleAxis(m_angular, QString());
    // Polar axes ignore dynamic ticks: six fixed ticks give 0, 20 … 100.
    m_radial->setRange(0, 100);
    m_radial->setTickCount(6);
    // A radial title would be drawn across the rings; the notes under the chart carry the scale.
    styleAxis(m_radial, QString());
    m_radial->setTitleVisible(false);
    m_radial->setLabelsVisible(false); // RingLabels draws them above the lines
    auto* polar = static_cast<QPolarChart*>(chart());
    auto* ringLabels = new RingLabels(polar);
    // Charts always use the light theme (white background, ComparisonChart).
    connect(polar, &QChart::plotAreaChanged, this, [ringLabels](const QRectF& area) {
        ringLabels->place(area, labelFont(), QColor(0x6b, 0x6b, 0x6b), QColor(255, 255, 255, 215));
    });
    polar->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    polar->addAxis(m_radial, QPolarChart::PolarOrientationRadial);
    // Qt 6.4 leaves too little room beside the rings for the labels at 3 and 9 o'clock:
    // "Relationship" lost its first letters in a 384-pixel dock. Widen the sides.
    QMargins margins = polar->margins();
    margins.setLeft(margins.left() + 12);
    margins.setRight(margins.right() + 4);
    polar->setMargins(margins);
}

QList<QPointF> BehaviourRadarChart::ring(const SubjectFigures& s)
{
    QList<QPointF> points;
    points.reserve(dimensions + 1);
    points.append(QPointF(0, s.dimensions[analytics::dimensionCount - 1]));
    for (int i = 0; i < dimensions; ++i)
        points.append(
            QPointF(fullCircle * (i + 1) / dimensions, s.dimensions[static_cast<std::size_t>(i)]));
    return points;
}

void BehaviourRadarChart::rebuild()
{
    const auto& subjects = this->subjects();
    while (m_series.size() > subjects.size()) {
        destroySeries(m_series.back());
        m_series.pop_back();
    }
    while (m_series.size() < subjects.size()) {
        auto* series = new QLineSeries;
        connect(series, &QLineSeries::hovered, this,
                [this, series](const QPointF& point, bool state) {
                    if (state)
                        showPointTip(series, point);
                    else
                        hideTip();
                });
        attach(series, m_angular, m_radial);
        m_series.push_back(series);
    }
    for (std::size_t i = 0; i < subjects.size(); ++i)
        refreshSubject(static_cast<int>(i));
}

void BehaviourRadarChart::refreshSubject(int index)
{
    const SubjectFigures& s = subjects()[static_cast<std::size_t>(index)];
    QLineSeries* series = m_series[static_cast<std::size_t>(index)];
    series->setName(s.name);
    QPen pen(s.colour, 2.5);
    if (series->pen() != pen)
        series->setPen(pen);
    replacePoints(series, ring(s));
}

void BehaviourRadarChart::showPointTip(const QLineSeries* series, const QPointF& point)
{
    const auto it = std::find(m_series.begin(), m_series.end(), series);
    if (it == m_series.end())
        return;
    const SubjectFigures& s = subjects()[static_cast<std::size_t>(it - m_series.begin())];
    // Angle 0 and 360 are both the last dimension.
    int d = static_cast<int>(std::lround(point.x() / (fullCircle / dimensions))) - 1;
    d = (d % dimensions + dimensions) % dimensions;
    const auto di = static_cast<std::size_t>(d);
    showTip(s.applicable[di]
                ? tr("%1\n%2: %3 of 100")
                      .arg(s.name, displayName(static_cast<analytics::Dimension>(di)),
                           Formatting::number(s.dimensions[di], 1))
                : tr("%1\n%2: not applicable (no data)")
                      .arg(s.name, displayName(static_cast<analytics::Dimension>(di))));
}

ChartTable BehaviourRadarChart::table() const
{
    ChartTable t;
    t.columns << (groups() ? tr("Group") : tr("Persona"));
    for (std::size_t d = 0; d < analytics::dimensionCount; ++d)
        t.columns << displayName(static_cast<analytics::Dimension>(d));
    for (const auto& s : subjects()) {
        QStringList row{s.name};
        for (std::size_t d = 0; d < analytics::dimensionCount; ++d)
            row << (s.applicable[d] ? Formatting::number(s.dimensions[d], 1) : tr("n/a"));
        t.rows.push_back(row);
    }
    return t;
}

QString BehaviourRadarChart::notes() const
{
    if (isEmpty())
        return {};
    return groups() ? tr("Scores from 0 (consumer-like) to 100 (business-like); each ring is the "
                         "mean of the group's personas.")
                    : tr("Scores from 0 (consumer-like) to 100 (business-like).");
}

} // namespace b2x::charts
