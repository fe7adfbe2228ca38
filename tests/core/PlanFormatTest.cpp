// SPDX-License-Identifier: GPL-3.0-or-later
// The plan in the file (docs/file-format.md, "Plan"): format version 2, the v1 → v2 migration,
// the round trip, and the reading rules applied to a hostile plan section.
#include "TestDocuments.h"
#include "io/Migrations.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "model/Limits.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace b2x;
using nlohmann::json;

namespace {

Workspace planWorkspace()
{
    Workspace ws = test::smallWorkspace();
    const std::string a = ws.personas[0].id;
    const std::string b = ws.personas[1].id;
    Plan& p = ws.plan;
    p.period = {"Q1 2027", "2027-01-01", "2027-03-31"};
    p.stages[static_cast<std::size_t>(RaceStage::Reach)] = {"Buyers read trade press",
                                                            "Be present where they read", "Ads"};
    p.personas = {{a, TargetKind::Revenue, 250000, 4000}, {b, TargetKind::Customers, 900, {}}};
    KeyResult sql{"kr-sql",
                  "SQLs this quarter",
                  "SQLs",
                  0,
                  40,
                  12,
                  2,
                  DerivedTarget{a, DerivedQuantity::StageEntries, 1},
                  {{"2027-01-20", 5, 7, "slow start"}, {"2027-02-03", 12, 6, "Łódź fair"}}};
    KeyResult cac{"kr-cac", "Cost per customer", "EUR", 90, 60, 75, 1, {}, {}};
    p.objectives = {
        {"o-1", "Win mid-sized plants", "Ana", RaceStage::Convert, a, Commitment::Committed, {sql}},
        {"o-2",
         "Cheaper weekend sales",
         "",
         RaceStage::Engage,
         "",
         Commitment::Aspirational,
         {cac}}};
    p.tactics = {{"t-1", "LinkedIn ABM", a, RaceStage::Reach, "linkedin", "2027-01-05",
                  "2027-03-20", 12000.5, 3000, TacticStatus::Running, "Ana", "kr-sql"},
                 {"t-2",
                  "Spring sale",
                  b,
                  RaceStage::Convert,
                  "",
                  "",
                  "",
                  0,
                  {},
                  TacticStatus::Planned,
                  "",
                  ""}};
    p.content = {{"c-1", "Buyer's guide", "whitepaper", a, RaceStage::Act, "Download", "linkedin",
                  ContentStatus::Review, "2027-02-01", "https://example.com/guide"}};
    return ws;
}

json planDocument()
{
    return json::parse(WorkspaceWriter::serialise(planWorkspace()));
}

/// Every problem (or warning) as "path: message", one per line.
std::string listed(const std::vector<Problem>& problems)
{
    std::string out;
    for (const auto& p : problems)
        out += p.toString().toStdString() + "\n";
    return out;
}

bool mentions(const std::vector<Problem>& problems, const std::string& path, const char* words = "")
{
    for (const auto& p : problems)
        if (p.path == path && p.message.contains(QString::fromUtf8(words)))
            return true;
    return false;
}

} // namespace

TEST(PlanFormat, ThePlanIsWrittenSinceVersionTwo)
{
    EXPECT_GE(currentFormatVersion, 2);
    const std::string text = WorkspaceWriter::serialise(test::smallWorkspace());
    EXPECT_NE(text.find("\"formatVersion\": " + std::to_string(currentFormatVersion) + ","),
              std::string::npos);
    // The plan stands after the personas and before the view.
    EXPECT_LT(text.find("\"personas\""), text.find("\"plan\""));
    EXPECT_LT(text.find("\"plan\""), text.find("\"view\""));
}

TEST(PlanFormat, MigrationFromVersionOneAddsAnEmptyPlan)
{
    json doc = {{"format", "b2x-workspace"}, {"formatVersion", 1}, {"plan", "junk of v1"}};
    EXPECT_FALSE(migrate(doc, 1, 2).has_value());
    EXPECT_EQ(doc["formatVersion"], 2);
    EXPECT_EQ(doc["plan"], json::object()); // a v1 "plan" key meant nothing: replaced
}

