// SPDX-License-Identifier: GPL-3.0-or-later
// Every validation path of the workspace reader: each case breaks one thing in a valid document
// and expects a problem at the right place, in words, and no workspace built.
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"
#include "model/Limits.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace b2x;
using nlohmann::json;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace reader_validation_test {

namespace {

/// `prefix` + `text`, appended: GCC 12 at -O3 reports a false -Wrestrict for a string literal +
/// std::string (and for std::string::insert at the front).
std::string prefixed(std::string prefix, const std::string& text)
{
    prefix += text;
    return prefix;
}

std::string problemsOf(const LoadResult& r)
{
    return r.problemText().toStdString();
}

::testing::AssertionResult hasProblem(const LoadResult& r, const std::string& path,
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

LoadResult readJson(const json& doc)
{
    return WorkspaceReader::readBytes(doc.dump());
}

struct FieldCase {
    const char* pointer; ///< JSON pointer of the field to replace
    json value;
    const char* path;    ///< expected problem path
    const char* message; ///< expected part of the message
};

class FieldValidation : public ::testing::TestWithParam<FieldCase> {};

} // namespace

TEST_P(FieldValidation, ReportsThePlaceAndTheReason)
{
    const FieldCase& c = GetParam();
    json doc = test::smallDocument();
    doc[json::json_pointer(c.pointer)] = c.value;
    const LoadResult r = readJson(doc);
    EXPECT_FALSE(r.workspace.has_value());
    EXPECT_TRUE(hasProblem(r, c.path, c.message));
}

INSTANTIATE_TEST_SUITE_P(
    WrongTypes, FieldValidation,
    ::testing::Values(
        FieldCase{"/name", 42, "name", "must be text, not a number"},
        FieldCase{"/personas", json::object(), "personas", "must be a list, not an object"},
        FieldCase{"/personas/0", "x", "personas[0]", "must be an object, not text"},
        FieldCase{"/personas/0/name", json::array(), "personas[0].name",
                  "must be text, not a list"},
        FieldCase{"/personas/0/pipeline/1/likelyDays", "twelve",
                  "personas[0].pipeline[1].likelyDays",
                  "must be a number from 0 to 3650, not text"},
        FieldCase{"/personas/0/decisionUnit/formalTender", 1,
                  "personas[0].decisionUnit.formalTender", "must be true or false"},
        FieldCase{"/personas/0/label", 3, "personas[0].label", "must be one of \"B2B\""},
        FieldCase{"/personas/0/goals/1", nullptr, "personas[0].goals[1]", "must be text, not null"},
        FieldCase{"/personas/0/economics", json::array(), "personas[0].economics",
                  "must be an object"},
        FieldCase{"/personas/0/decisionUnit/members/0", 5, "personas[0].decisionUnit.members[0]",
                  "must be an object"}));

INSTANTIATE_TEST_SUITE_P(
    OutOfRange, FieldValidation,
    ::testing::Values(
        FieldCase{"/personas/0/pipeline/1/likelyDays", -1, "personas[0].pipeline[1].likelyDays",
                  "must be a number from 0 to 3650; found -1"},
        FieldCase{"/personas/0/pipeline/0/conversionPercent", 100.5,
                  "personas[0].pipeline[0].conversionPercent", "from 0 to 100; found 100.5"},
        FieldCase{"/personas/0/economics/price", 1e300, "personas[0].economics.price",
                  "must be a number from 0 to"},
        FieldCase{"/personas/0/economics/monthlySpend", -5, "personas[0].economics.monthlySpend",
                  "found -5"},
        FieldCase{"/personas/0/motives/rational", 101, "personas[0].motives.rational", "found 101"},
        FieldCase{"/personas/0/decisionUnit/approvalLevels", 1.5,
                  "personas[0].decisionUnit.approvalLevels",
                  "whole number from 0 to 20; found 1.5"},
        FieldCase{"/personas/0/decisionUnit/approvalLevels", 99999999999LL,
                  "personas[0].decisionUnit.approvalLevels", "found 99999999999"},
        FieldCase{"/personas/0/decisionUnit/approvalLevels", 18446744073709551615ULL,
                  "personas[0].decisionUnit.approvalLevels", "found 18446744073709551615"},
        FieldCase{"/personas/0/consumer/ageMin", -1, "personas[0].consumer.ageMin", "found -1"},
        FieldCase{"/personas/0/decisionUnit/decisionProbabilityOverride", 1.2,
                  "personas[0].decisionUnit.decisionProbabilityOverride", "from 0 to 1"},
        FieldCase{"/personas/0/channels/0/attributionWindowDays", 7.5,
                  "personas[0].channels[0].attributionWindowDays", "whole number"},
        FieldCase{"/formatVersion", 0, "formatVersion", "whole number from 1"},
        FieldCase{"/formatVersion", "1", "formatVersion", "not text"}));

INSTANTIATE_TEST_SUITE_P(
    Formats, FieldValidation,
    ::testing::Values(FieldCase{"/personas/0/id", "not-a-uuid", "personas[0].id", "must be a UUID"},
                      FieldCase{"/personas/0/colour", "blue", "personas[0].colour", "#rrggbb"},
                      FieldCase{"/personas/0/label", "B2G", "personas[0].label", "found \"B2G\""},
                      FieldCase{"/personas/0/decisionUnit/members/0/role", "janitor",
                                "personas[0].decisionUnit.members[0].role", "found \"janitor\""},
                      FieldCase{"/currency", "euro", "currency", "at most 3 are allowed"},
                      FieldCase{"/currency", "eur", "currency", "three-letter ISO 4217"},
                      FieldCase{"/createdAt", "yesterday", "createdAt", "ISO 8601"},
                      FieldCase{"/personas/0/pipeline/1/minDays", 30, "personas[0].pipeline[1]",
                                "minDays ≤ likelyDays ≤ maxDays"},
                      FieldCase{"/personas/1/consumer/ageMin", 60, "personas[1].consumer",
                                "must not be greater than ageMax"},
                      FieldCase{"/personas/1/id", "0b6f5c0e-4a7b-4c1e-9e1a-2f3d4c5b6a71",
                                "personas[1].id", "used by an earlier persona"},
                      FieldCase{"/personas/0/channels/1/channel", "linkedin",
                                "personas[0].channels[1].channel", "listed twice"}));

TEST(ReaderValidation, MissingRequiredFieldsAreNamed)
{
    for (const char* pointer : {"/name", "/personas", "/personas/0/id", "/personas/0/label",
                                "/personas/0/pipeline/0/maxDays"}) {
        json doc = test::smallDocument();
        const json::json_pointer ptr(pointer);
        doc[ptr.parent_pointer()].erase(ptr.back());
        const LoadResult r = readJson(doc);
        std::string path = std::string(pointer).substr(1);
        // "/personas/0/id" → "personas[0].id"
        for (std::size_t i; (i = path.find("/0")) != std::string::npos;)
            path.replace(i, 2, "[0]");
        std::replace(path.begin(), path.end(), '/', '.');
        EXPECT_TRUE(hasProblem(r, path, "is missing")) << pointer;
    }
}

TEST(ReaderValidation, StringsAndListsHaveSizeLimits)
{
    json doc = test::smallDocument();
    doc["personas"][0]["name"] = std::string(limits::maxShortText + 1, 'a');
    EXPECT_TRUE(hasProblem(readJson(doc), "personas[0].name", "at most 500 are allowed"));

    doc = test::smallDocument();
    json channels = json::array();
    for (std::size_t i = 0; i <= limits::maxChannels; ++i)
        channels.push_back({{"channel", prefixed("c", std::to_string(i))}});
    doc["personas"][0]["channels"] = channels;
    EXPECT_TRUE(hasProblem(readJson(doc), "personas[0].channels", "has 61 items; at most 60"));
}

TEST(ReaderValidation, NonFiniteNumbersAreRejected)
{
    // JSON has no NaN or Infinity; a huge exponent overflows, which the parser reports where it is.
    std::string text = test::smallDocument().dump();
    const std::string from = "\"price\":25000";
    const auto column = static_cast<int>(text.find(from) + from.size() - 5 + 1);
    text.replace(text.find(from), from.size(), "\"price\":1e999");
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 1);
    EXPECT_GE(r.problems[0].column, column);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("too large"))) << problemsOf(r);

    for (const char* spelling : {"NaN", "Infinity", "-Infinity", "nan", "inf"}) {
        std::string t = test::smallDocument().dump();
        t.replace(t.find(from), from.size(), "\"price\":" + std::string(spelling));
        const LoadResult bad = WorkspaceReader::readBytes(t);
        ASSERT_FALSE(bad.ok()) << spelling;
        EXPECT_GT(bad.problems.front().line, 0) << spelling;
    }
}

