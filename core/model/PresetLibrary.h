// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the preset library (Presets.h is the public interface): the seven builders and
// the helpers they share.

#include "Persona.h"

#include <QtGlobal>
#include <string>

namespace b2x::presets {

// Citations used by several presets; translatable (QT_TRANSLATE_NOOP), looked up when used.
inline constexpr const char* funnelB2b = QT_TRANSLATE_NOOP(
    "b2x::Presets", "b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead "
                    "1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, "
                    "opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)");
inline constexpr const char* healthySpend = QT_TRANSLATE_NOOP(
    "b2x::Presets", "Set so that CLV:CAC is about 3:1, the healthy ratio (pug.sh, knowmba, "
                    "metrictoolbox); replace it with your budget");
inline constexpr const char* marginAssumed = QT_TRANSLATE_NOOP(
    "b2x::Presets", "Assumption: the reference list has no gross-margin figure; use your "
                    "finance figure");
inline constexpr const char* lifetimeAssumed = QT_TRANSLATE_NOOP(
    "b2x::Presets", "Assumption: the reference list has no customer-lifetime figure; use your "
                    "retention data");
inline constexpr const char* volumeB2b = QT_TRANSLATE_NOOP(
    "b2x::Presets", "Assumption at the scale of the b2blead.io worked example (10,000 visitors → "
                    "300 leads → 90 MQL → 36 SQL → 27 opportunities → 6 customers); use your "
                    "analytics");

std::string text(const char* source);
Stage stage(const char* name, double conversionPercent, double minDays, double likelyDays,
            double maxDays);
/// A catalogue channel with the platform's default attribution window (docs/channels.md): what a
/// marketer has before changing anything, so the attribution check shows where it falls short.
ChannelUse channel(const char* id, double budgetSharePercent);
DecisionUnitMember member(Role role, const char* title, double influence,
                          Stance stance = Stance::Neutral, bool economicBuyer = false);
Evidence benchmark(const char* source);
Evidence assumed(const char* source);

Persona smallBusinessSoftware();
Persona midMarketSoftware();
Persona enterpriseSoftware();
Persona industrialReorder();
Persona ecommerceImpulse();
Persona highConsiderationConsumer();
Persona hybrid();

} // namespace b2x::presets
