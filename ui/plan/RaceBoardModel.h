// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChannelCatalogue.h"
#include "model/Plan.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QString>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace b2x {

class WorkspaceDocument;

/// A card of the RACE board: a tactic or a content item, by its place in the plan's list.
struct BoardCard {
    enum class Kind { Tactic, Content };
    Kind kind = Kind::Tactic;
    std::size_t index = 0; ///< in plan.tactics or plan.content

    bool operator==(const BoardCard&) const = default;
};

/// What a card shows, in words (the delegate paints it, the tooltips and screen readers read it).
struct BoardCardText {
    QString title;
    QString kind;   ///< "Tactic", or "Content · whitepaper"
    QString status; ///< the status in a word
    QColor statusColour;
    QString channel;
    QString dates;
    QString budget; ///< tactics only
};

/// The RACE board as a table: one row per persona of the workspace (in list order), one column
/// per RACE stage (Plan, Reach, Act, Convert, Engage), and in each cell the tactics and content
/// items of that persona and stage. Tactics and content of a persona the workspace no longer holds
/// stay visible in a last row ("Persona no longer in the workspace"); they are never dropped.
/// A cell without tactic or content that the plan's checks count as a gap (plan::ContentGap) is
/// marked as one.
class RaceBoardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        GapRole = Qt::UserRole + 1, ///< bool: the cell is a content gap
        CardCountRole,              ///< int
        PersonaColourRole,          ///< a row header's QColor: the persona's colour
    };

    explicit RaceBoardModel(const WorkspaceDocument* document, QObject* parent = nullptr);

    /// Reads the plan again; returns whether the model was reset (cards or rows moved) rather
    /// than only repainted. `editedPersonaId`, when given, says the only change was that
    /// persona's own fields (no card, row or gap can have moved by it): nothing is read again and
    /// only its row is repainted.
    bool rebuild(const QString& editedPersonaId = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The persona of a row; empty for the row of cards whose persona no longer exists.
    QString personaIdAt(int row) const;
    bool isOrphanRow(int row) const;
    /// The row of a persona, -1 when it is not on the board.
    int rowOf(const QString& personaId) const;
    const std::vector<BoardCard>& cards(const QModelIndex& index) const;
    bool isGap(const QModelIndex& index) const;
    /// Where a card (by kind and id) sits on the board, and its position in its cell.
    QModelIndex indexOfCard(BoardCard::Kind kind, const QString& id, int* position = nullptr) const;
    BoardCardText cardText(const BoardCard& card) const;
    QString cardId(const BoardCard& card) const;
    /// The card in words, for tooltips and screen readers.
    QString cardDescription(const BoardCard& card) const;

    static QString stageName(RaceStage stage);
    static QString stageDescription(RaceStage stage);
    static QString tacticStatusName(TacticStatus status);
    static QString contentStatusName(ContentStatus status);
    static QColor tacticStatusColour(TacticStatus status);
    static QColor contentStatusColour(ContentStatus status);

private:
    const Plan& plan() const;
    QString channelName(const std::string& id) const;
    /// rebuild() for an edit of one persona's own fields: announces its row changed; false when
    /// the board does not hold the workspace's personas as they are (then it is rebuilt).
    bool showOnlyEdit(const std::string& personaId);

    const WorkspaceDocument* m_document;
    ChannelCatalogue m_catalogue;
    std::vector<std::string> m_personaIds; ///< the rows, then "" for the orphan row if needed
    std::unordered_map<std::string, int> m_rowOf;
    std::vector<std::vector<BoardCard>> m_cells; ///< row × raceStageCount + column
    std::set<std::pair<std::string, RaceStage>> m_gaps;
    bool m_hasOrphans = false;
};

} // namespace b2x
