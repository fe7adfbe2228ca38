// SPDX-License-Identifier: GPL-3.0-or-later
#include "RaceBoardView.h"

#include "RaceBoardRowHeader.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextOption>
#include <QToolTip>

namespace b2x {

namespace {

constexpr int margin = 4;  ///< around and between cards
constexpr int padding = 4; ///< inside a card
constexpr int stripe = 4;  ///< the persona's colour on the card's leading edge
constexpr int linesPerCard = 5;

/// One line elided at its logical end, at the layout's leading edge; the text keeps its own
/// direction (as in the persona list).
void drawElided(QPainter* painter, const QRect& rect, const QString& text, bool rtl,
                Qt::Alignment horizontal = {})
{
    const QString elided = painter->fontMetrics().elidedText(text, Qt::ElideRight, rect.width());
    const Qt::Alignment leading = rtl ? Qt::AlignRight : Qt::AlignLeft;
    QTextOption option(Qt::AlignVCenter | (horizontal ? horizontal : leading));
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter->drawText(rect, elided, option);
}

/// A part `width` wide at the leading edge of `line`, and what is left after it.
QRect leadingPart(const QRect& line, int width, bool rtl)
{
    return rtl ? QRect(line.right() - width + 1, line.top(), width, line.height())
               : QRect(line.left(), line.top(), width, line.height());
}

QRect afterLeading(const QRect& line, int width, bool rtl)
{
    return rtl ? line.adjusted(0, 0, -width, 0) : line.adjusted(width, 0, 0, 0);
}

} // namespace

RaceBoardDelegate::RaceBoardDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

int RaceBoardDelegate::cardHeight(int lineHeight)
{
    return linesPerCard * lineHeight + 2 * padding;
}

int RaceBoardDelegate::cellHeight(int cards, int lineHeight)
{
    return margin + std::max(cards, 1) * (cardHeight(lineHeight) + margin);
}

QRect RaceBoardDelegate::cardRect(const QRect& cell, int position, int lineHeight)
{
    const int h = cardHeight(lineHeight);
    return QRect(cell.left() + margin, cell.top() + margin + position * (h + margin),
                 cell.width() - 2 * margin, h);
}

void RaceBoardDelegate::setCurrentCard(const QModelIndex& index, int position)
{
    m_currentIndex = index;
    m_currentCard = position;
}

QSize RaceBoardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const int count = index.data(RaceBoardModel::CardCountRole).toInt();
    return {option.fontMetrics.averageCharWidth() * 24,
            cellHeight(count, option.fontMetrics.lineSpacing())};
}

bool RaceBoardDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const auto* model = qobject_cast<const RaceBoardModel*>(index.model());
    if (!model || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString text = index.data(Qt::ToolTipRole).toString();
    const auto& cards = model->cards(index);
    for (std::size_t i = 0; i < cards.size(); ++i)
        if (cardRect(option.rect, static_cast<int>(i), option.fontMetrics.lineSpacing())
                .contains(event->pos()))
            text = model->cardDescription(cards[i]) + QLatin1Char('\n') +
                   RaceBoardModel::tr("Double-click or Enter to edit; drag to another cell to "
                                      "move it.");
    QToolTip::showText(event->globalPos(), text, view);
    return true;
}

void RaceBoardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const auto* model = qobject_cast<const RaceBoardModel*>(index.model());
    if (!model)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool rtl = option.direction == Qt::RightToLeft;
    const QPalette& pal = option.palette;
    const int lh = option.fontMetrics.lineSpacing();
    if (m_currentIndex == index) { // the current cell, lightly: its cards stay readable
        QColor c = pal.color(QPalette::Highlight);
        c.setAlpha(45);
        painter->fillRect(option.rect, c);
    }
    const auto& cards = model->cards(index);
    if (cards.empty()) {
        const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
        if (model->isGap(index)) {
            // Hatched, with the word: the colour is never the only cue.
            painter->fillRect(area, QBrush(QColor(0xb0, 0x50, 0x20, 110), Qt::BDiagPattern));
            painter->setPen(QPen(QColor(0xb0, 0x50, 0x20), 1, Qt::DashLine));
            painter->drawRect(area.adjusted(0, 0, -1, -1));
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            const QString word = RaceBoardModel::tr("Gap");
            const int w = QFontMetrics(bold).horizontalAdvance(word) + 2 * padding;
            const QRect label(area.center().x() - w / 2, area.center().y() - lh / 2, w, lh);
            painter->fillRect(label, pal.color(QPalette::Base));
            painter->setPen(pal.color(QPalette::Text));
            painter->drawText(label, Qt::AlignCenter, word);
        } else {
            painter->setPen(pal.color(QPalette::PlaceholderText));
            drawElided(painter, area, RaceBoardModel::tr("No cards"), rtl, Qt::AlignHCenter);
        }
        painter->restore();
        return;
    }
    const QColor personaColour =
        model->headerData(index.row(), Qt::Vertical, RaceBoardModel::PersonaColourRole)
            .value<QColor>();
    QFont bold = option.font;
    bold.setBold(true);
    for (int i = 0; i < static_cast<int>(cards.size()); ++i) {
        const QRect card = cardRect(option.rect, i, lh);
        if (!card.intersects(option.rect))
            break;
        const BoardCardText text = model->cardText(cards[static_cast<std::size_t>(i)]);
        const bool current = m_currentIndex == index && m_currentCard == i;
        painter->setPen(current ? QPen(pal.color(QPalette::Highlight), 2)
                                : QPen(pal.color(QPalette::Mid), 1));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->fillRect(leadingPart(card.adjusted(1, 1, -1, -1), stripe, rtl),
                          personaColour.isValid() ? personaColour : pal.color(QPalette::Mid));
        const QRect inner =
            afterLeading(card, stripe + 1, rtl).adjusted(padding, padding, -padding, -padding);
        QRect line(inner.left(), inner.top(), inner.width(), lh);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        drawElided(painter, line, text.title, rtl);
        painter->setFont(option.font);
        line.translate(0, lh);
        // The status: a coloured chip with the word in it.
        // The whole word always shows; the kind beside it gives way when room is short.
        const int chipWidth =
            std::min(option.fontMetrics.horizontalAdvance(text.status) + 12, line.width());
        const QRect chip = leadingPart(line, chipWidth, rtl).adjusted(0, 1, 0, -1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(text.statusColour);
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter, text.status);
        painter->setPen(pal.color(QPalette::Text));
        drawElided(painter, afterLeading(line, chipWidth + padding, rtl), text.kind, rtl);
        for (const QString& more : {text.channel, text.dates, text.budget}) {
            line.translate(0, lh);
            drawElided(painter, line, more, rtl);
        }
    }
    painter->restore();
}

RaceBoardView::RaceBoardView(QWidget* parent)
    : QTableView(parent), m_delegate(new RaceBoardDelegate(this))
{
    setItemDelegate(m_delegate);
    setVerticalHeader(new RaceBoardRowHeader(this));
    // The current cell and card are the selection (drawn by the delegate), so the style never
    // floods a cell with the highlight colour.
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    setWordWrap(false);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
    // A click on a stage's header edits the stage's texts rather than selecting the column.
    disconnect(horizontalHeader(), SIGNAL(sectionPressed(int)), this, SLOT(selectColumn(int)));
    disconnect(horizontalHeader(), SIGNAL(sectionEntered(int)), this, SLOT(_q_selectColumn(int)));
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 27);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this,
            &RaceBoardView::stageHeaderClicked);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    // A long persona name wraps over the row's lines (every row is at least a card high).
    verticalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter) |
                                          Qt::Alignment(Qt::TextWordWrap));
}

RaceBoardModel* RaceBoardView::boardModel() const
{
    return qobject_cast<RaceBoardModel*>(model());
}

int RaceBoardView::lineHeight() const
{
    return fontMetrics().lineSpacing();
}

void RaceBoardView::fitRows()
{
    const RaceBoardModel* m = boardModel();
    if (!m)
        return;
    const int lh = lineHeight();
    verticalHeader()->setDefaultSectionSize(RaceBoardDelegate::cellHeight(1, lh));
    for (int r = 0; r < m->rowCount(); ++r) {
        std::size_t most = 0;
        for (int c = 0; c < m->columnCount(); ++c)
            most = std::max(most, m->cards(m->index(r, c)).size());
        if (most > 1)
            verticalHeader()->resizeSection(
                r, RaceBoardDelegate::cellHeight(static_cast<int>(most), lh));
    }
}

int RaceBoardView::currentCard() const
{
    return m_card;
}

void RaceBoardView::setCurrent(const QModelIndex& index, int card)
{
    if (index != currentIndex())
        setCurrentIndex(index);
    const int count = boardModel() ? static_cast<int>(boardModel()->cards(index).size()) : 0;
    m_card = count == 0 ? -1 : std::clamp(card, 0, count - 1);
    updateCard();
}

