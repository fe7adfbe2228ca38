// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x calibrate` (docs/cli.md): the documented JSON from a HubSpot export of the sample's SEO-tool
// persona, --apply writing measured stages with their evidence, and bad input refused with the
// file, row and column and nothing written.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace calibrate_cli_test {

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");
const QString fixtures = QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/calibration/");
const QString seoTool = QStringLiteral("2f9b6d14-8e3a-4c57-b1d2-6a0e9c3f4b28");

QStringList hubspotArgs()
{
    return {QStringLiteral("calibrate"),
            sample,
            QStringLiteral("--persona"),
            seoTool,
            QStringLiteral("--deals"),
            fixtures + QStringLiteral("hubspot-deals.csv"),
            QStringLiteral("--as-of"),
            QStringLiteral("2026-03-31"),
            QStringLiteral("--map"),
            QStringLiteral("Visitor=1"),
            QStringLiteral("--map"),
            QStringLiteral("Trial=Free trial (7 days) → paid subscription")};
}

} // namespace

TEST(CalibrateCli, JsonMeasuresEachStageOfAHubSpotExport)
{
    const ProcessResult r = runCli(hubspotArgs() << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(root[QStringLiteral("asOf")].toString(), QStringLiteral("2026-03-31"));
    EXPECT_EQ(root[QStringLiteral("format")].toString(), QStringLiteral("hubspot"));
    const QJsonObject deals = root[QStringLiteral("deals")].toObject();
    EXPECT_EQ(deals[QStringLiteral("total")].toInt(), 8);
    EXPECT_EQ(deals[QStringLiteral("won")].toInt(), 3);
    EXPECT_EQ(deals[QStringLiteral("lost")].toInt(), 2);
    EXPECT_EQ(deals[QStringLiteral("open")].toInt(), 3);

    const QJsonArray stages = root[QStringLiteral("stages")].toArray();
    ASSERT_EQ(stages.size(), 2);
    // Visitor → trial: 8 entered; 6 moved on (101–103, 105, 107, 108), 106 lost, 104 open.
    const QJsonObject visitor = stages[0].toObject();
    EXPECT_EQ(visitor[QStringLiteral("entered")].toInt(), 8);
    EXPECT_EQ(visitor[QStringLiteral("advanced")].toInt(), 6);
    EXPECT_EQ(visitor[QStringLiteral("lost")].toInt(), 1);
    EXPECT_EQ(visitor[QStringLiteral("open")].toInt(), 1);
    EXPECT_DOUBLE_EQ(visitor[QStringLiteral("naiveConversionPercent")].toDouble(), 75);
    const QJsonObject conversion = visitor[QStringLiteral("conversionPercent")].toObject();
    // The open deal (3 days in) is not counted as lost: the estimate is above 6 ÷ 8.
    EXPECT_GT(conversion[QStringLiteral("estimate")].toDouble(), 75);
    EXPECT_LT(conversion[QStringLiteral("low")].toDouble(),
              conversion[QStringLiteral("estimate")].toDouble());
    for (const char* key : {"levelledOff", "days", "triangular", "modelConversionPercent"})
        EXPECT_TRUE(visitor.contains(QString::fromLatin1(key))) << key;
    const QJsonObject cycle = root[QStringLiteral("cycle")].toObject();
    for (const char* key : {"p50Days", "p90Days", "modelP50Days", "modelP90Days"})
        EXPECT_TRUE(cycle.contains(QString::fromLatin1(key))) << key;
    // "Closed won" is an outcome, not a stage: no warning about an unmapped stage.
    const QJsonArray warnings = root[QStringLiteral("warnings")].toArray();
    EXPECT_FALSE(std::any_of(warnings.begin(), warnings.end(), [](const QJsonValue& w) {
        return w.toString().contains(QStringLiteral("Closed won"));
    }));
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const QJsonValue& w) {
        return w.toString().contains(QStringLiteral("uncertain"));
    }));
}

