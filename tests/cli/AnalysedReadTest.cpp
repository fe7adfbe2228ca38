// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x export` analyses each persona as soon as the reader has decoded it (AnalysedRead.h): the
// analyses must be the ones the whole workspace analysed after the read gives, with or without
// channels of the workspace's own (which follow the personas in the file).
#include "AnalysedRead.h"

#include "CliProcess.h"
#include "WorkspaceGenerator.h"
#include "io/WorkspaceWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

void expectSameAnalyses(const QString& path)
{
    const cli::AnalysedWorkspace read = cli::readAndAnalyse(path);
    ASSERT_TRUE(read.loaded.ok()) << read.loaded.problemText().toStdString();
    const Workspace& ws = *read.loaded.workspace;
    std::vector<const Persona*> personas;
    for (const auto& p : ws.personas)
        personas.push_back(&p);
    const auto after = analytics::analysePersonas(personas, ws.catalogue(), 1);
    ASSERT_EQ(read.analyses.size(), after.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        const auto outputs = analytics::scalarOutputs(read.analyses[i]);
        const auto expected = analytics::scalarOutputs(after[i]);
        ASSERT_EQ(outputs.size(), expected.size()) << i;
        for (std::size_t k = 0; k < outputs.size(); ++k) {
            EXPECT_EQ(outputs[k].name, expected[k].name) << i;
            EXPECT_EQ(outputs[k].value, expected[k].value) << i << " " << outputs[k].name;
        }
        EXPECT_EQ(read.analyses[i].personaId, ws.personas[i].id);
    }
}

} // namespace

TEST(AnalysedRead, AnalysesWhileReadingEqualTheAnalysesAfterIt)
{
    QTemporaryDir dir;
    // 400 generated personas, analysed on another thread as the reader decodes them.
    const Workspace ws = bench::generateWorkspace(400);
    const QString path = dir.filePath(QStringLiteral("many.b2x"));
    ASSERT_TRUE(WorkspaceWriter::writeFile(ws, path).ok);
    expectSameAnalyses(path);
}

TEST(AnalysedRead, AWorkspaceWithItsOwnChannelsIsAnalysedWithThem)
{
    QTemporaryDir dir;
    Workspace ws = bench::generateWorkspace(400, 7);
    Channel own;
    own.id = std::string(customChannelPrefix) + "partner-webinars";
    own.name = "Partner webinars";
    own.category = "events";
    own.b2bAffinity = 95;
    own.priceLow = 1000;
    own.priceHigh = 100000;
    own.cycleLowDays = 30;
    own.cycleHighDays = 200;
    ws.channels.push_back(own);
    const QString path = dir.filePath(QStringLiteral("own-channels.b2x"));
    ASSERT_TRUE(WorkspaceWriter::writeFile(ws, path).ok);
    expectSameAnalyses(path);
    // Every persona's channel fit ranks the workspace's channel too.
    const cli::AnalysedWorkspace read = cli::readAndAnalyse(path);
    ASSERT_FALSE(read.analyses.empty());
    const auto& fits = read.analyses.front().channelFit;
    EXPECT_TRUE(std::any_of(fits.begin(), fits.end(),
                            [&](const auto& f) { return f.channelId == own.id; }));
}

TEST(AnalysedRead, ABrokenFileGivesItsProblemsAndNoAnalyses)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.b2x"));
    std::string text = WorkspaceWriter::serialise(bench::generateWorkspace(400, 3));
    text.resize(text.size() / 2); // cut short half way through the personas
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.data(), static_cast<qint64>(text.size()));
    file.close();
    const cli::AnalysedWorkspace read = cli::readAndAnalyse(path);
    EXPECT_FALSE(read.loaded.ok());
    EXPECT_FALSE(read.loaded.problems.empty());
    EXPECT_TRUE(read.analyses.empty());
}

TEST(AnalysedRead, ALargeExportGivesTheSameCsvWithHugePagesOrWithout)
{
    // A file of 8 MB or more makes `b2x` start itself again with glibc's huge-page tunable
    // (main.cpp); a GLIBC_TUNABLES already set, even empty, keeps it from doing so. Both runs
    // must write the same bytes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.b2x"));
    ASSERT_TRUE(WorkspaceWriter::writeFile(bench::generateWorkspace(2000, 11), path).ok);
    ASSERT_GE(QFileInfo(path).size(), 8 << 20);
    const QString reexec = dir.filePath(QStringLiteral("reexec.csv"));
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    const bool wasSet = qEnvironmentVariableIsSet("GLIBC_TUNABLES");
    const QByteArray before = qgetenv("GLIBC_TUNABLES");
    qunsetenv("GLIBC_TUNABLES");
    const auto first =
        test::runCli({QStringLiteral("export"), path, QStringLiteral("--csv"), reexec});
    qputenv("GLIBC_TUNABLES", "");
    const auto second =
        test::runCli({QStringLiteral("export"), path, QStringLiteral("--csv"), plain});
    if (wasSet)
        qputenv("GLIBC_TUNABLES", before);
    else
        qunsetenv("GLIBC_TUNABLES");
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    QFile a(reexec), b(plain);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly));
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    const QByteArray csv = a.readAll();
    EXPECT_EQ(csv.count("\r\n"), 2001); // the header and one row per persona
    EXPECT_TRUE(csv == b.readAll());
}
