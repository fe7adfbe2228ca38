// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RaceBoardModel.h"

#include <QPoint>
#include <QStyledItemDelegate>
#include <QTableView>

namespace b2x {

/// Paints a board cell's cards (name, kind, status as a coloured word, channel, dates, budget)
/// or, in an empty cell, the gap mark; no widget per card, so a thousand personas stay cheap.
class RaceBoardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit RaceBoardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// A card's tooltip describes that card; elsewhere the cell's.
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    /// A card's height and the height of a cell holding `cards` cards, for `lineHeight`.
    static int cardHeight(int lineHeight);
    static int cellHeight(int cards, int lineHeight);
    /// Where the `position`th card of a cell lies.
    static QRect cardRect(const QRect& cell, int position, int lineHeight);

    /// The card drawn as current in the current cell (-1: none).
    void setCurrentCard(const QModelIndex& index, int position);

private:
    QPersistentModelIndex m_currentIndex;
    int m_currentCard = -1;
};

/// The board's table: arrow keys move between cards in a cell and between cells, Enter edits,
/// Delete deletes, the menu key opens the context menu; cards are dragged between cells.
class RaceBoardView : public QTableView {
    Q_OBJECT

public:
    explicit RaceBoardView(QWidget* parent = nullptr);

    RaceBoardModel* boardModel() const;
    /// The card current in the current cell, -1 when the cell has none.
    int currentCard() const;
    void setCurrent(const QModelIndex& index, int card);
    /// The card under a viewport position, -1 for none (empty space or no cell).
    int cardAt(const QPoint& pos, QModelIndex* index = nullptr) const;
    /// Row heights follow the cards (rows of one card or none keep the default height).
    void fitRows();

    static constexpr const char* mimeType = "application/x-b2x-board-card";

Q_SIGNALS:
    void editRequested(const QModelIndex& index, int card);
    void addRequested(const QModelIndex& index);
    void deleteRequested(const QModelIndex& index, int card);
    void menuRequested(const QModelIndex& index, int card, const QPoint& globalPos);
    void stageHeaderClicked(int column);
    /// A card was dropped on a cell: "t:<id>" or "c:<id>" and the target cell.
    void cardDropped(const QString& card, const QModelIndex& target);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    int lineHeight() const;
    void updateCard();

    RaceBoardDelegate* m_delegate;
    int m_card = -1;
    QPoint m_pressPos;
    QPersistentModelIndex m_pressIndex;
    int m_pressCard = -1;
};

} // namespace b2x
