// SPDX-License-Identifier: GPL-3.0-or-later
// The decision-unit model: CEB's curve, the override, role coverage, blockers.
#include "TestPersonas.h"
#include "analytics/DecisionUnitAnalysis.h"

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::member;

TEST(DecisionUnit, CebMeasurementsAreReproducedExactly)
{
    EXPECT_DOUBLE_EQ(cebConsensusProbability(1), 0.81);
    EXPECT_DOUBLE_EQ(cebConsensusProbability(2), 0.55);
    EXPECT_DOUBLE_EQ(cebConsensusProbability(3), 0.60);
    EXPECT_DOUBLE_EQ(cebConsensusProbability(6), 0.31);
}

TEST(DecisionUnit, LinearBetweenMeasurements)
{
    // 1.5 people: halfway from 81% to 55% = 68%. 4 people: 60% − (29 points ÷ 3) = 50.33%.
    EXPECT_DOUBLE_EQ(cebConsensusProbability(1.5), 0.68);
    EXPECT_NEAR(cebConsensusProbability(4), 0.60 - 0.29 / 3, 1e-12);
    EXPECT_NEAR(cebConsensusProbability(5), 0.60 - 2 * 0.29 / 3, 1e-12);
}

TEST(DecisionUnit, PastSixTheSlopeContinuesToTheFloor)
{
    // 7 people: 31% − 9.67 points = 21.33%; 8: 11.67%; from 8.2 people on: the 10% floor.
    EXPECT_NEAR(cebConsensusProbability(7), 0.31 - 0.29 / 3, 1e-12);
    EXPECT_NEAR(cebConsensusProbability(8), 0.31 - 2 * 0.29 / 3, 1e-12);
    EXPECT_DOUBLE_EQ(cebConsensusProbability(9), consensusFloor);
    EXPECT_DOUBLE_EQ(cebConsensusProbability(100), 0.10);
    // Fewer than one person still means one decider.
    EXPECT_DOUBLE_EQ(cebConsensusProbability(0), 0.81);
}

TEST(DecisionUnit, AnEmptyUnitIsOnePersonWhoCoversEveryRole)
{
    const auto a = analyseDecisionUnit({});
    EXPECT_EQ(a.size, 1);
    EXPECT_DOUBLE_EQ(a.consensusProbability, 0.81);
    EXPECT_TRUE(a.uncoveredRoles.empty());
    EXPECT_TRUE(a.warnings.empty());
}

TEST(DecisionUnit, OnePersonHoldsEveryRole)
{
    DecisionUnit unit;
    unit.members = {member(Role::Influencer)};
    const auto a = analyseDecisionUnit(unit);
    EXPECT_EQ(a.size, 1);
    EXPECT_TRUE(a.uncoveredRoles.empty());
}

TEST(DecisionUnit, UncoveredKeyRolesAreListedInOrder)
{
    DecisionUnit unit;
    unit.members = {member(Role::Decider), member(Role::Influencer)};
    const auto a = analyseDecisionUnit(unit);
    EXPECT_EQ(a.uncoveredRoles, (std::vector<Role>{Role::User, Role::Specifier, Role::Buyer}));
    EXPECT_EQ(a.warnings.size(), 3u);
    EXPECT_DOUBLE_EQ(a.consensusProbability, 0.55);
}

TEST(DecisionUnit, TheEconomicBuyerCoversTheDecider)
{
    DecisionUnit unit;
    unit.members = {member(Role::Approver, Stance::Neutral, true), member(Role::User),
                    member(Role::Specifier), member(Role::Buyer)};
    EXPECT_TRUE(analyseDecisionUnit(unit).uncoveredRoles.empty());
    unit.members[0].economicBuyer = false;
    EXPECT_EQ(analyseDecisionUnit(unit).uncoveredRoles, std::vector<Role>{Role::Decider});
}

TEST(DecisionUnit, BlockersWithoutAChampionAreFlagged)
{
    DecisionUnit unit;
    unit.members = {member(Role::Decider), member(Role::Specifier, Stance::Blocker)};
    auto a = analyseDecisionUnit(unit);
    EXPECT_EQ(a.blockers, 1);
    EXPECT_EQ(a.champions, 0);
    EXPECT_TRUE(a.blockersWithoutChampion);
    unit.members.push_back(member(Role::User, Stance::Champion));
    a = analyseDecisionUnit(unit);
    EXPECT_FALSE(a.blockersWithoutChampion);
}

TEST(DecisionUnit, TheOverrideReplacesCebAndIsClamped)
{
    DecisionUnit unit;
    unit.members = {member(Role::Buyer), member(Role::User), member(Role::Approver)};
    unit.decisionProbabilityOverride = 0.95;
    auto a = analyseDecisionUnit(unit);
    EXPECT_TRUE(a.overridden);
    EXPECT_DOUBLE_EQ(a.cebProbability, 0.60);
    EXPECT_DOUBLE_EQ(a.consensusProbability, 0.95);
    unit.decisionProbabilityOverride = 1.7;
    EXPECT_DOUBLE_EQ(analyseDecisionUnit(unit).consensusProbability, 1.0);
}
