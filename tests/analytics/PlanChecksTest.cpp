// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's checks (docs/models.md, "Checks"): a plan that passes them all, and each check
// raised by one change to it.
#include "plan/PlanAnalysis.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::plan;

namespace {

const std::string buyer = "11111111-2222-4333-8444-555555555555";
const QDate today(2027, 2, 1);

/// One B2B-like persona: a 10–20–30-day cycle, half the entries buy, 100 entries and 2,000 a
/// month, price 1,000, LinkedIn with a 30-day window. Target 230 customers in Q1 2027, which
/// needs about 11,800 of spend; four tactics of 5,000, one per RACE stage, cover it.
Workspace cleanWorkspace()
{
    Workspace ws;
    ws.name = "Plan checks";
    Persona p;
    p.id = buyer;
    p.name = "Plant buyer";
    p.label = Label::B2B;
    p.pipeline = {{"Deal", 50, 10, 20, 30}};
    p.economics.monthlyVolume = 100;
    p.economics.monthlySpend = 2000;
    p.economics.price = 1000;
    p.channels = {{"linkedin", 100, 30}};
    ws.personas = {p};
    Plan& plan = ws.plan;
    plan.period = {"Q1 2027", "2027-01-01", "2027-03-31"};
    plan.personas = {{buyer, TargetKind::Customers, 230, 100000}};
    int n = 0;
    for (RaceStage s : {RaceStage::Reach, RaceStage::Act, RaceStage::Convert, RaceStage::Engage})
        plan.tactics.push_back({"t" + std::to_string(++n),
                                "Tactic " + std::to_string(n),
                                buyer,
                                s,
                                "linkedin",
                                "2027-01-05",
                                "2027-03-20",
                                5000,
                                {},
                                TacticStatus::Planned,
                                "",
                                "kr"});
    KeyResult kr{"kr",
                 "Deals entered",
                 "deals",
                 0,
                 0,
                 100,
                 1,
                 DerivedTarget{buyer, DerivedQuantity::StageEntries, 0},
                 {{"2027-01-20", 100, 7, ""}}};
    plan.objectives = {
        {"o", "Win plants", "", RaceStage::Convert, buyer, Commitment::Committed, {kr}}};
    // The kept target is the live one, as at a check-in made today.
    plan.objectives[0].keyResults[0].target = *liveTarget(*kr.derived, analysePlan(ws, today));
    return ws;
}

std::vector<CheckKind> kinds(const Workspace& ws)
{
    std::vector<CheckKind> out;
    for (const auto& c : analysePlan(ws, today).checks)
        out.push_back(c.kind);
    return out;
}

std::string messages(const Workspace& ws)
{
    std::string out;
    for (const auto& c : analysePlan(ws, today).checks)
        out += std::string(toString(c.kind)) + ": " + c.message.toStdString() + "\n";
    return out;
}

} // namespace

TEST(PlanChecks, ACleanPlanPassesEveryCheck)
{
    const Workspace ws = cleanWorkspace();
    EXPECT_TRUE(kinds(ws).empty()) << messages(ws);
    const PlanAnalysis a = analysePlan(ws, today);
    ASSERT_EQ(a.personas.size(), 1u);
    EXPECT_EQ(a.personas[0].plannedBudget, 20000.0);
    ASSERT_TRUE(a.personas[0].requiredSpendInPeriod.has_value());
    // 2,000 a month × 230 ÷ (50 × 70 ÷ 30.4375) over 90 ÷ 30.4375 months.
    EXPECT_NEAR(*a.personas[0].requiredSpendInPeriod, 2000.0 * 230 * 90 / (50 * 70), 1e-6);
    EXPECT_TRUE(a.contentGaps.empty());
    ASSERT_EQ(a.objectives.size(), 1u);
    EXPECT_NEAR(*a.objectives[0].progress, 100 / *a.objectives[0].keyResults[0].liveTarget, 1e-12);
}

TEST(PlanChecks, NoPeriodPlansTheCurrentQuarterAndSaysSo)
{
    Workspace ws = cleanWorkspace();
    ws.plan.period = {};
    const PlanAnalysis a = analysePlan(ws, today);
    EXPECT_EQ(a.period.start, QDate(2027, 1, 1));
    ASSERT_FALSE(a.checks.empty());
    EXPECT_EQ(a.checks[0].kind, CheckKind::PeriodAssumed);
}

TEST(PlanChecks, BudgetBelowTheRequiredSpend)
{
    Workspace ws = cleanWorkspace();
    for (auto& t : ws.plan.tactics)
        t.plannedBudget = 2000; // 8,000 < 11,829
    EXPECT_EQ(kinds(ws), std::vector{CheckKind::BudgetBelowRequired}) << messages(ws);
    // Amounts are written with grouping, as everywhere else in the product (C locale: as en_US).
    const std::string text = messages(ws);
    EXPECT_NE(text.find("8,000 USD"), std::string::npos) << text;
    EXPECT_NE(text.find("11,829 USD"), std::string::npos) << text;
}

