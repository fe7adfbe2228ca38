// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceCommands.h"

#include "WorkspaceDocument.h"

namespace b2x {

namespace {
int indexOf(WorkspaceDocument* doc, const std::string& id)
{
    return doc->indexOf(QString::fromStdString(id));
}
} // namespace

EditPersonaCommand::EditPersonaCommand(WorkspaceDocument* doc, Persona before, Persona after,
                                       const QString& field, const QString& text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)),
      m_field(field)
{
}

// Personas are found by id, not index, because moves in between would shift indices.
void EditPersonaCommand::undo()
{
    m_doc->applyPersona(indexOf(m_doc, m_before.id), m_before);
}

void EditPersonaCommand::redo()
{
    m_doc->applyPersona(indexOf(m_doc, m_after.id), m_after);
}

bool EditPersonaCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditPersonaCommand*>(other);
    if (o->m_field != m_field || o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    // Typing a value and then deleting it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

InsertPersonaCommand::InsertPersonaCommand(WorkspaceDocument* doc, int index, Persona persona,
                                           const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc), m_index(index), m_persona(std::move(persona))
{
}

void InsertPersonaCommand::undo()
{
    m_comparedAt = m_doc->applyRemove(m_index);
}

void InsertPersonaCommand::redo()
{
    m_doc->applyInsert(m_index, m_persona, m_comparedAt);
}

RemovePersonaCommand::RemovePersonaCommand(WorkspaceDocument* doc, int index, QUndoCommand* parent)
    : QUndoCommand(parent), m_doc(doc), m_index(index),
      m_persona(doc->workspace().personas.at(static_cast<std::size_t>(index)))
{
    setText(QObject::tr("Delete “%1”").arg(QString::fromStdString(m_persona.name)));
}

void RemovePersonaCommand::undo()
{
    m_doc->applyInsert(m_index, m_persona, m_comparedAt);
}

void RemovePersonaCommand::redo()
{
    m_comparedAt = m_doc->applyRemove(m_index);
}

MovePersonaCommand::MovePersonaCommand(WorkspaceDocument* doc, int from, int to)
    : QUndoCommand(QObject::tr("Reorder personas")), m_doc(doc), m_from(from), m_to(to)
{
}

void MovePersonaCommand::undo()
{
    m_doc->applyMove(m_to, m_from);
}

void MovePersonaCommand::redo()
{
    m_doc->applyMove(m_from, m_to);
}

EditWorkspaceInfoCommand::EditWorkspaceInfoCommand(WorkspaceDocument* doc, Info before, Info after)
    : QUndoCommand(QObject::tr("Edit workspace details")), m_doc(doc), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditWorkspaceInfoCommand::undo()
{
    m_doc->applyWorkspaceInfo(m_before.name, m_before.currency, m_before.description);
}

void EditWorkspaceInfoCommand::redo()
{
    m_doc->applyWorkspaceInfo(m_after.name, m_after.currency, m_after.description);
}

bool EditWorkspaceInfoCommand::mergeWith(const QUndoCommand* other)
{
    m_after = static_cast<const EditWorkspaceInfoCommand*>(other)->m_after;
    setObsolete(m_after == m_before);
    return true;
}

ReplaceWorkspaceCommand::ReplaceWorkspaceCommand(WorkspaceDocument* doc, Workspace before,
                                                 Workspace after, const QString& text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReplaceWorkspaceCommand::undo()
{
    m_doc->applyWorkspace(m_before);
}

void ReplaceWorkspaceCommand::redo()
{
    m_doc->applyWorkspace(m_after);
}

} // namespace b2x
