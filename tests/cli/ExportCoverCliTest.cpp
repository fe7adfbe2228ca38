// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x export --title/--subtitle/--client/--author/--date` (docs/cli.md): the cover options put
// their texts on the report's cover and override what the workspace saved.
#include "CliProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using b2x::test::ProcessResult;
using b2x::test::runCli;
using b2x::test::runProcess;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace export_cover_cli_test {

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");

QString coverText(const QString& pdf)
{
    return runProcess(QStringLiteral("pdftotext"),
                      {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                       QStringLiteral("1"), pdf, QStringLiteral("-")})
        .out.normalized(QString::NormalizationForm_KC)
        .simplified();
}

/// The sample with report texts saved in it.
QString savedWorkspace(const QTemporaryDir& dir)
{
    QFile in(sample);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    auto doc = nlohmann::ordered_json::parse(in.readAll().toStdString());
    doc["report"]["title"] = "Saved title";
    doc["report"]["client"] = "Saved client";
    doc["report"]["date"] = "2026-03-09";
    const QString path = dir.filePath(QStringLiteral("saved.b2x"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(doc.dump(2)));
    return path;
}

} // namespace

TEST(ExportCoverCli, OptionsPutTheirTextsOnTheCover)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cover.pdf"));
    const ProcessResult r = runCli(
        {QStringLiteral("export"), sample, QStringLiteral("--pdf"), pdf, QStringLiteral("--title"),
         QStringLiteral("How accountants buy"), QStringLiteral("--subtitle"),
         QStringLiteral("Two audiences compared"), QStringLiteral("--client"),
         QStringLiteral("Ledgerly"), QStringLiteral("--author"), QStringLiteral("Ana Popescu"),
         QStringLiteral("--date"), QStringLiteral("2026-01-15")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString cover = coverText(pdf);
    for (const char* text : {"How accountants buy", "Two audiences compared",
                             "Prepared for Ledgerly", "Prepared by Ana Popescu", "2026"})
        EXPECT_TRUE(cover.contains(QString::fromUtf8(text))) << text << "\n" << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("January 15, 2026")) ||
                cover.contains(QStringLiteral("15 January 2026")))
        << cover.toStdString();
    // The title replaces the workspace's name on the cover.
    EXPECT_FALSE(cover.contains(QStringLiteral("B2B vs B2C: seven audiences")))
        << cover.toStdString();
}

TEST(ExportCoverCli, SavedTextsAreUsedAndOptionsOverrideThem)
{
    QTemporaryDir dir;
    const QString workspace = savedWorkspace(dir);
    const QString saved = dir.filePath(QStringLiteral("saved.pdf"));
    ASSERT_EQ(
        runCli({QStringLiteral("export"), workspace, QStringLiteral("--pdf"), saved}).exitCode, 0);
    QString cover = coverText(saved);
    EXPECT_TRUE(cover.contains(QStringLiteral("Saved title"))) << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("Prepared for Saved client")));
    EXPECT_TRUE(cover.contains(QStringLiteral("March 9, 2026"))) << cover.toStdString();

    const QString overridden = dir.filePath(QStringLiteral("overridden.pdf"));
    ASSERT_EQ(runCli({QStringLiteral("export"), workspace, QStringLiteral("--pdf"), overridden,
                      QStringLiteral("--client"), QStringLiteral("Other client")})
                  .exitCode,
              0);
    cover = coverText(overridden);
    EXPECT_TRUE(cover.contains(QStringLiteral("Prepared for Other client"))) << cover.toStdString();
    EXPECT_FALSE(cover.contains(QStringLiteral("Saved client")));
    EXPECT_TRUE(cover.contains(QStringLiteral("Saved title"))); // not overridden: kept
}

TEST(ExportCoverCli, ABadDateIsAUsageError)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bad.pdf"));
    for (const char* date : {"2026-02-30", "15.01.2026", "tomorrow"}) {
        const ProcessResult r = runCli({QStringLiteral("export"), sample, QStringLiteral("--pdf"),
                                        pdf, QStringLiteral("--date"), QString::fromUtf8(date)});
        EXPECT_EQ(r.exitCode, 2) << date;
        EXPECT_TRUE(r.err.contains(QStringLiteral("YYYY-MM-DD"))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(pdf));
    }
}

} // namespace export_cover_cli_test
