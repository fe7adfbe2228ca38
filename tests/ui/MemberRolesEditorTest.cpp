// SPDX-License-Identifier: GPL-3.0-or-later
// Several roles per decision-unit member: the table model's role lists (under
// QAbstractItemModelTester), the popup list that ticks them, and the key-role coverage that
// follows (docs/models.md, "Decision unit"; docs/workbench.md).
#include "EditorTestSupport.h"
#include "analytics/DecisionUnitAnalysis.h"
#include "editor/DecisionUnitSection.h"
#include "editor/MemberTableModel.h"
#include "editor/RoleListEditor.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>

using namespace b2x;
using namespace b2x::test;

namespace {

QVariantList roleList(std::initializer_list<Role> roles)
{
    QVariantList list;
    for (Role r : roles)
        list << static_cast<int>(r);
    return list;
}

// Sample persona 6 is a couple furnishing their home: the partner leading the project is
// decider, buyer and user; the other partner influencer and user. Nobody is the specifier.
constexpr std::size_t couple = 6;
constexpr std::size_t snackBuyer = 3; // one member, a decider

class MemberRolesTest : public EditorTest {
protected:
    std::vector<Role> uncovered(std::size_t i) const
    {
        return analytics::analyseDecisionUnit(persona(i).decisionUnit).uncoveredRoles;
    }
};

} // namespace

TEST_F(MemberRolesTest, TheModelSetsRoleListsOneUndoStepEachAndRefusesAnEmptyList)
{
    ASSERT_EQ(uncovered(couple), std::vector<Role>{Role::Specifier});
    MemberTableModel model(&doc, [this](const QString& field, const QString& text,
                                        const PersonaTableModel::Change& change) {
        doc.editPersona(idAt(couple), field, text, change);
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPersona(idAt(couple));
    const QModelIndex lead = model.index(0, MemberTableModel::RoleColumn);
    const QModelIndex partner = model.index(1, MemberTableModel::RoleColumn);
    EXPECT_EQ(lead.data().toString(), QStringLiteral("Decider, Buyer, User"));
    EXPECT_EQ(lead.data(Qt::EditRole).toList(), roleList({Role::Decider, Role::Buyer, Role::User}));
    EXPECT_TRUE(lead.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Buyer: ")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy rejected(&model, &PersonaTableModel::rejected);
    const int steps = undoSteps();

    // The partner also compares the offers: a second tick covers the specifier.
    EXPECT_TRUE(model.setData(partner, roleList({Role::Influencer, Role::User, Role::Specifier})));
    EXPECT_EQ(persona(couple).decisionUnit.members[1].roles,
              (std::vector<Role>{Role::Influencer, Role::User, Role::Specifier}));
    EXPECT_TRUE(uncovered(couple).empty());
    EXPECT_EQ(partner.data().toString(), QStringLiteral("Influencer, User, Specifier"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(undoSteps(), steps + 1);

    // A second change of the same member's roles is a step of its own, not merged.
    EXPECT_TRUE(model.setData(partner, roleList({Role::User, Role::Specifier})));
    EXPECT_EQ(undoSteps(), steps + 2);
    // A role given twice counts once.
    EXPECT_TRUE(model.setData(partner, roleList({Role::Specifier, Role::Specifier})));
    EXPECT_EQ(persona(couple).decisionUnit.members[1].roles, std::vector<Role>{Role::Specifier});

    // Nobody holds no role: the list without any is refused, with the reason in words.
    const Persona before = persona(couple);
    EXPECT_FALSE(model.setData(partner, QVariantList{}));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QStringLiteral("at least one role")));
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QStringLiteral("Specifier")));
    EXPECT_FALSE(model.setData(partner, roleList({Role::User}) << 99));
    EXPECT_EQ(persona(couple), before);
    EXPECT_EQ(undoSteps(), steps + 3);

    // A single role (a view that edits one) replaces the first and keeps the others.
    EXPECT_TRUE(model.setData(lead, static_cast<int>(Role::Approver)));
    EXPECT_EQ(persona(couple).decisionUnit.members[0].roles,
              (std::vector<Role>{Role::Approver, Role::Buyer, Role::User}));

    while (doc.undoStack()->canUndo())
        undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(partner.data().toString(), QStringLiteral("Influencer, User"));
}

class RoleListEditorTest : public MemberRolesTest {
protected:
    /// Opens the roles editor of `row` as a double click would and waits for its popup.
    RoleListEditor* openRoles(QTableView* view, int row)
    {
        const QModelIndex index = view->model()->index(row, MemberTableModel::RoleColumn);
        view->setFocus();
        view->setCurrentIndex(index);
        view->edit(index);
        auto* editor = qobject_cast<RoleListEditor*>(view->indexWidget(index));
        if (!editor)
            return nullptr;
        return QTest::qWaitFor([&] { return editor->popup()->isVisible(); }, 2000) ? editor
                                                                                   : nullptr;
    }
    static void clickRole(RoleListEditor* editor, Role role)
    {
        QListWidget* list = editor->list();
        QListWidgetItem* item = list->item(static_cast<int>(role));
        ASSERT_EQ(item->data(Qt::UserRole).toInt(), static_cast<int>(role));
        // On the name, not on the box: the whole line ticks.
        const QRect rect = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          QPoint(rect.right() - 4, rect.center().y()));
    }
    static bool ticked(RoleListEditor* editor, Role role)
    {
        return editor->list()->item(static_cast<int>(role))->checkState() == Qt::Checked;
    }
};

