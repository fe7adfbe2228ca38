// SPDX-License-Identifier: GPL-3.0-or-later
// The "for" list of each evidence item (docs/file-format.md): what the reader makes of it when it
// is missing, broken or hostile, and that the writer keeps it through a round trip.
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "model/EvidenceValues.h"

#include <gtest/gtest.h>
#include <limits>

using namespace b2x;
using nlohmann::json;

namespace {

std::string problemsOf(const LoadResult& r)
{
    return r.problemText().toStdString();
}

::testing::AssertionResult refusedAt(const LoadResult& r, const std::string& path,
                                     const std::string& messagePart)
{
    if (r.ok())
        return ::testing::AssertionFailure() << "loaded, expected a problem at " << path;
    for (const auto& p : r.problems)
        if (p.path == path && p.message.toStdString().find(messagePart) != std::string::npos)
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "no problem at '" << path << "' containing '" << messagePart << "'; got:\n"
           << problemsOf(r);
}

/// smallWorkspace() with evidence for every field on the first persona, stamped.
Workspace fullyEvidenced()
{
    Workspace ws = test::smallWorkspace();
    Persona& p = ws.personas[0];
    for (std::size_t i = 0; i < enumCount<EvidenceField>(); ++i)
        p.evidence[static_cast<EvidenceField>(i)] = {"Source " + std::to_string(i),
                                                     Confidence::Benchmark};
    stampEvidence(p);
    return ws;
}

json documentOf(const Workspace& ws)
{
    return json::parse(WorkspaceWriter::serialise(ws));
}

LoadResult readJson(const json& doc)
{
    return WorkspaceReader::readBytes(doc.dump());
}

} // namespace

TEST(EvidenceFile, TheWriterAlwaysWritesWhatEachItemWasWrittenFor)
{
    const Workspace ws = fullyEvidenced();
    const json doc = documentOf(ws);
    const json& evidence = doc["personas"][0]["evidence"];
    EXPECT_EQ(evidence["price"]["for"], json::array({25000}));
    EXPECT_EQ(evidence["decisionUnitSize"]["for"], json::array({2}));
    EXPECT_EQ(evidence["conversionRates"]["for"], json::array({30, 25.5}));
    EXPECT_EQ(evidence["stageDurations"]["for"], json::array({1, 3, 7, 10, 20, 45.5}));
    // After "source" and "confidence", in the documented order.
    const std::string text = WorkspaceWriter::serialise(ws);
    EXPECT_NE(text.find("\"confidence\": \"benchmark\",\n          \"for\": [\n            "
                        "25000\n          ]"),
              std::string::npos);
}

TEST(EvidenceFile, MissingForCountsAsWrittenForTheValuesInTheFile)
{
    // Every file written before "for" existed: nothing turns stale by opening it.
    json doc = documentOf(fullyEvidenced());
    for (auto& [key, item] : doc["personas"][0]["evidence"].items())
        item.erase("for");
    doc["personas"][0]["economics"]["price"] = 31000;
    doc["personas"][0]["pipeline"][1]["likelyDays"] = 25;
    const LoadResult r = readJson(doc);
    ASSERT_TRUE(r.ok()) << problemsOf(r);
    const Persona& p = r.workspace->personas[0];
    ASSERT_EQ(p.evidence.size(), enumCount<EvidenceField>());
    for (const auto& [field, evidence] : p.evidence) {
        EXPECT_EQ(evidence.writtenFor, evidenceValues(p, field)) << toString(field);
        EXPECT_FALSE(isStale(p, field)) << toString(field);
    }
    EXPECT_EQ(p.evidence.at(EvidenceField::Price).writtenFor, std::vector<double>{31000});
}

TEST(EvidenceFile, FormatVersionOneFixtureHasNoStaleEvidence)
{
    const LoadResult r =
        WorkspaceReader::readFile(test::sourcePath("tests/fixtures/format-v1.b2x"));
    ASSERT_TRUE(r.ok()) << problemsOf(r);
    std::size_t items = 0;
    for (const Persona& p : r.workspace->personas)
        for (const auto& [field, evidence] : p.evidence) {
            ++items;
            EXPECT_FALSE(isStale(p, field)) << toString(field);
        }
    EXPECT_GT(items, 0u);
}

