// SPDX-License-Identifier: GPL-3.0-or-later
// Format version 3 (docs/file-format.md): a channel's response curve and spending bounds, an
// evidence item's range, a persona's remembered import mapping; the migration from version 2.
#include "TestDocuments.h"
#include "io/Migrations.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "model/Limits.h"

#include <gtest/gtest.h>

using namespace b2x;
using nlohmann::json;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace format_v3_test {

namespace {

Workspace withEveryNewField()
{
    Workspace ws = test::smallWorkspace();
    Persona& p = ws.personas.at(0);
    p.channels.at(0).response = {2500.5, 1.75, 40};
    p.channels.at(0).bounds = {500, 9000, false};
    p.channels.at(1).response.slope = 0.8; // the others stay at their defaults
    p.channels.at(1).bounds.locked = true;
    p.evidence[EvidenceField::Price].rangePercent = 12.5;
    p.evidence[EvidenceField::ConversionRates].rangePercent = 0;
    p.importMapping.stages = {{"New lead", "Lead"}, {"Proposal \"sent\"", "Opportunity"}};
    p.importMapping.columns = {{"created_at", "Erstellt am"}, {"deal_id", "ID"}};
    p.importMapping.dateOrder = "dmy";
    return ws;
}

std::string listed(const std::vector<Problem>& problems)
{
    std::string out;
    for (const auto& p : problems)
        out += p.toString().toStdString() + "\n";
    return out;
}

::testing::AssertionResult hasProblem(const LoadResult& r, const std::string& path,
                                      const std::string& words)
{
    for (const auto& p : r.problems)
        if (p.path == path && p.message.toStdString().find(words) != std::string::npos)
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "no problem at '" << path << "' containing '" << words << "'; got:\n"
           << listed(r.problems);
}

} // namespace

TEST(FormatV3, EveryNewFieldSurvivesWriteAndRead)
{
    const Workspace ws = withEveryNewField();
    const std::string text = WorkspaceWriter::serialise(ws);
    ASSERT_FALSE(text.empty());
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.warnings.empty()) << listed(r.warnings);
    EXPECT_EQ(*r.workspace, ws);
    EXPECT_EQ(WorkspaceWriter::serialise(*r.workspace), text);
    // The keys stand after the ones that were there before.
    EXPECT_LT(text.find("\"attributionWindowDays\": 30"), text.find("\"response\""));
    EXPECT_LT(text.find("\"response\""), text.find("\"bounds\""));
    EXPECT_LT(text.find("\"evidence\""), text.find("\"importMapping\""));
    EXPECT_NE(text.find("\"halfSaturationSpend\": 2500.5"), std::string::npos);
    EXPECT_NE(text.find("\"dateOrder\": \"dmy\""), std::string::npos);
}

TEST(FormatV3, NothingSetWritesNoneOfTheNewKeys)
{
    const std::string text = WorkspaceWriter::serialise(test::smallWorkspace());
    for (const char* key : {"\"response\"", "\"bounds\"", "\"rangePercent\"", "\"importMapping\""})
        EXPECT_EQ(text.find(key), std::string::npos) << key;
    EXPECT_NE(text.find("\"formatVersion\": 3,"), std::string::npos);
}

TEST(FormatV3, NullsAndEmptyObjectsReadAsDefaults)
{
    json doc = test::smallDocument();
    json& a = doc["personas"][0];
    a["channels"][0]["response"] = {
        {"halfSaturationSpend", nullptr}, {"slope", nullptr}, {"monthlyEntries", nullptr}};
    a["channels"][0]["bounds"] = json::object();
    a["channels"][1]["response"] = nullptr;
    a["evidence"]["price"]["rangePercent"] = nullptr;
    a["importMapping"] = {{"stages", json::object()}, {"dateOrder", nullptr}};
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(*r.workspace, test::smallWorkspace());
}

TEST(FormatV3, VersionThreeFixtureOpensWithItsFields)
{
    const LoadResult r =
        WorkspaceReader::readFile(test::sourcePath("tests/fixtures/format-v3.b2x"));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.warnings.empty()) << listed(r.warnings);
    EXPECT_EQ(r.sourceFormatVersion, 3);
    const Persona& p = r.workspace->personas.at(0);
    EXPECT_EQ(p.channels.at(0).response, (ChannelResponse{800, 1.4, 25}));
    EXPECT_EQ(p.channels.at(0).bounds, (ChannelBounds{200, 1200, false}));
    EXPECT_EQ(p.channels.at(1).bounds, (ChannelBounds{std::nullopt, std::nullopt, true}));
    EXPECT_EQ(p.evidence.at(EvidenceField::Price).rangePercent, 15);
    EXPECT_EQ(p.importMapping.stages.at("Awaiting sign-off"), "Approval");
    EXPECT_EQ(p.importMapping.columns.at("created_at"), "Requested on");
    EXPECT_EQ(p.importMapping.dateOrder, "dmy");
}

