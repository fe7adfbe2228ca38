// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChannelCatalogue.h"
#include "Persona.h"
#include "Plan.h"
#include "ReportSettings.h"

#include <string>
#include <vector>

namespace b2x {

/// How the charts compare audiences. Saved with the workspace but not part of the undoable
/// document: changing it never marks the workspace modified.
enum class CompareMode { Personas, GroupsByLabel, GroupsByBehaviour };

template <> struct EnumNames<CompareMode> {
    static constexpr auto names =
        std::to_array<std::string_view>({"personas", "groupsByLabel", "groupsByBehaviour"});
};

/// Which personas the group modes put into groups: every persona of the workspace, or only the
/// selected ones (comparedPersonaIds).
enum class GroupScope { All, Selected };

template <> struct EnumNames<GroupScope> {
    static constexpr auto names = std::to_array<std::string_view>({"all", "selected"});
};

struct ViewState {
    CompareMode compareMode = CompareMode::Personas;
    GroupScope groupScope = GroupScope::All;
    std::vector<std::string> comparedPersonaIds;

    bool operator==(const ViewState&) const = default;
};

/// A workspace: the unit a marketer opens and saves (one `.b2x` file).
struct Workspace {
    std::string name;
    std::string currency = "USD"; ///< ISO 4217 code
    std::string description;
    std::string createdAt; ///< ISO 8601 UTC, e.g. 2026-11-23T12:00:00Z
    std::string modifiedAt;
    std::vector<Persona> personas;
    /// The workspace's own channels (ids "custom-…"), next to the built-in catalogue.
    std::vector<Channel> channels;
    ViewState view;
    ReportSettings report;
    /// The marketing plan (format version 2): RACE stages, OKRs, tactics, content, targets.
    Plan plan;

    bool operator==(const Workspace&) const = default;

    const Persona* findPersona(std::string_view id) const;
    const Channel* findCustomChannel(std::string_view id) const;
    /// The built-in catalogue followed by this workspace's own channels.
    ChannelCatalogue catalogue() const;
};

} // namespace b2x
