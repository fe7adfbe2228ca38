// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelCommands.h"

#include "WorkspaceDocument.h"

namespace b2x {

CustomChannelsCommand::CustomChannelsCommand(WorkspaceDocument* doc, std::vector<Channel> before,
                                             std::vector<Channel> after,
                                             std::vector<PersonaChannelUses> personas,
                                             const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc), m_before(std::move(before)),
      m_after(std::move(after)), m_personas(std::move(personas))
{
}

void CustomChannelsCommand::undo()
{
    // The channel first, so that a persona listing it again is analysed with it.
    m_doc->applyCustomChannels(m_before);
    for (const auto& p : m_personas)
        m_doc->applyPersonaChannels(p.personaId, p.before);
}

void CustomChannelsCommand::redo()
{
    for (const auto& p : m_personas)
        m_doc->applyPersonaChannels(p.personaId, p.after);
    m_doc->applyCustomChannels(m_after);
}

} // namespace b2x