TEST(ReaderValidation, SyntaxErrorsGiveLineAndColumn)
{
    const std::string text = "{\n  \"format\": \"b2x-workspace\",\n  \"formatVersion\": 1,\n"
                             "  \"name\": tru\n}\n";
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 4);
    EXPECT_GE(r.problems[0].column, 11);
    EXPECT_TRUE(r.problems[0].toString().startsWith(QStringLiteral("line 4, column ")))
        << problemsOf(r);
}

TEST(ReaderValidation, TruncatedFilesAreRejectedAtEveryLength)
{
    const std::string text = test::readAll(test::sourcePath("tests/fixtures/format-v1.b2x"));
    ASSERT_GT(text.size(), 100u);
    // Every prefix short of the closing brace is an incomplete document.
    const auto lastBrace = text.rfind('}');
    for (std::size_t n = 0; n < lastBrace; ++n) {
        const LoadResult r = WorkspaceReader::readBytes(std::string_view(text).substr(0, n));
        ASSERT_FALSE(r.ok()) << "prefix of " << n << " bytes loaded";
        ASSERT_FALSE(r.problems.empty());
        ASSERT_FALSE(r.problems.front().message.isEmpty());
    }
}

TEST(ReaderValidation, InvalidUtf8IsNamedAsSuch)
{
    std::string text = test::smallDocument().dump();
    const auto at = text.find("Procurement lead");
    text[at + 3] = '\xff';
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("UTF-8"))) << problemsOf(r);
    EXPECT_EQ(r.problems[0].line, 1);
}

