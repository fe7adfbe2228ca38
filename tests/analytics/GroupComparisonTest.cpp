// SPDX-License-Identifier: GPL-3.0-or-later
// Group averages, medians and differences.
#include "analytics/GroupComparison.h"

#include "TestPersonas.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

using namespace b2x;
using namespace b2x::analytics;

namespace {

PersonaAnalysis analysis(Label label, double index, BehavesAs behaves, std::optional<double> cac)
{
    PersonaAnalysis a;
    a.label = label;
    a.behaviour.b2bIndex = index;
    a.behaviour.behavesAs = behaves;
    a.economics.cac = cac;
    return a;
}

const OutputStats& stats(const GroupStats& g, const std::string& name)
{
    for (const auto& s : g.outputs)
        if (s.name == name)
            return s;
    ADD_FAILURE() << name;
    return g.outputs.front();
}

const OutputDifference& diff(const GroupDifference& d, const std::string& name)
{
    for (const auto& o : d.outputs)
        if (o.name == name)
            return o;
    ADD_FAILURE() << name;
    return d.outputs.front();
}

} // namespace

TEST(GroupComparison, MeansMediansAndDifferencesByLabel)
{
    // B2B: indexes 90, 80, 40 (mean 70, median 80); CAC 100 and undefined → mean 100 of one.
    // B2C: 20 and 30 (mean 25, median 25). Hybrid: none.
    const std::vector<PersonaAnalysis> all{
        analysis(Label::B2B, 90, BehavesAs::B2B, 100),
        analysis(Label::B2B, 80, BehavesAs::B2B, std::nullopt),
        analysis(Label::B2B, 40, BehavesAs::Mixed, std::nullopt),
        analysis(Label::B2C, 20, BehavesAs::B2C, 10),
        analysis(Label::B2C, 30, BehavesAs::B2C, 30),
    };
    const auto c = compareGroups(all, GroupBy::Label);
    ASSERT_EQ(c.groups[0].group, "B2B");
    ASSERT_EQ(c.groups[1].group, "hybrid");
    ASSERT_EQ(c.groups[2].group, "B2C");
    EXPECT_EQ(c.groups[0].personas, 3u);
    EXPECT_EQ(c.groups[1].personas, 0u);

    EXPECT_DOUBLE_EQ(*stats(c.groups[0], "b2bIndex").mean, 70);
    EXPECT_DOUBLE_EQ(*stats(c.groups[0], "b2bIndex").median, 80);
    EXPECT_DOUBLE_EQ(*stats(c.groups[2], "b2bIndex").median, 25);
    EXPECT_EQ(stats(c.groups[0], "economics.cac").count, 1u);
    EXPECT_DOUBLE_EQ(*stats(c.groups[0], "economics.cac").mean, 100);
    EXPECT_FALSE(stats(c.groups[1], "b2bIndex").mean);

    EXPECT_EQ(c.differences[0].minuend, "B2B");
    EXPECT_EQ(c.differences[0].subtrahend, "B2C");
    EXPECT_DOUBLE_EQ(*diff(c.differences[0], "b2bIndex").mean, 45);
    EXPECT_DOUBLE_EQ(*diff(c.differences[0], "b2bIndex").median, 55);
    EXPECT_DOUBLE_EQ(*diff(c.differences[0], "economics.cac").mean, 80);
    EXPECT_FALSE(diff(c.differences[1], "b2bIndex").mean); // no hybrid personas
}

TEST(GroupComparison, ByBehaviourUsesTheMixedGroup)
{
    const std::vector<PersonaAnalysis> all{
        analysis(Label::B2B, 90, BehavesAs::B2B, 100),
        analysis(Label::B2B, 40, BehavesAs::Mixed, std::nullopt),
        analysis(Label::Hybrid, 50, BehavesAs::Mixed, std::nullopt),
    };
    const auto c = compareGroups(all, GroupBy::Behaviour);
    EXPECT_EQ(c.groups[1].group, "mixed");
    EXPECT_EQ(c.groups[1].personas, 2u);
    EXPECT_DOUBLE_EQ(*stats(c.groups[1], "b2bIndex").median, 45);
    EXPECT_EQ(c.differences[1].subtrahend, "mixed");
    EXPECT_DOUBLE_EQ(*diff(c.differences[1], "b2bIndex").mean, 45);
}

TEST(GroupComparison, NoPersonasGiveEmptyGroups)
{
    const auto c = compareGroups({}, GroupBy::Label);
    for (const auto& g : c.groups) {
        EXPECT_EQ(g.personas, 0u);
        EXPECT_TRUE(g.outputs.empty());
    }
}

TEST(GroupComparison, StatisticsOfManyPersonasWithChannelsInChangingOrder)
{
    // Medians are selected, not sorted, and output names are looked up by the previous persona's
    // order first: both must give the textbook answer whatever the order of a persona's outputs.
    std::mt19937 random(11);
    std::uniform_real_distribution<double> score(0, 100);
    const std::vector<std::string> channels{"events", "linkedin", "search", "tv", "email"};
    for (const std::size_t count : {1u, 2u, 7u, 100u, 101u}) {
        SCOPED_TRACE(count);
        std::vector<PersonaAnalysis> all;
        std::map<std::string, std::vector<double>> expected;
        for (std::size_t i = 0; i < count; ++i) {
            PersonaAnalysis a = analysis(Label::B2B, score(random), BehavesAs::B2B, std::nullopt);
            expected["b2bIndex"].push_back(a.behaviour.b2bIndex);
            std::vector<std::string> order = channels;
            std::shuffle(order.begin(), order.end(), random);
            order.resize(1 + i % channels.size()); // not every persona has every channel
            for (const auto& id : order) {
                a.channelFit.push_back({id, score(random)});
                expected["channelFit." + id].push_back(a.channelFit.back().score);
            }
            all.push_back(std::move(a));
        }
        const auto c = compareGroups(all, GroupBy::Label);
        for (auto& [name, values] : expected) {
            SCOPED_TRACE(name);
            const OutputStats& s = stats(c.groups[0], name);
            ASSERT_EQ(s.count, values.size());
            std::sort(values.begin(), values.end());
            const std::size_t n = values.size();
            const double median =
                n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
            EXPECT_DOUBLE_EQ(*s.median, median);
            EXPECT_NEAR(*s.mean,
                        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(n),
                        1e-9);
        }
    }
}
