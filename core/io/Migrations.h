// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>

namespace b2x {

/// The workspace format version this build writes. Independent of the application version.
inline constexpr int currentFormatVersion = 3;

/// One JSON → JSON step that upgrades a document from `fromVersion` to `fromVersion + 1`.
/// Steps run on the raw document before it is mapped to the model, so the mapping code only ever
/// knows the current format. Each step says why it exists.
struct MigrationStep {
    int fromVersion;
    const char* why;
    void (*apply)(nlohmann::json& document);
};

/// The shipped chain, ordered by fromVersion (docs/file-format.md, "Versions").
std::span<const MigrationStep> migrationSteps();

/// Runs the steps of `chain` needed to bring `document` from version `from` to `target`, updating
/// its "formatVersion". Returns an error message (and leaves the document in an unspecified state)
/// when the chain has a gap or a step throws on a document that lacks its version's layout.
std::optional<QString> migrate(nlohmann::json& document, int from, int target,
                               std::span<const MigrationStep> chain = migrationSteps());

} // namespace b2x