TEST(ReaderValidation, DeepNestingIsRefusedWithoutCrashing)
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const LoadResult r = WorkspaceReader::readBytes(deep);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("64 levels"))) << problemsOf(r);

    // Deep nesting inside an otherwise valid workspace, in an unknown field.
    json doc = test::smallDocument();
    std::string text = doc.dump();
    text.insert(1, "\"junk\":" + std::string(70, '[') + std::string(70, ']') + ",");
    EXPECT_FALSE(WorkspaceReader::readBytes(text).ok());
}

TEST(ReaderValidation, DuplicateKeysAreRefused)
{
    std::string text = test::smallDocument().dump();
    text.insert(1, "\"name\":\"first\",");
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("\"name\" appears twice")))
        << problemsOf(r);
}

TEST(ReaderValidation, EnvelopeMustBeAWorkspace)
{
    EXPECT_TRUE(hasProblem(WorkspaceReader::readBytes("[1,2]"), "", "not an object"));
    EXPECT_TRUE(hasProblem(WorkspaceReader::readBytes("{\"format\":\"other\"}"), "",
                           "not a B2X workspace"));
    EXPECT_TRUE(hasProblem(WorkspaceReader::readBytes(""), "", "empty"));
    EXPECT_TRUE(hasProblem(WorkspaceReader::readBytes(" \n\t"), "", "empty"));
}

