// SPDX-License-Identifier: GPL-3.0-or-later
// The behaviour profile and B2B index against values worked by hand.
#include "analytics/BehaviourProfile.h"

#include "TestPersonas.h"

#include <cmath>
#include <numeric>

using namespace b2x;
using namespace b2x::analytics;
using b2x::test::member;
using b2x::test::stage;

namespace {

const ChannelCatalogue& catalogue()
{
    return ChannelCatalogue::builtIn();
}

// A small-business purchase: two people, a modified rebuy with one approval level, a 4-day
// cycle, $500, rational 40, light relationship, segment personalisation, LinkedIn and Facebook
// half and half.
Persona smallPurchase(Label label)
{
    Persona p;
    p.label = label;
    p.decisionUnit.members = {member(Role::Decider, Stance::Neutral, true), member(Role::User)};
    p.decisionUnit.buyClass = BuyClass::ModifiedRebuy;
    p.decisionUnit.approvalLevels = 1;
    p.pipeline = {stage(0, 4, 8)};
    p.economics.price = 500;
    p.motives.rational = 40;
    p.relationship.accountManagement = AccountManagement::Pooled;
    p.relationship.training = Training::SelfServe;
    p.relationship.technicalSupport = TechnicalSupport::Standard;
    p.relationship.serviceLevel = ServiceLevel::Standard;
    p.relationship.personalisation = Personalisation::Segment;
    p.channels = {{"linkedin", 50, std::nullopt}, {"facebook", 50, std::nullopt}};
    return p;
}

} // namespace

TEST(BehaviourProfile, WeightsSumToOneHundred)
{
    EXPECT_DOUBLE_EQ(std::accumulate(dimensionWeights.begin(), dimensionWeights.end(), 0.0), 100);
}

TEST(BehaviourProfile, LogScaleAnchors)
{
    EXPECT_DOUBLE_EQ(decisionUnitSizeScore(1), 0);
    EXPECT_DOUBLE_EQ(decisionUnitSizeScore(10), 100);
    EXPECT_DOUBLE_EQ(decisionUnitSizeScore(25), 100);
    EXPECT_DOUBLE_EQ(salesCycleScore(0), 0);
    EXPECT_DOUBLE_EQ(salesCycleScore(180), 100);
    EXPECT_DOUBLE_EQ(salesCycleScore(365), 100);
    EXPECT_NEAR(salesCycleScore(std::sqrt(181.0) - 1), 50, 1e-9); // about 12.5 days
    EXPECT_DOUBLE_EQ(pricePointScore(5), 0);
    EXPECT_DOUBLE_EQ(pricePointScore(0.5), 0);
    EXPECT_DOUBLE_EQ(pricePointScore(500), 50);
    EXPECT_DOUBLE_EQ(pricePointScore(50000), 100);
    EXPECT_DOUBLE_EQ(pricePointScore(0), 0);
}

TEST(BehaviourProfile, IndexWorkedByHand)
{
    // decisionUnitSize 100·log10(2) = 30.103; formality 10 (modified rebuy) + 0 (no tender) +
    // 20 (one approval level) = 30; cycle: mean 4 days, 100·ln 5 / ln 181 = 30.960; price
    // 25·log10(500/5) = 50; rational 40; relationship (50 + 25 + 25 + 25) / 4 = 31.25;
    // personalisation 30; channel mix (95 + 25) / 2 = 60.
    // Index = (30.103·20 + 30·15 + 30.960·20 + 50·10 + 40·5 + 31.25·10 + 30·10 + 60·10) / 100
    //       = 35.84 → B2C (≤ 40).
    const Persona p = smallPurchase(Label::B2B);
    const BehaviourProfile b = computeBehaviourProfile(p, 4.0, catalogue());
    const double dims[] = {
        100 * std::log10(2.0), 30, 100 * std::log(5.0) / std::log(181.0), 50, 40, 31.25, 30, 60};
    double index = 0;
    for (std::size_t i = 0; i < dimensionCount; ++i) {
        EXPECT_NEAR(b.dimensions[i].score, dims[i], 1e-9) << toString(b.dimensions[i].dimension);
        EXPECT_FALSE(b.dimensions[i].explanation.isEmpty());
        index += dims[i] * dimensionWeights[i] / 100;
    }
    EXPECT_NEAR(b.b2bIndex, index, 1e-9);
    EXPECT_NEAR(b.b2bIndex, 35.84, 0.01);
    EXPECT_EQ(b.behavesAs, BehavesAs::B2C);
    EXPECT_TRUE(b.labelMismatch); // labelled B2B, behaves as B2C
    EXPECT_FALSE(b.verdict.isEmpty());
}