TEST_F(RoleListEditorTest, TickingASecondRoleCoversItLiveAsOneUndoStep)
{
    DecisionUnitSection section(&doc);
    open(section, couple);
    auto* view = child<QTableView>(section, "membersTable");
    auto* coverage = child<MessageLabel>(section, "membersCoverage");
    ASSERT_TRUE(view && coverage);
    EXPECT_EQ(coverage->kind(), MessageLabel::Kind::Warning);
    EXPECT_TRUE(coverage->text().contains(QStringLiteral("Specifier")));
    const int steps = undoSteps();

    RoleListEditor* editor = openRoles(view, 1);
    ASSERT_TRUE(editor);
    EXPECT_TRUE(ticked(editor, Role::Influencer));
    EXPECT_TRUE(ticked(editor, Role::User));
    EXPECT_FALSE(ticked(editor, Role::Specifier));

    clickRole(editor, Role::Specifier);
    EXPECT_EQ(persona(couple).decisionUnit.members[1].roles,
              (std::vector<Role>{Role::Influencer, Role::User, Role::Specifier}));
    EXPECT_EQ(undoSteps(), steps + 1);
    // The coverage follows at once, while the list is still open for more ticks.
    EXPECT_EQ(coverage->kind(), MessageLabel::Kind::Info);
    EXPECT_TRUE(editor->popup()->isVisible());
    EXPECT_TRUE(ticked(editor, Role::Specifier));

    // Space ticks the current role too; each tick is one step.
    editor->list()->setCurrentRow(static_cast<int>(Role::Influencer));
    QTest::keyClick(editor->list(), Qt::Key_Space);
    EXPECT_EQ(persona(couple).decisionUnit.members[1].roles,
              (std::vector<Role>{Role::User, Role::Specifier}));
    EXPECT_EQ(undoSteps(), steps + 2);

    // Enter closes the list; the cell shows the roles.
    QTest::keyClick(editor->list(), Qt::Key_Return);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !view->indexWidget(view->model()->index(1, 0)); }, 2000));
    EXPECT_EQ(view->model()->index(1, MemberTableModel::RoleColumn).data().toString(),
              QStringLiteral("User, Specifier"));

    undo();
    undo();
    EXPECT_EQ(persona(couple), original.personas[couple]);
    EXPECT_EQ(coverage->kind(), MessageLabel::Kind::Warning);
}

TEST_F(RoleListEditorTest, UntickingTheLastRoleIsRefusedInWords)
{
    DecisionUnitSection section(&doc);
    open(section, snackBuyer);
    auto* view = child<QTableView>(section, "membersTable");
    auto* message = child<MessageLabel>(section, "membersMessage");
    ASSERT_TRUE(view && message);
    RoleListEditor* editor = openRoles(view, 0);
    ASSERT_TRUE(editor);
    ASSERT_TRUE(ticked(editor, Role::Decider));
    const int steps = undoSteps();

    clickRole(editor, Role::Decider);
    EXPECT_EQ(persona(snackBuyer), original.personas[snackBuyer]);
    EXPECT_EQ(undoSteps(), steps);
    EXPECT_TRUE(ticked(editor, Role::Decider)); // the list shows what the member still holds
    auto* problem = editor->popup()->findChild<QLabel*>(QStringLiteral("roleListProblem"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->isVisibleTo(editor->popup()));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("at least one role")));
    EXPECT_TRUE(showsError(message));

    // Ticking another role first, then clearing the decider, works: two steps.
    clickRole(editor, Role::User);
    EXPECT_FALSE(problem->isVisibleTo(editor->popup()));
    clickRole(editor, Role::Decider);
    EXPECT_EQ(persona(snackBuyer).decisionUnit.members[0].roles, std::vector<Role>{Role::User});
    EXPECT_EQ(undoSteps(), steps + 2);

    // Escape closes the list without undoing the ticks, which are saved already.
    QTest::keyClick(editor->list(), Qt::Key_Escape);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !view->indexWidget(view->model()->index(0, 0)); }, 2000));
    EXPECT_EQ(persona(snackBuyer).decisionUnit.members[0].roles, std::vector<Role>{Role::User});
}

TEST_F(RoleListEditorTest, TheRolesColumnWidensToShowEveryRoleOfAMember)
{
    DecisionUnitSection section(&doc);
    open(section, snackBuyer);
    auto* view = child<QTableView>(section, "membersTable");
    ASSERT_TRUE(view);
    const int single = view->columnWidth(MemberTableModel::RoleColumn);
    const QModelIndex cell = section.model()->index(0, MemberTableModel::RoleColumn);
    ASSERT_TRUE(section.model()->setData(
        cell, roleList({Role::Decider, Role::User, Role::Buyer, Role::Influencer})));
    QCoreApplication::processEvents();
    EXPECT_GT(view->columnWidth(MemberTableModel::RoleColumn), single);
    EXPECT_GE(view->columnWidth(MemberTableModel::RoleColumn),
              static_cast<const QAbstractItemView*>(view)->sizeHintForColumn(
                  MemberTableModel::RoleColumn));
    undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(view->columnWidth(MemberTableModel::RoleColumn), single);
}
