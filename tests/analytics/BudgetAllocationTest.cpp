// SPDX-License-Identifier: GPL-3.0-or-later
// Response curves and the budget allocator (docs/models.md, "Response curves", "Budget
// allocation").
#include "TestPersonas.h"
#include "budget/Allocator.h"

#include <cmath>
#include <gtest/gtest.h>

namespace b2x {
namespace {

using namespace budget;

/// A Michaelis–Menten channel (slope 1) worth 1 per entry.
BudgetChannel menten(std::string id, double beta, double ec, double today = 0)
{
    BudgetChannel c;
    // assign(): GCC 12 at -O3 reports a false -Wrestrict for `= "p"` here.
    c.personaId.assign(1, 'p');
    c.channelId = std::move(id);
    c.curve.beta = beta;
    c.curve.ec = ec;
    c.curve.slope = 1;
    c.curve.todaySpend = today;
    c.curve.calibrated = true;
    c.entryValue = {1.0, 1.0};
    c.minSpend = 0;
    c.maxSpend = 1e12;
    return c;
}

double total(const Allocation& a)
{
    double s = 0;
    for (const auto& c : a.channels)
        s += c.spend;
    return s;
}

TEST(ResponseCurve, PassesThroughTodaysPointWithItsSlopeAndHalfSaturation)
{
    Economics e;
    e.monthlySpend = 20000;
    e.monthlyVolume = 800;
    ChannelUse use{"google-search", 25, std::nullopt};
    use.response.halfSaturationSpend = 8000;
    use.response.slope = 2;
    const ResponseCurve c = responseCurve(use, e, nullptr);
    EXPECT_DOUBLE_EQ(c.todaySpend, 5000);
    EXPECT_DOUBLE_EQ(c.todayEntries, 200); // its budget share of the volume
    EXPECT_NEAR(c.entries(5000), 200, 1e-9);
    EXPECT_NEAR(c.entries(8000), c.beta / 2, 1e-9);
    // f′ against a central difference.
    const double h = 1e-3;
    EXPECT_NEAR(*c.derivative(6000), (c.entries(6000 + h) - c.entries(6000 - h)) / (2 * h), 1e-6);

    use.response.monthlyEntries = 50; // the marketer's own figure wins over the share
    EXPECT_NEAR(responseCurve(use, e, nullptr).entries(5000), 50, 1e-9);
}

TEST(ResponseCurve, DefaultsComeFromTheChannelsCategory)
{
    Economics e;
    e.monthlySpend = 10000;
    e.monthlyVolume = 1000;
    const ChannelUse use{"youtube", 50, std::nullopt};
    Channel video;
    video.category = "video";
    const ResponseCurve c = responseCurve(use, e, &video);
    EXPECT_DOUBLE_EQ(c.slope, responseDefaults("video").slope);
    EXPECT_DOUBLE_EQ(c.ec, responseDefaults("video").halfSaturationMultiple * 5000);
    EXPECT_GT(c.slope, 1.0); // reach media: S-shaped
    EXPECT_DOUBLE_EQ(responseDefaults("no such category").slope, 1.0);
}

TEST(BudgetAllocation, TwoMichaelisMentenChannelsReachTheClosedFormOptimumWithinOneStep)
{
    // Same ec, slope 1: the optimum has (x1 + ec) ÷ (x2 + ec) = √(β1 ÷ β2) and x1 + x2 = budget,
    // so with β1 = 9·β2, ec = 1000 and 10,000 to spend: x1 = 8,000, x2 = 2,000.
    const std::vector<BudgetChannel> channels{menten("a", 900, 1000), menten("b", 100, 1000)};
    AllocationOptions o;
    o.budget = 10000;
    o.stepPercent = 1;
    const Allocation a = allocate(channels, o);
    const double step = 100;
    EXPECT_DOUBLE_EQ(a.stepAmount, step);
    EXPECT_NEAR(a.channels[0].spend, 8000, step);
    EXPECT_NEAR(a.channels[1].spend, 2000, step);
    EXPECT_NEAR(total(a), 10000, 1e-6);
    EXPECT_NEAR(a.unspent, 0, 1e-6);
    EXPECT_EQ(a.steps.size(), 100u);
    // The log: each step went to the channel with the larger return, so returns never rise.
    for (std::size_t i = 1; i < a.steps.size(); ++i)
        EXPECT_LE(a.steps[i].marginalRoas, a.steps[i - 1].marginalRoas + 1e-12);
    // At the optimum the marginal returns are equal (within what one step changes).
    EXPECT_NEAR(*a.channels[0].marginalRoas, *a.channels[1].marginalRoas, 0.005);

    // Finer steps come closer.
    o.stepPercent = 0.1;
    const Allocation fine = allocate(channels, o);
    EXPECT_NEAR(fine.channels[0].spend, 8000, 10);
}

TEST(BudgetAllocation, KeepsToBoundsAndLocks)
{
    std::vector<BudgetChannel> channels{menten("a", 900, 1000, 3000), menten("b", 100, 1000, 3000),
                                        menten("c", 500, 1000, 4000)};
    channels[0].maxSpend = 5000; // would take 8,000 or more otherwise
    channels[1].minSpend = 1500; // would take little otherwise
    channels[2].locked = true;
    channels[2].minSpend = channels[2].maxSpend = 4000;
    // 4,000 locked and 1,500 of minimums leave 5,000, which "a" would take and more: it stops at
    // its maximum and "b" keeps its minimum.
    AllocationOptions o;
    o.budget = 10500;
    const Allocation a = allocate(channels, o);
    EXPECT_DOUBLE_EQ(a.channels[0].spend, 5000);
    EXPECT_EQ(a.channels[0].atBound, BoundHit::Max);
    EXPECT_DOUBLE_EQ(a.channels[1].spend, 1500);
    EXPECT_EQ(a.channels[1].atBound, BoundHit::Min);
    EXPECT_DOUBLE_EQ(a.channels[2].spend, 4000);
    EXPECT_EQ(a.channels[2].atBound, BoundHit::Locked);
    EXPECT_NEAR(total(a), 10500, 1e-6);
    for (const auto& s : a.steps)
        EXPECT_NE(s.channel, 2u); // no step ever goes to the locked channel

    // More money than "a" may take goes to "b", never past "a"'s maximum.
    o.budget = 12000;
    const Allocation more = allocate(channels, o);
    EXPECT_DOUBLE_EQ(more.channels[0].spend, 5000);
    EXPECT_NEAR(more.channels[1].spend, 3000, 1e-6);
    EXPECT_DOUBLE_EQ(more.channels[2].spend, 4000);

    // Minimums above the budget: kept, and said.
    o.budget = 1000;
    const Allocation over = allocate(channels, o);
    EXPECT_TRUE(over.minimumsExceedBudget);
    EXPECT_DOUBLE_EQ(over.channels[1].spend, 1500);
    EXPECT_DOUBLE_EQ(over.channels[2].spend, 4000);
}

TEST(BudgetAllocation, LocksAndBoundsComeFromThePersonasChannels)
{
    Persona p;
    p.id = "p1";
    p.economics.monthlySpend = 10000;
    p.economics.monthlyVolume = 1000;
    p.pipeline = {test::stage(1, 2, 3, 10)};
    p.economics.price = 1000;
    p.channels = {{"google-search", 60, std::nullopt}, {"linkedin", 40, std::nullopt}};
    p.channels[0].bounds.locked = true;
    p.channels[1].bounds.minSpend = 1000;
    p.channels[1].bounds.maxSpend = 500; // crossed: read as min = max = 1,000
    const auto channels = budgetChannels(p, ChannelCatalogue::builtIn());
    ASSERT_EQ(channels.size(), 2u);
    EXPECT_TRUE(channels[0].locked);
    EXPECT_DOUBLE_EQ(channels[0].minSpend, 6000);
    EXPECT_DOUBLE_EQ(channels[0].maxSpend, 6000);
    EXPECT_DOUBLE_EQ(channels[1].minSpend, 1000);
    EXPECT_DOUBLE_EQ(channels[1].maxSpend, 1000);
    // One entry: 10% become customers, each worth price × margin × lifetime = 500.
    EXPECT_DOUBLE_EQ(channels[0].entryValue.customersPerEntry, 0.1);
    EXPECT_DOUBLE_EQ(channels[0].entryValue.clv, 500);
    const Persona* ps[] = {&p};
    const Allocation a = allocate(ps, AllocationOptions{});
    EXPECT_DOUBLE_EQ(a.budget, 10000); // today's spend by default
    EXPECT_DOUBLE_EQ(a.channels[0].spend, 6000);
    EXPECT_DOUBLE_EQ(a.channels[1].spend, 1000);
    EXPECT_NEAR(a.unspent, 3000, 1e-6); // nobody can take the rest
    // Today: the curves give today's entries back.
    EXPECT_NEAR(a.current.entries, 1000, 1e-6);
    EXPECT_NEAR(a.current.customers, 100, 1e-6);
    EXPECT_NEAR(a.current.value, 50000, 1e-6);
    EXPECT_NEAR(personaTotals(a, "p1", false).value, 50000, 1e-6);
}

TEST(BudgetAllocation, FlexibleModeStopsAtTheTargetMarginalRoas)
{
    // value × β·ec ÷ (x + ec)² = target  ⇔  x = √(β·ec ÷ target) − ec.
    const std::vector<BudgetChannel> channels{menten("a", 900, 1000, 5000),
                                              menten("b", 100, 1000, 5000)};
    AllocationOptions o;
    o.mode = AllocationMode::Flexible;
    o.targetMarginalRoas = 0.05;
    o.stepPercent = 0.5; // of today's 10,000: steps of 50
    const Allocation a = allocate(channels, o);
    const double step = 50;
    EXPECT_DOUBLE_EQ(a.stepAmount, step);
    EXPECT_NEAR(a.channels[0].spend, std::sqrt(900 * 1000 / 0.05) - 1000, step);
    EXPECT_NEAR(a.channels[1].spend, std::sqrt(100 * 1000 / 0.05) - 1000, step);
    ASSERT_FALSE(a.steps.empty());
    for (const auto& s : a.steps)
        EXPECT_GE(s.marginalRoas, 0.05);
    // Every channel's next step would return less than the target.
    for (const auto& c : channels) {
        const std::size_t i = static_cast<std::size_t>(&c - channels.data());
        const double x = a.channels[i].spend;
        EXPECT_LT((c.curve.entries(x + step) - c.curve.entries(x)) / step, 0.05);
    }
    EXPECT_DOUBLE_EQ(a.budget, total(a));

    // A target nobody reaches: nothing is spent above the minimums.
    o.targetMarginalRoas = 1000;
    EXPECT_DOUBLE_EQ(total(allocate(channels, o)), 0);
}

TEST(BudgetAllocation, AllocatesAcrossPersonas)
{
    Persona cheap;
    cheap.id = "cheap";
    cheap.economics.monthlySpend = 1000;
    cheap.economics.monthlyVolume = 100;
    cheap.economics.price = 100;
    cheap.channels = {{"google-search", 100, std::nullopt}};
    Persona rich = cheap;
    rich.id = "rich";
    rich.economics.price = 1000; // each entry worth ten times as much
    const Persona* ps[] = {&cheap, &rich};
    const Allocation a = allocate(ps, AllocationOptions{});
    ASSERT_EQ(a.channels.size(), 2u);
    EXPECT_EQ(a.channels[0].personaId, "cheap");
    EXPECT_EQ(a.channels[1].personaId, "rich");
    EXPECT_GT(a.channels[1].spend, a.channels[0].spend);
    EXPECT_GT(a.proposed.value, a.current.value);
    EXPECT_NEAR(a.proposed.spend, 2000, 1e-6);
}

} // namespace
} // namespace b2x
