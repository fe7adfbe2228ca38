// SPDX-License-Identifier: GPL-3.0-or-later
// OKR scoring (docs/models.md, "Scoring"): progress for increase and decrease targets, Google's
// bands, weighted objectives, confidence from the latest check-in, and KPI suggestions.
#include "plan/KpiSuggestions.h"
#include "plan/OkrScoring.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::plan;

TEST(OkrScoring, IncreaseTargets)
{
    EXPECT_DOUBLE_EQ(*keyResultProgress(0, 100, 70), 0.7);
    EXPECT_DOUBLE_EQ(*keyResultProgress(20, 120, 70), 0.5);
    EXPECT_DOUBLE_EQ(*keyResultProgress(0, 100, 150), 1.0); // clamped
    EXPECT_DOUBLE_EQ(*keyResultProgress(0, 100, -5), 0.0);
}

TEST(OkrScoring, DecreaseTargets)
{
    // Cost per customer from 90 down to 60: at 75 half the way is done.
    EXPECT_DOUBLE_EQ(*keyResultProgress(90, 60, 75), 0.5);
    EXPECT_DOUBLE_EQ(*keyResultProgress(90, 60, 95), 0.0); // got worse
    EXPECT_DOUBLE_EQ(*keyResultProgress(90, 60, 50), 1.0); // beyond the target
}

TEST(OkrScoring, NoDistanceToGoIsNotDefined)
{
    EXPECT_FALSE(keyResultProgress(50, 50, 50).has_value());
}

TEST(OkrScoring, GooglesBands)
{
    EXPECT_EQ(bandFor(1.0), Band::Green);
    EXPECT_EQ(bandFor(0.7), Band::Green);
    EXPECT_EQ(bandFor(0.69), Band::Yellow);
    EXPECT_EQ(bandFor(0.4), Band::Yellow);
    EXPECT_EQ(bandFor(0.39), Band::Red);
    EXPECT_EQ(bandFor(0.0), Band::Red);
}

TEST(OkrScoring, ObjectiveIsTheWeightedMeanOfItsKeyResults)
{
    Objective o;
    o.id = "o";
    o.keyResults = {{"a", "Leads", "", 0, 100, 100, 3, {}, {}},    // progress 1, weight 3
                    {"b", "Cost", "", 90, 60, 95, 1, {}, {}},      // progress 0, weight 1
                    {"c", "Flat", "", 5, 5, 5, 10, {}, {}},        // not defined: left out
                    {"d", "Unweighted", "", 0, 10, 0, 0, {}, {}}}; // weight 0: left out
    std::vector<KeyResultScore> scores;
    for (const auto& k : o.keyResults)
        scores.push_back(scoreKeyResult(k, std::nullopt));
    const ObjectiveScore s = scoreObjective(o, scores);
    ASSERT_TRUE(s.progress.has_value());
    EXPECT_DOUBLE_EQ(*s.progress, 0.75);
    EXPECT_EQ(s.band, Band::Green);
    EXPECT_EQ(s.keyResults.size(), 4u);

    Objective empty;
    EXPECT_FALSE(scoreObjective(empty, {}).progress.has_value());
}

TEST(OkrScoring, ConfidenceComesFromTheLatestCheckIn)
{
    const std::vector<CheckIn> checkIns = {{"2027-02-10", 30, 4, ""},
                                           {"2027-01-15", 10, 9, ""},
                                           {"2027-02-10", 35, 6, "same day, later entry"}};
    EXPECT_EQ(latestConfidence(checkIns), 6);
    EXPECT_FALSE(latestConfidence({}).has_value());
}

TEST(OkrScoring, ADerivedKeyResultFollowsItsLiveTargetAndSaysWhenItMoved)
{
    KeyResult k{"sql", "SQLs", "SQLs", 0, 40, 20, 1, DerivedTarget{}, {{"2027-02-01", 20, 7, ""}}};
    const KeyResultScore same = scoreKeyResult(k, 40.2); // within 1%
    EXPECT_DOUBLE_EQ(same.target, 40.2);
    EXPECT_FALSE(same.targetMovedSinceCheckIn);
    const KeyResultScore moved = scoreKeyResult(k, 50);
    EXPECT_DOUBLE_EQ(*moved.progress, 0.4);
    EXPECT_TRUE(moved.targetMovedSinceCheckIn);
    // Without a live target the kept target counts and nothing has moved.
    const KeyResultScore none = scoreKeyResult(k, std::nullopt);
    EXPECT_DOUBLE_EQ(none.target, 40);
    EXPECT_FALSE(none.targetMovedSinceCheckIn);
    // Without check-ins there is nothing to have moved since.
    k.checkIns.clear();
    EXPECT_FALSE(scoreKeyResult(k, 50).targetMovedSinceCheckIn);
}

namespace {

bool has(const std::vector<KpiSuggestion>& list, const char* metric)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const KpiSuggestion& k) { return k.metric == metric; });
}

} // namespace

TEST(KpiSuggestions, FollowHowTheAudienceBuys)
{
    const auto b2b = suggestKpis(analytics::BehavesAs::B2B);
    const auto b2c = suggestKpis(analytics::BehavesAs::B2C);
    const auto mixed = suggestKpis(analytics::BehavesAs::Mixed);
    for (const char* m :
         {"mqlsPerChannel", "sqlsPerChannel", "leadToCustomerRate", "pipelineValue", "clv"}) {
        EXPECT_TRUE(has(b2b, m)) << m;
        EXPECT_FALSE(has(b2c, m)) << m;
        EXPECT_TRUE(has(mixed, m)) << m;
    }
    for (const char* m : {"traffic", "ctr", "conversionRate", "roas", "repeatPurchaseRate"}) {
        EXPECT_FALSE(has(b2b, m)) << m;
        EXPECT_TRUE(has(b2c, m)) << m;
        EXPECT_TRUE(has(mixed, m)) << m;
    }
    EXPECT_EQ(mixed.size(), b2b.size() + b2c.size());
    // In RACE order, every one named.
    EXPECT_TRUE(std::is_sorted(mixed.begin(), mixed.end(),
                               [](const auto& x, const auto& y) { return x.stage < y.stage; }));
    for (const auto& k : mixed)
        EXPECT_FALSE(k.name.isEmpty());
}
