// SPDX-License-Identifier: GPL-3.0-or-later
// Each check about one plan item names that item (PlanCheck's objective, key result, tactic and
// content ids), so that a view can go to it.
#include "plan/PlanAnalysis.h"

#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::plan;

namespace {

const std::string buyer = "11111111-2222-4333-8444-555555555555";
const QDate today(2027, 2, 1);

/// One persona with a 10–20–30-day cycle (p90 25.5 days), LinkedIn with a 30-day window, a
/// target for Q1 2027; one tactic "t" serving key result "kr", derived from the first stage's
/// entries and kept at the live target (as at a check-in made today); one content item "c".
Workspace workspace()
{
    Workspace ws;
    Persona p;
    p.id = buyer;
    p.name = "Plant buyer";
    p.pipeline = {{"Deal", 50, 10, 20, 30}};
    p.economics.monthlyVolume = 100;
    p.economics.monthlySpend = 2000;
    p.economics.price = 1000;
    p.channels = {{"linkedin", 100, 30}};
    ws.personas = {p};
    ws.plan.period = {"Q1 2027", "2027-01-01", "2027-03-31"};
    ws.plan.personas = {{buyer, TargetKind::Customers, 230, {}}};
    ws.plan.tactics = {{"t",
                        "Tactic",
                        buyer,
                        RaceStage::Reach,
                        "linkedin",
                        "2027-01-05",
                        "2027-03-20",
                        20000,
                        {},
                        TacticStatus::Planned,
                        "",
                        "kr"}};
    ws.plan.content = {{"c", "Guide", "whitepaper", buyer, RaceStage::Act, "", "", {}, "", ""}};
    KeyResult kr;
    kr.id = "kr";
    kr.metric = "Deals entered";
    kr.current = 100;
    kr.derived = DerivedTarget{buyer, DerivedQuantity::StageEntries, 0};
    kr.checkIns = {{"2027-01-20", 100, 7, ""}};
    ws.plan.objectives = {
        {"o", "Win plants", "", RaceStage::Convert, buyer, Commitment::Committed, {kr}}};
    ws.plan.objectives[0].keyResults[0].target = *liveTarget(*kr.derived, analysePlan(ws, today));
    return ws;
}

const PlanCheck* find(const std::vector<PlanCheck>& checks, CheckKind kind)
{
    for (const auto& c : checks)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

} // namespace

TEST(PlanCheckSubjects, AMovedDerivedTargetNamesItsKeyResultAndObjective)
{
    Workspace ws = workspace();
    ws.plan.personas[0].target = 300;
    const auto checks = analysePlan(ws, today).checks;
    const PlanCheck* c = find(checks, CheckKind::DerivedTargetMoved);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->keyResultId, "kr");
    EXPECT_EQ(c->objectiveId, "o");
    EXPECT_EQ(c->tacticId, "");
    EXPECT_EQ(c->contentId, "");
}

TEST(PlanCheckSubjects, ADerivedStageBeyondThePipelineNamesItsKeyResult)
{
    Workspace ws = workspace();
    ws.plan.objectives[0].keyResults[0].derived->stageIndex = 3;
    const auto checks = analysePlan(ws, today).checks;
    const PlanCheck* c = find(checks, CheckKind::DanglingReference);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->keyResultId, "kr");
}

TEST(PlanCheckSubjects, TacticChecksNameTheTactic)
{
    Workspace ws = workspace();
    ws.plan.tactics[0].start = "2026-12-15";
    ws.plan.tactics[0].keyResultId = "gone";
    ws.personas[0].channels[0].attributionWindowDays = 21;
    const auto checks = analysePlan(ws, today).checks;
    for (CheckKind kind : {CheckKind::TacticOutsidePeriod, CheckKind::DanglingReference,
                           CheckKind::AttributionWindow}) {
        const PlanCheck* c = find(checks, kind);
        ASSERT_NE(c, nullptr) << toString(kind);
        EXPECT_EQ(c->tacticId, "t") << toString(kind);
        EXPECT_EQ(c->keyResultId, "") << toString(kind);
    }
}

TEST(PlanCheckSubjects, ContentAndObjectiveReferencesNameTheirItem)
{
    Workspace ws = workspace();
    ws.plan.content[0].channelId = "no-such-channel";
    ws.plan.objectives[0].personaId = "99999999-2222-4333-8444-555555555555";
    const auto checks = analysePlan(ws, today).checks;
    int content = 0;
    int objective = 0;
    for (const auto& c : checks) {
        if (c.kind != CheckKind::DanglingReference)
            continue;
        content += c.contentId == "c" ? 1 : 0;
        objective += c.objectiveId == "o" && c.keyResultId.empty() ? 1 : 0;
    }
    EXPECT_EQ(content, 1);
    EXPECT_EQ(objective, 1);
}