TEST(CalibrateCli, ApplyWritesTheMeasuredStagesWithMeasuredEvidence)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("calibrated.b2x"));
    const ProcessResult r = runCli(hubspotArgs() << QStringLiteral("--apply") << out);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Conversion:")));
    const ProcessResult valid = runCli({QStringLiteral("validate"), out});
    EXPECT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const auto& value : root[QStringLiteral("personas")].toArray()) {
        const QJsonObject p = value.toObject();
        if (p[QStringLiteral("id")].toString() != seoTool)
            continue;
        const QJsonObject evidence = p[QStringLiteral("evidence")].toObject();
        const QJsonObject rates = evidence[QStringLiteral("conversionRates")].toObject();
        EXPECT_EQ(rates[QStringLiteral("confidence")].toString(), QStringLiteral("measured"));
        EXPECT_TRUE(rates[QStringLiteral("source")].toString().contains(
            QStringLiteral("hubspot-deals.csv")));
        EXPECT_TRUE(
            rates[QStringLiteral("source")].toString().contains(QStringLiteral("2026-03-31")));
        const double first = p[QStringLiteral("pipeline")]
                                 .toArray()[0]
                                 .toObject()[QStringLiteral("conversionPercent")]
                                 .toDouble();
        EXPECT_GT(first, 75);
        return;
    }
    ADD_FAILURE() << "the persona is missing from the written file";
}

TEST(CalibrateCli, BadInputNamesFileRowAndColumnAndWritesNothing)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("never.b2x"));
    const ProcessResult r =
        runCli({QStringLiteral("calibrate"), sample, QStringLiteral("--persona"), seoTool,
                QStringLiteral("--deals"), fixtures + QStringLiteral("generic-deals.csv"),
                QStringLiteral("--events"), fixtures + QStringLiteral("generic-events.csv"),
                QStringLiteral("--apply"), out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("generic-deals.csv: row 4, column 1")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    const ProcessResult usage = runCli({QStringLiteral("calibrate"), sample});
    EXPECT_EQ(usage.exitCode, 2);
    const ProcessResult unknown =
        runCli(hubspotArgs() << QStringLiteral("--format") << QStringLiteral("excel"));
    EXPECT_EQ(unknown.exitCode, 2);
    const ProcessResult noPersona = runCli(
        {QStringLiteral("calibrate"), sample, QStringLiteral("--persona"), QStringLiteral("nobody"),
         QStringLiteral("--deals"), fixtures + QStringLiteral("hubspot-deals.csv")});
    EXPECT_EQ(noPersona.exitCode, 1);
    EXPECT_TRUE(noPersona.err.contains(QStringLiteral("nobody")));
}

TEST(CalibrateCli, SpendGivesSharesClickThroughAndTheCacOfTheDealsWonMeanwhile)
{
    const ProcessResult r = runCli(hubspotArgs() << QStringLiteral("--spend")
                                                 << fixtures + QStringLiteral("ad-spend.csv")
                                                 << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject spend =
        QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("spend")].toObject();
    EXPECT_EQ(spend[QStringLiteral("from")].toString(), QStringLiteral("2026-03-01"));
    EXPECT_DOUBLE_EQ(spend[QStringLiteral("total")].toDouble(), 1200);
    // Three deals were won in March (101, 105, 107): 1,200 ÷ 3.
    EXPECT_EQ(spend[QStringLiteral("wonDeals")].toInt(), 3);
    EXPECT_DOUBLE_EQ(spend[QStringLiteral("cac")].toDouble(), 400);
    const QJsonArray channels = spend[QStringLiteral("channels")].toArray();
    ASSERT_EQ(channels.size(), 2);
    EXPECT_EQ(channels[0].toObject()[QStringLiteral("channel")].toString(),
              QStringLiteral("paid-search"));
    EXPECT_DOUBLE_EQ(channels[0].toObject()[QStringLiteral("sharePercent")].toDouble(), 62.5);
}

} // namespace calibrate_cli_test
