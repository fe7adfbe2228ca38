// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QSize>
#include <QStyledItemDelegate>

namespace b2x {

/// A delegate for long lists of word-wrapped, text-only items (the plan's checks) that remembers
/// the size of each text at each width. A QListView that wraps text lays out every item again
/// whenever one changes, and asking the style for a wrapped item's size shapes its whole text:
/// with 700 checks that was a third of an edit's cost. Sizes are kept per text, width and font,
/// so an edit that rewrites a few checks shapes only those.
class WrappedTextDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// How many sizes were computed rather than remembered (for tests).
    int computedCount() const { return m_computed; }

private:
    struct Key {
        QString text;
        QString font;
        int width = 0;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.font, key.width);
    }

    mutable QHash<Key, QSize> m_sizes;
    mutable QFont m_font; ///< the font of the last item measured, and its key
    mutable QString m_fontKey;
    mutable int m_computed = 0;
};

} // namespace b2x
