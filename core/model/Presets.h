// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Persona.h"

#include <QString>
#include <span>
#include <string>

namespace b2x {

/// Templates for "new persona from template". Every number comes from the published figures
/// in the product's reference list (docs/models.md, "Presets") or is marked as an assumption,
/// and every evidence field of the persona says which.
enum class PresetKind {
    SmallBusinessSoftware,
    MidMarketSoftware,
    EnterpriseSoftware,
    IndustrialReorder,
    EcommerceImpulse,
    HighConsiderationConsumer,
    Hybrid,
};

template <> struct EnumNames<PresetKind> {
    static constexpr auto names = std::to_array<std::string_view>(
        {"smallBusinessSoftware", "midMarketSoftware", "enterpriseSoftware", "industrialReorder",
         "ecommerceImpulse", "highConsiderationConsumer", "hybrid"});
};

/// Every preset, in the order a "new from template" menu shows them.
std::span<const PresetKind> allPresets();

/// The preset's display name and one-line description, translatable.
QString presetName(PresetKind kind);
QString presetDescription(PresetKind kind);

/// A new persona from the preset with the given id (a canonical lower-case UUID).
Persona makePreset(PresetKind kind, std::string id);
/// Likewise with a freshly generated UUID.
Persona makePreset(PresetKind kind);

} // namespace b2x
