// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotTargets.h"

#include "WorkspaceDocument.h"

namespace b2x {

void PersonaTarget::apply(WorkspaceDocument& doc, const Persona& persona) const
{
    doc.applyPersona(doc.indexOf(QString::fromStdString(personaId)), persona);
}

void WorkspaceInfoTarget::apply(WorkspaceDocument& doc, const WorkspaceInfo& info) const
{
    doc.applyWorkspaceInfo(info.name, info.currency, info.description);
}

void ReportSettingsTarget::apply(WorkspaceDocument& doc, const ReportSettings& report) const
{
    doc.applyReportSettings(report);
}

void WholeWorkspaceTarget::apply(WorkspaceDocument& doc, const Workspace& workspace) const
{
    doc.applyWorkspace(workspace);
}

void PlanTarget::apply(WorkspaceDocument& doc, const Plan& plan) const
{
    doc.applyPlan(plan);
}

} // namespace b2x