TEST(FormatV3, VersionTwoFixtureOpensAndSavesAsVersionThree)
{
    const LoadResult r =
        WorkspaceReader::readFile(test::sourcePath("tests/fixtures/format-v2.b2x"));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.sourceFormatVersion, 2);
    const Persona& p = r.workspace->personas.at(0);
    EXPECT_EQ(p.channels.at(0).response, ChannelResponse{});
    EXPECT_EQ(p.importMapping, ImportMapping{});
    const std::string saved = WorkspaceWriter::serialise(*r.workspace);
    EXPECT_NE(saved.find("\"formatVersion\": 3,"), std::string::npos);
    const LoadResult again = WorkspaceReader::readBytes(saved);
    ASSERT_TRUE(again.ok()) << again.problemText().toStdString();
    EXPECT_EQ(again.sourceFormatVersion, 3);
    EXPECT_EQ(*again.workspace, *r.workspace);
}

TEST(FormatV3, MigrationRemovesTheKeysAVersionTwoFileCouldNotMean)
{
    // Version-2 builds ignored these keys; whatever they held (even junk) meant nothing.
    json doc = test::smallDocument();
    doc["formatVersion"] = 2;
    json& a = doc["personas"][0];
    a["channels"][0]["response"] = {{"slope", "steep"}};
    a["channels"][1]["bounds"] = {{"minSpend", 5}, {"maxSpend", 1}};
    a["evidence"]["price"]["rangePercent"] = 400;
    a["importMapping"] = {{"stages", {{"X", "no such stage"}}}, {"dateOrder", 7}};
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.warnings.empty()) << listed(r.warnings);
    EXPECT_EQ(r.sourceFormatVersion, 2);
    EXPECT_EQ(*r.workspace, test::smallWorkspace());

    // The step itself, on the raw document, and on shapes it does not expect.
    json raw = doc;
    ASSERT_FALSE(migrate(raw, 2, 3).has_value());
    EXPECT_EQ(raw["formatVersion"], 3);
    EXPECT_FALSE(raw["personas"][0].contains("importMapping"));
    EXPECT_FALSE(raw["personas"][0]["channels"][0].contains("response"));
    EXPECT_FALSE(raw["personas"][0]["channels"][1].contains("bounds"));
    EXPECT_FALSE(raw["personas"][0]["evidence"]["price"].contains("rangePercent"));
    json odd = {{"formatVersion", 2},
                {"personas", json::array({7, {{"channels", "x"}, {"evidence", json::array()}}})}};
    EXPECT_FALSE(migrate(odd, 2, 3).has_value());
    json notObject = json::array();
    EXPECT_TRUE(migrate(notObject, 2, 3).has_value());
}

struct BadValue {
    const char* pointer; ///< below personas/0
    json value;
    const char* path;
    const char* words;
};

class FormatV3Validation : public ::testing::TestWithParam<BadValue> {};

TEST_P(FormatV3Validation, NamesThePlace)
{
    const BadValue& c = GetParam();
    json doc = test::smallDocument();
    json& a = doc["personas"][0];
    a["channels"][0]["response"] = json::object();
    a["channels"][0]["bounds"] = json::object();
    a["importMapping"] = {{"stages", json::object()}, {"columns", json::object()}};
    a[json::json_pointer(c.pointer)] = c.value;
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    EXPECT_FALSE(r.workspace.has_value());
    EXPECT_TRUE(hasProblem(r, c.path, c.words));
}