TEST(EvidenceFile, StaleEvidenceSurvivesSaveAndOpen)
{
    Workspace ws = fullyEvidenced();
    Persona& p = ws.personas[0];
    p.decisionUnit.members.push_back({{Role::Approver}, "CFO", 80});
    p.decisionUnit.members.push_back({{Role::Specifier}, "Engineer", 40});
    p.pipeline[0].conversionPercent = 2;
    ASSERT_TRUE(isStale(p, EvidenceField::DecisionUnitSize));

    const std::string text = WorkspaceWriter::serialise(ws);
    ASSERT_FALSE(text.empty());
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(r.ok()) << problemsOf(r);
    EXPECT_EQ(*r.workspace, ws);
    const Persona& back = r.workspace->personas[0];
    EXPECT_TRUE(isStale(back, EvidenceField::DecisionUnitSize));
    EXPECT_TRUE(isStale(back, EvidenceField::ConversionRates));
    EXPECT_FALSE(isStale(back, EvidenceField::StageDurations));
    EXPECT_EQ(back.evidence.at(EvidenceField::DecisionUnitSize).writtenFor, std::vector<double>{2});
    EXPECT_EQ(WorkspaceWriter::serialise(*r.workspace), text);
}

TEST(EvidenceFile, AListOfAnotherLengthIsReadAsStaleNotRefused)
{
    // The pipeline had three stages when the source was written.
    json doc = documentOf(fullyEvidenced());
    doc["personas"][0]["evidence"]["conversionRates"]["for"] = {30, 25.5, 90};
    doc["personas"][0]["evidence"]["stageDurations"]["for"] = json::array();
    const LoadResult r = readJson(doc);
    ASSERT_TRUE(r.ok()) << problemsOf(r);
    EXPECT_TRUE(isStale(r.workspace->personas[0], EvidenceField::ConversionRates));
    EXPECT_TRUE(isStale(r.workspace->personas[0], EvidenceField::StageDurations));
}

TEST(EvidenceFile, BrokenListsAreRefusedWithTheirPlace)
{
    struct Case {
        const char* field;
        json value;
        const char* path;
        const char* message;
    };
    const std::vector<Case> cases{
        {"price", "25000", "personas[0].evidence.price.for", "must be a list, not text"},
        {"price", nullptr, "personas[0].evidence.price.for", "must be a list, not null"},
        {"price", {{"value", 1}}, "personas[0].evidence.price.for", "not an object"},
        {"price", {1, 2}, "personas[0].evidence.price.for", "has 2 items; at most 1"},
        {"decisionUnitSize",
         {2, 4},
         "personas[0].evidence.decisionUnitSize.for",
         "at most 1 are allowed"},
        {"conversionRates",
         {30, "25.5"},
         "personas[0].evidence.conversionRates.for[1]",
         "must be a number, not text"},
        {"conversionRates",
         {30, nullptr},
         "personas[0].evidence.conversionRates.for[1]",
         "must be a number, not null"},
        {"conversionRates",
         {json::array({30})},
         "personas[0].evidence.conversionRates.for[0]",
         "must be a number, not a list"},
        {"lifetime", {true}, "personas[0].evidence.lifetime.for[0]", "not true/false"},
        {"conversionRates", json(std::vector<double>(31, 1.0)),
         "personas[0].evidence.conversionRates.for", "has 31 items; at most 30 are allowed"},
        {"stageDurations", json(std::vector<double>(91, 1.0)),
         "personas[0].evidence.stageDurations.for", "has 91 items; at most 90 are allowed"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.field) + " = " + c.value.dump());
        json doc = documentOf(fullyEvidenced());
        doc["personas"][0]["evidence"][c.field]["for"] = c.value;
        const LoadResult r = readJson(doc);
        EXPECT_FALSE(r.workspace.has_value());
        EXPECT_TRUE(refusedAt(r, c.path, c.message));
    }
}

TEST(EvidenceFile, NonFiniteAndHugeNumbersAreRefusedWithoutCrashing)
{
    // JSON has no NaN or infinity: in a file they are syntax errors, reported with a line; a
    // number too large for a double likewise.
    std::string text = WorkspaceWriter::serialise(fullyEvidenced());
    const std::string written = "\"for\": [\n            25000\n";
    const auto at = text.find(written);
    ASSERT_NE(at, std::string::npos);
    for (const char* bad : {"NaN", "Infinity", "-Infinity", "1e400", "-1e999"}) {
        SCOPED_TRACE(bad);
        std::string broken = text;
        broken.replace(at + written.size() - 6, 5, bad);
        const LoadResult r = WorkspaceReader::readBytes(broken);
        ASSERT_FALSE(r.ok());
        ASSERT_FALSE(r.problems.empty());
        EXPECT_GT(r.problems.front().line, 0) << problemsOf(r);
    }
    // In memory they cannot be saved: the writer names the place instead of writing null.
    for (double bad :
         {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        Workspace ws = fullyEvidenced();
        ws.personas[0].evidence[EvidenceField::StageDurations].writtenFor[4] = bad;
        QString error;
        EXPECT_TRUE(WorkspaceWriter::serialise(ws, &error).empty());
        EXPECT_TRUE(error.contains(QStringLiteral("evidence.stageDurations.for")))
            << error.toStdString();
    }
}
