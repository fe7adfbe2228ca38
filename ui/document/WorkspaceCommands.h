// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QUndoCommand>

namespace b2x {

class WorkspaceDocument;

/// The structural edits: a persona inserted, removed or moved. Edits that replace a value by an
/// edited copy are SnapshotCommands (SnapshotTargets.h).

class InsertPersonaCommand : public QUndoCommand {
public:
    InsertPersonaCommand(WorkspaceDocument* doc, int index, Persona persona, const QString& text,
                         QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_doc;
    int m_index;
    Persona m_persona;
    std::vector<std::size_t> m_comparedAt; ///< its places in the compared list when undone
};

class RemovePersonaCommand : public QUndoCommand {
public:
    RemovePersonaCommand(WorkspaceDocument* doc, int index, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_doc;
    int m_index;
    Persona m_persona;                     ///< the removed persona, kept by value for undo
    std::vector<std::size_t> m_comparedAt; ///< its places in the compared list, for undo
};

class MovePersonaCommand : public QUndoCommand {
public:
    MovePersonaCommand(WorkspaceDocument* doc, int from, int to);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_doc;
    int m_from;
    int m_to;
};

} // namespace b2x
