// SPDX-License-Identifier: GPL-3.0-or-later
// Ad-spend exports (core/calibration/AdSpend.h): spend, shares and click-through per channel,
// platform names mapped onto the catalogue, the CAC against the deals won over the same days,
// and bad rows refused with their place.
#include "calibration/AdSpend.h"

#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::calibration;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace ad_spend_test {

namespace {

CsvTable table(std::string_view text)
{
    auto r = readCsv(text);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r.table : CsvTable{};
}

TEST(AdSpend, SpendSharesClickThroughAndCacPerChannel)
{
    // 61 days (March and April 2026): 3,000 on Google Ads, 1,000 on LinkedIn Ads.
    const CsvTable t = table("date,platform,spend,impressions,clicks\n"
                             "2026-03-01,Google Ads,1000,10000,200\n"
                             "2026-04-30,Google Ads,\"2,000\",30000,400\n"
                             "2026-03-15,LinkedIn Ads,1000,5000,25\n");
    const SpendImportResult r = importSpend(t, DateOrder::Unknown);
    ASSERT_TRUE(r.rows) << r.problems.front().toString().toStdString();
    DealSet deals;
    deals.deals = {{"a", 20500, DealStatus::Won, 20520.5, 10, "", {}}, // 2026-03-07: counts
                   {"b", 20500, DealStatus::Won, 20600, 10, "", {}},   // after the spend: not
                   {"c", 20500, DealStatus::Lost, 20520, 10, "", {}}}; // lost: not
    const SpendSummary s = summariseSpend(*r.rows, ChannelCatalogue::builtIn(), {}, &deals);
    EXPECT_DOUBLE_EQ(s.total, 4000);
    EXPECT_NEAR(s.months, 61 / 30.4375, 1e-12);
    EXPECT_NEAR(s.monthlySpend, 4000 / (61 / 30.4375), 1e-9);
    ASSERT_EQ(s.channels.size(), 2u);
    EXPECT_EQ(s.channels[0].name, "Google Ads");
    EXPECT_EQ(s.channels[0].channelId, "paid-search");
    EXPECT_DOUBLE_EQ(s.channels[0].share, 0.75);
    EXPECT_DOUBLE_EQ(*s.channels[0].clickThroughRate, 600.0 / 40000);
    EXPECT_EQ(s.channels[1].channelId, "linkedin");
    EXPECT_EQ(s.wonDeals, 1);
    EXPECT_DOUBLE_EQ(*s.cac, 4000);

    // A mapping given by the marketer wins over the usual names.
    const SpendSummary mapped =
        summariseSpend(*r.rows, ChannelCatalogue::builtIn(), {{"Google Ads", "youtube"}}, nullptr);
    EXPECT_EQ(mapped.channels[0].channelId, "youtube");
    EXPECT_FALSE(mapped.cac);
}

TEST(AdSpend, UnknownPlatformsStayUnmappedAndBadRowsAreRefused)
{
    EXPECT_EQ(catalogueChannelFor("Carrier pigeons", ChannelCatalogue::builtIn()), "");
    EXPECT_EQ(catalogueChannelFor("META", ChannelCatalogue::builtIn()), "facebook");
    EXPECT_EQ(catalogueChannelFor("Paid search", ChannelCatalogue::builtIn()), "paid-search");

    SpendImportResult r = importSpend(table("date,channel,spend\n2026-03-01,Meta,-5\n"),
                                      DateOrder::Unknown, QStringLiteral("spend.csv"));
    ASSERT_FALSE(r.rows);
    EXPECT_TRUE(
        r.problems.front().toString().startsWith(QStringLiteral("spend.csv: row 2, column 3: ")));
    r = importSpend(table("date,channel,spend\n2026-02-30,Meta,5\n"), DateOrder::Unknown);
    EXPECT_EQ(r.problems.front().column, 1u);
    r = importSpend(table("date,channel,spend\n01/02/2026,Meta,5\n"), DateOrder::Unknown);
    EXPECT_TRUE(r.dateOrderAmbiguous);
    r = importSpend(table("when,channel\n2026-01-01,Meta\n"), DateOrder::Unknown);
    EXPECT_EQ(r.problems.size(), 2u); // date and spend missing
}

} // namespace

} // namespace ad_spend_test