TEST(PlanFormat, VersionOneFixtureOpensWithAnEmptyPlanAndSavesAsTheCurrentVersion)
{
    const LoadResult r =
        WorkspaceReader::readFile(test::sourcePath("tests/fixtures/format-v1.b2x"));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.sourceFormatVersion, 1);
    EXPECT_TRUE(r.workspace->plan.isEmpty());
    const std::string saved = WorkspaceWriter::serialise(*r.workspace);
    EXPECT_NE(saved.find("\"formatVersion\": " + std::to_string(currentFormatVersion) + ","),
              std::string::npos);
    EXPECT_NE(saved.find("\"plan\": {"), std::string::npos);
    const LoadResult again = WorkspaceReader::readBytes(saved);
    ASSERT_TRUE(again.ok()) << again.problemText().toStdString();
    EXPECT_EQ(again.sourceFormatVersion, currentFormatVersion);
    EXPECT_EQ(*again.workspace, *r.workspace);
}

TEST(PlanFormat, VersionTwoFixtureOpensWithItsPlan)
{
    const LoadResult r =
        WorkspaceReader::readFile(test::sourcePath("tests/fixtures/format-v2.b2x"));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.warnings.empty()) << listed(r.warnings);
    const Plan& p = r.workspace->plan;
    EXPECT_EQ(p.period.end, "2027-03-31");
    ASSERT_EQ(p.objectives.size(), 1u);
    ASSERT_EQ(p.objectives[0].keyResults.size(), 1u);
    ASSERT_TRUE(p.objectives[0].keyResults[0].derived.has_value());
    EXPECT_EQ(p.objectives[0].keyResults[0].derived->quantity, DerivedQuantity::StageEntries);
    EXPECT_EQ(p.tactics.at(0).keyResultId, "kr1");
    EXPECT_EQ(p.content.at(0).status, ContentStatus::Draft);
}

TEST(PlanFormat, EveryPlanFieldSurvivesWriteAndRead)
{
    const Workspace ws = planWorkspace();
    const std::string text = WorkspaceWriter::serialise(ws);
    ASSERT_FALSE(text.empty());
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.warnings.empty()) << listed(r.warnings);
    EXPECT_EQ(r.workspace->plan, ws.plan);
    EXPECT_EQ(WorkspaceWriter::serialise(*r.workspace), text);
    EXPECT_NE(text.find("\"plannedBudget\": 12000.5,"), std::string::npos);
    EXPECT_NE(text.find("\"actualBudget\": null,"), std::string::npos);
    EXPECT_NE(text.find("\"derived\": null,"), std::string::npos);
}

TEST(PlanFormat, AVersionTwoFileWithoutAPlanIsRefused)
{
    json doc = planDocument();
    doc.erase("plan");
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(mentions(r.problems, "plan", "missing")) << listed(r.problems);
}

TEST(PlanFormat, AMissingKeyInsideThePlanTakesItsDefault)
{
    json doc = planDocument();
    doc["plan"] = {{"period", {{"start", "2027-04-01"}, {"end", "2027-06-30"}}}};
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->plan.period.start, "2027-04-01");
    EXPECT_TRUE(r.workspace->plan.objectives.empty());
}

TEST(PlanFormat, HostilePlanIsRefusedWithEveryPlace)
{
    json doc = planDocument();
    json& p = doc["plan"];
    p["period"]["start"] = "2027-02-30";
    p["stages"]["reach"]["strategy"] = 42;
    p["personas"][0]["target"] = -5;
    p["personas"][1]["targetKind"] = "dollars";
    p["objectives"][0]["keyResults"][0]["checkIns"][1]["confidence"] = 11;
    p["objectives"][0]["keyResults"][0]["checkIns"][0]["date"] = "yesterday";
    p["objectives"][0]["keyResults"][0]["weight"] = "heavy";
    p["objectives"][1]["keyResults"][0]["id"] = "kr-sql"; // used by another key result
    p["objectives"][1]["keyResults"][0]["target"] = nullptr;
    p["tactics"][0]["end"] = "2027-01-01"; // before its start
    p["tactics"][1] = "a tactic";
    p["content"][0]["status"] = true;
    p["content"][0]["persona"] = json::array();
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_FALSE(r.ok());
    const std::string all = listed(r.problems);
    EXPECT_TRUE(mentions(r.problems, "plan.period.start", "YYYY-MM-DD")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.stages.reach.strategy", "text")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.personas[0].target", "-5")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.personas[1].targetKind", "dollars")) << all;
    const std::string kr = "plan.objectives[0].keyResults[0].";
    EXPECT_TRUE(mentions(r.problems, kr + "checkIns[1].confidence", "0 to 10")) << all;
    EXPECT_TRUE(mentions(r.problems, kr + "checkIns[0].date", "yesterday")) << all;
    EXPECT_TRUE(mentions(r.problems, kr + "weight")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.objectives[1].keyResults[0].id", "kr-sql")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.objectives[1].keyResults[0].target", "null")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.tactics[0]", "before it starts")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.tactics[1]", "object")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.content[0].status", "\"idea\"")) << all;
    EXPECT_TRUE(mentions(r.problems, "plan.content[0].persona", "text")) << all;
    EXPECT_EQ(r.problems.size(), 13u) << all;
}

