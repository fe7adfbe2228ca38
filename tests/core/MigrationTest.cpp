// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDocuments.h"
#include "io/Migrations.h"
#include "io/WorkspaceReader.h"

#include <QDir>
#include <array>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

// Synthetic steps: v1 renames "name" to "title", v2 adds a list of visited versions.
void renameName(nlohmann::json& d)
{
    d["title"] = d["name"];
    d.erase("name");
    d["trail"] = nlohmann::json::array({1});
}
void appendTrail(nlohmann::json& d)
{
    d["trail"].push_back(2);
}

constexpr std::array<MigrationStep, 2> chain{{
    {2, "second step", appendTrail}, // deliberately out of order: lookup is by version
    {1, "first step", renameName},
}};

} // namespace

TEST(Migrations, RunsEveryStepInVersionOrder)
{
    nlohmann::json doc = {{"formatVersion", 1}, {"name", "W"}};
    EXPECT_FALSE(migrate(doc, 1, 3, chain).has_value());
    EXPECT_EQ(doc["formatVersion"], 3);
    EXPECT_EQ(doc["title"], "W");
    EXPECT_FALSE(doc.contains("name"));
    EXPECT_EQ(doc["trail"], nlohmann::json::array({1, 2}));
}

TEST(Migrations, StartsFromTheFilesVersion)
{
    nlohmann::json doc = {{"formatVersion", 2}, {"trail", nlohmann::json::array()}};
    EXPECT_FALSE(migrate(doc, 2, 3, chain).has_value());
    EXPECT_EQ(doc["trail"], nlohmann::json::array({2}));
}

TEST(Migrations, CurrentVersionIsLeftAlone)
{
    nlohmann::json doc = {{"formatVersion", 3}, {"name", "W"}};
    const auto copy = doc;
    EXPECT_FALSE(migrate(doc, 3, 3, chain).has_value());
    EXPECT_EQ(doc, copy);
}

TEST(Migrations, AGapInTheChainIsAnErrorNamingTheVersion)
{
    nlohmann::json doc = {{"formatVersion", 1}};
    const auto error = migrate(doc, 1, 4, chain);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(QStringLiteral("3"))) << error->toStdString();
}

TEST(Migrations, ShippedChainCoversEveryOlderVersion)
{
    for (int v = 1; v < currentFormatVersion; ++v) {
        bool found = false;
        for (const auto& step : migrationSteps())
            found = found || step.fromVersion == v;
        EXPECT_TRUE(found) << "no migration from version " << v;
    }
}

TEST(Migrations, EveryHistoricalFixtureOpens)
{
    // tests/fixtures/format-vN.b2x keeps one workspace written by every released format version.
    const QDir dir(test::sourcePath("tests/fixtures"));
    for (int v = 1; v <= currentFormatVersion; ++v) {
        const QString path = dir.filePath(QStringLiteral("format-v%1.b2x").arg(v));
        const LoadResult r = WorkspaceReader::readFile(path);
        ASSERT_TRUE(r.ok()) << path.toStdString() << ": " << r.problemText().toStdString();
        EXPECT_EQ(r.sourceFormatVersion, v);
        EXPECT_FALSE(r.workspace->personas.empty());
    }
}
