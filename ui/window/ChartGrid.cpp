// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartGrid.h"

#include "charts/ChartCard.h"

#include <QGridLayout>
#include <algorithm>

namespace b2x {

int ChartGrid::columnsFor(int width)
{
    return std::clamp((width + spacing) / (minColumnWidth + spacing), 1, maxColumns);
}

ChartGrid::ChartGrid(QWidget* parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("chartGrid"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(spacing);
}

void ChartGrid::addCard(charts::ChartCard* card)
{
    card->setParent(this);
    m_cards.push_back(card);
    relayout();
}

void ChartGrid::setHeader(QWidget* header)
{
    header->setParent(this);
    m_header = header;
    relayout();
}

void ChartGrid::setFooter(QWidget* footer)
{
    footer->setParent(this);
    m_footer = footer;
    relayout();
}

void ChartGrid::setFooterWanted(bool wanted)
{
    m_footerWanted = wanted;
    if (m_footer)
        m_footer->setVisible(wanted && !m_enlarged);
}

void ChartGrid::setAvailableWidth(int width)
{
    const int columns = columnsFor(width);
    if (columns == m_columns)
        return;
    m_columns = columns;
    relayout();
}

void ChartGrid::setEnlarged(charts::ChartCard* card)
{
    if (card == m_enlarged)
        return;
    m_enlarged = card;
    relayout();
}

void ChartGrid::relayout()
{
    // Take every item out, then put back what is shown where it now goes. Widgets keep their
    // parent; only their place in the grid changes.
    while (QLayoutItem* item = m_layout->takeAt(0))
        delete item;
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, 0);
    for (int r = 0; r < m_layout->rowCount(); ++r)
        m_layout->setRowStretch(r, 0);

    int row = 0;
    if (m_header)
        m_layout->addWidget(m_header, row++, 0, 1, m_enlarged ? 1 : m_columns);
    if (m_enlarged) {
        for (charts::ChartCard* card : m_cards)
            card->setVisible(card == m_enlarged);
        if (m_footer)
            m_footer->hide();
        // No alignment: the card fills its cell, and its row takes every spare pixel.
        m_layout->addWidget(m_enlarged, row, 0);
        m_layout->setRowStretch(row, 1);
        m_layout->setColumnStretch(0, 1);
        return;
    }
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        const auto index = static_cast<int>(i);
        // Top-aligned: a short card keeps its height beside a taller one in the same row.
        m_layout->addWidget(m_cards[i], row + index / m_columns, index % m_columns, Qt::AlignTop);
        m_cards[i]->show();
    }
    row += (static_cast<int>(m_cards.size()) + m_columns - 1) / m_columns;
    for (int c = 0; c < m_columns; ++c)
        m_layout->setColumnStretch(c, 1); // equal columns
    if (m_footer) {
        m_layout->addWidget(m_footer, row++, 0, 1, m_columns);
        m_footer->setVisible(m_footerWanted);
    }
    m_layout->setRowStretch(row, 1); // spare height below the last row, not between rows
}

} // namespace b2x
