// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x plan FILE [--json]` (docs/cli.md): the documented JSON on the sample's plan, nulls where
// there is no target, the readable summary, and exit codes; summary and validate on v1 and v2.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_cli_test {

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");
const QString v1 = QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/format-v1.b2x");
const QString v2 = QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/format-v2.b2x");

QJsonObject planJson(const QString& file)
{
    const ProcessResult r = runCli({QStringLiteral("plan"), file, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

} // namespace

TEST(PlanCli, JsonHoldsTheDocumentedFieldsForTheSamplesQuarter)
{
    const QJsonObject root = planJson(sample);
    const QJsonObject period = root[QStringLiteral("period")].toObject();
    EXPECT_EQ(period[QStringLiteral("start")].toString(), QStringLiteral("2027-01-01"));
    EXPECT_EQ(period[QStringLiteral("end")].toString(), QStringLiteral("2027-03-31"));
    EXPECT_EQ(period[QStringLiteral("days")].toInt(), 90);
    EXPECT_FALSE(period[QStringLiteral("assumed")].toBool());

    const QJsonArray personas = root[QStringLiteral("personas")].toArray();
    ASSERT_EQ(personas.size(), 7);
    for (const auto& value : personas) {
        const QJsonObject p = value.toObject();
        SCOPED_TRACE(p[QStringLiteral("name")].toString().toStdString());
        EXPECT_FALSE(p[QStringLiteral("id")].toString().isEmpty());
        // A target fills both forms, whichever the marketer set; the hotel studio has none.
        const QJsonObject target = p[QStringLiteral("target")].toObject();
        const bool hotels = p[QStringLiteral("name")].toString().contains(QStringLiteral("hotel"));
        EXPECT_EQ(target[QStringLiteral("customers")].isNull(), hotels);
        EXPECT_EQ(target[QStringLiteral("revenue")].isNull(), hotels);
        EXPECT_EQ(p[QStringLiteral("shortfallCustomers")].isNull(), hotels);
        EXPECT_TRUE(p[QStringLiteral("inPlan")].toBool());
        EXPECT_TRUE(p[QStringLiteral("expectedCustomersInPeriod")].isDouble());
        const QJsonObject required = p[QStringLiteral("required")].toObject();
        for (const char* key : {"monthlyVolume", "monthlySpend", "stageEntries",
                                "latestEntryDateP50", "latestEntryDateP90"})
            EXPECT_TRUE(required.contains(QString::fromLatin1(key))) << key;
        EXPECT_FALSE(required[QStringLiteral("stageEntries")].toArray().isEmpty());
        EXPECT_TRUE(p[QStringLiteral("warnings")].isArray());
    }
    const QJsonArray objectives = root[QStringLiteral("objectives")].toArray();
    ASSERT_EQ(objectives.size(), 7);
    for (const auto& value : objectives) {
        const QJsonObject o = value.toObject();
        EXPECT_TRUE(o[QStringLiteral("progress")].isDouble());
        EXPECT_TRUE(o[QStringLiteral("band")].isString());
        for (const auto& k : o[QStringLiteral("keyResults")].toArray())
            for (const char* key : {"start", "target", "current", "progress", "derived"})
                EXPECT_TRUE(k.toObject().contains(QString::fromLatin1(key))) << key;
    }
    EXPECT_EQ(root[QStringLiteral("tactics")].toArray().size(), 21);
    // The sample's one gap: nothing engages the hotel groups after a project.
    const QJsonArray gaps = root[QStringLiteral("contentGaps")].toArray();
    ASSERT_EQ(gaps.size(), 1);
    EXPECT_EQ(gaps.at(0).toObject()[QStringLiteral("stage")].toString(), QStringLiteral("engage"));
    // Its derived key results were checked in at their live targets: none has moved.
    for (const auto& w : root[QStringLiteral("warnings")].toArray())
        EXPECT_NE(w.toObject()[QStringLiteral("kind")].toString(),
                  QStringLiteral("derivedTargetMoved"));
}

TEST(PlanCli, AWorkspaceWithoutAPlanGivesNulls)
{
    const QJsonObject root = planJson(v1);
    EXPECT_TRUE(root[QStringLiteral("period")].toObject()[QStringLiteral("assumed")].toBool());
    const QJsonObject p = root[QStringLiteral("personas")].toArray().at(0).toObject();
    const QJsonObject target = p[QStringLiteral("target")].toObject();
    EXPECT_TRUE(target[QStringLiteral("customers")].isNull());
    EXPECT_TRUE(target[QStringLiteral("revenue")].isNull());
    const QJsonObject required = p[QStringLiteral("required")].toObject();
    EXPECT_TRUE(required[QStringLiteral("monthlyVolume")].isNull());
    EXPECT_TRUE(required[QStringLiteral("monthlySpend")].isNull());
    EXPECT_TRUE(p[QStringLiteral("shortfallCustomers")].isNull());
    EXPECT_TRUE(root[QStringLiteral("objectives")].toArray().isEmpty());
    const QJsonArray warnings = root[QStringLiteral("warnings")].toArray();
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_EQ(warnings.at(0).toObject()[QStringLiteral("kind")].toString(),
              QStringLiteral("periodAssumed"));
}

TEST(PlanCli, TheReadableSummaryNamesThePeriodPersonasAndChecks)
{
    const ProcessResult r = runCli({QStringLiteral("plan"), v2});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Q1 2027 (2027-01-01 to 2027-03-31, 90 day")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Facilities manager"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Win facilities teams in the north")));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(PlanCli, UsageAndInvalidInput)
{
    EXPECT_EQ(runCli({QStringLiteral("plan")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("plan"), sample, v1}).exitCode, 2);
    const ProcessResult missing = runCli({QStringLiteral("plan"), QStringLiteral("/nope.b2x")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")));
}

TEST(PlanCli, SummaryAndValidateReadVersionOneAndTwo)
{
    for (const QString& file : {v1, v2, sample}) {
        SCOPED_TRACE(file.toStdString());
        EXPECT_EQ(runCli({QStringLiteral("validate"), file}).exitCode, 0);
        EXPECT_EQ(runCli({QStringLiteral("summary"), file, QStringLiteral("--json")}).exitCode, 0);
    }
}

} // namespace plan_cli_test
