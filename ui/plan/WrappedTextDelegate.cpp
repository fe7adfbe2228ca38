// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedTextDelegate.h"

namespace b2x {

namespace {
// Enough for every check of a large plan at a few widths; beyond it the cache starts again
// rather than growing with every text an editing session ever showed.
constexpr qsizetype maxRemembered = 8192;
} // namespace

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    // Items with an icon, a check box or a size of their own are measured by the style each time.
    if (index.data(Qt::DecorationRole).isValid() || index.data(Qt::CheckStateRole).isValid() ||
        index.data(Qt::SizeHintRole).isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    // QFont::key() writes a string on each call; the font is the same for every item.
    if (m_fontKey.isEmpty() || !(option.font == m_font)) {
        m_font = option.font;
        m_fontKey = option.font.key();
    }
    Key key{index.data(Qt::DisplayRole).toString(), m_fontKey, option.rect.width()};
    if (const auto it = m_sizes.constFind(key); it != m_sizes.constEnd())
        return *it;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    ++m_computed;
    if (m_sizes.size() >= maxRemembered)
        m_sizes.clear();
    m_sizes.insert(std::move(key), size);
    return size;
}

} // namespace b2x
