// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDocuments.h"
#include "io/GuardedJsonParser.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <nlohmann/json.hpp>

using namespace b2x;

TEST(RoundTrip, SampleWorkspaceIsCanonicalAndValid)
{
    // Golden round trip: the bundled sample, read and written again, is byte-identical.
    const QString path = test::sourcePath("resources/samples/b2b-vs-b2c.b2x");
    const std::string original = test::readAll(path);
    ASSERT_FALSE(original.empty()) << "sample missing: " << path.toStdString();
    const LoadResult r = WorkspaceReader::readFile(path);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front().toString().toStdString();
    EXPECT_GE(r.workspace->personas.size(), 7u);
    EXPECT_EQ(WorkspaceWriter::serialise(*r.workspace), original);
}

TEST(RoundTrip, WorkspaceSurvivesWriteAndRead)
{
    const Workspace ws = test::smallWorkspace();
    const std::string text = WorkspaceWriter::serialise(ws);
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '\n');
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(*r.workspace, ws); // every field, including optionals, Unicode text and view state
    EXPECT_EQ(WorkspaceWriter::serialise(*r.workspace), text);
}

TEST(RoundTrip, KeysKeepTheDocumentedOrder)
{
    const std::string text = WorkspaceWriter::serialise(test::smallWorkspace());
    const auto at = [&](const char* key) { return text.find(key); };
    EXPECT_EQ(at("\"format\""), 4u); // first key, after "{\n  "
    EXPECT_LT(at("\"formatVersion\""), at("\"name\""));
    EXPECT_LT(at("\"name\""), at("\"personas\""));
    EXPECT_LT(at("\"personas\""), at("\"view\""));
    EXPECT_LT(at("\"id\""), at("\"label\""));
}

TEST(RoundTrip, WholeNumbersAreWrittenWithoutFraction)
{
    const std::string text = WorkspaceWriter::serialise(test::smallWorkspace());
    EXPECT_NE(text.find("\"price\": 25000,"), std::string::npos);
    EXPECT_NE(text.find("\"conversionPercent\": 25.5,"), std::string::npos);
    EXPECT_NE(text.find("\"attributionWindowDays\": null"), std::string::npos);
}

TEST(RoundTrip, NonFiniteNumbersAreRefusedNotWrittenAsNull)
{
    for (double bad :
         {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
          -std::numeric_limits<double>::infinity()}) {
        Workspace ws = test::smallWorkspace();
        ws.personas[0].economics.price = bad;
        QString error;
        EXPECT_TRUE(WorkspaceWriter::serialise(ws, &error).empty());
        EXPECT_TRUE(error.contains(QStringLiteral("price"))) << error.toStdString();
    }
}

TEST(RoundTrip, FailedSaveLeavesTheExistingFileIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.b2x"));
    Workspace ws = test::smallWorkspace();
    ASSERT_TRUE(WorkspaceWriter::writeFile(ws, path).ok);
    const std::string before = test::readAll(path);

    ws.personas[1].motives.rational = std::nan("");
    const SaveResult failed = WorkspaceWriter::writeFile(ws, path);
    EXPECT_FALSE(failed.ok);
    EXPECT_FALSE(failed.message.isEmpty());
    EXPECT_EQ(test::readAll(path), before);
}

TEST(RoundTrip, SaveIntoMissingFolderReportsWhy)
{
    QTemporaryDir dir;
    const SaveResult r = WorkspaceWriter::writeFile(
        test::smallWorkspace(), dir.filePath(QStringLiteral("no/such/folder/work.b2x")));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.message.contains(QStringLiteral("work.b2x"))) << r.message.toStdString();
}

TEST(RoundTrip, SavedFileReadsBackEqual)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.b2x"));
    ASSERT_TRUE(WorkspaceWriter::writeFile(test::smallWorkspace(), path).ok);
    const LoadResult r = WorkspaceReader::readFile(path);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(*r.workspace, test::smallWorkspace());
}

namespace {

/// The same document with "personas" moved before "format" and "formatVersion": the reader then
/// cannot decode personas during the parse and takes its whole-DOM path.
std::string personasFirst(const std::string& text)
{
    const auto doc = nlohmann::ordered_json::parse(text);
    nlohmann::ordered_json reordered;
    reordered["personas"] = doc.at("personas");
    for (const auto& [key, value] : doc.items())
        if (key != "personas")
            reordered[key] = value;
    return reordered.dump(2);
}

std::vector<std::string> problemsOf(const LoadResult& r)
{
    std::vector<std::string> out;
    for (const auto& p : r.problems)
        out.push_back(p.toString().toStdString());
    for (const auto& w : r.warnings)
        out.push_back("warning: " + w.toString().toStdString());
    return out;
}

} // namespace

