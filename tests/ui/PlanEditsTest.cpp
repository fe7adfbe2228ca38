// SPDX-License-Identifier: GPL-3.0-or-later
// Plan edits reuse the snapshot command (docs/architecture.md, "Edits and undo"): typing in one
// field of the plan is one undo step, another field is another step, undo restores the plan
// exactly and tells the listeners.
#include "UiTestSupport.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_edits_test {

namespace {

Workspace sample()
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return *r.workspace;
}

} // namespace

TEST(PlanEdits, TypingInOneFieldIsOneStepAndUndoRestoresThePlan)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    const Plan original = doc.workspace().plan;
    ASSERT_FALSE(original.isEmpty()); // the sample carries a plan
    QSignalSpy changed(&doc, &WorkspaceDocument::planChanged);
    for (const char* name : {"Q", "Q2", "Q2 2027"})
        doc.editPlan(QStringLiteral("period.name"), QStringLiteral("Rename the period"),
                     [&](Plan& p) { p.period.name = name; });
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.workspace().plan.period.name, "Q2 2027");
    EXPECT_EQ(changed.count(), 3);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan, original);
    EXPECT_EQ(changed.count(), 4);
    EXPECT_FALSE(doc.isModified());
}

TEST(PlanEdits, DifferentFieldsAreSeparateStepsAndNoOpsPushNothing)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    const Plan original = doc.workspace().plan;
    doc.editPlan(QStringLiteral("stages.reach.strategy"), QStringLiteral("Edit strategy"),
                 [](Plan& p) { p.stages[1].strategy = "Own the category's search terms"; });
    doc.editPlan(QStringLiteral("period.name"), QStringLiteral("Rename the period"),
                 [](Plan& p) { p.period.name = "Spring"; });
    doc.editPlan(QStringLiteral("period.name"), QStringLiteral("Rename the period"),
                 [](Plan& p) { p.period.name = "Spring"; }); // same value: nothing to push
    EXPECT_EQ(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan.period.name, original.period.name);
    EXPECT_EQ(doc.workspace().plan.stages[1].strategy, "Own the category's search terms");
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan, original);
}

} // namespace plan_edits_test
