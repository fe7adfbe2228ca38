// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a budget proposal to a persona (docs/models.md, "Applying a proposal"): the spend and
// shares move, each channel's curve is pinned where the proposal put it, the volume follows the
// entries gained, and a second proposal on the applied persona changes nothing.
#include "budget/ApplyAllocation.h"

#include "TestPersonas.h"
#include "budget/ResponseCurve.h"

#include <gtest/gtest.h>

namespace b2x {
namespace {

using namespace budget;
using test::samplePersona;
using test::sampleWorkspace;

Allocation proposal(const Persona& p, double budget)
{
    const Persona* const one[] = {&p};
    AllocationOptions o;
    o.budget = budget;
    return allocate(one, o, sampleWorkspace().catalogue());
}

TEST(ApplyAllocation, SpendSharesCurvesAndVolumeFollowTheProposal)
{
    const Persona& before = samplePersona("Enterprise");
    const auto catalogue = sampleWorkspace().catalogue();
    const Allocation a = proposal(before, before.economics.monthlySpend * 1.5);
    const Persona after = withAllocation(before, a, catalogue);
    ASSERT_FALSE(after == before);

    double gained = 0;
    for (std::size_t i = 0; i < after.channels.size(); ++i) {
        const ChannelUse& use = after.channels[i];
        const auto& c = a.channels.at(i);
        ASSERT_EQ(c.channelId, use.channelId);
        EXPECT_NEAR(use.budgetSharePercent / 100 * after.economics.monthlySpend, c.spend, 1e-6);
        // The curve read back from the applied persona is the one the proposal used, now passing
        // through the proposed point.
        const ResponseCurve was =
            responseCurve(before.channels[i], before.economics, catalogue.find(use.channelId));
        const ResponseCurve now =
            responseCurve(use, after.economics, catalogue.find(use.channelId));
        ASSERT_TRUE(use.response.monthlyEntries.has_value()) << use.channelId;
        EXPECT_NEAR(*use.response.monthlyEntries, c.entries, 1e-9 * (1 + c.entries));
        EXPECT_NEAR(now.ec, was.ec, 1e-9 * (1 + was.ec));
        EXPECT_NEAR(now.beta, was.beta, 1e-9 * (1 + was.beta));
        gained += c.entries - c.currentEntries;
    }
    EXPECT_GT(gained, 0); // a larger budget buys entries…
    EXPECT_NEAR(after.economics.monthlyVolume, before.economics.monthlyVolume + gained, 1e-6);
}

TEST(ApplyAllocation, ASecondProposalOnTheAppliedPersonaChangesNothing)
{
    // Before the curves were pinned, each Apply moved the default curve with the new spend and
    // the next proposal moved the budget further the same way (15,000 → 17,400 → 19,800 …).
    const Persona& original = samplePersona("Enterprise");
    const auto catalogue = sampleWorkspace().catalogue();
    const double budget = original.economics.monthlySpend;
    const Allocation first = proposal(original, budget);
    const Persona applied = withAllocation(original, first, catalogue);
    ASSERT_FALSE(applied == original) << "the sample's split is not already the best one";

    const Allocation second = proposal(applied, budget);
    ASSERT_EQ(second.channels.size(), first.channels.size());
    for (std::size_t i = 0; i < first.channels.size(); ++i) {
        EXPECT_NEAR(second.channels[i].currentSpend, first.channels[i].spend, 1e-6) << i;
        EXPECT_NEAR(second.channels[i].spend, first.channels[i].spend, 1e-6) << i;
    }
    EXPECT_TRUE(withAllocation(applied, second, catalogue) == applied);
}

TEST(ApplyAllocation, APersonaTheProposalDoesNotCoverComesBackUnchanged)
{
    const Persona& enterprise = samplePersona("Enterprise");
    const auto& workspace = sampleWorkspace();
    const Persona* other = nullptr;
    for (const auto& p : workspace.personas)
        if (p.id != enterprise.id && !p.channels.empty())
            other = &p;
    ASSERT_NE(other, nullptr);
    const Allocation a = proposal(enterprise, enterprise.economics.monthlySpend);
    EXPECT_TRUE(withAllocation(*other, a, workspace.catalogue()) == *other);
    EXPECT_TRUE(withAllocation(enterprise, Allocation{}, workspace.catalogue()) == enterprise);
}

} // namespace
} // namespace b2x
