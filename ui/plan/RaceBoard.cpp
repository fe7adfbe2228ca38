// SPDX-License-Identifier: GPL-3.0-or-later
#include "RaceBoard.h"

#include "ContentItemDialog.h"
#include "RaceBoardView.h"
#include "StagePlanDialog.h"
#include "TacticDialog.h"
#include "document/WorkspaceDocument.h"
#include "model/Limits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>

namespace b2x {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

template <typename T> T* findById(std::vector<T>& items, const std::string& id)
{
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename T> const T* findById(const std::vector<T>& items, const std::string& id)
{
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename T> void eraseById(std::vector<T>& items, const std::string& id)
{
    std::erase_if(items, [&](const T& t) { return t.id == id; });
}

} // namespace

RaceBoard::RaceBoard(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new RaceBoardModel(document, this)),
      m_view(new RaceBoardView(this))
{
    setObjectName(QStringLiteral("raceBoard"));
    m_addTactic = new QPushButton(tr("Add tactic…"), this);
    m_addTactic->setObjectName(QStringLiteral("boardAddTactic"));
    m_addTactic->setToolTip(tr("Add a tactic (campaign) in the selected cell: its persona and "
                               "stage."));
    m_addContent = new QPushButton(tr("Add content…"), this);
    m_addContent->setObjectName(QStringLiteral("boardAddContent"));
    m_addContent->setToolTip(tr("Add a content item in the selected cell: its persona and "
                                "stage."));
    m_editStage = new QPushButton(tr("Stage plan…"), this);
    m_editStage->setObjectName(QStringLiteral("boardEditStage"));
    m_editStage->setToolTip(tr("Write the opportunity, strategy and actions of the selected "
                               "cell's stage (or click a stage's header)."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addTactic);
    buttons->addWidget(m_addContent);
    buttons->addWidget(m_editStage);
    buttons->addStretch(1);

    m_view->setObjectName(QStringLiteral("raceBoardView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("RACE board"));
    m_view->setAccessibleDescription(
        tr("Rows are personas, columns the RACE stages Plan, Reach, Act, Convert and Engage; "
           "each cell lists its tactics and content items. Arrow keys move between cards and "
           "cells, Enter edits or adds, Delete deletes, the menu key lists the other actions."));
    m_view->setToolTip(tr("Double-click a card to edit it, empty space to add a tactic; drag a "
                          "card to another cell to move it."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    const auto current = [this] {
        const QModelIndex at = m_view->currentIndex();
        return at.isValid() ? at : m_model->index(0, static_cast<int>(RaceStage::Reach));
    };
    connect(m_addTactic, &QPushButton::clicked, this, [this, current] { addTacticAt(current()); });
    connect(m_addContent, &QPushButton::clicked, this,
            [this, current] { addContentAt(current()); });
    connect(m_editStage, &QPushButton::clicked, this, [this] {
        const QModelIndex at = m_view->currentIndex();
        editStage(static_cast<RaceStage>(at.isValid() ? at.column() : 0));
    });
    connect(m_view, &RaceBoardView::editRequested, this, &RaceBoard::editCard);
    connect(m_view, &RaceBoardView::addRequested, this, &RaceBoard::addTacticAt);
    connect(m_view, &RaceBoardView::deleteRequested, this, &RaceBoard::deleteCard);
    connect(m_view, &RaceBoardView::menuRequested, this, &RaceBoard::showMenu);
    connect(m_view, &RaceBoardView::cardDropped, this, &RaceBoard::moveCard);
    connect(m_view, &RaceBoardView::stageHeaderClicked, this,
            [this](int column) { editStage(static_cast<RaceStage>(column)); });

    for (auto signal :
         {&WorkspaceDocument::planChanged, &WorkspaceDocument::workspaceReset,
          &WorkspaceDocument::customChannelsChanged, &WorkspaceDocument::workspaceInfoChanged})
        connect(m_document, signal, this, &RaceBoard::documentChanged);
    connect(m_document, &WorkspaceDocument::personaChanged, this,
            [this](int, const QString& id) { personaEdited(id); });
    connect(m_document, &WorkspaceDocument::personaInserted, this, &RaceBoard::documentChanged);
    connect(m_document, &WorkspaceDocument::personaRemoved, this, &RaceBoard::documentChanged);
    connect(m_document, &WorkspaceDocument::personaMoved, this, &RaceBoard::documentChanged);
    // Filled when first shown (m_stale): a board behind another tab costs nothing.
}

void RaceBoard::setDialogRunner(std::function<bool(QDialog&)> runner)
{
    m_runDialog = std::move(runner);
}

bool RaceBoard::runDialog(QDialog& dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
}

bool RaceBoard::selectCard(BoardCard::Kind kind, const QString& id)
{
    if (m_stale)
        refresh();
    int position = -1;
    const QModelIndex index = m_model->indexOfCard(kind, id, &position);
    if (!index.isValid() || position < 0)
        return false;
    m_view->setCurrent(index, position);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void RaceBoard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void RaceBoard::documentChanged()
{
    // Rebuilding walks every persona and card: a hidden board waits until it is shown.
    m_stale = true;
    m_onlyPersonaEdited.clear();
    if (isVisible())
        refresh();
}

void RaceBoard::personaEdited(const QString& personaId)
{
    // The first change since the last refresh may be narrowed to its persona; any other one
    // (another persona, a plan edit) asks for the whole board.
    if (!m_stale)
        m_onlyPersonaEdited = personaId;
    else if (m_onlyPersonaEdited != personaId)
        m_onlyPersonaEdited.clear();
    m_stale = true;
    if (isVisible())
        refresh();
}

void RaceBoard::refresh()
{
    // The selection and the scroll position survive the rebuild: the same persona, stage and card.
    const QModelIndex was = m_view->currentIndex();
    const bool hadCurrent = was.isValid();
    const QString personaId = hadCurrent ? m_model->personaIdAt(was.row()) : QString();
    const bool wasOrphan = hadCurrent && m_model->isOrphanRow(was.row());
    const int column = hadCurrent ? was.column() : 0;
    const QString card = hadCurrent ? cardKey(was, m_view->currentCard()) : QString();
    const int cardPosition = m_view->currentCard();
    const int h = m_view->horizontalScrollBar()->value();
    const int v = m_view->verticalScrollBar()->value();
    const bool reset = m_model->rebuild(m_onlyPersonaEdited);
    m_stale = false;
    m_onlyPersonaEdited.clear();
    const bool hasPersonas = !m_document->workspace().personas.empty();
    m_addTactic->setEnabled(hasPersonas);
    m_addContent->setEnabled(hasPersonas);
    // Nothing moved (a persona's figures, a card's text): the model repainted its cells and the
    // view kept its rows' heights, selection and scroll position.
    if (!reset && m_rowsFitted)
        return;
    m_view->fitRows();
    m_rowsFitted = true;
    if (hadCurrent) {
        int row = wasOrphan ? m_model->rowCount() - 1 : m_model->rowOf(personaId);
        if (wasOrphan && !m_model->isOrphanRow(row))
            row = -1;
        if (row >= 0) {
            int position = cardPosition;
            const QModelIndex at = m_model->index(row, column);
            const auto& cards = m_model->cards(at);
            for (std::size_t i = 0; i < cards.size(); ++i)
                if (cardKey(at, static_cast<int>(i)) == card)
                    position = static_cast<int>(i);
            m_view->setCurrent(at, position);
        }
    }
    m_view->horizontalScrollBar()->setValue(h);
    m_view->verticalScrollBar()->setValue(v);
}

QString RaceBoard::cardKey(const QModelIndex& cell, int position) const
{
    const auto& cards = m_model->cards(cell);
    if (position < 0 || position >= static_cast<int>(cards.size()))
        return {};
    const BoardCard& card = cards[static_cast<std::size_t>(position)];
    return (card.kind == BoardCard::Kind::Tactic ? QStringLiteral("t:") : QStringLiteral("c:")) +
           m_model->cardId(card);
}

QString RaceBoard::newId(const char* prefix) const
{
    const Plan& p = m_document->workspace().plan;
    QSet<QString> taken;
    for (const Tactic& t : p.tactics)
        taken.insert(qs(t.id));
    for (const ContentItem& c : p.content)
        taken.insert(qs(c.id));
    for (std::size_t n = p.tactics.size() + p.content.size() + 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(n);
        if (!taken.contains(id))
            return id;
    }
}

bool RaceBoard::addTacticAt(const QModelIndex& cell)
{
    const Plan& plan = m_document->workspace().plan;
    if (!cell.isValid() || m_model->isOrphanRow(cell.row()) ||
        plan.tactics.size() >= limits::maxTactics)
        return false;
    Tactic tactic;
    tactic.id = newId("tactic").toStdString();
    tactic.personaId = m_model->personaIdAt(cell.row()).toStdString();
    tactic.stage = static_cast<RaceStage>(cell.column());
    TacticDialog dialog(m_document->workspace(), tactic, true, this);
    if (!runDialog(dialog))
        return false;
    const Tactic made = dialog.tactic();
    m_document->editPlan(QString(), tr("Add tactic “%1”").arg(qs(made.name)),
                         [&](Plan& p) { p.tactics.push_back(made); });
    int position = 0;
    const QModelIndex at = m_model->indexOfCard(BoardCard::Kind::Tactic, qs(made.id), &position);
    if (at.isValid())
        m_view->setCurrent(at, position);
    return true;
}

bool RaceBoard::addContentAt(const QModelIndex& cell)
{
    const Plan& plan = m_document->workspace().plan;
    if (!cell.isValid() || m_model->isOrphanRow(cell.row()) ||
        plan.content.size() >= limits::maxContentItems)
        return false;
    ContentItem item;
    item.id = newId("content").toStdString();
    item.personaId = m_model->personaIdAt(cell.row()).toStdString();
    item.stage = static_cast<RaceStage>(cell.column());
    ContentItemDialog dialog(m_document->workspace(), item, true, this);
    if (!runDialog(dialog))
        return false;
    const ContentItem made = dialog.item();
    m_document->editPlan(QString(), tr("Add content item “%1”").arg(qs(made.title)),
                         [&](Plan& p) { p.content.push_back(made); });
    int position = 0;
    const QModelIndex at = m_model->indexOfCard(BoardCard::Kind::Content, qs(made.id), &position);
    if (at.isValid())
        m_view->setCurrent(at, position);
    return true;
}

bool RaceBoard::editCard(const QModelIndex& cell, int position)
{
    const QString key = cardKey(cell, position);
    if (key.isEmpty())
        return false;
    const std::string id = key.mid(2).toStdString();
    const Plan& plan = m_document->workspace().plan;
    const Plan before = plan;
    if (key.startsWith(QLatin1String("t:"))) {
        const Tactic* tactic = findById(plan.tactics, id);
        if (!tactic)
            return false;
        TacticDialog dialog(m_document->workspace(), *tactic, false, this);
        if (!runDialog(dialog))
            return false;
        const Tactic edited = dialog.tactic();
        m_document->editPlan(QString(), tr("Edit tactic “%1”").arg(qs(edited.name)), [&](Plan& p) {
            if (Tactic* t = findById(p.tactics, id))
                *t = edited;
        });
    } else {
        const ContentItem* item = findById(plan.content, id);
        if (!item)
            return false;
        ContentItemDialog dialog(m_document->workspace(), *item, false, this);
        if (!runDialog(dialog))
            return false;
        const ContentItem edited = dialog.item();
        m_document->editPlan(QString(), tr("Edit content item “%1”").arg(qs(edited.title)),
                             [&](Plan& p) {
                                 if (ContentItem* c = findById(p.content, id))
                                     *c = edited;
                             });
    }
    // Edited to another persona or stage: the selection follows the card.
    int at = 0;
    const QModelIndex moved = m_model->indexOfCard(
        key.startsWith(QLatin1String("t:")) ? BoardCard::Kind::Tactic : BoardCard::Kind::Content,
        key.mid(2), &at);
    if (moved.isValid())
        m_view->setCurrent(moved, at);
    return m_document->workspace().plan != before;
}

void RaceBoard::deleteCard(const QModelIndex& cell, int position)
{
    const QString key = cardKey(cell, position);
    if (key.isEmpty())
        return;
    const std::string id = key.mid(2).toStdString();
    const Plan& plan = m_document->workspace().plan;
    if (key.startsWith(QLatin1String("t:"))) {
        if (const Tactic* t = findById(plan.tactics, id))
            m_document->editPlan(QString(), tr("Delete tactic “%1”").arg(qs(t->name)),
                                 [&](Plan& p) { eraseById(p.tactics, id); });
    } else if (const ContentItem* c = findById(plan.content, id)) {
        m_document->editPlan(QString(), tr("Delete content item “%1”").arg(qs(c->title)),
                             [&](Plan& p) { eraseById(p.content, id); });
    }
}

bool RaceBoard::moveCard(const QString& card, const QModelIndex& target)
{
    if (!target.isValid() || target.model() != m_model || m_model->isOrphanRow(target.row()) ||
        card.size() < 3)
        return false;
    const std::string id = card.mid(2).toStdString();
    const std::string personaId = m_model->personaIdAt(target.row()).toStdString();
    const auto stage = static_cast<RaceStage>(target.column());
    const QString where =
        tr("%1, %2", "board cell: persona, RACE stage")
            .arg(m_model->headerData(target.row(), Qt::Vertical, Qt::DisplayRole).toString(),
                 RaceBoardModel::stageName(stage));
    const Plan& plan = m_document->workspace().plan;
    const bool isTactic = card.startsWith(QLatin1String("t:"));
    if (isTactic) {
        const Tactic* t = findById(plan.tactics, id);
        if (!t || (t->personaId == personaId && t->stage == stage))
            return false;
        m_document->editPlan(QString(), tr("Move tactic “%1” to %2").arg(qs(t->name), where),
                             [&](Plan& p) {
                                 Tactic* m = findById(p.tactics, id);
                                 m->personaId = personaId;
                                 m->stage = stage;
                             });
    } else if (card.startsWith(QLatin1String("c:"))) {
        const ContentItem* c = findById(plan.content, id);
        if (!c || (c->personaId == personaId && c->stage == stage))
            return false;
        m_document->editPlan(QString(), tr("Move content item “%1” to %2").arg(qs(c->title), where),
                             [&](Plan& p) {
                                 ContentItem* m = findById(p.content, id);
                                 m->personaId = personaId;
                                 m->stage = stage;
                             });
    } else {
        return false;
    }
    int position = 0;
    const QModelIndex at = m_model->indexOfCard(
        isTactic ? BoardCard::Kind::Tactic : BoardCard::Kind::Content, card.mid(2), &position);
    if (at.isValid())
        m_view->setCurrent(at, position);
    return true;
}

bool RaceBoard::editStage(RaceStage stage)
{
    const auto i = static_cast<std::size_t>(stage);
    if (i >= raceStageCount)
        return false;
    StagePlanDialog dialog(stage, m_document->workspace().plan.stages[i], this);
    if (!runDialog(dialog))
        return false;
    const RaceStagePlan edited = dialog.stagePlan();
    if (edited == m_document->workspace().plan.stages[i])
        return false;
    m_document->editPlan(QString(),
                         tr("Edit the plan of the %1 stage").arg(RaceBoardModel::stageName(stage)),
                         [&](Plan& p) { p.stages[i] = edited; });
    return true;
}

void RaceBoard::showMenu(const QModelIndex& cell, int position, const QPoint& globalPos)
{
    if (!cell.isValid())
        return;
    QMenu menu(this);
    const QString key = cardKey(cell, position);
    QAction* edit = nullptr;
    QAction* remove = nullptr;
    std::vector<std::pair<QAction*, int>> moves;
    if (!key.isEmpty()) {
        edit = menu.addAction(tr("Edit…"));
        edit->setShortcut(Qt::Key_Return);
        remove = menu.addAction(tr("Delete"));
        remove->setShortcut(QKeySequence::Delete);
        if (!m_model->isOrphanRow(cell.row())) {
            QMenu* move = menu.addMenu(tr("Move to stage"));
            for (int c = 0; c < static_cast<int>(raceStageCount); ++c)
                if (c != cell.column())
                    moves.emplace_back(
                        move->addAction(RaceBoardModel::stageName(static_cast<RaceStage>(c))), c);
        }
        menu.addSeparator();
    }
    const bool canAdd = !m_model->isOrphanRow(cell.row());
    QAction* addTactic = menu.addAction(tr("Add tactic here…"));
    addTactic->setEnabled(canAdd);
    QAction* addContent = menu.addAction(tr("Add content item here…"));
    addContent->setEnabled(canAdd);
    menu.addSeparator();
    const auto stage = static_cast<RaceStage>(cell.column());
    QAction* stagePlan =
        menu.addAction(tr("Edit the %1 stage's plan…").arg(RaceBoardModel::stageName(stage)));
    QAction* chosen = menu.exec(globalPos);
    if (!chosen)
        return;
    if (chosen == edit)
        editCard(cell, position);
    else if (chosen == remove)
        deleteCard(cell, position);
    else if (chosen == addTactic)
        addTacticAt(cell);
    else if (chosen == addContent)
        addContentAt(cell);
    else if (chosen == stagePlan)
        editStage(stage);
    for (const auto& [action, column] : moves)
        if (chosen == action)
            moveCard(key, m_model->index(cell.row(), column));
}

} // namespace b2x
