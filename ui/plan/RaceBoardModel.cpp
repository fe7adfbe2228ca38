// SPDX-License-Identifier: GPL-3.0-or-later
#include "RaceBoardModel.h"

#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"
#include "plan/PlanChecks.h"

#include <QIcon>
#include <QPixmap>
#include <QStringList>

namespace b2x {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

const std::vector<BoardCard> noCards;

} // namespace

RaceBoardModel::RaceBoardModel(const WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document),
      m_catalogue(document->workspace().catalogue())
{
    rebuild();
}

const Plan& RaceBoardModel::plan() const
{
    return m_document->workspace().plan;
}

bool RaceBoardModel::rebuild(const QString& editedPersonaId)
{
    const Workspace& ws = m_document->workspace();
    // A persona's own edit moves no card, row or gap (they follow the plan and which personas
    // there are), so nothing is read again: walking every persona and card on each keystroke only
    // to find them where they were cost more than the repaint.
    if (!editedPersonaId.isEmpty() && showOnlyEdit(editedPersonaId.toStdString()))
        return false;
    std::vector<std::string> personaIds;
    std::unordered_map<std::string, int> rowOf;
    personaIds.reserve(ws.personas.size() + 1);
    for (const Persona& p : ws.personas) {
        rowOf.emplace(p.id, static_cast<int>(personaIds.size()));
        personaIds.push_back(p.id);
    }
    bool hasOrphans = false;
    const auto rowFor = [&](const std::string& personaId) {
        const auto it = rowOf.find(personaId);
        if (it != rowOf.end())
            return it->second;
        hasOrphans = true;
        return static_cast<int>(ws.personas.size());
    };
    std::vector<std::vector<BoardCard>> cells((ws.personas.size() + 1) * raceStageCount);
    const Plan& p = ws.plan;
    for (std::size_t i = 0; i < p.tactics.size(); ++i) {
        const int row = rowFor(p.tactics[i].personaId);
        cells[static_cast<std::size_t>(row) * raceStageCount +
              static_cast<std::size_t>(p.tactics[i].stage)]
            .push_back({BoardCard::Kind::Tactic, i});
    }
    for (std::size_t i = 0; i < p.content.size(); ++i) {
        const int row = rowFor(p.content[i].personaId);
        cells[static_cast<std::size_t>(row) * raceStageCount +
              static_cast<std::size_t>(p.content[i].stage)]
            .push_back({BoardCard::Kind::Content, i});
    }
    if (hasOrphans)
        personaIds.emplace_back();
    else
        cells.resize(ws.personas.size() * raceStageCount);
    std::set<std::pair<std::string, RaceStage>> gaps;
    for (const plan::ContentGap& gap : plan::findContentGaps(ws))
        gaps.emplace(gap.personaId, gap.stage);

    m_catalogue = ws.catalogue();
    // Most changes (a persona's figures, a card's text) leave every card where it was: the cells
    // are repainted and the view keeps its rows' heights, selection and scroll position. Only
    // cards or rows that moved reset the model.
    if (personaIds == m_personaIds && cells == m_cells && gaps == m_gaps &&
        hasOrphans == m_hasOrphans) {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
        return false;
    }
    beginResetModel();
    m_personaIds = std::move(personaIds);
    m_rowOf = std::move(rowOf);
    m_cells = std::move(cells);
    m_gaps = std::move(gaps);
    m_hasOrphans = hasOrphans;
    endResetModel();
    return true;
}

bool RaceBoardModel::showOnlyEdit(const std::string& personaId)
{
    const auto& personas = m_document->workspace().personas;
    const auto edited = m_rowOf.find(personaId);
    // The board must hold the workspace's personas as they are (the edit kept the id).
    if (edited == m_rowOf.end() || personas.size() + (m_hasOrphans ? 1 : 0) != m_personaIds.size())
        return false;
    const int row = edited->second;
    if (static_cast<std::size_t>(row) >= personas.size() ||
        personas[static_cast<std::size_t>(row)].id != personaId)
        return false;
    // A persona's own edit shows only in its row (its header and any figure of it a card shows):
    // repainting every visible cell shaped every card's text again on each keystroke.
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    return true;
}

int RaceBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_personaIds.size());
}

int RaceBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(raceStageCount);
}

QString RaceBoardModel::personaIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return qs(m_personaIds[static_cast<std::size_t>(row)]);
}

bool RaceBoardModel::isOrphanRow(int row) const
{
    return m_hasOrphans && row == rowCount() - 1;
}

int RaceBoardModel::rowOf(const QString& personaId) const
{
    const auto it = m_rowOf.find(personaId.toStdString());
    return it == m_rowOf.end() ? -1 : it->second;
}

