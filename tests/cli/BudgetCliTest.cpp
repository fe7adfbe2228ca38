// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x allocate` and `b2x uncertainty` (docs/cli.md): the documented JSON on the sample, the
// readable output, and exit codes.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace budget_cli_test {

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");
const QString enterprise = QStringLiteral("7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71");
const QString seoTool = QStringLiteral("2f9b6d14-8e3a-4c57-b1d2-6a0e9c3f4b28");

QJsonObject jsonOf(const QStringList& args)
{
    const ProcessResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

double number(const QJsonObject& o, const char* key)
{
    return o[QLatin1String(key)].toDouble();
}

} // namespace

TEST(AllocateCli, FixedBudgetSplitsTodaysSpendAcrossTwoPersonas)
{
    const QJsonObject root =
        jsonOf({QStringLiteral("allocate"), sample, QStringLiteral("--persona"), enterprise,
                QStringLiteral("--persona"), seoTool, QStringLiteral("--json")});
    EXPECT_EQ(root[QStringLiteral("mode")].toString(), QStringLiteral("fixed"));
    const QJsonArray channels = root[QStringLiteral("channels")].toArray();
    ASSERT_GE(channels.size(), 4);
    double today = 0;
    double proposed = 0;
    bool both = false;
    for (const auto& value : channels) {
        const QJsonObject c = value.toObject();
        for (const char* key : {"persona", "channel", "currentSpend", "spend", "entries",
                                "customers", "cac", "value", "roas", "marginalRoas", "atBound"})
            EXPECT_TRUE(c.contains(QLatin1String(key))) << key;
        today += number(c, "currentSpend");
        proposed += number(c, "spend");
        both = both || c[QStringLiteral("persona")].toString() == seoTool;
    }
    EXPECT_TRUE(both);
    // The budget defaults to today's spend, and all of it is placed.
    EXPECT_NEAR(number(root, "budget"), today, 1e-6 * today);
    EXPECT_NEAR(proposed, today, 1e-6 * today);
    const QJsonObject total = root[QStringLiteral("total")].toObject();
    const QJsonObject current = root[QStringLiteral("current")].toObject();
    for (const char* key : {"spend", "entries", "customers", "value", "roas"}) {
        EXPECT_TRUE(total.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(current.contains(QLatin1String(key))) << key;
    }
    // Equal marginal returns beat today's hand-typed split (within one step).
    EXPECT_GE(number(total, "value"), number(current, "value") * 0.99);
    const QJsonArray steps = root[QStringLiteral("steps")].toArray();
    EXPECT_EQ(steps.size(), 100); // 1% steps
    const QJsonObject first = steps.first().toObject();
    EXPECT_FALSE(first[QStringLiteral("channel")].toString().isEmpty());
    EXPECT_GT(number(first, "marginalRoas"), 0);
}

TEST(AllocateCli, TargetMarginalRoasSpendsWhileTheReturnHolds)
{
    const QJsonObject root =
        jsonOf({QStringLiteral("allocate"), sample, QStringLiteral("--persona"), enterprise,
                QStringLiteral("--target-mroas"), QStringLiteral("2"),
                QStringLiteral("--step-percent"), QStringLiteral("0.5"), QStringLiteral("--json")});
    EXPECT_EQ(root[QStringLiteral("mode")].toString(), QStringLiteral("flexible"));
    EXPECT_TRUE(root[QStringLiteral("budget")].isNull());
    EXPECT_DOUBLE_EQ(number(root, "stepPercent"), 0.5);
    const QJsonArray steps = root[QStringLiteral("steps")].toArray();
    ASSERT_FALSE(steps.isEmpty());
    for (const auto& s : steps)
        EXPECT_GE(number(s.toObject(), "marginalRoas"), 2.0);
}

TEST(AllocateCli, ReadableOutputAndExitCodes)
{
    const ProcessResult text =
        runCli({QStringLiteral("allocate"), sample, QStringLiteral("--persona"), enterprise,
                QStringLiteral("--budget"), QStringLiteral("50000")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Enterprise software")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Proposed:")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("LinkedIn")));

    EXPECT_EQ(runCli({QStringLiteral("allocate"), sample}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("allocate"), sample, QStringLiteral("--persona"), enterprise,
                      QStringLiteral("--budget"), QStringLiteral("100"),
                      QStringLiteral("--target-mroas"), QStringLiteral("2")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("allocate"), sample, QStringLiteral("--persona"), enterprise,
                      QStringLiteral("--budget"), QStringLiteral("-5")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("allocate"), sample, QStringLiteral("--persona"), enterprise,
                      QStringLiteral("--step-percent"), QStringLiteral("0")})
                  .exitCode,
              2);
    const ProcessResult unknown = runCli({QStringLiteral("allocate"), sample,
                                          QStringLiteral("--persona"), QStringLiteral("nobody")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nobody")));
    EXPECT_EQ(runCli({QStringLiteral("allocate"), QStringLiteral("/no/such/file.b2x"),
                      QStringLiteral("--persona"), enterprise})
                  .exitCode,
              1);
}

TEST(UncertaintyCli, JsonHoldsRangesAndTheTornadoLargestSwingFirst)
{
    const QStringList args{QStringLiteral("uncertainty"), sample,
                           QStringLiteral("--persona"),   enterprise,
                           QStringLiteral("--runs"),      QStringLiteral("3000"),
                           QStringLiteral("--seed"),      QStringLiteral("7"),
                           QStringLiteral("--json")};
    const QJsonObject root = jsonOf(args);
    EXPECT_EQ(root[QStringLiteral("runs")].toInt(), 3000);
    const QJsonObject outputs = root[QStringLiteral("outputs")].toObject();
    for (const char* key :
         {"customersPerMonth", "cac", "clv", "clvToCac", "paybackMonths", "monthsTo50Percent"}) {
        SCOPED_TRACE(key);
        const QJsonObject o = outputs[QLatin1String(key)].toObject();
        EXPECT_LE(number(o, "p10"), number(o, "p50"));
        EXPECT_LE(number(o, "p50"), number(o, "p90"));
        EXPECT_TRUE(o[QStringLiteral("mean")].isDouble());
    }
    // The sample's CAC is uncertain: a real range.
    const QJsonObject cac = outputs[QStringLiteral("cac")].toObject();
    EXPECT_LT(number(cac, "p10"), number(cac, "p90"));
    const double p = number(root, "probabilityClvToCacAtLeast3");
    EXPECT_GE(p, 0.0);
    EXPECT_LE(p, 1.0);
    const QJsonArray tornado = root[QStringLiteral("tornado")].toArray();
    ASSERT_GE(tornado.size(), 3);
    for (qsizetype i = 1; i < tornado.size(); ++i)
        EXPECT_GE(number(tornado[i - 1].toObject(), "swing"),
                  number(tornado[i].toObject(), "swing"));
    for (const auto& value : tornado) {
        const QJsonObject bar = value.toObject();
        EXPECT_FALSE(bar[QStringLiteral("input")].toString().isEmpty());
        EXPECT_TRUE(bar.contains(QStringLiteral("low")));
        EXPECT_TRUE(bar.contains(QStringLiteral("high")));
    }
    // The same seed, the same document.
    EXPECT_EQ(runCli(args).out, runCli(args).out);
}

TEST(UncertaintyCli, JsonHoldsTheClvToCacHistogram)
{
    const QJsonObject root =
        jsonOf({QStringLiteral("uncertainty"), sample, QStringLiteral("--persona"), enterprise,
                QStringLiteral("--runs"), QStringLiteral("2000"), QStringLiteral("--json")});
    const QJsonObject h = root[QStringLiteral("clvToCacHistogram")].toObject();
    const QJsonArray counts = h[QStringLiteral("counts")].toArray();
    ASSERT_EQ(counts.size(), 30);
    double total = number(h, "below") + number(h, "above");
    for (const auto& c : counts)
        total += c.toDouble();
    // Every run of the sample's enterprise persona has a CLV:CAC.
    EXPECT_EQ(total, 2000);
    EXPECT_NEAR(number(h, "upper") - number(h, "lower"), 30 * number(h, "binWidth"),
                1e-9 * number(h, "upper"));
    // p1 … p99 hold the p10 … p90 of the outputs.
    const QJsonObject ratio =
        root[QStringLiteral("outputs")].toObject()[QStringLiteral("clvToCac")].toObject();
    EXPECT_LT(number(h, "lower"), number(ratio, "p10"));
    EXPECT_GT(number(h, "upper"), number(ratio, "p90"));
}

TEST(UncertaintyCli, ReadableOutputAndExitCodes)
{
    const ProcessResult text =
        runCli({QStringLiteral("uncertainty"), sample, QStringLiteral("--persona"), enterprise,
                QStringLiteral("--runs"), QStringLiteral("500")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral(": 500 run")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Tornado")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("CLV:CAC")));

    EXPECT_EQ(runCli({QStringLiteral("uncertainty"), sample}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("uncertainty"), sample, QStringLiteral("--persona"),
                      enterprise, QStringLiteral("--runs"), QStringLiteral("0")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("uncertainty"), sample, QStringLiteral("--persona"),
                      enterprise, QStringLiteral("--seed"), QStringLiteral("x")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("uncertainty"), sample, QStringLiteral("--persona"),
                      QStringLiteral("nobody")})
                  .exitCode,
              1);
}

} // namespace budget_cli_test
