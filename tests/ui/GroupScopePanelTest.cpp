// SPDX-License-Identifier: GPL-3.0-or-later
// The group modes group either every persona or only the selected ones (a choice in the panel,
// saved with the view state), and the panel names each group's members.
#include "UiTestSupport.h"
#include "charts/ChartCard.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ComparisonChart.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "window/ComparisonPanel.h"
#include "window/GroupMembers.h"

#include <QComboBox>
#include <QLabel>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::charts;

namespace {

class GroupScopePanel : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto r = WorkspaceReader::readFile(
            QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
        ASSERT_TRUE(r.ok());
        document.reset(*r.workspace, QString());
        panel = std::make_unique<ComparisonPanel>(&document, &cache);
        panel->resize(480, 900);
        panel->show();
    }

    std::string idAt(std::size_t i) const { return document.workspace().personas.at(i).id; }
    QString nameAt(std::size_t i) const
    {
        return QString::fromStdString(document.workspace().personas.at(i).name);
    }
    void setView(CompareMode mode, GroupScope scope, const std::vector<std::size_t>& selected)
    {
        ViewState view = document.workspace().view;
        view.compareMode = mode;
        view.groupScope = scope;
        view.comparedPersonaIds.clear();
        for (std::size_t i : selected)
            view.comparedPersonaIds.push_back(idAt(i));
        document.setViewState(view);
    }
    int members() const
    {
        int n = 0;
        for (const auto& s : panel->data().subjects)
            n += s.members;
        return n;
    }
    const SubjectFigures* group(const char* key) const
    {
        for (const auto& s : panel->data().subjects)
            if (s.key == QLatin1String(key))
                return &s;
        return nullptr;
    }

    WorkspaceDocument document;
    AnalysisCache cache{&document};
    std::unique_ptr<ComparisonPanel> panel;
};

} // namespace

TEST_F(GroupScopePanel, TheScopeChoiceIsShownInGroupModesAndSavedAsViewState)
{
    EXPECT_TRUE(panel->groupScopeSelector()->isHidden()); // Personas mode
    setView(CompareMode::GroupsByLabel, GroupScope::All, {0, 3});
    EXPECT_FALSE(panel->groupScopeSelector()->isHidden());
    EXPECT_EQ(members(), 7); // every persona, whatever is selected

    const int undoSteps = document.undoStack()->count();
    const int selected = static_cast<int>(GroupScope::Selected);
    panel->groupScopeSelector()->setCurrentIndex(selected);
    Q_EMIT panel->groupScopeSelector()->activated(selected);
    EXPECT_EQ(document.workspace().view.groupScope, GroupScope::Selected);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), undoSteps);
    EXPECT_EQ(members(), 2);
}

TEST_F(GroupScopePanel, SelectedScopeGroupsOnlyTheSelectionAndFollowsIt)
{
    // 0 and 1 are labelled B2B, 3 B2C, 5 hybrid.
    setView(CompareMode::GroupsByLabel, GroupScope::Selected, {0, 3});
    ASSERT_EQ(panel->data().subjects.size(), 2u);
    ASSERT_NE(group("B2B"), nullptr);
    ASSERT_NE(group("B2C"), nullptr);
    EXPECT_EQ(group("B2B")->members, 1);
    EXPECT_EQ(group("hybrid"), nullptr); // no selected persona is hybrid
    const auto* enterprise = cache.analysis(QString::fromStdString(idAt(0)));
    EXPECT_DOUBLE_EQ(group("B2B")->clv, enterprise->economics.clv);

    setView(CompareMode::GroupsByLabel, GroupScope::Selected, {0, 1, 3, 5});
    EXPECT_EQ(members(), 4);
    EXPECT_EQ(group("B2B")->members, 2);
    EXPECT_NE(group("hybrid"), nullptr);
    // The same selection grouped by behaviour.
    setView(CompareMode::GroupsByBehaviour, GroupScope::Selected, {0, 1, 3, 5});
    EXPECT_EQ(members(), 4);
    // Every chart draws the selected groups, not the workspace's.
    for (ChartId id : allChartIds)
        if (panel->card(id)->chart()->showsSubjects()) {
            EXPECT_EQ(panel->card(id)->chart()->subjects().size(), panel->data().subjects.size());
        }
}

TEST_F(GroupScopePanel, EditsChangeOnlyTheGroupsOfSelectedPersonas)
{
    setView(CompareMode::GroupsByLabel, GroupScope::Selected, {0, 3});
    const double b2cClv = group("B2C")->clv;
    const double b2bClv = group("B2B")->clv;
    // Persona 4 (B2C) is not selected: its price does not move the B2C group.
    document.editPersona(QString::fromStdString(idAt(4)), QStringLiteral("economics.price"),
                         QStringLiteral("Price"), [](Persona& p) { p.economics.price *= 3; });
    EXPECT_DOUBLE_EQ(group("B2C")->clv, b2cClv);
    // Persona 0 is: the B2B group follows it.
    document.editPersona(QString::fromStdString(idAt(0)), QStringLiteral("economics.price"),
                         QStringLiteral("Price"), [](Persona& p) { p.economics.price *= 2; });
    const auto* enterprise = cache.analysis(QString::fromStdString(idAt(0)));
    EXPECT_NE(group("B2B")->clv, b2bClv);
    EXPECT_DOUBLE_EQ(group("B2B")->clv, enterprise->economics.clv);
    EXPECT_DOUBLE_EQ(panel->card(ChartId::UnitEconomics)->chart()->subjects().front().clv,
                     enterprise->economics.clv);
}

