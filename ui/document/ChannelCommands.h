// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QUndoCommand>
#include <string>
#include <utility>
#include <vector>

namespace b2x {

class WorkspaceDocument;

/// The channels some personas list, before and after a change (deleting a custom channel that
/// personas use removes it from them in the same step).
struct PersonaChannelUses {
    std::string personaId;
    std::vector<ChannelUse> before;
    std::vector<ChannelUse> after;
};

/// Replaces the workspace's own channels (added, edited or deleted) and, with a deletion, the
/// channel lists of the personas that used the deleted one: one undo step.
class CustomChannelsCommand : public QUndoCommand {
public:
    CustomChannelsCommand(WorkspaceDocument* doc, std::vector<Channel> before,
                          std::vector<Channel> after, std::vector<PersonaChannelUses> personas,
                          const QString& text, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_doc;
    std::vector<Channel> m_before;
    std::vector<Channel> m_after;
    std::vector<PersonaChannelUses> m_personas;
};

} // namespace b2x
