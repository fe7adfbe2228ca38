// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x export --csv-plan DIR`: the plan's tactics, key results and content as three CSV files in
// the conventions of the metrics CSV (header row, UTF-8, RFC 4180 quoting, numbers with a dot),
// with the names of personas, channels and key results beside their ids.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_export_cli_test {

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");

QStringList lines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.endsWith(QStringLiteral("\r\n"))) << path.toStdString();
    text.chop(2);
    return text.split(QStringLiteral("\r\n"));
}

} // namespace

TEST(PlanExportCli, WritesTacticsKeyResultsAndContentWithNamesBesideIds)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("plan")); // created by the export
    const ProcessResult r =
        runCli({QStringLiteral("export"), sample, QStringLiteral("--csv-plan"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(out));

    const QStringList tactics = lines(QDir(out).filePath(QStringLiteral("tactics.csv")));
    ASSERT_EQ(tactics.size(), 1 + 21); // header + the sample's 21 tactics
    EXPECT_EQ(tactics[0], QStringLiteral("id,name,personaId,persona,stage,channelId,channel,start,"
                                         "end,plannedBudget,actualBudget,status,owner,"
                                         "keyResultId,keyResult"));
    EXPECT_EQ(tactics[1],
              QStringLiteral("t-ent-abm,ABM programme for 60 named accounts,"
                             "7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71,"
                             "Enterprise software buying committee,reach,abm,"
                             "Account-based marketing,2027-01-04,2027-03-31,90000,41000,running,"
                             "ABM manager,kr-enterprise-sqls,Sales-qualified leads this quarter"));
    // A tactic with nothing spent yet: an empty cell, not 0.
    EXPECT_TRUE(tactics[3].startsWith(QStringLiteral("t-ent-workshop,")))
        << tactics[3].toStdString();
    EXPECT_EQ(tactics[3].split(QLatin1Char(','))[10], QString());

    const QStringList keyResults = lines(QDir(out).filePath(QStringLiteral("key-results.csv")));
    ASSERT_EQ(keyResults.size(), 1 + 11);
    EXPECT_EQ(keyResults[0],
              QStringLiteral("objectiveId,objective,stage,commitment,owner,personaId,persona,id,"
                             "metric,unit,start,target,current,weight,progress,derivedFrom,"
                             "checkIns,lastCheckIn,confidence"));
    EXPECT_EQ(keyResults[1],
              QStringLiteral("obj-enterprise,Fill the enterprise pipeline for the second half,"
                             "convert,committed,Head of demand generation,"
                             "7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71,"
                             "Enterprise software buying committee,kr-enterprise-sqls,"
                             "Sales-qualified leads this quarter,SQLs,0,35,14,2,0.4,,2,"
                             "2027-02-14,6"));

    const QStringList content = lines(QDir(out).filePath(QStringLiteral("content.csv")));
    ASSERT_EQ(content.size(), 1 + 15);
    EXPECT_EQ(content[0], QStringLiteral("id,title,format,personaId,persona,stage,callToAction,"
                                         "channelId,channel,status,publishDate,address"));
    EXPECT_EQ(content[1], QStringLiteral("c-ent-guide,Total cost of ownership guide for CFOs,"
                                         "whitepaper,7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71,"
                                         "Enterprise software buying committee,act,"
                                         "Download the guide,linkedin,LinkedIn,live,2027-01-18,"
                                         "https://example.com/tco-guide"));
}

TEST(PlanExportCli, QuotesFieldsAndFailsCleanlyOnAnUnwritableFolder)
{
    QTemporaryDir dir;
    // A tactic whose name holds a comma and a quote, and whose persona no longer exists.
    QFile in(sample);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    const QByteArray from = "\"name\": \"ABM programme for 60 named accounts\"";
    ASSERT_TRUE(text.contains(from));
    text.replace(from, "\"name\": \"ABM, \\\"named\\\" accounts\"");
    QFile edited(dir.filePath(QStringLiteral("edited.b2x")));
    ASSERT_TRUE(edited.open(QIODevice::WriteOnly));
    edited.write(text);
    edited.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_EQ(
        runCli({QStringLiteral("export"), edited.fileName(), QStringLiteral("--csv-plan"), out})
            .exitCode,
        0);
    const QStringList tactics = lines(QDir(out).filePath(QStringLiteral("tactics.csv")));
    ASSERT_GT(tactics.size(), 1);
    EXPECT_TRUE(tactics[1].startsWith(QStringLiteral("t-ent-abm,\"ABM, \"\"named\"\" accounts\",")))
        << tactics[1].toStdString();

    // A file where the folder should be: exit 1, a message naming it, nothing written.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ProcessResult r = runCli(
        {QStringLiteral("export"), sample, QStringLiteral("--csv-plan"), blocker.fileName()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("blocker"))) << r.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("export"), sample, QStringLiteral("--csv-plan")}).exitCode, 2);
}

} // namespace plan_export_cli_test