TEST(PlanFormat, OverLongPlanListsAreRefusedWithBothCounts)
{
    struct Case {
        const char* pointer;
        std::size_t limit;
        const char* path;
    };
    const Case cases[] = {
        {"/plan/objectives", limits::maxObjectives, "plan.objectives"},
        {"/plan/objectives/0/keyResults", limits::maxKeyResults, "plan.objectives[0].keyResults"},
        {"/plan/objectives/0/keyResults/0/checkIns", limits::maxCheckIns,
         "plan.objectives[0].keyResults[0].checkIns"},
        {"/plan/tactics", limits::maxTactics, "plan.tactics"},
        {"/plan/content", limits::maxContentItems, "plan.content"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.path);
        json doc = planDocument();
        doc[json::json_pointer(c.pointer)] = json::array();
        for (std::size_t i = 0; i <= c.limit; ++i)
            doc[json::json_pointer(c.pointer)].push_back(nullptr);
        const LoadResult r = WorkspaceReader::readBytes(doc.dump());
        ASSERT_FALSE(r.ok());
        const QString expected =
            QStringLiteral("has %1 items; at most %2 are allowed").arg(c.limit + 1).arg(c.limit);
        EXPECT_TRUE(mentions(r.problems, c.path, expected.toUtf8().constData()))
            << listed(r.problems);
    }
}

TEST(PlanFormat, DanglingReferencesAreKeptAndWarnedAtTheirPlace)
{
    // What deleting a persona leaves behind, and references to a channel and a key result that
    // do not exist: the file opens, nothing is dropped, and each reference is named.
    Workspace ws = planWorkspace();
    const std::string gone = ws.personas[0].id;
    ws.personas.erase(ws.personas.begin());
    ws.view.comparedPersonaIds.clear();
    ws.plan.tactics[1].channelId = "carrier-pigeon";
    ws.plan.tactics[1].keyResultId = "kr-gone";
    const LoadResult r = WorkspaceReader::readBytes(WorkspaceWriter::serialise(ws));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->plan, ws.plan); // kept, every one
    const std::string all = listed(r.warnings);
    EXPECT_TRUE(mentions(r.warnings, "plan.personas[0].persona", "not in this workspace")) << all;
    EXPECT_TRUE(mentions(r.warnings, "plan.objectives[0].persona")) << all;
    EXPECT_TRUE(mentions(r.warnings, "plan.objectives[0].keyResults[0].derived.persona")) << all;
    EXPECT_TRUE(mentions(r.warnings, "plan.tactics[0].persona")) << all;
    EXPECT_TRUE(mentions(r.warnings, "plan.content[0].persona")) << all;
    EXPECT_TRUE(mentions(r.warnings, "plan.tactics[1].channel", "carrier-pigeon")) << all;
    EXPECT_TRUE(mentions(r.warnings, "plan.tactics[1].keyResult", "kr-gone")) << all;
    EXPECT_EQ(r.warnings.size(), 7u) << all;
    (void)gone;
}

TEST(PlanFormat, ADerivedStageBeyondThePipelineIsWarned)
{
    json doc = planDocument();
    doc["plan"]["objectives"][0]["keyResults"][0]["derived"]["stage"] = 5;
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(mentions(r.warnings, "plan.objectives[0].keyResults[0].derived.stage", "stage 6"))
        << listed(r.warnings);
}

TEST(PlanFormat, ANonFiniteNumberInThePlanIsRefusedOnSave)
{
    Workspace ws = planWorkspace();
    ws.plan.objectives[0].keyResults[0].current = std::numeric_limits<double>::quiet_NaN();
    QString error;
    EXPECT_TRUE(WorkspaceWriter::serialise(ws, &error).empty());
    EXPECT_TRUE(error.contains(QStringLiteral("key result current value"))) << error.toStdString();
}