INSTANTIATE_TEST_SUITE_P(
    EachBadValue, FormatV3Validation,
    ::testing::Values(
        BadValue{"/channels/0/response", "fast", "personas[0].channels[0].response",
                 "must be an object"},
        BadValue{"/channels/0/response/halfSaturationSpend", 0,
                 "personas[0].channels[0].response.halfSaturationSpend", "greater than 0"},
        BadValue{"/channels/0/response/halfSaturationSpend", -5,
                 "personas[0].channels[0].response.halfSaturationSpend", "from 0 to 1e+12"},
        BadValue{"/channels/0/response/halfSaturationSpend", 2e12,
                 "personas[0].channels[0].response.halfSaturationSpend", "from 0 to 1e+12"},
        BadValue{"/channels/0/response/halfSaturationSpend", "100",
                 "personas[0].channels[0].response.halfSaturationSpend", "not text"},
        BadValue{"/channels/0/response/slope", 0, "personas[0].channels[0].response.slope",
                 "greater than 0"},
        BadValue{"/channels/0/response/slope", 10.5, "personas[0].channels[0].response.slope",
                 "from 0 to 10"},
        BadValue{"/channels/0/response/monthlyEntries", -1,
                 "personas[0].channels[0].response.monthlyEntries", "from 0 to 10000000000"},
        BadValue{"/channels/0/response/monthlyEntries", true,
                 "personas[0].channels[0].response.monthlyEntries", "not true/false"},
        BadValue{"/channels/0/bounds", json::array(), "personas[0].channels[0].bounds",
                 "must be an object"},
        BadValue{"/channels/0/bounds/minSpend", -1, "personas[0].channels[0].bounds.minSpend",
                 "from 0 to 1e+12"},
        BadValue{"/channels/0/bounds/maxSpend", 1e13, "personas[0].channels[0].bounds.maxSpend",
                 "from 0 to 1e+12"},
        BadValue{"/channels/0/bounds/locked", "yes", "personas[0].channels[0].bounds.locked",
                 "true or false"},
        BadValue{"/evidence/price/rangePercent", 100.5, "personas[0].evidence.price.rangePercent",
                 "from 0 to 100"},
        BadValue{"/evidence/price/rangePercent", "10%", "personas[0].evidence.price.rangePercent",
                 "not text"},
        BadValue{"/importMapping", 3, "personas[0].importMapping", "must be an object"},
        BadValue{"/importMapping/stages", json::array(), "personas[0].importMapping.stages",
                 "must be an object"},
        BadValue{"/importMapping/stages/Won", 1, "personas[0].importMapping.stages.Won",
                 "must be text"},
        BadValue{"/importMapping/columns/deal_id", std::string(limits::maxShortText + 1, 'x'),
                 "personas[0].importMapping.columns.deal_id", "at most 500"},
        BadValue{"/importMapping/columns/", "ID", "personas[0].importMapping.columns",
                 "names hold 1 to 500"},
        BadValue{"/importMapping/dateOrder", "ymd", "personas[0].importMapping.dateOrder",
                 "\"dmy\", \"mdy\" or null; found \"ymd\""},
        BadValue{"/importMapping/dateOrder", 1, "personas[0].importMapping.dateOrder",
                 "found a number"}));

TEST(FormatV3, MinimumSpendAboveTheMaximumIsRefused)
{
    json doc = test::smallDocument();
    doc["personas"][0]["channels"][1]["bounds"] = {{"minSpend", 900}, {"maxSpend", 100}};
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasProblem(r, "personas[0].channels[1].bounds.maxSpend",
                           "must not be less than minSpend (900); found 100"));
}

TEST(FormatV3, MappingsBeyondTheLimitAreRefused)
{
    json doc = test::smallDocument();
    json stages = json::object();
    for (std::size_t i = 0; i <= limits::maxMappingEntries; ++i)
        stages["CRM stage " + std::to_string(i)] = "Lead";
    doc["personas"][0]["importMapping"] = {{"stages", stages}};
    LoadResult r = WorkspaceReader::readBytes(doc.dump());
    EXPECT_TRUE(hasProblem(r, "personas[0].importMapping.stages", "has 501 entries"));
    stages.erase("CRM stage 0");
    doc["personas"][0]["importMapping"] = {{"stages", stages}};
    r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->personas[0].importMapping.stages.size(), limits::maxMappingEntries);
}

TEST(FormatV3, AStageMappingNamingNoStageIsDroppedWithAWarning)
{
    json doc = test::smallDocument();
    doc["personas"][0]["importMapping"] = {
        {"stages", {{"Discovery", "Lead"}, {"Demo", "Demo stage (renamed since)"}}}};
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    const auto& stages = r.workspace->personas[0].importMapping.stages;
    EXPECT_EQ(stages, (std::map<std::string, std::string>{{"Discovery", "Lead"}}));
    ASSERT_EQ(r.warnings.size(), 1u) << listed(r.warnings);
    EXPECT_EQ(r.warnings[0].path, "personas[0].importMapping.stages.Demo");
    EXPECT_TRUE(r.warnings[0].message.contains(QStringLiteral("Demo stage (renamed since)")));
}

} // namespace format_v3_test
