// SPDX-License-Identifier: GPL-3.0-or-later
// Stale evidence (issue 15, "What a new user hit", point 1): a source knows the value it was
// written for, and changing the number makes exactly that evidence stale until it is confirmed
// again or the number goes back.
#include "model/EvidenceValues.h"

#include "model/Presets.h"

#include <functional>
#include <gtest/gtest.h>
#include <set>

using namespace b2x;

namespace {

/// Two stages, three members, every evidence field recorded and stamped.
Persona stampedPersona()
{
    Persona p;
    p.id = "0b6f5c0e-4a7b-4c1e-9e1a-2f3d4c5b6a71";
    p.decisionUnit.members = {{{Role::Decider}, "CFO", 80, Stance::Neutral, true},
                              {{Role::User}, "Team lead", 50, Stance::Champion, false},
                              {{Role::Specifier}, "IT", 60, Stance::Neutral, false}};
    p.pipeline = {{"Lead", 30, 1, 3, 7}, {"Opportunity", 25.5, 10, 20, 45.5}};
    p.economics = {1000, 8000, 25000, 55, 1, 4, 3, RevenueModel::OneOff, {}, {}};
    for (std::size_t i = 0; i < enumCount<EvidenceField>(); ++i)
        p.evidence[static_cast<EvidenceField>(i)] = {"A source", Confidence::Benchmark};
    stampEvidence(p);
    return p;
}

std::set<EvidenceField> staleFields(const Persona& p)
{
    std::set<EvidenceField> stale;
    for (std::size_t i = 0; i < enumCount<EvidenceField>(); ++i)
        if (isStale(p, static_cast<EvidenceField>(i)))
            stale.insert(static_cast<EvidenceField>(i));
    return stale;
}

struct ChangeCase {
    const char* name;
    std::function<void(Persona&)> change;
    std::set<EvidenceField> expectStale;
};

} // namespace

TEST(EvidenceValues, ListsTheValuesEachFieldSpeaksAbout)
{
    const Persona p = stampedPersona();
    using V = std::vector<double>;
    EXPECT_EQ(evidenceValues(p, EvidenceField::Price), V{25000});
    EXPECT_EQ(evidenceValues(p, EvidenceField::MonthlySpend), V{8000});
    EXPECT_EQ(evidenceValues(p, EvidenceField::MonthlyVolume), V{1000});
    EXPECT_EQ(evidenceValues(p, EvidenceField::GrossMargin), V{55});
    EXPECT_EQ(evidenceValues(p, EvidenceField::PurchasesPerYear), V{1});
    EXPECT_EQ(evidenceValues(p, EvidenceField::Lifetime), V{4});
    EXPECT_EQ(evidenceValues(p, EvidenceField::DecisionUnitSize), V{3}); // members, not roles
    EXPECT_EQ(evidenceValues(p, EvidenceField::ConversionRates), (V{30, 25.5}));
    EXPECT_EQ(evidenceValues(p, EvidenceField::StageDurations), (V{1, 3, 7, 10, 20, 45.5}));
    for (std::size_t i = 0; i < enumCount<EvidenceField>(); ++i) {
        const auto field = static_cast<EvidenceField>(i);
        EXPECT_EQ(p.evidence.at(field).writtenFor, evidenceValues(p, field)) << toString(field);
    }
    EXPECT_TRUE(staleFields(p).empty());
}

TEST(EvidenceValues, AChangeMakesExactlyItsEvidenceStaleAndChangingItBackClearsIt)
{
    using F = EvidenceField;
    const std::vector<ChangeCase> cases{
        {"price", [](Persona& p) { p.economics.price = 30000; }, {F::Price}},
        {"spend", [](Persona& p) { p.economics.monthlySpend = 9000; }, {F::MonthlySpend}},
        {"volume", [](Persona& p) { p.economics.monthlyVolume = 1200; }, {F::MonthlyVolume}},
        {"margin", [](Persona& p) { p.economics.grossMarginPercent = 60; }, {F::GrossMargin}},
        {"purchases", [](Persona& p) { p.economics.purchasesPerYear = 2; }, {F::PurchasesPerYear}},
        {"lifetime", [](Persona& p) { p.economics.lifetimeYears = 5; }, {F::Lifetime}},
        {"inter-purchase years (no evidence field)",
         [](Persona& p) { p.economics.interPurchaseYears = 1; },
         {}},
        {"a fourth member",
         [](Persona& p) {
             p.decisionUnit.members.push_back({{Role::Buyer}, "Purchasing", 40});
         },
         {F::DecisionUnitSize}},
        {"one member fewer",
         [](Persona& p) { p.decisionUnit.members.pop_back(); },
         {F::DecisionUnitSize}},
        {"a member's influence (size unchanged)",
         [](Persona& p) { p.decisionUnit.members[1].influence = 90; },
         {}},
        {"second stage's conversion",
         [](Persona& p) { p.pipeline[1].conversionPercent = 20; },
         {F::ConversionRates}},
        {"first stage's likely days",
         [](Persona& p) { p.pipeline[0].likelyDays = 4; },
         {F::StageDurations}},
        {"last stage's max days",
         [](Persona& p) { p.pipeline[1].maxDays = 60; },
         {F::StageDurations}},
        {"a stage's name", [](Persona& p) { p.pipeline[0].name = "Enquiry"; }, {}},
        {"a third stage",
         [](Persona& p) {
             p.pipeline.push_back({"Contract", 90, 5, 10, 20});
         },
         {F::ConversionRates, F::StageDurations}},
        {"the stages swapped",
         [](Persona& p) { std::swap(p.pipeline[0], p.pipeline[1]); },
         {F::ConversionRates, F::StageDurations}},
        {"every stage removed",
         [](Persona& p) { p.pipeline.clear(); },
         {F::ConversionRates, F::StageDurations}},
        {"the motives and relationship (no evidence field)",
         [](Persona& p) {
             p.motives.rational = 10;
             p.relationship.loyaltyProgramme = true;
         },
         {}},
    };
    const Persona original = stampedPersona();
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Persona p = original;
        c.change(p);
        EXPECT_EQ(staleFields(p), c.expectStale);
        // Back to the value it was written for: nothing stale any more.
        Persona back = p;
        back.economics = original.economics;
        back.decisionUnit = original.decisionUnit;
        back.pipeline = original.pipeline;
        EXPECT_TRUE(staleFields(back).empty());
    }
}

