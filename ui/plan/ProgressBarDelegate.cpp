// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressBarDelegate.h"

#include "ObjectivesModel.h"
#include "ObjectivesText.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <algorithm>
#include <cmath>

namespace b2x {

QRect ProgressBarDelegate::filledRect(const QRect& bar, double progress,
                                      Qt::LayoutDirection direction)
{
    const double share = std::clamp(progress, 0.0, 1.0);
    const int width = static_cast<int>(std::lround(bar.width() * share));
    const QRect leading(bar.left(), bar.top(), width, bar.height());
    return QStyle::visualRect(direction, bar, leading);
}

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const QRect bar = opt.rect.adjusted(3, 3, -3, -3);
    const QVariant progress = index.data(ObjectivesModel::ProgressRole);
    const QVariant band = index.data(ObjectivesModel::BandRole);
    painter->save();
    QColor textColour = opt.palette.color(
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    if (progress.isValid() && band.isValid() && bar.width() > 0) {
        // A pale track and light band tints under dark text: readable in light and dark themes.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xee, 0xee, 0xee));
        painter->drawRect(bar);
        painter->setBrush(objectives::bandColour(static_cast<plan::Band>(band.toInt())));
        painter->drawRect(filledRect(bar, progress.toDouble(), opt.direction));
        painter->setPen(QColor(0x75, 0x75, 0x75));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
        textColour = QColor(0x21, 0x21, 0x21);
    }
    painter->setPen(textColour);
    painter->setFont(opt.font);
    const QString shown =
        opt.fontMetrics.elidedText(text, Qt::ElideRight, std::max(0, bar.width() - 8));
    painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignCenter, shown);
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 20, 130));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace b2x
