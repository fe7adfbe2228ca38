// SPDX-License-Identifier: GPL-3.0-or-later
// Systematic damage to every value of the format-v2 fixture's plan (the same method as
// HostileFilesTest applies to the rest of the format): every other JSON type, and numbers out of
// range, are refused with the value's own place.
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"

#include <gtest/gtest.h>
#include <limits>

using namespace b2x;
using Json = nlohmann::ordered_json;

namespace {

using Node = test::JsonNode;

Json fixture()
{
    static const Json parsed =
        Json::parse(test::readAll(test::sourcePath("tests/fixtures/format-v2.b2x")));
    return parsed;
}

/// Every value under "plan" (not the plan itself, whose damage the envelope tests cover).
std::vector<Node> planNodes()
{
    std::vector<Node> nodes;
    test::collectNodes(fixture()["plan"], Json::json_pointer("/plan"), "plan", nodes);
    return nodes;
}

/// Fields documented as "… or null" in docs/file-format.md, "Plan".
bool isNullable(const Node& node)
{
    const std::string& key = node.pointer.back();
    return key == "target" ? node.path.starts_with("plan.personas")
                           : key == "audienceSize" || key == "actualBudget" || key == "derived";
}

/// Key-result values may be negative (a net promoter score, a change in a rate).
bool mayBeNegative(const Node& node)
{
    const std::string& key = node.pointer.back();
    return node.path.find(".keyResults[") != std::string::npos &&
           (key == "start" || key == "target" || key == "current" || key == "value");
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

} // namespace

TEST(PlanHostile, WrongTypesEverywhereInThePlanAreRefusedByPath)
{
    const std::vector<Json> replacements{nullptr, false,         12345678,
                                         "text",  Json::array(), Json::object()};
    const auto nodes = planNodes();
    ASSERT_GT(nodes.size(), 60u);
    int cases = 0;
    for (const auto& node : nodes) {
        for (const auto& replacement : replacements) {
            // A number where the fixture holds a null number (actualBudget) is a valid value.
            const bool numeric =
                node.value.is_number() ||
                (node.value.is_null() && isNullable(node) && node.pointer.back() != "derived");
            const bool sameType =
                (replacement.is_number() && numeric) || replacement.type() == node.value.type();
            if (sameType)
                continue;
            ++cases;
            SCOPED_TRACE(node.path + " := " + replacement.dump());
            const LoadResult r = readWith(node, replacement);
            if (replacement.is_null() && isNullable(node))
                EXPECT_TRUE(r.ok()) << r.problemText().toStdString();
            else
                EXPECT_TRUE(rejectedAt(r, node.path));
        }
    }
    EXPECT_GT(cases, 300);
}

TEST(PlanHostile, OutOfRangeNumbersInThePlanAreRefusedByPath)
{
    const std::vector<Json> numbers{-1, -1e308, 1e308, std::numeric_limits<std::uint64_t>::max(),
                                    std::numeric_limits<std::int64_t>::min()};
    int fields = 0;
    for (const auto& node : planNodes()) {
        if (!node.value.is_number())
            continue;
        ++fields;
        for (const auto& n : numbers) {
            if (n == -1 && mayBeNegative(node))
                continue;
            SCOPED_TRACE(node.path + " := " + n.dump());
            EXPECT_TRUE(rejectedAt(readWith(node, n), node.path));
        }
    }
    EXPECT_GE(fields, 10);
}