TEST(EvidenceValues, ConfirmingStampsOnlyTheFieldConfirmed)
{
    Persona p = stampedPersona();
    p.economics.price = 30000;
    p.decisionUnit.members.pop_back();
    ASSERT_EQ(staleFields(p), (std::set{EvidenceField::Price, EvidenceField::DecisionUnitSize}));
    stampEvidence(p, EvidenceField::DecisionUnitSize);
    EXPECT_EQ(staleFields(p), std::set{EvidenceField::Price});
    EXPECT_EQ(p.evidence.at(EvidenceField::DecisionUnitSize).writtenFor, std::vector<double>{2});
    // Confirmed for 2 people, the evidence is stale again when the unit goes back to 3.
    p.decisionUnit.members.push_back({{Role::Specifier}, "IT", 60});
    EXPECT_EQ(staleFields(p), (std::set{EvidenceField::Price, EvidenceField::DecisionUnitSize}));
    // Stamping a field without evidence adds nothing.
    p.evidence.erase(EvidenceField::Lifetime);
    stampEvidence(p, EvidenceField::Lifetime);
    EXPECT_EQ(p.evidence.count(EvidenceField::Lifetime), 0u);
}

TEST(EvidenceValues, NoEvidenceIsNeverStale)
{
    Persona p = stampedPersona();
    p.evidence.clear();
    p.economics.price = 1;
    EXPECT_TRUE(staleFields(p).empty());
}

TEST(EvidenceValues, ComparisonToleratesRoundingButNotChanges)
{
    const std::vector<double> a{0.1 + 0.2, 25000, 0};
    EXPECT_TRUE(sameEvidenceValues(a, std::vector<double>{0.3, 25000, 0}));
    EXPECT_FALSE(sameEvidenceValues(a, std::vector<double>{0.3, 25000.01, 0}));
    EXPECT_FALSE(sameEvidenceValues(a, std::vector<double>{0.3, 25000, 1e-300}));
    EXPECT_FALSE(sameEvidenceValues(a, std::vector<double>{0.3, 25000}));
    EXPECT_TRUE(sameEvidenceValues(std::vector<double>{}, std::vector<double>{}));
    EXPECT_FALSE(sameEvidenceValues(std::vector<double>{3}, std::vector<double>{3.0000001}));
}

TEST(EvidenceValues, ATemplateChangedLikeTheNewUserDidShowsThoseSourcesAsStale)
{
    // Issue 15: four people instead of two, a 45-day cycle instead of about three weeks, 2%
    // instead of 3%. The template's sources were written for its own numbers.
    for (PresetKind kind : allPresets()) {
        const Persona preset = makePreset(kind);
        EXPECT_TRUE(staleFields(preset).empty()) << toString(kind);
        for (const auto& [field, evidence] : preset.evidence)
            EXPECT_EQ(evidence.writtenFor, evidenceValues(preset, field));
    }
    Persona p = makePreset(PresetKind::SmallBusinessSoftware);
    ASSERT_EQ(p.decisionUnit.members.size(), 2u);
    ASSERT_EQ(p.pipeline.size(), 2u);
    ASSERT_EQ(p.pipeline[0].conversionPercent, 3);
    p.decisionUnit.members.push_back({{Role::Influencer}, "Accountant", 30});
    p.decisionUnit.members.push_back({{Role::User}, "Sales lead", 40});
    p.pipeline[0].conversionPercent = 2;
    p.pipeline[1] = {p.pipeline[1].name, p.pipeline[1].conversionPercent, 20, 43, 60};
    EXPECT_EQ(staleFields(p),
              (std::set{EvidenceField::ConversionRates, EvidenceField::StageDurations,
                        EvidenceField::DecisionUnitSize}));
}
