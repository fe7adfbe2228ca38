// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceCommands.h"

#include "WorkspaceDocument.h"

namespace b2x {

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

} // namespace b2x