TEST(BehaviourProfile, MismatchNeedsALabelThatClaimsTheOtherSide)
{
    EXPECT_FALSE(computeBehaviourProfile(smallPurchase(Label::B2C), 4, catalogue()).labelMismatch);
    // Hybrid describes a seller that sells both ways: never a mismatch.
    EXPECT_FALSE(
        computeBehaviourProfile(smallPurchase(Label::Hybrid), 4, catalogue()).labelMismatch);
}

TEST(BehaviourProfile, AMixedAudienceIsNeverAMismatch)
{
    // Raise the cycle to 30 days: cycle score 100·ln 31 / ln 181 = 66.06, index +7.02 = 42.86.
    Persona p = smallPurchase(Label::B2B);
    const BehaviourProfile b = computeBehaviourProfile(p, 30, catalogue());
    EXPECT_EQ(b.behavesAs, BehavesAs::Mixed);
    EXPECT_FALSE(b.labelMismatch);
}

TEST(BehaviourProfile, WithoutCatalogueChannelsTheChannelMixIsLeftOut)
{
    // Same persona, but its only channel is unknown: the other seven weights (90) carry the
    // index: (35.8375·100 − 60·10) / 90.
    Persona p = smallPurchase(Label::B2C);
    p.channels = {{"metaverse", 100, std::nullopt}};
    const BehaviourProfile with =
        computeBehaviourProfile(smallPurchase(Label::B2C), 4, catalogue());
    const BehaviourProfile without = computeBehaviourProfile(p, 4, catalogue());
    EXPECT_FALSE(without.dimensions[7].applicable);
    EXPECT_NEAR(without.b2bIndex, (with.b2bIndex * 100 - 600) / 90, 1e-9);
}

TEST(BehaviourProfile, ChannelsWithoutBudgetCountEqually)
{
    Persona p = smallPurchase(Label::B2C);
    p.channels = {{"linkedin", 0, std::nullopt}, {"tiktok", 0, std::nullopt}};
    const BehaviourProfile b = computeBehaviourProfile(p, 4, catalogue());
    EXPECT_DOUBLE_EQ(b.dimensions[7].score, (95 + 8) / 2.0);
}

TEST(BehaviourProfile, AnEnterpriseCommitteeScoresAtTheTop)
{
    Persona p;
    p.label = Label::B2B;
    for (int i = 0; i < 10; ++i)
        p.decisionUnit.members.push_back(member(Role::Influencer));
    p.decisionUnit.formalTender = true;
    p.decisionUnit.approvalLevels = 3;
    p.economics.price = 250000;
    p.motives.rational = 100;
    p.relationship = {AccountManagement::Dedicated, Training::Guided,
                      TechnicalSupport::Dedicated,  ServiceLevel::Contractual,
                      ReturnsPolicy::None,          false,
                      Personalisation::OneToOne};
    p.channels = {{"abm", 100, std::nullopt}};
    const BehaviourProfile b = computeBehaviourProfile(p, 365, catalogue());
    EXPECT_DOUBLE_EQ(b.b2bIndex, 100);
    EXPECT_EQ(b.behavesAs, BehavesAs::B2B);
}
