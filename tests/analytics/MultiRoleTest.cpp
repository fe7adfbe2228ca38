// SPDX-License-Identifier: GPL-3.0-or-later
// Members with several roles: coverage counts roles, size counts people (docs/models.md,
// "Decision unit").
#include "TestPersonas.h"
#include "analytics/DecisionUnitAnalysis.h"
#include "analytics/PersonaAnalysis.h"

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::member;

namespace {

DecisionUnitMember holding(std::vector<Role> roles, Stance stance = Stance::Neutral)
{
    DecisionUnitMember m = member(roles.front(), stance);
    m.roles = std::move(roles);
    return m;
}

} // namespace

TEST(MultiRole, AParentWhoIsUserDeciderAndBuyerCoversThoseRoles)
{
    // A household of two: the parent uses, decides and pays; the child asks for it. With one
    // role per member, user, specifier and buyer would be flagged although the parent holds two
    // of them; with several roles only the specifier is left.
    DecisionUnit unit;
    unit.members = {holding({Role::User, Role::Decider, Role::Buyer}), holding({Role::Initiator})};
    const auto a = analyseDecisionUnit(unit);
    EXPECT_EQ(a.size, 2); // people, not roles
    EXPECT_DOUBLE_EQ(a.cebProbability, 0.55);
    EXPECT_EQ(a.uncoveredRoles, std::vector<Role>{Role::Specifier});
    EXPECT_EQ(a.warnings.size(), 1u);
    unit.members[0].roles.push_back(Role::Specifier);
    EXPECT_TRUE(analyseDecisionUnit(unit).uncoveredRoles.empty());
}

TEST(MultiRole, ASecondRoleCoversWhatTheFirstDoesNot)
{
    // The same unit with the decider's role second: order does not matter.
    DecisionUnit unit;
    unit.members = {holding({Role::Influencer, Role::Decider}), holding({Role::Buyer}),
                    holding({Role::Specifier, Role::User})};
    const auto a = analyseDecisionUnit(unit);
    EXPECT_EQ(a.size, 3);
    EXPECT_TRUE(a.uncoveredRoles.empty());
}

TEST(MultiRole, SizeAndTheB2bIndexCountPeople)
{
    // One person with four roles is still a one-person unit for the size dimension.
    Persona one;
    one.decisionUnit.members = {holding({Role::User, Role::Decider, Role::Buyer, Role::Specifier})};
    Persona single;
    single.decisionUnit.members = {holding({Role::Decider})};
    EXPECT_EQ(analysePersona(one).decisionUnit.size, 1);
    EXPECT_EQ(analysePersona(one).behaviour.b2bIndex, analysePersona(single).behaviour.b2bIndex);
}

TEST(MultiRole, PrimaryRoleEditsKeepTheOthers)
{
    DecisionUnitMember m = holding({Role::User, Role::Decider, Role::Buyer});
    m.setPrimaryRole(Role::Approver);
    EXPECT_EQ(m.roles, (std::vector<Role>{Role::Approver, Role::Decider, Role::Buyer}));
    m.setPrimaryRole(Role::Buyer); // already held: moves to the front, never twice
    EXPECT_EQ(m.roles, (std::vector<Role>{Role::Buyer, Role::Decider}));
    EXPECT_TRUE(m.holds(Role::Decider));
    EXPECT_FALSE(m.holds(Role::Approver));
    DecisionUnitMember none;
    none.roles.clear();
    EXPECT_EQ(none.primaryRole(), Role::Decider);
    none.setPrimaryRole(Role::User);
    EXPECT_EQ(none.roles, std::vector<Role>{Role::User});
}
