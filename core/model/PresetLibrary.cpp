// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresetLibrary.h"

#include "ChannelCatalogue.h"

#include <QCoreApplication>

namespace b2x::presets {

std::string text(const char* source)
{
    return QCoreApplication::translate("b2x::Presets", source).toStdString();
}

Stage stage(const char* name, double conversionPercent, double minDays, double likelyDays,
            double maxDays)
{
    return {text(name), conversionPercent, minDays, likelyDays, maxDays};
}

ChannelUse channel(const char* id, double budgetSharePercent)
{
    const Channel* c = ChannelCatalogue::builtIn().find(id);
    return {id, budgetSharePercent, c ? c->defaultAttributionDays : std::nullopt};
}

DecisionUnitMember member(Role role, const char* title, double influence, Stance stance,
                          bool economicBuyer)
{
    return {{role}, text(title), influence, stance, economicBuyer};
}

Evidence benchmark(const char* source)
{
    return {text(source), Confidence::Benchmark};
}

Evidence assumed(const char* source)
{
    return {text(source), Confidence::Assumed};
}

} // namespace b2x::presets
