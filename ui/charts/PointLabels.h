// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QRectF>
#include <QString>
#include <vector>

namespace b2x::charts {

/// Text labels beside the points of a chart, placed so that no two overlap and none covers a
/// point. Qt Charts' own point labels are drawn where they fall, so two subjects with the same
/// values wrote their labels over each other. Each label tries above, below, right and left of
/// its point, then the same places a row further out and so on; the first free place wins. A
/// label that ends up away from its point is joined to it by a thin leader line, and a dot in the
/// subject's colour tells whose label it is when points coincide.
class PointLabels : public QGraphicsItem {
public:
    struct Label {
        QPointF anchor; ///< the point, in the parent item's coordinates
        QString text;
        QColor colour;
    };

    explicit PointLabels(QGraphicsItem* parent);

    /// Places `labels` within `bounds` (the plot area) around points drawn `markerRadius` wide.
    void setLabels(const std::vector<Label>& labels, const QRectF& bounds, double markerRadius,
                   const QFont& font);
    /// The placed labels' boxes, in the parent's coordinates, in the order given.
    const std::vector<QRectF>& boxes() const { return m_boxes; }
    const std::vector<Label>& labels() const { return m_labels; }

    /// The placement alone: one box of `sizes[i]` per anchor, none overlapping another or any
    /// anchor's marker where the room allows, preferably within `bounds`.
    static std::vector<QRectF> place(const std::vector<QPointF>& anchors,
                                     const std::vector<QSizeF>& sizes, const QRectF& bounds,
                                     double markerRadius);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QFont m_font;
    std::vector<Label> m_labels;
    std::vector<QRectF> m_boxes;
    QRectF m_bounds;
};

} // namespace b2x::charts
