// SPDX-License-Identifier: GPL-3.0-or-later
// The documented maximums (core/model/Limits.h, docs/file-format.md): the reader accepts a list
// at its maximum and refuses one item more with a message naming the list. Channels and text
// sizes are also covered in ReaderValidationTest.
#include "model/Limits.h"

#include "TestDocuments.h"
#include "io/WorkspaceReader.h"

#include <QString>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>

using namespace b2x;
using nlohmann::json;

namespace {

/// `prefix` + `text`, appended: GCC 12 at -O3 reports a false -Wrestrict for a string literal +
/// std::string (and for std::string::insert at the front).
std::string prefixed(std::string prefix, const std::string& text)
{
    prefix += text;
    return prefix;
}

std::string uuidFor(std::size_t i)
{
    char text[48]; // a size_t may need 16 digits: -Wformat-truncation at -O2
    std::snprintf(text, sizeof text, "%08zx-0000-4000-8000-000000000000", i);
    return text;
}

/// The small document with the list at `pointer` made `count` items long, built by `item(i)`.
json withList(const char* pointer, std::size_t count, const std::function<json(std::size_t)>& item)
{
    json doc = test::smallDocument();
    json list = json::array();
    for (std::size_t i = 0; i < count; ++i)
        list.push_back(item(i));
    doc[json::json_pointer(pointer)] = std::move(list);
    return doc;
}

struct ListLimit {
    const char* pointer;
    const char* path;
    std::size_t max;
    std::function<json(std::size_t)> item;
};

std::vector<ListLimit> listLimits()
{
    const json doc = test::smallDocument();
    const json stage = doc["personas"][0]["pipeline"][0];
    const json member = doc["personas"][0]["decisionUnit"]["members"][0];
    return {
        {"/personas", "personas", limits::maxPersonas,
         [](std::size_t i) {
             return json{{"id", uuidFor(i)}, {"name", "p"}, {"label", "B2B"}};
         }},
        {"/personas/0/pipeline", "personas[0].pipeline", limits::maxStages,
         [stage](std::size_t) { return stage; }},
        {"/personas/0/decisionUnit/members", "personas[0].decisionUnit.members", limits::maxMembers,
         [member](std::size_t) { return member; }},
        {"/personas/0/channels", "personas[0].channels", limits::maxChannels,
         [](std::size_t i) {
             // Ids the catalogue does not know load with a warning, which is fine here.
             return json{{"channel", prefixed("c", std::to_string(i))}, {"budgetSharePercent", 1}};
         }},
    };
}

/// 20000 → "20,000", as the documentation writes numbers.
std::string grouped(std::size_t n)
{
    const std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace

TEST(Limits, ListsAtTheirMaximumLoadAndOneMoreIsRefusedWithAMessage)
{
    for (const auto& limit : listLimits()) {
        SCOPED_TRACE(limit.path);
        const LoadResult atMax =
            WorkspaceReader::readBytes(withList(limit.pointer, limit.max, limit.item).dump());
        EXPECT_TRUE(atMax.ok()) << atMax.problemText().toStdString();

        const LoadResult over =
            WorkspaceReader::readBytes(withList(limit.pointer, limit.max + 1, limit.item).dump());
        ASSERT_FALSE(over.ok());
        ASSERT_FALSE(over.problems.empty());
        EXPECT_EQ(over.problems.front().path, limit.path);
        const QString expected = QStringLiteral("has %1 items; at most %2 are allowed")
                                     .arg(limit.max + 1)
                                     .arg(limit.max);
        EXPECT_EQ(over.problems.front().message, expected) << over.problemText().toStdString();
    }
}

TEST(Limits, EveryMaximumIsDocumentedInTheFileFormat)
{
    const std::string doc = test::readAll(test::sourcePath("docs/file-format.md"));
    ASSERT_FALSE(doc.empty());
    const std::vector<std::string> statements{
        prefixed("at most ", grouped(limits::maxPersonas)) + " personas",
        prefixed("stages, below; ≤ ", std::to_string(limits::maxStages)),
        prefixed("`members` (≤ ", std::to_string(limits::maxMembers)) + ")",
        prefixed("≤ ", std::to_string(limits::maxChannels)) + "; below",
        prefixed("≤ ", std::to_string(limits::maxListItems)) + " items each",
        prefixed("**", std::to_string(limits::maxFileBytes / (1024 * 1024))) + " MB**",
        prefixed("**", std::to_string(limits::maxNestingDepth)) + "** levels",
    };
    for (const auto& s : statements)
        EXPECT_NE(doc.find(s), std::string::npos) << "docs/file-format.md does not say: " << s;
}
