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

/// Version 3 added a channel's response curve and spending bounds ("response", "bounds"), an
/// evidence item's "rangePercent" and a persona's "importMapping". Version-2 builds ignored unknown
/// keys, so in a version-2 file these keys meant nothing: they are removed, never interpreted.
/// Whatever the keys' surroundings hold is left for the reader to judge.
void dropVersionThreeKeys(nlohmann::json& document)
{
    if (!document.is_object())
        throw std::invalid_argument("not an object");
    const auto personas = document.find("personas");
    if (personas == document.end() || !personas->is_array())
        return;
    for (auto& persona : *personas) {
        if (!persona.is_object())
            continue;
        persona.erase("importMapping");
        if (const auto channels = persona.find("channels");
            channels != persona.end() && channels->is_array())
            for (auto& use : *channels)
                if (use.is_object()) {
                    use.erase("response");
                    use.erase("bounds");
                }
        if (const auto evidence = persona.find("evidence");
            evidence != persona.end() && evidence->is_object())
            for (auto& item : *evidence)
                if (item.is_object())
                    item.erase("rangePercent");
    }
}

constexpr std::array<MigrationStep, 2> shippedSteps{{
    {1, "version 2 added the plan: a version-1 workspace gets an empty one", addEmptyPlan},
    {2,
     "version 3 added response curves, spending bounds, evidence ranges and import mappings: "
     "those keys in a version-2 file meant nothing and are removed",
     dropVersionThreeKeys},
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
