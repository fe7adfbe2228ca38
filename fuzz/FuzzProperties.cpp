// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzProperties.h"

#include "io/GuardedJsonParser.h"
#include "io/Migrations.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "model/Limits.h"

#include <array>
#include <exception>

namespace b2x::fuzz {

namespace {

using Json = nlohmann::json;

// A synthetic chain, v1 → v2 → v3. Written the way real steps naturally are (with at(), which
// throws when the document lacks the expected shape): steps run before validation, so they meet
// every hostile document the reader meets.

// v1 → v2: wrap the workspace name and each persona's notes in a one-element list.
void wrapValues(Json& doc)
{
    doc["name"] = Json::array({doc.at("name")});
    for (auto& persona : doc.at("personas"))
        if (persona.contains("notes"))
            persona["notes"] = Json::array({persona["notes"]});
}

// v2 → v3: the exact inverse, so v1 → v3 must leave the document's meaning unchanged.
void unwrapValues(Json& doc)
{
    doc["name"] = Json(doc.at("name").at(0));
    for (auto& persona : doc.at("personas"))
        if (persona.contains("notes"))
            persona["notes"] = Json(persona["notes"].at(0));
}

constexpr std::array<MigrationStep, 2> syntheticChain{{
    {2, "synthetic: unwrap", unwrapValues}, // out of order on purpose: lookup is by version
    {1, "synthetic: wrap", wrapValues},
}};

std::string describe(const LoadResult& r)
{
    return r.problemText().toStdString();
}

LoadResult read(std::string_view bytes, std::string& failure)
{
    try {
        return WorkspaceReader::readBytes(bytes);
    } catch (const std::exception& e) {
        failure = std::string("WorkspaceReader::readBytes threw: ") + e.what();
    } catch (...) {
        failure = "WorkspaceReader::readBytes threw a non-standard exception";
    }
    return {};
}

} // namespace

std::string checkReaderProperties(std::string_view bytes)
{
    std::string failure;
    const LoadResult first = read(bytes, failure);
    if (!failure.empty())
        return failure;
    if (first.ok() != first.problems.empty())
        return "ok() disagrees with the problem list: " + describe(first);
    if (first.problems.size() > limits::maxProblemsReported)
        return "more problems than the documented cap: " + std::to_string(first.problems.size());
    for (const auto& p : first.problems)
        if (p.message.isEmpty())
            return "a problem without a message at '" + p.path + "'";
    if (!first.ok())
        return {};

    QString error;
    const std::string text = WorkspaceWriter::serialise(*first.workspace, &error);
    if (text.empty())
        return "a workspace that loaded cannot be saved: " + error.toStdString();
    const LoadResult second = read(text, failure);
    if (!failure.empty())
        return "reading the saved workspace: " + failure;
    if (!second.ok())
        return "the saved workspace does not open again: " + describe(second);
    if (*second.workspace != *first.workspace)
        return "the workspace changed in a save → open round trip";
    if (WorkspaceWriter::serialise(*second.workspace) != text)
        return "saving the reopened workspace gives different bytes";
    return {};
}

std::string checkMigrationProperties(std::string_view bytes)
{
    Problem syntax;
    auto parsed = parseGuardedJson(bytes, limits::maxNestingDepth, syntax);
    if (!parsed || !parsed->is_object())
        return {};
    Json original = std::move(*parsed);
    // Both variants must pass the reader's version gate the same way.
    original["formatVersion"] = 1;

    Json migrated = original;
    std::optional<QString> error;
    try {
        error = migrate(migrated, 1, 3, syntheticChain);
    } catch (const std::exception& e) {
        return std::string("migrate() let a step's exception escape: ") + e.what();
    }
    if (error) {
        if (error->isEmpty())
            return "migrate() failed without a message";
    } else {
        const auto version = migrated.find("formatVersion");
        if (version == migrated.end() || *version != 3)
            return "migrate() did not record the target version";
        migrated["formatVersion"] = 1;
        std::string failure;
        const LoadResult before = read(original.dump(), failure);
        const LoadResult after = read(migrated.dump(), failure);
        if (!failure.empty())
            return failure;
        if (before.ok() != after.ok())
            return "steps that cancel out changed whether the document opens";
        if (before.ok() && *before.workspace != *after.workspace)
            return "steps that cancel out changed the workspace";
    }

    // The chain has no step from version 3: asking for version 4 must be refused, not crash.
    Json gap = original;
    try {
        if (!migrate(gap, 1, 4, syntheticChain))
            return "migrate() did not report the gap after version 3";
    } catch (const std::exception& e) {
        return std::string("migrate() let a step's exception escape: ") + e.what();
    }
    return {};
}

} // namespace b2x::fuzz
