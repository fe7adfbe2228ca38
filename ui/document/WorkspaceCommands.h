// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QUndoCommand>

namespace b2x {

class WorkspaceDocument;

/// Replaces one persona by an edited copy. One command type serves every form field: the
/// snapshot costs a few kilobytes and keeps undo exact whatever the field. Commands with the same
/// merge key (persona + field) merge, so typing in one field is one undo step.
class EditPersonaCommand : public QUndoCommand {
public:
    EditPersonaCommand(WorkspaceDocument* doc, Persona before, Persona after, const QString& field,
                       const QString& text);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

    /// True when an edit of `field` on this persona would merge into this command.
    bool mergesWith(const std::string& personaId, const QString& field) const
    {
        return m_after.id == personaId && m_field == field;
    }
    /// The persona before the first of the edits merged into this command.
    const Persona& before() const { return m_before; }

private:
    WorkspaceDocument* m_doc;
    Persona m_before;
    Persona m_after;
    QString m_field;
};

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

class EditWorkspaceInfoCommand : public QUndoCommand {
public:
    struct Info {
        std::string name, currency, description;
        bool operator==(const Info&) const = default;
    };
    EditWorkspaceInfoCommand(WorkspaceDocument* doc, Info before, Info after);
    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    WorkspaceDocument* m_doc;
    Info m_before;
    Info m_after;
};

class ReplaceWorkspaceCommand : public QUndoCommand {
public:
    ReplaceWorkspaceCommand(WorkspaceDocument* doc, Workspace before, Workspace after,
                            const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_doc;
    Workspace m_before;
    Workspace m_after;
};

} // namespace b2x
