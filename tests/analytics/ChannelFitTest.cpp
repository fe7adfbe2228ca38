// SPDX-License-Identifier: GPL-3.0-or-later
// Channel fit: every channel scored, explainable, and the factors worked by hand.
#include "analytics/ChannelFit.h"

#include "TestPersonas.h"
#include "analytics/PersonaAnalysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::member;
using b2x::test::stage;

namespace {

Persona twoPersonPurchase()
{
    // Size score 30.1, 4-day cycle, $500, rational 40 (60% emotional), 10,000 entries a month.
    Persona p;
    p.label = Label::B2C;
    p.decisionUnit.members = {member(Role::Decider), member(Role::Influencer)};
    p.pipeline = {stage(0, 4, 8)};
    p.economics.price = 500;
    p.economics.monthlyVolume = 10000;
    p.motives.rational = 40;
    return p;
}

/// Every channel's score with its factors, as `b2x summary --json` reports them.
std::vector<ChannelFitDetail> details(const Persona& p, const PersonaAnalysis& a)
{
    return explainChannels(p, a.behaviour, a.salesCycle.meanDays, ChannelCatalogue::builtIn());
}

FitFactor factor(const std::vector<ChannelFitDetail>& fits, const std::string& channel,
                 FitFactorKind kind)
{
    const auto it = std::find_if(fits.begin(), fits.end(),
                                 [&](const auto& f) { return f.channelId == channel; });
    EXPECT_NE(it, fits.end());
    return it == fits.end() ? FitFactor{} : it->factors[static_cast<std::size_t>(kind)];
}

} // namespace

TEST(ChannelFit, WeightsSumToOneHundred)
{
    EXPECT_DOUBLE_EQ(std::accumulate(fitWeights.begin(), fitWeights.end(), 0.0), 100);
}

TEST(ChannelFit, EveryCatalogueChannelIsScoredBestFirst)
{
    const Persona p = twoPersonPurchase();
    const auto a = analysePersona(p);
    const auto& catalogue = ChannelCatalogue::builtIn();
    const auto fits = details(p, a);
    ASSERT_EQ(a.channelFit.size(), catalogue.channels().size());
    ASSERT_EQ(fits.size(), a.channelFit.size());
    for (std::size_t i = 0; i < fits.size(); ++i) {
        const auto& fit = fits[i];
        // The analysis keeps the same ranking without the factors.
        EXPECT_EQ(a.channelFit[i].channelId, fit.channelId);
        EXPECT_EQ(a.channelFit[i].score, fit.score);
        EXPECT_GE(fit.score, 0);
        EXPECT_LE(fit.score, 100);
        if (i > 0) {
            EXPECT_GE(fits[i - 1].score, fit.score);
        }
        // The score is explained exactly: 50 plus each factor's effect.
        double sum = 50;
        for (const auto& f : fit.factors) {
            sum += f.effect();
            EXPECT_FALSE(explainFactor(f, *catalogue.find(fit.channelId)).isEmpty());
        }
        EXPECT_NEAR(fit.score, sum, 1e-9);
        for (auto kind : fit.raisedBy())
            EXPECT_GT(fit.factors[static_cast<std::size_t>(kind)].effect(), 0);
        for (auto kind : fit.loweredBy())
            EXPECT_LT(fit.factors[static_cast<std::size_t>(kind)].effect(), 0);
    }
}

TEST(ChannelFit, RankingWithoutExplanationsMatchesTheExplainedRanking)
{
    // rankChannels scores without the explanation's values; the analysis, the CSV and the charts
    // use it, `b2x summary --json` and the fit chart's tooltips use explainChannels. Both must
    // give the same scores in the same order, ties (channels with the same bands) included.
    std::vector<Persona> personas = b2x::test::sampleWorkspace().personas;
    Persona noPrice = twoPersonPurchase();
    noPrice.economics.price = 0;
    personas.push_back(noPrice);
    personas.push_back(Persona{}); // every field at its default
    const auto& catalogue = ChannelCatalogue::builtIn();
    for (const auto& p : personas) {
        const auto a = analysePersona(p, catalogue);
        const auto ranked = rankChannels(p, a.behaviour, a.salesCycle.meanDays, catalogue);
        const auto explained = details(p, a);
        ASSERT_EQ(ranked.size(), explained.size()) << p.name;
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            EXPECT_EQ(ranked[i].channelId, explained[i].channelId) << p.name << " #" << i;
            EXPECT_EQ(ranked[i].score, explained[i].score) << p.name << " #" << i;
        }
    }
}

TEST(ChannelFit, FactorsWorkedByHand)
{
    const Persona p = twoPersonPurchase();
    const auto a = analysePersona(p);
    const auto fits = details(p, a);
    // Price: $500 against LinkedIn's band 5,000–500,000 (middle 50,000): 2 decades away → 0.
    EXPECT_NEAR(factor(fits, "linkedin", FitFactorKind::Price).fit, 0, 1e-12);
    // Against e-mail's 200–2,000 (middle √400,000 = 632.5): |log10(500/632.5)| = 0.102 → 0.949.
    EXPECT_NEAR(factor(fits, "email", FitFactorKind::Price).fit,
                1 - std::abs(std::log10(500 / std::sqrt(400000.0))) / 2, 1e-12);
    // Cycle: 4 days against TikTok's 0–3 days, middle on 1 + days: √(1·4) = 2, i.e. 1 day;
    // |log10(5/2)| = 0.398 → 0.801.
    EXPECT_NEAR(factor(fits, "tiktok", FitFactorKind::Cycle).fit, 1 - std::log10(2.5) / 2, 1e-12);
    // Motives: 60% emotional and Instagram's 90: 0.6·0.9 + 0.4·0.1 = 0.58.
    EXPECT_NEAR(factor(fits, "instagram", FitFactorKind::Motives).fit, 0.58, 1e-12);
    // Decision unit: need 0.301; TV's precision 10 falls short by 0.201 → 0.799.
    EXPECT_NEAR(factor(fits, "tv-radio", FitFactorKind::DecisionUnit).fit,
                1 - (std::log10(2.0) - 0.10), 1e-12);
    // Reach: 10,000 entries sit halfway on the volume scale, so every channel agrees half.
    EXPECT_NEAR(factor(fits, "billboards", FitFactorKind::Reach).fit, 0.5, 1e-12);
    // Audience: target 0.75 · index + 0.25 · 0 (B2C label); Facebook's affinity is 25.
    const double target = 0.75 * a.behaviour.b2bIndex;
    EXPECT_NEAR(factor(fits, "facebook", FitFactorKind::Audience).fit,
                1 - std::abs(25 - target) / 100, 1e-12);
}

TEST(ChannelFit, NoPriceIsNeutral)
{
    Persona p = twoPersonPurchase();
    p.economics.price = 0;
    const auto a = analysePersona(p);
    for (const auto& fit : details(p, a))
        EXPECT_DOUBLE_EQ(fit.factors[1].fit, 0.5);
}