TEST(PlanChecks, TacticDatesOutsideThePeriod)
{
    Workspace ws = cleanWorkspace();
    ws.plan.tactics[1].start = "2026-12-15";
    ws.plan.tactics[2].end = "2027-04-02";
    EXPECT_EQ(kinds(ws),
              (std::vector{CheckKind::TacticOutsidePeriod, CheckKind::TacticOutsidePeriod}))
        << messages(ws);
}

TEST(PlanChecks, AnAttributionWindowShorterThanTheCyclesP90)
{
    // p90 of the 10–20–30 triangle is 25.5 days: a 21-day window misses the slowest tenth. A
    // channel the persona does not use falls back to the catalogue's default window (Meta: 7).
    Workspace ws = cleanWorkspace();
    ws.personas[0].channels[0].attributionWindowDays = 21;
    EXPECT_EQ(kinds(ws), (std::vector<CheckKind>(4, CheckKind::AttributionWindow))) << messages(ws);
    ws = cleanWorkspace();
    ws.plan.tactics[0].channelId = "facebook";
    EXPECT_EQ(kinds(ws), std::vector{CheckKind::AttributionWindow}) << messages(ws);
}

TEST(PlanChecks, ContentGapsArePersonaStageCellsWithoutContentOrTactic)
{
    Workspace ws = cleanWorkspace();
    ws.plan.tactics.erase(ws.plan.tactics.begin() + 1, ws.plan.tactics.end()); // Reach only
    ws.plan.tactics[0].plannedBudget = 20000;
    ws.plan.content = {{"c", "Guide", "whitepaper", buyer, RaceStage::Convert, "", "", {}, "", ""}};
    const PlanAnalysis a = analysePlan(ws, today);
    ASSERT_EQ(a.contentGaps.size(), 2u);
    EXPECT_EQ(a.contentGaps[0].stage, RaceStage::Act);
    EXPECT_EQ(a.contentGaps[1].stage, RaceStage::Engage);
    EXPECT_EQ(kinds(ws), std::vector{CheckKind::ContentGap}) << messages(ws);
    EXPECT_TRUE(a.checks[0].message.contains(QStringLiteral("Act, Engage")))
        << a.checks[0].message.toStdString();
}

TEST(PlanChecks, ATargetBeyondTheInMarketAudience)
{
    // 1,000 accounts, a quarter of them in market in a quarter: 246 over 90 days, fewer than the
    // 591 entries 230 customers need.
    Workspace ws = cleanWorkspace();
    ws.plan.personas[0].audienceSize = 1000;
    EXPECT_EQ(kinds(ws), std::vector{CheckKind::AudienceTooSmall}) << messages(ws);
}

TEST(PlanChecks, ADerivedTargetThatMovedSinceTheLastCheckIn)
{
    Workspace ws = cleanWorkspace();
    ws.plan.personas[0].target = 300; // the funnel now asks for more entries
    EXPECT_EQ(kinds(ws), std::vector{CheckKind::DerivedTargetMoved}) << messages(ws);
}

TEST(PlanChecks, ACycleLongerThanThePeriodIsReported)
{
    Workspace ws = cleanWorkspace();
    ws.personas[0].pipeline[0] = {"Deal", 50, 60, 90, 120};
    const auto found = kinds(ws);
    EXPECT_NE(std::find(found.begin(), found.end(), CheckKind::ReverseFunnel), found.end())
        << messages(ws);
}

TEST(PlanChecks, ReferencesLeftByADeletedPersonaAreKeptAndFlagged)
{
    Workspace ws = cleanWorkspace();
    const Persona other = [] {
        Persona p;
        p.id = "99999999-2222-4333-8444-555555555555";
        p.name = "Other";
        return p;
    }();
    ws.personas = {other};
    const PlanAnalysis a = analysePlan(ws, today);
    // The target, the objective, its derived key result and the four tactics: seven references.
    EXPECT_EQ(
        std::count_if(a.checks.begin(), a.checks.end(),
                      [](const PlanCheck& c) { return c.kind == CheckKind::DanglingReference; }),
        7)
        << messages(ws);
    EXPECT_TRUE(a.contentGaps.empty()); // a dangling target is flagged, not turned into gaps
    EXPECT_FALSE(a.objectives[0].keyResults[0].liveTarget.has_value());
}

TEST(PlanChecks, AStageBeyondThePipelineAndAMissingKeyResultAreFlagged)
{
    Workspace ws = cleanWorkspace();
    ws.plan.objectives[0].keyResults[0].derived->stageIndex = 3;
    ws.plan.tactics[0].keyResultId = "gone";
    ws.plan.tactics[1].channelId = "carrier-pigeon";
    EXPECT_EQ(kinds(ws), (std::vector<CheckKind>(3, CheckKind::DanglingReference))) << messages(ws);
}
