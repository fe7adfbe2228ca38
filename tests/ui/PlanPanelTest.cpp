// SPDX-License-Identifier: GPL-3.0-or-later
// The plan panel: targets and the period edit through the undo stack, the reverse funnel follows
// persona edits, and a check about a persona selects it in the window.
#include "plan/PlanPanel.h"

#include "ScriptedPrompts.h"
#include "UiTestSupport.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "list/PersonaListPanel.h"
#include "window/FileController.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDateEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_panel_test {

namespace {

const std::string degree = "c3f51a08-7b6e-4d29-a4c3-8e2d1f905b6a"; // online degree applicant
const std::string hotel = "9b2e7d46-1f8c-4e5a-b07d-3c6a94e2f815";  // audience size, no target

Workspace sample()
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return *r.workspace;
}

const KeyResult* derivedKeyResultOf(const Plan& plan, const std::string& personaId)
{
    for (const auto& o : plan.objectives)
        for (const auto& k : o.keyResults)
            if (k.derived && k.derived->personaId == personaId)
                return &k;
    return nullptr;
}

QString cell(const QTableWidget* table, const QString& measureStart)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().startsWith(measureStart))
            return table->item(r, 1)->text();
    return {};
}

} // namespace

TEST(PlanPanel, AConversionEditMovesTheDerivedTargetAndTheReverseFunnel)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    PlanPanel panel(&doc);
    panel.resize(520, 900);
    panel.show();
    panel.setPersona(QString::fromStdString(degree));
    const KeyResult* kr = derivedKeyResultOf(doc.workspace().plan, degree);
    ASSERT_NE(kr, nullptr);
    const DerivedTarget derived = *kr->derived;
    const auto before = plan::liveTarget(derived, panel.analysis());
    ASSERT_TRUE(before.has_value());
    const auto* table = panel.findChild<QTableWidget*>(QStringLiteral("planReverseFunnel"));
    ASSERT_NE(table, nullptr);
    const QString volumeBefore = cell(table, QStringLiteral("Monthly volume the target needs"));
    ASSERT_FALSE(volumeBefore.isEmpty());

    // Halving the last stage's conversion doubles the entries every earlier stage needs.
    doc.editPersona(QString::fromStdString(degree), QStringLiteral("pipeline.conversion"),
                    QStringLiteral("Change conversion"),
                    [](Persona& p) { p.pipeline.back().conversionPercent /= 2; });
    const auto after = plan::liveTarget(derived, panel.analysis());
    ASSERT_TRUE(after.has_value());
    EXPECT_NEAR(*after, *before * 2, *before * 1e-6);
    EXPECT_NE(cell(table, QStringLiteral("Monthly volume the target needs")), volumeBefore);
    doc.undoStack()->undo();
    EXPECT_NEAR(*plan::liveTarget(derived, panel.analysis()), *before, *before * 1e-9);
}

TEST(PlanPanel, TypingATargetIsOneUndoStepThatRestoresThePlan)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    const Plan original = doc.workspace().plan;
    PlanPanel panel(&doc);
    panel.show();
    panel.setPersona(QString::fromStdString(hotel));
    auto* target = panel.findChild<QDoubleSpinBox*>(QStringLiteral("planTarget"));
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->value(), 0.0); // "No target"
    target->setFocus();
    target->selectAll(); // typing replaces the special text
    QTest::keyClicks(target, QStringLiteral("40"));
    ASSERT_NE(doc.workspace().plan.findPersona(hotel), nullptr);
    EXPECT_EQ(doc.workspace().plan.findPersona(hotel)->target.value_or(-1), 40.0);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_TRUE(doc.undoStack()->undoText().contains(QStringLiteral("hotel")));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan, original);
}

TEST(PlanPanel, AStartAfterTheEndMovesTheEndAlongAndUndoRestoresThePeriod)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    const PlanPeriod original = doc.workspace().plan.period;
    PlanPanel panel(&doc);
    panel.show();
    auto* start = panel.findChild<QDateEdit*>(QStringLiteral("planPeriodStart"));
    ASSERT_NE(start, nullptr);
    start->setDate(QDate(2027, 5, 1));
    EXPECT_EQ(doc.workspace().plan.period.start, "2027-05-01");
    EXPECT_EQ(doc.workspace().plan.period.end, "2027-05-01"); // never an inverted period
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan.period, original);
}

TEST(PlanPanel, ACheckAboutAPersonaSelectsItInTheWindow)
{
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::ScriptedPrompts prompts;
    MainWindow window(&prompts, dir.filePath(QStringLiteral("recovery")));
    window.show();
    ASSERT_TRUE(window.openFile(test::samplePath()));
    auto* goToPlan = window.findChild<QAction*>(QStringLiteral("actionGoToPlan"));
    ASSERT_NE(goToPlan, nullptr);
    goToPlan->trigger();
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("planDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());

    auto* checks = window.findChild<QListWidget*>(QStringLiteral("planChecks"));
    ASSERT_NE(checks, nullptr);
    auto* list = window.findChild<PersonaListPanel*>();
    ASSERT_NE(list, nullptr);
    const QString current = list->currentPersonaId();
    QListWidgetItem* other = nullptr;
    for (int i = 0; i < checks->count() && !other; ++i) {
        const QString id = checks->item(i)->data(Qt::UserRole).toString();
        if (!id.isEmpty() && id != current)
            other = checks->item(i);
    }
    ASSERT_NE(other, nullptr) << "the sample's plan has checks about several personas";
    checks->scrollToItem(other);
    QTest::mouseClick(checks->viewport(), Qt::LeftButton, {},
                      checks->visualItemRect(other).center());
    EXPECT_EQ(list->currentPersonaId(), other->data(Qt::UserRole).toString());
}

} // namespace plan_panel_test
