// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace's own channels through the models: channel fit scores them with their own factors
// and attribution checks them against their platform's window, like built-in channels.
#include "TestPersonas.h"

#include <algorithm>

using namespace b2x;
using namespace b2x::analytics;

namespace {

Channel reviewSites()
{
    Channel c;
    c.id = "custom-review-sites";
    c.name = "Software review sites";
    c.category = "review sites";
    c.b2bAffinity = 95;
    c.reach = 20;
    c.precision = 90;
    c.emotionalFit = 15;
    c.priceLow = 5000;
    c.priceHigh = 1000000;
    c.cycleLowDays = 60;
    c.cycleHighDays = 365;
    c.attributionPlatform = "Meta";
    return c;
}

double fitOf(const PersonaAnalysis& a, const std::string& id)
{
    const auto it = std::find_if(a.channelFit.begin(), a.channelFit.end(),
                                 [&](const ChannelFit& f) { return f.channelId == id; });
    return it == a.channelFit.end() ? -1 : it->score;
}

} // namespace

TEST(CustomChannelModels, TheCombinedCatalogueAddsTheWorkspacesChannelsAfterTheBuiltInOnes)
{
    Workspace ws;
    ws.channels = {reviewSites()};
    ws.channels[0].attributionPlatform = "Google Ads";
    const ChannelCatalogue catalogue = ws.catalogue();
    const auto builtIn = ChannelCatalogue::builtIn().channels();
    ASSERT_EQ(catalogue.channels().size(), builtIn.size() + 1);
    EXPECT_EQ(catalogue.channels().back().id, "custom-review-sites");
    const Channel* c = catalogue.find("custom-review-sites");
    ASSERT_NE(c, nullptr);
    // Google Ads' window in the built-in catalogue: 30 days by default, at most 90.
    EXPECT_EQ(c->defaultAttributionDays, 30);
    EXPECT_EQ(c->maxAttributionDays, 90);
    EXPECT_EQ(ChannelCatalogue::builtIn().find("custom-review-sites"), nullptr);

    ws.channels[0].attributionPlatform.clear();
    const ChannelCatalogue none = ws.catalogue();
    EXPECT_FALSE(none.find("custom-review-sites")->defaultAttributionDays);
    EXPECT_FALSE(none.find("custom-review-sites")->maxAttributionDays);
}

TEST(CustomChannelModels, ChannelFitScoresACustomChannelByItsOwnFactors)
{
    const Persona& enterprise = test::samplePersona("Enterprise software");
    Workspace ws;
    ws.channels = {reviewSites()};
    const PersonaAnalysis withBusiness = analysePersona(enterprise, ws.catalogue());
    EXPECT_EQ(withBusiness.channelFit.size(), ChannelCatalogue::builtIn().channels().size() + 1);
    const double business = fitOf(withBusiness, "custom-review-sites");
    ASSERT_GE(business, 0);
    // Without the workspace's catalogue the channel is not scored at all.
    EXPECT_EQ(fitOf(analysePersona(enterprise), "custom-review-sites"), -1);

    // The same channel made a consumer one: the enterprise committee fits it much worse.
    ws.channels[0].b2bAffinity = 5;
    ws.channels[0].emotionalFit = 95;
    ws.channels[0].priceLow = 1;
    ws.channels[0].priceHigh = 50;
    ws.channels[0].cycleLowDays = 0;
    ws.channels[0].cycleHighDays = 2;
    const double consumer =
        fitOf(analysePersona(enterprise, ws.catalogue()), "custom-review-sites");
    EXPECT_GT(business, consumer + 20);
    // It scores exactly as a built-in channel with the same factors would: the ABM-like channel
    // ranks among the enterprise persona's best.
    EXPECT_LT(
        std::distance(
            withBusiness.channelFit.begin(),
            std::find_if(withBusiness.channelFit.begin(), withBusiness.channelFit.end(),
                         [](const ChannelFit& f) { return f.channelId == "custom-review-sites"; })),
        6);
}

TEST(CustomChannelModels, AttributionChecksACustomChannelAgainstItsPlatformsWindow)
{
    Persona p = test::samplePersona("Enterprise software");
    p.channels = {{"custom-review-sites", 50, 60}};
    Workspace ws;
    ws.channels = {reviewSites()}; // Meta: 7 days at most
    const PersonaAnalysis a = analysePersona(p, ws.catalogue());
    ASSERT_EQ(a.attribution.size(), 1u);
    const AttributionCheck& check = a.attribution[0];
    EXPECT_EQ(check.channelId, "custom-review-sites");
    EXPECT_EQ(check.platform, "Meta");
    EXPECT_EQ(check.platformDefaultDays, 7);
    EXPECT_EQ(check.platformMaxDays, 7);
    EXPECT_TRUE(check.exceedsPlatformMax);
    EXPECT_TRUE(check.warning.contains(QStringLiteral("Software review sites")));

    // Without the workspace's channels the use is ignored, as an unknown channel is.
    EXPECT_TRUE(analysePersona(p).attribution.empty());
}
