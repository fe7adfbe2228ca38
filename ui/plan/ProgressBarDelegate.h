// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace b2x {

/// Paints a row's progress (ObjectivesModel::ProgressRole) as a bar filled in its band's colour
/// (BandRole), with the row's text ("64% · yellow") over it so that the colour is never the only
/// cue. The bar fills from the leading edge: from the right in a right-to-left layout.
class ProgressBarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The part of `bar` that `progress` (0–1) fills, from the leading edge of `direction`.
    static QRect filledRect(const QRect& bar, double progress, Qt::LayoutDirection direction);
};

} // namespace b2x