const std::vector<BoardCard>& RaceBoardModel::cards(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return noCards;
    const auto at = static_cast<std::size_t>(index.row()) * raceStageCount +
                    static_cast<std::size_t>(index.column());
    return at < m_cells.size() ? m_cells[at] : noCards;
}

bool RaceBoardModel::isGap(const QModelIndex& index) const
{
    if (!index.isValid() || isOrphanRow(index.row()) || !cards(index).empty())
        return false;
    return m_gaps.contains({m_personaIds[static_cast<std::size_t>(index.row())],
                            static_cast<RaceStage>(index.column())});
}

QModelIndex RaceBoardModel::indexOfCard(BoardCard::Kind kind, const QString& id,
                                        int* position) const
{
    const std::string key = id.toStdString();
    for (std::size_t at = 0; at < m_cells.size(); ++at) {
        const auto& cell = m_cells[at];
        for (std::size_t i = 0; i < cell.size(); ++i) {
            if (cell[i].kind != kind || cardId(cell[i]).toStdString() != key)
                continue;
            if (position)
                *position = static_cast<int>(i);
            return index(static_cast<int>(at / raceStageCount),
                         static_cast<int>(at % raceStageCount));
        }
    }
    return {};
}

QString RaceBoardModel::cardId(const BoardCard& card) const
{
    const Plan& p = plan();
    if (card.kind == BoardCard::Kind::Tactic)
        return card.index < p.tactics.size() ? qs(p.tactics[card.index].id) : QString();
    return card.index < p.content.size() ? qs(p.content[card.index].id) : QString();
}

QString RaceBoardModel::channelName(const std::string& id) const
{
    if (id.empty())
        return tr("No channel");
    if (const Channel* c = m_catalogue.find(id))
        return c->isCustom() ? qs(c->name) : channelDisplayName(*c);
    return tr("%1 (not in this version's catalogue)").arg(qs(id));
}

BoardCardText RaceBoardModel::cardText(const BoardCard& card) const
{
    BoardCardText text;
    const Plan& p = plan();
    const QString currency = qs(m_document->workspace().currency);
    const auto date = [](const std::string& d) {
        return d.empty() ? tr("not set", "a date") : qs(d);
    };
    if (card.kind == BoardCard::Kind::Tactic && card.index < p.tactics.size()) {
        const Tactic& t = p.tactics[card.index];
        text.title = qs(t.name);
        text.kind = tr("Tactic");
        text.status = tacticStatusName(t.status);
        text.statusColour = tacticStatusColour(t.status);
        text.channel = channelName(t.channelId);
        text.dates =
            t.start.empty() && t.end.empty()
                ? tr("No dates")
                : tr("%1 to %2", "a tactic's start and end").arg(date(t.start), date(t.end));
        text.budget = t.actualBudget
                          ? tr("%1 planned, %2 spent")
                                .arg(Formatting::money(t.plannedBudget, currency),
                                     Formatting::money(*t.actualBudget, currency))
                          : tr("%1 planned").arg(Formatting::money(t.plannedBudget, currency));
    } else if (card.kind == BoardCard::Kind::Content && card.index < p.content.size()) {
        const ContentItem& c = p.content[card.index];
        text.title = qs(c.title);
        text.kind = c.format.empty()
                        ? tr("Content")
                        : tr("Content · %1", "content item and its format").arg(qs(c.format));
        text.status = contentStatusName(c.status);
        text.statusColour = contentStatusColour(c.status);
        text.channel = channelName(c.channelId);
        text.dates = c.publishDate.empty() ? tr("No publish date")
                                           : tr("Publishes %1").arg(qs(c.publishDate));
    }
    return text;
}

QString RaceBoardModel::cardDescription(const BoardCard& card) const
{
    const BoardCardText t = cardText(card);
    QStringList parts{t.kind, t.title, tr("status %1").arg(t.status), t.channel, t.dates};
    if (!t.budget.isEmpty())
        parts << t.budget;
    return parts.join(QStringLiteral("; "));
}

QVariant RaceBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto& list = cards(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const QString where =
            tr("%1, %2", "board cell: persona, RACE stage")
                .arg(headerData(index.row(), Qt::Vertical, Qt::DisplayRole).toString(),
                     stageName(static_cast<RaceStage>(index.column())));
        if (list.empty())
            return isGap(index)
                       ? tr("%1: gap, no tactic and no content item for this stage").arg(where)
                       : tr("%1: no tactic and no content item").arg(where);
        QStringList lines{tr("%1: %n card(s)", nullptr, static_cast<int>(list.size())).arg(where)};
        for (const BoardCard& card : list)
            lines << cardDescription(card);
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(". "));
    }
    case Qt::AccessibleDescriptionRole:
        return tr("Enter edits the selected card or adds a tactic, Delete deletes it, the menu "
                  "key lists the other actions.");
    case GapRole:
        return isGap(index);
    case CardCountRole:
        return static_cast<int>(list.size());
    default:
        return {};
    }
}

