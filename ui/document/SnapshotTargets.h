// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SnapshotCommand.h"
#include "model/Workspace.h"

#include <string>

namespace b2x {

/// Where each kind of snapshot edit writes (see SnapshotCommand). The targets are the only code,
/// besides the structural commands, that may call WorkspaceDocument's apply functions.

/// One persona, found by id (moves in between shift indices, ids stay).
struct PersonaTarget {
    using Value = Persona;
    static constexpr int mergeId = 1;
    std::string personaId;
    void apply(WorkspaceDocument& doc, const Persona& persona) const;
    bool operator==(const PersonaTarget&) const = default;
};

/// The workspace's name, currency and description.
struct WorkspaceInfo {
    std::string name, currency, description;
    bool operator==(const WorkspaceInfo&) const = default;
};
struct WorkspaceInfoTarget {
    using Value = WorkspaceInfo;
    static constexpr int mergeId = 2;
    void apply(WorkspaceDocument& doc, const WorkspaceInfo& info) const;
    bool operator==(const WorkspaceInfoTarget&) const = default;
};

/// The report's cover texts and recommendations.
struct ReportSettingsTarget {
    using Value = ReportSettings;
    static constexpr int mergeId = 3;
    void apply(WorkspaceDocument& doc, const ReportSettings& report) const;
    bool operator==(const ReportSettingsTarget&) const = default;
};

/// Everything (restoring a recovery copy: undo returns to what is on disk).
struct WholeWorkspaceTarget {
    using Value = Workspace;
    static constexpr int mergeId = 4;
    void apply(WorkspaceDocument& doc, const Workspace& workspace) const;
    bool operator==(const WholeWorkspaceTarget&) const = default;
};

/// The marketing plan (period, RACE stages, targets, objectives, tactics, content): one value,
/// so every plan edit is exact to undo whatever it touched.
struct PlanTarget {
    using Value = Plan;
    static constexpr int mergeId = 5;
    void apply(WorkspaceDocument& doc, const Plan& plan) const;
    bool operator==(const PlanTarget&) const = default;
};

using EditPersonaCommand = SnapshotCommand<PersonaTarget>;
using EditWorkspaceInfoCommand = SnapshotCommand<WorkspaceInfoTarget>;
using ReportSettingsCommand = SnapshotCommand<ReportSettingsTarget>;
using ReplaceWorkspaceCommand = SnapshotCommand<WholeWorkspaceTarget>;
using EditPlanCommand = SnapshotCommand<PlanTarget>;

} // namespace b2x