TEST_F(GroupScopePanel, NothingSelectedSaysWhatToDo)
{
    setView(CompareMode::GroupsByBehaviour, GroupScope::Selected, {});
    EXPECT_TRUE(panel->data().subjects.empty());
    EXPECT_TRUE(panel->card(ChartId::BehaviourProfile)->chart()->isEmpty());
    EXPECT_EQ(panel->card(ChartId::BehaviourProfile)->chart()->emptyText(),
              ChartDataBuilder::emptyHint(CompareMode::GroupsByBehaviour, GroupScope::Selected));
    EXPECT_TRUE(panel->groupMembers()->isHidden());
}

TEST_F(GroupScopePanel, EachGroupsMembersAreListedByName)
{
    setView(CompareMode::GroupsByLabel, GroupScope::All, {});
    const QString all = panel->groupMembers()->text();
    EXPECT_FALSE(panel->groupMembers()->isHidden());
    const QStringList lines = all.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(ChartDataBuilder::groupName(0, analytics::GroupBy::Label)));
    for (std::size_t i : {0u, 1u, 2u})
        EXPECT_TRUE(lines[0].contains(nameAt(i))) << lines[0].toStdString();
    for (std::size_t i : {5u, 6u})
        EXPECT_TRUE(lines[1].contains(nameAt(i))) << lines[1].toStdString();
    for (std::size_t i : {3u, 4u})
        EXPECT_TRUE(lines[2].contains(nameAt(i))) << lines[2].toStdString();

    setView(CompareMode::GroupsByLabel, GroupScope::Selected, {1, 4});
    const QString selected = panel->groupMembers()->text();
    EXPECT_EQ(selected.split(QLatin1Char('\n')).size(), 2);
    EXPECT_TRUE(selected.contains(nameAt(1)));
    EXPECT_TRUE(selected.contains(nameAt(4)));
    EXPECT_FALSE(selected.contains(nameAt(0)));

    // A rename shows at once.
    document.editPersona(QString::fromStdString(idAt(1)), QStringLiteral("name"),
                         QStringLiteral("Rename"), [](Persona& p) { p.name = "Renamed tool"; });
    EXPECT_TRUE(panel->groupMembers()->text().contains(QStringLiteral("Renamed tool")));

    setView(CompareMode::Personas, GroupScope::Selected, {1, 4});
    EXPECT_TRUE(panel->groupMembers()->isHidden());
}

TEST(GroupMembers, LongGroupsEndInACountAndTheToolTipListsMore)
{
    std::vector<PopulationPoint> population;
    for (int i = 0; i < 20; ++i) {
        PopulationPoint p;
        p.key = QString::number(i);
        p.name = QStringLiteral("Persona %1").arg(i);
        p.label = Label::B2B;
        population.push_back(p);
    }
    const GroupMembers::Text t = GroupMembers::describe(population, {}, analytics::GroupBy::Label);
    EXPECT_TRUE(t.text.contains(QStringLiteral("Persona 7")));
    EXPECT_FALSE(t.text.contains(QStringLiteral("Persona 8")));
    EXPECT_TRUE(t.text.contains(QStringLiteral("12 more"))) << t.text.toStdString();
    EXPECT_TRUE(t.text.contains(QStringLiteral("(20)")));
    EXPECT_TRUE(t.toolTip.contains(QStringLiteral("Persona 19")));
    // Only the personas in scope.
    std::vector<bool> scope(20, false);
    scope[3] = true;
    const GroupMembers::Text one =
        GroupMembers::describe(population, scope, analytics::GroupBy::Label);
    EXPECT_TRUE(one.text.contains(QStringLiteral("(1): Persona 3"))) << one.text.toStdString();
}

TEST(GroupMembers, TheExportDataGroupsTheViewsScope)
{
    test::AnalysedWorkspace sample = test::analysedSample();
    Workspace& ws = sample.workspace;
    const auto& analyses = sample.analyses;
    ws.view.groupScope = GroupScope::Selected;
    ws.view.comparedPersonaIds = {ws.personas[0].id, ws.personas[3].id};
    const ChartData data = ChartDataBuilder::workspace(ws, analyses, CompareMode::GroupsByLabel);
    int n = 0;
    for (const auto& s : data.subjects)
        n += s.members;
    EXPECT_EQ(n, 2);
    ws.view.groupScope = GroupScope::All;
    n = 0;
    for (const auto& s :
         ChartDataBuilder::workspace(ws, analyses, CompareMode::GroupsByLabel).subjects)
        n += s.members;
    EXPECT_EQ(n, 7);
}
