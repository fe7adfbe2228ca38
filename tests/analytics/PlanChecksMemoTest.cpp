// SPDX-License-Identifier: GPL-3.0-or-later
// The checks PlanAnalysisCache keeps for each persona and tactic (core/plan/PlanChecksMemo.h):
// whatever changes, the checks are the ones analysePlan writes from scratch; what did not change
// keeps its remembered checks, and what did is written again.
#include "TestPersonas.h"
#include "plan/PlanAnalysisCache.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::plan;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_checks_memo_test {

namespace {

const QDate today(2027, 2, 1);

void expectSameChecks(const std::vector<PlanCheck>& cached, const std::vector<PlanCheck>& fresh)
{
    ASSERT_EQ(cached.size(), fresh.size());
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        SCOPED_TRACE(fresh[i].message.toStdString());
        EXPECT_EQ(cached[i].kind, fresh[i].kind);
        EXPECT_EQ(cached[i].personaId, fresh[i].personaId);
        EXPECT_EQ(cached[i].message, fresh[i].message);
        EXPECT_EQ(cached[i].objectiveId, fresh[i].objectiveId);
        EXPECT_EQ(cached[i].keyResultId, fresh[i].keyResultId);
        EXPECT_EQ(cached[i].tacticId, fresh[i].tacticId);
        EXPECT_EQ(cached[i].contentId, fresh[i].contentId);
    }
}

/// The analysis as the cache gives it equals analysePlan's, checks and key results.
void expectFresh(PlanAnalysisCache& cache, const Workspace& ws)
{
    const PlanAnalysis& cached = cache.analyse(ws, today);
    const PlanAnalysis fresh = analysePlan(ws, today);
    expectSameChecks(cached.checks, fresh.checks);
    ASSERT_EQ(cached.objectives.size(), fresh.objectives.size());
    for (std::size_t o = 0; o < fresh.objectives.size(); ++o) {
        ASSERT_EQ(cached.objectives[o].keyResults.size(), fresh.objectives[o].keyResults.size());
        for (std::size_t k = 0; k < fresh.objectives[o].keyResults.size(); ++k)
            EXPECT_EQ(cached.objectives[o].keyResults[k].liveTarget,
                      fresh.objectives[o].keyResults[k].liveTarget);
    }
    EXPECT_EQ(cached.contentGaps.size(), fresh.contentGaps.size());
}

/// Where the sample's key result whose target follows a stage's entries sits.
struct Derived {
    std::size_t objective = 0;
    std::size_t keyResult = 0;
    std::string personaId;
};

Derived stageEntriesKeyResult(const Workspace& ws)
{
    for (std::size_t o = 0; o < ws.plan.objectives.size(); ++o)
        for (std::size_t k = 0; k < ws.plan.objectives[o].keyResults.size(); ++k) {
            const auto& derived = ws.plan.objectives[o].keyResults[k].derived;
            if (derived && derived->quantity == DerivedQuantity::StageEntries)
                return {o, k, derived->personaId};
        }
    ADD_FAILURE() << "the sample has no key result derived from a stage's entries";
    return {};
}

Persona& personaById(Workspace& ws, const std::string& id)
{
    for (auto& p : ws.personas)
        if (p.id == id)
            return p;
    ADD_FAILURE() << "no persona " << id;
    return ws.personas.front();
}

std::size_t tacticsOf(const Workspace& ws, const std::string& personaId)
{
    return static_cast<std::size_t>(
        std::count_if(ws.plan.tactics.begin(), ws.plan.tactics.end(),
                      [&](const Tactic& t) { return t.personaId == personaId; }));
}

} // namespace

TEST(PlanChecksMemo, AnEditedConversionRateMovesItsDerivedKeyResultAndChecks)
{
    Workspace ws = test::sampleWorkspace();
    const Derived derived = stageEntriesKeyResult(ws);
    // As the window uses it: every edit of a persona is announced.
    PlanAnalysisCache cache;
    cache.announceChanges();
    const PlanAnalysis& first = cache.analyse(ws, today);
    const auto targetBefore =
        first.objectives[derived.objective].keyResults[derived.keyResult].liveTarget;
    const std::vector<PlanCheck> checksBefore = first.checks;
    ASSERT_TRUE(targetBefore.has_value());

    // Half the conversion at every stage: twice the entries and spend for the same customers.
    for (auto& stage : personaById(ws, derived.personaId).pipeline)
        stage.conversionPercent /= 2;
    cache.personaEdited(derived.personaId);
    const PlanAnalysis& after = cache.analyse(ws, today);
    const auto targetAfter =
        after.objectives[derived.objective].keyResults[derived.keyResult].liveTarget;
    ASSERT_TRUE(targetAfter.has_value());
    EXPECT_GT(*targetAfter, *targetBefore);
    // Some check about that persona says something else now, and all are analysePlan's.
    bool moved = checksBefore.size() != after.checks.size();
    for (std::size_t i = 0; !moved && i < after.checks.size(); ++i)
        moved = after.checks[i].personaId == derived.personaId &&
                after.checks[i].message != checksBefore[i].message;
    EXPECT_TRUE(moved);
    expectFresh(cache, ws);
}

