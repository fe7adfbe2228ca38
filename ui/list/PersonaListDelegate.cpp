// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaListDelegate.h"

#include "PersonaListModel.h"
#include "charts/ChartData.h"
#include "format/Formatting.h"
#include "model/Enums.h"

#include <QApplication>
#include <QPainter>
#include <QTextOption>

namespace b2x {

namespace {

QColor badgeColour(Label label)
{
    // The charts' label colour (one colour per label everywhere), darkened so that white text on
    // the badge stays readable (the B2C orange alone is below a 4.5:1 contrast).
    return charts::labelColour(label).darker(125);
}

/// Draws one line elided at its logical end, aligned to the layout's leading edge. The line keeps
/// the direction of its own script: an English name in the Arabic window ends in "…" on the
/// right, where its text ends, rather than having the ellipsis pulled to the left.
void drawElided(QPainter* painter, const QRect& rect, const QString& text, bool rtlLayout)
{
    const QString elided = painter->fontMetrics().elidedText(text, Qt::ElideRight, rect.width());
    QTextOption option(Qt::AlignVCenter | (rtlLayout ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter->drawText(rect, elided, option);
}

} // namespace

QSize PersonaListDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    s.setHeight(std::max(s.height(), 2 * line + 10));
    return s;
}

void PersonaListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Let the style draw the background and selection, then draw our own content.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const QFontMetrics fm = option.fontMetrics;
    const bool rtl = option.direction == Qt::RightToLeft;

    // Colour swatch.
    const int sw = fm.height();
    QRect swatch(rtl ? r.right() - sw : r.left(), r.top() + 2, sw, sw);
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(PersonaListModel::ColourRole).value<QColor>());
    painter->drawRoundedRect(swatch, 3, 3);

    // Label badge on the far side.
    const QString label = index.data(PersonaListModel::LabelRole).toString();
    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    badgeFont.setBold(true);
    const QFontMetrics bfm(badgeFont);
    const int bw = bfm.horizontalAdvance(label) + 10;
    QRect badge(rtl ? r.left() : r.right() - bw, r.top() + 2, bw, bfm.height() + 2);
    painter->setBrush(
        badgeColour(static_cast<Label>(index.data(PersonaListModel::LabelValueRole).toInt())));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, label);

    // Name, elided between swatch and badge.
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setFont(option.font);
    painter->setPen(option.palette.color(textRole));
    QRect nameRect(r.left() + (rtl ? bw + 6 : sw + 6), r.top(), r.width() - sw - bw - 12,
                   fm.height() + 4);
    drawElided(painter, nameRect, index.data(Qt::DisplayRole).toString(), rtl);

    // Second line: B2B index and mismatch marker once the models have run; otherwise the summary.
    QString detail;
    const QVariant b2bIndex = index.data(PersonaListModel::B2bIndexRole);
    if (b2bIndex.isValid()) {
        detail = tr("B2B index %1 · behaves %2")
                     .arg(Formatting::number(b2bIndex.toDouble()),
                          index.data(PersonaListModel::BehavesAsRole).toString());
        if (index.data(PersonaListModel::MismatchRole).toBool())
            detail = tr("⚠ %1 · label and behaviour differ").arg(detail);
    } else {
        detail = index.data(PersonaListModel::SummaryRole).toString();
    }
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    QColor detailColour = option.palette.color(textRole);
    if (!selected)
        detailColour.setAlphaF(0.7f);
    painter->setPen(detailColour);
    const QFontMetrics sfm(small);
    QRect detailRect(r.left() + (rtl ? 0 : sw + 6), nameRect.bottom() + 1, r.width() - sw - 6,
                     sfm.height() + 2);
    drawElided(painter, detailRect, detail, rtl);
    painter->restore();
}

} // namespace b2x
