// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input the fuzzer ever failed on (tests/fixtures/fuzz-regressions/) through the
// fuzzer's own property checks (fuzz/FuzzProperties.cpp), in the normal build, so a bug the
// fuzzer found once stays fixed. docs/reliability.md says how files get here.
#include "../../fuzz/FuzzProperties.h"
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace b2x;

TEST(FuzzRegressions, EveryFileLoadsAndRoundTripsOrReportsAProblem)
{
    const QDir dir(test::sourcePath("tests/fixtures/fuzz-regressions"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(names.isEmpty()) << "no regression files in " << dir.path().toStdString();
    for (const QString& name : names) {
        SCOPED_TRACE(name.toStdString());
        const std::string bytes = test::readAll(dir.filePath(name));

        // The plain statement of the property, independent of the fuzzer's code...
        const LoadResult r = WorkspaceReader::readBytes(bytes);
        if (r.ok()) {
            const std::string saved = WorkspaceWriter::serialise(*r.workspace);
            ASSERT_FALSE(saved.empty());
            const LoadResult again = WorkspaceReader::readBytes(saved);
            ASSERT_TRUE(again.ok()) << again.problemText().toStdString();
            EXPECT_EQ(*again.workspace, *r.workspace);
        } else {
            ASSERT_FALSE(r.problems.empty());
            EXPECT_FALSE(r.problems.front().message.isEmpty());
        }
        // ...and exactly what the fuzzer checked when it failed, migrations included.
        EXPECT_EQ(fuzz::checkReaderProperties(bytes), "");
        EXPECT_EQ(fuzz::checkMigrationProperties(bytes), "");
    }
}

TEST(FuzzRegressions, SeedCorpusPassesTheFuzzProperties)
{
    // The seeds the fuzzer starts from must hold the properties too, or every run starts broken.
    const QDir dir(test::sourcePath("fuzz/corpus"));
    QStringList seeds;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        seeds << dir.filePath(name);
    ASSERT_GE(seeds.size(), 5);
    // ./dev.sh fuzz also seeds with the bundled sample and the fixtures.
    seeds << test::sourcePath("resources/samples/b2b-vs-b2c.b2x")
          << test::sourcePath("tests/fixtures/format-v1.b2x");
    int valid = 0;
    for (const QString& path : seeds) {
        SCOPED_TRACE(path.toStdString());
        const std::string bytes = test::readAll(path);
        EXPECT_EQ(fuzz::checkReaderProperties(bytes), "");
        EXPECT_EQ(fuzz::checkMigrationProperties(bytes), "");
        valid += WorkspaceReader::readBytes(bytes).ok() ? 1 : 0;
    }
    EXPECT_GE(valid, 3); // the sample, the v1 fixture and the small valid documents
}
