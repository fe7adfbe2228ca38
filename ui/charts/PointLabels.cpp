// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointLabels.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {

constexpr double gap = 2;     ///< between a marker and its label
constexpr double padding = 3; ///< inside the label's halo, left and right
constexpr int rings = 8;      ///< rows tried beyond the places next to the point

/// Where a label of `size` may go around `anchor`, nearest first.
std::vector<QRectF> candidates(const QPointF& anchor, const QSizeF& size, double radius)
{
    const double w = size.width();
    const double h = size.height();
    const QRectF above(anchor.x() - w / 2, anchor.y() - radius - gap - h, w, h);
    const QRectF below(anchor.x() - w / 2, anchor.y() + radius + gap, w, h);
    const QRectF right(anchor.x() + radius + gap, anchor.y() - h / 2, w, h);
    const QRectF left(anchor.x() - radius - gap - w, anchor.y() - h / 2, w, h);
    std::vector<QRectF> result{above, below, right, left};
    for (int k = 1; k <= rings; ++k) {
        const double step = k * (h + 1);
        result.push_back(above.translated(0, -step));
        result.push_back(below.translated(0, step));
        result.push_back(right.translated(0, -step));
        result.push_back(right.translated(0, step));
        result.push_back(left.translated(0, -step));
        result.push_back(left.translated(0, step));
    }
    return result;
}

bool overlapsAny(const QRectF& box, const std::vector<QRectF>& others)
{
    return std::any_of(others.begin(), others.end(),
                       [&](const QRectF& o) { return box.intersects(o); });
}

} // namespace

PointLabels::PointLabels(QGraphicsItem* parent) : QGraphicsItem(parent)
{
    setZValue(1000); // above the series and their markers
    setAcceptedMouseButtons(Qt::NoButton);
}

std::vector<QRectF> PointLabels::place(const std::vector<QPointF>& anchors,
                                       const std::vector<QSizeF>& sizes, const QRectF& bounds,
                                       double markerRadius)
{
    std::vector<QRectF> markers;
    for (const QPointF& a : anchors)
        markers.emplace_back(a.x() - markerRadius, a.y() - markerRadius, 2 * markerRadius,
                             2 * markerRadius);
    std::vector<QRectF> placed;
    for (std::size_t i = 0; i < anchors.size() && i < sizes.size(); ++i) {
        const std::vector<QRectF> options = candidates(anchors[i], sizes[i], markerRadius);
        // Strictest first: inside the plot, clear of labels and markers; then clear of labels
        // only; a label never lands on another label while any place is free.
        const auto pick = [&](auto&& acceptable) -> const QRectF* {
            const auto it = std::find_if(options.begin(), options.end(), acceptable);
            return it == options.end() ? nullptr : &*it;
        };
        const QRectF* box = pick([&](const QRectF& r) {
            return bounds.contains(r) && !overlapsAny(r, placed) && !overlapsAny(r, markers);
        });
        if (!box)
            box = pick(
                [&](const QRectF& r) { return bounds.contains(r) && !overlapsAny(r, placed); });
        if (!box)
            box = pick([&](const QRectF& r) { return !overlapsAny(r, placed); });
        placed.push_back(box ? *box : options.front());
    }
    return placed;
}

void PointLabels::setLabels(const std::vector<Label>& labels, const QRectF& bounds,
                            double markerRadius, const QFont& font)
{
    // In pixels, for the same reason as the radar's ring labels: drawn into a PDF, a font in
    // points would be sized for the printer while the boxes are measured on the screen.
    QFont pixelFont = font;
    pixelFont.setPixelSize(QFontInfo(font).pixelSize());
    const QFontMetricsF fm(pixelFont);
    std::vector<QPointF> anchors;
    std::vector<QSizeF> sizes;
    for (const Label& l : labels) {
        anchors.push_back(l.anchor);
        // A dot in the subject's colour, then the text.
        sizes.emplace_back(2 * padding + fm.height() * 0.6 + 3 + fm.horizontalAdvance(l.text),
                           fm.height());
    }
    std::vector<QRectF> boxes = place(anchors, sizes, bounds, markerRadius);
    QRectF area;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        area |= boxes[i] | QRectF(anchors[i], QSizeF(1, 1));
    if (labels.size() == m_labels.size() && boxes == m_boxes && pixelFont == m_font &&
        std::equal(labels.begin(), labels.end(), m_labels.begin(),
                   [](const Label& a, const Label& b) {
                       return a.anchor == b.anchor && a.text == b.text && a.colour == b.colour;
                   }))
        return; // nothing moved: no repaint
    prepareGeometryChange();
    m_font = pixelFont;
    m_labels = labels;
    m_boxes = std::move(boxes);
    m_bounds = area.adjusted(-1, -1, 1, 1);
    update();
}

void PointLabels::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font);
    const double dot = fm.height() * 0.6;
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        const QRectF& box = m_boxes[i];
        const Label& label = m_labels[i];
        // A leader line when the label had to move away from its point.
        const QPointF nearest(std::clamp(label.anchor.x(), box.left(), box.right()),
                              std::clamp(label.anchor.y(), box.top(), box.bottom()));
        if (QLineF(label.anchor, nearest).length() > fm.height()) {
            painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
            painter->drawLine(label.anchor, nearest);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 215));
        painter->drawRoundedRect(box, 2, 2);
        painter->setBrush(label.colour);
        painter->drawEllipse(QRectF(box.left() + padding, box.center().y() - dot / 2, dot, dot));
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(box.adjusted(padding + dot + 3, 0, -padding, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
}

} // namespace b2x::charts
