// SPDX-License-Identifier: GPL-3.0-or-later
// The plan analysis cache (core/plan/PlanAnalysisCache.h): after any change its result is the one
// analysePlan computes from scratch, and an edit of one persona computes only that persona again.
#include "plan/PlanAnalysisCache.h"

#include "TestPersonas.h"

#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::plan;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_analysis_cache_test {

namespace {

const QDate today(2027, 2, 1);

void expectSame(const PlanAnalysis& cached, const PlanAnalysis& fresh)
{
    ASSERT_EQ(cached.personas.size(), fresh.personas.size());
    for (std::size_t i = 0; i < fresh.personas.size(); ++i) {
        const auto& c = cached.personas[i];
        const auto& f = fresh.personas[i];
        SCOPED_TRACE(f.name);
        EXPECT_EQ(c.personaId, f.personaId);
        EXPECT_EQ(c.name, f.name);
        EXPECT_EQ(c.inPlan, f.inPlan);
        EXPECT_EQ(c.funnel.targetCustomers, f.funnel.targetCustomers);
        EXPECT_EQ(c.funnel.requiredMonthlyVolume, f.funnel.requiredMonthlyVolume);
        EXPECT_EQ(c.funnel.requiredMonthlySpend, f.funnel.requiredMonthlySpend);
        EXPECT_EQ(c.funnel.p90Days, f.funnel.p90Days);
        EXPECT_EQ(c.funnel.latestEntryP50, f.funnel.latestEntryP50);
        EXPECT_EQ(c.funnel.stageEntries.size(), f.funnel.stageEntries.size());
        EXPECT_EQ(c.b2bIndex, f.b2bIndex);
        EXPECT_EQ(c.plannedBudget, f.plannedBudget);
        EXPECT_EQ(c.requiredSpendInPeriod, f.requiredSpendInPeriod);
        EXPECT_EQ(cached.findPersona(f.personaId), &c);
    }
    ASSERT_EQ(cached.objectives.size(), fresh.objectives.size());
    for (std::size_t i = 0; i < fresh.objectives.size(); ++i)
        EXPECT_EQ(cached.objectives[i].progress, fresh.objectives[i].progress);
    ASSERT_EQ(cached.checks.size(), fresh.checks.size());
    for (std::size_t i = 0; i < fresh.checks.size(); ++i)
        EXPECT_EQ(cached.checks[i].message, fresh.checks[i].message);
    EXPECT_EQ(cached.contentGaps.size(), fresh.contentGaps.size());
}

TEST(PlanAnalysisCache, AnEditOfOnePersonaComputesOnlyThatPersonaAgain)
{
    Workspace ws = test::sampleWorkspace();
    ASSERT_FALSE(ws.plan.personas.empty());
    PlanAnalysisCache cache;
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));
    EXPECT_EQ(cache.personasComputed(), ws.personas.size());

    // A targeted persona's first conversion rate: its reverse funnel and the checks move.
    Persona* targeted = nullptr;
    for (auto& p : ws.personas)
        if (ws.plan.findPersona(p.id) && !p.pipeline.empty())
            targeted = &p;
    ASSERT_NE(targeted, nullptr);
    const auto before = cache.analyse(ws, today).findPersona(targeted->id)->funnel;
    targeted->pipeline.front().conversionPercent /= 2;
    const PlanAnalysis& after = cache.analyse(ws, today);
    EXPECT_EQ(cache.personasComputed(), ws.personas.size() + 1);
    EXPECT_NE(after.findPersona(targeted->id)->funnel.requiredMonthlyVolume,
              before.requiredMonthlyVolume);
    expectSame(after, analysePlan(ws, today));

    // Nothing changed: nothing computed.
    cache.analyse(ws, today);
    EXPECT_EQ(cache.personasComputed(), ws.personas.size() + 1);
}

TEST(PlanAnalysisCache, FollowsThePlanThePeriodTheChannelsAndRemovedPersonas)
{
    Workspace ws = test::sampleWorkspace();
    PlanAnalysisCache cache;
    cache.analyse(ws, today);

    // The plan's entry for a persona (its target) and the budget of its tactics.
    ws.plan.personas.front().target = ws.plan.personas.front().target.value_or(0) * 3 + 10;
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));
    ASSERT_FALSE(ws.plan.tactics.empty());
    ws.plan.tactics.front().plannedBudget += 12345;
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));

    // The period enters every persona.
    ws.plan.period.end = "2027-06-30";
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));

    // A persona removed, then one added under a new id.
    Persona removed = ws.personas.front();
    ws.personas.erase(ws.personas.begin());
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));
    removed.id = "99999999-2222-4333-8444-555555555555";
    ws.personas.push_back(removed);
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));

    // A workspace channel (the catalogue scores every persona's behaviour).
    Channel own;
    own.id = "custom-trade-show";
    own.name = "Trade show";
    ws.channels.push_back(own);
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));
}

} // namespace

TEST(PlanAnalysisCache, AnnouncedEditsAreTheOnlyPersonasCompared)
{
    Workspace ws = test::sampleWorkspace();
    ASSERT_GE(ws.personas.size(), 2u);
    PlanAnalysisCache cache;
    cache.announceChanges();
    cache.analyse(ws, today);
    const std::size_t first = cache.personasComputed();

    // An announced edit: that persona is computed again, and the result is analysePlan's.
    ws.personas[0].pipeline.front().conversionPercent /= 2;
    cache.personaEdited(ws.personas[0].id);
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));
    EXPECT_EQ(cache.personasComputed(), first + 1);

    // The owner promised to announce: an unannounced change of another persona is not looked
    // for (which is what saves comparing a thousand personas per keystroke)…
    const double before = cache.analyse(ws, today).personas[1].funnel.p90Days;
    ws.personas[1].pipeline.front().maxDays += 60;
    EXPECT_EQ(cache.analyse(ws, today).personas[1].funnel.p90Days, before);
    // …and anythingChanged() makes the next analysis compare every persona again.
    cache.anythingChanged();
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));
    EXPECT_NE(cache.analyse(ws, today).personas[1].funnel.p90Days, before);
}

TEST(PlanAnalysisCache, WithoutThePromiseEveryPersonaIsCompared)
{
    Workspace ws = test::sampleWorkspace();
    ASSERT_GE(ws.personas.size(), 2u);
    PlanAnalysisCache cache;
    cache.analyse(ws, today);
    ws.personas[1].pipeline.front().maxDays += 60; // not announced
    expectSame(cache.analyse(ws, today), analysePlan(ws, today));
}

} // namespace plan_analysis_cache_test
