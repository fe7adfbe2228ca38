// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x summary --json` is written as text persona by persona (issue 21): the bytes must be what
// `dump(2)` of the document built in memory gave, on the sample and on a generated workspace
// whose labels, texts and channels vary far more than the sample's.
#include "SummaryJson.h"
#include "SummaryJsonDocument.h"
#include "WorkspaceGenerator.h"
#include "io/WorkspaceReader.h"

#include <gtest/gtest.h>

namespace {

using namespace b2x;

std::string referenceText(const Workspace& ws)
{
    return cli::summaryJsonDocument(ws).dump(2, ' ', false,
                                             nlohmann::ordered_json::error_handler_t::replace) +
           "\n";
}

/// The first differing line, for a readable failure rather than two 1 MB strings.
std::string firstDifference(const std::string& a, const std::string& b)
{
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    const std::size_t from = a.rfind('\n', i == 0 ? 0 : i - 1);
    const std::size_t start = from == std::string::npos ? 0 : from + 1;
    return "at byte " + std::to_string(i) + ":\nstreamed:  " + a.substr(start, 120) +
           "\nreference: " + b.substr(start, 120);
}

TEST(SummaryStream, TheSampleIsByteIdenticalToTheDocumentBuiltInMemory)
{
    const LoadResult r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    ASSERT_TRUE(r.ok());
    const std::string streamed = cli::summaryJson(*r.workspace);
    const std::string reference = referenceText(*r.workspace);
    EXPECT_EQ(streamed.size(), reference.size());
    EXPECT_TRUE(streamed == reference) << firstDifference(streamed, reference);
}

TEST(SummaryStream, AGeneratedWorkspaceIsByteIdenticalAndHandedOnInPieces)
{
    Workspace ws = bench::generateWorkspace(300);
    // Awkward text the writer must escape exactly as the library does, and a name that is not
    // valid UTF-8 (both replace it with U+FFFD).
    ws.name = "Quote \" backslash \\ tab \t control \x01 é \xff end";
    ws.personas[0].name = "Line\nbreak \"quoted\" \xc3\x28";
    std::size_t pieces = 0;
    std::string streamed;
    cli::writeSummaryJson(ws, [&](std::string_view piece) {
        ++pieces;
        streamed += piece;
    });
    const std::string reference = referenceText(ws);
    EXPECT_EQ(streamed.size(), reference.size());
    EXPECT_TRUE(streamed == reference) << firstDifference(streamed, reference);
    // Streamed: handed on as it is written, never as one whole text.
    EXPECT_GT(pieces, 10U);
}

TEST(SummaryStream, AnEmptyWorkspaceIsByteIdentical)
{
    Workspace ws;
    ws.name = "Empty";
    EXPECT_EQ(cli::summaryJson(ws), referenceText(ws));
}

} // namespace
