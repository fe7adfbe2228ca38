// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's `report` object (docs/file-format.md): what the PDF report prints on its cover
// and after its summary survives a save and a reopen, and the reader checks it like every other
// field, naming the place of each problem.
#include "TestDocuments.h"
#include "io/ReportDecoder.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <gtest/gtest.h>

using namespace b2x;
using json = nlohmann::json;

namespace {

bool hasProblem(const LoadResult& r, const std::string& path, const std::string& part)
{
    for (const auto& p : r.problems)
        if (p.path == path && p.message.toStdString().find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(ReportSettings, RoundTripThroughTheFile)
{
    Workspace ws = test::smallWorkspace();
    ws.report.title = "Accounting firms: how they buy";
    ws.report.subtitle = "B2B SaaS for 50-person firms against an impulse buyer";
    ws.report.client = "Ledgerly Sp. z o.o.";
    ws.report.author = "Ana Popescu, strategist";
    ws.report.date = "2026-12-03";
    ws.report.recommendations = "Lengthen the LinkedIn window to 120 days.\n\nTest webinars.";
    const std::string bytes = WorkspaceWriter::serialise(ws);
    EXPECT_NE(bytes.find("\"report\": {"), std::string::npos);
    const LoadResult r = WorkspaceReader::readBytes(bytes);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->report, ws.report);
    EXPECT_EQ(*r.workspace, ws);
}

TEST(ReportSettings, AbsentObjectMeansDefaults)
{
    json doc = test::smallDocument();
    doc.erase("report");
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->report, ReportSettings{});
}

TEST(ReportSettings, EveryFieldIsValidatedWithItsPlace)
{
    const auto read = [](const char* pointer, const json& value) {
        json doc = test::smallDocument();
        doc[json::json_pointer(pointer)] = value;
        return WorkspaceReader::readBytes(doc.dump());
    };
    EXPECT_TRUE(hasProblem(read("/report", json::array()), "report", "object"));
    EXPECT_TRUE(hasProblem(read("/report/title", 42), "report.title", "must be text"));
    EXPECT_TRUE(
        hasProblem(read("/report/client", std::string(501, 'x')), "report.client", "at most 500"));
    EXPECT_TRUE(hasProblem(read("/report/recommendations", std::string(100001, 'x')),
                           "report.recommendations", "at most 100000"));
    EXPECT_TRUE(hasProblem(read("/report/date", "03.12.2026"), "report.date", "YYYY-MM-DD"));
    EXPECT_TRUE(hasProblem(read("/report/date", "2026-02-30"), "report.date", "YYYY-MM-DD"));
    EXPECT_TRUE(hasProblem(read("/report/date", true), "report.date", "must be text"));
    // An unknown key is ignored, as everywhere in the format.
    EXPECT_TRUE(read("/report/colourScheme", "blue").ok());
    EXPECT_TRUE(read("/report/date", "").ok());
}

TEST(ReportSettings, IsoDatesOnly)
{
    EXPECT_TRUE(isIsoDate("2026-12-03"));
    EXPECT_TRUE(isIsoDate("2028-02-29"));
    EXPECT_FALSE(isIsoDate("2026-02-29"));
    EXPECT_FALSE(isIsoDate("2026-12-3"));
    EXPECT_FALSE(isIsoDate("+026-12-03"));
    EXPECT_FALSE(isIsoDate("2026/12/03"));
    EXPECT_FALSE(isIsoDate(""));
}
