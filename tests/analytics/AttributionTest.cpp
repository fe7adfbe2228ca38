// SPDX-License-Identifier: GPL-3.0-or-later
// Attribution windows against the cycle's p50 and p90.
#include "TestPersonas.h"
#include "analytics/AttributionCheck.h"

using namespace b2x;
using namespace b2x::analytics;

namespace {

SalesCycle cycle(double p50, double p90)
{
    SalesCycle c;
    c.p50Days = p50;
    c.p90Days = p90;
    return c;
}

} // namespace

TEST(Attribution, WindowsAreComparedWithP50AndP90)
{
    Persona p;
    p.channels = {{"linkedin", 40, 30},             // covers neither 45 nor 80; can extend to 365
                  {"facebook", 20, 7},              // Meta allows 7 days at most
                  {"paid-search", 20, 60},          // covers p50, misses p90; Google Ads allows 90
                  {"abm", 10, 90},                  // covers both
                  {"trade-fairs", 5, std::nullopt}, // no window: not checked
                  {"metaverse", 5, 30}};            // not in the catalogue: ignored
    const auto checks = checkAttribution(p, cycle(45, 80), ChannelCatalogue::builtIn());
    ASSERT_EQ(checks.size(), 4u);

    EXPECT_EQ(checks[0].channelId, "linkedin");
    EXPECT_FALSE(checks[0].coversP50);
    EXPECT_FALSE(checks[0].coversP90);
    EXPECT_EQ(checks[0].platformDefaultDays, 30);
    EXPECT_EQ(checks[0].platformMaxDays, 365);
    EXPECT_TRUE(checks[0].warning.contains(QStringLiteral("extend it to at least 80 days")));

    EXPECT_EQ(checks[1].channelId, "facebook");
    EXPECT_FALSE(checks[1].coversP50);
    EXPECT_TRUE(checks[1].warning.contains(QStringLiteral("CRM")));

    EXPECT_TRUE(checks[2].coversP50);
    EXPECT_FALSE(checks[2].coversP90);
    EXPECT_FALSE(checks[2].warning.isEmpty());

    EXPECT_TRUE(checks[3].coversP50);
    EXPECT_TRUE(checks[3].coversP90);
    EXPECT_TRUE(checks[3].warning.isEmpty());
}

TEST(Attribution, AWindowLongerThanThePlatformAllowsIsFlagged)
{
    Persona p;
    p.channels = {{"facebook", 100, 90}};
    const auto checks = checkAttribution(p, cycle(10, 20), ChannelCatalogue::builtIn());
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_TRUE(checks[0].coversP90);
    EXPECT_TRUE(checks[0].exceedsPlatformMax);
    EXPECT_FALSE(checks[0].warning.isEmpty());
}

TEST(Attribution, AnEmptyPipelineIsCoveredByAnyWindow)
{
    Persona p;
    p.channels = {{"instagram", 100, 1}};
    const auto a = analysePersona(p);
    ASSERT_EQ(a.attribution.size(), 1u);
    EXPECT_TRUE(a.attribution[0].coversP50);
    EXPECT_TRUE(a.attribution[0].coversP90);
}