QVariant RaceBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const auto stage = static_cast<RaceStage>(section);
        if (role == Qt::DisplayRole)
            return stageName(stage);
        if (role == Qt::ToolTipRole) {
            const RaceStagePlan& s = plan().stages[static_cast<std::size_t>(section)];
            QStringList lines{stageDescription(stage)};
            if (s == RaceStagePlan{})
                lines << tr("No opportunity, strategy or actions written yet.");
            if (!s.opportunity.empty())
                lines << tr("Opportunity: %1").arg(qs(s.opportunity));
            if (!s.strategy.empty())
                lines << tr("Strategy: %1").arg(qs(s.strategy));
            if (!s.actions.empty())
                lines << tr("Actions: %1").arg(qs(s.actions));
            lines << tr("Click to edit the stage's opportunity, strategy and actions.");
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (isOrphanRow(section)) {
        if (role == Qt::DisplayRole)
            return tr("Persona no longer in the workspace");
        if (role == Qt::ToolTipRole)
            return tr("Tactics and content items whose persona was deleted. Edit one to give it "
                      "a persona, or drag it to a persona's row.");
        return {};
    }
    // Rows follow the workspace's order: the persona of a row is found without a search.
    const auto& personas = m_document->workspace().personas;
    const auto at = static_cast<std::size_t>(section);
    if (at >= personas.size() || personas[at].id != m_personaIds[at])
        return {};
    const Persona* persona = &personas[at];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return qs(persona->name);
    if (role == PersonaColourRole)
        return QColor(qs(persona->colour));
    if (role == Qt::DecorationRole) {
        QPixmap swatch(10, 10);
        swatch.fill(QColor(qs(persona->colour)));
        return QIcon(swatch);
    }
    return {};
}

QString RaceBoardModel::stageName(RaceStage stage)
{
    switch (stage) {
    case RaceStage::Plan:
        return tr("Plan", "RACE stage");
    case RaceStage::Reach:
        return tr("Reach", "RACE stage");
    case RaceStage::Act:
        return tr("Act", "RACE stage");
    case RaceStage::Convert:
        return tr("Convert", "RACE stage");
    case RaceStage::Engage:
        return tr("Engage", "RACE stage");
    }
    return {};
}

QString RaceBoardModel::stageDescription(RaceStage stage)
{
    switch (stage) {
    case RaceStage::Plan:
        return tr("Plan: the strategy, objectives and resources of the period.");
    case RaceStage::Reach:
        return tr("Reach: build awareness and bring visitors from other sites and media.");
    case RaceStage::Act:
        return tr("Act: get interactions and leads (subscriptions, downloads, trials).");
    case RaceStage::Convert:
        return tr("Convert: turn leads into customers and sales.");
    case RaceStage::Engage:
        return tr("Engage: keep customers, bring repeat purchases and referrals.");
    }
    return {};
}

QString RaceBoardModel::tacticStatusName(TacticStatus status)
{
    switch (status) {
    case TacticStatus::Planned:
        return tr("Planned", "tactic status");
    case TacticStatus::Running:
        return tr("Running", "tactic status");
    case TacticStatus::Done:
        return tr("Done", "tactic status");
    case TacticStatus::Stopped:
        return tr("Stopped", "tactic status");
    }
    return {};
}

QString RaceBoardModel::contentStatusName(ContentStatus status)
{
    switch (status) {
    case ContentStatus::Idea:
        return tr("Idea", "content status");
    case ContentStatus::Draft:
        return tr("Draft", "content status");
    case ContentStatus::Review:
        return tr("Review", "content status");
    case ContentStatus::Live:
        return tr("Live", "content status");
    }
    return {};
}

// Dark enough for white text (at least 4.5:1); the word is always shown beside the colour.
QColor RaceBoardModel::tacticStatusColour(TacticStatus status)
{
    switch (status) {
    case TacticStatus::Planned:
        return QColor(0x4a, 0x5a, 0x6a);
    case TacticStatus::Running:
        return QColor(0x1e, 0x73, 0x37);
    case TacticStatus::Done:
        return QColor(0x2a, 0x55, 0x9a);
    case TacticStatus::Stopped:
        return QColor(0xa8, 0x32, 0x28);
    }
    return {};
}

QColor RaceBoardModel::contentStatusColour(ContentStatus status)
{
    switch (status) {
    case ContentStatus::Idea:
        return QColor(0x5f, 0x5f, 0x5f);
    case ContentStatus::Draft:
        return QColor(0x8a, 0x4b, 0x00);
    case ContentStatus::Review:
        return QColor(0x63, 0x3a, 0x90);
    case ContentStatus::Live:
        return QColor(0x1e, 0x73, 0x37);
    }
    return {};
}

} // namespace b2x
