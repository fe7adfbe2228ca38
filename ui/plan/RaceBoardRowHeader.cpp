// SPDX-License-Identifier: GPL-3.0-or-later
#include "RaceBoardRowHeader.h"

#include <QEvent>
#include <algorithm>

namespace b2x {

RaceBoardRowHeader::RaceBoardRowHeader(QWidget* parent) : QHeaderView(Qt::Vertical, parent)
{
    // As QTableView sets up the vertical header it makes itself.
    setSectionsClickable(true);
    setHighlightSections(true);
    connect(this, &QHeaderView::sectionCountChanged, this, &RaceBoardRowHeader::forget);
}

void RaceBoardRowHeader::setModel(QAbstractItemModel* model)
{
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    QHeaderView::setModel(model);
    forget();
    if (!model)
        return;
    // Anything that can change which names there are, or where, measures again.
    const auto forgetOn = [&](auto signal) {
        m_connections.push_back(connect(model, signal, this, &RaceBoardRowHeader::forget));
    };
    forgetOn(&QAbstractItemModel::modelReset);
    forgetOn(&QAbstractItemModel::layoutChanged);
    forgetOn(&QAbstractItemModel::rowsInserted);
    forgetOn(&QAbstractItemModel::rowsRemoved);
    forgetOn(&QAbstractItemModel::rowsMoved);
    m_connections.push_back(connect(model, &QAbstractItemModel::headerDataChanged, this,
                                    &RaceBoardRowHeader::headersChanged));
}

QSize RaceBoardRowHeader::sizeHint() const
{
    if (m_hint.isValid())
        return m_hint;
    m_hint = QHeaderView::sizeHint();
    m_names.clear();
    if (const QAbstractItemModel* m = model()) {
        m_names.reserve(static_cast<std::size_t>(m->rowCount()));
        for (int row = 0; row < m->rowCount(); ++row)
            m_names.push_back(m->headerData(row, Qt::Vertical, Qt::DisplayRole).toString());
    }
    return m_hint;
}

void RaceBoardRowHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        forget();
    QHeaderView::changeEvent(event);
}

void RaceBoardRowHeader::forget()
{
    m_hint = QSize();
}

void RaceBoardRowHeader::headersChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation != Qt::Vertical || !m_hint.isValid() || !model())
        return;
    for (int row = std::max(first, 0); row <= last; ++row)
        if (static_cast<std::size_t>(row) >= m_names.size() ||
            model()->headerData(row, Qt::Vertical, Qt::DisplayRole).toString() !=
                m_names[static_cast<std::size_t>(row)]) {
            forget();
            return;
        }
}

} // namespace b2x
