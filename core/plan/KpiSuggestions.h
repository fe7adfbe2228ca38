// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BehaviourProfile.h"
#include "model/Plan.h"

#include <QString>
#include <string>
#include <vector>

namespace b2x::plan {

/// Which kind of audience a suggested key result fits.
enum class KpiFit { B2B, B2C };

/// A key result the plan suggests for one RACE stage (docs/models.md, "KPIs that fit the
/// audience"). The metric is a stable identifier; the name and unit are translated.
struct KpiSuggestion {
    RaceStage stage = RaceStage::Reach;
    KpiFit fit = KpiFit::B2B;
    std::string metric; ///< e.g. "sqlsPerChannel"
    QString name;       ///< e.g. "SQLs per channel"
    QString unit;       ///< e.g. "SQLs"
};

/// The suggestions for a persona that behaves as `behavesAs` (its B2B index, not its label):
/// B2B-like audiences get MQLs and SQLs per channel, the lead-to-customer rate, pipeline value
/// and customer lifetime value; B2C-like ones traffic, click-through rate, conversion rate,
/// return on ad spend and repeat-purchase rate; mixed audiences get both. In RACE order.
std::vector<KpiSuggestion> suggestKpis(analytics::BehavesAs behavesAs);

/// The translated name of a RACE stage ("Plan", "Reach", …).
QString raceStageName(RaceStage stage);

} // namespace b2x::plan

namespace b2x {
template <> struct EnumNames<plan::KpiFit> {
    static constexpr auto names = std::to_array<std::string_view>({"B2B", "B2C"});
};
} // namespace b2x
