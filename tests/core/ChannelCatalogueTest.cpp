// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ChannelCatalogue.h"

#include <gtest/gtest.h>
#include <set>

using namespace b2x;

TEST(ChannelCatalogue, HoldsEveryChannelNamedInTheDomainBrief)
{
    const auto& cat = ChannelCatalogue::builtIn();
    for (const char* id : {"linkedin",
                           "x-twitter",
                           "facebook",
                           "instagram",
                           "tiktok",
                           "youtube",
                           "organic-search",
                           "paid-search",
                           "programmatic-display",
                           "email",
                           "webinars",
                           "trade-fairs",
                           "industry-forums",
                           "b2b-publishers",
                           "direct-sales",
                           "distributors-partners",
                           "retail-stores",
                           "ecommerce-site",
                           "marketplaces",
                           "mobile-app",
                           "influencers",
                           "podcasts",
                           "tv-radio",
                           "billboards"})
        EXPECT_NE(cat.find(id), nullptr) << id;
    EXPECT_EQ(cat.find("carrier-pigeon"), nullptr);
}

TEST(ChannelCatalogue, AttributesAreInRangeAndIdsUnique)
{
    std::set<std::string> ids;
    for (const auto& c : ChannelCatalogue::builtIn().channels()) {
        EXPECT_TRUE(ids.insert(c.id).second) << "duplicate " << c.id;
        EXPECT_FALSE(c.name.empty());
        for (double v : {c.b2bAffinity, c.reach, c.precision, c.emotionalFit}) {
            EXPECT_GE(v, 0) << c.id;
            EXPECT_LE(v, 100) << c.id;
        }
        EXPECT_LE(c.priceLow, c.priceHigh) << c.id;
        EXPECT_LE(c.cycleLowDays, c.cycleHighDays) << c.id;
        if (c.defaultAttributionDays) {
            ASSERT_TRUE(c.maxAttributionDays) << c.id;
            EXPECT_LE(*c.defaultAttributionDays, *c.maxAttributionDays) << c.id;
            EXPECT_FALSE(c.attributionPlatform.empty()) << c.id;
        }
    }
}

TEST(ChannelCatalogue, PlatformDefaultsMatchTheBenchmarkTable)
{
    // docs/models.md, "Sources": Meta 7-day click; Google Ads 30 (max 90); LinkedIn 30 (365 via
    // API).
    const auto& cat = ChannelCatalogue::builtIn();
    EXPECT_EQ(cat.find("facebook")->defaultAttributionDays, 7);
    EXPECT_EQ(cat.find("instagram")->maxAttributionDays, 7);
    EXPECT_EQ(cat.find("paid-search")->defaultAttributionDays, 30);
    EXPECT_EQ(cat.find("paid-search")->maxAttributionDays, 90);
    EXPECT_EQ(cat.find("linkedin")->defaultAttributionDays, 30);
    EXPECT_EQ(cat.find("linkedin")->maxAttributionDays, 365);
    EXPECT_FALSE(cat.find("trade-fairs")->defaultAttributionDays.has_value());
}

TEST(ChannelCatalogue, EveryAttributeNamesItsSource)
{
    const auto sources = ChannelCatalogue::builtIn().sources();
    ASSERT_GE(sources.size(), 4u);
    for (const auto& [attribute, source] : sources)
        EXPECT_GT(source.size(), 20u) << attribute;
}
