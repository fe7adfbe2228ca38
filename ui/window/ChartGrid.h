// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <vector>

class QGridLayout;

namespace b2x {

namespace charts {
class ChartCard;
}

/// The chart cards of the comparison in as many columns as the width allows (one in a narrow
/// dock, up to three in the full view), with a header above them (the group members) and a
/// footer below (the key figures), both across every column. One card can be enlarged: it is then
/// the only card shown and takes all the room the grid is given.
class ChartGrid : public QWidget {
    Q_OBJECT

public:
    /// A column is never narrower than this (device-independent pixels), so a chart keeps the
    /// width it is designed for; a narrower grid still shows one column.
    static constexpr int minColumnWidth = 380;
    static constexpr int maxColumns = 3;
    static constexpr int spacing = 8;
    /// The number of columns for a grid `width` pixels wide.
    static int columnsFor(int width);

    explicit ChartGrid(QWidget* parent = nullptr);

    void addCard(charts::ChartCard* card);
    void setHeader(QWidget* header);
    void setFooter(QWidget* footer);
    /// Whether the footer has something to show; it is hidden while a card is enlarged anyway.
    void setFooterWanted(bool wanted);
    const std::vector<charts::ChartCard*>& cards() const { return m_cards; }

    /// Reflows to the columns this width takes (the width the grid will be given).
    void setAvailableWidth(int width);
    int columns() const { return m_columns; }

    /// Shows `card` alone, filling the grid; null shows every card again.
    void setEnlarged(charts::ChartCard* card);
    charts::ChartCard* enlarged() const { return m_enlarged; }

private:
    void relayout();

    QGridLayout* m_layout;
    std::vector<charts::ChartCard*> m_cards;
    QWidget* m_header = nullptr;
    QWidget* m_footer = nullptr;
    charts::ChartCard* m_enlarged = nullptr;
    int m_columns = 1;
    bool m_footerWanted = true;
};

} // namespace b2x
