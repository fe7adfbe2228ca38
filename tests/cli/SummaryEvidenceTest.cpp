// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x summary --json` says, per evidence item, whether its source still backs the number
// (docs/cli-summary-json.md, "evidence"; issue 15, point 1).
#include "CliProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using b2x::test::ProcessResult;
using b2x::test::runCli;
// Ordered, so that the test sees the keys in the order the CLI printed them.
using json = nlohmann::ordered_json;

namespace {

json readSample()
{
    QFile f(QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return json::parse(f.readAll().toStdString());
}

json summaryOf(const QTemporaryDir& dir, const json& workspace)
{
    const QString path = dir.filePath(QStringLiteral("work.b2x"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArray::fromStdString(workspace.dump(2)));
    f.close();
    const ProcessResult r = runCli({QStringLiteral("summary"), path, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return json::parse(r.out.toStdString(), nullptr, false);
}

} // namespace

TEST(SummaryEvidence, EveryItemSaysWhetherItIsStaleAndWhatItWasWrittenFor)
{
    QTemporaryDir dir;
    json ws = readSample();
    ASSERT_TRUE(ws.is_object());
    json& persona = ws["personas"][0];
    const std::size_t members = persona["decisionUnit"]["members"].size();
    // Two people joined the decision unit after the source was written; the price went up.
    persona["decisionUnit"]["members"].push_back({{"role", "user"}, {"title", "Analyst"}});
    persona["decisionUnit"]["members"].push_back({{"role", "influencer"}, {"title", "Advisor"}});
    persona["economics"]["price"] = 150000;
    // An item from before "for" existed: written for the values in the file.
    persona["evidence"]["lifetime"].erase("for");

    const json summary = summaryOf(dir, ws);
    ASSERT_TRUE(summary.is_object());
    const json& evidence = summary.at("personas").at(0).at("evidence");
    ASSERT_TRUE(evidence.is_object());
    EXPECT_EQ(evidence.size(), persona["evidence"].size());
    for (const auto& [key, item] : evidence.items()) {
        SCOPED_TRACE(key);
        const bool expectStale = key == "decisionUnitSize" || key == "price";
        EXPECT_EQ(item.at("stale"), expectStale);
        EXPECT_EQ(item.at("source"), persona["evidence"][key]["source"]);
        EXPECT_EQ(item.at("confidence"), persona["evidence"][key]["confidence"]);
        EXPECT_EQ(item.at("writtenFor") == item.at("current"), !expectStale);
    }
    EXPECT_EQ(evidence.at("decisionUnitSize").at("writtenFor"), json::array({members}));
    EXPECT_EQ(evidence.at("decisionUnitSize").at("current"), json::array({members + 2}));
    EXPECT_EQ(evidence.at("price").at("writtenFor"), json::array({120000}));
    EXPECT_EQ(evidence.at("price").at("current"), json::array({150000}));

    // Keys in the documented order: after channelFit, last in the persona.
    const json& first = summary.at("personas").at(0);
    EXPECT_EQ(first.items().begin().key(), "id");
    std::string last;
    for (const auto& [key, value] : first.items())
        last = key;
    EXPECT_EQ(last, "evidence");
}