TEST(ReaderValidation, NewerFormatVersionIsRefusedByName)
{
    json doc = test::smallDocument();
    doc["formatVersion"] = 7;
    const LoadResult r = readJson(doc);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("format version 7")))
        << problemsOf(r);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("newer version")));
}

TEST(ReaderValidation, UnknownFieldsAreIgnored)
{
    json doc = test::smallDocument();
    doc["addedInTheFuture"] = {{"x", 1}};
    doc["personas"][0]["mood"] = "sunny";
    doc["personas"][0]["evidence"]["weather"] = {{"source", "sky"}};
    const LoadResult r = readJson(doc);
    ASSERT_TRUE(r.ok()) << problemsOf(r);
    EXPECT_EQ(*r.workspace, test::smallWorkspace());
}

TEST(ReaderValidation, SoftProblemsAreWarningsAndKeepTheData)
{
    json doc = test::smallDocument();
    doc["personas"][0]["channels"][1]["channel"] = "metaverse";
    doc["personas"][0]["channels"][1]["budgetSharePercent"] = 70; // 60 + 70 = 130%
    doc["view"]["comparedPersonaIds"].push_back("11111111-2222-4333-8444-555555555555");
    const LoadResult r = readJson(doc);
    ASSERT_TRUE(r.ok()) << problemsOf(r);
    EXPECT_EQ(r.warnings.size(), 3u);
    EXPECT_EQ(r.workspace->personas[0].channels[1].channelId, "metaverse");
    EXPECT_EQ(r.workspace->view.comparedPersonaIds.size(), 1u);
}

TEST(ReaderValidation, ManyProblemsAreReportedInOnePassUpToACap)
{
    json doc = test::smallDocument();
    doc["personas"][0]["name"] = 1;
    doc["personas"][1]["economics"]["price"] = -1;
    EXPECT_EQ(readJson(doc).problems.size(), 2u);

    json many = test::smallDocument();
    for (int i = 0; i < 200; ++i)
        many["personas"].push_back({{"id", "x"}});
    EXPECT_EQ(readJson(many).problems.size(), limits::maxProblemsReported);
}

TEST(ReaderFiles, MissingFolderAndOversizedFilesAreExplained)
{
    QTemporaryDir dir;
    EXPECT_TRUE(hasProblem(WorkspaceReader::readFile(dir.filePath(QStringLiteral("none.b2x"))), "",
                           "does not exist"));
    EXPECT_TRUE(hasProblem(WorkspaceReader::readFile(dir.path()), "", "folder"));

    // A 200 MB sparse file: refused by its size before a byte is read.
    QFile big(dir.filePath(QStringLiteral("big.b2x")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(200LL * 1024 * 1024));
    big.close();
    EXPECT_TRUE(hasProblem(WorkspaceReader::readFile(big.fileName()), "", "limited to 128 MB"));
}

TEST(ReaderFiles, UnreadableFileIsExplained)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads files regardless of permissions";
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("locked.b2x")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    ASSERT_TRUE(f.setPermissions(QFileDevice::Permissions()));
    EXPECT_TRUE(hasProblem(WorkspaceReader::readFile(f.fileName()), "", "cannot be read"));
}

TEST(ReaderFiles, EveryJsonTestSuiteFileIsRejectedWithAMessage)
{
    // nst/JSONTestSuite: none of these is a workspace, whatever the JSON verdict.
    QDirIterator it(QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/JSONTestSuite/test_parsing"),
                    {QStringLiteral("*.json")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const LoadResult r = WorkspaceReader::readFile(path);
        EXPECT_FALSE(r.ok()) << path.toStdString();
        ASSERT_FALSE(r.problems.empty()) << path.toStdString();
        EXPECT_FALSE(r.problems.front().message.isEmpty()) << path.toStdString();
        ++files;
    }
    EXPECT_GT(files, 300);
}

} // namespace reader_validation_test
