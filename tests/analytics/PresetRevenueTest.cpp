// SPDX-License-Identifier: GPL-3.0-or-later
// The presets' revenue models: software presets are subscriptions with churn inside the cited
// bands, the industrial reorder a repeat-order persona, the consumer presets one-off.
#include "TestPersonas.h"
#include "model/Presets.h"

#include <cmath>

using namespace b2x;
using namespace b2x::analytics;

namespace {

Persona preset(PresetKind kind)
{
    return makePreset(kind, "00000000-0000-4000-8000-000000000001");
}

} // namespace

TEST(PresetRevenue, SoftwarePresetsAreSubscriptionsWithSourcedChurn)
{
    struct Expected {
        PresetKind kind;
        Period churnPeriod;
        double low, high; ///< the cited band, in percent per churnPeriod
    };
    // Small business 3–5% a month; mid-market 7–12% a year; enterprise 5–7% a year.
    for (const Expected& x : {Expected{PresetKind::SmallBusinessSoftware, Period::Monthly, 3, 5},
                              Expected{PresetKind::MidMarketSoftware, Period::Annual, 7, 12},
                              Expected{PresetKind::EnterpriseSoftware, Period::Annual, 5, 7}}) {
        const Persona p = preset(x.kind);
        SCOPED_TRACE(std::string(toString(x.kind)));
        ASSERT_EQ(p.economics.revenueModel, RevenueModel::Subscription);
        EXPECT_EQ(p.economics.subscription.billing, Period::Annual);
        EXPECT_EQ(p.economics.subscription.churnPeriod, x.churnPeriod);
        EXPECT_GE(p.economics.subscription.churnPercent, x.low);
        EXPECT_LE(p.economics.subscription.churnPercent, x.high);
        EXPECT_EQ(p.evidence.at(EvidenceField::Lifetime).confidence, Confidence::Benchmark);
        // The healthy spend is set from the subscription's own CLV.
        const auto a = analysePersona(p);
        EXPECT_NEAR(a.economics.clvToCac.value(), 3.0, 0.015);
        EXPECT_TRUE(a.economics.steadyStateMrr);
    }
    // Small business: $200 a month at 80% margin over 1 ÷ 0.03 = 33.3 months (inside three
    // years): CLV 5,333.
    EXPECT_NEAR(analysePersona(preset(PresetKind::SmallBusinessSoftware)).economics.clv,
                200 * 0.8 / 0.03, 1e-9);
}

TEST(PresetRevenue, TheIndustrialReorderRepeatsOrdersFromRetainedAccounts)
{
    const Persona p = preset(PresetKind::IndustrialReorder);
    ASSERT_EQ(p.economics.revenueModel, RevenueModel::RepeatOrder);
    EXPECT_DOUBLE_EQ(p.economics.repeatOrders.annualRetentionPercent, 79);
    const auto a = analysePersona(p);
    // $2,500 a month at 30% margin; 79% a year is 1.945% a month, 51.4 months inside the
    // five-year horizon.
    EXPECT_NEAR(a.economics.clv, 750 / (1 - std::pow(0.79, 1.0 / 12)), 1e-6);
    EXPECT_NEAR(a.economics.clvToCac.value(), 3.0, 0.015);
}

TEST(PresetRevenue, ConsumerPresetsStayOneOff)
{
    for (PresetKind kind :
         {PresetKind::EcommerceImpulse, PresetKind::HighConsiderationConsumer, PresetKind::Hybrid})
        EXPECT_EQ(preset(kind).economics.revenueModel, RevenueModel::OneOff) << toString(kind);
}
