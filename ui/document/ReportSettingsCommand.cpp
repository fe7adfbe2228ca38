// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSettingsCommand.h"

#include "WorkspaceDocument.h"

namespace b2x {

ReportSettingsCommand::ReportSettingsCommand(WorkspaceDocument* doc, ReportSettings before,
                                             ReportSettings after, const QString& text,
                                             QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReportSettingsCommand::undo()
{
    m_doc->applyReportSettings(m_before);
}

void ReportSettingsCommand::redo()
{
    m_doc->applyReportSettings(m_after);
}

} // namespace b2x