TEST(RoundTrip, PersonasDecodedDuringTheParseEqualTheWholeDocumentPath)
{
    // Files this version writes put the format version first, so personas are decoded as the
    // parse reaches them (to keep 10,000-persona files from existing as one huge DOM). Both paths
    // must give the same workspace, and the same problems with the same places.
    const std::string sample = test::readAll(test::sourcePath("resources/samples/b2b-vs-b2c.b2x"));
    const LoadResult streamed = WorkspaceReader::readBytes(sample);
    const LoadResult whole = WorkspaceReader::readBytes(personasFirst(sample));
    ASSERT_TRUE(streamed.ok()) << streamed.problemText().toStdString();
    ASSERT_TRUE(whole.ok()) << whole.problemText().toStdString();
    EXPECT_EQ(WorkspaceWriter::serialise(*streamed.workspace),
              WorkspaceWriter::serialise(*whole.workspace));

    auto broken = nlohmann::ordered_json::parse(sample);
    broken["personas"][1]["economics"]["price"] = "cheap";
    broken["personas"][3] = 42;                                // not an object
    broken["personas"][4]["id"] = broken["personas"][0]["id"]; // a duplicate id
    broken["personas"][5]["pipeline"][0]["minDays"] = -3;
    const LoadResult brokenStreamed = WorkspaceReader::readBytes(broken.dump(2));
    const LoadResult brokenWhole = WorkspaceReader::readBytes(personasFirst(broken.dump(2)));
    EXPECT_FALSE(brokenStreamed.ok());
    EXPECT_EQ(problemsOf(brokenStreamed), problemsOf(brokenWhole));
    EXPECT_EQ(brokenStreamed.problems.size(), 4u) << brokenStreamed.problemText().toStdString();
}

TEST(RoundTrip, ParserHandsOverListElementsOnlyWhenAccepted)
{
    // The reader's memory bound rests on this: accepted, each object of the list is handed over
    // as soon as it is complete and left as null in the DOM; refused, the DOM keeps everything.
    const std::string text =
        R"({"v": 1, "items": [{"a": [1, {"b": 2}]}, 7, {"c": []}], "after": [{"d": 1}]})";
    for (const bool accept : {true, false}) {
        SCOPED_TRACE(accept);
        std::vector<std::pair<std::size_t, std::string>> taken;
        ArrayStream stream;
        stream.key = "items";
        stream.accept = [&](const nlohmann::json& root) {
            EXPECT_EQ(root.value("v", 0), 1); // what came before the key is already parsed
            return accept;
        };
        stream.take = [&](nlohmann::json& element, std::size_t index) {
            taken.emplace_back(index, element.dump());
        };
        Problem problem;
        const auto dom = parseGuardedJson(text, 64, problem, stream);
        ASSERT_TRUE(dom.has_value());
        EXPECT_EQ((*dom)["after"].dump(), R"([{"d":1}])"); // other lists are never streamed
        if (accept) {
            const std::vector<std::pair<std::size_t, std::string>> expected{
                {0, R"({"a":[1,{"b":2}]})"}, {1, "7"}, {2, R"({"c":[]})"}};
            EXPECT_EQ(taken, expected);
            EXPECT_EQ((*dom)["items"].dump(), "[null,null,null]"); // every element, in order
        } else {
            EXPECT_TRUE(taken.empty());
            EXPECT_EQ((*dom)["items"].dump(), R"([{"a":[1,{"b":2}]},7,{"c":[]}])");
        }
    }
}

TEST(GuardedJson, DuplicateKeysAreFoundInSmallAndLargeObjects)
{
    // Up to 32 keys an object's keys are compared in a reused list, beyond that hashed: a
    // duplicate is found on either side of that line and across it, and a key used in a
    // sibling or parent object is not a duplicate.
    const auto objectOf = [](int keys, const std::string& extra) {
        std::string text = "{";
        for (int i = 0; i < keys; ++i)
            text += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
        return text + extra + "}";
    };
    const auto duplicate = [](const std::string& text) {
        Problem problem;
        const auto dom = parseGuardedJson(text, 64, problem);
        return !dom && problem.message.contains(QStringLiteral("appears twice"));
    };
    for (int keys : {1, 5, 31, 32, 33, 40, 1000}) {
        EXPECT_TRUE(duplicate(objectOf(keys, "\"k0\":0"))) << keys;
        EXPECT_TRUE(duplicate(objectOf(keys, "\"k" + std::to_string(keys - 1) + "\":0"))) << keys;
        EXPECT_FALSE(duplicate(objectOf(keys, "\"other\":0"))) << keys;
        // The same keys again in a nested object and in the next sibling object.
        const std::string nested = objectOf(keys, "\"inner\":" + objectOf(keys, "\"z\":1"));
        EXPECT_FALSE(duplicate("[" + nested + "," + nested + "]")) << keys;
        EXPECT_TRUE(duplicate("[" + nested + "," + objectOf(keys, "\"k0\":1") + "]")) << keys;
    }
}
