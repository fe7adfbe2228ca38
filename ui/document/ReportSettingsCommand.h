// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportSettings.h"

#include <QUndoCommand>

namespace b2x {

class WorkspaceDocument;

/// Replaces the workspace's report settings (cover texts and recommendations) by an edited copy:
/// whatever the export dialog or the details dialog changed at once is one undo step.
class ReportSettingsCommand : public QUndoCommand {
public:
    ReportSettingsCommand(WorkspaceDocument* doc, ReportSettings before, ReportSettings after,
                          const QString& text, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_doc;
    ReportSettings m_before;
    ReportSettings m_after;
};

} // namespace b2x
