// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SalesCycle.h"
#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace b2x::analytics {

/// One attributed channel of a persona against its sales cycle (docs/models.md, "Attribution").
struct AttributionCheck {
    std::string channelId;
    int windowDays = 0;
    bool coversP50 = false;                 ///< windowDays ≥ p50 of the cycle
    bool coversP90 = false;                 ///< windowDays ≥ p90 of the cycle
    std::optional<int> platformDefaultDays; ///< from the catalogue (docs/channels.md)
    std::optional<int> platformMaxDays;
    std::string platform;
    bool exceedsPlatformMax = false; ///< the window is longer than the platform allows
    QString warning;                 ///< empty when the window covers the p90 and is allowed
};

/// One entry per persona channel that has an attribution window and is in the catalogue, in the
/// persona's order.
std::vector<AttributionCheck> checkAttribution(const Persona& persona, const SalesCycle& cycle,
                                               const ChannelCatalogue& catalogue);

} // namespace b2x::analytics
