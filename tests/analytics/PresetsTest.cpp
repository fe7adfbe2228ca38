// SPDX-License-Identifier: GPL-3.0-or-later
// The preset library: sourced numbers, valid personas, and behaviour that matches the template.
#include "model/Presets.h"

#include "TestPersonas.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "model/ChannelCatalogue.h"

#include <QUuid>
#include <algorithm>

using namespace b2x;
using namespace b2x::analytics;

namespace {

std::string idFor(PresetKind kind)
{
    // Fixed ids keep the tests deterministic; makePreset(kind) alone draws a random one.
    return "00000000-0000-4000-8000-00000000000" + std::to_string(static_cast<int>(kind));
}

bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

TEST(Presets, EveryNumberCarriesItsSource)
{
    ASSERT_EQ(allPresets().size(), 7u);
    for (PresetKind kind : allPresets()) {
        const Persona p = makePreset(kind, idFor(kind));
        SCOPED_TRACE(std::string(toString(kind)));
        EXPECT_FALSE(p.name.empty());
        EXPECT_FALSE(p.summary.empty());
        EXPECT_EQ(p.evidence.size(), enumCount<EvidenceField>());
        for (const auto& [field, evidence] : p.evidence) {
            EXPECT_FALSE(evidence.source.empty()) << toString(field);
        }
    }
}

TEST(Presets, AreValidPersonasThatSurviveAFileRoundTrip)
{
    Workspace ws;
    ws.name = "Presets";
    ws.createdAt = ws.modifiedAt = "2026-11-23T12:00:00Z";
    for (PresetKind kind : allPresets()) {
        Persona p = makePreset(kind, idFor(kind));
        double shares = 0;
        for (const auto& use : p.channels) {
            EXPECT_NE(ChannelCatalogue::builtIn().find(use.channelId), nullptr) << use.channelId;
            shares += use.budgetSharePercent;
        }
        EXPECT_DOUBLE_EQ(shares, 100) << toString(kind);
        for (const auto& s : p.pipeline) {
            EXPECT_LE(s.minDays, s.likelyDays);
            EXPECT_LE(s.likelyDays, s.maxDays);
        }
        ws.personas.push_back(std::move(p));
    }
    const auto r = WorkspaceReader::readBytes(WorkspaceWriter::serialise(ws));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_EQ(r.workspace->personas, ws.personas);
}

TEST(Presets, SpendIsSetForAHealthyThreeToOne)
{
    for (PresetKind kind : allPresets()) {
        const auto a = analysePersona(makePreset(kind, idFor(kind)));
        ASSERT_TRUE(a.economics.clvToCac) << toString(kind);
        // Spend is rounded to three significant figures: within 0.5% of 3.
        EXPECT_NEAR(*a.economics.clvToCac, 3.0, 0.015) << toString(kind);
    }
}

TEST(Presets, NewPresetsGetFreshIds)
{
    const Persona a = makePreset(PresetKind::Hybrid);
    const Persona b = makePreset(PresetKind::Hybrid);
    EXPECT_NE(a.id, b.id);
    EXPECT_FALSE(QUuid::fromString(QString::fromStdString(a.id)).isNull());
    EXPECT_EQ(a.id.size(), 36u);
}

TEST(Presets, BehaveLikeTheirTemplate)
{
    auto behaves = [](PresetKind kind) {
        return analysePersona(makePreset(kind, idFor(kind))).behaviour.behavesAs;
    };
    EXPECT_EQ(behaves(PresetKind::EnterpriseSoftware), BehavesAs::B2B);
    EXPECT_EQ(behaves(PresetKind::MidMarketSoftware), BehavesAs::B2B);
    EXPECT_EQ(behaves(PresetKind::EcommerceImpulse), BehavesAs::B2C);
    EXPECT_NE(behaves(PresetKind::HighConsiderationConsumer), BehavesAs::B2B);
    for (PresetKind kind : allPresets()) {
        EXPECT_FALSE(analysePersona(makePreset(kind, idFor(kind))).behaviour.labelMismatch)
            << toString(kind);
    }
}

TEST(Presets, ChannelRankingsFollowTheRulesOfThumb)
{
    const auto enterprise = analysePersona(makePreset(PresetKind::EnterpriseSoftware, "e"));
    const auto top = b2x::test::topChannels(enterprise, 5);
    for (const char* id : {"linkedin", "webinars", "trade-fairs"})
        EXPECT_TRUE(contains(top, id)) << id;
    const auto impulse = analysePersona(makePreset(PresetKind::EcommerceImpulse, "i"));
    const auto topImpulse = b2x::test::topChannels(impulse, 5);
    for (const char* id : {"instagram", "tiktok", "influencers"})
        EXPECT_TRUE(contains(topImpulse, id)) << id;
}
