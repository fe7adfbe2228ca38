// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x calibrate` remembers (docs/calibration.md, "The next import"): --apply saves the stage
// mapping used and the date order when the files needed one in the persona's importMapping, and
// the next run without --map or --date-order uses them.
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace calibrate_memory_cli_test {

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");
const QString fixtures = QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/calibration/");
const QString seoTool = QStringLiteral("2f9b6d14-8e3a-4c57-b1d2-6a0e9c3f4b28");
const QString trialStage = QStringLiteral("Free trial (7 days) → paid subscription");

/// A HubSpot export whose dates all fit both orders (no day above 12).
QString writeAmbiguousExport(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("ambiguous-deals.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Record ID,Deal Name,Deal Stage,Pipeline,Amount,Create Date,Close Date,Is Closed Won,"
            "\"Date entered \"\"Visitor (Self-serve)\"\"\",\"Date entered \"\"Trial "
            "(Self-serve)\"\"\"\n"
            "201,A,Closed won,Self-serve,100,01/03/2026,10/03/2026,true,01/03/2026,04/03/2026\n"
            "202,B,Trial,Self-serve,0,02/03/2026,,false,02/03/2026,05/03/2026\n"
            "203,C,Visitor,Self-serve,0,03/03/2026,,false,03/03/2026,\n");
    return path;
}

QStringList calibrateArgs(const QString& workspace, const QString& deals)
{
    return {QStringLiteral("calibrate"), workspace, QStringLiteral("--persona"), seoTool,
            QStringLiteral("--deals"),   deals};
}

QJsonObject personaIn(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const auto& value : root[QStringLiteral("personas")].toArray())
        if (value.toObject()[QStringLiteral("id")].toString() == seoTool)
            return value.toObject();
    return {};
}

/// entered/advanced of each measured stage, which depend only on the mapping and the dates.
QString measured(const QString& json)
{
    QStringList parts;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    parts << root[QStringLiteral("asOf")].toString();
    for (const auto& s : root[QStringLiteral("stages")].toArray())
        parts << QStringLiteral("%1/%2")
                     .arg(s.toObject()[QStringLiteral("entered")].toInt())
                     .arg(s.toObject()[QStringLiteral("advanced")].toInt());
    return parts.join(QLatin1Char(' '));
}

} // namespace

TEST(CalibrateMemoryCli, ApplySavesTheMappingAndTheDateOrderAndTheNextRunUsesThem)
{
    QTemporaryDir dir;
    const QString deals = writeAmbiguousExport(dir);
    ASSERT_FALSE(deals.isEmpty());

    // Without an order the dates cannot be read: the user is asked.
    const ProcessResult asked = runCli(calibrateArgs(sample, deals));
    EXPECT_EQ(asked.exitCode, 2) << asked.err.toStdString();
    EXPECT_TRUE(asked.err.contains(QStringLiteral("--date-order")));

    const QString first = dir.filePath(QStringLiteral("first.b2x"));
    const ProcessResult told =
        runCli(calibrateArgs(sample, deals)
               << QStringLiteral("--date-order") << QStringLiteral("dmy") << QStringLiteral("--map")
               << QStringLiteral("Visitor=1") << QStringLiteral("--map")
               << QStringLiteral("Trial=") + trialStage << QStringLiteral("--json")
               << QStringLiteral("--apply") << first);
    ASSERT_EQ(told.exitCode, 0) << told.err.toStdString();
    // Day first: the last date is 10 March.
    EXPECT_EQ(measured(told.out), QStringLiteral("2026-03-10 3/2 2/1"));

    const QJsonObject mapping = personaIn(first)[QStringLiteral("importMapping")].toObject();
    const QJsonObject stages = mapping[QStringLiteral("stages")].toObject();
    const QJsonObject pipelineFirst =
        personaIn(first)[QStringLiteral("pipeline")].toArray()[0].toObject();
    EXPECT_EQ(stages.size(), 2);
    EXPECT_EQ(stages[QStringLiteral("Visitor")].toString(),
              pipelineFirst[QStringLiteral("name")].toString());
    EXPECT_EQ(stages[QStringLiteral("Trial")].toString(), trialStage);
    EXPECT_EQ(mapping[QStringLiteral("dateOrder")].toString(), QStringLiteral("dmy"));

    // The next export from the same CRM: no --map, no --date-order, the same measurement.
    const ProcessResult again = runCli(calibrateArgs(first, deals) << QStringLiteral("--json"));
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(measured(again.out), measured(told.out));
    EXPECT_TRUE(again.err.contains(QStringLiteral("saved with the persona")))
        << again.err.toStdString();
}

TEST(CalibrateMemoryCli, MapReplacesTheSavedMappingAndAnUnneededOrderIsNotSaved)
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.b2x"));
    const QString hubspot = fixtures + QStringLiteral("hubspot-deals.csv");
    // ISO dates need no order: the one given is not remembered.
    ProcessResult r =
        runCli(calibrateArgs(sample, hubspot)
               << QStringLiteral("--date-order") << QStringLiteral("mdy") << QStringLiteral("--map")
               << QStringLiteral("Visitor=1") << QStringLiteral("--map")
               << QStringLiteral("Trial=") + trialStage << QStringLiteral("--apply") << first);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject mapping = personaIn(first)[QStringLiteral("importMapping")].toObject();
    EXPECT_EQ(mapping[QStringLiteral("stages")].toObject().size(), 2);
    EXPECT_TRUE(mapping[QStringLiteral("dateOrder")].isNull());

    // --map given: the saved mapping is not used, and what --map said replaces it.
    const QString second = dir.filePath(QStringLiteral("second.b2x"));
    r = runCli(calibrateArgs(first, hubspot)
               << QStringLiteral("--map") << QStringLiteral("Visitor=1") << QStringLiteral("--json")
               << QStringLiteral("--apply") << second);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray warnings =
        QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("warnings")].toArray();
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const QJsonValue& w) {
        return w.toString().contains(QStringLiteral("Trial"));
    })) << r.out.toStdString();
    mapping = personaIn(second)[QStringLiteral("importMapping")].toObject();
    const QJsonObject stages = mapping[QStringLiteral("stages")].toObject();
    EXPECT_EQ(stages.size(), 1);
    EXPECT_TRUE(stages.contains(QStringLiteral("Visitor")));
}

TEST(CalibrateMemoryCli, ANameBeyondTheFormatsLimitIsUsedButNotSaved)
{
    // The written workspace must always open again: a CRM stage name longer than the file
    // format allows (500 bytes) maps for this run but is not remembered.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.b2x"));
    const QString longName(501, QLatin1Char('x'));
    const ProcessResult r = runCli(
        calibrateArgs(sample, fixtures + QStringLiteral("hubspot-deals.csv"))
        << QStringLiteral("--map") << longName + QStringLiteral("=1") << QStringLiteral("--map")
        << QStringLiteral("Visitor=1") << QStringLiteral("--apply") << out);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const ProcessResult valid = runCli({QStringLiteral("validate"), out});
    EXPECT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    const QJsonObject stages = personaIn(out)[QStringLiteral("importMapping")]
                                   .toObject()[QStringLiteral("stages")]
                                   .toObject();
    EXPECT_EQ(stages.keys(), QStringList{QStringLiteral("Visitor")});
    // An empty CRM name is a usage error, as a missing "=" is.
    const ProcessResult empty =
        runCli(calibrateArgs(sample, fixtures + QStringLiteral("hubspot-deals.csv"))
               << QStringLiteral("--map") << QStringLiteral(" =1"));
    EXPECT_EQ(empty.exitCode, 2);
}

} // namespace calibrate_memory_cli_test
