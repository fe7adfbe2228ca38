// SPDX-License-Identifier: GPL-3.0-or-later
// The models on the bundled sample (resources/samples/b2b-vs-b2c.b2x): the label-versus-behaviour
// flags, the channel rankings and determinism. Personas are found by name here, in the test
// only; the models never look at names.
#include "TestPersonas.h"
#include "analytics/GroupComparison.h"

#include <algorithm>

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::samplePersona;
using b2x::test::topChannels;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace sample_workspace_test {

namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

TEST(SampleWorkspace, LoadsWithSevenPersonas)
{
    EXPECT_EQ(b2x::test::sampleWorkspace().personas.size(), 7u);
}

TEST(SampleWorkspace, LabelAndBehaviourDisagreeWhereTheSourcesSayTheyDo)
{
    const auto enterprise = analysePersona(samplePersona("Enterprise software"));
    const auto seo = analysePersona(samplePersona("Small-business SEO"));
    const auto snack = analysePersona(samplePersona("Impulse snack"));
    const auto degree = analysePersona(samplePersona("Online degree"));

    EXPECT_EQ(enterprise.behaviour.behavesAs, BehavesAs::B2B);
    EXPECT_FALSE(enterprise.behaviour.labelMismatch);
    EXPECT_EQ(snack.behaviour.behavesAs, BehavesAs::B2C);
    EXPECT_FALSE(snack.behaviour.labelMismatch);

    // A B2B tool bought like a consumer product, a B2C degree bought like an enterprise deal.
    EXPECT_EQ(seo.behaviour.behavesAs, BehavesAs::B2C);
    EXPECT_TRUE(seo.behaviour.labelMismatch);
    EXPECT_EQ(degree.behaviour.behavesAs, BehavesAs::B2B);
    EXPECT_TRUE(degree.behaviour.labelMismatch);

    // The two hybrid personas are one studio's two audiences: hybrid never mismatches, but
    // their behaviour differs by far more than the threshold band.
    const auto hotels = analysePersona(samplePersona("Interior design studio: hotel"));
    const auto homes = analysePersona(samplePersona("Interior design studio: private"));
    EXPECT_FALSE(hotels.behaviour.labelMismatch);
    EXPECT_FALSE(homes.behaviour.labelMismatch);
    EXPECT_GT(hotels.behaviour.b2bIndex - homes.behaviour.b2bIndex, 20);
}

TEST(SampleWorkspace, EveryIndexIsExplainedByItsDimensions)
{
    for (const auto& p : b2x::test::sampleWorkspace().personas) {
        const auto a = analysePersona(p);
        double sum = 0, weights = 0;
        for (const auto& d : a.behaviour.dimensions) {
            EXPECT_FALSE(d.explanation.isEmpty());
            if (d.applicable) {
                sum += d.score * d.weight;
                weights += d.weight;
            }
        }
        EXPECT_NEAR(a.behaviour.b2bIndex, sum / weights, 1e-9) << p.name;
    }
}

TEST(SampleWorkspace, ChannelRankingsMatchTheRulesOfThumb)
{
    const auto enterprise = analysePersona(samplePersona("Enterprise software"));
    const auto top = topChannels(enterprise, 5);
    for (const char* id : {"linkedin", "webinars", "trade-fairs"})
        EXPECT_TRUE(contains(top, id)) << id;

    const auto snack = analysePersona(samplePersona("Impulse snack"));
    const auto topSnack = topChannels(snack, 5);
    for (const char* id : {"instagram", "tiktok", "influencers"})
        EXPECT_TRUE(contains(topSnack, id)) << id;

    // And the other way round: consumer platforms rank low for the committee and vice versa.
    const auto bottom = topChannels(enterprise, enterprise.channelFit.size());
    EXPECT_GT(std::find(bottom.begin(), bottom.end(), "tiktok") - bottom.begin(), 15);
    const auto bottomSnack = topChannels(snack, snack.channelFit.size());
    EXPECT_GT(std::find(bottomSnack.begin(), bottomSnack.end(), "abm") - bottomSnack.begin(), 15);
}

TEST(SampleWorkspace, LongCyclesOutrunDefaultAttributionWindows)
{
    const auto enterprise = analysePersona(samplePersona("Enterprise software"));
    ASSERT_FALSE(enterprise.attribution.empty());
    for (const auto& check : enterprise.attribution) {
        EXPECT_FALSE(check.coversP90) << check.channelId; // 90–180+ days outrun every window
        EXPECT_FALSE(check.warning.isEmpty());
    }
    const auto snack = analysePersona(samplePersona("Impulse snack"));
    for (const auto& check : snack.attribution)
        EXPECT_TRUE(check.coversP90) << check.channelId;
}

TEST(SampleWorkspace, AnalysesAreDeterministicAndIndependent)
{
    const auto& ws = b2x::test::sampleWorkspace();
    // Twice in a row, and in reverse order: each persona's numbers depend on it alone.
    std::vector<PersonaAnalysis> forward, backward;
    for (const auto& p : ws.personas)
        forward.push_back(analysePersona(p));
    for (auto it = ws.personas.rbegin(); it != ws.personas.rend(); ++it)
        backward.push_back(analysePersona(*it));
    std::reverse(backward.begin(), backward.end());
    for (std::size_t i = 0; i < forward.size(); ++i)
        b2x::test::expectIdentical(forward[i], backward[i]);

    // Editing one persona leaves every other analysis untouched.
    Workspace edited = ws;
    edited.personas[0].economics.price *= 2;
    for (std::size_t i = 1; i < edited.personas.size(); ++i)
        b2x::test::expectIdentical(forward[i], analysePersona(edited.personas[i]));
}

TEST(SampleWorkspace, GroupsSeparateByLabelAndByBehaviour)
{
    std::vector<PersonaAnalysis> all;
    for (const auto& p : b2x::test::sampleWorkspace().personas)
        all.push_back(analysePersona(p));
    const auto byLabel = compareGroups(all, GroupBy::Label);
    EXPECT_EQ(byLabel.groups[0].personas, 3u); // enterprise, SEO tool, industrial
    EXPECT_EQ(byLabel.groups[1].personas, 2u); // the studio's two sides
    EXPECT_EQ(byLabel.groups[2].personas, 2u); // snack, degree
    const auto byBehaviour = compareGroups(all, GroupBy::Behaviour);
    std::size_t total = 0;
    for (const auto& g : byBehaviour.groups)
        total += g.personas;
    EXPECT_EQ(total, 7u);
    // By behaviour the B2B group is more B2B-like than by label: the mislabelled move out.
    const auto index = [](const GroupStats& g) {
        return *std::find_if(g.outputs.begin(), g.outputs.end(), [](const auto& s) {
                    return s.name == "b2bIndex";
                })->mean;
    };
    EXPECT_GT(index(byBehaviour.groups[0]), index(byLabel.groups[0]));
}

TEST(SampleWorkspace, ManyPersonasAnalysedOnSeveralThreadsGiveTheSameNumbers)
{
    // Opening a workspace analyses every persona at once, split over the cores
    // (analytics::analysePersonas); each result must equal the one-at-a-time analysis, in order.
    std::vector<Persona> personas;
    const auto& sample = test::sampleWorkspace().personas;
    for (std::size_t i = 0; i < 700; ++i) {
        Persona p = sample[i % sample.size()];
        // Appended in two steps: GCC 12 at -O3 reports a false -Wrestrict for "-" + to_string()
        // (and for to_string().insert(0, "-")).
        p.id += '-';
        p.id += std::to_string(i);
        p.economics.price *= 1.0 + static_cast<double>(i) / 100.0;
        if (!p.pipeline.empty())
            p.pipeline.front().maxDays += static_cast<double>(i % 17);
        personas.push_back(std::move(p));
    }
    std::vector<const Persona*> pointers;
    for (const auto& p : personas)
        pointers.push_back(&p);
    const auto parallel = analytics::analysePersonas(pointers, ChannelCatalogue::builtIn(), 3);
    ASSERT_EQ(parallel.size(), personas.size());
    for (std::size_t i = 0; i < personas.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(parallel[i].personaId, personas[i].id);
        test::expectIdentical(parallel[i], analytics::analysePersona(personas[i]));
    }
    EXPECT_TRUE(analytics::analysePersonas({}).empty());
}

} // namespace sample_workspace_test
