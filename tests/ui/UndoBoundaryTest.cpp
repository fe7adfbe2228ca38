// SPDX-License-Identifier: GPL-3.0-or-later
// The undo boundary of WorkspaceDocument: workspace details merge only edits of the same field,
// and the snapshot command merges only the same target and field (docs/architecture.md).
#include "document/SnapshotTargets.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

Workspace sample()
{
    auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    EXPECT_TRUE(r.ok());
    return *r.workspace;
}

} // namespace

TEST(UndoBoundary, TwoDetailsEditsOfDifferentFieldsAreTwoUndoSteps)
{
    WorkspaceDocument doc;
    const Workspace original = sample();
    doc.reset(original, {});
    doc.setWorkspaceInfo("Renamed", original.currency, original.description);
    doc.setWorkspaceInfo("Renamed", "EUR", original.description);
    ASSERT_EQ(doc.undoStack()->count(), 2);
    doc.undoStack()->undo(); // only the currency goes back
    EXPECT_EQ(doc.workspace().name, "Renamed");
    EXPECT_EQ(doc.workspace().currency, original.currency);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().name, original.name);
}

TEST(UndoBoundary, EditsOfTheSameDetailMergeIntoOneStep)
{
    WorkspaceDocument doc;
    const Workspace original = sample();
    doc.reset(original, {});
    doc.setWorkspaceInfo("R", original.currency, original.description);
    doc.setWorkspaceInfo("Re", original.currency, original.description);
    doc.setWorkspaceInfo("Renamed", original.currency, original.description);
    ASSERT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().name, original.name);
    // Typing the old name back leaves nothing to undo.
    doc.undoStack()->redo();
    doc.setWorkspaceInfo(original.name, original.currency, original.description);
    EXPECT_EQ(doc.workspace().name, original.name);
    EXPECT_FALSE(doc.isModified());
}

TEST(UndoBoundary, ReportSettingsEditsNeverMerge)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    ReportSettings report = doc.workspace().report;
    report.title = "First";
    doc.setReportSettings(report, QStringLiteral("Edit"));
    report.title = "Second";
    doc.setReportSettings(report, QStringLiteral("Edit"));
    EXPECT_EQ(doc.undoStack()->count(), 2);
}

TEST(UndoBoundary, SnapshotCommandsMergeOnlyTheSameTargetAndField)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    const Persona& first = doc.workspace().personas.at(0);
    const Persona& second = doc.workspace().personas.at(1);
    const EditPersonaCommand command(&doc, {first.id}, first, first, QStringLiteral("price"),
                                     QStringLiteral("Change price"));
    EXPECT_TRUE(command.mergesWith({first.id}, QStringLiteral("price")));
    EXPECT_FALSE(command.mergesWith({first.id}, QStringLiteral("volume")));
    EXPECT_FALSE(command.mergesWith({second.id}, QStringLiteral("price")));
    const EditPersonaCommand unkeyed(&doc, {first.id}, first, first, {}, QStringLiteral("Edit"));
    EXPECT_EQ(unkeyed.id(), -1); // QUndoStack never merges a command whose id is -1
    EXPECT_FALSE(unkeyed.mergesWith({first.id}, {}));
}
