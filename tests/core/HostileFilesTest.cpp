// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files against the reader: the shared corpus (tests/support/HostileCorpus), and
// systematic damage to every value of the format-v1 fixture. Truncation at every byte and the
// JSONTestSuite files are in ReaderValidationTest; the same corpus goes through `b2x validate`
// (tests/cli/HostileCliTest.cpp) and the window (tests/ui/HostileOpenTest.cpp).
#include "../support/HostileCorpus.h"
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>
#include <limits>
#include <optional>

using namespace b2x;
using Json = nlohmann::ordered_json;

namespace {

using Node = test::JsonNode;

/// A fresh copy of the fixture document (read and parsed once: every case mutates a copy).
Json fixture()
{
    static const Json parsed =
        Json::parse(test::readAll(test::sourcePath("tests/fixtures/format-v1.b2x")));
    return parsed;
}

std::vector<Node> everyNode()
{
    std::vector<Node> nodes;
    test::collectNodes(fixture(), Json::json_pointer(), {}, nodes);
    return nodes;
}

/// Fields documented as "… or null" in docs/file-format.md.
bool isNullable(const Node& node)
{
    const std::string& key = node.pointer.back();
    return key == "decisionProbabilityOverride" || key == "attributionWindowDays";
}

LoadResult readWith(const Node& node, const Json& replacement)
{
    Json doc = fixture();
    doc[node.pointer] = replacement;
    return WorkspaceReader::readBytes(doc.dump());
}

::testing::AssertionResult rejectedAt(const LoadResult& r, const std::string& path)
{
    if (r.ok())
        return ::testing::AssertionFailure() << "loaded";
    for (const auto& p : r.problems)
        if (p.path == path && !p.message.isEmpty())
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no problem names '" << path << "'; got:\n"
                                         << r.problemText().toStdString();
}

/// Numbers as they are written in files, including what JSON libraries refuse to produce.
bool isNumeric(const Node& node)
{
    return node.value.is_number() || (node.value.is_null() && isNullable(node));
}

} // namespace

TEST(HostileFiles, EveryCorpusFileIsRefusedWithAClearMessage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList skipped;
    const auto corpus = test::writeHostileCorpus(dir.path(), &skipped);
    ASSERT_GE(corpus.size(), 25u);
    for (const auto& file : corpus) {
        SCOPED_TRACE(file.name.toStdString());
        LoadResult r;
        {
            std::optional<test::FifoUnblocker> unblocker;
            if (file.isFifo)
                unblocker.emplace(file.path);
            r = WorkspaceReader::readFile(file.path);
            if (unblocker) {
                EXPECT_FALSE(unblocker->fired()) << "opening the FIFO blocked until a writer came";
            }
        }
        EXPECT_FALSE(r.ok());
        ASSERT_FALSE(r.problems.empty());
        bool found = false;
        for (const auto& p : r.problems)
            found = found || p.toString().contains(file.expect);
        EXPECT_TRUE(found) << "expected \"" << file.expect.toStdString() << "\"; got:\n"
                           << r.problemText().toStdString();
    }
    for (const auto& s : skipped)
        std::cout << "[   NOTE   ] corpus case left out: " << s.toStdString() << '\n';
}

TEST(HostileFiles, WrongTypesEverywhereAreRefusedByPath)
{
    // Every value of the fixture (leaves and containers) replaced by each other JSON type.
    const std::vector<Json> replacements{nullptr, false,         12345678,
                                         "text",  Json::array(), Json::object()};
    const auto nodes = everyNode();
    ASSERT_GT(nodes.size(), 100u);
    int cases = 0;
    for (const auto& node : nodes) {
        for (const auto& replacement : replacements) {
            const bool sameType = (replacement.is_number() && node.value.is_number()) ||
                                  replacement.type() == node.value.type();
            if (sameType)
                continue;
            ++cases;
            SCOPED_TRACE(node.path + " := " + replacement.dump());
            const LoadResult r = readWith(node, replacement);
            if (replacement.is_null() && isNullable(node)) {
                EXPECT_TRUE(r.ok()) << r.problemText().toStdString();
            } else if (node.path == "format") {
                // The envelope check names the key in its message: the file is not a workspace.
                ASSERT_FALSE(r.ok());
                EXPECT_TRUE(r.problems.front().message.contains(QStringLiteral("\"format\"")));
            } else {
                EXPECT_TRUE(rejectedAt(r, node.path));
            }
        }
    }
    EXPECT_GT(cases, 500);
}

TEST(HostileFiles, HugeAndNegativeNumbersEverywhereAreRefusedByPath)
{
    // No field of the format accepts a negative number or one above 10^16.
    const std::vector<Json> numbers{-1, -1e308, 1e308, std::numeric_limits<std::uint64_t>::max(),
                                    std::numeric_limits<std::int64_t>::min()};
    int fields = 0;
    for (const auto& node : everyNode()) {
        if (!isNumeric(node))
            continue;
        ++fields;
        for (const auto& n : numbers) {
            SCOPED_TRACE(node.path + " := " + n.dump());
            EXPECT_TRUE(rejectedAt(readWith(node, n), node.path));
        }
    }
    EXPECT_GT(fields, 30);
}

TEST(HostileFiles, NonFiniteSpellingsAnywhereAreSyntaxErrorsWithAPosition)
{
    // JSON has no NaN or Infinity; the spellings some writers emit must be refused wherever they
    // appear, with the line and column to look at.
    int numbers = 0;
    for (const auto& node : everyNode()) {
        if (!isNumeric(node))
            continue;
        ++numbers;
        Json doc = fixture();
        doc[node.pointer] = "@NUMBER@";
        const std::string text = doc.dump(2);
        for (const char* spelling :
             {"NaN", "-NaN", "nan", "Infinity", "-Infinity", "inf", "1e999", "-1e999"}) {
            SCOPED_TRACE(node.path + " := " + spelling);
            std::string bad = text;
            bad.replace(bad.find("\"@NUMBER@\""), 10, spelling);
            const LoadResult r = WorkspaceReader::readBytes(bad);
            ASSERT_FALSE(r.ok());
            ASSERT_EQ(r.problems.size(), 1u) << r.problemText().toStdString();
            EXPECT_GT(r.problems[0].line, 1);
            EXPECT_GT(r.problems[0].column, 0);
        }
    }
    EXPECT_GT(numbers, 30); // the fixture's numbers were all reached
}
