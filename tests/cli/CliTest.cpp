// SPDX-License-Identifier: GPL-3.0-or-later
// The b2x command line as a user runs it: exit codes, messages and output, with no display.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");
const QString fixture = QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/format-v1.b2x");

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace

TEST(Cli, HelpAndVersionWorkWithoutADisplay)
{
    const ProcessResult help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: b2x")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("validate")));
    const ProcessResult version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("b2x ")));
}

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(runCli({}).exitCode, 2);
    const ProcessResult unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    EXPECT_EQ(runCli({QStringLiteral("validate")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("summary")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("summary"), sample, fixture}).exitCode, 2);
}

TEST(Cli, ValidateAcceptsValidFiles)
{
    const ProcessResult r = runCli({QStringLiteral("validate"), sample, fixture});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral(": valid")), 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(Cli, ValidateReportsEachProblemWithFileAndPlace)
{
    QTemporaryDir dir;
    QByteArray broken = [] {
        QFile f(fixture);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    broken.replace("\"likelyDays\": 2", "\"likelyDays\": -2");
    broken.replace("\"colour\": \"#59a14f\"", "\"colour\": \"green\"");
    const QString bad = writeFile(dir, "bad.b2x", broken);
    const QString syntax = writeFile(dir, "syntax.b2x", "{\n  \"format\": \n");

    const ProcessResult r = runCli({QStringLiteral("validate"), fixture, bad, syntax});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(": error: personas[0].pipeline[1].likelyDays: "
                                                    "must be a number from 0 to 3650; found -2")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(": error: personas[0].colour:")));
    EXPECT_TRUE(r.err.contains(syntax + QStringLiteral(": error: line 3, column 1: ")))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(fixture + QStringLiteral(": valid")));
}

TEST(Cli, ValidateExplainsMissingFilesAndFolders)
{
    QTemporaryDir dir;
    const ProcessResult r =
        runCli({QStringLiteral("validate"), dir.filePath(QStringLiteral("nope.b2x")), dir.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("folder, not a workspace file")));
}

TEST(Cli, SummaryPrintsATableOfPersonas)
{
    const ProcessResult r = runCli({QStringLiteral("summary"), fixture});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Format version 1 fixture")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Facilities manager")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 persona")));
}

TEST(Cli, SummaryJsonIsMachineReadable)
{
    const ProcessResult r = runCli({QStringLiteral("summary"), sample, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    const QJsonArray personas = doc.object().value(QStringLiteral("personas")).toArray();
    ASSERT_GE(personas.size(), 7);
    for (const auto& p : personas) {
        EXPECT_FALSE(p.toObject().value(QStringLiteral("id")).toString().isEmpty());
        EXPECT_FALSE(p.toObject().value(QStringLiteral("name")).toString().isEmpty());
    }
}

TEST(Cli, SummaryOfABrokenFileFailsWithAMessage)
{
    QTemporaryDir dir;
    const QString empty = writeFile(dir, "empty.b2x", "");
    const ProcessResult r = runCli({QStringLiteral("summary"), empty, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("empty")));
}
