// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile files corpus (tests/support/HostileCorpus) through `b2x validate`, as a user or a
// script runs it: a non-zero exit, a message that names the file and the reason, never a crash.
#include "../support/HostileCorpus.h"
#include "CliProcess.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using b2x::test::HostileFile;
using b2x::test::ProcessResult;

namespace {

ProcessResult validate(const QStringList& files)
{
    return b2x::test::runCli(QStringList{QStringLiteral("validate")} + files);
}

} // namespace

TEST(HostileCli, ValidateRefusesEachFileWithItsNameAndTheReason)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto corpus = b2x::test::writeHostileCorpus(dir.path());
    ASSERT_GE(corpus.size(), 25u);
    for (const HostileFile& file : corpus) {
        SCOPED_TRACE(file.name.toStdString());
        const ProcessResult r = validate({file.path});
        ASSERT_TRUE(r.finished) << "b2x validate did not finish within a minute";
        EXPECT_FALSE(r.crashed) << r.err.toStdString();
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(file.path + QStringLiteral(": error: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(file.expect)) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral(": valid"))) << r.out.toStdString();
    }
}

TEST(HostileCli, OneRunOverTheWholeCorpusNamesEveryFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto corpus = b2x::test::writeHostileCorpus(dir.path());
    QStringList paths;
    for (const HostileFile& file : corpus)
        paths << file.path;
    paths << QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/format-v1.b2x");
    const ProcessResult r = validate(paths);
    ASSERT_TRUE(r.finished);
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 1); // one valid file does not hide the broken ones
    for (const HostileFile& file : corpus)
        EXPECT_TRUE(r.err.contains(file.path + QStringLiteral(": error: ")))
            << file.name.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("format-v1.b2x: valid")));
}