TEST(PlanChecksMemo, UnchangedInputsKeepTheirChecks)
{
    Workspace ws = test::sampleWorkspace();
    PlanAnalysisCache cache;
    cache.announceChanges();
    const std::vector<PlanCheck> first = cache.analyse(ws, today).checks;
    const std::size_t written = cache.checksWritten();
    EXPECT_EQ(written, ws.plan.personas.size() + ws.plan.tactics.size());

    // Nothing changed: nothing written, the same checks.
    expectSameChecks(cache.analyse(ws, today).checks, first);
    EXPECT_EQ(cache.checksWritten(), written);

    // One persona edited: its checks and its tactics' are written again, no others.
    const std::string id = ws.plan.personas.front().personaId;
    personaById(ws, id).economics.monthlySpend *= 3;
    cache.personaEdited(id);
    expectFresh(cache, ws);
    EXPECT_LE(cache.checksWritten(), written + 1 + tacticsOf(ws, id));

    // Without announcements every input is compared: still nothing written when none changed.
    PlanAnalysisCache unannounced;
    unannounced.analyse(ws, today);
    const std::size_t once = unannounced.checksWritten();
    expectSameChecks(unannounced.analyse(ws, today).checks, cache.analyse(ws, today).checks);
    EXPECT_EQ(unannounced.checksWritten(), once);
}

TEST(PlanChecksMemo, AnEditedTacticIsWrittenAgainAndOnlyIt)
{
    Workspace ws = test::sampleWorkspace();
    ASSERT_FALSE(ws.plan.tactics.empty());
    PlanAnalysisCache cache;
    cache.announceChanges();
    // A tactic that starts before the period is flagged, with its name in the message.
    ws.plan.tactics.front().start = "2000-01-01";
    cache.analyse(ws, today);
    const std::size_t written = cache.checksWritten();

    ws.plan.tactics.front().name = "Renamed tactic";
    cache.anythingChanged(); // a plan edit
    const PlanAnalysis& renamed = cache.analyse(ws, today);
    EXPECT_EQ(cache.checksWritten(), written + 1);
    const bool named = std::any_of(renamed.checks.begin(), renamed.checks.end(), [](auto& c) {
        return c.kind == CheckKind::TacticOutsidePeriod &&
               c.message.contains(QStringLiteral("Renamed tactic"));
    });
    EXPECT_TRUE(named);
    expectFresh(cache, ws);

    // Tactics removed and inserted before the others shift every place after them.
    ws.plan.tactics.erase(ws.plan.tactics.begin() + 1);
    cache.anythingChanged();
    expectFresh(cache, ws);
    Tactic added = ws.plan.tactics.back();
    added.id = "t-added";
    added.channelId = "no-such-channel";
    ws.plan.tactics.insert(ws.plan.tactics.begin(), added);
    cache.anythingChanged();
    expectFresh(cache, ws);
}

TEST(PlanChecksMemo, WhatEveryMessageSaysRewritesThemAll)
{
    Workspace ws = test::sampleWorkspace();
    PlanAnalysisCache cache;
    cache.announceChanges();
    cache.analyse(ws, today);
    const std::size_t written = cache.checksWritten();

    // The currency (in every budget's sentence) and the period (in every tactic's).
    ws.currency = ws.currency == "EUR" ? "USD" : "EUR";
    cache.anythingChanged();
    expectFresh(cache, ws);
    EXPECT_EQ(cache.checksWritten(), 2 * written);
    ws.plan.period.end = "2027-05-31";
    cache.anythingChanged();
    expectFresh(cache, ws);

    // A persona removed: the references to it are flagged, its tactics' checks say so.
    const std::string removed = ws.personas.front().id;
    ws.personas.erase(ws.personas.begin());
    cache.anythingChanged();
    expectFresh(cache, ws);
    const PlanAnalysis& a = cache.analyse(ws, today);
    EXPECT_TRUE(std::any_of(a.checks.begin(), a.checks.end(), [&](const PlanCheck& c) {
        return c.kind == CheckKind::DanglingReference && c.personaId == removed;
    }));
}

} // namespace plan_checks_memo_test
