// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RaceBoardModel.h"

#include <QWidget>
#include <functional>

class QDialog;
class QPushButton;

namespace b2x {

class RaceBoardView;
class WorkspaceDocument;

/// The plan's RACE board (Smart Insights' RACE framework): the five stages as columns, the
/// personas as rows, each cell's tactics and content items as cards, empty cells the plan counts
/// as gaps marked. Cards are added, edited, moved (dragged between cells, or "Move to stage" in
/// the context menu) and deleted here, each as one undo step (WorkspaceDocument::editPlan); the
/// stage texts (opportunity, strategy, actions) are edited from the column headers. The board is
/// one painted table, so a thousand personas cost no widgets; a hidden board catches up when
/// shown.
class RaceBoard : public QWidget {
    Q_OBJECT

public:
    explicit RaceBoard(WorkspaceDocument* document, QWidget* parent = nullptr);

    RaceBoardModel* model() const { return m_model; }
    RaceBoardView* view() const { return m_view; }
    /// How dialogs run: exec() unless a test answers them.
    void setDialogRunner(std::function<bool(QDialog&)> runner);

    // What the board's gestures do; each is one undo step, nothing when nothing changes.
    /// Opens the tactic (content item) dialog for a new card in a cell; true when one was added.
    bool addTacticAt(const QModelIndex& cell);
    bool addContentAt(const QModelIndex& cell);
    /// Opens the card's dialog; true when it changed.
    bool editCard(const QModelIndex& cell, int position);
    void deleteCard(const QModelIndex& cell, int position);
    /// Moves a card ("t:<id>" for a tactic, "c:<id>" for a content item, what a drag carries) to
    /// a persona's cell: the drop, and "Move to stage" in the context menu.
    bool moveCard(const QString& card, const QModelIndex& target);
    /// Opens the stage's dialog (opportunity, strategy, actions); true when they changed.
    bool editStage(RaceStage stage);
    /// Makes a card current and scrolls to it (a check about it was activated); false when the
    /// plan has no such card.
    bool selectCard(BoardCard::Kind kind, const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void documentChanged();
    /// One persona's own fields changed (no card, row or gap can have moved by it alone).
    void personaEdited(const QString& personaId);
    void refresh();
    void showMenu(const QModelIndex& cell, int position, const QPoint& globalPos);
    bool runDialog(QDialog& dialog);
    QString newId(const char* prefix) const;
    QString cardKey(const QModelIndex& cell, int position) const;

    WorkspaceDocument* m_document;
    RaceBoardModel* m_model;
    RaceBoardView* m_view;
    QPushButton* m_addTactic;
    QPushButton* m_addContent;
    QPushButton* m_editStage;
    std::function<bool(QDialog&)> m_runDialog;
    bool m_stale = true;
    /// While stale: the one persona whose own edit is all that changed, else empty.
    QString m_onlyPersonaEdited;
    bool m_rowsFitted = false; ///< the rows have their heights for the current cards
};

} // namespace b2x
