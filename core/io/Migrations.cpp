// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <exception>
#include <stdexcept>

namespace b2x {

namespace {

/// Version 2 added the plan (RACE stages, OKRs, tactics, content, targets per persona). A version-1
/// workspace had none: it gets an empty one. A "plan" key in a version-1 file meant nothing to the
/// builds that wrote it (they ignored unknown keys), so it is replaced, never interpreted.
void addEmptyPlan(nlohmann::json& document)
{
    if (!document.is_object())
        throw std::invalid_argument("not an object");
    document["plan"] = nlohmann::json::object();
}

constexpr std::array<MigrationStep, 1> shippedSteps{{
    {1, "version 2 added the plan: a version-1 workspace gets an empty one", addEmptyPlan},
}};

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    // Add steps here as {fromVersion, "why", function}; docs/file-format.md lists them and
    // tests/fixtures keeps one workspace of every historical version.
    return shippedSteps;
}

std::optional<QString> migrate(nlohmann::json& document, int from, int target,
                               std::span<const MigrationStep> chain)
{
    for (int version = from; version < target; ++version) {
        const auto step = std::find_if(chain.begin(), chain.end(), [&](const MigrationStep& s) {
            return s.fromVersion == version;
        });
        if (step == chain.end())
            return QCoreApplication::translate(
                       "b2x::Migrations",
                       "format version %1 cannot be upgraded: this version of B2X Workbench has "
                       "no conversion from it")
                .arg(version);
        // Steps run before validation, on whatever the file holds. A step that meets another
        // shape than its version had throws (json::at, get<>), and readBytes() must never throw.
        try {
            step->apply(document);
        } catch (const std::exception&) {
            return QCoreApplication::translate(
                       "b2x::Migrations",
                       "format version %1 cannot be upgraded: the file does not have the layout "
                       "of that version, so it is damaged")
                .arg(version);
        }
        document["formatVersion"] = version + 1;
    }
    return std::nullopt;
}

} // namespace b2x
