// SPDX-License-Identifier: GPL-3.0-or-later
// The view's group scope (docs/file-format.md): which personas the group modes group. Read with
// a default for older files, validated like every other field, written and read back.
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <gtest/gtest.h>

using namespace b2x;
using nlohmann::json;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace group_scope_test {

namespace {

LoadResult readJson(const json& doc)
{
    return WorkspaceReader::readBytes(doc.dump());
}

bool hasProblemAt(const LoadResult& r, const std::string& path, const std::string& part)
{
    for (const auto& p : r.problems)
        if (p.path == path && p.message.toStdString().find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(GroupScope, IsWrittenAndReadBack)
{
    Workspace ws = test::smallWorkspace();
    ws.view.compareMode = CompareMode::GroupsByBehaviour;
    ws.view.groupScope = GroupScope::Selected;
    const std::string text = WorkspaceWriter::serialise(ws);
    EXPECT_NE(text.find("\"groupScope\": \"selected\""), std::string::npos);
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->view.groupScope, GroupScope::Selected);
    EXPECT_EQ(*r.workspace, ws);
}

TEST(GroupScope, AFileWithoutItGroupsEveryPersona)
{
    json doc = test::smallDocument();
    doc["view"].erase("groupScope");
    doc["view"]["compareMode"] = "groupsByLabel";
    const LoadResult r = readJson(doc);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->view.groupScope, GroupScope::All);
}

TEST(GroupScope, AnUnknownOrMistypedValueIsAProblemAtItsPlace)
{
    json doc = test::smallDocument();
    doc["view"]["groupScope"] = "some";
    LoadResult r = readJson(doc);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasProblemAt(r, "view.groupScope", "\"some\"")) << r.problemText().toStdString();

    doc["view"]["groupScope"] = true;
    r = readJson(doc);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasProblemAt(r, "view.groupScope", "must be one of"))
        << r.problemText().toStdString();
}

} // namespace group_scope_test