int RaceBoardView::cardAt(const QPoint& pos, QModelIndex* index) const
{
    const QModelIndex at = indexAt(pos);
    if (index)
        *index = at;
    if (!at.isValid() || !boardModel())
        return -1;
    const QRect cell = visualRect(at);
    const int count = static_cast<int>(boardModel()->cards(at).size());
    for (int i = 0; i < count; ++i)
        if (RaceBoardDelegate::cardRect(cell, i, lineHeight()).contains(pos))
            return i;
    return -1;
}

void RaceBoardView::updateCard()
{
    m_delegate->setCurrentCard(currentIndex(), m_card);
    viewport()->update();
}

void RaceBoardView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    m_card = boardModel() && !boardModel()->cards(current).empty() ? 0 : -1;
    updateCard();
}

void RaceBoardView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    const int count = boardModel() ? static_cast<int>(boardModel()->cards(current).size()) : 0;
    switch (event->key()) {
    case Qt::Key_Up:
        if (event->modifiers() == Qt::NoModifier && m_card > 0) {
            --m_card;
            updateCard();
            return;
        }
        QTableView::keyPressEvent(event);
        if (currentIndex() != current && boardModel())
            setCurrent(currentIndex(),
                       static_cast<int>(boardModel()->cards(currentIndex()).size()) - 1);
        return;
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier && m_card + 1 < count) {
            ++m_card;
            updateCard();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current.isValid()) {
            if (m_card >= 0)
                Q_EMIT editRequested(current, m_card);
            else
                Q_EMIT addRequested(current);
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (current.isValid() && m_card >= 0) {
            Q_EMIT deleteRequested(current, m_card);
            return;
        }
        break;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

void RaceBoardView::mousePressEvent(QMouseEvent* event)
{
    QTableView::mousePressEvent(event);
    QModelIndex index;
    const int card = cardAt(event->position().toPoint(), &index);
    m_pressPos = event->position().toPoint();
    m_pressIndex = index;
    m_pressCard = event->button() == Qt::LeftButton ? card : -1;
    if (index.isValid())
        setCurrent(index, card);
}

void RaceBoardView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton) || m_pressCard < 0 || !m_pressIndex.isValid() ||
        !boardModel()) {
        QTableView::mouseMoveEvent(event);
        return;
    }
    if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const auto& cards = boardModel()->cards(m_pressIndex);
    if (m_pressCard >= static_cast<int>(cards.size()))
        return;
    const BoardCard card = cards[static_cast<std::size_t>(m_pressCard)];
    const QString key =
        (card.kind == BoardCard::Kind::Tactic ? QStringLiteral("t:") : QStringLiteral("c:")) +
        boardModel()->cardId(card);
    const QRect rect =
        RaceBoardDelegate::cardRect(visualRect(m_pressIndex), m_pressCard, lineHeight());
    m_pressCard = -1;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), key.toUtf8());
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(viewport()->grab(rect));
    drag->setHotSpot(pos - rect.topLeft());
    drag->exec(Qt::MoveAction);
}

void RaceBoardView::mouseDoubleClickEvent(QMouseEvent* event)
{
    QModelIndex index;
    const int card = cardAt(event->position().toPoint(), &index);
    if (!index.isValid() || event->button() != Qt::LeftButton) {
        QTableView::mouseDoubleClickEvent(event);
        return;
    }
    if (card >= 0)
        Q_EMIT editRequested(index, card);
    else
        Q_EMIT addRequested(index);
}

void RaceBoardView::contextMenuEvent(QContextMenuEvent* event)
{
    QModelIndex index = currentIndex();
    int card = m_card;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        // A mouse's menu event comes through the viewport, in its coordinates.
        card = cardAt(event->pos(), &index);
        if (index.isValid())
            setCurrent(index, card);
    } else if (index.isValid()) {
        const QRect cell = visualRect(index);
        const QRect at = card >= 0 ? RaceBoardDelegate::cardRect(cell, card, lineHeight()) : cell;
        global = viewport()->mapToGlobal(at.center());
    }
    if (index.isValid())
        Q_EMIT menuRequested(index, card, global);
}

void RaceBoardView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RaceBoardView::dragMoveEvent(QDragMoveEvent* event)
{
    const QModelIndex target = indexAt(event->position().toPoint());
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType)) && target.isValid() &&
        boardModel() && !boardModel()->isOrphanRow(target.row()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RaceBoardView::dropEvent(QDropEvent* event)
{
    const QModelIndex target = indexAt(event->position().toPoint());
    if (!event->mimeData()->hasFormat(QString::fromLatin1(mimeType)) || !target.isValid()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT cardDropped(QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(mimeType))),
                       target);
}

} // namespace b2x
